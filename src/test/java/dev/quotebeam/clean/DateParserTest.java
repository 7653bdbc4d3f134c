package dev.quotebeam.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateParserTest {
  @Test
  void publisherOffsetIsKept() {
    assertEquals("2019-03-05T22:10:00-05:00", DateParser.parseMachine("2019-03-05T22:10:00.000-0500"));
  }

  @Test
  void zeroOffsetIsWrittenAsZ() {
    assertEquals("2019-03-05T10:00:00Z", DateParser.parseMachine("2019-03-05 10:00:00 +00:00"));
  }

  @Test
  void oneDigitSecondsAreRead() {
    assertEquals("2020-12-05T23:15:00Z", DateParser.parseMachine("2020-12-05T23:15:0Z"));
  }

  @Test
  void timeWithoutOffsetStaysLocal() {
    assertEquals("2019-03-05T22:10:00", DateParser.parseMachine("2019-03-05T22:10"));
  }

  @Test
  void dayAloneStaysBareDate() {
    assertEquals("2019-03-05", DateParser.parseMachine("2019-03-05"));
  }

  @Test
  void httpDateIsRead() {
    assertEquals("2019-03-05T10:00:00Z", DateParser.parseMachine("Tue, 05 Mar 2019 10:00:00 GMT"));
  }

  @Test
  void englishProseDateIsFound() {
    assertEquals("2019-03-05", DateParser.findInText("Published Tuesday, March 5th, 2019 at noon"));
  }

  @Test
  void germanProseDateIsFound() {
    assertEquals("2019-03-05", DateParser.findInText("Veröffentlicht am 5. März 2019"));
  }

  @Test
  void daySpanBeforeAMonthGivesItsFirstDay() {
    assertEquals("2022-03-07", DateParser.findInText("Lagebericht 7. - 13. März 2022"));
    assertEquals("2022-03-07", DateParser.findInText("Festival 7-13 March 2022"));
  }

  @Test
  void monthBeforeADaySpanGivesItsFirstDay() {
    assertEquals("2022-03-07", DateParser.findInText("Week of March 7-13, 2022"));
  }

  @Test
  void numberBeforeADashIsNotASpanWhenItIsLaterThanTheDay() {
    assertEquals("2022-03-13", DateParser.findInText("Page 27 - 13. März 2022"));
  }

  @Test
  void dottedNumericDateIsDayFirst() {
    assertEquals("2019-03-05", DateParser.findInText("Stand: 05.03.2019, 10:00 Uhr"));
  }

  @Test
  void earliestDateInTextWins() {
    assertEquals("2018-12-01", DateParser.findInText("1 December 2018, updated 2019-03-05"));
  }

  @Test
  void implausibleYearIsRejected() {
    assertNull(DateParser.parseMachine("1970-01-01"));
  }

  @Test
  void urlDateIsFound() {
    assertEquals("2019-03-05", PublicationDateFinder.fromUrl("https://x.org/news/2019/3/5/story"));
  }

  @Test
  void shortYearWithDotsIsReadDayFirst() {
    assertEquals("2022-01-28", DateParser.findShortYear("Posted 28.01.22 / 0 comments"));
  }

  @Test
  void shortYearWithSlashesIsReadLikeLongOnes() {
    assertEquals("2013-10-26", DateParser.findShortYear("by lupa on 26/10/13, 03:48 pm"));
    assertEquals("2019-03-05", DateParser.findShortYear("03/05/19"));
  }

  @Test
  void shortYearOutsideThePlausibleWindowIsRejected() {
    assertNull(DateParser.findShortYear("Score 12.10.75"));
    assertEquals("1998-10-12", DateParser.findShortYear("12.10.98"));
  }

  @Test
  void timesAndLongerNumbersAreNotShortYearDates() {
    assertNull(DateParser.findShortYear("at 12:10.19 or version 1.12.10.19"));
    assertNull(DateParser.findShortYear("12.10.2019"));
  }

  @Test
  void shortYearBeforeAFullStopIsADate() {
    assertEquals("2022-01-28", DateParser.findShortYear("Posted 28.01.22."));
    assertNull(DateParser.findShortYear("version 1.12.10.19"));
  }
}
