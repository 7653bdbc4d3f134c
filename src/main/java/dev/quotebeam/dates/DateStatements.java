package dev.quotebeam.dates;

import dev.quotebeam.failsafe.PerArticleStage;
import dev.quotebeam.failsafe.ArticleCore;

/** Dates each statement by when it was said ({@link StatementDater}). */
public class DateStatements extends PerArticleStage {
  public static final String STAGE = "date";
  private final StatementDater dater;

  public DateStatements(StatementDater dater) {
    super(STAGE, "ResolveStatementDates");
    this.dater = dater;
  }

  @Override
  protected ArticleCore core() {
    StatementDater d = dater;
    return a -> a.withStatements(d.date(a.getArticle(), a.getStatements()));
  }
}
