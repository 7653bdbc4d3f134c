package dev.quotebeam.clean;

import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.RawDocument;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Cleans raw pages into {@link Article}s ({@link ArticleCleaner}); unusable pages go to {@link Failsafe#REJECTS}. */
public class CleanArticles extends PTransform<PCollection<RawDocument>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  public static final String STAGE = "clean";

  private final ArticleCleaner cleaner;

  public CleanArticles(ArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  @Override
  public PCollectionTuple expand(PCollection<RawDocument> documents) {
    return documents.apply(
        "ParseHtml",
        ParDo.of(new CleanFn(cleaner)).withOutputTags(ARTICLES, TupleTagList.of(Failsafe.REJECTS)));
  }

  /** Calls the cleaner on one document. */
  static class CleanFn extends Failsafe.FailsafeFn<RawDocument, Article> {
    private final ArticleCleaner cleaner;

    CleanFn(ArticleCleaner cleaner) {
      super(STAGE);
      this.cleaner = cleaner;
    }

    @Override
    protected Article apply(RawDocument doc) throws Exception {
      return cleaner.clean(doc);
    }

    @Override
    protected String inputPath(RawDocument doc) {
      return doc.getInputPath();
    }

    @Override
    protected TupleTag<Article> mainTag() {
      return ARTICLES;
    }
  }
}
