package dev.quotebeam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexEvalTest {
  private static final double EPS = 1e-9;

  /** Gold: two expressions. System: one exact, one overlapping with a wrong value, one spurious. */
  private static TimexEval.Counts handMadeCounts() {
    List<TimexEval.Span> gold =
        List.of(new TimexEval.Span(0, 5, "DATE", "2013-03-22"), new TimexEval.Span(10, 15, "DURATION", "P1Y"));
    List<TimexEval.Span> system =
        List.of(
            new TimexEval.Span(0, 5, "DATE", "2013-03-22"),
            new TimexEval.Span(9, 14, "DURATION", "P2Y"),
            new TimexEval.Span(20, 25, "DATE", "2013"));
    return TimexEval.score(gold, system, null);
  }

  @Test
  void strictF1CountsOnlyIdenticalExtents() {
    // P = 1/3, R = 1/2: F1 = 2 * (1/6) / (5/6) = 0.4
    assertEquals(0.4, handMadeCounts().strictF1(), EPS);
  }

  @Test
  void relaxedF1CountsAnyOverlap() {
    // P = 2/3, R = 2/2: F1 = 2 * (2/3) / (5/3) = 0.8
    assertEquals(0.8, handMadeCounts().relaxedF1(), EPS);
  }

  @Test
  void valueF1IsRelaxedF1TimesValueAccuracy() {
    // one of the two relaxed matches has the gold value: 0.8 * 1/2
    assertEquals(0.4, handMadeCounts().valueF1(), EPS);
  }

  @Test
  void oneSystemExpressionMatchesOneGoldExpression() {
    List<TimexEval.Span> gold = List.of(new TimexEval.Span(0, 3, "DATE", "a"), new TimexEval.Span(4, 8, "DATE", "b"));
    TimexEval.Counts c = TimexEval.score(gold, List.of(new TimexEval.Span(0, 8, "DATE", "a")), null);
    // P = 1/1, R = 1/2: F1 = 2/3
    assertEquals(2.0 / 3, c.relaxedF1(), EPS);
  }

  @Test
  void timeMlTextIsTheTextElementWithTagsStrippedAndEntitiesDecoded() {
    TimexEval.Doc d =
        TimexEval.parseTml(
            "x",
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">March 22, 2013</TIMEX3></DCT>"
                + "<TEXT>AT&amp;T <EVENT eid=\"e1\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">"
                + "Friday</TIMEX3>.</TEXT>");
    assertEquals("AT&T said Friday.", d.text());
    assertEquals(LocalDate.of(2013, 3, 22), d.reference());
    assertEquals(List.of(new TimexEval.Span(10, 16, "DATE", "2013-03-22")), d.gold());
  }

  @Test
  void meantimeTextIsRebuiltFromTokensAndTheCreationTimeIsNotScored() {
    TimexEval.Doc d =
        TimexEval.parseCat(
            "x",
            "<Document><token t_id=\"1\" sentence=\"0\" number=\"0\">May</token>"
                + "<token t_id=\"2\" sentence=\"0\" number=\"1\">2</token>"
                + "<token t_id=\"3\" sentence=\"1\" number=\"2\">Shares</token>"
                + "<token t_id=\"4\" sentence=\"1\" number=\"3\">fell</token>"
                + "<token t_id=\"5\" sentence=\"1\" number=\"4\">Friday</token>"
                + "<token t_id=\"6\" sentence=\"1\" number=\"5\">.</token>"
                + "<Markables><TIMEX3 m_id=\"1\" functionInDocument=\"CREATION_TIME\" type=\"DATE\" value=\"2008-05-02\">"
                + "<token_anchor t_id=\"1\"/><token_anchor t_id=\"2\"/></TIMEX3>"
                + "<TIMEX3 m_id=\"2\" functionInDocument=\"NONE\" type=\"DATE\" value=\"2008-05-02\">"
                + "<token_anchor t_id=\"5\"/></TIMEX3></Markables></Document>");
    assertEquals("May 2\nShares fell Friday.", d.text());
    assertEquals(LocalDate.of(2008, 5, 2), d.reference());
    assertEquals(List.of(new TimexEval.Span(18, 24, "DATE", "2008-05-02")), d.gold());
    assertEquals(0, d.unscored().get(0)[0]);
    assertEquals(5, d.unscored().get(0)[1]);
  }

  @Test
  void te3ScoresAFolderInTheTempEvalFormat(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("gold"));
    // the recognizer finds "Friday" (2013-03-22, right) and "three years" (P3Y; gold says P2Y)
    Files.writeString(
        dir.resolve("gold/a.tml"),
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">March 22, 2013</TIMEX3></DCT>"
            + "<TEXT>He said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">Friday</TIMEX3> it took "
            + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2Y\">three years</TIMEX3>.</TEXT></TimeML>");
    EvalReport report = new EvalReport("timex");
    TimexEval.te3(dir, report);
    assertEquals(1.0, report.get("timex_span_f1_strict"), EPS);
    assertEquals(0.5, report.get("timex_value_f1"), EPS);
    assertEquals(1.0, report.get("timex_type_accuracy"), EPS);
  }

  @Test
  void recognizersScoresDateCasesAndCountsTheRestOutOfScope(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("specs"));
    Files.writeString(
        dir.resolve("specs/DateParser.json"),
        "\uFEFF[{\"Input\": \"I went back Oct. 2\", \"Context\": {\"ReferenceDateTime\": \"2016-11-07T00:00:00\"},"
            + " \"Results\": [{\"Text\": \"Oct. 2\", \"Type\": \"date\", \"Value\": {\"Timex\": \"XXXX-10-02\","
            + " \"FutureResolution\": {\"date\": \"2017-10-02\"}, \"PastResolution\": {\"date\": \"2016-10-02\"}},"
            + " \"Start\": 12, \"Length\": 6}]},"
            + " {\"Input\": \"I'll go back Oct. 2\", \"Context\": {\"ReferenceDateTime\": \"2016-11-07T00:00:00\"},"
            + " \"Results\": [{\"Text\": \"Oct. 2\", \"Type\": \"date\", \"Value\": {\"Timex\": \"XXXX-10-02\","
            + " \"FutureResolution\": {\"date\": \"2017-10-02\"}, \"PastResolution\": {\"date\": \"2016-10-02\"}},"
            + " \"Start\": 13, \"Length\": 6}]},"
            + " {\"Input\": \"nothing here\", \"Context\": {\"ReferenceDateTime\": \"2016-11-07T00:00:00\"},"
            + " \"Results\": []}]");
    EvalReport report = new EvalReport("timex");
    TimexEval.recognizers(dir, report);
    assertEquals(2, report.get("recognizers_cases_in_scope"), EPS);
    assertEquals(1, report.get("recognizers_cases_out_of_scope"), EPS);
    assertEquals(1.0, report.get("recognizers_date_accuracy"), EPS);
  }
}
