package dev.quotebeam.stance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spells the regular inflections of an English word, so that a listed term also matches its -s, -ing, -ed and
 * -al forms: {@code approve -> approves, approving, approved, approval}.
 *
 * <p>Handles a final {@code e} ({@code strike -> striking, strikes}), consonant + {@code y} ({@code deny -> denies,
 * denied}) and a doubled final consonant ({@code ban -> banning, banned}). Irregular pasts are deliberately not
 * guessed (a past like {@code left} would also match "the left wing"), except the {@code -draw} family ({@code
 * draw -> drew, drawn}). Over-generated forms ("striked") are harmless, as they do not occur in text.
 */
final class Inflections {
  private static final Pattern CONSONANT_Y = Pattern.compile(".*[^aeiou]y");
  private static final Pattern SHORT_CVC = Pattern.compile("(?:.*[^aeiou])?[aeiou][bdgklmnprt]");

  private static final List<String> DERIVATIONAL =
      List.of(
          "ization", "isation", "ation", "ition", "tion", "sion", "ion", "ment", "ity", "ness", "ance", "ence",
          "ant", "ent", "ize", "ise", "ate", "ism", "ist", "al", "e", "t");

  private Inflections() {}

  /**
   * {@code terms} followed by the derivational relatives of their words of six letters or more, each a single-word
   * term: a word ending in a suffix of {@link #DERIVATIONAL} gives its stem with every other one ({@code
   * immigration -> immigrant, immigrate, ...}; {@code legalization -> legalize}). Spurious forms do not occur in
   * text; real ones are related in meaning often enough for text known to concern the target.
   */
  static List<String> related(List<String> terms) {
    Set<String> out = new LinkedHashSet<>(terms);
    for (String term : terms) {
      for (String w : term.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        for (String suffix : DERIVATIONAL) {
          String stem = w.substring(0, Math.max(0, w.length() - suffix.length()));
          if (w.length() >= 6 && w.endsWith(suffix) && stem.length() >= 4) {
            for (String other : DERIVATIONAL) {
              out.add(stem + other);
            }
            break;
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** The word itself and its regular variants, lower-cased, in a fixed order. */
  static Set<String> of(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(w);
    if (w.length() < 3 || !w.chars().allMatch(Character::isLetter)) {
      forms.add(w + "s");
      return forms;
    }
    String stem = w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    forms.add(w + "s");
    forms.add(w + "es");
    forms.add(stem + "ing");
    forms.add(stem + "ed");
    forms.add(stem + "al");
    forms.add(stem + "als");
    if (CONSONANT_Y.matcher(w).matches()) {
      String root = w.substring(0, w.length() - 1);
      forms.add(root + "ies");
      forms.add(root + "ied");
    }
    if (SHORT_CVC.matcher(w).matches() && w.length() <= 6) {
      char last = w.charAt(w.length() - 1);
      forms.add(w + last + "ing");
      forms.add(w + last + "ed");
    }
    if (w.endsWith("ism") || w.endsWith("ist")) {
      String root = w.substring(0, w.length() - 3);
      forms.add(root + "ism");
      forms.add(root + "isms");
      forms.add(root + "ist");
      forms.add(root + "ists");
    }
    if (w.endsWith("draw")) {
      String root = w.substring(0, w.length() - 4);
      forms.add(root + "drew");
      forms.add(root + "drawn");
    }
    return forms;
  }
}
