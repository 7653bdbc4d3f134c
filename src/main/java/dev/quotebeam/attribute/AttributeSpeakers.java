package dev.quotebeam.attribute;

import dev.quotebeam.failsafe.PerArticleStage;
import dev.quotebeam.failsafe.ArticleCore;

/** Resolves each statement's speaker mention to an in-article actor ({@link SpeakerResolver}). */
public class AttributeSpeakers extends PerArticleStage {
  public static final String STAGE = "attribute";
  private final SpeakerResolver resolver;

  public AttributeSpeakers(SpeakerResolver resolver) {
    super(STAGE, "ResolveSpeakers");
    this.resolver = resolver;
  }

  @Override
  protected ArticleCore core() {
    SpeakerResolver r = resolver;
    return a -> a.withStatements(r.resolve(a.getArticle(), a.getStatements()));
  }
}
