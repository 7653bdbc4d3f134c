package dev.quotebeam.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * An article with the statements found in it and their stances: the unit the per-article stages
 * (extract, attribute, date, stance, actor linking) pass along.
 *
 * <p>Keeping the article beside its statements lets every stage look at the whole text (antecedents for
 * pronouns, the dateline, whether the article is about a target) without a join.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class ArticleStatements {
  public abstract Article getArticle();

  public abstract List<Statement> getStatements();

  public abstract List<StatementStance> getStances();

  public static ArticleStatements of(Article article, List<Statement> statements) {
    return of(article, statements, List.of());
  }

  public static ArticleStatements of(
      Article article, List<Statement> statements, List<StatementStance> stances) {
    return new AutoValue_ArticleStatements(article, List.copyOf(statements), List.copyOf(stances));
  }

  public ArticleStatements withStatements(List<Statement> statements) {
    return of(getArticle(), statements, getStances());
  }

  public ArticleStatements withStances(List<StatementStance> stances) {
    return of(getArticle(), getStatements(), stances);
  }
}
