package dev.quotebeam.io;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.Reject;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import org.apache.beam.sdk.values.Row;

/** Turns model values into rows of the output tables ({@link Tables}). Stateless. */
public final class TableRows {
  private TableRows() {}

  public static Row article(Article a, long statementCount, boolean includeText) {
    String text = a.text();
    return Tables.ARTICLES.row(
        a.getArticleId(),
        a.getUrl(),
        a.getCanonicalUrl(),
        a.getSource(),
        a.getTitle(),
        a.getByline(),
        a.getPublishedAt(),
        a.getPublishedBasis(),
        a.getLanguage(),
        (long) text.length(),
        statementCount,
        a.getDuplicateOf(),
        a.getInputPath(),
        includeText ? text : null);
  }

  public static Row statement(Statement s) {
    return Tables.STATEMENTS.row(
        s.getStatementId(),
        s.getArticleId(),
        s.getActorId(),
        s.getActorName(),
        s.getSpeakerType(),
        s.getRole(),
        s.getSpeakerText(),
        s.getKind(),
        s.getText(),
        s.getCue(),
        s.getStatementDate(),
        s.getDateBasis(),
        s.getDateText(),
        s.getPublishedAt(),
        s.getParagraph(),
        s.getCharStart(),
        s.getCharEnd(),
        s.getAttributionRule(),
        s.getRelation(),
        s.getExtraction());
  }

  public static Row stance(StatementStance st) {
    return Tables.STATEMENT_STANCES.row(
        st.getStatementId(),
        st.getActorId(),
        st.getTarget(),
        st.getStance(),
        st.getScore(),
        st.getCues().isEmpty() ? null : String.join("; ", st.getCues()),
        st.getStatementDate());
  }

  public static Row reject(Reject r) {
    return Tables.REJECTS.row(r.getInputPath(), r.getStage(), r.getReason(), r.getDetail());
  }
}
