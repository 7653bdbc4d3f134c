package dev.quotebeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotebeam.io.OutputTable;
import dev.quotebeam.io.Tables;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders report.html for a small hand-written output folder whose text tries to break out of the page. */
class ReportWriterTest {
  private static final String EVIL_NAME = "<img src=x onerror=alert(1)>";
  private static final String EVIL_TEXT = "</script><script>alert(2)</script>";

  @TempDir Path out;

  @BeforeEach
  void writeOutputFolder() throws IOException {
    Files.writeString(
        out.resolve("manifest.json"),
        "{\"schema_version\":1,\"runner\":\"DirectRunner\",\"documents\":{\"read\":3,\"accepted\":2,\"rejected\":1},"
            + "\"counts_add_up\":true,\"tables\":{\"statements\":4},"
            + "\"spec_text\":\"targets:\\n  - id: tram-line\\n    label: The new tram line\\n    terms: [tram]\\n\"}");
    csv(Tables.ACTORS, List.of("p-1", EVIL_NAME, "PERSON", "", "", "3", "1", "0", "2", "2", "1", "2022-05-02", "2022-05-09"),
        List.of("p-2", "Ada Quill", "PERSON", "", "", "1", "1", "0", "0", "1", "1", "2022-05-03", "2022-05-03"));
    csv(Tables.ACTOR_STANCE, List.of("p-1", EVIL_NAME, "tram-line", "2022-05-02", "2", "2", "0", "0", "1"),
        List.of("p-1", EVIL_NAME, "tram-line", "2022-05-09", "1", "0", "1", "0", "-1"));
    csv(Tables.STANCE_CHANGES,
        List.of("p-1", EVIL_NAME, "tram-line", "support", "oppose", "2022-05-03", "2022-05-09", "s1", "s2",
            "'-The tram is overdue", EVIL_TEXT));
    csv(Tables.REJECTS, List.of("bad.html", "clean", "binary", "NUL bytes"));
  }

