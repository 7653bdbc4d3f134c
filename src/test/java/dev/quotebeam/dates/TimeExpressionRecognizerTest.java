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

  private Timex onlyTimex(String text) {
    List<Timex> found = recognizer.timexes(text, REF);
    assertEquals(1, found.size(), () -> "expected one TIMEX3 in '" + text + "' but got " + found);
    return found.get(0);
  }

  @Test
  void timexSpanLeavesOutTheLeadingPreposition() {
    assertEquals("Monday", onlyTimex("He told reporters on Monday.").text());
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The war lasted three years.|three years|P3Y",
        "It was the worst in a decade.|a decade|P10Y",
        "Prices rose over the past two years.|the past two years|P2Y",
        "She took a four-week course.|four-week|P4W",
        "It took several days.|several days|PXD",
        "The strike lasted 24 hours.|24 hours|PT24H",
        "Talks stalled in recent weeks.|recent weeks|PXW",
        "Shares fell for the past five trading days.|the past five trading days|P5D",
        "They waited almost seven years.|almost seven years|P7Y",
        "A sixteen-month high was reached.|sixteen-month|P16M",
      })
  void durationsGetTimeMlValues(String text, String span, String value) {
    Timex t = onlyTimex(text);
    assertEquals(span, t.text());
    assertEquals(Timex.DURATION, t.type());
    assertEquals(value, t.value());
  }

  @Test
  void durationsDoNotDateStatements() {
    assertTrue(recognizer.find("The war lasted three years.", REF).isEmpty());
  }

  @Test
  void aSecondIsAnOrdinalNotADuration() {
    assertTrue(recognizer.timexes("A second plane landed, about a quarter of the fleet.", REF).isEmpty());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Prices are now falling.|PRESENT_REF",
        "He is currently abroad.|PRESENT_REF",
        "It was recently sold.|PAST_REF",
        "That was common in the past.|PAST_REF",
        "It may change in the future.|FUTURE_REF",
      })
  void documentRelativeWordsGetReferenceValues(String text, String value) {
    assertEquals(value, onlyTimex(text).value());
  }

  @Test
  void nowInsideACompoundIsNotATime() {
    assertTrue(recognizer.timexes("The now-defunct firm sold its assets.", REF).isEmpty());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "He runs every morning.|XXXX-XX-XXTMO",
        "The board meets every week.|P1W",
        "The prize is awarded annually.|P1Y",
      })
  void repeatedTimesAreSets(String text, String value) {
    Timex t = onlyTimex(text);
    assertEquals(Timex.SET, t.type());
    assertEquals(value, t.value());
  }

  @Test
  void bareYearIsADate() {
    Timex t = onlyTimex("The plant opened 1995 as planned.");
    assertEquals("1995", t.text());
    assertEquals("1995", t.value());
  }

  @Test
  void amountsAndPercentagesAreNotYears() {
    assertTrue(recognizer.timexes("It cost $2010, up 2012% or 2014 percent.", REF).isEmpty());
  }

  @Test
  void rangeOfYearsStaysTwoTimexes() {
    List<Timex> found = recognizer.timexes("Output rose from 2009 to 2011.", REF);
    assertEquals(List.of("2009", "2011"), found.stream().map(Timex::value).collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Cars of the 1990s sold well.|199",
        "Cars of the 70s sold well.|197",
        "It was the bloodiest war of the 20th century.|19",
      })
  void decadesAndCenturiesAreNamedByTheirLeadingDigits(String text, String value) {
    assertEquals(value, onlyTimex(text).value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Profit rose in the third quarter of 2009.|2009-Q3",
        "Profit rose in the fourth quarter.|2019-Q4",
        "Profit rose in the first quarter.|2020-Q1",
        "Profit rose during the last quarter.|2019-Q4",
      })
  void quartersResolveToTheLatestBegun(String text, String value) {
    assertEquals(value, onlyTimex(text).value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "It opened last summer.|2019-SU",
        "It is cold this winter.|2019-WI",
        "It was cold last winter.|2018-WI",
        "It will open next spring.|2020-SP",
      })
  void seasonsResolveAgainstTheReference(String text, String value) {
    assertEquals(value, onlyTimex(text).value());
  }

  @Test
  void fallWithoutAModifierIsAVerb() {
    assertTrue(recognizer.timexes("Prices fall when supply grows.", REF).isEmpty());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "They met Friday afternoon.|2020-01-03TAF",
        "They met this morning.|2020-01-07TMO",
        "The plane landed at 18:00 UTC.|2020-01-07T18:00Z",
        "The vote closes at 8 p.m. Monday.|2020-01-06T20",
        "Trading opened at 0800 GMT.|2020-01-07T08:00Z",
      })
  void timesOfDayAreTimes(String text, String value) {
    Timex t = onlyTimex(text);
    assertEquals(Timex.TIME, t.type());
    assertEquals(value, t.value());
  }

  @Test
  void clockTimeAloneDoesNotDateAStatement() {
    assertTrue(recognizer.find("He spoke at 10:30 in the hall.", REF).isEmpty());
  }

  @Test
  void raceTimeWithSecondsIsNotAClockTime() {
    assertTrue(recognizer.timexes("She won in 3:07:35 flat.", REF).isEmpty());
  }

  @Test
  void weekendIsNamedByTheReferencesWeek() {
    assertEquals("2020-W02-WE", onlyTimex("The talks took place this weekend.").value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The file is dated 21/04/2016.|2016-04-21",
        "The file is dated 05-Aug-2016.|2016-08-05",
        "The file is dated 2015/08/12.|2015-08-12",
        "The file is dated 05/05/89.|1989-05-05",
        "He sold it on Dec. 31 , 1994 in Ohio.|1994-12-31",
      })
  void resolvesMoreNumericAndTokenisedFormats(String text, String value) {
    assertEquals(value, only(text).value());
  }

  @Test
  void dashedDateNeedsAFourDigitYear() {
    assertTrue(recognizer.find("The score was 10-12-14 at halftime.", REF).isEmpty());
  }

  @Test
  void numberAfterACurrencySignIsNotADay() {
    assertEquals("December 27", only("I bought it for $12 December 27.").text());
  }

  @Test
  void yearlessDaySoonAfterTheReferenceIsAheadEvenWithoutFutureTense() {
    assertEquals("2020-01-20", only("The firm faces a Jan. 20 deadline.").value());
  }

  @Test
  void monthOfNextYearIsInNextYear() {
    assertEquals("2021-10", only("Contracts lapse after October of next year.").value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "They meet on Tuesday of next week.|2020-01-14",
        "They met Sunday last week.|2020-01-05",
        "They meet next week Friday.|2020-01-17",
      })
  void weekdayOfANamedWeek(String text, String value) {
    assertEquals(value, only(text).value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The vote is two weeks from now.|2020-01-21",
        "It happened two days before yesterday.|2020-01-04",
      })
  void offsetsFromADeicticDay(String text, String value) {
    assertEquals(value, only(text).value());
  }

  @Test
  void untilMarksTheFuture() {
    assertEquals("2020-01-10", only("Markets stay closed until Friday.").value());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "He spoke on the 3rd.|2020-01-03",
        "It happened on the 27th.|2019-12-27",
        "They met on the 20th of last month.|2019-12-20",
        "It struck on Friday the 13th.|2019-12-13",
        "They met on Monday, January 6, 2020.|2020-01-06",
        "They will meet on the second Monday of next month.|2020-02-10",
        "It happened on jan 5.|2020-01-05",
        "It opened on May twenty-first.|2019-05-21",
        "It opened on the tenth of December.|2019-12-10",
        "The file is dated 13.05.2019.|2019-05-13",
        "The deal closed on 4/22.|2019-04-22",
        "The vote will be held in three weeks.|2020-01-28",
      })
  void resolvesDaysWrittenInPart(String text, String expected) {
    assertEquals(expected, only(text).value());
  }

  @Test
  void weekdayBeforeADateTakesTheDatesValueAsOneExpression() {
    assertEquals("on Monday, January 6, 2020", only("They met on Monday, January 6, 2020.").text());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "They met last Wednesday.|2020-01-01",
        "They met on Wednesday.|2020-01-08",
        "They meet next Friday.|2020-01-17",
        "They meet this coming Friday.|2020-01-10",
      })
  void lastAndNextWeekdayNameTheWeekBeforeOrAfter(String text, String expected) {
    List<TimeExpression> found = recognizer.find(text, LocalDate.of(2020, 1, 9)); // a Thursday
    assertEquals(1, found.size(), found::toString);
    assertEquals(expected, found.get(0).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The 27th floor was closed.",
        "Add 3/4 of the flour.",
        "They may 5 times refuse.",
        "Sales rose in three weeks.",
        "On Sunday 2 people died.",
      })
  void wordsThatOnlyLookLikeDaysAreNotDays(String text) {
    assertTrue(recognizer.find(text, REF).stream().noneMatch(t -> t.granularity() == Granularity.DAY
        && !t.text().toLowerCase(java.util.Locale.ROOT).contains("sunday")),
        () -> recognizer.find(text, REF).toString());
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
