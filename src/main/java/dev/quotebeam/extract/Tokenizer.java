package dev.quotebeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.Locale;

/**
 * Splits text into word and punctuation tokens with their character offsets.
 *
 * <p>A word is a run of letters and digits joined by inner apostrophes, hyphens (soft ones too), periods or
 * ampersands ("There’s", "US-led", "U.S"), but not by a period that lost its space ("said.Lee"). A period directly
 * after an initial, a dotted acronym or a short title belongs to the word ("H.", "U.S.", "Gen."), so names and titles
 * stay whole; any other non-space character is its own token. No-break spaces and invisible format characters (bidi
 * marks, zero-width spaces) count as spaces ({@link #isSpace}).
 *
 * <p>Example: {@code "Gen. Mark said, “Go.”"} gives {@code Gen.} {@code Mark} {@code said} {@code ,} {@code “}
 * {@code Go} {@code .} {@code ”}. Linear time; thread-safe.
 */
public final class Tokenizer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final java.util.Set<String> DOTTED = java.util.Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "adm", "cmdr",
      "rev", "hon", "pres", "amb", "atty", "st", "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct",
      "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "gens", "reps", "sens");

  /**
   * One token: {@code [start, end)} in the tokenized text, its text and its lower-cased text (computed once: the
   * extractor looks tokens up in lexicons many times).
   */
  public record Token(int start, int end, String text, String lower) implements Serializable {
    /** A token of {@code text}, lower-cased in the root locale. */
    public Token(int start, int end, String text) {
      this(start, end, text, lowerCase(text));
    }

    /** True for a word (starts with a letter or digit). */
    public boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    /** True for a word starting with an upper-case letter. */
    public boolean isCapitalized() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  /** Tokens of {@code text[from, to)}, offsets relative to {@code text}. */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Tokenizer.isSpace(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        out.add(new Token(i, i + 1, String.valueOf(c)));
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        if (Character.isLetterOrDigit(d)) {
          j++;
        } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '&' || d == '\u00AD') && j + 1 < to
            && Character.isLetterOrDigit(text.charAt(j + 1)) && !(d == '.' && missingSpace(text, i, j, to))) {
          j += 2;
        } else if (d == ',' && thousands(text, j, to)) {
          j += 4; // "2,400": the comma groups digits, it ends no clause
        } else {
          break;
        }
      }
      if (j < to && text.charAt(j) == '.' && keepsPeriod(text.substring(i, j))) {
        j++;
      }
      out.add(new Token(i, j, text.substring(i, j)));
      i = j;
    }
    return out;
  }

  /**
   * True when the period at {@code j} ends a sentence whose space was lost ({@code Trump said.Trump claimed}): two
   * lower-case letters before it, a capital and a lower-case letter after it; not {@code U.S}, {@code Amazon.com}.
   */
  private static boolean missingSpace(String text, int i, int j, int to) {
    return j - i >= 2 && missingSpace(text, j, to);
  }

  /** As {@link #missingSpace(String, int, int, int)} for the period at {@code j}, whatever word it ends. */
  static boolean missingSpace(String text, int j, int to) {
    return j >= 2 && Character.isLowerCase(text.charAt(j - 1)) && Character.isLowerCase(text.charAt(j - 2))
        && j + 2 < to && Character.isUpperCase(text.charAt(j + 1)) && Character.isLowerCase(text.charAt(j + 2));
  }

  /**
   * True when the comma at {@code j} sits between a digit and exactly three digits ({@code 2,400}, {@code 1,000,000}).
   */
  private static boolean thousands(String text, int j, int to) {
    if (!Character.isDigit(text.charAt(j - 1))) {
      return false;
    }
    for (int d = j + 1; d <= j + 3; d++) {
      if (d >= to || !Character.isDigit(text.charAt(d))) {
        return false;
      }
    }
    return j + 4 >= to || !Character.isLetterOrDigit(text.charAt(j + 4));
  }

  /** True for whitespace, including the no-break spaces of HTML text ({@code &nbsp;}, U+202F) that Java's
   * {@code isWhitespace} leaves out. */
  public static boolean isSpace(char c) {
    if (c < 0x80) { // the common case, as Character.isWhitespace reads ASCII
      return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT && c != '\u00AD'; // bidi marks, zero-width space; no soft hyphen
  }

  /** {@code word} lower-cased, without soft hyphens, which are no letters ({@code sa\u00ADid} is {@code said}). */
  static String lowerCase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.indexOf('\u00AD') < 0 ? lower : lower.replace("\u00AD", "");
  }

  /** True for a one-token dash in {@code text}: an em or en dash, a horizontal bar, or a hyphen after a space. */
  static boolean isDash(String text, Token t) {
    String w = t.text();
    return w.equals("—") || w.equals("–") || w.equals("―")
        || w.equals("-") && t.start() > 0 && isSpace(text.charAt(t.start() - 1));
  }

  /** Index of the first of {@code tokens} (in text order) that starts at or after {@code offset}, or their count. */
  static int indexAtOrAfter(List<Token> tokens, int offset) {
    return indexAtOrAfter(tokens, Token::start, offset);
  }

  /**
   * Index of the first of {@code items}, sorted by {@code start}, whose start is at or after {@code offset}, or their
   * count: a binary search, shared by tokens and statements.
   */
  static <T> int indexAtOrAfter(List<T> items, ToIntFunction<? super T> start, int offset) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(items.get(mid)) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean keepsPeriod(String word) {
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || word.indexOf('.') > 0
        || DOTTED.contains(word.toLowerCase(Locale.ROOT));
  }
}