  private void csv(OutputTable table, List<?>... rows) throws IOException {
    Path dir = Files.createDirectories(out.resolve(table.name()));
    try (Writer w = Files.newBufferedWriter(dir.resolve("part-00000-of-00001.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(table.columnNames());
      for (List<?> r : rows) {
        p.printRecord(r);
      }
    }
  }

  @Test
  void scrapedTextNeverBecomesMarkup() throws IOException {
    String html = ReportWriter.render(out);
    assertFalse(html.contains(EVIL_NAME));
    assertFalse(html.contains(EVIL_TEXT));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
  }

  @Test
  void chartDataRoundTripsTheScrapedText() throws IOException {
    String html = ReportWriter.render(out);
    String open = "<script type=\"application/json\" id=\"quotebeam-data\">";
    int start = html.indexOf(open) + open.length();
    JsonNode data = new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    assertEquals(EVIL_NAME, data.get("actors").get(0).get("actor").asText());
    assertEquals(EVIL_TEXT, data.get("targets").get(0).get("changes").get(0).get("text").asText());
  }

  @Test
  void formulaGuardOfTheCsvIsRemovedForDisplay() throws IOException {
    String html = ReportWriter.render(out);
    assertTrue(html.contains("<blockquote>-The tram is overdue</blockquote>"));
  }

  @Test
  void targetsAreLabelledFromTheSpecInTheManifest() throws IOException {
    assertTrue(ReportWriter.render(out).contains("<h3>The new tram line <code>tram-line</code></h3>"));
  }

  @Test
  void rejectsAreCountedByStageAndReason() throws IOException {
    assertTrue(ReportWriter.render(out).contains("<tr><td>clean</td><td>binary</td><td class=\"num\">1</td></tr>"));
  }

  @Test
  void renderingIsDeterministic() throws IOException {
    assertEquals(ReportWriter.render(out), ReportWriter.render(out));
  }

  @Test
  void writeCreatesReportHtml() throws IOException {
    ReportWriter.write(out);
    assertTrue(Files.readString(out.resolve("report.html")).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void outputWithoutCsvTablesIsRefusedWithAReason() throws IOException {
    Files.delete(out.resolve("actors").resolve("part-00000-of-00001.csv"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportWriter.render(out));
    assertTrue(e.getMessage().contains("csv"), e.getMessage());
  }

  @Test
  void aHugeActorsTableIsCutToTheActorsWithMostStatements() throws IOException {
    Object[][] rows = new Object[ReportWriter.TABLE_ACTORS + 5][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new Object[] {"p-" + i, "Person " + i, "PERSON", "", "", String.valueOf(i + 1), "1", "0", "0", "1", "1",
          "2022-05-02", "2022-05-02"};
    }
    List<?>[] lists = new List<?>[rows.length];
    for (int i = 0; i < rows.length; i++) {
      lists[i] = List.of(rows[i]);
    }
    csv(Tables.ACTORS, lists);
    String html = ReportWriter.render(out);
    String table = html.substring(html.indexOf("id=\"actors-table\""), html.indexOf("</table>", html.indexOf("id=\"actors-table\"")));
    assertEquals(ReportWriter.TABLE_ACTORS, table.split("<tr>", -1).length - 2, "header row plus the cut rows");
    assertTrue(table.contains(">Person " + (rows.length - 1) + "<"), "the actor with most statements is kept");
    assertFalse(table.contains(">Person 0<"), "the actor with fewest statements is cut");
    assertTrue(html.contains("(all " + rows.length + " are in the actors table)"));
  }

  @Test
  void aTargetWithManyActorsDrawsThoseWithAChangeAndThenThoseWithMostStatements() throws IOException {
    int n = ReportWriter.TIMELINE_ACTORS + 10;
    List<?>[] rows = new List<?>[n + 1];
    for (int i = 0; i < n; i++) {
      rows[i] = List.of("q-" + i, "Voter " + i, "tram-line", "2022-05-02", String.valueOf(i + 2), "1", "0", "0", "1");
    }
    rows[n] = List.of("p-1", EVIL_NAME, "tram-line", "2022-05-02", "1", "1", "0", "0", "1");
    csv(Tables.ACTOR_STANCE, rows);
    String html = ReportWriter.render(out);
    String section = html.substring(html.indexOf("<section id=\"timelines\">"), html.indexOf("<section id=\"changes\">"));
    assertTrue(section.contains("The " + ReportWriter.TIMELINE_ACTORS + " of " + (n + 1) + " actors"));
    assertTrue(section.contains("&lt;img src=x"), "the actor with a stance change is drawn despite one statement");
    assertTrue(section.contains(">Voter " + (n - 1) + "<"), "the actor with most statements is drawn");
    assertFalse(section.contains(">Voter 0<"), "an actor with few statements and no change is cut");
    assertEquals(ReportWriter.TIMELINE_ACTORS, section.split("<tr>", -1).length - 2, "header row plus one per actor");
  }

  @Test
  void aHugeChangesTableIsCutAndSaysWhereTheRestIs() throws IOException {
    int n = ReportWriter.TABLE_CHANGES + 3;
    List<?>[] rows = new List<?>[n];
    for (int i = 0; i < n; i++) {
      rows[i] = List.of(String.format("a-%04d", i), String.format("Actor %04d", i), "tram-line", "support", "oppose",
          "2022-05-03", "2022-05-09", "s" + i, "t" + i, "before", "after");
    }
    csv(Tables.STANCE_CHANGES, rows);
    String html = ReportWriter.render(out);
    String table = html.substring(html.indexOf("id=\"changes-table\""), html.indexOf("</table>", html.indexOf("id=\"changes-table\"")));
    assertEquals(ReportWriter.TABLE_CHANGES, table.split("<tr>", -1).length - 2);
    assertTrue(table.contains(">Actor 0000<"));
    assertFalse(table.contains(">Actor " + String.format("%04d", n - 1) + "<"));
    assertTrue(html.contains("The first " + ReportWriter.TABLE_CHANGES + " of " + n + " by target and actor"));
  }
}
