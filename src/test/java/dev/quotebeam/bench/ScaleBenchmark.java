package dev.quotebeam.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end throughput and driver memory of the whole job on generated corpora, per runner: {@code
 * scripts/benchmark.sh}-style, run as {@code java ... ScaleBenchmark [--sizes=10000,100000] [--cluster]
 * [--runners=direct,local1,local2,cluster]}.
 *
 * <p>Each run is {@code scripts/run.sh} (or {@code scripts/spark-submit.sh} for the standalone cluster) in a
 * subprocess under {@code /usr/bin/time -v}, whose "Maximum resident set size" is the driver's peak RSS (Spark
 * local mode runs its executors inside the driver, so there it is the whole job). Spark local[N] runs are pinned
 * to N cores with {@code taskset} when it exists, so the local[2] / local[1] ratio is the gain of a second core.
 * The benchmark also polls {@code /proc/<pid>/status} VmHWM of the java process, which stands when {@code
 * /usr/bin/time} is missing or the run is stopped. Startup overhead is the wall time of the same runner on a
 * 10-article corpus; "net articles/s" subtracts it. Corpora are generated once
 * into {@code target/generated-<size>} and reused; job output goes to {@code target/bench-out/} and each run's
 * log to {@code target/bench-logs/}. A run longer than {@code --timeout-minutes} (default 30) is stopped and
 * reported as a lower bound. Prints a Markdown table, the machine, and the checks of issue 8.
 */
public final class ScaleBenchmark {
  private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");
  private static final Pattern HEAP_AFTER_GC = Pattern.compile("\\d+M->(\\d+)M\\(\\d+M\\)");

  private ScaleBenchmark() {}

  /** One run; a {@code stopped} run hit the timeout, so its seconds are a lower bound. */
  record Result(int size, String runner, double seconds, long rssKb, long heapAfterGcMb, boolean stopped) {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(10000);
    List<String> runners = new ArrayList<>(List.of("direct", "local1", "local2"));
    boolean cluster = false;
    double timeoutMinutes = 30;
    for (String a : args) {
      if (a.startsWith("--sizes=")) {
        sizes = new ArrayList<>();
        for (String s : a.substring("--sizes=".length()).split(",")) {
          sizes.add(Integer.parseInt(s.strip()));
        }
      } else if (a.startsWith("--runners=")) {
        runners = new ArrayList<>(List.of(a.substring("--runners=".length()).split(",")));
      } else if (a.startsWith("--timeout-minutes=")) {
        timeoutMinutes = Double.parseDouble(a.substring("--timeout-minutes=".length()));
      } else if (a.equals("--cluster")) {
        cluster = true;
      } else {
        System.err.println("usage: ScaleBenchmark [--sizes=10000,100000] [--runners=direct,local1,local2,cluster] [--cluster]"
            + " [--timeout-minutes=30]");
        System.exit(2);
      }
    }
    if (cluster && !runners.contains("cluster")) {
      runners.add("cluster");
    }
    if (runners.contains("cluster") && !startCluster()) {
      runners.remove("cluster");
    }
    Path tiny = CorpusGenerator.ensureCorpus(10, Path.of("target/generated-10"));
    Map<String, Result> startup = new LinkedHashMap<>();
    for (String r : runners) {
      startup.put(r, run(tiny, 10, r, timeoutMinutes));
    }
    List<Result> results = new ArrayList<>();
    for (int size : sizes) {
      Path corpus = CorpusGenerator.ensureCorpus(size, Path.of("target/generated-" + size));
      for (String r : runners) {
        results.add(run(corpus, size, r, timeoutMinutes));
      }
    }
    print(results, startup, sizes);
  }

