package dev.quotebeam.clean;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.RejectedException;
import dev.quotebeam.eval.EvalReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link ArticleCleaner} on the public corpora under {@code shared/corpora/html}: article-body shingle
 * P/R/F1 on scrapinghub-aeb (the upstream evaluate.py metric, re-implemented), publication-day accuracy on
 * htmldate-eval (upstream's TP/FP/FN rules, no URL given, as upstream does) and title agreement on
 * readability-test-pages.
 *
 * <p>Pages the cleaner rejects as {@code no_article_text} are scored on the metadata it reports in the reject
 * ({@link ArticleCleaner.NoArticleText#metadata()}, also written into the rejects row's detail): Readability and
 * htmldate give a title and a date for every page, whether or not it holds an article, and the job reports them
 * for such a page too, so the title and date scores compare what each tool outputs for the page. A page rejected for
 * any other reason scores as a miss. The body scores are unchanged: a rejected page has no body.
 *
 * <p>Usage: {@code CleaningEval <corpora/html dir> [aeb|dates|titles|all] [-v]}; prints one table per corpus.
 */
public final class CleaningEval {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final ArticleCleaner CLEANER = ArticleCleaner.withDefaults();

  private CleaningEval() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpora/html");
    String which = args.length > 1 ? args[1] : "all";
    boolean verbose = args.length > 2 && args[2].equals("-v");
    EvalReport report = new EvalReport("cleaning");
    if (which.equals("aeb") || which.equals("all")) {
      aeb(root.resolve("scrapinghub-aeb"), verbose, report);
    }
    if (which.equals("dates") || which.equals("all")) {
      dates(root.resolve("htmldate-eval"), verbose, report);
    }
    if (which.equals("titles") || which.equals("all")) {
      titles(root.resolve("readability-test-pages"), verbose, report);
    }
    report.print(System.out, false);
  }

  @SuppressWarnings("unchecked")
  public static void aeb(Path dir, boolean verbose, EvalReport report) throws IOException {
    Map<String, Object> truth = (Map<String, Object>) MiniJson.parse(Files.readString(dir.resolve("ground-truth.json")));
    double pSum = 0;
    double rSum = 0;
    int pN = 0;
    int rN = 0;
    int exact = 0;
    int rejected = 0;
    for (Map.Entry<String, Object> e : new TreeMap<>(truth).entrySet()) {
      Map<String, Object> gold = (Map<String, Object>) e.getValue();
      String goldText = (String) gold.get("articleBody");
      RawDocument doc =
          RawDocument.builder()
              .setInputPath(e.getKey())
              .setUrl((String) gold.get("url"))
              .setContent(gunzip(dir.resolve("html").resolve(e.getKey() + ".html.gz")))
              .build();
      String predicted = "";
      try {
        predicted = CLEANER.clean(doc).text();
      } catch (RejectedException ex) {
        rejected++;
        if (verbose) {
          System.out.println("REJECT " + e.getKey() + " " + ex.reason() + " " + ex.detail());
        }
      }
      double[] tpFpFn = shingles(goldText, predicted);
      double p = tpFpFn[0] + tpFpFn[1] > 0 ? tpFpFn[0] / (tpFpFn[0] + tpFpFn[1]) : Double.NaN;
      double r = tpFpFn[0] + tpFpFn[2] > 0 ? tpFpFn[0] / (tpFpFn[0] + tpFpFn[2]) : Double.NaN;
      if (tokens(goldText).isEmpty() && tokens(predicted).isEmpty()) {
        p = 1;
        r = 1;
      }
      if (!Double.isNaN(p)) {
        pSum += p;
        pN++;
      }
      if (!Double.isNaN(r)) {
        rSum += r;
        rN++;
      }
      if (tokens(goldText).equals(tokens(predicted))) {
        exact++;
      }
      if (verbose) {
        System.out.printf(Locale.ROOT, "%s P=%.3f R=%.3f %s%n", e.getKey().substring(0, 12), p, r, gold.get("url"));
      }
    }
    double precision = pSum / pN;
    double recall = rSum / rN;
    System.out.printf(
        Locale.ROOT,
        "scrapinghub-aeb: docs=%d rejected=%d precision=%.3f recall=%.3f F1=%.3f accuracy=%.3f%n",
        truth.size(), rejected, precision, recall, 2 * precision * recall / (precision + recall),
        (double) exact / truth.size());
    report
        .put("body_precision", precision)
        .put("body_recall", recall)
        .put("body_f1", 2 * precision * recall / (precision + recall))
        .put("body_pages", truth.size())
        .put("body_rejected", rejected)
        .peer("scrapinghub-aeb", "trafilatura", "F1", "0.958")
        .peer("scrapinghub-aeb", "newspaper4k", "F1", "0.949")
        .peer("scrapinghub-aeb", "Readability.js", "F1", "0.947")
        .peer("scrapinghub-aeb", "boilerpipe", "F1", "0.860");
  }

  /** Upstream shingle matching: 4-gram multisets, (tp, fp, fn) normalised by their sum. */
  static double[] shingles(String gold, String predicted) {
    Map<List<String>, Integer> g = ngrams(tokens(gold));
    Map<List<String>, Integer> p = ngrams(tokens(predicted));
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Map<List<String>, Integer> all = new HashMap<>(g);
    p.forEach((k, v) -> all.putIfAbsent(k, 0));
    for (List<String> key : all.keySet()) {
      int gc = g.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    double s = tp + fp + fn;
    return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
      if (!shingle.isEmpty()) {
        out.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return out;
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  public static void dates(Path dir, boolean verbose, EvalReport report) throws IOException {
    for (String set : List.of("eval_default.json", "eval_mediacloud_2020.json")) {
      if (!Files.exists(dir.resolve(set))) {
        continue;
      }
      Map<String, Object> truth = (Map<String, Object>) MiniJson.parse(Files.readString(dir.resolve(set)));
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      Map<String, Integer> bases = new TreeMap<>();
      int[] right = new int[2];
      int[] seen = new int[2];
      int index = 0;
      for (Map.Entry<String, Object> e : new TreeMap<>(truth).entrySet()) {
        int half = index++ % 2; // 0 = tuning half (even positions in URL order), 1 = held-out half
        Map<String, Object> gold = (Map<String, Object>) e.getValue();
        String file = (String) gold.get("file");
        String goldDate = (String) gold.get("date");
        if ("NaN".equals(goldDate)) {
          goldDate = null;
        }
        Path path = null;
        for (String sub : List.of("test_set", "cache", "eval")) {
          Path candidate = dir.resolve(sub).resolve(file + ".gz");
          if (Files.exists(candidate)) {
            path = candidate;
            break;
          }
        }
        String found = null;
        String foundAt = null;
        String basis = "missing";
        if (path != null) {
          RawDocument doc = RawDocument.builder().setInputPath(file).setContent(gunzip(path)).build();
          try {
            Article a = CLEANER.clean(doc);
            foundAt = a.getPublishedAt();
            basis = a.getPublishedBasis();
          } catch (ArticleCleaner.NoArticleText ex) {
            foundAt = ex.metadata().publishedAt();
            basis = "reject:" + ex.reason() + ":" + ex.metadata().publishedBasis();
          } catch (RejectedException ex) {
            basis = "reject:" + ex.reason();
          }
          found = foundAt == null || foundAt.length() < 10 ? null : foundAt.substring(0, 10);
        }
        String outcome;
        if (found == null) {
          outcome = "FN";
          if (goldDate == null) {
            tn++;
          } else {
            fn++;
          }
        } else if (found.equals(goldDate)) {
          outcome = "TP";
          tp++;
        } else {
          outcome = "FP";
          fp++;
        }
        bases.merge(basis + ":" + outcome, 1, Integer::sum);
        seen[half]++;
        right[half] += outcome.equals("TP") || goldDate == null && found == null ? 1 : 0;
        if (verbose && !outcome.equals("TP")) {
          System.out.println((half == 0 ? "tune " : "held ") + outcome + " " + basis + " gold=" + goldDate
              + " found=" + found + " " + file + " at=" + foundAt);
        }
      }
      int all = truth.size();
      System.out.printf(
          Locale.ROOT,
          "htmldate %s: n=%d TP=%d FP=%d FN=%d precision=%.3f recall=%.3f accuracy=%.3f F=%.3f%n  by basis: %s%n",
          set, all, tp, fp, fn, tp / (double) (tp + fp), tp / (double) (tp + fn), (tp + tn) / (double) all,
          2.0 * tp / (2 * tp + fp + fn), bases);
      System.out.printf(Locale.ROOT, "  accuracy on the tuning half (even positions in URL order) %.3f (n=%d),"
          + " held-out half %.3f (n=%d)%n", right[0] / (double) seen[0], seen[0], right[1] / (double) seen[1], seen[1]);
      String name = set.startsWith("eval_default") ? "date_accuracy_default" : "date_accuracy_mediacloud";
      report.put(name, (tp + tn) / (double) all);
    }
    report
        .peer("htmldate-eval", "htmldate extensive", "accuracy", "0.903")
        .peer("htmldate-eval", "htmldate fast", "accuracy", "0.861")
        .peer("htmldate-eval", "newspaper4k", "accuracy", "0.680");
  }

  @SuppressWarnings("unchecked")
  public static void titles(Path dir, boolean verbose, EvalReport report) throws IOException {
    int withTitle = 0;
    int titleOk = 0;
    int titlePrefix = 0;
    Pattern bylineBy = Pattern.compile("(?i)^by\\s+");
    int withByline = 0;
    int agreedNonArticles = 0;
    int articleOk = 0;
    int articleNear = 0;
    int bylineOk = 0;
    int bylineNear = 0;
    int spuriousByline = 0;
    double pSum = 0;
    double rSum = 0;
    int n = 0;
    List<Path> cases;
    try (var s = Files.list(dir.resolve("pages"))) {
      cases = s.sorted().toList();
    }
    for (Path c : cases) {
      Map<String, Object> meta = (Map<String, Object>) MiniJson.parse(Files.readString(c.resolve("expected-metadata.json")));
      String goldTitle = (String) meta.get("title");
      RawDocument doc =
          RawDocument.builder()
              .setInputPath(c.getFileName().toString())
              .setUrl("http://fakehost/test/page.html")
              .setContent(gunzip(c.resolve("source.html.gz")))
              .build();
      String expected = org.jsoup.Jsoup.parse(new String(gunzip(c.resolve("expected.html.gz")), StandardCharsets.UTF_8)).text();
      Article a = null;
      boolean titled = false; // whether the cleaner reported the page's metadata, in an article or a reject
      String gotTitle = null;
      try {
        a = CLEANER.clean(doc);
        titled = true;
        gotTitle = a.getTitle();
      } catch (ArticleCleaner.NoArticleText ex) {
        titled = true;
        gotTitle = ex.metadata().title();
        if (verbose) {
          System.out.println("REJECT " + c.getFileName() + " " + ex.reason() + " title=[" + gotTitle + "]");
        }
      } catch (RejectedException ex) {
        if (verbose) {
          System.out.println("REJECT " + c.getFileName() + " " + ex.reason());
        }
      }
      if (goldTitle != null) {
        withTitle++;
        String goldKey = ContentExtractor.key(goldTitle);
        // Readability writes "" when a page has no title; a reported page without a title agrees with that.
        boolean untitled = goldKey.isEmpty() && titled && (gotTitle == null || gotTitle.isBlank());
        boolean ok = untitled || gotTitle != null && ContentExtractor.key(gotTitle).equals(goldKey);
        titleOk += ok ? 1 : 0;
        String gotKey = gotTitle == null ? "" : ContentExtractor.key(gotTitle);
        boolean titleNear = untitled
            || !gotKey.isEmpty() && goldKey.startsWith(gotKey) && gotKey.length() * 2 >= goldKey.length();
        titlePrefix += titleNear ? 1 : 0;
        if (a == null && "false".equals(meta.get("readerable"))) {
          agreedNonArticles++; // Readability's own check and the cleaner agree: no article on the page
        } else {
          articleOk += ok ? 1 : 0;
          articleNear += titleNear ? 1 : 0;
        }
        if (verbose && !ok) {
          System.out.println("TITLE " + (titleNear ? "near " : "miss ") + c.getFileName() + " gold=[" + goldTitle + "] got=[" + gotTitle + "]");
        }
      }
      String goldByline = (String) meta.get("byline");
      String gotByline = a == null ? null : a.getByline();
      if (goldByline != null && !ContentExtractor.key(goldByline).isEmpty()) {
        withByline++;
        String goldKey = ContentExtractor.key(bylineBy.matcher(goldByline.strip()).replaceFirst(""));
        String gotKey = gotByline == null ? "" : ContentExtractor.key(bylineBy.matcher(gotByline.strip()).replaceFirst(""));
        boolean exactByline = gotKey.equals(goldKey);
        // Normalised: one contains the other and covers at least half of it ("Jo Roe" inside "Jo Roe, Staff Writer").
        boolean nearByline = !gotKey.isEmpty() && (goldKey.contains(gotKey) || gotKey.contains(goldKey))
            && Math.min(gotKey.length(), goldKey.length()) * 2 >= Math.max(gotKey.length(), goldKey.length());
        bylineOk += exactByline ? 1 : 0;
        bylineNear += nearByline ? 1 : 0;
        if (verbose && !exactByline) {
          System.out.println("BYLINE " + (nearByline ? "near " : "miss ") + c.getFileName() + " gold=[" + goldByline
              + "] got=[" + gotByline + "]");
        }
      } else if (gotByline != null) {
        spuriousByline++;
        if (verbose) {
          System.out.println("BYLINE spurious " + c.getFileName() + " got=[" + gotByline + "]");
        }
      }
      double[] t = shingles(expected, a == null ? "" : a.text());
      if (t[0] + t[1] > 0) {
        pSum += t[0] / (t[0] + t[1]);
      }
      rSum += t[0] + t[2] > 0 ? t[0] / (t[0] + t[2]) : 1;
      n++;
    }
    double p = pSum / n;
    double r = rSum / n;
    System.out.printf(
        Locale.ROOT,
        "readability-test-pages: cases=%d title exact=%d/%d (%.3f), same up to a stripped site suffix=%.3f;"
            + " body agreement P=%.3f R=%.3f F1=%.3f%n",
        n, titleOk, withTitle, titleOk / (double) withTitle, titlePrefix / (double) withTitle, p, r, 2 * p * r / (p + r));
    int articles = withTitle - agreedNonArticles;
    System.out.printf(
        Locale.ROOT,
        "readability-test-pages: without the %d pages rejected as no article that Readability also marks"
            + " readerable=false: title exact=%d/%d (%.3f), same up to a stripped site suffix=%.3f%n",
        agreedNonArticles, articleOk, articles, articleOk / (double) articles, articleNear / (double) articles);
    System.out.printf(
        Locale.ROOT,
        "readability-test-pages: byline exact=%d/%d (%.3f), normalised=%.3f, bylines where Readability has none=%d%n",
        bylineOk, withByline, bylineOk / (double) withByline, bylineNear / (double) withByline, spuriousByline);
    report
        .put("title_exact", titleOk / (double) withTitle)
        .put("title_normalised", titlePrefix / (double) withTitle)
        .put("title_exact_articles", articleOk / (double) articles)
        .put("title_normalised_articles", articleNear / (double) articles)
        .put("byline_exact", bylineOk / (double) withByline)
        .put("byline_normalised", bylineNear / (double) withByline)
        .put("readability_body_f1", 2 * p * r / (p + r));
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }
}
