package dev.quotebeam.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A list of word phrases matched against {@link StanceText}, longest first: {@code "call* for"} matches "called
 * for" and "calling for".
 *
 * <p>In lexicon files a word ending in {@code *} also matches its {@link Inflections}; other words match as
 * written. Target terms are inflected word by word. A phrase never spans a comma or sentence end. Immutable.
 */
final class PhraseList implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A phrase found in a text: words {@code [start, end)} and the phrase as listed. */
  static final class Match {
    final int start;
    final int end;
    final String label;

    Match(int start, int end, String label) {
      this.start = start;
      this.end = end;
      this.label = label;
    }
  }

  private static final class Phrase implements Serializable {
    private static final long serialVersionUID = 1L;
    final String label;
    final List<Set<String>> slots;

    Phrase(String label, List<Set<String>> slots) {
      this.label = label;
      this.slots = slots;
    }
  }

  /** Phrases by each form of their first word, longest first, then in listing order. */
  private final HashMap<String, List<Phrase>> byFirstWord = new HashMap<>();

  private PhraseList(List<Phrase> phrases) {
    List<Phrase> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt((Phrase p) -> -p.slots.size()));
    for (Phrase p : sorted) {
      for (String first : p.slots.get(0)) {
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** Target terms: every word of every term inflected. */
  static PhraseList ofTerms(List<String> terms) {
    List<Phrase> phrases = new ArrayList<>();
    for (String term : terms) {
      List<Set<String>> slots = new ArrayList<>();
      for (String w : new StanceText(term).words) {
        slots.add(new HashSet<>(Inflections.of(w)));
      }
      if (!slots.isEmpty()) {
        phrases.add(new Phrase(term.trim().toLowerCase(Locale.ROOT), slots));
      }
    }
    return new PhraseList(phrases);
  }

  /** Lexicon entries: {@code *} marks a word to inflect. */
  static PhraseList ofEntries(List<String> entries) {
    List<Phrase> phrases = new ArrayList<>();
    for (String entry : entries) {
      List<Set<String>> slots = new ArrayList<>();
      for (String w : entry.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
        slots.add(w.endsWith("*") ? new HashSet<>(Inflections.of(w.substring(0, w.length() - 1))) : Set.of(w));
      }
      phrases.add(new Phrase(entry.replace("*", "").trim(), slots));
    }
    return new PhraseList(phrases);
  }

  /** Entries of a classpath lexicon file: one per line, {@code #} starts a comment. */
  static PhraseList load(String resource) {
    return ofEntries(lines(resource));
  }

  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = PhraseList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return out;
  }

  /** The longest phrase starting at word {@code k} and ending at or before word {@code limit}, or null. */
  @Nullable Match at(StanceText t, int k, int limit) {
    List<Phrase> candidates = byFirstWord.get(t.words[k]);
    if (candidates == null) {
      return null;
    }
    for (Phrase p : candidates) {
      int end = k + p.slots.size();
      if (end > limit) {
        continue;
      }
      boolean ok = true;
      for (int s = 1; s < p.slots.size() && ok; s++) {
        ok = t.boundary[k + s] == StanceText.NONE && p.slots.get(s).contains(t.words[k + s]);
      }
      if (ok) {
        return new Match(k, end, p.label);
      }
    }
    return null;
  }

  /** Non-overlapping matches in {@code [from, to)}, scanning left to right. */
  List<Match> findAll(StanceText t, int from, int to) {
    List<Match> out = new ArrayList<>();
    for (int k = Math.max(0, from); k < Math.min(to, t.size()); ) {
      Match m = at(t, k, to);
      if (m != null) {
        out.add(m);
        k = m.end;
      } else {
        k++;
      }
    }
    return out;
  }

  boolean isEmpty() {
    return byFirstWord.isEmpty();
  }

  /** Whether {@code word} alone is listed (for single-word lexicons). */
  boolean containsWord(String word) {
    List<Phrase> ps = byFirstWord.get(word);
    if (ps == null) {
      return false;
    }
    for (Phrase p : ps) {
      if (p.slots.size() == 1) {
        return true;
      }
    }
    return false;
  }
}
