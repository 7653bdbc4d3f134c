package dev.quotebeam.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the stance rules read it: lower-cased words with the strength of the boundary before each, and
 * whether each word was capitalised (a name, when it is not sentence-initial, or a subject at the start).
 *
 * <p>Contractions are opened ({@code won't -> will not}, {@code aren't -> are not}), dotted abbreviations closed
 * ({@code U.S. -> us}), quotation marks and in-word hyphens dropped, so {@code ready to “walk out”} reads
 * {@code ready to walk out}. Boundaries: {@link #HARD} after {@code . ! ? ;} and {@code :}, {@link #SOFT} at
 * commas, brackets and dashes. A sentence whose end has a question mark ({@code "Who pays for it?!"}) is
 * {@link #question asked}.
 */
final class StanceText {
  static final int NONE = 0;
  static final int SOFT = 1;
  static final int HARD = 2;

  private static final Pattern ABBREVIATION = Pattern.compile("\\b((?:\\p{L}\\.){2,})");
  private static final Pattern WONT = Pattern.compile("\\bwon't\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CANT = Pattern.compile("\\bcan't\\b|\\bcannot\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NT = Pattern.compile("n't\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+|'\\p{L}+|[.!?;:]|[,()\\[\\]–—]|(?<=\\s)-(?=\\s)|--");

  final String[] words;

  /** Boundary between word i-1 and word i ({@code boundary[0]} is {@link #HARD}). */
  final int[] boundary;

  /** Whether word i started with an upper-case letter in the original text. */
  final boolean[] capitalized;

  /** Whether word i's sentence ends with a question mark. */
  final boolean[] question;

  StanceText(String text) {
    String t = text.replace('’', '\'').replace('‘', '\'');
    Matcher a = ABBREVIATION.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (a.find()) {
      a.appendReplacement(sb, Matcher.quoteReplacement(a.group(1).replace(".", "")));
    }
    a.appendTail(sb);
    t = NT.matcher(CANT.matcher(WONT.matcher(sb).replaceAll("will not")).replaceAll("can not")).replaceAll(" not");
    List<String> ws = new ArrayList<>();
    List<Integer> bs = new ArrayList<>();
    List<Boolean> caps = new ArrayList<>();
    List<Integer> askedEnds = new ArrayList<>();
    int pending = HARD;
    Matcher m = TOKEN.matcher(t);
    while (m.find()) {
      String tok = m.group();
      char c = tok.charAt(0);
      if (Character.isLetterOrDigit(c) || c == '\'') {
        ws.add(tok.toLowerCase(Locale.ROOT));
        caps.add(Character.isUpperCase(c));
        bs.add(pending);
        pending = NONE;
      } else if (".!?;:".indexOf(c) >= 0) {
        if (c == '?') {
          askedEnds.add(ws.size());
        }
        pending = HARD;
      } else {
        pending = Math.max(pending, SOFT);
      }
    }
    words = ws.toArray(new String[0]);
    boundary = new int[words.length];
    capitalized = new boolean[words.length];
    for (int i = 0; i < boundary.length; i++) {
      boundary[i] = bs.get(i);
      capitalized[i] = caps.get(i);
    }
    question = new boolean[words.length];
    for (int end : askedEnds) {
      for (int k = end - 1; k >= 0 && !question[k]; k--) {
        question[k] = true;
        if (boundary[k] == HARD) {
          break;
        }
      }
    }
  }

  int size() {
    return words.length;
  }
}
