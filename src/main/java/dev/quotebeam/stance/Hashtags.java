package dev.quotebeam.stance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells a text's hashtags and stance prefixes as the words the stance rules read, given the target's words:
 * with {@code [hillary]}, {@code "#StopHillary2016"} {@code -> "stop hillary 2016"}, {@code "#antihillary"}
 * {@code -> "against hillary"}, {@code "#hillaryforprison"} {@code -> "hillary forprison"}; and {@code
 * "anti-hillary"} {@code -> "against hillary"}.
 *
 * <p>Tags are split at case changes, digits and underscores. A lower-case run that contains a form of a target
 * word ({@link Inflections}) is split around the longest such form, and a stance prefix just before it ({@code
 * hashtag-prefixes.txt}: {@code pro, anti, stop, never, ...}) becomes the cue word the lexicons know ({@code pro ->
 * support}, {@code anti -> against}). Runs without a target word are left whole, so {@code #protect} is not read
 * {@code pro tect}. In running text only the hyphenated prefixes {@code pro-} and {@code anti-} are rewritten, and only before a
 * target word ("pro-life" stays {@code pro life}: it names some other cause).
 * Immutable; build one per target list.
 */
final class Hashtags implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern TAG = Pattern.compile("#(\\p{L}[\\p{L}\\p{N}_]*)");
  private static final Pattern HYPHENATED = Pattern.compile("(?i)\\b(pro|anti)-(?=\\p{L})");
  private static final Pattern CASE_CHANGE =
      Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})|_");
  private static final List<String[]> PREFIXES = prefixes();
  private static final int MIN_WORD = 4;

  /** Forms of the target words, longest first. */
  private final List<String> forms;

  Hashtags(List<String> words) {
    Set<String> fs = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    for (String w : words) {
      for (String f : Inflections.of(w)) {
        if (f.length() >= MIN_WORD) {
          fs.add(f);
        }
      }
    }
    this.forms = List.copyOf(fs);
  }

  String expand(String text) {
    Matcher h = HYPHENATED.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (h.find()) {
      boolean beforeTarget = false;
      for (String f : forms) {
        beforeTarget |= text.regionMatches(true, h.end(), f, 0, f.length());
      }
      String prefix = h.group(1).toLowerCase(Locale.ROOT);
      h.appendReplacement(sb, (beforeTarget ? cueOf(prefix) : prefix) + " ");
    }
    h.appendTail(sb);
    Matcher m = TAG.matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder tag = new StringBuilder();
      for (String part : CASE_CHANGE.split(m.group(1))) {
        tag.append(tag.length() == 0 ? "" : " ").append(split(part.toLowerCase(Locale.ROOT)));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(tag.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code run} split around its longest target-word form, with a stance prefix before it turned into a cue. */
  private String split(String run) {
    for (String f : forms) {
      int at = run.indexOf(f);
      if (at < 0 || run.length() == f.length()) {
        continue;
      }
      String before = run.substring(0, at);
      String after = run.substring(at + f.length());
      String cue = cueOf(before);
      return (before.isEmpty() ? "" : (cue != null ? cue : before) + " ") + f + (after.isEmpty() ? "" : " " + after);
    }
    return PREFIXES.stream().anyMatch(p -> p[0].equals(run)) ? cueOf(run) : run;
  }

  private static String cueOf(String prefix) {
    for (String[] p : PREFIXES) {
      if (p[0].equals(prefix)) {
        return p[1];
      }
    }
    return null;
  }

  private static List<String[]> prefixes() {
    List<String[]> out = new ArrayList<>();
    for (String line : PhraseList.lines("/dev/quotebeam/stance/hashtag-prefixes.txt")) {
      String[] kv = line.trim().split("\\s+", 2);
      out.add(new String[] {kv[0], kv.length > 1 ? kv[1] : kv[0]});
    }
    return List.copyOf(out);
  }
}
