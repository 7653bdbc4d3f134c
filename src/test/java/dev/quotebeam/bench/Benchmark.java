package dev.quotebeam.bench;

import dev.quotebeam.attribute.SpeakerResolver;
import dev.quotebeam.clean.ArticleCleaner;
import dev.quotebeam.dates.StatementDater;
import dev.quotebeam.extract.QuoteExtractor;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.Statement;
import dev.quotebeam.options.SpecParser;
import dev.quotebeam.stance.StanceScorer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Throughput of the stage cores on real pages, measured in one JVM so ratios are comparable on a noisy machine.
 * Not a test: run with {@code scripts/benchmark.sh cleaning|extract|stages}.
 *
 * <ul>
 *   <li>{@code cleaning}: {@link ArticleCleaner} vs a bare {@code Jsoup.parse(html).text()} loop on the same pages
 *       (scrapinghub-aeb + htmldate-eval) in alternating passes: CPU and wall ms/page and the ratio;
 *   <li>{@code extract}: {@link QuoteExtractor} alone and with {@link SpeakerResolver} on PolNeAR texts in
 *       alternating passes: CPU and wall ms/article and articles per CPU-second (one thread);
 *   <li>{@code stages}: per-stage ms/article for clean, extract, attribute, date and stance on the HTML pages.
 * </ul>
 * Each measurement runs after a warm-up pass, for at least {@code --seconds} (default 10) per contender.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    String task = args.length > 0 ? args[0] : "stages";
    Path corpora = Path.of(option(args, "--corpora", "../shared/corpora"));
    double seconds = Double.parseDouble(option(args, "--seconds", "10"));
    System.out.printf("machine: %d cores, %s, Java %s, max heap %d MiB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    switch (task) {
      case "cleaning":
        cleaning(htmlPages(corpora), seconds);
        break;
      case "extract":
        extract(polnearArticles(corpora), seconds);
        break;
      case "stages":
        stages(htmlPages(corpora), seconds);
        break;
      default:
        throw new IllegalArgumentException("unknown benchmark " + task + " (cleaning, extract, stages)");
    }
    System.out.printf("peak RSS: %d MiB%n", peakRssKb() / 1024);
  }

  private static String option(String[] args, String name, String dflt) {
    for (String a : args) {
      if (a.startsWith(name + "=")) {
        return a.substring(name.length() + 1);
      }
    }
    return dflt;
  }

  /** Runs {@code body} over all items repeatedly for at least {@code seconds}; returns ms per item. */
  static <T> double msPerItem(List<T> items, double seconds, Consumer<T> body) {
    for (T item : items) {
      body.accept(item); // warm-up
    }
    long start = System.nanoTime();
    long count = 0;
    do {
      for (T item : items) {
        body.accept(item);
        count++;
      }
    } while (System.nanoTime() - start < seconds * 1e9);
    return (System.nanoTime() - start) / 1e6 / count;
  }

  /**
   * The cleaner against a bare parse, in alternating passes over all pages (bare, cleaner, bare, ...) until each has
   * run for {@code seconds}, so load from other users falls on both alike. Reports this thread's CPU time per page,
   * which other processes on a shared machine barely disturb, the collectors' time (spent in other threads), the
   * wall-clock time, and the median of the per-round CPU ratios.
   */
  static void cleaning(List<RawDocument> pages, double seconds) {
    ArticleCleaner cleaner = ArticleCleaner.withDefaults();
    Consumer<RawDocument> bare = d -> Jsoup.parse(new String(d.getContent(), StandardCharsets.UTF_8)).text();
    Consumer<RawDocument> clean = d -> cleanOrNull(cleaner, d);
    Alternation t = Alternation.run(List.of(() -> pages.forEach(bare), () -> pages.forEach(clean)), seconds);
    System.out.printf("%d pages, %d alternating rounds%n", pages.size(), t.rounds);
    long n = t.table("page", "pages", pages.size(), "bare jsoup parse + text()", "ArticleCleaner.clean");
    System.out.printf("cleaner throughput = %.0f %% of bare parse by CPU time (median round %.0f %%), %.0f %% by "
        + "wall clock%n", 100.0 * t.cpu[0] / t.cpu[1], 100 * t.medianCpuRatio(), 100.0 * t.wall[0] / t.wall[1]);
  }

  /**
   * Two passes timed in alternation (first, second, first, ...) after one warm-up each, until each has run for
   * {@code seconds}, so load from other users falls on both alike: this thread's CPU time, the collectors' time
   * (spent in other threads) and the wall clock per pass, and the per-round CPU ratios of first to second.
   */
  private static final class Alternation {
    final long[] wall = new long[2];
    final long[] cpu = new long[2];
    final long[] gc = new long[2];
    final List<Double> ratios = new ArrayList<>();
    int rounds;

    static Alternation run(List<Runnable> passes, double seconds) {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      passes.forEach(Runnable::run);
      Alternation t = new Alternation();
      do {
        long[] roundCpu = new long[2];
        for (int k = 0; k < 2; k++) {
          long w0 = System.nanoTime();
          long c0 = threads.getCurrentThreadCpuTime();
          long g0 = gcMillis();
          passes.get(k).run();
          roundCpu[k] = threads.getCurrentThreadCpuTime() - c0;
          t.cpu[k] += roundCpu[k];
          t.gc[k] += gcMillis() - g0;
          t.wall[k] += System.nanoTime() - w0;
        }
        t.ratios.add((double) roundCpu[0] / roundCpu[1]);
        t.rounds++;
      } while (Math.min(t.wall[0], t.wall[1]) < seconds * 1e9);
      Collections.sort(t.ratios);
      return t;
    }

    double medianCpuRatio() {
      return ratios.get(ratios.size() / 2);
    }

    /**
     * Prints the per-item table of both passes, each of which ran over {@code items} items per round ({@code unit}
     * in the per-item headers, {@code units} in the rate header), and returns the items of all rounds.
     */
    long table(String unit, String units, int items, String first, String second) {
      long n = (long) rounds * items;
      System.out.printf("  %-34s %12s %12s %13s %13s%n", "", "CPU ms/" + unit, "GC ms/" + unit, "wall ms/" + unit,
          units + "/CPU-s");
      cpuRow(first, cpu[0] / 1e6 / n, (double) gc[0] / n, wall[0] / 1e6 / n);
      cpuRow(second, cpu[1] / 1e6 / n, (double) gc[1] / n, wall[1] / 1e6 / n);
      return n;
    }
  }

  private static void cpuRow(String name, double cpuMs, double gcMs, double wallMs) {
    System.out.printf("  %-34s %12.3f %12.3f %13.3f %13.1f%n", name, cpuMs, gcMs, wallMs, 1000 / cpuMs);
  }

  /** Collection time of all garbage collectors so far: GC threads' work is not in this thread's CPU time. */
  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  /**
   * Extraction alone and extraction + attribution on PolNeAR texts, in alternating passes until each has run for
   * {@code seconds}. Reports this thread's CPU time per article and articles per CPU-second (per core), which other
   * processes on a loaded machine barely disturb, beside the collectors' time and the wall clock.
   */
  static void extract(List<Article> articles, double seconds) {
    QuoteExtractor extractor = QuoteExtractor.withDefaults();
    SpeakerResolver resolver = SpeakerResolver.withDefaults();
    Alternation t =
        Alternation.run(
            List.of(
                () -> articles.forEach(extractor::extract),
                () -> articles.forEach(a -> resolver.resolve(a, extractor.extract(a)))),
            seconds);
    System.out.printf("%d PolNeAR articles, %d alternating rounds (1 thread)%n", articles.size(), t.rounds);
    long n = t.table("art", "art", articles.size(), "extract", "extract + attribute");
    System.out.printf("extract + attribute: %.0f articles/s/core by CPU time, %.0f articles/s by wall clock%n",
        1e9 * n / t.cpu[1], 1e9 * n / t.wall[1]);
  }

  static void stages(List<RawDocument> pages, double seconds) {
    ArticleCleaner cleaner = ArticleCleaner.withDefaults();
    QuoteExtractor extractor = QuoteExtractor.withDefaults();
    SpeakerResolver resolver = SpeakerResolver.withDefaults();
    StatementDater dater = StatementDater.withDefaults();
    StanceScorer scorer = new StanceScorer(SpecParser.parseFile("pipelines/default.yaml").targets());
    List<Article> articles = new ArrayList<>();
    for (RawDocument d : pages) {
      Article a = cleanOrNull(cleaner, d);
      if (a != null) {
        articles.add(a);
      }
    }
    List<List<Statement>> extracted = new ArrayList<>();
    List<List<Statement>> resolved = new ArrayList<>();
    List<List<Statement>> dated = new ArrayList<>();
    for (Article a : articles) {
      extracted.add(extractor.extract(a));
      resolved.add(resolver.resolve(a, extracted.get(extracted.size() - 1)));
      dated.add(dater.date(a, resolved.get(resolved.size() - 1)));
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      idx.add(i);
    }
    Map<String, Double> ms = new LinkedHashMap<>();
    ms.put("clean", msPerItem(pages, seconds, d -> cleanOrNull(cleaner, d)));
    ms.put("extract", msPerItem(idx, seconds, i -> extractor.extract(articles.get(i))));
    ms.put("attribute", msPerItem(idx, seconds, i -> resolver.resolve(articles.get(i), extracted.get(i))));
    ms.put("date", msPerItem(idx, seconds, i -> dater.date(articles.get(i), resolved.get(i))));
    ms.put("stance", msPerItem(idx, seconds, i -> scorer.score(articles.get(i), dated.get(i))));
    System.out.printf("%d pages, %d articles with text%n", pages.size(), articles.size());
    ms.forEach(Benchmark::row);
  }

  private static Article cleanOrNull(ArticleCleaner cleaner, RawDocument d) {
    try {
      return cleaner.clean(d);
    } catch (Exception e) {
      return null;
    }
  }

  private static void row(String name, double ms) {
    System.out.printf("  %-34s %8.3f ms/item %9.1f items/s%n", name, ms, 1000 / ms);
  }

  static List<RawDocument> htmlPages(Path corpora) throws IOException {
    List<RawDocument> pages = new ArrayList<>();
    for (String dir : List.of("html/scrapinghub-aeb/html", "html/htmldate-eval/test_set")) {
      Path d = corpora.resolve(dir);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> files = Files.list(d)) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".gz")).sorted().limit(200)::iterator) {
          pages.add(RawDocument.builder().setInputPath(f.getFileName().toString()).setContent(gunzip(f)).build());
        }
      }
    }
    return pages;
  }

  static List<Article> polnearArticles(Path corpora) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpora.resolve("quotes/polnear/train/text"))) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String text = new String(gunzip(f), StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
          if (!p.isBlank()) {
            paragraphs.add(p.trim().replaceAll("\\s+", " "));
          }
        }
        articles.add(Article.builder().setArticleId(f.getFileName().toString()).setInputPath(f.toString())
            .setPublishedAt("2016-10-01").setParagraphs(paragraphs).build());
      }
    }
    return articles;
  }

  private static byte[] gunzip(Path f) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }

  /** Peak resident set size of this JVM (Linux VmHWM), in KiB; 0 elsewhere. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }
}
