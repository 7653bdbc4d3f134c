package dev.quotebeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StanceChangeDetectorTest {
  private static final String S = "support";
  private static final String O = "oppose";
  private static final String N = "neutral";

  private static StancePoint p(String id, String date, String stance) {
    double score = stance.equals(S) ? 0.8 : stance.equals(O) ? -0.8 : 0.0;
    return StancePoint.of(id, date, stance, score, "text " + id);
  }

  private static StancePoint p(String id, String date, String stance, double score) {
    return StancePoint.of(id, date, stance, score, "text " + id);
  }

  private static String summary(List<StanceChange> changes) {
    return changes.stream()
        .map(c -> c.fromStance() + ">" + c.toStance() + "@" + c.fromStatementId() + ">" + c.toStatementId())
        .collect(Collectors.joining(" "));
  }

  private final StanceChangeDetector defaults = new StanceChangeDetector();

  @Test
  void flipIsOneChangeWithTheStatementsEitherSideAsEvidence() {
    List<StanceChange> changes =
        defaults.detect(List.of(p("a", "2020-01-01", S), p("b", "2020-01-02", S), p("c", "2020-01-09", O)));
    assertEquals(1, changes.size());
    StanceChange c = changes.get(0);
    assertEquals(
        new StanceChange(S, O, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 9), "b", "c", "text b", "text c"), c);
  }

  /** One point a day from 2020-01-01, ids a, b, c, ... in order, with the stances of {@code pattern} (S / O). */
  private static List<StancePoint> daily(String pattern) {
    List<StancePoint> out = new ArrayList<>();
    for (int i = 0; i < pattern.length(); i++) {
      String stance = pattern.charAt(i) == 'S' ? S : O;
      out.add(p(String.valueOf((char) ('a' + i)), LocalDate.of(2020, 1, 1).plusDays(i).toString(), stance));
    }
    return out;
  }

  @Test
  void flipAndBackAreTwoChangesWhenEachSideHoldsAMajority() {
    assertEquals("support>oppose@d>e oppose>support@j>k", summary(defaults.detect(daily("SSSSOOOOOOSS"))));
  }

  @Test
  void loneContraryStatementIsNoiseEvenWithOnePerSide() {
    assertTrue(defaults.detect(daily("SSSOSSS")).isEmpty());
  }

  @Test
  void twoContraryStatementsAmongManyAreNoiseWithTwoPerSide() {
    assertTrue(new StanceChangeDetector(2, 0.0).detect(daily("SSSSSSOOSSSSSS")).isEmpty());
  }

  @Test
  void strayOldStatementAfterTheSwitchDoesNotUndoIt() {
    assertEquals("support>oppose@d>e", summary(new StanceChangeDetector(2, 0.0).detect(daily("SSSSOOSOOOO"))));
  }

  @Test
  void steadyStanceHasNoChange() {
    assertTrue(defaults.detect(List.of(p("a", "2020-01-01", O), p("b", "2020-01-05", O))).isEmpty());
  }

  @Test
  void singleContraryStatementBetweenRunsIsNoiseWhenTwoPerSideAreRequired() {
    StanceChangeDetector detector = new StanceChangeDetector(2, 0.0);
    assertTrue(
        detector
            .detect(
                List.of(
                    p("a", "2020-01-01", S), p("b", "2020-01-02", S), p("c", "2020-01-03", O),
                    p("d", "2020-01-04", S), p("e", "2020-01-05", S)))
            .isEmpty());
  }

  @Test
  void equallyGoodSwitchesGoToTheEarlierOne() {
    StanceChangeDetector detector = new StanceChangeDetector(2, 0.0);
    assertEquals(
        "support>oppose@b>c",
        summary(
            detector.detect(
                List.of(
                    p("a", "2020-01-01", S), p("b", "2020-01-02", S), p("c", "2020-01-03", O),
                    p("d", "2020-01-04", S), p("e", "2020-01-05", O), p("f", "2020-01-06", O)))));
  }

  @Test
  void shortFinalSideCountsBecauseItHoldsToTheEnd() {
    assertEquals("support>oppose@c>d", summary(new StanceChangeDetector(3, 0.0).detect(daily("SSSOO"))));
  }

  @Test
  void loneFinalStatementIsNoChangeWhenTwoPerSideAreRequired() {
    assertTrue(new StanceChangeDetector(2, 0.0).detect(daily("SSSSO")).isEmpty());
  }

  @Test
  void shortOpeningRunCannotBeTheOldSide() {
    StanceChangeDetector detector = new StanceChangeDetector(2, 0.0);
    assertTrue(
        detector.detect(List.of(p("a", "2020-01-01", S), p("b", "2020-01-02", O), p("c", "2020-01-03", O))).isEmpty());
  }

  @Test
  void neutralStatementsAreSkipped() {
    assertEquals(
        "support>oppose@a>c",
        summary(defaults.detect(List.of(p("a", "2020-01-01", S), p("b", "2020-01-02", N), p("c", "2020-01-03", O)))));
  }

  @Test
  void lowConfidenceStatementsAreSkipped() {
    StanceChangeDetector detector = new StanceChangeDetector(1, 0.5);
    assertTrue(
        detector.detect(List.of(p("a", "2020-01-01", S), p("b", "2020-01-02", O, -0.3), p("c", "2020-01-03", S)))
            .isEmpty());
  }

  @Test
  void sameDayContradictionTakesTheDaysMajority() {
    assertEquals(
        "support>oppose@a>c",
        summary(
            defaults.detect(
                List.of(
                    p("a", "2020-01-01", S), p("b", "2020-01-02", S), p("c", "2020-01-02", O),
                    p("d", "2020-01-02", O)))));
  }

  @Test
  void sameDayTieIsDecidedByTheSummedScores() {
    assertEquals(
        "oppose>support@a>b",
        summary(
            defaults.detect(
                List.of(p("a", "2020-01-01", O), p("b", "2020-01-02", S, 0.9), p("c", "2020-01-02", O, -0.2)))));
  }

  @Test
  void sameDayFullTieIsDropped() {
    assertTrue(
        defaults.detect(List.of(p("a", "2020-01-02", S, 0.5), p("b", "2020-01-02", O, -0.5), p("c", "2020-01-03", O)))
            .isEmpty());
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<StancePoint> points = new ArrayList<>(daily("SSSSOOOOOOSS"));
    points.add(p("x", "2020-01-05", O));
    List<StanceChange> expected = defaults.detect(points);
    Collections.reverse(points);
    assertEquals(expected, defaults.detect(points));
    assertEquals("support>oppose@d>e oppose>support@j>k", summary(expected));
  }

  @Test
  void undatedStatementsAreSkipped() {
    assertTrue(defaults.detect(List.of(p("a", "2020-01-01", S), p("b", null, O))).isEmpty());
  }

  @Test
  void invalidConfigurationNamesTheParameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StanceChangeDetector(0, 0));
    assertTrue(e.getMessage().contains("minStatementsPerSide"));
  }
}
