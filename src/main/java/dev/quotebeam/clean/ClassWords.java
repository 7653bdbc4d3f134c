package dev.quotebeam.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a class or id label names one of a list of words, with plain substring and word tests instead of a
 * case-insensitive regex alternation, which tries every alternative at every character and dominated cleaning time.
 *
 * <p>A {@code fragment} matches anywhere ({@code comment} in {@code user-comments}); a {@code word} only as a whole
 * part between spaces, {@code -} and {@code _} ({@code ad} in {@code top-ad slot}, not in {@code header}). Case is
 * ignored. Example: {@code new ClassWords("share", "ad").matches("Top_AD")} is true. Immutable and thread-safe.
 */
final class ClassWords {
  private final String[] fragments;
  private final Set<String> words;

  /**
   * Both lists are {@code |}-separated lower-case words; either may be empty. A word holding a separator could never
   * match, so it is refused.
   *
   * @throws IllegalArgumentException if a word holds {@code -}, {@code _} or whitespace
   */
  ClassWords(String fragments, String words) {
    this.fragments = fragments.isEmpty() ? new String[0] : fragments.split("\\|");
    this.words = words.isEmpty() ? Set.of() : Set.of(words.split("\\|"));
    for (String w : this.words) {
      if (w.chars().anyMatch(c -> isSeparator((char) c))) {
        throw new IllegalArgumentException("words: '" + w + "' holds a separator and can never match a class part");
      }
    }
  }

  boolean matches(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    for (String f : fragments) {
      if (lower.contains(f)) {
        return true;
      }
    }
    if (words.isEmpty()) {
      return false;
    }
    int start = 0;
    for (int i = 0; i <= lower.length(); i++) {
      if (i == lower.length() || isSeparator(lower.charAt(i))) {
        if (i > start && words.contains(lower.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || Character.isWhitespace(c);
  }
}
