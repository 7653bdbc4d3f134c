package dev.quotebeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job over testdata/, writes report.html and renders it in headless Chromium (Debian's package, installed
 * when missing): the charts must be drawn by the inlined Vega-Lite, without network, and the tables must be there.
 * The screenshot is kept as target/report.png.
 */
class ReportInBrowserTest {
  private static final Pattern MARKS = Pattern.compile("<(svg|canvas)\\b[^>]*class=\"[^\"]*\\bmarks\\b");
  private static final Pattern CHARTS_DONE = Pattern.compile("data-charts-done=\"(\\d+)\"");

  @TempDir static Path tmp;
  static Path out;
  static String html;
  static String dom;

  @BeforeAll
  static void runJobAndRender() throws Exception {
    out = tmp.resolve("out");
    JobRun.into(out);
    ReportWriter.write(out);
    html = Files.readString(out.resolve(ReportWriter.FILE_NAME), StandardCharsets.UTF_8);
    Tools.ensureDebianPackages("chromium");
    Path screenshot = Path.of("target", "report.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    Tools.Result shot = chromium(List.of("--screenshot=" + screenshot, "--window-size=1280,2000"));
    assertEquals(0, shot.exitCode(), Tools.tail(shot.output()));
    assertTrue(Files.size(screenshot) > 10_000, "screenshot " + screenshot + " is (almost) empty");
    Tools.Result dumped = chromium(List.of("--dump-dom", "--window-size=1280,2000"));
    assertEquals(0, dumped.exitCode(), Tools.tail(dumped.output()));
    dom = withoutScripts(dumped.output());
  }

  private static Tools.Result chromium(List<String> flags) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"),
                "--virtual-time-budget=10000"));
    cmd.addAll(flags);
    cmd.add(out.resolve(ReportWriter.FILE_NAME).toUri().toString());
    return Tools.run(cmd, Map.of(), 180);
  }

  /** The page without the inlined code, whose strings hold markup templates. */
  private static String withoutScripts(String page) {
    return page.replaceAll("(?s)(<script\\b[^>]*>).*?</script>", "$1</script>");
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void everyChartIsDrawnAsMarks() {
    int charts = count(Pattern.compile("<div class=\"chart[^\"]*\" id=\"chart-"), html);
    assertTrue(charts >= 3, "actors chart and one timeline per testdata target expected, got " + charts);
    Matcher done = CHARTS_DONE.matcher(dom);
    assertTrue(done.find(), "report.js did not finish drawing");
    assertEquals(charts, Integer.parseInt(done.group(1)));
    assertEquals(charts, count(MARKS, dom), "one drawn chart (class=\"marks\") per chart element");
    assertFalse(dom.contains("chart-error\""), "a chart failed to draw");
  }

  @Test
  void tablesAreInThePage() throws Exception {
    assertTrue(dom.contains("id=\"actors-table\""));
    assertTrue(dom.contains("id=\"changes-table\""));
    int actorRows = count(Pattern.compile("<tr>"), dom.substring(dom.indexOf("id=\"actors-table\""), dom.indexOf("</table>", dom.indexOf("id=\"actors-table\""))));
    long actors = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("tables").path("actors").asLong();
    assertTrue(actors > 0);
    assertEquals(actors + 1, actorRows, "header row plus one row per actor of the manifest");
  }

  @Test
  void plantedStanceChangeIsShownWithItsEvidence() {
    String changes = dom.substring(dom.indexOf("id=\"changes-table\""));
    assertTrue(changes.contains("Corinne Wexley"), "Wexley's change is missing");
    assertTrue(changes.contains("I cannot support the congestion charge in its current form"), "evidence text missing");
  }

  @Test
  void pageLoadsNothingFromTheNetwork() {
    String markup = withoutScripts(html);
    assertFalse(
        Pattern.compile("<[a-z]+\\b[^>]*\\b(src|href|srcset|action)=", Pattern.CASE_INSENSITIVE).matcher(markup).find(),
        "the page's markup refers to another resource");
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
  }

  @Test
  void summaryCountsComeFromTheManifest() {
    assertTrue(dom.contains("<dt>documents read</dt><dd>24</dd>"), "documents read card");
    assertTrue(dom.contains("Counts add up"));
  }
}
