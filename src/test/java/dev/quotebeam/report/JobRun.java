package dev.quotebeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the real job (default spec over testdata/, DirectRunner) into a folder, as the command line does. */
final class JobRun {
  private JobRun() {}

  /**
   * Runs {@code QuotebeamPipeline.runFromArgs(--output=dir)} and fails unless it exits 0. The entry point is
   * package-private in {@code dev.quotebeam}, so it is called reflectively rather than through a second JVM.
   */
  static void into(Path dir) throws Exception {
    Method run =
        Class.forName("dev.quotebeam.QuotebeamPipeline")
            .getDeclaredMethod("runFromArgs", String[].class, PrintStream.class, PrintStream.class);
    run.setAccessible(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        (Integer)
            run.invoke(
                null,
                new String[] {"--output=" + dir},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
    assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
  }
}
