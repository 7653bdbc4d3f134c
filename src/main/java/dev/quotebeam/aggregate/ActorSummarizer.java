package dev.quotebeam.aggregate;

import dev.quotebeam.model.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accumulates one actor's statements into its {@code actors} row: counts by kind, articles, sources, the date
 * range, and the aliases and roles seen. Not thread-safe; one instance per actor.
 */
public final class ActorSummarizer {
  private static final Set<String> NOT_ALIASES =
      Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "their");

  private String actorId;
  private String name;
  private final TreeMap<String, Integer> types = new TreeMap<>();
  private final TreeSet<String> aliases = new TreeSet<>();
  private final TreeSet<String> roles = new TreeSet<>();
  private final TreeSet<String> articles = new TreeSet<>();
  private final TreeSet<String> sources = new TreeSet<>();
  private long total;
  private long direct;
  private long partial;
  private long indirect;
  private String first;
  private String last;

  /** Adds one statement of this actor, with the source (site) of its article. */
  public void add(Statement s, String source) {
    actorId = s.getActorId();
    name = s.getActorName();
    types.merge(s.getSpeakerType(), 1, Integer::sum);
    total++;
    if (Statement.DIRECT.equals(s.getKind())) {
      direct++;
    } else if (Statement.PARTIAL.equals(s.getKind())) {
      partial++;
    } else {
      indirect++;
    }
    articles.add(s.getArticleId());
    if (source != null) {
      sources.add(source);
    }
    addAlias(s.getSpeakerName());
    addAlias(s.getSpeakerText());
    if (s.getRole() != null && !s.getRole().isBlank()) {
      roles.add(s.getRole());
    }
    String d = s.getStatementDate();
    if (d != null) {
      first = first == null || d.compareTo(first) < 0 ? d : first;
      last = last == null || d.compareTo(last) > 0 ? d : last;
    }
  }

  private void addAlias(String alias) {
    if (alias == null || alias.isBlank() || NOT_ALIASES.contains(alias.toLowerCase(Locale.ROOT))) {
      return;
    }
    if (!Character.isUpperCase(alias.codePointAt(0))) {
      return; // "the mayor", "officials": role nominals, not names
    }
    aliases.add(alias);
  }

  /** Values of the {@code actors} row, in column order. */
  public Object[] values() {
    aliases.remove(name);
    String type =
        types.entrySet().stream()
            .max((a, b) -> a.getValue() != b.getValue() ? Integer.compare(a.getValue(), b.getValue()) : b.getKey().compareTo(a.getKey()))
            .map(e -> e.getKey())
            .orElse(Statement.UNKNOWN);
    return new Object[] {
      actorId,
      name,
      type,
      aliases.isEmpty() ? null : String.join("; ", aliases),
      roles.isEmpty() ? null : String.join("; ", roles),
      total,
      direct,
      partial,
      indirect,
      (long) articles.size(),
      (long) sources.size(),
      first,
      last
    };
  }
}
