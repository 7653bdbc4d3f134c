package dev.quotebeam.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metrics of one evaluation run under stable names, printed as a table (with published peers beside them) and,
 * on request, as one JSON object on the last line: {@code {"task":"quotes","content_f1_overlap_quoted":0.87,…}}.
 */
public final class EvalReport {
  private final String task;
  private final Map<String, Double> metrics = new LinkedHashMap<>();
  private final Map<String, String> notes = new LinkedHashMap<>();
  private final List<String[]> peers = new ArrayList<>();

  public EvalReport(String task) {
    this.task = task;
  }

  /** Records a headline metric; name is snake_case and stable (README lists them). */
  public EvalReport put(String name, double value) {
    metrics.put(name, value);
    return this;
  }

  /** A free-text note printed under the table (what is out of scope and why, sizes). */
  public EvalReport note(String name, String text) {
    notes.put(name, text);
    return this;
  }

  /** A published number to print beside ours: (set, system, metric, value). */
  public EvalReport peer(String set, String system, String metric, String value) {
    peers.add(new String[] {set, system, metric, value});
    return this;
  }

  public double get(String name) {
    return metrics.getOrDefault(name, Double.NaN);
  }

  public void print(PrintStream out, boolean json) {
    out.println();
    out.println("| " + task + " metric | value |");
    out.println("|---|---|");
    metrics.forEach((k, v) -> out.printf(Locale.ROOT, "| %s | %s |%n", k, format(v)));
    if (!peers.isEmpty()) {
      out.println();
      out.println("| set | published system | metric | value |");
      out.println("|---|---|---|---|");
      for (String[] p : peers) {
        out.printf("| %s | %s | %s | %s |%n", p[0], p[1], p[2], p[3]);
      }
    }
    notes.forEach((k, v) -> out.println(k + ": " + v));
    if (json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("task", task);
      metrics.forEach((k, v) -> o.put(k, Double.isNaN(v) ? null : Math.round(v * 10000) / 10000.0));
      out.println(o.toString());
    }
  }

  private static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) > 1) {
      return String.format(Locale.ROOT, "%d", (long) v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
