package dev.quotebeam.extract;

import dev.quotebeam.failsafe.PerArticleStage;
import dev.quotebeam.model.ArticleStatements;
import org.apache.beam.sdk.transforms.SerializableFunction;

/** Finds the direct quotes and reported speech of each article ({@link QuoteExtractor}). */
public class ExtractStatements extends PerArticleStage {
  public static final String STAGE = "extract";
  private final QuoteExtractor extractor;

  public ExtractStatements(QuoteExtractor extractor) {
    super(STAGE, "ExtractQuotes");
    this.extractor = extractor;
  }

  @Override
  protected SerializableFunction<ArticleStatements, ArticleStatements> core() {
    QuoteExtractor e = extractor;
    return a -> a.withStatements(e.extract(a.getArticle()));
  }
}
