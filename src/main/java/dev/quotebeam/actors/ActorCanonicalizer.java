package dev.quotebeam.actors;

import dev.quotebeam.model.Statement;
import dev.quotebeam.util.Ids;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Merges the in-article speaker names of a whole corpus into canonical actors with deterministic ids.
 *
 * <p>Names are grouped by a <em>block key</em> (type plus surname for persons, the whole normalised name for
 * organisations and groups), so the decision for one block needs only that block's names. Within a person block:
 * <ol>
 *   <li>full names with the same first name and surname (middle initials, suffixes and case ignored) are one
 *       actor: "Maria L. Ortega Jr." = "Maria Ortega";
 *   <li>a surname-only name joins the block's single full-name actor when there is exactly one; with two or
 *       more ("Anna Berg", "Lars Berg") it stays an actor of its own rather than a guess.
 * </ol>
 * The canonical name is the most frequent full form (then the longest, then alphabetical); the id is a hash of the
 * type and the cluster key, so it is the same on every run and runner. Thread-safe.
 *
 * <pre>
 * ["Ada Quill" x3, "Quill" x5]  ->  both -> p-…(ada quill), name "Ada Quill"
 * </pre>
 */
public final class ActorCanonicalizer implements Serializable {
  /** Declared aliases: normalised alias tokens → canonical name, e.g. "port authority" → "Harbour Authority". */
  private final Map<String, String> aliases;

  /** A canonicalizer without declared aliases. */
  public ActorCanonicalizer() {
    this(Map.of());
  }

  /**
   * A canonicalizer that first maps declared aliases to their canonical name ({@code "the Port Authority"}
   * → {@code "Harbour Authority"}), as a pipeline spec's {@code actors.aliases} lists them.
   */
  public ActorCanonicalizer(Map<String, List<String>> canonicalToAliases) {
    Map<String, String> m = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : canonicalToAliases.entrySet()) {
      m.put(String.join(" ", tokens(e.getKey())), e.getKey());
      for (String alias : e.getValue()) {
        m.put(String.join(" ", tokens(alias)), e.getKey());
      }
    }
    this.aliases = Map.copyOf(m);
  }

  /** The declared canonical name of {@code name}, or {@code name} itself. */
  public String alias(String name) {
    return name == null ? null : aliases.getOrDefault(String.join(" ", tokens(name)), name);
  }

  private static final Pattern NON_NAME = Pattern.compile("[^\\p{L}\\p{Nd}' -]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");
  private static final Set<String> LEADING_ARTICLES = Set.of("the");

  /** One name variant of a block with how many statements used it. */
  public static final class NameCount implements Serializable {
    final String name;
    final long count;

    public NameCount(String name, long count) {
      this.name = name;
      this.count = count;
    }
  }

  /** The canonical actor a name variant resolves to. */
  public static final class Resolution implements Serializable {
    public final String variant;
    public final String actorId;
    public final String canonicalName;

    Resolution(String variant, String actorId, String canonicalName) {
      this.variant = variant;
      this.actorId = actorId;
      this.canonicalName = canonicalName;
    }
  }

  /** Block key of a speaker: names in different blocks are never merged. Null when the name is unusable. */
  public String blockKey(String type, String name) {
    List<String> tokens = tokens(name);
    if (tokens.isEmpty()) {
      return null;
    }
    if (Statement.PERSON.equals(type)) {
      return "p|" + surname(tokens);
    }
    return typePrefix(type) + "|" + String.join(" ", tokens);
  }

  /** Resolves every variant of one block. Output is sorted by variant. */
  public List<Resolution> resolveBlock(String blockKey, List<NameCount> variants) {
    String prefix = blockKey.substring(0, blockKey.indexOf('|'));
    Map<String, List<NameCount>> clusters = new TreeMap<>();
    List<NameCount> singles = new ArrayList<>();
    for (NameCount v : variants) {
      List<String> tokens = tokens(v.name);
      if (!prefix.equals("p")) {
        clusters.computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>()).add(v);
      } else if (tokens.size() < 2) {
        singles.add(v);
      } else {
        clusters.computeIfAbsent(tokens.get(0) + " " + surname(tokens), k -> new ArrayList<>()).add(v);
      }
    }
    if (!singles.isEmpty()) {
      if (clusters.size() == 1) {
        clusters.values().iterator().next().addAll(singles);
      } else {
        clusters.computeIfAbsent(blockKey.substring(2), k -> new ArrayList<>()).addAll(singles);
      }
    }
    List<Resolution> out = new ArrayList<>();
    for (Map.Entry<String, List<NameCount>> cluster : clusters.entrySet()) {
      String id = prefix + "-" + Ids.sha256Hex(prefix + ":" + cluster.getKey(), 12);
      String canonical = canonicalName(cluster.getValue());
      for (NameCount v : cluster.getValue()) {
        out.add(new Resolution(v.name, id, canonical));
      }
    }
    out.sort(Comparator.comparing(r -> r.variant));
    return out;
  }

  private static String canonicalName(List<NameCount> variants) {
    Map<String, Long> counts = new TreeMap<>();
    for (NameCount v : variants) {
      counts.merge(v.name, v.count, Long::sum);
    }
    int maxTokens = 0;
    for (String n : counts.keySet()) {
      maxTokens = Math.max(maxTokens, Math.min(2, n.trim().split("\\s+").length));
    }
    String best = null;
    long bestCount = -1;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      int tokens = Math.min(2, e.getKey().trim().split("\\s+").length);
      if (tokens < maxTokens) {
        continue; // prefer a full name over a surname whatever the counts
      }
      if (e.getValue() > bestCount
          || (e.getValue() == bestCount && e.getKey().length() > best.length())) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  private static String typePrefix(String type) {
    if (Statement.ORGANIZATION.equals(type)) {
      return "o";
    }
    if (Statement.GROUP.equals(type)) {
      return "g";
    }
    return "u";
  }

  /** Lower-cased, accent-folded name tokens without punctuation, a leading "the" and name suffixes. */
  static List<String> tokens(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'');
    folded = NON_NAME.matcher(folded).replaceAll(" ");
    List<String> tokens = new ArrayList<>();
    for (String t : SPACES.split(folded.trim())) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    if (!tokens.isEmpty() && LEADING_ARTICLES.contains(tokens.get(0))) {
      tokens.remove(0);
    }
    while (tokens.size() > 1 && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    return tokens;
  }

  private static String surname(List<String> tokens) {
    return tokens.get(tokens.size() - 1);
  }
}
