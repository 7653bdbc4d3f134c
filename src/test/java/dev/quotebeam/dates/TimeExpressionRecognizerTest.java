package dev.quotebeam.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionRecognizerTest {
  /** A Tuesday. */
  private static final LocalDate REF = LocalDate.of(2020, 1, 7);

  private final TimeExpressionRecognizer recognizer = TimeExpressionRecognizer.withDefaults();

  private TimeExpression only(String text) {
    List<TimeExpression> found = recognizer.find(text, REF);
    assertEquals(1, found.size(), () -> "expected one expression in '" + text + "' but got " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The vote was held on January 5, 2020 in the capital.|2020-01-05",
        "It happened on Jan. 5 after talks.|2020-01-05",
        "It happened on Jan 5th after talks.|2020-01-05",
        "It happened on 5 January 2020.|2020-01-05",
        "It happened on 5th of January.|2020-01-05",
        "The file is dated 2020-01-05.|2020-01-05",
        "The file is dated 01/05/2020.|2020-01-05",
        "The file is dated 1/5/20.|2020-01-05",
        "It happened on Sept. 30.|2019-09-30",
      })
  void resolvesExplicitDayFormats(String text, String expected) {
    TimeExpression t = only(text);
    assertEquals(expected, t.value());
    assertEquals(Granularity.DAY, t.granularity());
    assertEquals(TimeExpression.EXPLICIT, t.basis());
  }

  @Test
  void yearlessDateInPastTenseResolvesToTheMostRecentOccurrence() {
    assertEquals("2019-12-30", only("The letter was sent Dec. 30.").value());
  }

  @Test
  void yearlessDateInFutureTenseResolvesForward() {
    assertEquals("2020-03-02", only("The talks will resume March 2.").value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Trump said Sunday, while traveling.|2020-01-05",
        "He told reporters on Monday.|2020-01-06",
        "He told reporters on Tuesday.|2020-01-07",
        "He spoke last Tuesday.|2019-12-31",
        "He spoke last Friday.|2020-01-03",
        "He will meet them on Friday.|2020-01-10",
        "They'll meet on Tuesday.|2020-01-14",
        "They meet next Monday.|2020-01-13",
        "He will visit this Friday.|2020-01-10",
        "He visited this Sunday.|2020-01-05",
      })
  void resolvesWeekdaysByTense(String text, String expected) {
    TimeExpression t = only(text);
    assertEquals(expected, t.value());
    assertEquals(TimeExpression.WEEKDAY, t.basis());
  }

  @Test
  void weekdayAfterAQuoteIsNotReadInTheQuotesFutureTense() {
    assertEquals("2020-01-06", only("“We will win,” he said on Monday.").value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "He said yesterday that it was over.|2020-01-06|DAY",
        "He said last night that it was over.|2020-01-06|DAY",
        "He said today that it was over.|2020-01-07|DAY",
        "He will speak tonight.|2020-01-07|DAY",
        "He will speak tomorrow.|2020-01-08|DAY",
        "He said two days ago that it was over.|2020-01-05|DAY",
        "He said a week ago that it was over.|2019-12-31|DAY",
        "He said 3 months ago that it was over.|2019-10|MONTH",
        "It happened last week.|2020-W01|WEEK",
        "It happened earlier this month.|2020-01|MONTH",
        "It happened last month.|2019-12|MONTH",
        "It happens next year.|2021|YEAR",
      })
  void resolvesRelativeExpressions(String text, String expected, Granularity granularity) {
    TimeExpression t = only(text);
    assertEquals(expected, t.value());
    assertEquals(granularity, t.granularity());
    assertEquals(TimeExpression.RELATIVE, t.basis());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The deal was signed in March.|2019-03|MONTH",
        "The deal will be signed in March.|2020-03|MONTH",
        "The deal was signed last January.|2019-01|MONTH",
        "The deal was signed in January 2018.|2018-01|MONTH",
        "The deal was signed in 2019.|2019|YEAR",
      })
  void resolvesMonthsAndYears(String text, String expected, Granularity granularity) {
    TimeExpression t = only(text);
    assertEquals(expected, t.value());
    assertEquals(granularity, t.granularity());
  }

  @Test
  void rangeGivesItsStart() {
    TimeExpression t = only("Talks ran between Jan. 3 and Jan. 5 in the capital.");
    assertEquals("between Jan. 3 and Jan. 5", t.text());
    assertEquals("2020-01-03", t.value());
  }

  @Test
  void compactRangeGivesItsStart() {
    assertEquals("2020-01-03", only("Talks ran Jan. 3-5 in the capital.").value());
  }

  @Test
  void lowercaseMayAndMarchAreNotMonths() {
    assertTrue(recognizer.find("Troops may march 5 miles; they may 3 times.", REF).isEmpty());
  }

  @Test
  void impossibleDatesAreSkipped() {
    assertTrue(recognizer.find("It is dated February 30, 2020 and 13/45/2020.", REF).isEmpty());
  }

  @Test
  void relativeExpressionsNeedAReference() {
    List<TimeExpression> found = recognizer.find("He said on Monday, Jan. 6, 2020 that it was over.", null);
    assertEquals(List.of("Jan. 6, 2020"), found.stream().map(TimeExpression::text).collect(Collectors.toList()));
  }

  @Test
  void offsetsIndexTheText() {
    String text = "Secretary Mark Smith told reporters at the ministry on Monday, in a briefing.";
    TimeExpression t = only(text);
    assertEquals("on Monday", text.substring(t.start(), t.end()));
  }

  @Test
  void expressionsComeInTextOrder() {
    List<TimeExpression> found = recognizer.find("On Sunday the board met; yesterday it voted; on Jan. 2 it began.", REF);
    assertEquals(
        List.of("2020-01-05", "2020-01-06", "2020-01-02"),
        found.stream().map(TimeExpression::value).collect(Collectors.toList()));
  }

  @Test
  void forcedFutureTenseOverridesTheClause() {
    assertEquals("2020-01-10", recognizer.find("on Friday", REF, Tense.FUTURE).get(0).value());
  }

  @Test
  void megabyteInputCompletes() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("On Jan 5 12 34 5678 Monday 1/2/ 2020-01- May march in 20 two days ");
    }
    // A hang guard against catastrophic backtracking (hours, not seconds); speed is measured by benchmark.sh.
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> recognizer.find(sb.toString(), REF));
  }
}
