package dev.quotebeam.stance;

import java.util.Set;

/**
 * Tells whether the position an attitude cue expresses ("backed", "against") is held by someone other than the
 * speaker, from the cue's grammatical subject.
 *
 * <p>{@code "the dockers' guild was against the strike"} -> third party; {@code "she strongly supports the
 * strike"} -> the speaker. The subject is the start of the cue's clause (after a comma, a sentence end or a
 * clause opener such as "that", "because", "said"), less the verb group right before the cue ("had", "did not",
 * "strongly", "continues to"). It is a third party when it opens with a determiner or possessive other than
 * my/our ("the guild", "her members"), when it is a capitalised name, possessive or not, followed by the verb
 * group or the cue ("Okafor had backed", "Okafor's support for"), when it is one lower-case word before a verb
 * group ("members did not oppose"), or when the clause is relative ("residents who oppose"). The speaker holds
 * the position when the subject is a personal pronoun (I, we, you, he, she, they: in reported speech, "she said
 * she supports", the pronoun is the speaker) or is absent ("vowed to vote against it", "urged councillors to
 * back it"). Stateless.
 */
final class StanceHolders {
  private static final Set<String> PERSONAL = Set.of("i", "me", "we", "us", "my", "our", "you", "he", "she", "they");
  private static final Set<String> RELATIVE = Set.of("who", "which");
  /** Longest clause prefix searched for a subject; a longer one is read as the speaker's (and keeps this linear). */
  private static final int MAX_CLAUSE_WORDS = 12;

  private StanceHolders() {}

  /** Whether the subject of the cue starting at word {@code cue} names someone other than the speaker. */
  static boolean thirdParty(StanceText t, int cue) {
    int start = cue;
    while (start > 0 && t.boundary[start] == StanceText.NONE
        && !StanceLexicon.CLAUSE_OPENERS.containsWord(t.words[start - 1])) {
      if (cue - --start > MAX_CLAUSE_WORDS) {
        return false;
      }
    }
    int end = cue;
    while (end > start && verbGroup(t, end - 1)) {
      end--;
    }
    if (end == start) {
      return start > 0 && t.boundary[start] == StanceText.NONE && RELATIVE.contains(t.words[start - 1]);
    }
    String first = t.words[start];
    if (PERSONAL.contains(first)) {
      return false;
    }
    if (StanceLexicon.THIRD_PARTY_SUBJECTS.containsWord(first)) {
      return true;
    }
    if (t.capitalized[start]) {
      int name = start;
      while (name < end && (t.capitalized[name] || (name > start && t.words[name].equals("'s")))) {
        name++;
      }
      return name == end;
    }
    return end == start + 1 && end < cue;
  }

  /** Whether word {@code k} belongs to a verb group: listed, or a lower-case adverb in -ly ("strongly"). */
  private static boolean verbGroup(StanceText t, int k) {
    return (!t.capitalized[k] && t.words[k].endsWith("ly")) || StanceLexicon.HOLDER_VERB_GROUP.containsWord(t.words[k]);
  }
}
