package dev.quotebeam.stance;

import dev.quotebeam.failsafe.ArticleCore;
import dev.quotebeam.failsafe.PerArticleStage;
import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.model.StatementStance;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores each statement's stance on the spec's targets: topic targets with {@link StanceScorer} (for or against a
 * cause), claim targets with {@link ClaimStanceScorer} (a claim asserted, denied or only reported).
 */
public class ScoreStance extends PerArticleStage {
  public static final String STAGE = "stance";
  private final StanceScorer topics;
  private final ClaimStanceScorer claims;
  private final double minConfidence;

  /**
   * @param minConfidence a stance whose absolute score is below this is reported as neutral (spec
   *     {@code options.min_confidence})
   */
  public ScoreStance(List<StanceTarget> targets, double minConfidence) {
    super(STAGE, "ScoreTargets");
    List<StanceTarget> topicTargets = new ArrayList<>();
    List<StanceTarget> claimTargets = new ArrayList<>();
    for (StanceTarget t : targets) {
      (StanceTarget.CLAIM.equals(t.kind()) ? claimTargets : topicTargets).add(t);
    }
    this.topics = new StanceScorer(topicTargets);
    this.claims = new ClaimStanceScorer(claimTargets);
    this.minConfidence = minConfidence;
  }

  @Override
  protected ArticleCore core() {
    StanceScorer t = topics;
    ClaimStanceScorer c = claims;
    double min = minConfidence;
    return a -> {
      List<StatementStance> stances = new ArrayList<>(t.score(a.getArticle(), a.getStatements()));
      stances.addAll(c.score(a.getStatements()));
      List<StatementStance> out = new ArrayList<>(stances.size());
      for (StatementStance s : stances) {
        boolean weak = Math.abs(s.getScore()) < min && !StatementStance.NEUTRAL.equals(s.getStance());
        out.add(weak
            ? StatementStance.create(s.getStatementId(), s.getActorId(), s.getTarget(), StatementStance.NEUTRAL,
                s.getScore(), s.getCues(), s.getStatementDate())
            : s);
      }
      return a.withStances(out);
    };
  }
}