  private static boolean startCluster() {
    try {
      Process p = new ProcessBuilder("scripts/spark-cluster.sh", "start").inheritIO().start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      System.err.println("scale: cannot start the Spark cluster (" + e.getMessage() + "); skipping it");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** One timed run of the job on {@code corpus} with runner {@code runner}. */
  static Result run(Path corpus, int size, String runner, double timeoutMinutes)
      throws IOException, InterruptedException {
    Path out = Path.of("target/bench-out/" + runner + "-" + size);
    Path log = Path.of("target/bench-logs/" + runner + "-" + size + ".log");
    Files.createDirectories(log.getParent());
    List<String> cmd = new ArrayList<>();
    boolean timeV = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timeV) {
      cmd.addAll(List.of("/usr/bin/time", "-v"));
    }
    int pinnedCores = runner.equals("local1") ? 1 : runner.equals("local2") ? 2 : 0;
    if (pinnedCores > 0 && pinnedCores <= Runtime.getRuntime().availableProcessors()
        && Files.isExecutable(Path.of("/usr/bin/taskset"))) {
      // local[N] on exactly N cores: unpinned, local[1] also spends a second core on GC, JIT and Spark's own
      // threads (171 % CPU measured here), which hides how the job scales with cores.
      cmd.addAll(List.of("/usr/bin/taskset", "-c", pinnedCores == 1 ? "0" : "0,1"));
    }
    cmd.add(runner.equals("cluster") ? "scripts/spark-submit.sh" : "scripts/run.sh");
    cmd.add("--input=" + corpus.resolve("articles") + "/**");
    cmd.add("--spec=" + corpus.resolve("spec.yaml"));
    cmd.add("--output=" + out);
    cmd.add("--overwrite=true");
    switch (runner) {
      case "direct":
        cmd.add("--runner=DirectRunner");
        break;
      case "local1":
        cmd.addAll(List.of("--runner=SparkRunner", "--sparkMaster=local[1]"));
        break;
      case "local2":
        cmd.addAll(List.of("--runner=SparkRunner", "--sparkMaster=local[2]"));
        break;
      case "cluster":
        break;
      default:
        throw new IllegalArgumentException("unknown runner " + runner + " (direct, local1, local2, cluster)");
    }
    System.err.printf(Locale.ROOT, "scale: %s on %d articles...%n", runner, size);
    long t0 = System.nanoTime();
    Path gcLog = Path.of("target/bench-logs/" + runner + "-" + size + "-gc.log");
    Files.deleteIfExists(gcLog);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    // The driver's GC log (the last JVM started writes it: a build by run.sh comes first): the largest heap after
    // a collection is what the driver really holds, which a peak RSS under a lazy collector overstates.
    pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcLog);
    Process p = pb.start();
    long hwm = 0;
    long deadline = t0 + (long) (timeoutMinutes * 60e9);
    boolean timedOut = false;
    while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      hwm = Math.max(hwm, javaHwmKb(p.toHandle()));
      if (System.nanoTime() > deadline) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        p.waitFor();
        timedOut = true;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (timedOut) {
      System.err.printf(Locale.ROOT, "scale: %s on %d articles: stopped after %.0f s, peak RSS so far %d MB%n", runner,
          size, seconds, hwm / 1024);
      return new Result(size, runner, seconds, hwm, maxHeapAfterGcMb(gcLog), true);
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IllegalStateException(runner + " on " + corpus + " failed (exit " + p.exitValue() + "), see " + log);
    }
    Matcher m = MAX_RSS.matcher(text);
    if (timeV && m.find()) {
      hwm = Long.parseLong(m.group(1));
    }
    System.err.printf(Locale.ROOT, "scale: %s on %d articles: %.1f s, peak RSS %d MB%n", runner, size, seconds,
        hwm / 1024);
    return new Result(size, runner, seconds, hwm, maxHeapAfterGcMb(gcLog), false);
  }

  /** The largest heap occupancy after a collection in a unified GC log ({@code 24M->5M(256M)}), or -1. */
  static long maxHeapAfterGcMb(Path gcLog) throws IOException {
    if (!Files.isRegularFile(gcLog)) {
      return -1;
    }
    long max = -1;
    Matcher m = HEAP_AFTER_GC.matcher(Files.readString(gcLog, StandardCharsets.UTF_8));
    while (m.find()) {
      max = Math.max(max, Long.parseLong(m.group(1)));
    }
    return max;
  }

  /** Peak RSS of the java process under {@code h} (run.sh execs java, so usually {@code h} itself). */
  private static long javaHwmKb(ProcessHandle h) {
    long best = 0;
    List<ProcessHandle> all = new ArrayList<>();
    all.add(h);
    h.descendants().forEach(all::add);
    for (ProcessHandle ph : all) {
      try {
        Matcher m = VM_HWM.matcher(Files.readString(Path.of("/proc/" + ph.pid() + "/status")));
        if (m.find()) {
          best = Math.max(best, Long.parseLong(m.group(1)));
        }
      } catch (IOException e) {
        // The process ended between listing and reading: its last reading stands.
      }
    }
    return best;
  }

