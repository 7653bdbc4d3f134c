package dev.quotebeam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.extract.PolnearEval;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorers on tiny hand-made gold sets whose scores are computed by hand. */
class ScorersTest {
  @TempDir Path tmp;

  private static void gz(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * One article, two gold relations: a quote the extractor finds (said by "Ada Quill") and an indirect statement
   * it cannot find (no cue: "Reports suggest …" is gold here only to be missed). Predicted: the quote, nothing else.
   * All relations: precision 1/1, recall 1/2, F1 = 2·1·0.5/1.5 = 0.667; quoted: 1/1, 1/1, F1 1; speaker 1/1.
   */
  @Test
  void polnearScorerCountsMatchesMissesAndSpeakers() throws IOException {
    String text = "“The ferries will sail in May,” said Ada Quill.\n\nThe council met in the old town hall on a wet evening.";
    int qs = 0; // PolNeAR contents include the quotation marks
    int qe = text.indexOf("” said") + 1;
    int ss = text.indexOf("Ada Quill");
    int cs = text.indexOf("said");
    int ms = text.indexOf("the old town hall");
    String ann = "T1\tContent " + qs + " " + qe + "\t" + text.substring(qs, qe) + "\n"
        + "T2\tSource " + ss + " " + (ss + 9) + "\tAda Quill\n"
        + "T3\tCue " + cs + " " + (cs + 4) + "\tsaid\n"
        + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
        + "T4\tContent " + ms + " " + (ms + 17) + "\tthe old town hall\n"
        + "T5\tSource 0 3\t“Th\n"
        + "E2\tAttribution:T5 Content:T4 Source:T5\n";
    gz(tmp.resolve("dev/text/a.txt.gz"), text);
    gz(tmp.resolve("dev/attributions/a_annotator1.ann.gz"), ann);
    EvalReport report = scorePolnearDev();
    assertEquals(1.0, report.get("content_precision_overlap_all"), 1e-9);
    assertEquals(0.5, report.get("content_recall_overlap_all"), 1e-9);
    assertEquals(2.0 / 3, report.get("content_f1_overlap_all"), 1e-9);
    assertEquals(1.0, report.get("content_f1_overlap_quoted"), 1e-9);
    assertEquals(1.0, report.get("speaker_accuracy_quoted"), 1e-9);
  }

  /**
   * A gold content with no Source (PolNeAR's Attribution-no-source, "… appears to …") is a right speaker only when
   * the prediction names none.
   */
  @Test
  void polnearScorerCountsNoSpeakerRightWhereTheGoldHasNoSource() throws IOException {
    String text = "The ferry plan appears to be working well for the town.";
    int cs = text.indexOf("appears");
    String ann = "T1\tContent 0 " + (text.length() - 1) + "\t" + text.substring(0, text.length() - 1) + "\n"
        + "T2\tCue " + cs + " " + (cs + 7) + "\tappears\n"
        + "T3\tAttribution-no-source " + cs + " " + (cs + 7) + "\tappears\n"
        + "E1\tAttribution-no-source:T3 Cue:T2 Content:T1\n";
    gz(tmp.resolve("dev/text/b.txt.gz"), text);
    gz(tmp.resolve("dev/attributions/b_annotator1.ann.gz"), ann);
    EvalReport report = scorePolnearDev();
    assertEquals(1.0, report.get("content_f1_overlap_all"), 1e-9);
    assertEquals(1.0, report.get("speaker_accuracy_all"), 1e-9);
  }

  /**
   * A gold content that leaves out the attribution inside it ({@code The plan … is dead}, PolNeAR's discontinuous
   * span) is matched exactly by a statement whose text leaves it out too, and not by one spanning it.
   */
  @Test
  void polnearScorerReadsAStatementsPartsAsItsContent() throws IOException {
    String text = "The plan, Roe said, is dead.";
    int is = text.indexOf("is dead");
    int roe = text.indexOf("Roe");
    String ann = "T1\tContent 0 8;" + is + " " + (is + 7) + "\tThe plan is dead\n"
        + "T2\tSource " + roe + " " + (roe + 3) + "\tRoe\n"
        + "T3\tCue " + (roe + 4) + " " + (roe + 8) + "\tsaid\n"
        + "T4\tAttribution " + (roe + 4) + " " + (roe + 8) + "\tsaid\n"
        + "E1\tAttribution:T4 Source:T2 Cue:T3 Content:T1\n";
    gz(tmp.resolve("dev/text/c.txt.gz"), text);
    gz(tmp.resolve("dev/attributions/c_annotator1.ann.gz"), ann);
    EvalReport report = scorePolnearDev();
    assertEquals(1.0, report.get("content_f1_exact_all"), 1e-9);
    assertEquals(1.0, report.get("speaker_accuracy_all"), 1e-9);
  }

  /** Scores the PolNeAR-format split {@code dev} under {@code tmp}, its printed table silenced. */
  private EvalReport scorePolnearDev() throws IOException {
    EvalReport report = new EvalReport("quotes");
    PrintStream saved = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      PolnearEval.run(tmp, "dev", true, false, report);
    } finally {
      System.setOut(saved);
    }
    return report;
  }

  @Test
  void reportJsonLineHoldsTheMetricsUnderTheirNames() {
    EvalReport r = new EvalReport("demo").put("a_f1", 0.123456).put("count", 42);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).trim().split("\n");
    assertEquals("{\"task\":\"demo\",\"a_f1\":0.1235,\"count\":42.0}", lines[lines.length - 1]);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("| a_f1 | 0.123 |"));
  }
}
