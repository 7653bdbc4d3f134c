package dev.quotebeam.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimStanceScorerTest {
  private static final StanceTarget CLAIM =
      new StanceTarget(
          "resign", "The harbour master will resign", "", List.of("harbour master", "resign"), List.of(), List.of(),
          List.of());

  private final ClaimStanceScorer scorer = new ClaimStanceScorer(List.of(CLAIM));

  private static Statement statement(String text) {
    return TestStatements.direct(text).build();
  }

  private String stance(String text) {
    List<StatementStance> out = scorer.score(List.of(statement(text)));
    assertEquals(1, out.size(), () -> "expected one stance, got " + out);
    return out.get(0).getStance();
  }

  @Test
  void unhedgedRestatementSupports() {
    assertEquals(StatementStance.SUPPORT, stance("Harbour master to resign after ferry collision"));
  }

  @Test
  void denialOpposes() {
    assertEquals(StatementStance.OPPOSE, stance("Port authority denies harbour master will resign"));
  }

  @Test
  void negationOpposes() {
    assertEquals(StatementStance.OPPOSE, stance("The harbour master isn't going anywhere, aides insist"));
  }

  @Test
  void hedgeIsNeutral() {
    assertEquals(StatementStance.NEUTRAL, stance("Harbour master reportedly set to resign"));
  }

  @Test
  void questionIsNeutral() {
    assertEquals(StatementStance.NEUTRAL, stance("Will the harbour master resign over the collision?"));
  }

  @Test
  void refutationOutranksHedge() {
    assertEquals(StatementStance.OPPOSE, stance("Report that harbour master will resign is a hoax"));
  }

  @Test
  void statementWithoutClaimTermsIsNotScored() {
    assertTrue(scorer.score(List.of(statement("Ferry timetable changes from Monday"))).isEmpty());
  }
}