  private static void print(List<Result> results, Map<String, Result> startup, List<Integer> sizes) throws Exception {
    System.out.println();
    System.out.println("| articles | runner | wall s | articles/s | ms/article | startup s (10 articles) |"
        + " net articles/s | driver peak RSS MB | driver max heap after GC MB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      double st = startup.get(r.runner()).seconds();
      String bound = r.stopped() ? "> " : "";
      String rate = r.stopped() ? "< " : "";
      System.out.printf(Locale.ROOT, "| %d | %s | %s%.1f%s | %s%.1f | %s%.2f | %.1f | %s%.1f | %s%d | %s |%n", r.size(),
          label(r.runner()), bound, r.seconds(), r.stopped() ? " (stopped)" : "", rate, r.size() / r.seconds(), bound,
          1000 * r.seconds() / r.size(), st, rate, r.size() / Math.max(0.001, r.seconds() - st), bound,
          r.rssKb() / 1024, r.heapAfterGcMb() < 0 ? "?" : String.valueOf(r.heapAfterGcMb()));
    }
    System.out.println();
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), "
        + memTotal() + " memory, java " + System.getProperty("java.version") + " ("
        + System.getProperty("java.vm.name") + "), jobs with -Xmx" + System.getenv().getOrDefault("QUOTEBEAM_HEAP", "4g")
        + "; benchmark JVM " + ManagementFactory.getRuntimeMXBean().getVmVersion()
        + (Files.isExecutable(Path.of("/usr/bin/taskset")) ? "; Spark local[N] pinned to N cores (taskset)" : ""));
    int first = sizes.get(0);
    Result l1 = find(results, first, "local1");
    Result l2 = find(results, first, "local2");
    Result d = find(results, first, "direct");
    if (l1 != null && l2 != null) {
      double raw = l1.seconds() / l2.seconds();
      double net = (l1.seconds() - startup.get("local1").seconds()) / (l2.seconds() - startup.get("local2").seconds());
      System.out.printf(Locale.ROOT, "check local[2] >= 1.7x local[1] on %d: %.2fx wall, %.2fx net of startup -> %s%n",
          first, raw, net, raw >= 1.7 ? "met" : "NOT met");
    }
    if (d != null && l1 != null) {
      System.out.printf(Locale.ROOT, "check Direct not slower than local[1] on %d: %.1f s vs %.1f s -> %s%n", first,
          d.seconds(), l1.seconds(), d.seconds() <= l1.seconds() ? "met" : "NOT met");
    }
    if (sizes.size() > 1) {
      int last = sizes.get(sizes.size() - 1);
      for (String runner : startup.keySet()) {
        Result a = find(results, first, runner);
        Result b = find(results, last, runner);
        double growth = 100.0 * (b.rssKb() - a.rssKb()) / a.rssKb();
        String heapGrowth =
            a.heapAfterGcMb() <= 0 || b.heapAfterGcMb() < 0
                ? "?"
                : String.format(Locale.ROOT, "%+.0f%%", 100.0 * (b.heapAfterGcMb() - a.heapAfterGcMb()) / a.heapAfterGcMb());
        System.out.printf(Locale.ROOT,
            "check driver RSS growth < 20%% from %d to %d (%s%s): %+.0f%% -> %s; max heap after GC %s%n", first,
            last, label(runner), runner.equals("cluster") ? "" : ", executors inside the driver JVM", growth,
            growth < 20 ? "met" : "NOT met", heapGrowth);
      }
    }
  }

  private static Result find(List<Result> results, int size, String runner) {
    return results.stream().filter(r -> r.size() == size && r.runner().equals(runner)).findFirst().orElse(null);
  }

  private static String label(String runner) {
    switch (runner) {
      case "direct":
        return "DirectRunner";
      case "local1":
        return "Spark local[1]";
      case "local2":
        return "Spark local[2]";
      default:
        return "Spark standalone cluster";
    }
  }

  private static String memTotal() throws IOException {
    Path p = Path.of("/proc/meminfo");
    if (!Files.exists(p)) {
      return "unknown";
    }
    Matcher m = Pattern.compile("MemTotal:\\s+(\\d+) kB").matcher(Files.readString(p));
    return m.find() ? String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(m.group(1)) / 1048576.0) : "unknown";
  }
}
