package dev.quotebeam.options;

import dev.quotebeam.model.StanceTarget;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a pipeline spec (YAML) and validates it, failing fast with a message that names the file, the line and
 * the field.
 *
 * <p>Format (every section optional but {@code targets} entries must be complete):
 * <pre>
 * input:   {pattern: "testdata/articles/**", format: auto}
 * output:  {path: out, formats: [parquet, csv]}
 * options: {period: week, min_confidence: 0.0, min_statements_per_side: 1, include_duplicates: false}
 * actors:  {aliases: {Harbour Authority: [Port Authority, the harbour board]}}   # optional
 * targets:
 *   - id: harbour-ferries             # [a-z0-9-]+, unique
 *     kind: topic                     # topic (for/against a cause) or claim (asserted/denied); default topic
 *     label: Two new harbour ferries
 *     description: ...                # optional
 *     terms: [ferry, ferries]         # required, non-empty
 *     article_terms: [harbour]       # optional
 *     support_cues: [...]             # optional
 *     oppose_cues: [...]              # optional
 * </pre>
 * Unknown keys are errors, so a typo never silently disables an option.
 */
public final class SpecParser {
  private static final Pattern TARGET_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Set<String> FORMATS = Set.of("parquet", "csv");

  private final String source;

  private SpecParser(String source) {
    this.source = source;
  }

  /** Parses the spec file at {@code path}. */
  public static PipelineSpec parseFile(String path) {
    String text;
    try {
      text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("--spec: cannot read pipeline spec " + path + " (" + e.getClass().getSimpleName() + ")");
    }
    return parse(path, new StringReader(text));
  }

  /** Parses a spec; {@code source} names it in error messages. */
  public static PipelineSpec parse(String source, Reader yaml) {
    return new SpecParser(source).parseRoot(yaml);
  }

