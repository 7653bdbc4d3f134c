package dev.quotebeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes notebooks/explore.ipynb headless with Debian's Jupyter on a fresh job output over testdata/; nbconvert
 * exits non-zero when a cell raises. Debian's python is used explicitly (a pyenv python on PATH has no pandas).
 */
class NotebookTest {
  @TempDir static Path tmp;
  static Path out;
  static Tools.Result run;
  static Path executed;

  @BeforeAll
  static void runJobAndNotebook() throws Exception {
    out = tmp.resolve("out");
    JobRun.into(out);
    Tools.ensureDebianPackages("jupyter-nbconvert", "python3-ipykernel", "python3-pandas", "python3-matplotlib");
    Path results = Files.createDirectories(tmp.resolve("executed"));
    Map<String, String> env =
        Map.of(
            "QUOTEBEAM_OUT", out.toString(),
            "PATH", "/usr/bin:/bin:" + System.getenv().getOrDefault("PATH", ""),
            // An empty Jupyter data dir: no user-level kernel (say, of a pyenv python) shadows Debian's.
            "JUPYTER_DATA_DIR", Files.createDirectories(tmp.resolve("jupyter-data")).toString(),
            "PYDEVD_DISABLE_FILE_VALIDATION", "1");
    run =
        Tools.run(
            List.of(
                "/usr/bin/python3", "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.kernel_name=python3",
                "--output-dir=" + results, Path.of("notebooks", "explore.ipynb").toAbsolutePath().toString()),
            env,
            600);
    executed = results.resolve("explore.ipynb");
  }

  @Test
  void everyCellRunsWithoutError() {
    assertEquals(0, run.exitCode(), Tools.tail(run.output()));
  }

  @Test
  void chartsAreDrawn() throws Exception {
    JsonNode nb = new ObjectMapper().readTree(executed.toFile());
    int images = 0;
    for (JsonNode cell : nb.get("cells")) {
      for (JsonNode output : cell.path("outputs")) {
        assertTrue(!output.path("output_type").asText().equals("error"), output.toString());
        if (output.path("data").has("image/png")) {
          images++;
        }
      }
    }
    // Top actors, statements per week, and one timeline per target of the default spec.
    assertEquals(4, images);
  }

  @Test
  void stanceChangeEvidenceIsShown() throws Exception {
    String text = Files.readString(executed);
    assertTrue(text.contains("I cannot support the congestion charge in its current form"), "evidence text missing");
  }
}
