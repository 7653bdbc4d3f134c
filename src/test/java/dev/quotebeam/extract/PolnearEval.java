package dev.quotebeam.extract;

import dev.quotebeam.attribute.SpeakerResolver;
import dev.quotebeam.eval.EvalReport;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Scores the extractor and resolver on a PolNeAR split (brat standoff); a main, not a unit test.
 *
 * <p>Usage: {@code PolnearEval <polnear dir> <split> [verbose|parts]} ({@code verbose} lists misses and matches
 * (TP), the quoted ones prefixed Q, and FN~ for a miss that a prediction overlaps too little, followed by that prediction). Articles are the text split on blank
 * lines (so offsets equal the .txt offsets); per article the annotation of the lowest annotator id is used. A prediction
 * matches a gold content when their word characters overlap by at least half of each (greedy one-to-one), or
 * exactly when they hold the same word characters (equal spans after trimming marks; gold contents may be
 * discontinuous, and a prediction's are the parts its text joins across an attribution, {@link #contentChars}). The parts of a split quote are
 * joined into one prediction, as PolNeAR annotates them as one discontinuous content ({@link #isSplitPart});
 * {@code parts} scores them separately. "Quoted" restricts gold to contents holding a quotation mark (" “ ” or the
 * doubled '' of the NYT texts) and predictions to DIRECT/PARTIAL. Speaker: on matched pairs, the predicted mention
 * overlaps the gold Source span ("span") or, allowing resolution, the resolved name shares a capitalised word with
 * the gold Source text or the mention does, or the gold Source is a relative pronoun (who/which/that) and the
 * mention is its antecedent right before it ("resolved"; the line also shows the rate without that last rule, and,
 * as a diagnostic, the rate on the matches whose gold has a Source). A gold content with no Source (PolNeAR's
 * Attribution-no-source: "seems", "reportedly", an asker-less "asked") is a right speaker only when the prediction
 * names none, as the product leaves unattributable statements without one. Cue: the distinct cue spans of the predictions (the
 * statement's cue text located nearest its content, see {@link #cueSpan}) against the distinct gold Cue spans, exact
 * (same span) and overlap (word characters overlapping by at least half of each, greedy one-to-one).
 */
public final class PolnearEval {
  private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("who", "which", "that");
  private record Gold(int start, int end, BitSet chars, String content, int srcStart, int srcEnd, String source,
      String cue, BitSet cueChars, boolean quoted) {}

  private record Pred(Statement s, int mentionStart, int mentionEnd, BitSet chars) {}

  /**
   * With this system property set to a file name, {@link #run} writes the scored predictions there, one per line, for
   * scripts that try a change against the gold before it is built: article, cue start and end (-1 when the scorer
   * finds no cue span), statement start and end, kind, cue, text, speaker text, relation, paragraph, the word ranges
   * the scorer compares ({@code start-end,} pairs, split parts merged) and extraction. Tabs and line breaks in text
   * fields become spaces.
   */
  static final String PREDICTIONS_PROPERTY = "quotebeam.polnear.predictions";

  public static void main(String[] args) throws IOException {
    EvalReport report = new EvalReport("quotes");
    run(Path.of(args[0]), args[1], !(args.length > 2 && args[2].equals("parts")),
        args.length > 2 && args[2].equals("verbose"), report);
    report.print(System.out, false);
  }

  /**
   * Scores {@code dir/split} (brat standoff, PolNeAR layout) into {@code report}: content P/R/F1 with exact and
   * >= 50 % overlap matching for all relations and for quote-marked ones, and speaker accuracy on matched contents.
   * With {@code merge}, consecutive parts of one split quote count as one prediction, as PolNeAR's gold does.
   */
  public static void run(Path dir, String split, boolean merge, boolean verbose, EvalReport report) throws IOException {
    QuoteExtractor extractor = QuoteExtractor.withDefaults();
    SpeakerResolver resolver = SpeakerResolver.withDefaults();
    Map<String, Path> annotations = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve(split).resolve("attributions"))) {
      files.sorted().forEach(p -> {
        String name = p.getFileName().toString().replace(".ann.gz", "");
        annotations.putIfAbsent(name.substring(0, name.lastIndexOf('_')), p);
      });
    }
    int[] all = new int[9];
    int[] quoted = new int[9];
    int[] cue = new int[4];
    long nanos = 0;
    int articles = 0;
    String predictionsFile = System.getProperty(PREDICTIONS_PROPERTY);
    PrintWriter predictions = predictionsFile == null ? null
        : new PrintWriter(Files.newBufferedWriter(Path.of(predictionsFile), StandardCharsets.UTF_8));
    try {
      for (Map.Entry<String, Path> e : annotations.entrySet()) {
        String text = read(dir.resolve(split).resolve("text").resolve(e.getKey() + ".txt.gz"));
        List<Gold> gold = parse(read(e.getValue()), text);
        Article article = Article.builder().setArticleId(e.getKey()).setInputPath(e.getKey())
            .setParagraphs(Arrays.asList(text.split("\n\n", -1))).build();
        long t0 = System.nanoTime();
        List<Statement> statements = resolver.resolve(article, extractor.extract(article));
        nanos += System.nanoTime() - t0;
        articles++;
        List<Pred> preds = new ArrayList<>();
        for (Statement s : statements) {
          int[] m = mention(text, s);
          BitSet chars = contentChars(text, s);
          Pred last = preds.isEmpty() ? null : preds.get(preds.size() - 1);
          if (merge && last != null && isSplitPart(text, last.s(), s)) {
            last.chars().or(chars);
          } else {
            preds.add(new Pred(s, m[0], m[1], chars));
          }
        }
        if (predictions != null) {
          writePredictions(predictions, e.getKey(), text, preds);
        }
        score(text, gold, preds, all, false, verbose ? e.getKey() : null);
        scoreCues(text, gold, statements, cue);
        score(text, gold, preds, quoted, true, verbose ? e.getKey() : null);
      }
    } finally {
      if (predictions != null) {
        predictions.close();
      }
    }
    if (predictions != null && predictions.checkError()) {
      throw new IOException("could not write " + predictionsFile);
    }
    report("all relations", all);
    report("quoted", quoted);
    reportCues(cue);
    System.out.printf(Locale.ROOT, "articles %d, %.0f articles/s (one core, extract+resolve)%n", articles,
        articles / (nanos / 1e9));
    record(report, "quoted", quoted);
    record(report, "all", all);
    double cp = cue[2] / (double) Math.max(1, cue[0]);
    double cr = cue[2] / (double) Math.max(1, cue[1]);
    double cpe = cue[3] / (double) Math.max(1, cue[0]);
    double cre = cue[3] / (double) Math.max(1, cue[1]);
    report.put("cue_f1_overlap", f1(cp, cr)).put("cue_f1_exact", f1(cpe, cre));
    report.note("quotes_split", split + " (" + articles + " articles)");
    report
        .peer("PARC 3.0", "citron", "content F1 (overlap)", "0.833")
        .peer("PARC 3.0", "citron", "source accuracy", "0.853")
        .peer("Gender Gap Tracker set", "GGT quote extractor", "quote F1 (>=30% overlap)", "0.837")
        .peer("Gender Gap Tracker set", "GGT quote extractor", "speaker accuracy", "0.86");
  }

  private static void record(EvalReport report, String label, int[] a) {
    double p = a[2] / (double) Math.max(1, a[0]);
    double r = a[2] / (double) Math.max(1, a[1]);
    double pe = a[3] / (double) Math.max(1, a[0]);
    double re = a[3] / (double) Math.max(1, a[1]);
    report
        .put("content_precision_overlap_" + label, p)
        .put("content_recall_overlap_" + label, r)
        .put("content_f1_overlap_" + label, f1(p, r))
        .put("content_f1_exact_" + label, f1(pe, re))
        .put("speaker_accuracy_" + label, a[5] / (double) Math.max(1, a[2]));
  }

  private static void score(String text, List<Gold> gold, List<Pred> preds, int[] acc, boolean quotedOnly,
      String verboseName) {
    List<Gold> g = new ArrayList<>();
    for (Gold x : gold) {
      if (!quotedOnly || x.quoted()) {
        g.add(x);
      }
    }
    List<Pred> p = new ArrayList<>();
    for (Pred x : preds) {
      if (!quotedOnly || !Statement.INDIRECT.equals(x.s().getKind())) {
        p.add(x);
      }
    }
    boolean[] used = new boolean[g.size()];
    acc[0] += p.size();
    acc[1] += g.size();
    for (Pred x : p) {
      int best = -1;
      double bestScore = 0;
      int bestExact = -1;
      for (int i = 0; i < g.size(); i++) {
        if (used[i]) {
          continue;
        }
        double[] o = overlap(text, x.chars(), g.get(i).chars());
        if (o[0] >= 0.5 && o[1] >= 0.5 && o[0] + o[1] > bestScore) {
          best = i;
          bestScore = o[0] + o[1];
        }
      }
      if (best < 0) {
        if (verboseName != null) {
          System.out.printf("%sFP %s [%s %s] %s | %s%n", quotedOnly ? "Q" : "", verboseName, x.s().getKind(), x.s().getCue(),
              x.s().getSpeakerText(), x.s().getText());
        }
        continue;
      }
      used[best] = true;
      Gold m = g.get(best);
      if (verboseName != null) {
        System.out.printf("%sTP %s [%s %s] %s | %s%n", quotedOnly ? "Q" : "", verboseName, x.s().getKind(),
            x.s().getCue(), x.s().getSpeakerText(), x.s().getText());
      }
      acc[2]++;
      if (sameWords(text, x.chars(), m.chars())) {
        acc[3]++;
      }
      // an unattributable content (no gold Source: "The plan appears to work") is right with no speaker at all
      boolean unsourced = m.source() == null && x.mentionStart() < 0 && x.s().getSpeakerText() == null;
      boolean span = unsourced || x.mentionStart() >= 0 && m.srcStart() >= 0 && x.mentionStart() < m.srcEnd()
          && m.srcStart() < x.mentionEnd();
      boolean named = span || sharesName(x.s().getSpeakerName(), m.source())
          || sharesName(x.s().getSpeakerText(), m.source());
      boolean resolved = named || namesAntecedent(text, x, m);
      acc[4] += span ? 1 : 0;
      acc[5] += resolved ? 1 : 0;
      acc[6] += named ? 1 : 0;
      acc[7] += m.source() != null ? 1 : 0;
      acc[8] += m.source() != null && resolved ? 1 : 0;
      if (verboseName != null && !span) {
        System.out.printf("%sSPK %s pred=%s/%s gold=%s | %s%n", quotedOnly ? "Q" : "", verboseName, x.s().getSpeakerText(),
            x.s().getSpeakerName(), m.source(), x.s().getText());
      }
    }
    if (verboseName != null) {
      for (int i = 0; i < g.size(); i++) {
        if (!used[i]) {
          Pred touched = null;
          for (Pred x : preds) {
            touched = touched == null && x.chars().intersects(g.get(i).chars()) ? x : touched;
          }
          System.out.printf("%sFN%s %s [%s] %s | %s%s%n", quotedOnly ? "Q" : "", touched != null ? "~" : "", verboseName,
              g.get(i).cue(), g.get(i).source(), g.get(i).content(),
              touched == null ? "" : "\n    ~ [" + touched.s().getKind() + " " + touched.s().getCue() + "] "
                  + text.substring(touched.chars().nextSetBit(0), touched.chars().length()));
        }
      }
    }
  }

  /**
   * True when {@code b} continues split quote {@code a}: both DIRECT, same cue and speaker mention, and only the
   * attribution between them ({@code “…,” he said, “…”}; no line break, no other quote). PolNeAR annotates such a quote as one discontinuous content,
   * the product as one statement per part, so the eval joins the parts.
   */
  private static boolean isSplitPart(String text, Statement a, Statement b) {
    return Statement.DIRECT.equals(a.getKind()) && Statement.DIRECT.equals(b.getKind()) && a.getCue() != null
        && a.getCue().equals(b.getCue()) && java.util.Objects.equals(a.getSpeakerText(), b.getSpeakerText())
        && b.getCharStart() > a.getCharEnd() && b.getCharStart() - a.getCharEnd() < 120
        && text.substring(a.getCharEnd(), b.getCharStart()).contains(a.getCue())
        && !text.substring(a.getCharEnd(), b.getCharStart()).contains("\n")
        && text.substring(a.getCharEnd(), b.getCharStart()).replaceAll("[^\"“”]", "").length() <= 2;
  }

  private static void writePredictions(PrintWriter out, String article, String text, List<Pred> preds) {
    for (Pred x : preds) {
      StringBuilder ranges = new StringBuilder();
      for (int b = x.chars().nextSetBit(0); b >= 0; b = x.chars().nextSetBit(x.chars().nextClearBit(b))) {
        ranges.append(b).append('-').append(x.chars().nextClearBit(b)).append(',');
      }
      int[] c = cueSpan(text, x.s());
      out.println(String.join("\t", article, String.valueOf(c == null ? -1 : c[0]),
          String.valueOf(c == null ? -1 : c[1]), String.valueOf(x.s().getCharStart()),
          String.valueOf(x.s().getCharEnd()), x.s().getKind(), oneLine(String.valueOf(x.s().getCue())),
          oneLine(x.s().getText()), oneLine(String.valueOf(x.s().getSpeakerText())), x.s().getRelation(),
          String.valueOf(x.s().getParagraph()), ranges, x.s().getExtraction()));
    }
  }

  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** Adds to {@code acc} predicted cues, gold cues, overlap matches and exact matches. */
  private static void scoreCues(String text, List<Gold> gold, List<Statement> statements, int[] acc) {
    Map<String, BitSet> goldCues = new TreeMap<>();
    for (Gold g : gold) {
      if (g.cueChars() != null) {
        goldCues.putIfAbsent(g.cueChars().toString(), g.cueChars());
      }
    }
    Map<String, BitSet> predCues = new TreeMap<>();
    for (Statement s : statements) {
      int[] c = cueSpan(text, s);
      if (c != null) {
        BitSet bits = new BitSet();
        bits.set(c[0], c[1]);
        predCues.putIfAbsent(bits.toString(), bits);
      }
    }
    List<BitSet> g = new ArrayList<>(goldCues.values());
    boolean[] used = new boolean[g.size()];
    acc[0] += predCues.size();
    acc[1] += g.size();
    for (BitSet p : predCues.values()) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < g.size(); i++) {
        double[] o = used[i] ? new double[2] : overlap(text, p, g.get(i));
        if (o[0] >= 0.5 && o[1] >= 0.5 && o[0] + o[1] > bestScore) {
          best = i;
          bestScore = o[0] + o[1];
        }
      }
      if (best >= 0) {
        used[best] = true;
        acc[2]++;
        acc[3] += sameWords(text, p, g.get(best)) ? 1 : 0;
      }
    }
  }

  /**
   * Offsets of the statement's cue: the occurrence of its cue text, as whole words, nearest the content within
   * its paragraph (distance 0 inside it), or null when it has no cue.
   */
  static int[] cueSpan(String text, Statement s) {
    String cue = s.getCue();
    if (cue == null || cue.isEmpty()) {
      return null;
    }
    int from = Math.max(0, text.lastIndexOf("\n\n", s.getCharStart()));
    int to = text.indexOf("\n\n", s.getCharEnd());
    to = to < 0 ? text.length() : to;
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = nextCue(text, cue, from, to); i >= 0; i = nextCue(text, cue, i + 1, to)) {
      boolean words = (i == 0 || !Character.isLetter(cue.charAt(0)) || !Character.isLetter(text.charAt(i - 1)))
          && (i + cue.length() == text.length() || !Character.isLetter(cue.charAt(cue.length() - 1))
              || !Character.isLetter(text.charAt(i + cue.length())));
      int distance = i + cue.length() <= s.getCharStart() ? s.getCharStart() - i - cue.length()
          : i >= s.getCharEnd() ? i - s.getCharEnd() : 0;
      if (words && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best < 0 ? null : new int[] {best, best + cue.length()};
  }

  /**
   * Next occurrence of {@code cue} in {@code text} within {@code [from, to)}, ignoring case (cues may be
   * lower-cased); -1 when none.
   */
  private static int nextCue(String text, String cue, int from, int to) {
    for (int i = Math.max(0, from); i + cue.length() <= to; i++) {
      if (text.regionMatches(true, i, cue, 0, cue.length())) {
        return i;
      }
    }
    return -1;
  }

  private static void reportCues(int[] a) {
    double p = a[2] / (double) Math.max(1, a[0]);
    double r = a[2] / (double) Math.max(1, a[1]);
    double pe = a[3] / (double) Math.max(1, a[0]);
    double re = a[3] / (double) Math.max(1, a[1]);
    System.out.printf(Locale.ROOT, "%-14s pred %5d gold %5d | overlap P %.3f R %.3f F1 %.3f | exact P %.3f R %.3f F1 %.3f%n",
        "cues", a[0], a[1], p, r, f1(p, r), pe, re, f1(pe, re));
  }

  private static void report(String label, int[] a) {
    double p = a[2] / (double) Math.max(1, a[0]);
    double r = a[2] / (double) Math.max(1, a[1]);
    double pe = a[3] / (double) Math.max(1, a[0]);
    double re = a[3] / (double) Math.max(1, a[1]);
    System.out.printf(Locale.ROOT,
        "%-14s pred %5d gold %5d | overlap P %.3f R %.3f F1 %.3f | exact P %.3f R %.3f F1 %.3f | speaker span %.3f"
            + " resolved %.3f (%.3f without the relative-pronoun rule; of %d matched; %.3f of the %d with a gold"
            + " Source)%n",
        label, a[0], a[1], p, r, f1(p, r), pe, re, f1(pe, re), a[4] / (double) Math.max(1, a[2]),
        a[5] / (double) Math.max(1, a[2]), a[6] / (double) Math.max(1, a[2]), a[2],
        a[8] / (double) Math.max(1, a[7]), a[7]);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static boolean sharesName(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    List<String> bw = Arrays.asList(b.split("[^\\p{L}]+"));
    for (String w : a.split("[^\\p{L}]+")) {
      if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && bw.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the gold Source is a relative pronoun ({@code who}, {@code which}, {@code that}) and the predicted
   * mention is its antecedent, ending right before it with at most a comma between ({@code Jane Roe, who said …}):
   * like a resolved personal pronoun, the mention names the same entity.
   */
  private static boolean namesAntecedent(String text, Pred x, Gold m) {
    if (m.srcStart() < 0 || x.mentionEnd() < 0 || x.mentionEnd() > m.srcStart()
        || !RELATIVE_PRONOUNS.contains(m.source().strip().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return text.substring(x.mentionEnd(), m.srcStart()).matches("[\\s,]*");
  }

  /**
   * The characters of {@code s}'s content: its span, or where its text joins parts across an attribution left out
   * ({@link Statement#ELISION}: {@code “A,” she said, “b.”}, {@code which … was a mistake}) those parts, found in order
   * inside the span, as PolNeAR's discontinuous contents leave the attribution out too.
   */
  static BitSet contentChars(String text, Statement s) {
    BitSet chars = new BitSet();
    chars.set(s.getCharStart(), s.getCharEnd());
    String[] parts = s.getText().split(java.util.regex.Pattern.quote(Statement.ELISION), -1);
    if (parts.length < 2) {
      return chars;
    }
    BitSet found = new BitSet();
    int from = s.getCharStart();
    for (String part : parts) {
      String core = part.replaceAll("^[\\s\"“”‘’',]+|[\\s\"“”‘’',]+$", ""); // marks the text adds or drops
      int at = core.isEmpty() ? -1 : text.indexOf(core, from);
      if (at < 0 || at + core.length() > s.getCharEnd()) {
        return chars;
      }
      found.set(at, at + core.length());
      from = at + core.length();
    }
    return found;
  }

  /** True when {@code a} and {@code b} hold the same word characters: equal spans after trimming marks. */
  static boolean sameWords(String text, BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.xor(b);
    for (int i = x.nextSetBit(0); i >= 0; i = x.nextSetBit(i + 1)) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Fractions of predicted and gold word characters that overlap. */
  private static double[] overlap(String text, BitSet pred, BitSet gold) {
    return new double[] {wordShare(text, pred, gold), wordShare(text, gold, pred)};
  }

  /**
   * Share of the word characters of {@code a} that are also in {@code b}; of all its characters when it has no word
   * character (a colon cue).
   */
  private static double wordShare(String text, BitSet a, BitSet b) {
    int all = 0;
    int both = 0;
    for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        all++;
        both += b.get(i) ? 1 : 0;
      }
    }
    if (all == 0) {
      all = a.cardinality();
      both = (int) a.stream().filter(b::get).count();
    }
    return both / (double) Math.max(1, all);
  }

  /**
   * Text offsets of the speaker text of {@code s}: inside the content next to its cue, else the occurrence nearest
   * the content, before or after it; {@code -1, -1} when it has none. The content model's training dump uses the same
   * placement, so it judges the extractor's speakers as this eval does.
   */
  static int[] mention(String text, Statement s) {
    String m = s.getSpeakerText();
    if (m == null) {
      return new int[] {-1, -1};
    }
    int inside = s.getCue() == null ? -1 : text.indexOf(m + " " + s.getCue(), s.getCharStart());
    int inverted = s.getCue() == null ? -1 : text.indexOf(s.getCue() + " " + m, s.getCharStart());
    if (inverted >= 0 && inverted < s.getCharEnd() && (inside < 0 || inverted < inside)) {
      inside = inverted + s.getCue().length() + 1;
    }
    int before = text.lastIndexOf(m, s.getCharStart());
    int after = text.indexOf(m, s.getCharEnd());
    int pos;
    if (inside >= 0 && inside < s.getCharEnd()) {
      pos = inside;
    } else if (before < 0) {
      pos = after;
    } else if (after < 0) {
      pos = before;
    } else {
      pos = s.getCharStart() - before <= after - s.getCharEnd() ? before : after;
    }
    return pos < 0 ? new int[] {-1, -1} : new int[] {pos, pos + m.length()};
  }

  private static List<Gold> parse(String ann, String text) {
    Map<String, int[]> spans = new LinkedHashMap<>();
    Map<String, BitSet> chars = new LinkedHashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : ann.split("\n")) {
      String[] f = line.split("\t");
      if (line.startsWith("T") && f.length >= 2) {
        String[] typeAndSpans = f[1].split(" ", 2);
        BitSet bits = new BitSet();
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (String frag : typeAndSpans[1].split(";")) {
          String[] se = frag.trim().split(" ");
          int s = Integer.parseInt(se[0]);
          int e = Integer.parseInt(se[1]);
          bits.set(s, e);
          lo = Math.min(lo, s);
          hi = Math.max(hi, e);
        }
        spans.put(f[0], new int[] {lo, hi});
        chars.put(f[0], bits);
      } else if (line.startsWith("E") && f.length >= 2) {
        relations.add(f[1].split(" "));
      }
    }
    List<Gold> out = new ArrayList<>();
    for (String[] rel : relations) {
      String source = null;
      String cue = null;
      List<String> contents = new ArrayList<>();
      for (String role : rel) {
        String[] kv = role.split(":");
        if (kv.length < 2) {
          continue;
        }
        if (kv[0].startsWith("Source")) {
          source = kv[1];
        } else if (kv[0].startsWith("Cue")) {
          cue = kv[1];
        } else if (kv[0].startsWith("Content")) {
          contents.add(kv[1]);
        }
      }
      for (String c : contents) {
        int[] cs = spans.get(c);
        if (cs == null) {
          continue;
        }
        String content = text.substring(cs[0], cs[1]);
        int[] ss = source == null ? null : spans.get(source);
        int[] cu = cue == null ? null : spans.get(cue);
        out.add(new Gold(cs[0], cs[1], chars.get(c), content, ss == null ? -1 : ss[0], ss == null ? -1 : ss[1],
            ss == null ? null : text.substring(ss[0], ss[1]), cu == null ? null : text.substring(cu[0], cu[1]),
            cue == null ? null : chars.get(cue), content.matches("(?s).*([\"“”]|'').*")));
      }
    }
    return out;
  }

  private static String read(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
