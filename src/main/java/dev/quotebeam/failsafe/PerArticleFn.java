package dev.quotebeam.failsafe;

import dev.quotebeam.model.ArticleStatements;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The thin DoFn of every per-article stage (extract, attribute, date, stance, actor linking): applies the stage's
 * plain-Java core to one {@link ArticleStatements}; a failure rejects that article with the stage's name.
 */
public final class PerArticleFn extends Failsafe.FailsafeFn<ArticleStatements, ArticleStatements> {
  /** Main output of every per-article stage. */
  public static final TupleTag<ArticleStatements> MAIN = new TupleTag<ArticleStatements>() {};

  private final ArticleCore core;

  public PerArticleFn(String stage, ArticleCore core) {
    super(stage);
    this.core = core;
  }

  @Override
  protected ArticleStatements apply(ArticleStatements element) throws Exception {
    return core.apply(element);
  }

  @Override
  protected String inputPath(ArticleStatements element) {
    return element.getArticle().getInputPath();
  }

  @Override
  protected TupleTag<ArticleStatements> mainTag() {
    return MAIN;
  }
}
