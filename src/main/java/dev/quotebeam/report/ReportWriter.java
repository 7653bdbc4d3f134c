package dev.quotebeam.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quotebeam.io.Tables;
import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.options.PipelineSpec;
import dev.quotebeam.options.SpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Gives a run's {@code report.html}: one static, self-contained page with the run's counts, the actors, a stance
 * timeline per target and the detected stance changes with their evidence, for readers without DuckDB or pandas.
 *
 * <p>The page is built from what the job leaves in its output folder — {@code manifest.json} and the tables' CSV
 * files — so it can also be (re)built for an old output folder. Tables are plain HTML and readable without
 * JavaScript; charts are Vega-Lite specs drawn by Vega, Vega-Lite and vega-embed, inlined into the page (versions
 * and licences in this package's resources README), with the data embedded as JSON in a
 * {@code <script type="application/json">} element. A Content-Security-Policy meta tag allows only the page's own
 * inline scripts (by hash) and no network access, so the page loads nothing from anywhere.
 *
 * <p>All text is scraped content: it is HTML-escaped in tables and {@code </}-safe in the JSON. The output is a
 * function of the folder's files only (no clock, sorted rows), so rerunning on the same folder gives the same bytes.
 */
public final class ReportWriter {
  /** File name of the report inside the output folder. */
  public static final String FILE_NAME = "report.html";

  /** Actors shown in the top-actors chart. */
  static final int TOP_ACTORS = 20;
  /** Rows of the actors table in the page; the full table is in the output folder. */
  static final int TABLE_ACTORS = 1000;
  /** Actors drawn per target timeline. */
  static final int TIMELINE_ACTORS = 30;
  /** Rows of the stance-changes table in the page. */
  static final int TABLE_CHANGES = 500;

  /** Rows of the actors table, most statements first, then by name and id: the page's and the run summary's order. */
  public static final Comparator<Map<String, String>> MOST_STATEMENTS =
      Comparator.comparingLong((Map<String, String> a) -> -number(a.get("statement_count")))
          .thenComparing(a -> a.get("name"), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(a -> a.get("actor_id"));
  private static final Comparator<Map<String, String>> CHANGE_ORDER =
      Comparator.comparing((Map<String, String> c) -> c.get("target"))
          .thenComparing(c -> c.get("actor_name"), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(c -> c.get("actor_id"))
          .thenComparing(c -> c.get("to_date"), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(c -> c.get("to_statement_id"));
  private static final Comparator<Map<String, String>> TIMELINE_ORDER =
      Comparator.comparing((Map<String, String> r) -> r.get("actor_id")).thenComparing(r -> r.get("period_start"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SOURCE_MAP = Pattern.compile("(?m)^//# sourceMappingURL=\\S*\\s*\\z");
  private static final List<String> LIBRARIES = List.of("vega.min.js", "vega-lite.min.js", "vega-embed.min.js");

  private ReportWriter() {}

  /**
   * Writes {@code outputDir/report.html} from {@code outputDir/manifest.json} and the tables' CSV files.
   *
   * @throws IllegalArgumentException when the manifest or a table's CSV files are missing
   * @throws UncheckedIOException when reading or writing fails
   */
  public static void write(Path outputDir) {
    Objects.requireNonNull(outputDir, "outputDir");
    try {
      Files.writeString(outputDir.resolve(FILE_NAME), render(outputDir), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + outputDir.resolve(FILE_NAME), e);
    }
  }

  /** The report page for an output folder. */
  static String render(Path outputDir) throws IOException {
    Path manifestFile = outputDir.resolve("manifest.json");
    if (!Files.isRegularFile(manifestFile)) {
      throw new IllegalArgumentException("no manifest.json in " + outputDir + ": not a finished quotebeam output");
    }
    JsonNode manifest = JSON.readTree(Files.readString(manifestFile, StandardCharsets.UTF_8));
    TopRows<Map<String, String>> actors = new TopRows<>(TABLE_ACTORS, MOST_STATEMENTS);
    CsvTables.forEach(outputDir, Tables.ACTORS, actors::offer);
    Set<String> targetIds = new TreeSet<>();
    TopRows<Map<String, String>> changes = new TopRows<>(TABLE_CHANGES, CHANGE_ORDER);
    CsvTables.forEach(
        outputDir,
        Tables.STANCE_CHANGES,
        c -> {
          targetIds.add(c.get("target"));
          changes.offer(c);
        });
    TreeMap<String, long[]> rejects = new TreeMap<>();
    CsvTables.forEach(
        outputDir,
        Tables.REJECTS,
        r -> rejects.computeIfAbsent(r.get("stage") + "\u0000" + r.get("reason"), k -> new long[1])[0]++);
    List<Map<String, String>> topActors = actors.sorted();
    List<Map<String, String>> shownChanges = changes.sorted();
    Timelines timelines = Timelines.read(outputDir, shownChanges);
    targetIds.addAll(timelines.rows.keySet());
    Map<String, Target> targets = targets(manifest, targetIds);

    StringBuilder body = new StringBuilder(64 * 1024);
    summary(body, manifest);
    actorsSection(body, topActors, actors.offered());
    timelineSection(body, targets, timelines);
    changesSection(body, targets, shownChanges, changes.offered());
    rejectsSection(body, rejects);
    body.append("<footer><p>Charts: ").append(Html.text(Assets.VERSIONS))
        .append(", BSD-3-Clause licensed, inlined into this file. Generated by quotebeam from ")
        .append(Html.text(outputDir.getFileName() == null ? outputDir.toString() : outputDir.getFileName().toString()))
        .append(".</p></footer>\n");

    String data = Html.scriptJson(JSON.writeValueAsString(chartData(topActors, targets, timelines, shownChanges)));
    List<String> scripts = new ArrayList<>(Assets.LIBRARY_CODE);
    scripts.add(Assets.REPORT_JS);
    StringBuilder csp = new StringBuilder("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src");
    for (String s : scripts) {
      csp.append(" 'sha256-").append(sha256(s)).append('\'');
    }

    StringBuilder page = new StringBuilder(Assets.LIBRARY_SIZE + body.length() + data.length() + 8192);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>quotebeam report</title>\n<style>\n").append(Assets.REPORT_CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>quotebeam report</h1>\n")
        .append(body)
        .append("<script type=\"application/json\" id=\"quotebeam-data\">").append(data).append("</script>\n");
    for (String s : scripts) {
      page.append("<script>").append(s).append("</script>\n");
    }
    return page.append("</body>\n</html>\n").toString();
  }

  /** A stance target with its spec label, in spec order, then any further ids found in the data, sorted. */
  private record Target(String id, String label, String description) {}

  private static Map<String, Target> targets(JsonNode manifest, Set<String> idsInData) {
    Map<String, Target> targets = new LinkedHashMap<>();
    String specText = manifest.path("spec_text").asText("");
    if (!specText.isEmpty()) {
      try {
        PipelineSpec spec = SpecParser.parse("manifest.json spec_text", new StringReader(specText));
        for (StanceTarget t : spec.targets()) {
          targets.put(t.id(), new Target(t.id(), t.label(), t.description()));
        }
      } catch (IllegalArgumentException e) {
        // A spec this version cannot parse still has its targets in the data: fall through to the ids.
      }
    }
    for (String id : idsInData) {
      if (id != null) {
        targets.putIfAbsent(id, new Target(id, id, null));
      }
    }
    return targets;
  }

  /**
   * The timeline rows the page shows: per target, those of the actors with a shown change on it and then of the
   * actors with most statements on it, {@link #TIMELINE_ACTORS} at most. Two passes over {@code actor_stance}; the
   * first keeps one counter per actor and target, not the rows.
   */
  private record Timelines(Map<String, List<Map<String, String>>> rows, Map<String, Integer> actorsPerTarget) {
    static Timelines read(Path outputDir, List<Map<String, String>> shownChanges) throws IOException {
      Map<String, Map<String, long[]>> statements = new TreeMap<>();
      CsvTables.forEach(
          outputDir,
          Tables.ACTOR_STANCE,
          r -> statements
              .computeIfAbsent(r.get("target"), k -> new HashMap<>())
              .computeIfAbsent(r.get("actor_id"), k -> new long[1])[0] += number(r.get("statements")));
      Set<String> changed = new HashSet<>();
      shownChanges.forEach(c -> changed.add(c.get("target") + "\u0000" + c.get("actor_id")));
      Map<String, Set<String>> shown = new HashMap<>();
      Map<String, Integer> actorsPerTarget = new TreeMap<>();
      statements.forEach(
          (target, perActor) -> {
            TopRows<Map.Entry<String, long[]>> top =
                new TopRows<>(
                    TIMELINE_ACTORS,
                    Comparator.comparing((Map.Entry<String, long[]> e) -> !changed.contains(target + "\u0000" + e.getKey()))
                        .thenComparingLong(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey));
            perActor.entrySet().forEach(top::offer);
            Set<String> ids = new HashSet<>();
            top.sorted().forEach(e -> ids.add(e.getKey()));
            shown.put(target, ids);
            actorsPerTarget.put(target, perActor.size());
          });
      Map<String, List<Map<String, String>>> rows = new TreeMap<>();
      CsvTables.forEach(
          outputDir,
          Tables.ACTOR_STANCE,
          r -> {
            if (shown.get(r.get("target")).contains(r.get("actor_id"))) {
              rows.computeIfAbsent(r.get("target"), k -> new ArrayList<>()).add(r);
            }
          });
      rows.values().forEach(list -> list.sort(TIMELINE_ORDER));
      return new Timelines(rows, actorsPerTarget);
    }

    List<Map<String, String>> of(String target) {
      return rows.getOrDefault(target, List.of());
    }
  }

  private static void summary(StringBuilder b, JsonNode m) {
    JsonNode counts = m.path("counts");
    JsonNode docs = m.path("documents");
    JsonNode tables = m.path("tables");
    b.append("<section id=\"summary\">\n<h2>Run</h2>\n<dl class=\"cards\">\n");
    card(b, "documents read", docs.path("read").asText("?"));
    card(b, "articles accepted", docs.path("accepted").asText("?"));
    card(b, "documents rejected", docs.path("rejected").asText("?"));
    card(b, "duplicates", counts.path("dedupe.duplicates").asText("0"));
    card(b, "statements", tables.path("statements").asText("?"));
    card(b, "stance rows", tables.path("statement_stances").asText("?"));
    card(b, "actors", tables.path("actors").asText("?"));
    card(b, "stance changes", tables.path("stance_changes").asText("?"));
    b.append("</dl>\n");
    boolean addUp = m.path("counts_add_up").asBoolean(false);
    b.append("<p class=\"").append(addUp ? "ok" : "problem").append("\">")
        .append(addUp ? "Counts add up: read = accepted + rejected." : "Counts do not add up: ");
    if (!addUp) {
      List<String> problems = new ArrayList<>();
      m.path("count_problems").forEach(p -> problems.add(p.asText()));
      b.append(Html.text(String.join("; ", problems)));
    }
    b.append("</p>\n<table class=\"meta\">\n");
    meta(b, "spec", m.path("options").path("spec").asText(""));
    List<String> inputs = new ArrayList<>();
    m.path("options").path("input").forEach(i -> inputs.add(i.asText()));
    meta(b, "input", String.join(", ", inputs));
    meta(b, "runner", m.path("runner").asText("") + ", Beam " + m.path("beam_version").asText(""));
    meta(b, "schema version", m.path("schema_version").asText(""));
    meta(b, "finished", m.path("finished_at").asText(""));
    b.append("</table>\n</section>\n");
  }

  private static void card(StringBuilder b, String label, String value) {
    b.append("<div><dt>").append(Html.text(label)).append("</dt><dd>").append(Html.text(value)).append("</dd></div>\n");
  }

  private static void meta(StringBuilder b, String label, String value) {
    b.append("<tr><th>").append(Html.text(label)).append("</th><td>").append(Html.text(value)).append("</td></tr>\n");
  }

  /** {@code actors}: the head of the table, of {@code all} actors. */
  private static void actorsSection(StringBuilder b, List<Map<String, String>> actors, long all) {
    b.append("<section id=\"actors\">\n<h2>Actors</h2>\n");
    if (actors.isEmpty()) {
      b.append("<p class=\"empty\">No actor was quoted.</p>\n</section>\n");
      return;
    }
    b.append("<p>The ").append(Math.min(TOP_ACTORS, actors.size()))
        .append(" actors with most statements, by kind of statement; ")
        .append(all <= TABLE_ACTORS
            ? "every actor in the table below."
            : "the " + TABLE_ACTORS + " with most statements in the table below (all " + all
                + " are in the actors table).")
        .append("</p>\n")
        .append("<div class=\"chart\" id=\"chart-actors\"></div>\n");
    table(
        b,
        "actors-table",
        List.of("name", "type", "statements", "direct", "partial", "indirect", "articles", "sources", "first", "last", "roles", "aliases"),
        actors,
        List.of("name", "actor_type", "statement_count", "direct_count", "partial_count", "indirect_count",
            "article_count", "source_count", "first_date", "last_date", "roles", "aliases"));
    b.append("</section>\n");
  }

  private static void timelineSection(StringBuilder b, Map<String, Target> targets, Timelines timelines) {
    b.append("<section id=\"timelines\">\n<h2>Stance timelines</h2>\n")
        .append("<p>Net stance per actor and period: (support − oppose) / statements, from −1 (all oppose) to +1 ")
        .append("(all support); point size is the number of statements. Vertical rules mark detected changes.</p>\n");
    if (targets.isEmpty()) {
      b.append("<p class=\"empty\">The pipeline spec names no stance target.</p>\n");
    }
    int i = 0;
    for (Target t : targets.values()) {
      List<Map<String, String>> rows = timelines.of(t.id());
      b.append("<article class=\"target\">\n<h3>").append(Html.text(t.label()))
          .append(" <code>").append(Html.text(t.id())).append("</code></h3>\n");
      if (t.description() != null) {
        b.append("<p>").append(Html.text(t.description())).append("</p>\n");
      }
      if (rows.isEmpty()) {
        b.append("<p class=\"empty\">No statement took a stance on this target.</p>\n</article>\n");
        i++;
        continue;
      }
      int actors = timelines.actorsPerTarget().get(t.id());
      if (actors > TIMELINE_ACTORS) {
        b.append("<p>The ").append(TIMELINE_ACTORS).append(" of ").append(actors)
            .append(" actors with a changed stance or most statements on this target; every actor is in the ")
            .append("<code>actor_stance</code> table.</p>\n");
      }
      b.append("<div class=\"chart timeline\" id=\"chart-timeline-").append(i).append("\" data-target-index=\"")
          .append(i).append("\"></div>\n");
      table(
          b,
          null,
          List.of("actor", "period", "statements", "support", "oppose", "neutral", "net stance"),
          rows,
          List.of("actor_name", "period_start", "statements", "support", "oppose", "neutral", "net_stance"));
      b.append("</article>\n");
      i++;
    }
    b.append("</section>\n");
  }

  /** {@code changes}: the head of the table, of {@code all} changes. */
  private static void changesSection(
      StringBuilder b, Map<String, Target> targets, List<Map<String, String>> changes, long all) {
    b.append("<section id=\"changes\">\n<h2>Stance changes</h2>\n");
    if (changes.isEmpty()) {
      b.append("<p class=\"empty\">No actor changed stance.</p>\n</section>\n");
      return;
    }
    b.append("<p>A switch between support and oppose that persists, with the last statement before and the first ")
        .append("after it.")
        .append(all <= TABLE_CHANGES
            ? ""
            : " The first " + TABLE_CHANGES + " of " + all + " by target and actor; all are in the "
                + "<code>stance_changes</code> table.")
        .append("</p>\n<table id=\"changes-table\">\n<thead><tr><th>actor</th><th>target</th><th>change</th>")
        .append("<th>before</th><th>after</th></tr></thead>\n<tbody>\n");
    for (Map<String, String> c : changes) {
      Target t = targets.get(c.get("target"));
      b.append("<tr><td>").append(Html.text(c.get("actor_name"))).append("</td><td>")
          .append(Html.text(t == null ? c.get("target") : t.label())).append("</td><td class=\"change\">")
          .append(stance(c.get("from_stance"))).append(" → ").append(stance(c.get("to_stance"))).append("</td>");
      evidence(b, c.get("from_date"), c.get("from_text"), c.get("from_statement_id"));
      evidence(b, c.get("to_date"), c.get("to_text"), c.get("to_statement_id"));
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static String stance(String s) {
    String v = s == null ? "" : s.toLowerCase(Locale.ROOT);
    String cls = v.equals("support") || v.equals("oppose") || v.equals("neutral") ? v : "other";
    return "<span class=\"stance " + cls + "\">" + Html.text(s) + "</span>";
  }

  private static void evidence(StringBuilder b, String date, String text, String statementId) {
    b.append("<td><time>").append(Html.text(date == null ? "undated" : date)).append("</time><blockquote>")
        .append(Html.text(text)).append("</blockquote><small>statement ").append(Html.text(statementId))
        .append("</small></td>");
  }

  private static void rejectsSection(StringBuilder b, TreeMap<String, long[]> byReason) {
    b.append("<section id=\"rejects\">\n<h2>Rejects</h2>\n");
    if (byReason.isEmpty()) {
      b.append("<p class=\"empty\">Nothing was rejected.</p>\n</section>\n");
      return;
    }
    b.append("<table>\n<thead><tr><th>stage</th><th>reason</th><th>count</th></tr></thead>\n<tbody>\n");
    byReason.forEach(
        (key, n) -> {
          String[] parts = key.split("\u0000", 2);
          b.append("<tr><td>").append(Html.text(parts[0])).append("</td><td>").append(Html.text(parts[1]))
              .append("</td><td class=\"num\">").append(n[0]).append("</td></tr>\n");
        });
    b.append("</tbody>\n</table>\n<p>Every reject with its input and detail is in the <code>rejects</code> table.</p>\n")
        .append("</section>\n");
  }

  private static void table(
      StringBuilder b, String id, List<String> headers, List<Map<String, String>> rows, List<String> columns) {
    b.append("<table").append(id == null ? "" : " id=\"" + id + "\"").append(">\n<thead><tr>");
    for (String h : headers) {
      b.append("<th>").append(Html.text(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Map<String, String> r : rows) {
      b.append("<tr>");
      for (String c : columns) {
        String v = r.get(c);
        boolean date = c.endsWith("_date") || c.equals("period_start");
        boolean numeric = !date && v != null && !v.isEmpty() && (Character.isDigit(v.charAt(0)) || v.charAt(0) == '-');
        b.append(date ? "<td class=\"date\">" : numeric ? "<td class=\"num\">" : "<td>").append(Html.text(v)).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  /** The data the charts draw: {@code actors} (top, one row per kind) and one entry per target in page order. */
  private static ObjectNode chartData(
      List<Map<String, String>> actors,
      Map<String, Target> targets,
      Timelines timelines,
      List<Map<String, String>> changes) {
    ObjectNode data = JSON.createObjectNode();
    ArrayNode top = data.putArray("actors");
    for (Map<String, String> a : actors.subList(0, Math.min(TOP_ACTORS, actors.size()))) {
      for (String kind : List.of("direct", "partial", "indirect")) {
        ObjectNode n = top.addObject();
        n.put("actor", a.get("name"));
        n.put("kind", kind);
        n.put("statements", number(a.get(kind + "_count")));
        n.put("total", number(a.get("statement_count")));
      }
    }
    ArrayNode ts = data.putArray("targets");
    for (Target t : targets.values()) {
      ObjectNode tn = ts.addObject();
      tn.put("id", t.id());
      tn.put("label", t.label());
      ArrayNode points = tn.putArray("points");
      for (Map<String, String> r : timelines.of(t.id())) {
        ObjectNode p = points.addObject();
        p.put("actor", r.get("actor_name"));
        p.put("period_start", r.get("period_start"));
        p.put("statements", number(r.get("statements")));
        p.put("support", number(r.get("support")));
        p.put("oppose", number(r.get("oppose")));
        p.put("neutral", number(r.get("neutral")));
        p.put("net_stance", Double.parseDouble(Objects.requireNonNullElse(r.get("net_stance"), "0")));
      }
      ArrayNode cs = tn.putArray("changes");
      for (Map<String, String> c : changes) {
        if (!t.id().equals(c.get("target")) || c.get("to_date") == null) {
          continue;
        }
        ObjectNode n = cs.addObject();
        n.put("actor", c.get("actor_name"));
        n.put("date", c.get("to_date"));
        n.put("change", c.get("from_stance") + " → " + c.get("to_stance"));
        n.put("text", c.get("to_text"));
      }
    }
    return data;
  }

  private static long number(String s) {
    return s == null ? 0 : Long.parseLong(s);
  }

  private static String sha256(String script) {
    try {
      return Base64.getEncoder()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The inlined scripts and styles, loaded once from this package's resources. */
  private static final class Assets {
    static final List<String> LIBRARY_CODE;
    static final int LIBRARY_SIZE;
    static final String REPORT_JS = resource("report.js");
    static final String REPORT_CSS = resource("report.css");
    static final String VERSIONS;

    static {
      List<String> code = new ArrayList<>();
      int size = 0;
      for (String name : LIBRARIES) {
        String js = SOURCE_MAP.matcher(resource(name)).replaceAll("");
        if (js.toLowerCase(Locale.ROOT).contains("</script")) {
          throw new IllegalStateException(name + " contains </script and cannot be inlined");
        }
        code.add(js);
        size += js.length();
      }
      LIBRARY_CODE = List.copyOf(code);
      LIBRARY_SIZE = size;
      VERSIONS = resource("VERSIONS").strip();
    }

    private static String resource(String name) {
      try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource dev/quotebeam/report/" + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + name, e);
      }
    }
  }
}
