package dev.quotebeam.stance;

/**
 * The hand-written English lexicons the stance rules read, loaded once from {@code dev/quotebeam/stance/*.txt}
 * (their README describes format and source). Immutable constants, shared by every scorer.
 */
final class StanceLexicon {
  private static final String DIR = "/dev/quotebeam/stance/";

  static final PhraseList NEGATORS = PhraseList.load(DIR + "negators.txt");
  static final PhraseList SUPPORT_CUES = PhraseList.load(DIR + "support-cues.txt");
  static final PhraseList CONTROL_VERBS = PhraseList.load(DIR + "control-verbs.txt");
  static final PhraseList OPPOSE_CUES = PhraseList.load(DIR + "oppose-cues.txt");
  static final PhraseList SUPPORT_AFTER = PhraseList.load(DIR + "support-after.txt");
  static final PhraseList OPPOSE_AFTER = PhraseList.load(DIR + "oppose-after.txt");
  static final PhraseList BENEFIT_VERBS = PhraseList.load(DIR + "benefit-verbs.txt");
  static final PhraseList HARM_VERBS = PhraseList.load(DIR + "harm-verbs.txt");
  static final PhraseList CONDITIONALS = PhraseList.load(DIR + "conditionals.txt");
  static final PhraseList CONTRAST = PhraseList.load(DIR + "contrast.txt");
  static final PhraseList POSITIVE = PhraseList.load(DIR + "positive.txt");
  static final PhraseList NEGATIVE = PhraseList.load(DIR + "negative.txt");
  static final PhraseList WHOLE_TEXT_POSITIVE = PhraseList.load(DIR + "whole-text-positive.txt");
  static final PhraseList WHOLE_TEXT_NEGATIVE = PhraseList.load(DIR + "whole-text-negative.txt");
  static final PhraseList AFFIRMATIONS = PhraseList.load(DIR + "affirmations.txt");
  static final PhraseList DELIBERATION = PhraseList.load(DIR + "deliberation.txt");
  static final PhraseList REVERSERS = PhraseList.load(DIR + "reversers.txt");
  static final PhraseList NEG_RAISERS = PhraseList.load(DIR + "neg-raisers.txt");
  static final PhraseList REFUTATIONS = PhraseList.load(DIR + "refutations.txt");
  static final PhraseList HEDGES = PhraseList.load(DIR + "hedges.txt");
  static final PhraseList ATTITUDE_CUES = PhraseList.load(DIR + "attitude-cues.txt");
  static final PhraseList CLAUSE_OPENERS = PhraseList.load(DIR + "clause-openers.txt");
  static final PhraseList HOLDER_VERB_GROUP = PhraseList.load(DIR + "holder-verb-group.txt");
  static final Valences VALENCES = Valences.load(DIR + "vader-valence.txt");
  static final PhraseList THIRD_PARTY_SUBJECTS = PhraseList.load(DIR + "third-party-subjects.txt");

  private StanceLexicon() {}
}
