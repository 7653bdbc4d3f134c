package dev.quotebeam.eval;

import dev.quotebeam.bench.CorpusGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the job's {@code stance_changes} table against the planted changes of a generated corpus
 * ({@code truth.jsonl} of {@code scripts/generate-corpus.sh}): task {@code changes} of {@code scripts/evaluate.sh}.
 *
 * <p>A detected change matches a planted one when the actor name is equal (after trimming), the target and the
 * direction (from → to) are the same, and its {@code to_date} lies within [last day of the old stance, first day
 * of the new]. Matching is one to one, so a change reported twice counts once as right and once as wrong.
 * Metrics: {@code changes_precision}, {@code changes_recall}, {@code changes_f1}, {@code planted}, {@code
 * detected}. With {@code verbose} each miss and each false alarm is printed with the reason it failed to match.
 */
public final class ChangesEval {
  private static final Pattern JSON_FIELD = Pattern.compile("\"([a-z_]+)\": \"([^\"]*)\"");

  private ChangesEval() {}

  /** A planted or detected change; dates are ISO days. */
  record Change(String actor, String target, String from, String to, String fromDate, String toDate, String text) {
    String key() {
      return actor + " | " + target;
    }
  }

  /**
   * Scores {@code outDir/stance_changes} against {@code corpusDir/truth.jsonl}, first running the job on the corpus
   * (DirectRunner, {@code scripts/run.sh}) when {@code outDir} has no tables or older ones than the corpus or than
   * the job's compiled classes and resources (so a code change is never scored on a stale run).
   */
  public static void run(Path corpusDir, Path outDir, EvalReport report) throws IOException, InterruptedException {
    run(corpusDir, outDir, report, false);
  }

  /** The newest modification time under {@code target/classes}, where the job's code and lexicons are built. */
  private static FileTime newestBuildOutput() throws IOException {
    Path classes = Path.of("target/classes");
    if (!Files.isDirectory(classes)) {
      return FileTime.fromMillis(0);
    }
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(Files::isRegularFile).map(f -> {
        try {
          return Files.getLastModifiedTime(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
    }
  }

  public static void run(Path corpusDir, Path outDir, EvalReport report, boolean verbose)
      throws IOException, InterruptedException {
    Path tables = outDir.resolve("stance_changes");
    if (!Files.isDirectory(tables)
        || Files.getLastModifiedTime(corpusDir.resolve("truth.jsonl")).compareTo(Files.getLastModifiedTime(tables)) > 0
        || newestBuildOutput().compareTo(Files.getLastModifiedTime(tables)) > 0) {
      runJob(corpusDir, outDir);
    }
    List<Change> planted = planted(corpusDir.resolve("truth.jsonl"));
    List<Change> detected = detected(outDir.resolve("stance_changes"));
    boolean[] used = new boolean[planted.size()];
    int matched = 0;
    List<String> falseAlarms = new ArrayList<>();
    for (Change d : detected) {
      int hit = -1;
      for (int i = 0; i < planted.size() && hit < 0; i++) {
        if (!used[i] && matches(planted.get(i), d)) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        matched++;
      } else {
        falseAlarms.add(why(d, planted) + ": " + d);
      }
    }
    double p = detected.isEmpty() ? 0 : (double) matched / detected.size();
    double r = planted.isEmpty() ? 0 : (double) matched / planted.size();
    report.put("changes_precision", p)
        .put("changes_recall", r)
        .put("changes_f1", p + r == 0 ? 0 : 2 * p * r / (p + r))
        .put("planted", planted.size())
        .put("detected", detected.size());
    Map<String, Integer> reasons = new TreeMap<>();
    for (String f : falseAlarms) {
      reasons.merge(f.substring(0, f.indexOf(':')), 1, Integer::sum);
    }
    report.note("corpus", corpusDir + " (" + planted.size() + " planted changes); job output " + outDir);
    report.note("false alarms by reason", reasons.toString());
    Path actors = corpusDir.resolve("actors.jsonl");
    if (Files.exists(actors)) {
      report.note("statements of constant-stance actors", constantStanceAgreement(actors, outDir));
    }
    if (verbose) {
      for (int i = 0; i < planted.size(); i++) {
        if (!used[i]) {
          Change miss = planted.get(i);
          System.out.println("missed: " + miss + "; detected for this pair: "
              + detected.stream().filter(d -> d.key().equals(miss.key())).toList());
        }
      }
      falseAlarms.forEach(f -> System.out.println("false alarm, " + f));
    }
  }

  private static boolean matches(Change planted, Change d) {
    return planted.actor().equals(d.actor()) && planted.target().equals(d.target()) && planted.from().equals(d.from())
        && planted.to().equals(d.to()) && d.toDate() != null && d.toDate().compareTo(planted.fromDate()) >= 0
        && d.toDate().compareTo(planted.toDate()) <= 0;
  }

  /** Why a detected change matched nothing: the first test it failed against the closest planted change. */
  private static String why(Change d, List<Change> planted) {
    List<Change> same = planted.stream().filter(p -> p.key().equals(d.key())).toList();
    if (same.isEmpty()) {
      return planted.stream().anyMatch(p -> p.actor().equals(d.actor())) ? "other target" : "actor with no planted change";
    }
    if (same.stream().noneMatch(p -> p.from().equals(d.from()) && p.to().equals(d.to()))) {
      return "wrong direction";
    }
    return same.stream().anyMatch(p -> matches(p, d)) ? "duplicate" : "date outside the planted window";
  }

  /**
   * How the job scored the statements of actors planted as always-support or always-oppose (about 10 % of their
   * statements are planted neutral hedges): the share scored with their stance, the opposite, and neutral. An
   * opposite score on such an actor is what turns into a false stance change.
   */
  static String constantStanceAgreement(Path actorsFile, Path outDir) throws IOException {
    Map<String, String> constant = new TreeMap<>();
    for (String line : Files.readAllLines(actorsFile, StandardCharsets.UTF_8)) {
      Map<String, String> f = fields(line);
      if (f.get("kind").equals("support") || f.get("kind").equals("oppose")) {
        constant.put(f.get("actor") + " | " + f.get("target"), f.get("kind"));
      }
    }
    Map<String, String> actorOf = new TreeMap<>();
    for (List<String> row : table(outDir.resolve("statements"), "statement_id", "actor_name")) {
      actorOf.put(row.get(0), row.get(1).strip());
    }
    int same = 0;
    int opposite = 0;
    int neutral = 0;
    for (List<String> row : table(outDir.resolve("statement_stances"), "statement_id", "target", "stance")) {
      String planted = constant.get(actorOf.getOrDefault(row.get(0), "") + " | " + row.get(1));
      if (planted == null) {
        continue;
      }
      if (row.get(2).equals(planted)) {
        same++;
      } else if (row.get(2).equals("neutral")) {
        neutral++;
      } else {
        opposite++;
      }
    }
    int n = same + opposite + neutral;
    return String.format(java.util.Locale.ROOT, "%d scored (found by exact name), %.1f%% with the planted stance,"
        + " %.1f%% opposite, %.1f%% neutral", n, 100.0 * same / Math.max(1, n), 100.0 * opposite / Math.max(1, n),
        100.0 * neutral / Math.max(1, n));
  }

  private static Map<String, String> fields(String jsonLine) {
    Map<String, String> f = new TreeMap<>();
    Matcher m = JSON_FIELD.matcher(jsonLine);
    while (m.find()) {
      f.put(m.group(1), m.group(2));
    }
    return f;
  }

  /** The named columns of every row of a CSV table directory. */
  private static List<List<String>> table(Path tableDir, String... columns) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<Path> shards;
    try (Stream<Path> s = Files.list(tableDir)) {
      shards = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    for (Path shard : shards) {
      try (BufferedReader r = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
        List<List<String>> rows = Csv.read(r);
        if (rows.isEmpty()) {
          continue;
        }
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
          List<String> picked = new ArrayList<>();
          for (String c : columns) {
            picked.add(cell(header, row, c));
          }
          out.add(picked);
        }
      }
    }
    return out;
  }

  static List<Change> planted(Path truth) throws IOException {
    List<Change> out = new ArrayList<>();
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        Map<String, String> f = fields(line);
        out.add(new Change(f.get("actor").strip(), f.get("target"), f.get("from"), f.get("to"),
            f.get("last_old_date"), f.get("first_new_date"), ""));
      }
    }
    return out;
  }

