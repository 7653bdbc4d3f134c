package dev.quotebeam.stance;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores {@link StanceScorer} on the stance corpora in {@code ../shared/corpora/stance} (Emergent train, SemEval-2016
 * Task 6 trial + train, VAST dev) and prints accuracy, per-class F1, macro-F1, F_avg and the confusion matrix.
 *
 * <p>Each item's target is configured from its target text only: terms are the target's content words, no
 * article terms, no cues. A statement that does not concern the target counts as neutral. Run: {@code java -cp
 * target/classes:target/test-classes:<deps> dev.quotebeam.stance.StanceEval [corpusDir [errorsToShow
 * [threshold]]]} (commons-csv 1.12 needs commons-io 2.17 or later first on the class path).
 *
 * <p>Results with the default threshold 0.1 (dev/train splits; the test splits are held out):
 *
 * <pre>
 * set                        n     accuracy  macro-F1  F_avg
 * emergent train          2071       0.439     0.411  0.336
 * semeval2016 trial+train 2914       0.311     0.226  0.116
 * vast dev                2062       0.564     0.531  0.443
 * </pre>
 *
 * <p>Low recall on SemEval comes from the concern rule: most tweets never name their target ("Atheism").
 */
public final class StanceEval {
  private static final List<String> LABELS =
      List.of(StatementStance.SUPPORT, StatementStance.OPPOSE, StatementStance.NEUTRAL);
  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "for", "to", "from", "and", "or", "is", "are", "was", "were", "be",
          "will", "has", "have", "had", "by", "with", "at", "as", "it", "its", "that", "this", "after", "into",
          "over", "his", "her", "their", "he", "she", "they", "real", "been", "not", "about", "us", "s");

  private record Item(String target, String text, String gold) {}

  private StanceEval() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpora/stance");
    // second argument: misclassified items to print per set, with their cues
    int showErrors = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    // third argument: the scorer's threshold
    double threshold = args.length > 2 ? Double.parseDouble(args[2]) : StanceScorer.DEFAULT_THRESHOLD;
    report("emergent (train)", emergent(dir.resolve("emergent/url-versions-2015-06-14-clean-train.csv.gz")), showErrors, threshold, true);
    List<Item> semeval = new ArrayList<>(semeval(dir.resolve("semeval2016-task6/trialdata-all-annotations.txt")));
    semeval.addAll(semeval(dir.resolve("semeval2016-task6/trainingdata-all-annotations.txt.gz")));
    report("semeval2016-task6 (trial+train)", semeval, showErrors, threshold, false);
    report("vast (dev)", vast(dir.resolve("vast/vast_dev.csv.gz")), showErrors, threshold, false);
  }

  private static Reader open(Path p) throws IOException {
    InputStream in = Files.newInputStream(p);
    if (p.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static List<Item> emergent(Path p) throws IOException {
    List<Item> out = new ArrayList<>();
    try (Reader r = open(p)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).build().parse(r)) {
        String label = rec.get("articleHeadlineStance");
        String gold = label.equals("for") ? "support" : label.equals("against") ? "oppose" : "neutral";
        out.add(new Item(rec.get("claimHeadline"), rec.get("articleHeadline"), gold));
      }
    }
    return out;
  }

  private static List<Item> semeval(Path p) throws IOException {
    List<Item> out = new ArrayList<>();
    try (Reader r = open(p)) {
      CSVFormat tsv =
          CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).setIgnoreSurroundingSpaces(true).build();
      for (CSVRecord rec : tsv.parse(r)) {
        String label = rec.get("Stance");
        String gold = label.equals("FAVOR") ? "support" : label.equals("AGAINST") ? "oppose" : "neutral";
        out.add(new Item(rec.get("Target"), rec.get("Tweet").replace("#SemST", ""), gold));
      }
    }
    return out;
  }

  private static List<Item> vast(Path p) throws IOException {
    List<Item> out = new ArrayList<>();
    try (Reader r = open(p)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).build().parse(r)) {
        String label = rec.get("Stance");
        String gold = label.equals("1") ? "support" : label.equals("0") ? "oppose" : "neutral";
        out.add(new Item(rec.get("Target"), rec.get("Tweet"), gold));
      }
    }
    return out;
  }

  private static StanceTarget target(String text) {
    List<String> terms = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !STOPWORDS.contains(w) && !terms.contains(w)) {
        terms.add(w);
      }
    }
    return new StanceTarget("t", text, "", terms, List.of(), List.of(), List.of());
  }

  private static StatementStance predict(Map<String, Object> scorers, Item item, double threshold, boolean claim) {
    Object scorer =
        scorers.computeIfAbsent(
            item.target(),
            t -> claim ? new ClaimStanceScorer(List.of(target(t))) : new StanceScorer(List.of(target(t)), threshold));
    Article article =
        Article.builder().setArticleId("a").setInputPath("eval").setParagraphs(List.of(item.text())).build();
    Statement s =
        Statement.builder()
            .setStatementId("s")
            .setArticleId("a")
            .setKind(Statement.DIRECT)
            .setText(item.text())
            .setContext(item.text())
            .setParagraph(0)
            .setCharStart(0)
            .setCharEnd(item.text().length())
            .build();
    List<StatementStance> out =
        scorer instanceof ClaimStanceScorer c ? c.score(List.of(s)) : ((StanceScorer) scorer).score(article, List.of(s));
    return out.isEmpty() ? null : out.get(0);
  }

  private static void report(String name, List<Item> items, int showErrors, double threshold, boolean claim) {
    Map<String, Object> scorers = new LinkedHashMap<>();
    int[][] confusion = new int[3][3];
    int correct = 0;
    int shown = 0;
    for (Item item : items) {
      StatementStance stance = predict(scorers, item, threshold, claim);
      String predicted = stance == null ? StatementStance.NEUTRAL : stance.getStance();
      if (!predicted.equals(item.gold()) && stance != null && shown++ < showErrors) {
        System.out.printf("  ERR gold=%s got=%s %s | %s | %s%n", item.gold(), predicted, stance.getCues(), item.target(),
            item.text().replace('\n', ' '));
      }
      confusion[LABELS.indexOf(item.gold())][LABELS.indexOf(predicted)]++;
      correct += predicted.equals(item.gold()) ? 1 : 0;
    }
    double[] f1 = new double[3];
    StringBuilder perClass = new StringBuilder();
    for (int c = 0; c < 3; c++) {
      int tp = confusion[c][c];
      int predicted = 0;
      int gold = 0;
      for (int o = 0; o < 3; o++) {
        predicted += confusion[o][c];
        gold += confusion[c][o];
      }
      double p = predicted == 0 ? 0 : (double) tp / predicted;
      double r = gold == 0 ? 0 : (double) tp / gold;
      f1[c] = p + r == 0 ? 0 : 2 * p * r / (p + r);
      perClass.append(String.format(Locale.ROOT, "  %-8s P %.3f R %.3f F1 %.3f (gold %d)%n", LABELS.get(c), p, r, f1[c], gold));
    }
    System.out.printf(
        Locale.ROOT,
        "%s: n=%d accuracy %.3f macro-F1 %.3f F_avg(support,oppose) %.3f%n%s",
        name, items.size(), (double) correct / items.size(), (f1[0] + f1[1] + f1[2]) / 3, (f1[0] + f1[1]) / 2,
        perClass);
    System.out.println("  confusion (rows gold, cols predicted: support oppose neutral)");
    for (int c = 0; c < 3; c++) {
      System.out.printf(Locale.ROOT, "  %-8s %5d %5d %5d%n", LABELS.get(c), confusion[c][0], confusion[c][1], confusion[c][2]);
    }
  }
}
