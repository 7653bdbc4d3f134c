package dev.quotebeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits a paragraph of news text into sentences, returned as {@code [start, end)} character spans.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …} (plus any closing quote marks or brackets)
 * when whitespace and then an upper-case letter, digit or opening quote (also the doubled {@code ''} of some
 * archives) follow. A period does not end a sentence
 * after a title or month abbreviation ("Gen.", "Mr.", "Sens.", "Jan. 5"), after a single initial ("John Q. Public"),
 * or after a dotted acronym, company suffix or state abbreviation ("U.S.", "Inc.", "Ky.") unless the next word is a
 * common sentence opener ("He", "The"). A line break ends a sentence when the next line opens with a quote mark, or
 * with a capital or digit after a line that ends in sentence punctuation. Spans are
 * trimmed of surrounding whitespace; a paragraph without a terminator is one sentence.
 *
 * <p>Example: {@code "Gen. Smith spoke. “No.” He left."} gives {@code "Gen. Smith spoke."}, {@code "“No.”"},
 * {@code "He left."}. Linear time; thread-safe.
 */
public final class SentenceSplitter implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Set<String> ABBREVIATIONS = words(
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "reps", "gov", "lt", "col", "sgt", "capt", "maj", "adm",
      "cmdr", "rev", "hon", "pres", "amb", "atty", "gov", "supt", "insp", "cpl", "pvt", "fr", "st", "ste", "mt", "ft",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "v",
      "approx", "dept", "est", "fig", "vol", "op", "univ", "gens", "messrs", "sens", "govs");
  private static final Set<String> SOFT_ABBREVIATIONS = words(
      "inc", "corp", "co", "ltd", "jr", "sr", "etc", "bros", "llc", "plc",
      "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
      "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash",
      "wis", "wyo");
  private static final Set<String> OPENERS = words(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this", "that",
      "there", "his", "her", "their", "its", "our", "as", "if", "when", "while", "after", "before", "so", "yet", "for",
      "some", "many", "most", "no", "not", "what", "who", "why", "how", "these", "those", "one", "another", "still");

  /** Sentence spans of {@code text}, in order, each trimmed and non-empty. */
  public List<int[]> split(String text) {
    Objects.requireNonNull(text, "text");
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        int k = lineBreakEnd(text, i);
        if (k > 0) {
          add(out, text, start, i);
          start = k;
          i = k - 1;
        }
        continue;
      }
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      if (c == '…' && i > 0 && text.charAt(i - 1) == '[') {
        continue;
      }
      int j = i + 1;
      while (j < n && "”\"’')]»".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      if (j < n && !Tokenizer.isSpace(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < n && Tokenizer.isSpace(text.charAt(k))) {
        k++;
      }
      if (k >= n) {
        break;
      }
      char next = text.charAt(k);
      boolean opensSentence = Character.isUpperCase(next) || Character.isDigit(next) || "“\"‘(«[„".indexOf(next) >= 0
          || next == '\'' && k + 1 < n && text.charAt(k + 1) == '\'';
      if (!opensSentence) {
        continue;
      }
      if (c == '.' && !periodEndsSentence(text, i, k)) {
        continue;
      }
      add(out, text, start, j);
      start = k;
      i = k - 1;
    }
    add(out, text, start, n);
    return out;
  }

  /**
   * Where the next sentence starts after the line break at {@code i}, or -1 when the break only wraps a sentence: a
   * line that opens with a quote mark, or follows a line ending in sentence punctuation and opens with a capital or
   * digit, starts a sentence (lines of quotes, lists and captions kept in one paragraph).
   */
  private static int lineBreakEnd(String text, int i) {
    int k = i;
    while (k < text.length() && Tokenizer.isSpace(text.charAt(k))) {
      k++;
    }
    int b = i - 1;
    while (b >= 0 && Tokenizer.isSpace(text.charAt(b))) {
      b--;
    }
    if (k >= text.length() || b < 0) {
      return -1;
    }
    char next = text.charAt(k);
    if ("“”\"«„".indexOf(next) >= 0) {
      return k;
    }
    boolean ended = ".!?…:”\"»".indexOf(text.charAt(b)) >= 0
        && (text.charAt(b) != '.' || periodEndsSentence(text, b, k));
    return ended && (Character.isUpperCase(next) || Character.isDigit(next)) ? k : -1;
  }

  private static boolean periodEndsSentence(String text, int dot, int next) {
    int ws = dot;
    while (ws > 0 && !Tokenizer.isSpace(text.charAt(ws - 1)) && "(“\"‘[".indexOf(text.charAt(ws - 1)) < 0) {
      ws--;
    }
    String word = text.substring(ws, dot);
    if (word.isEmpty()) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lower)) {
      return false;
    }
    boolean acronym = word.indexOf('.') > 0 || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    if (acronym || SOFT_ABBREVIATIONS.contains(lower)) {
      return OPENERS.contains(nextWord(text, next));
    }
    return true;
  }

  private static String nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }

  private static void add(List<int[]> out, String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Tokenizer.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Tokenizer.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new int[] {s, e});
    }
  }

  private static Set<String> words(String... words) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.Arrays.asList(words)));
  }
}
