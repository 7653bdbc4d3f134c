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
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Merges the in-article speaker names of a whole corpus into canonical actors with deterministic ids.
 *
 * <p>Names are grouped by a <em>block key</em> (the surname for persons and for one-word names of any type but
 * GROUP, the whole normalised name for other organisations, groups and unknowns), so the decision for one block
 * needs only that block's names. Within a surname block:
 * <ol>
 *   <li>full names with the same first name and surname (middle initials, suffixes and case ignored) are one
 *       actor: "Maria L. Ortega Jr." = "Maria Ortega";
 *   <li>a one-word name is settled once for the corpus by a type vote, because its in-article type is a guess
 *       ("Roe said" with no full name in the article is typed an organisation): it is the organisation when
 *       its ORGANIZATION statements are at least as many as the block's PERSON statements (full names
 *       included); otherwise it joins the block's single full-name actor, or, with none or two or more ("Anna
 *       Berg", "Lars Berg"), stays a surname-only person rather than a guess. Ties go to the organisation, as
 *       before the vote; UNKNOWN abstains.
 * </ol>
 * The canonical name is the most frequent full form (then the longest, then alphabetical); the id is a hash of the
 * type and the cluster key, so it is the same on every run and runner, and the same as without the vote for
 * names it does not move. Thread-safe.
 *
 * <pre>
 * [PERSON "Ada Quill" x3, ORGANIZATION "Quill" x2]   ->  both -> p-…(ada quill), name "Ada Quill"
 * [PERSON "Hal Ford" x1, ORGANIZATION "Ford" x2]     ->  "Ford" -> o-…(ford), "Hal Ford" -> p-…(hal ford)
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

  /** One name variant of a block, with the speaker type it was given and how many statements used both. */
  public static final class NameCount implements Serializable {
    final String type;
    final String name;
    final long count;

    public NameCount(String type, String name, long count) {
      this.type = type;
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

  /**
   * Block key of a speaker: names in different blocks are never merged. Null when the name is unusable, and for a
   * group named by common words alone ("officials", "local critics"): those are not one actor across articles, so
   * they keep their speaker name but get no actor; "Pentagon officials" does.
   */
  public String blockKey(String type, String name) {
    List<String> tokens = tokens(name);
    if (tokens.isEmpty() || Statement.GROUP.equals(type) && name.equals(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (Statement.PERSON.equals(type) || (tokens.size() == 1 && !Statement.GROUP.equals(type))) {
      return "p|" + surname(tokens);
    }
    return typePrefix(type) + "|" + String.join(" ", tokens);
  }

  /**
   * Resolves every variant of one block; a name given several types is resolved once. Output is sorted by
   * variant, one resolution per distinct name as written.
   */
  public List<Resolution> resolveBlock(String blockKey, List<NameCount> variants) {
    String prefix = blockKey.substring(0, blockKey.indexOf('|'));
    Map<String, List<NameCount>> clusters = new TreeMap<>();
    List<NameCount> singles = new ArrayList<>();
    long personVotes = 0;
    long organizationVotes = 0;
    for (NameCount v : variants) {
      List<String> tokens = tokens(v.name);
      if (!prefix.equals("p")) {
        clusters.computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>()).add(v);
        continue;
      }
      if (Statement.PERSON.equals(v.type)) {
        personVotes += v.count;
      } else if (Statement.ORGANIZATION.equals(v.type)) {
        organizationVotes += v.count;
      }
      if (tokens.size() < 2) {
        singles.add(v);
      } else {
        clusters.computeIfAbsent(tokens.get(0) + " " + surname(tokens), k -> new ArrayList<>()).add(v);
      }
    }
    Map<String, String> idPrefixes = new TreeMap<>();
    if (!singles.isEmpty()) {
      String single = blockKey.substring(2);
      if (organizationVotes > 0 && organizationVotes >= personVotes) {
        clusters.put(single, singles);
        idPrefixes.put(single, "o");
      } else if (clusters.size() == 1) {
        clusters.values().iterator().next().addAll(singles);
      } else {
        clusters.computeIfAbsent(single, k -> new ArrayList<>()).addAll(singles);
        idPrefixes.put(single, personVotes > 0 ? "p" : "u");
      }
    }
    List<Resolution> out = new ArrayList<>();
    for (Map.Entry<String, List<NameCount>> cluster : clusters.entrySet()) {
      String idPrefix = idPrefixes.getOrDefault(cluster.getKey(), prefix);
      String id = idPrefix + "-" + Ids.sha256Hex(idPrefix + ":" + cluster.getKey(), 12);
      String canonical = canonicalName(cluster.getValue());
      for (String name : new TreeSet<>(names(cluster.getValue()))) {
        out.add(new Resolution(name, id, canonical));
      }
    }
    out.sort(Comparator.comparing(r -> r.variant));
    return out;
  }

  private static List<String> names(List<NameCount> variants) {
    List<String> names = new ArrayList<>();
    for (NameCount v : variants) {
      names.add(v.name);
    }
    return names;
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

  /**
   * The speaker type an actor id stands for: the corpus-wide vote for a one-word name, the statement's own type
   * for any other ({@code "o-3cd9…"} → ORGANIZATION).
   */
  public static String actorType(String actorId) {
    switch (actorId.charAt(0)) {
      case 'p':
        return Statement.PERSON;
      case 'o':
        return Statement.ORGANIZATION;
      case 'g':
        return Statement.GROUP;
      default:
        return Statement.UNKNOWN;
    }
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
