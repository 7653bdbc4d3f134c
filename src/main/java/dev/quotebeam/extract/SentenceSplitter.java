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
 * common sentence opener ("He", "The"). A line break ends a sentence after sentence punctuation when a capital,
 * digit or quote mark follows, and before a quote mark that follows a line that opened with one. Spans are
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

  /** Marks that open a quotation at a line start (a mis-typed {@code ”} included). */
  private static final String QUOTE_OPENERS = "“”\"«„";

  /** Sentence spans of {@code text}, in order, each trimmed and non-empty. */
  public List<int[]> split(String text) {
    Objects.requireNonNull(text, "text");
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        int k = i;
        while (k < n && Tokenizer.isSpace(text.charAt(k))) {
          k++;
        }
        if (breaksSentence(text, i, k)) {
          add(out, text, start, i);
          start = k;
        }
        i = k - 1; // the whole whitespace run is looked at once
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
        if (c == '.' && j == i + 1 && i > 0 && Tokenizer.missingSpace(text, i, n)) {
          add(out, text, start, i + 1); // "Roe said.Lee agreed.": a sentence end whose space was lost
          start = i + 1;
        }
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
   * Whether the line break at {@code i}, whose whitespace run ends at {@code k}, ends a sentence: the next line opens
   * with a capital or digit after a line that ends in sentence punctuation, or opens with a quote mark after a line
   * that ended in sentence punctuation or itself opened with one (lines of quotes kept in one paragraph: vox pops,
   * lists); a break that only wraps a sentence ({@code the plan was↵“dead on arrival”}) does not.
   */
  private static boolean breaksSentence(String text, int i, int k) {
    int b = i - 1;
    while (b >= 0 && Tokenizer.isSpace(text.charAt(b))) {
      b--;
    }
    if (k >= text.length() || b < 0) {
      return false;
    }
    char next = text.charAt(k);
    boolean ended = ".!?…:”\"»".indexOf(text.charAt(b)) >= 0
        && (text.charAt(b) != '.' || periodEndsSentence(text, b, k));
    if (QUOTE_OPENERS.indexOf(next) >= 0) {
      return ended || QUOTE_OPENERS.indexOf(text.charAt(lineStart(text, b))) >= 0;
    }
    return ended && (Character.isUpperCase(next) || Character.isDigit(next));
  }

  /** Offset of the first non-space character of the line that holds offset {@code b}. */
  private static int lineStart(String text, int b) {
    int s = text.lastIndexOf('\n', b) + 1;
    while (s < b && Tokenizer.isSpace(text.charAt(s))) {
      s++;
    }
    return s;
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
