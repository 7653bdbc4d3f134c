package dev.quotebeam.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs external tools for the report tests and installs the Debian packages they need when missing. */
final class Tools {
  private Tools() {}

  /** The exit code and combined output of a finished process. */
  record Result(int exitCode, String output) {}

  /**
   * Installs those of {@code packages} that dpkg does not list as installed, with apt-get (the tests run as root
   * on Debian); {@code apt-get update} runs first, and only when something is missing.
   */
  static void ensureDebianPackages(String... packages) throws IOException, InterruptedException {
    List<String> missing = new ArrayList<>();
    for (String p : packages) {
      Result r = run(List.of("dpkg-query", "-W", "-f=${Status}", p), Map.of(), 60);
      if (r.exitCode() != 0 || !r.output().contains("install ok installed")) {
        missing.add(p);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
    Result update = run(List.of("apt-get", "update"), env, 600);
    check(update, "apt-get update");
    List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends"));
    install.addAll(missing);
    check(run(install, env, 1800), String.join(" ", install));
  }

  /** Runs {@code command} with extra environment variables, output and errors merged, killed after the timeout. */
  static Result run(List<String> command, Map<String, String> env, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("quotebeam-tool", ".log");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        return new Result(-1, "timed out after " + timeoutSeconds + " s: " + command + "\n" + read(log));
      }
      return new Result(p.exitValue(), read(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String read(Path log) throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
  }

  /** The last 20,000 characters of a tool's output, enough for an error message. */
  static String tail(String output) {
    return output.length() <= 20_000 ? output : output.substring(output.length() - 20_000);
  }

  private static void check(Result r, String what) {
    if (r.exitCode() != 0) {
      throw new IllegalStateException(what + " failed (exit " + r.exitCode() + "):\n" + tail(r.output()));
    }
  }
}
