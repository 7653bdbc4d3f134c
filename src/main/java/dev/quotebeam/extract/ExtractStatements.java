package dev.quotebeam.extract;

import dev.quotebeam.failsafe.PerArticleStage;
import dev.quotebeam.failsafe.ArticleCore;
import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.failsafe.TimeLimit;
import dev.quotebeam.model.Statement;
import java.util.List;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Finds the direct quotes and reported speech of each article ({@link QuoteExtractor}), within the limits of
 * time per article (past it the article is rejected as {@code timeout}) and statements per article (the rest are
 * dropped and counted as {@code extract.statementsDropped}).
 */
public class ExtractStatements extends PerArticleStage {
  public static final String STAGE = "extract";
  private final QuoteExtractor extractor;
  private final int maxStatements;
  private final int maxSeconds;

  public ExtractStatements(QuoteExtractor extractor, int maxStatements, int maxSeconds) {
    super(STAGE, "ExtractQuotes");
    this.extractor = extractor;
    this.maxStatements = maxStatements;
    this.maxSeconds = maxSeconds;
  }

  @Override
  protected ArticleCore core() {
    QuoteExtractor e = extractor;
    int max = maxStatements;
    int seconds = maxSeconds;
    return a -> {
      List<Statement> found = TimeLimit.call(() -> e.extract(a.getArticle()), seconds);
      if (found.size() > max) {
        Metrics.counter(Failsafe.NAMESPACE, "extract.statementsDropped").inc(found.size() - max);
        found = found.subList(0, max);
      }
      Metrics.counter(Failsafe.NAMESPACE, "extract.statements").inc(found.size());
      return a.withStatements(found);
    };
  }
}
