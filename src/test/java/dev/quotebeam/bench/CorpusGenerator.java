package dev.quotebeam.bench;

import dev.quotebeam.bench.GeneratedArticle.Said;
import dev.quotebeam.bench.GeneratedWorld.Actor;
import dev.quotebeam.bench.GeneratedWorld.Site;
import dev.quotebeam.bench.GeneratedWorld.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic news corpus with planted, recorded stance changes: {@code scripts/generate-corpus.sh N OUT
 * [--seed=42]}.
 *
 * <p>OUT receives {@code articles/yyyy/mm/dd/*.html} (N stories over 18 months on five site layouts, plus about
 * 3 % syndicated copies of them on another site, same day and text), {@code spec.yaml} (one target per fictional
 * policy; run the job with {@code --input=OUT/articles/** --spec=OUT/spec.yaml}), {@code truth.jsonl} (one line per
 * planted change that the corpus shows from both sides: actor, target, from, to, the last day of the old stance
 * and the first day of the new), {@code actors.jsonl} (every actor's planted trajectory, for diagnostics) and
 * {@code corpus.json} (sizes). See {@link GeneratedArticle} for what a story holds.
 *
 * <p>Deterministic: the same N and seed give byte-identical files; article i draws from its own random stream, so
 * it does not depend on the articles before it. Streams to disk: memory holds the world (at most 900 actors) and
 * two days per actor, never the articles.
 */
public final class CorpusGenerator {
  /** First publication day; the corpus spans {@link #SPAN_DAYS} days from here. */
  static final LocalDate START = LocalDate.of(2022, 1, 3);

  static final int SPAN_DAYS = 546;
  static final long DEFAULT_SEED = 42;
  private static final int SYNDICATED_PERCENT = 3;
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    long seed = DEFAULT_SEED;
    String[] positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
    for (String a : args) {
      if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring("--seed=".length()));
      } else if (a.startsWith("--")) {
        usage("unknown option " + a);
      }
    }
    if (positional.length != 2) {
      usage("expected N and OUT");
    }
    int n = Integer.parseInt(positional[0]);
    Path out = Path.of(positional[1]);
    Summary s = generate(n, out, seed);
    System.out.printf(Locale.ROOT, "generate-corpus: %d articles (+%d syndicated copies, %d without quotes), %d actors,"
        + " %d planted changes -> %s%n", s.articles, s.syndicated, s.withoutQuotes, s.actors, s.planted, out);
  }

  private static void usage(String problem) {
    System.err.println("generate-corpus: " + problem + "\nusage: generate-corpus.sh N OUT [--seed=42]");
    System.exit(2);
  }

  /** Counts of one generated corpus, as written to {@code corpus.json}. */
  public record Summary(int articles, int syndicated, int withoutQuotes, int actors, int planted, long seed) {}

  /**
   * The corpus of {@code n} articles (seed 42) in {@code dir}: generated unless {@code dir/corpus.json} already
   * records one of that size and seed.
   */
  public static Path ensureCorpus(int n, Path dir) throws IOException {
    Path meta = dir.resolve("corpus.json");
    if (Files.exists(meta) && Files.exists(dir.resolve("truth.jsonl"))
        && Files.readString(meta).contains(summaryJson(n, DEFAULT_SEED))) {
      return dir;
    }
    generate(n, dir, DEFAULT_SEED);
    return dir;
  }

  /** Writes the corpus into {@code out}, replacing any earlier {@code out/articles}. */
  public static Summary generate(int n, Path out, long seed) throws IOException {
    if (n < 1) {
      throw new IllegalArgumentException("N must be at least 1, got " + n);
    }
    Path articles = out.resolve("articles");
    deleteTree(articles);
    Files.createDirectories(articles);
    int actorCount = Math.max(14, Math.min(900, n / 8));
    GeneratedWorld world = new GeneratedWorld(actorCount, SPAN_DAYS, seed);
    int[] lastOld = new int[actorCount];
    int[] firstNew = new int[actorCount];
    Arrays.fill(lastOld, -1);
    Arrays.fill(firstNew, Integer.MAX_VALUE);
    int syndicated = 0;
    int withoutQuotes = 0;
    for (int i = 0; i < n; i++) {
      SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
      GeneratedArticle a = new GeneratedArticle(world, START, rnd);
      write(world, a, i, a.site, a.minuteOfDay, "", articles);
      if (rnd.nextInt(100) < SYNDICATED_PERCENT) {
        int other = (a.site + 1 + rnd.nextInt(world.sites.size() - 1)) % world.sites.size();
        int minute = Math.min(23 * 60 + 59, a.minuteOfDay + 60 + rnd.nextInt(180));
        write(world, a, i, other, minute, "-syn", articles);
        syndicated++;
      }
      if (a.said.isEmpty()) {
        withoutQuotes++;
      }
      for (Said s : a.said) {
        Actor actor = s.actor();
        if (actor.kind() == GeneratedWorld.Kind.CHANGE && !s.stance().equals("neutral")) {
          if (s.stance().equals(actor.from())) {
            lastOld[actor.index()] = Math.max(lastOld[actor.index()], s.day());
          } else {
            firstNew[actor.index()] = Math.min(firstNew[actor.index()], s.day());
          }
        }
      }
    }
    int planted = writeTruth(world, lastOld, firstNew, out.resolve("truth.jsonl"));
    writeActors(world, out.resolve("actors.jsonl"));
    writeSpec(world, out.resolve("spec.yaml"));
    Summary summary = new Summary(n, syndicated, withoutQuotes, actorCount, planted, seed);
    Files.writeString(out.resolve("corpus.json"), "{" + summaryJson(n, seed)
        + String.format(Locale.ROOT, ", \"syndicated_copies\": %d, \"without_quotes\": %d, \"actors\": %d,"
            + " \"planted_changes\": %d}%n", syndicated, withoutQuotes, actorCount, planted), StandardCharsets.UTF_8);
    return summary;
  }

  private static String summaryJson(int n, long seed) {
    return "\"articles\": " + n + ", \"seed\": " + seed;
  }

  private static int writeTruth(GeneratedWorld world, int[] lastOld, int[] firstNew, Path file) throws IOException {
    int planted = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Actor a : world.actors) {
        int i = a.index();
        if (a.kind() == GeneratedWorld.Kind.CHANGE && lastOld[i] >= 0 && firstNew[i] != Integer.MAX_VALUE) {
          w.write(String.format(Locale.ROOT,
              "{\"actor\": \"%s\", \"target\": \"%s\", \"from\": \"%s\", \"to\": \"%s\", \"last_old_date\": \"%s\","
                  + " \"first_new_date\": \"%s\"}%n",
              a.full(), world.targets.get(a.town()).id(), a.from(), a.to(), START.plusDays(lastOld[i]),
              START.plusDays(firstNew[i])));
          planted++;
        }
      }
    }
    return planted;
  }

  /** Every actor's planted trajectory, for diagnostics: kind support / oppose / neutral / change. */
  private static void writeActors(GeneratedWorld world, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Actor a : world.actors) {
        String kind = a.kind().name().toLowerCase(Locale.ROOT);
        w.write(String.format(Locale.ROOT, "{\"actor\": \"%s\", \"target\": \"%s\", \"kind\": \"%s\"%s}%n",
            a.full(), world.targets.get(a.town()).id(), kind,
            a.kind() != GeneratedWorld.Kind.CHANGE ? "" : String.format(Locale.ROOT,
                ", \"from\": \"%s\", \"to\": \"%s\", \"change_date\": \"%s\"", a.from(), a.to(),
                START.plusDays(a.changeDay()))));
      }
    }
  }

  private static void writeSpec(GeneratedWorld world, Path file) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# Spec of a generated corpus (scripts/generate-corpus.sh). Run the job with\n")
        .append("#   scripts/run.sh --input=<this dir>/articles/** --spec=<this dir>/spec.yaml --output=DIR\n")
        .append("options:\n  period: week\n  min_confidence: 0.0\n  min_statements_per_side: 1\n")
        .append("  include_duplicates: false\ntargets:\n");
    for (Target t : world.targets) {
      b.append("  - id: ").append(t.id()).append('\n')
          .append("    label: ").append(t.label()).append('\n')
          .append("    terms: [").append(String.join(", ", t.terms())).append("]\n")
          .append("    article_terms: [").append(t.place()).append("]\n");
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }

  private static void write(GeneratedWorld world, GeneratedArticle a, int index, int siteIndex, int minute,
      String suffix, Path articles) throws IOException {
    Site site = world.sites.get(siteIndex);
    LocalDate day = START.plusDays(a.pubDay);
    String iso = String.format(Locale.ROOT, "%sT%02d:%02d:00Z", day, minute / 60, minute % 60);
    String slug = slug(a.title);
    String id = Integer.toString(100000 + index);
    String url;
    switch (site.urlStyle()) {
      case "date":
        url = String.format(Locale.ROOT, "https://%s/%d/%02d/%02d/%s.html", site.domain(), day.getYear(),
            day.getMonthValue(), day.getDayOfMonth(), slug);
        break;
      case "id":
        url = "https://" + site.domain() + "/news/" + id + "-" + slug;
        break;
      default:
        url = "https://" + site.domain() + "/local/" + slug + "-" + id;
    }
    boolean entities = site.layout().equals("post");
    StringBuilder body = new StringBuilder();
    for (String p : a.paragraphs) {
      body.append("      <p>").append(html(p, entities)).append("</p>\n");
    }
    String byline = world.reporters.get(Math.floorMod(index * 7 + siteIndex, world.reporters.size()));
    String page = world.layouts.get(site.layout())
        .replace("{{title_json}}", a.title.replace("\\", "\\\\").replace("\"", "\\\""))
        .replace("{{title}}", html(a.title, false))
        .replace("{{site}}", site.name())
        .replace("{{url}}", url)
        .replace("{{iso}}", iso)
        .replace("{{human}}", day.format(HUMAN))
        .replace("{{byline_slug}}", slug(byline))
        .replace("{{byline}}", byline)
        .replace("{{related}}", related(index))
        .replace("{{body}}", body.toString().stripTrailing());
    Path dir = articles.resolve(String.format(Locale.ROOT, "%d/%02d/%02d", day.getYear(), day.getMonthValue(),
        day.getDayOfMonth()));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(String.format(Locale.ROOT, "%s-%07d%s.html", site.key(), index, suffix)), page,
        StandardCharsets.UTF_8);
  }

  private static final String[] RELATED = {
    "Ferry timetable changes from Monday", "Market hall reopens after refit", "Parents warned over school places",
    "Bridge repairs finish ahead of schedule", "Five things to watch in the budget", "Library hours extended"
  };

  private static String related(int index) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      String t = RELATED[(index + k * 2) % RELATED.length];
      LocalDate d = LocalDate.of(2016 + (index + k) % 5, 1 + (index * 3 + k) % 12, 1 + (index + k * 5) % 28);
      b.append("        <li><a href=\"/news/").append(slug(t)).append("\">").append(t).append("</a> <time datetime=\"")
          .append(d).append("T09:00:00Z\">").append(d.format(HUMAN)).append("</time></li>\n");
    }
    return b.toString().stripTrailing();
  }

  private static String html(String s, boolean entities) {
    String e = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return entities ? e.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;").replace("'", "&rsquo;") : e;
  }

  static String slug(String s) {
    String x = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return x.replaceAll("^-|-$", "");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Planted truth lines of a corpus (for tests and the evaluation). */
  static List<String> truthLines(Path corpus) throws IOException {
    return Files.readAllLines(corpus.resolve("truth.jsonl"), StandardCharsets.UTF_8);
  }
}
