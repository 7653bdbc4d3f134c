package dev.quotebeam.extract;

import dev.quotebeam.extract.Tokenizer.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learned attribution cue and content decision for the gaps the rules leave: which words, in which context, open
 * an attribution relation, and which of a few content spans around the word is its content.
 *
 * <p>Rules cover the frequent cues in their usual shapes; PolNeAR's attribution relations have a long tail of cues
 * ("assailed", "lashed out at", "in his view") and shapes ("support for X", "X, polls suggest"). {@link
 * AttitudeRelations} asks this model about every word of its {@linkplain #isCandidate vocabulary} that no rule
 * statement covers, once per content {@linkplain Choice choice}; the highest scoring choice above the threshold
 * becomes a statement. The score is the summed weight of features of the word, its neighbours and the choice
 * ({@link #features}); weights, threshold and vocabulary are trained on PolNeAR train by {@code
 * scripts/polnear-train-content-model.py} (see the package README), which reads the features this class computes.
 *
 * <p>A choice's {@linkplain #speakerKind speaker kind} may have its own threshold: learned speakers are right about
 * as often as the rules' only for some kinds (a name right before the cue), so the others need a higher score.
 *
 * <p>Example: with the lines {@code cue assailed}, {@code c=object|w=assailed 2} and {@code threshold 1},
 * {@code Mayor Roe assailed the plan at a rally.} scores 2 for the object choice {@code the plan}. Immutable and thread-safe.
 */
public final class ContentModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Content spans scored for a cue word. */
  enum Choice {
    /** From the word after the cue to the sentence end or a clause break ({@code believes that …}). */
    CLAUSE,
    /** From the word after the cue to the end of its object ({@code assailed the plan at a rally}). */
    OBJECT,
    /** After a preposition following the cue, to the end of its object ({@code support for the plan}). */
    PARTICLE,
    /** The sentence before a trailing cue and its subject ({@code The plan will fail, critics fear.}). */
    BEFORE,
    /** The rest of the sentence after a comma closing the cue's phrase ({@code According to Roe, …}). */
    COMMA
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "who", "you");
  private static final Set<String> QUOTES = Set.of("“", "”", "\"", "‘", "’", "'");
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "what", "why");
  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "no");
  /** Kinds of a learned choice's speaker, as {@link #speakerKind} names them; each may have its own threshold. */
  static final Set<String> SPEAKER_KINDS = Set.of("name", "pronoun", "possessive", "borrowed", "other");
  /** A model that accepts nothing: the rules alone. */
  static final ContentModel NONE = parse(List.of("threshold\tInfinity"));

  private final Map<String, Double> weights;
  private final double threshold;
  private final Map<String, Double> thresholds;
  private final Set<String> vocabulary;

  private ContentModel(Map<String, Double> weights, double threshold, Map<String, Double> thresholds,
      Set<String> vocabulary) {
    this.weights = Collections.unmodifiableMap(weights);
    this.threshold = threshold;
    this.thresholds = Collections.unmodifiableMap(thresholds);
    this.vocabulary = Collections.unmodifiableSet(vocabulary);
  }

  /** The shipped model ({@code content-model.txt}). */
  public static ContentModel defaults() {
    return Shipped.MODEL;
  }

  /**
   * Holds the shipped model, read on first use only: the training script runs the rules ({@link #NONE}) while it
   * rewrites the resource, so loading this class must not read it.
   */
  private static final class Shipped {
    static final ContentModel MODEL = read("content-model.txt");
  }

  /**
   * A model from lines {@code cue<TAB>word} (a candidate word, lower case), {@code threshold<TAB>t} (exactly one),
   * {@code threshold:kind<TAB>t} (the threshold of one of {@link #SPEAKER_KINDS}, else {@code t}) and
   * {@code feature<TAB>weight}, each key once; blank lines and {@code #} comments are skipped.
   */
  static ContentModel parse(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    Map<String, Double> weights = new HashMap<>();
    Set<String> vocabulary = new HashSet<>();
    Map<String, Double> thresholds = new HashMap<>();
    Double threshold = null;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException("line without a tab-separated value: " + line);
      }
      String key = line.substring(0, tab);
      String value = line.substring(tab + 1).strip();
      boolean duplicate;
      if (key.equals("cue")) {
        duplicate = !vocabulary.add(value);
      } else if (key.equals("threshold")) {
        duplicate = threshold != null;
        threshold = Double.parseDouble(value);
      } else if (key.startsWith("threshold:")) {
        String kind = key.substring("threshold:".length());
        if (!SPEAKER_KINDS.contains(kind)) {
          throw new IllegalArgumentException("unknown speaker kind: " + line);
        }
        duplicate = thresholds.put(kind, Double.parseDouble(value)) != null;
      } else {
        duplicate = weights.put(key, Double.parseDouble(value)) != null;
      }
      if (duplicate) {
        throw new IllegalArgumentException("duplicate line: " + line);
      }
    }
    if (threshold == null) {
      throw new IllegalArgumentException("no threshold line");
    }
    return new ContentModel(weights, threshold, thresholds, vocabulary);
  }

  /** True when {@code lower} (a lower-cased token) is a word the model scores. */
  boolean isCandidate(String lower) {
    return vocabulary.contains(lower);
  }

  /** True when a choice scoring {@code score} whose speaker is of kind {@code kind} is a relation. */
  boolean accepts(double score, String kind) {
    return score > thresholds.getOrDefault(kind, threshold);
  }

  /**
   * The kind of a choice's speaker from its source feature ({@code how|kind}, as {@link AttitudeRelations} gives it):
   * {@code name} for a capitalised subject right before the cue, {@code pronoun} for a subject pronoun,
   * {@code possessive}, {@code borrowed} (the speaker of an earlier statement or sentence subject), else
   * {@code other} (a noun subject, a subject further back, an {@code According to X,} phrase).
   */
  static String speakerKind(String source) {
    return switch (source) {
      case "subject|name+" -> "name";
      case "subject|pronoun", "subject|pronoun+" -> "pronoun";
      default -> source.startsWith("possessive|") ? "possessive" : source.startsWith("borrowed|") ? "borrowed"
          : "other";
    };
  }

  /** The summed weights of {@code features}. */
  double score(List<String> features) {
    double sum = 0;
    for (String f : features) {
      sum += weights.getOrDefault(f, 0.0);
    }
    return sum;
  }

  /**
   * Feature strings of cue word {@code i} of sentence {@code toks} with content {@code choice} over tokens
   * {@code [first, last]}: the word, a crude stem and ending, the words before and after, the class of the next token,
   * (capitalised ones as one class), whether a capitalised word, a pronoun or a determiner precedes it, the word's lexicon class ({@code lexicon}:
   * belief, evidence, speech or none), the kind of source found ({@code source}); each also joined with the choice,
   * with the content's length in tokens (bucketed) and whether it runs to the sentence end.
   */
  static List<String> features(List<Token> toks, int i, Choice choice, int first, int last, String lexicon,
      String source) {
    String w = toks.get(i).lower();
    Token prev = i > 0 ? toks.get(i - 1) : null;
    String pl = prev == null || prev.text().equals(".") || prev.text().equals("!") || prev.text().equals("?")
        ? "<s>" : prev.lower();
    String p = prev == null ? pl : word(prev, pl);
    String n = i + 1 < toks.size() ? word(toks.get(i + 1), toks.get(i + 1).lower()) : "</s>";
    String nc = nextClass(toks, i);
    String e = ending(w);
    String c = "c=" + choice.name().toLowerCase(java.util.Locale.ROOT);
    List<String> out = new ArrayList<>(24);
    out.add("b");
    out.add("w=" + w);
    out.add("s=" + stem(w));
    out.add("e=" + e);
    out.add("p=" + p);
    out.add("n=" + n);
    out.add("nc=" + nc);
    out.add("wnc=" + w + "|" + nc);
    out.add("lex=" + lexicon);
    out.add("src=" + source);
    if (prev != null && prev.isCapitalized()) {
      out.add("pc");
    }
    if (PRONOUNS.contains(pl)) {
      out.add("pp");
    }
    boolean determiner = DETERMINERS.contains(pl) || pl.endsWith("’s") || pl.endsWith("'s");
    if (determiner) {
      out.add("pd");
    }
    int length = last - first + 1;
    String len = length <= 1 ? "1" : length <= 3 ? "3" : length <= 7 ? "7" : length <= 15 ? "15" : "more";
    boolean toEnd = last >= toks.size() - 2;
    out.add(c);
    out.add(c + "|w=" + w);
    out.add(c + "|s=" + stem(w));
    out.add(c + "|nc=" + nc);
    out.add(c + "|n=" + n);
    out.add(c + "|e=" + e);
    out.add(c + "|lex=" + lexicon);
    out.add(c + "|len=" + len);
    out.add(c + "|src=" + source);
    out.add(c + "|end=" + toEnd);
    out.add(c + "|pd=" + determiner);
    out.add(c + "|enc=" + e + "|" + nc);
    return out;
  }

  /**
   * A neighbour {@code t} (lower-cased {@code lower}) as a feature: {@code <cap>} for a capitalised word other than a
   * pronoun or determiner, so no name is learned; else the word.
   */
  private static String word(Token t, String lower) {
    return t.isCapitalized() && !PRONOUNS.contains(lower) && !DETERMINERS.contains(lower) ? "<cap>" : lower;
  }

  /** True for a subject pronoun. */
  static boolean isPronoun(String lower) {
    return PRONOUNS.contains(lower);
  }

  /** The word less its first -ing/-ed/-es/-s/-d ending (leaving at least 3 letters) and trailing e's. */
  static String stem(String w) {
    for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        return stripE(w.substring(0, w.length() - suffix.length()));
      }
    }
    return stripE(w);
  }

  private static String stripE(String w) {
    int end = w.length();
    while (end > 0 && w.charAt(end - 1) == 'e') {
      end--;
    }
    return w.substring(0, end);
  }

  private static String ending(String w) {
    return w.endsWith("ing") ? "ing" : w.endsWith("ed") ? "ed" : w.endsWith("s") ? "s" : "-";
  }

  private static String nextClass(List<Token> toks, int i) {
    if (i + 1 >= toks.size()) {
      return "end";
    }
    String n = toks.get(i + 1).lower();
    if (CLAUSE_OPENERS.contains(n)) {
      return "that";
    }
    if (n.equals("to")) {
      return "to";
    }
    if (QUOTES.contains(n)) {
      return "quote";
    }
    if (n.equals(":") || n.equals(",") || n.equals(";")) {
      return n;
    }
    return Character.isLetterOrDigit(n.charAt(0)) ? "word" : "other";
  }

  private static ContentModel read(String resource) {
    try (InputStream in = ContentModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
