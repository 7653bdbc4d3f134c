package dev.quotebeam.attribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists that tell persons from organisations and groups: given names (with gender evidence from hand-written
 * lists and from larger English female and male name lists), titles and role
 * words, institution and company head nouns, common nouns standing for a company, plural people nouns, and the
 * weekday and month names that are never a speaker.
 *
 * <p>Loaded once from the resources next to this class (see their README for source and licence). Given names
 * match case-sensitively ("Jane"); the other lists match lower-cased words, and a title also matches without its
 * trailing period ("Gen." and "gen"). Immutable and thread-safe.
 *
 * <p>Example: {@code isTitle("Secretary")} and {@code isGroupNoun("officials")} are true.
 */
final class Gazetteer implements java.io.Serializable {
  static final Gazetteer DEFAULT = new Gazetteer();

  private final Set<String> firstNames = load("first-names.txt", false);
  private final Set<String> titles = load("titles.txt", true);
  private final Set<String> orgHeads = load("org-heads.txt", true);
  private final Set<String> groupNouns = load("group-nouns.txt", true);
  private final Set<String> companyNouns = load("company-nouns.txt", true);
  private final Set<String> unnamedSourceNouns = load("unnamed-source-nouns.txt", true);
  private final Set<String> weekdays = loadTagged("calendar-words.txt", "W");
  private final Set<String> months = loadTagged("calendar-words.txt", "M");
  private final Set<String> female = loadTagged("given-name-genders.txt", "F");
  private final Set<String> unisex = loadTagged("given-name-genders.txt", "U");
  private final Set<String> femaleNames = load("given-names-female-en.txt", false);
  private final Set<String> maleNames = load("given-names-male-en.txt", false);

  private Gazetteer() {}

  boolean isFirstName(String word) {
    return firstNames.contains(word);
  }

  boolean isTitle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return titles.contains(w) || (w.endsWith(".") && titles.contains(w.substring(0, w.length() - 1)));
  }

  /**
   * "F" or "M" when the given name is evidence for she or he, else null ("Kelly", unknown names). The hand-written
   * lists decide first; the larger English name lists decide names they do not hold, a name on both lists none.
   */
  String gender(String givenName) {
    if (female.contains(givenName) || unisex.contains(givenName) || firstNames.contains(givenName)) {
      return handListedGender(givenName);
    }
    boolean f = femaleNames.contains(givenName);
    boolean m = maleNames.contains(givenName);
    return f == m ? null : f ? "F" : "M";
  }

  /** Gender evidence from the hand-written lists only: "F", "M" (a known given name not listed F or U) or null. */
  String handListedGender(String givenName) {
    if (female.contains(givenName)) {
      return "F";
    }
    return firstNames.contains(givenName) && !unisex.contains(givenName) ? "M" : null;
  }

  boolean isOrgHead(String word) {
    return orgHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isGroupNoun(String word) {
    return groupNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A singular noun for a speaker the reporter does not name: "source", "official", "insider". */
  boolean isUnnamedSourceNoun(String word) {
    return unnamedSourceNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A common noun standing for one organisation: "firm", "automaker", "airline". */
  boolean isCompanyNoun(String word) {
    return companyNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A weekday or month name: "Monday", "June". */
  boolean isCalendarWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return weekdays.contains(w) || months.contains(w);
  }

  /** A weekday name: "Monday". */
  boolean isWeekday(String word) {
    return weekdays.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Words of the lines of {@code resource} that start with {@code tag}. */
  private static Set<String> loadTagged(String resource, String tag) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(resource)) {
      String[] words = line.strip().split("\\s+");
      if (words.length > 1 && words[0].equals(tag)) {
        out.addAll(java.util.Arrays.asList(words).subList(1, words.length));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static java.util.List<String> lines(String resource) {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Set<String> load(String resource, boolean lowerCase) {
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String word : line.strip().split("\\s+")) {
          if (!word.isEmpty()) {
            out.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableSet(out);
  }
}
