package dev.quotebeam.failsafe;

import dev.quotebeam.model.ArticleStatements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Base of the per-article stage composites: one named {@code ParDo} of a {@link PerArticleFn} with main output
 * {@link PerArticleFn#MAIN} and dead letters on {@link Failsafe#REJECTS}.
 */
public abstract class PerArticleStage
    extends PTransform<PCollection<ArticleStatements>, PCollectionTuple> {
  private final String stage;
  private final String stepName;

  protected PerArticleStage(String stage, String stepName) {
    this.stage = stage;
    this.stepName = stepName;
  }

  /** The stage's core call; it must be serialisable (a method reference on a Serializable core). */
  protected abstract ArticleCore core();

  @Override
  public PCollectionTuple expand(PCollection<ArticleStatements> input) {
    PCollectionTuple out =
        input.apply(
            stepName,
            ParDo.of(new PerArticleFn(stage, core()))
                .withOutputTags(PerArticleFn.MAIN, TupleTagList.of(Failsafe.REJECTS)));
    out.get(PerArticleFn.MAIN).setCoder(input.getCoder());
    return out;
  }
}