  private PipelineSpec parseRoot(Reader yaml) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(yaml);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
    }
    Map<String, Node> top =
        root == null ? Map.of() : mapping(root, "", Set.of("input", "output", "options", "targets", "actors"));
    Map<String, Node> input = section(top, "input", Set.of("pattern", "format"));
    Map<String, Node> output = section(top, "output", Set.of("path", "formats"));
    Map<String, Node> options =
        section(top, "options", Set.of("period", "min_confidence", "min_statements_per_side", "include_duplicates"));

    String pattern = string(input, "input.pattern", "testdata/articles/**");
    String format = string(input, "input.format", "auto").toLowerCase(Locale.ROOT);
    if (!List.of("auto", "html", "warc", "jsonl", "text").contains(format)) {
      throw error(input.get("format"), "input.format", "must be one of auto, html, warc, jsonl, text; got '" + format + "'");
    }
    String outPath = string(output, "output.path", "out");
    List<String> formats = strings(output, "output.formats", List.of("parquet", "csv"));
    for (String f : formats) {
      if (!FORMATS.contains(f)) {
        throw error(output.get("formats"), "output.formats", "unknown format '" + f + "' (expected parquet, csv)");
      }
    }
    if (formats.isEmpty()) {
      throw error(output.get("formats"), "output.formats", "must name at least one format");
    }
    String periodText = string(options, "options.period", "week").toUpperCase(Locale.ROOT);
    PipelineSpec.Period period;
    try {
      period = PipelineSpec.Period.valueOf(periodText);
    } catch (IllegalArgumentException e) {
      throw error(options.get("period"), "options.period", "must be week or month; got '" + periodText.toLowerCase(Locale.ROOT) + "'");
    }
    double minConfidence = number(options, "options.min_confidence", 0.0);
    if (minConfidence < 0 || minConfidence > 1) {
      throw error(options.get("min_confidence"), "options.min_confidence", "must be between 0 and 1");
    }
    double minPerSide = number(options, "options.min_statements_per_side", 1);
    if (minPerSide < 1 || minPerSide != Math.floor(minPerSide)) {
      throw error(options.get("min_statements_per_side"), "options.min_statements_per_side", "must be a whole number >= 1");
    }
    boolean includeDuplicates = bool(options, "options.include_duplicates", false);
    List<StanceTarget> targets = targets(top.get("targets"));
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, Node> actors = section(top, "actors", Set.of("aliases"));
    if (actors.get("aliases") != null) {
      Node a = actors.get("aliases");
      if (!(a instanceof MappingNode)) {
        throw error(a, "actors.aliases", "must map each canonical name to a list of aliases");
      }
      for (NodeTuple tuple : ((MappingNode) a).getValue()) {
        String name = ((ScalarNode) tuple.getKeyNode()).getValue().trim();
        Map<String, Node> one = new LinkedHashMap<>();
        one.put("list", tuple.getValueNode());
        aliases.put(name, strings(one, "actors.aliases." + name + ".list", List.of()));
      }
    }
    return new PipelineSpec(
        pattern, format, outPath, formats, period, minConfidence, (int) minPerSide, includeDuplicates, targets, aliases);
  }

  private List<StanceTarget> targets(Node node) {
    List<StanceTarget> targets = new ArrayList<>();
    if (node == null) {
      return targets;
    }
    if (!(node instanceof SequenceNode)) {
      throw error(node, "targets", "must be a list of targets");
    }
    Set<String> ids = new LinkedHashSet<>();
    List<Node> items = ((SequenceNode) node).getValue();
    for (int i = 0; i < items.size(); i++) {
      String field = "targets[" + i + "]";
      Map<String, Node> t =
          mapping(items.get(i), field, Set.of("id", "kind", "label", "description", "terms", "article_terms", "support_cues", "oppose_cues"));
      String id = string(t, field + ".id", null);
      if (id == null || !TARGET_ID.matcher(id).matches()) {
        throw error(t.getOrDefault("id", items.get(i)), field + ".id", "required: lower-case letters, digits, '-' or '_'");
      }
      if (!ids.add(id)) {
        throw error(t.get("id"), field + ".id", "duplicate target id '" + id + "'");
      }
      String kind = string(t, field + ".kind", StanceTarget.TOPIC);
      if (!kind.equals(StanceTarget.TOPIC) && !kind.equals(StanceTarget.CLAIM)) {
        throw error(t.get("kind"), field + ".kind", "must be topic or claim; got '" + kind + "'");
      }
      String label = string(t, field + ".label", id);
      List<String> terms = strings(t, field + ".terms", List.of());
      if (terms.isEmpty()) {
        throw error(t.getOrDefault("terms", items.get(i)), field + ".terms", "required: a non-empty list of words or phrases");
      }
      targets.add(
          new StanceTarget(
              id,
              kind,
              label,
              string(t, field + ".description", ""),
              terms,
              strings(t, field + ".article_terms", List.of()),
              strings(t, field + ".support_cues", List.of()),
              strings(t, field + ".oppose_cues", List.of())));
    }
    return targets;
  }

  private Map<String, Node> section(Map<String, Node> top, String name, Set<String> allowed) {
    Node n = top.get(name);
    return n == null ? Map.of() : mapping(n, name, allowed);
  }

  private Map<String, Node> mapping(Node node, String field, Set<String> allowed) {
    if (!(node instanceof MappingNode)) {
      throw error(node, field.isEmpty() ? "(top level)" : field, "must be a mapping of keys to values");
    }
    Map<String, Node> map = new LinkedHashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      String path = field.isEmpty() ? key : field + "." + key;
      if (!allowed.contains(key)) {
        throw error(tuple.getKeyNode(), path, "unknown field (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
      map.put(key, tuple.getValueNode());
    }
    return map;
  }

  private String string(Map<String, Node> map, String field, String dflt) {
    Node n = map.get(field.substring(field.lastIndexOf('.') + 1));
    if (n == null) {
      return dflt;
    }
    if (!(n instanceof ScalarNode)) {
      throw error(n, field, "must be a single value");
    }
    String v = ((ScalarNode) n).getValue().trim();
    return v.isEmpty() ? dflt : v;
  }

  private List<String> strings(Map<String, Node> map, String field, List<String> dflt) {
    Node n = map.get(field.substring(field.lastIndexOf('.') + 1));
    if (n == null) {
      return dflt;
    }
    List<String> values = new ArrayList<>();
    if (n instanceof ScalarNode) {
      for (String part : ((ScalarNode) n).getValue().split(",")) {
        if (!part.isBlank()) {
          values.add(part.trim());
        }
      }
      return values;
    }
    if (!(n instanceof SequenceNode)) {
      throw error(n, field, "must be a list");
    }
    for (Node item : ((SequenceNode) n).getValue()) {
      if (!(item instanceof ScalarNode) || ((ScalarNode) item).getValue().isBlank()) {
        throw error(item, field, "list items must be non-empty words or phrases");
      }
      values.add(((ScalarNode) item).getValue().trim());
    }
    return values;
  }

  private double number(Map<String, Node> map, String field, double dflt) {
    String v = string(map, field, null);
    if (v == null) {
      return dflt;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw error(map.get(field.substring(field.lastIndexOf('.') + 1)), field, "must be a number; got '" + v + "'");
    }
  }

  private boolean bool(Map<String, Node> map, String field, boolean dflt) {
    String v = string(map, field, null);
    if (v == null) {
      return dflt;
    }
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
        return true;
      case "false":
      case "no":
        return false;
      default:
        throw error(map.get(field.substring(field.lastIndexOf('.') + 1)), field, "must be true or false; got '" + v + "'");
    }
  }

  private IllegalArgumentException error(Node node, String field, String message) {
    String where = node == null || node.getStartMark() == null ? "" : " line " + (node.getStartMark().getLine() + 1);
    return new IllegalArgumentException(source + where + ": " + field + ": " + message);
  }
}
