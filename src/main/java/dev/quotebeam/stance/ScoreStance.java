package dev.quotebeam.stance;

import dev.quotebeam.failsafe.PerArticleStage;
import dev.quotebeam.failsafe.ArticleCore;

/** Scores each statement's stance on the spec's targets ({@link StanceScorer}). */
public class ScoreStance extends PerArticleStage {
  public static final String STAGE = "stance";
  private final StanceScorer scorer;

  public ScoreStance(StanceScorer scorer) {
    super(STAGE, "ScoreTargets");
    this.scorer = scorer;
  }

  @Override
  protected ArticleCore core() {
    StanceScorer s = scorer;
    return a -> a.withStances(s.score(a.getArticle(), a.getStatements()));
  }
}
