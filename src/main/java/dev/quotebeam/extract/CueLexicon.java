package dev.quotebeam.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Speech, report and cognition verbs ("said", "told", "insisted", "warns") that can introduce a statement.
 *
 * <p>Loaded once from {@code speech-verbs.txt} next to this class: one lemma per line followed by its inflected
 * forms, and the flags {@code +obj} for verbs that take an addressee before the reported clause ("told reporters
 * that …"), {@code +quoted} for verbs that are cues only before a quoted fragment ("called it “a tax”") and
 * {@code +to} for verbs whose content may be a to-clause ("hopes to win", "vowed to fight"); then
 * {@code train-cues.txt} (see the resource README), whose forms never override the first file's. Lookups are by lower-cased form. Immutable and thread-safe.
 *
 * <p>Example: {@code isCue("Warned")} is true; {@code takesObject("informed")} is true; {@code isCue("walked")} false.
 */
public final class CueLexicon implements java.io.Serializable {
  private static final CueLexicon DEFAULT = load("speech-verbs.txt", "train-cues.txt");

  private final Map<String, String> formToLemma;
  private final Set<String> takesObject;
  private final Set<String> needsQuote;
  private final Set<String> takesInfinitive;

  private CueLexicon(Map<String, String> formToLemma, Set<String> takesObject, Set<String> needsQuote,
      Set<String> takesInfinitive) {
    this.formToLemma = Collections.unmodifiableMap(formToLemma);
    this.takesObject = Collections.unmodifiableSet(takesObject);
    this.needsQuote = Collections.unmodifiableSet(needsQuote);
    this.takesInfinitive = Collections.unmodifiableSet(takesInfinitive);
  }

  /** The shipped lexicon. */
  public static CueLexicon defaults() {
    return DEFAULT;
  }

  /** True when {@code word} is an inflected form of a cue verb. */
  public boolean isCue(String word) {
    return formToLemma.containsKey(Tokenizer.lowerCase(word));
  }

  /**
   * True when {@code word}, ending at offset {@code end} of {@code text}, is a cue there: as {@link #isCue}, but
   * {@code point} only in {@code point out that}, being elsewhere the noun ({@code 8 points}) or another act
   * ({@code pointed to the chart}, {@code points out the window}).
   */
  public boolean isCueAt(String word, String text, int end) {
    return isCue(word) && (!"point".equals(lemma(word)) || text.startsWith(" out that ", end));
  }

  /** The lemma of a cue form ("told" → "tell"), or null. */
  public String lemma(String word) {
    return formToLemma.get(Tokenizer.lowerCase(word));
  }

  /** True when the verb takes an addressee object before its clause ("told X that"). */
  public boolean takesObject(String word) {
    String lemma = lemma(word);
    return lemma != null && takesObject.contains(lemma);
  }

  /** True when the verb is a cue only with a quoted fragment in its content ("called it “a tax”"). */
  public boolean needsQuote(String word) {
    String lemma = lemma(word);
    return lemma != null && needsQuote.contains(lemma);
  }

  /** True when the verb's content may be a to-clause ("hopes to win"). */
  public boolean takesInfinitive(String word) {
    String lemma = lemma(word);
    return lemma != null && takesInfinitive.contains(lemma);
  }

  private static CueLexicon load(String... resources) {
    Map<String, String> forms = new LinkedHashMap<>();
    Set<String> objects = new LinkedHashSet<>();
    Set<String> quoted = new LinkedHashSet<>();
    Set<String> infinitive = new LinkedHashSet<>();
    for (String resource : resources) {
      read(resource, forms, objects, quoted, infinitive);
    }
    return new CueLexicon(forms, objects, quoted, infinitive);
  }

  private static void read(String resource, Map<String, String> forms, Set<String> objects, Set<String> quoted,
      Set<String> infinitive) {
    for (String[] parts : entries(resource)) {
      for (String part : parts) {
        if (part.equals("+obj")) {
          objects.add(parts[0]);
        } else if (part.equals("+quoted")) {
          quoted.add(parts[0]);
        } else if (part.equals("+to")) {
          infinitive.add(parts[0]);
        } else {
          forms.putIfAbsent(part, parts[0]);
        }
      }
    }
  }

  /**
   * The lines of a lexicon resource of this package as lower-cased words, blank lines and {@code #} comments left
   * out: {@code "say says said +obj"} gives {@code [say, says, said, +obj]}.
   */
  static List<String[]> entries(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          out.add(trimmed.toLowerCase(Locale.ROOT).split("\\s+"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
