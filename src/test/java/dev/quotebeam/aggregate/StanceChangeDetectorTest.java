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

  @Test
  void flipBackIsTwoChangesByDefault() {
    assertEquals(
        "support>oppose@a>b oppose>support@b>c",
        summary(defaults.detect(List.of(p("a", "2020-01-01", S), p("b", "2020-01-02", O), p("c", "2020-01-03", S)))));
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
  void noiseJoinsTheRunsAroundItSoEvidenceIsTheLatestOldStatement() {
    StanceChangeDetector detector = new StanceChangeDetector(2, 0.0);
    assertEquals(
        "support>oppose@d>e",
        summary(
            detector.detect(
                List.of(
                    p("a", "2020-01-01", S), p("b", "2020-01-02", S), p("c", "2020-01-03", O),
                    p("d", "2020-01-04", S), p("e", "2020-01-05", O), p("f", "2020-01-06", O)))));
  }

  @Test
  void shortFinalRunCountsBecauseItHoldsToTheEnd() {
    StanceChangeDetector detector = new StanceChangeDetector(2, 0.0);
    assertEquals(
        "support>oppose@b>c",
        summary(detector.detect(List.of(p("a", "2020-01-01", S), p("b", "2020-01-02", S), p("c", "2020-01-03", O)))));
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
    List<StancePoint> points = new ArrayList<>();
    points.add(p("a", "2020-01-01", S));
    points.add(p("b", "2020-01-03", O));
    points.add(p("c", "2020-01-03", O));
    points.add(p("d", "2020-02-01", S));
    List<StanceChange> expected = defaults.detect(points);
    Collections.reverse(points);
    assertEquals(expected, defaults.detect(points));
    assertEquals("support>oppose@a>b oppose>support@c>d", summary(expected));
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