  static List<Change> detected(Path tableDir) throws IOException {
    List<Change> out = new ArrayList<>();
    for (List<String> r : table(tableDir, "actor_name", "target", "from_stance", "to_stance", "from_date", "to_date",
        "to_text")) {
      out.add(new Change(r.get(0).strip(), r.get(1), r.get(2), r.get(3), r.get(4), emptyToNull(r.get(5)), r.get(6)));
    }
    return out;
  }

  private static String cell(List<String> header, List<String> row, String column) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw new IllegalStateException("stance_changes has no column " + column);
    }
    return i < row.size() ? row.get(i) : "";
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Runs {@code scripts/run.sh} on the corpus (DirectRunner), its output on stderr. */
  static void runJob(Path corpusDir, Path outDir) throws IOException, InterruptedException {
    List<String> cmd = List.of("scripts/run.sh", "--input=" + corpusDir.resolve("articles") + "/**",
        "--spec=" + corpusDir.resolve("spec.yaml"), "--output=" + outDir, "--overwrite=true");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(System.err);
    }
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " exited with " + rc);
    }
  }

  /** {@code ChangesEval CORPUS [OUT] [--json] [-v]}: scores a corpus outside the Evaluate dispatcher. */
  public static void main(String[] args) throws Exception {
    List<String> pos = new ArrayList<>();
    for (String a : args) {
      if (!a.startsWith("-")) {
        pos.add(a);
      }
    }
    Path corpus = pos.isEmpty()
        ? CorpusGenerator.ensureCorpus(2000, Path.of("target/generated-2000"))
        : Path.of(pos.get(0));
    Path out = pos.size() > 1 ? Path.of(pos.get(1)) : corpus.resolve("out");
    EvalReport report = new EvalReport("changes");
    run(corpus, out, report, List.of(args).contains("-v"));
    report.print(System.out, List.of(args).contains("--json"));
  }

  /** RFC 4180 reading: quoted cells with doubled quotes and line breaks. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> read(BufferedReader r) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      try {
        int c;
        while ((c = r.read()) >= 0) {
          any = true;
          if (quoted) {
            if (c == '"') {
              r.mark(1);
              int next = r.read();
              if (next == '"') {
                cell.append('"');
              } else {
                quoted = false;
                if (next >= 0) {
                  r.reset();
                }
              }
            } else {
              cell.append((char) c);
            }
          } else if (c == '"') {
            quoted = true;
          } else if (c == ',') {
            row.add(cell.toString());
            cell.setLength(0);
          } else if (c == '\n') {
            row.add(cell.toString());
            cell.setLength(0);
            rows.add(row);
            row = new ArrayList<>();
            any = false;
          } else if (c != '\r') {
            cell.append((char) c);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (any) {
        row.add(cell.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
