package dev.quotebeam.stance;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives each statement's stance (support, oppose or neutral, with a score and the cues that decided) toward each
 * configured target it concerns.
 *
 * <p>For target terms {@code [strike, walkout]}: {@code "There has been no decision to strike."} gives
 * {@code oppose, -0.6, [negated:no decision, term:strike]}; {@code "the union urged its members to approve the
 * walkout"} gives {@code support}. Rules and lexicons, no model:
 *
 * <ol>
 *   <li><b>Concern.</b> A statement concerns a target when one of its terms (word-bounded, case-insensitive,
 *       multiword allowed, with -s/-ing/-ed/-al and -ism/-ist variants) occurs in the statement's text, or, when
 *       the text is short (under eight words) or leans on a pronoun ("it", "they", "this"), in its context; and,
 *       when the target has article terms, the article's title or text names one of them. A text with a pronoun
 *       whose context names no term may also be concerned through the sentence before it in the article ("This
 *       is a betrayal," opening a paragraph after one about the strike); being a guess at the referent,
 *       such a text is scored on cues only, without opinion words. The context only
 *       establishes concern: polarity always comes from the statement's own text, so "its members would lose
 *       pay" after "the guild was against the strike" is neutral.
 *   <li><b>Events.</b> Each term occurrence in the text (adjacent ones joined) is an event; in a text that is
 *       concerned through its context, each of its pronouns is one instead ({@code "we will block it"} opposes).
 *       After a term, "it" or "them" governed by an opposition or support cue whose subject is the speaker's "I"
 *       or "we" is one too ({@code "the strike would cost us, and I will not back it"}). An event is polarised
 *       by its predicate:
 *       <ol>
 *         <li>a negated comparative before "than" + term ranks it first: "no better plan than the strike"
 *             +0.5, "nothing worse than the strike" -0.5 (and the rules below do not apply);
 *         <li>"without" up to three words before the term reads the sentence's opinion words as a judgement of
 *             its absence, reversed: "the town is poorer without the strike" +0.4, "better off without the strike"
 *             -0.4, no opinion word 0 (and the rules below do not apply);
 *         <li>an opposition cue up to five words before, no comma between ("rejected the walkout",
 *             "against"): -0.7, flipped when a negative word up to four words before "to" + cue judges the
 *             action ("it would be a mistake to scrap the walkout" supports);
 *         <li>else the nearest support cue up to eight words before, within the sentence ("should", "call for",
 *             "ready to"; a bare "will" only right before the term: "we will strike"), or a control verb up to twenty words before a "to" + term ("asking all members, from
 *             every school, to strike"): +0.5, flipped by a judged action as above ("a mistake to back the
 *             strike" opposes);
 *         <li>else an evaluation up to six words after ("… was a mistake" -0.6, "… is necessary" +0.4), reversed
 *             by a negator between ("… is not the right answer"); a word of giving up right after the term
 *             overrides a support cue ("wanted the strike scrapped" -0.6); before those, a consequence: an
 *             auxiliary then a verb of good or bad effect ({@code benefit-verbs.txt}, {@code harm-verbs.txt})
 *             right after the term ("the strike would create chaos" -0.6 as its object is bad, "… will save
 *             jobs" +0.4, "… would break promises" -0.6, "… would not bring anything" flipped);
 *         <li>negation: frames up to six words before, in the same clause ("not", "no decision", "will not",
 *             "refused to", "ruled out", "nothing"), less negated doubt ({@code affirmations.txt}: "no doubt the
 *             strike is right" is certainty). An odd count flips the polarity (a bare negated mention is -0.6; a
 *             negated opposition weakens to +0.35: "no intention of dropping the strike"); an even count of two
 *             or more turns a bare mention into +0.3. With no cue, a negation whose scope is an opinion word
 *             before the term is that word's, reversed, as the evaluation: "nothing fair about the strike"
 *             -0.5, "not a bad idea to hold the strike" +0.5.
 *             A lone negation before a verb like "believe" or "think" ({@code neg-raisers.txt}) is no negated
 *             mention: it negates the governed clause, and flips its opinion words ("I do not believe the
 *             strike will hurt anyone" leans support);
 *         <li>a conditional after the term ("unless", "until", "if") makes a support neutral and keeps an
 *             opposition: "not striking unless the offer improves" opposes, "we will strike if talks fail" takes
 *             no side yet;
 *         <li>deliberation ({@code deliberation.txt}: "look closely at", "discuss", "made up my mind") nearer the
 *             term than any cue, with no evaluation after it, takes no side: the event counts 0 and its sentence
 *             gives no opinion words ("we will look closely at the strike before deciding");
 *         <li>reported position: when the deciding cue is an attitude ({@code attitude-cues.txt}: "backed",
 *             "against", "oppose") whose subject is a third party ({@link StanceHolders}: "the guild was
 *             against the strike", "Okafor had backed it"), the event is the third party's position, not the
 *             speaker's: it counts 0 and its sentence gives no opinion words.
 *       </ol>
 *   <li><b>Target cues.</b> Each of the target's support cues (+0.6) and oppose cues (-0.6) found in the text,
 *       flipped when a negator comes up to three words before; 0 when an attitude in it is reported.
 *   <li><b>Opinion words.</b> General positive and negative words, ±0.2 each in a sentence holding an event and
 *       ±0.1 elsewhere, flipped after a negator up to three words before and after a verb that undoes its object
 *       ({@code reversers.txt}: "cut the waste", "stop the worst"), capped at ±0.4 in all: weak evidence
 *       that tips a scope without stronger cues ("the walkout is a disgrace").
 *   <li><b>Decision.</b> The sum, clipped to [-1, 1] and rounded to three decimals, is the score; support when
 *       {@code score >= threshold}, oppose when {@code score <= -threshold}, else neutral.
 * </ol>
 *
 * <p><b>Known-concerned mode</b> (constructor flag, off by default; for stance corpora and texts already chosen
 * by topic, where the text is known to concern the target though it rarely names it: "Praying for the unborn
 * today" about legal abortion). Every statement gets a stance toward every target, and polarity comes from the
 * whole text:
 *
 * <ul>
 *   <li>hashtags are spelled as words, split around a target word, with a stance prefix before it read as a cue
 *       ({@link Hashtags}: {@code #StopTolls -> stop tolls}, {@code #antitolls -> against tolls});
 *   <li>terms match their derivational relatives too ({@link Inflections#related}: {@code immigration ->
 *       immigrant}); with no term in the text, each word sharing the first five letters of a target word of six
 *       letters or more is an event, cued {@code related:} ({@code college -> collegiate});
 *   <li>events are scored by rules 2 and 3, less consequences; opinion words count ±0.2 in a sentence with an event, or anywhere in
 *       a text with none, and ±0.1 elsewhere, capped at ±0.6, from {@code
 *       positive.txt} and {@code negative.txt} and the informal and attitude words of {@code
 *       whole-text-positive.txt} / {@code whole-text-negative.txt} ("support", "joke", "crooked"), and any
 *       other word of strong sentiment (|valence| 2 or more of 4) in VADER's lexicon ({@link Valences}:
 *       "delightful", "horrific");
 *   <li>a target whose label is itself a negative judgement ("Sea level rise is a real concern": a copula then
 *       negative opinion words) takes negative words as agreement, and positive ones (praise of a remedy) too;
 *   <li>any other target, when the text names it nowhere (no term, no related word), takes praise as praise of
 *       a rival, i.e. opposition, cued {@code rival:}: "Praying for the unborn today" about legal abortion, a
 *       hymn about atheism. On SemEval's train split such texts are AGAINST far more often than FAVOR;
 *   <li>a question that names the target leans against it, -0.2 once per question, cued {@code question:}
 *       ("Who will pay these tolls?"): argument questions mostly challenge what they name;
 *   <li>a target whose label is itself praise or blame, by the net opinion words of {@code positive.txt} and
 *       {@code negative.txt} in it ("fair wage", "corporate greed"; not a judgement as above), adds ±0.4 its way
 *       to a text that names it, cued {@code prior:positive} / {@code prior:negative}: few argue for what the
 *       topic's own name condemns ("Wages came up at the meeting" about fair wages supports), while a cue of
 *       opposition still outweighs it;
 *   <li>a text that names its target (a term or related word) and that the rules above leave undecided leans
 *       by the sign of the summed VADER valence of all its words, weak ones too, cued {@code leaning:} and the
 *       sum ("The tolls went up on Monday. Okay." supports): such a text rarely takes no side (8 of 124 on VAST
 *       dev), though the lean is right on only about half of the others;
 *   <li>no cue, no opinion word and no valenced word, or a text that never names its target and has no cue and no
 *       opinion word: neutral.
 * </ul>
 *
 * <p>Cues are reported in text order as {@code context:} or {@code preceding:} (the term that made a
 * context-concerned text relevant, first), {@code term:}, {@code related:}, {@code referent:} (a pronoun event), {@code negated:}, {@code comparative:}, {@code negated-positive:}, {@code
 * negated-negative:}, {@code judged-action:}, {@code deliberation:}, {@code support-cue:}, {@code oppose-cue:}, {@code support-after:}, {@code oppose-after:}, {@code benefit:}, {@code harm:}, {@code conditional:}, {@code target-support:},
 * {@code target-oppose:}, {@code positive:}, {@code negative:}, {@code rival:} and {@code question:} followed by the lexicon entry
 * (or term), {@code leaning:} followed by the valence sum, {@code prior:positive} or {@code prior:negative},
 * and {@code reported-position} after an attitude held by a third party. Immutable and thread-safe; targets are compiled once, in the constructor.
 */
public final class StanceScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Default |score| from which a statement is support or oppose rather than neutral. 0.1 lets one opinion word
   * decide a scope without stronger cues; it gave the best macro-F1 on all three development corpora (see
   * {@code StanceEval}). Raise it for precision.
   */
  public static final double DEFAULT_THRESHOLD = 0.1;

  private static final Set<String> PRONOUNS = Set.of("it", "this", "they", "them", "these", "those");
  private static final String REPORTED_POSITION = "reported-position";
  private static final int SHORT_TEXT_WORDS = 8;
  private static final int PRECEDING_CHARS = 400;
  private static final int NEGATION_WINDOW = 6;
  private static final int OPPOSE_WINDOW = 5;
  private static final int SUPPORT_WINDOW = 8;
  private static final int CONTROL_WINDOW = 20;
  private static final int AFTER_WINDOW = 6;
  private static final int CONDITIONAL_WINDOW = 4;
  private static final int CUE_NEGATION_WINDOW = 3;
  private static final double OPPOSE = -0.7;
  private static final double SUPPORT = 0.5;
  private static final double OPPOSE_AFTER = -0.6;
  private static final double SUPPORT_AFTER = 0.4;
  private static final double NEGATED_MENTION = -0.6;
  private static final double DOUBLE_NEGATED_MENTION = 0.3;
  private static final double NEGATED_OPPOSITION_WEIGHT = 0.5;
  private static final double NEGATED_EVALUATION = 0.5;
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "our", "their", "its", "any");
  private static final Set<String> ANAPHORS = Set.of("it", "them");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "it");
  private static final double TARGET_CUE = 0.6;
  private static final double OPINION_WORD = 0.1;
  private static final double OPINION_WORD_NEAR = 0.2;
  private static final double OPINION_CAP = 0.4;
  private static final double WHOLE_OPINION_CAP = 0.6;
  private static final int STEM = 5;
  /** |VADER valence| (of 4) from which a word missing from the hand-written lists counts as an opinion word. */
  private static final double STRONG_VALENCE = 2.0;
  /**
   * Known-concerned mode: a question that names the target ("Is the toll worth it?") leans against it, as
   * argument questions mostly challenge what they name.
   */
  private static final double QUESTIONED = -0.2;
  /**
   * Known-concerned mode: added to a text naming a target whose label is itself praise or blame ("fair wage",
   * "corporate greed"), in the label's direction, as few argue for what its own name condemns.
   */
  private static final double PRIOR = 0.4;
  private static final Set<String> RELATIVES = Set.of("which", "that");
  private static final Set<String> PREPOSITIONS =
      Set.of("to", "of", "for", "against", "about", "on", "over", "with", "without", "from", "by", "in", "into");
  private static final Set<String> AUXILIARIES =
      Set.of(
          "would", "will", "could", "can", "may", "might", "should", "shall", "must", "'d", "'ll", "has", "have",
          "had", "is", "are", "was", "were", "be", "been", "going", "to", "also", "only", "really", "simply", "just",
          "actually", "certainly", "surely", "already", "still", "even", "ultimately", "eventually", "clearly");
  /** Words the consequence rule reads between a term and its effect verb ("would not really"). */
  private static final int CONSEQUENCE_GAP = 5;
  private static final String WITHOUT = "without";
  /** Words between a judging opinion word and the "to" of the action it judges ("a mistake to scrap"). */
  private static final int FRAME_WINDOW = 4;
  /** Words allowed between "without" and a term whose absence the sentence judges ("without some added salt"). */
  private static final int ABSENCE_GAP = 3;
  /** Bare future auxiliaries: support cues only for the verb they govern ("we will strike", not "will say the strike"). */
  private static final Set<String> FUTURE = Set.of("will", "shall");
  private static final Set<String> JUDGEMENT_VERBS = Set.of("is", "are", "was", "were", "should", "must");

  private final List<StanceTarget> targets;
  private final List<PhraseList> terms;
  private final List<PhraseList> articleTerms;
  private final List<PhraseList> supportCues;
  private final List<PhraseList> opposeCues;
  private final double threshold;
  private final boolean knownConcerned;
  private final List<Hashtags> hashtags;
  private final List<Set<String>> stems;
  private final int[] judgement;
  private final int[] prior;

  /** A scorer for {@code targets} with {@link #DEFAULT_THRESHOLD}. */
  public StanceScorer(List<StanceTarget> targets) {
    this(targets, DEFAULT_THRESHOLD);
  }

  public StanceScorer(List<StanceTarget> targets, double threshold) {
    this(targets, threshold, false);
  }

  /**
   * A scorer that, with {@code knownConcerned}, takes every statement to concern every target (the caller knows
   * it does: a stance corpus, or texts already selected by topic) and reads polarity from the whole text; see the
   * class comment. Without it, the default rules.
   */
  public StanceScorer(List<StanceTarget> targets, double threshold, boolean knownConcerned) {
    Objects.requireNonNull(targets, "targets");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.targets = List.copyOf(targets);
    this.threshold = threshold;
    List<PhraseList> ts = new ArrayList<>();
    List<PhraseList> as = new ArrayList<>();
    List<PhraseList> ss = new ArrayList<>();
    List<PhraseList> os = new ArrayList<>();
    for (StanceTarget t : this.targets) {
      ts.add(PhraseList.ofTerms(knownConcerned ? Inflections.related(t.terms()) : t.terms()));
      as.add(PhraseList.ofTerms(t.articleTerms()));
      ss.add(PhraseList.ofEntries(t.supportCues()));
      os.add(PhraseList.ofEntries(t.opposeCues()));
    }
    this.terms = List.copyOf(ts);
    this.knownConcerned = knownConcerned;
    List<Hashtags> hs = new ArrayList<>();
    List<Set<String>> st = new ArrayList<>();
    this.judgement = new int[this.targets.size()];
    this.prior = new int[this.targets.size()];
    for (int i = 0; i < this.targets.size(); i++) {
      List<String> words = new ArrayList<>();
      for (String term : this.targets.get(i).terms()) {
        words.addAll(Arrays.asList(new StanceText(term).words));
      }
      hs.add(new Hashtags(words));
      Set<String> prefixes = new TreeSet<>();
      for (String w : words) {
        if (w.length() > STEM) {
          prefixes.add(w.substring(0, STEM));
        }
      }
      st.add(Set.copyOf(prefixes));
      StanceText label = new StanceText(this.targets.get(i).label());
      judgement[i] = judgement(label);
      prior[i] = judgementVerb(label) >= 0 ? 0 : prior(label);
    }
    this.hashtags = List.copyOf(hs);
    this.stems = List.copyOf(st);
    this.articleTerms = List.copyOf(as);
    this.supportCues = List.copyOf(ss);
    this.opposeCues = List.copyOf(os);
  }

  /**
   * The words a statement's stance is read from: its text, and for a belief its cue before it, since there the
   * attitude is the cue's ("rejected" + "the withdrawal", "supports" + "the charge") and the text may be a bare object.
   */
  static String scoredText(Statement s) {
    return Statement.BELIEF.equals(s.getRelation()) && s.getCue() != null ? s.getCue() + " " + s.getText() : s.getText();
  }

  /** One {@link StatementStance} per (statement, target) the statement concerns, by statement then target. */
  public List<StatementStance> score(Article article, List<Statement> statements) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(statements, "statements");
    StanceText articleText = null;
    String rawText = null;
    List<StatementStance> out = new ArrayList<>();
    for (Statement s : statements) {
      if (knownConcerned) {
        for (int i = 0; i < targets.size(); i++) {
          StanceText text = new StanceText(hashtags.get(i).expand(s.getText()));
          Assessment a = new Assessment();
          List<PhraseList.Match> events = joinAdjacent(terms.get(i).findAll(text, 0, text.size()));
          if (events.isEmpty()) {
            events = related(text, stems.get(i));
            assess(text, i, events, "related:", true, a);
          } else {
            assess(text, i, events, "term:", true, a);
          }
          if (!events.isEmpty() && prior[i] != 0) {
            a.add(text.size(), prior[i] > 0 ? "prior:positive" : "prior:negative");
            a.score = Math.round(Math.max(-1.0, Math.min(1.0, a.score + prior[i] * PRIOR)) * 1000) / 1000.0;
          }
          if (!events.isEmpty() && Math.abs(a.score) < threshold) {
            lean(text, judgement[i], a);
          }
          out.add(
              StatementStance.create(
                  s.getStatementId(), s.getActorId(), targets.get(i).id(), stance(a.score), a.score, a.cues(),
                  s.getStatementDate()));
        }
        continue;
      }
      StanceText text = new StanceText(scoredText(s));
      StanceText context = null;
      StanceText preceding = null;
      for (int i = 0; i < targets.size(); i++) {
        List<PhraseList.Match> events = joinAdjacent(terms.get(i).findAll(text, 0, text.size()));
        PhraseList.Match contextTerm = null;
        String contextCue = "context:";
        if (events.isEmpty() && leansOnContext(text)) {
          context = context != null ? context : new StanceText(s.getContext());
          List<PhraseList.Match> found = terms.get(i).findAll(context, 0, context.size());
          if (found.isEmpty() && !referents(text).isEmpty()) {
            rawText = rawText != null ? rawText : article.text();
            preceding = preceding != null ? preceding : preceding(rawText, s.getCharStart());
            found = terms.get(i).findAll(preceding, lastSentences(preceding), preceding.size());
            contextCue = "preceding:";
          }
          contextTerm = found.isEmpty() ? null : found.get(0);
        }
        if (events.isEmpty() && contextTerm == null) {
          continue;
        }
        if (!articleTerms.get(i).isEmpty()) {
          if (articleText == null) {
            String title = article.getTitle();
            articleText = new StanceText((title == null ? "" : title + ".\n") + article.text());
          }
          if (articleTerms.get(i).findAll(articleText, 0, articleText.size()).isEmpty()) {
            continue;
          }
        }
        Assessment a = new Assessment();
        if (contextTerm != null) {
          a.add(-1, contextCue + contextTerm.label);
          events = referents(text);
        }
        assess(text, i, events, contextTerm == null ? "term:" : "referent:", !contextCue.equals("preceding:"), a);
        out.add(
            StatementStance.create(
                s.getStatementId(), s.getActorId(), targets.get(i).id(), stance(a.score), a.score, a.cues(),
                s.getStatementDate()));
      }
    }
    return out;
  }

  private String stance(double score) {
    return score >= threshold
        ? StatementStance.SUPPORT
        : score <= -threshold ? StatementStance.OPPOSE : StatementStance.NEUTRAL;
  }

  private static boolean leansOnContext(StanceText text) {
    if (text.size() < SHORT_TEXT_WORDS) {
      return true;
    }
    for (String w : text.words) {
      if (PRONOUNS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The {@link #PRECEDING_CHARS} characters of the article before offset {@code charStart}. */
  private static StanceText preceding(String articleText, int charStart) {
    int end = Math.max(0, Math.min(charStart, articleText.length()));
    return new StanceText(articleText.substring(Math.max(0, end - PRECEDING_CHARS), end));
  }

  /** First word of the last two sentences of {@code t} (the statement's own, when it starts mid-sentence, and the one before). */
  private static int lastSentences(StanceText t) {
    int k = t.size();
    for (int starts = 0; k > 0 && starts < 2; ) {
      k--;
      starts += t.boundary[k] == StanceText.HARD ? 1 : 0;
    }
    return k;
  }

  /** Words of {@code t} that start with one of {@code stems} (the first letters of a long target word). */
  private static List<PhraseList.Match> related(StanceText t, Set<String> stems) {
    List<PhraseList.Match> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      if (t.words[k].length() >= STEM && stems.contains(t.words[k].substring(0, STEM))) {
        out.add(new PhraseList.Match(k, k + 1, t.words[k]));
      }
    }
    return out;
  }

  /** Pronouns of a text that leans on its context, each standing for the target its context names. */
  private static List<PhraseList.Match> referents(StanceText t) {
    List<PhraseList.Match> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      if (PRONOUNS.contains(t.words[k])) {
        out.add(new PhraseList.Match(k, k + 1, t.words[k]));
      }
    }
    return out;
  }

  /**
   * Adds to {@code a} the score and cues of text {@code t} toward target {@code i}, given its events; opinion
   * words only if {@code opinionWords}.
   */
  private void assess(
      StanceText t, int i, List<PhraseList.Match> events, String eventPrefix, boolean opinionWords, Assessment a) {
    int[] sentence = sentences(t);
    boolean[] reported = new boolean[t.size() == 0 ? 0 : sentence[t.size() - 1] + 1];
    for (PhraseList.Match e : events) {
      a.add(e.start, eventPrefix + e.label);
      double v = event(t, e, !knownConcerned, a);
      if (Double.isNaN(v)) {
        reported[sentence[e.start]] = true;
      } else {
        a.score += v;
      }
    }
    if (!knownConcerned && eventPrefix.equals("term:") && !events.isEmpty()) {
      anaphors(t, events, a, reported, sentence);
    }
    if (knownConcerned) {
      questions(t, events, a, reported, sentence);
    }
    for (PhraseList.Match m : supportCues.get(i).findAll(t, 0, t.size())) {
      a.score += targetCue(t, m, "target-support:", TARGET_CUE, a, reported, sentence);
    }
    for (PhraseList.Match m : opposeCues.get(i).findAll(t, 0, t.size())) {
      a.score += targetCue(t, m, "target-oppose:", -TARGET_CUE, a, reported, sentence);
    }
    boolean[] eventSentence = eventSentences(t, events);
    boolean[] inEvent = new boolean[t.size()];
    for (PhraseList.Match e : events) {
      Arrays.fill(inEvent, e.start, e.end, true);
    }
    double opinion = 0;
    int flip = knownConcerned ? judgement[i] : 1;
    boolean unnamed = knownConcerned && events.isEmpty() && flip == 1;
    for (int k = 0; k < t.size() && opinionWords; k++) {
      int sign = StanceLexicon.POSITIVE.containsWord(t.words[k]) ? 1 : 0;
      sign -= StanceLexicon.NEGATIVE.containsWord(t.words[k]) ? 1 : 0;
      if (knownConcerned && sign == 0) {
        sign = StanceLexicon.WHOLE_TEXT_POSITIVE.containsWord(t.words[k]) ? 1 : 0;
        sign -= StanceLexicon.WHOLE_TEXT_NEGATIVE.containsWord(t.words[k]) ? 1 : 0;
      }
      if (knownConcerned && sign == 0) {
        double v = StanceLexicon.VALENCES.of(t.words[k]);
        sign = v >= STRONG_VALENCE ? 1 : v <= -STRONG_VALENCE ? -1 : 0;
      }
      if (sign != 0 && !inEvent[k] && !reported[sentence[k]] && !a.consumed.contains(k)) {
        if (closeNegator(t, k)) {
          sign = -sign;
        }
        if (!StanceLexicon.REVERSERS.findAll(t, windowStart(t, k, CUE_NEGATION_WINDOW, StanceText.SOFT), k).isEmpty()) {
          sign = -sign;
        }
        // a text that never names its (non-judgement) target praises a rival of it, or attacks it
        boolean rival = sign > 0 && unnamed;
        a.add(k, (rival ? "rival:" : sign > 0 ? "positive:" : "negative:") + t.words[k]);
        double weight = eventSentence[k] || (knownConcerned && events.isEmpty()) ? OPINION_WORD_NEAR : OPINION_WORD;
        opinion += (sign < 0 ? flip : rival ? -1 : 1) * sign * weight;
      }
    }
    double cap = knownConcerned ? WHOLE_OPINION_CAP : OPINION_CAP;
    a.score += Math.max(-cap, Math.min(cap, opinion));
    a.score = Math.round(Math.max(-1.0, Math.min(1.0, a.score)) * 1000) / 1000.0;
  }

  /**
   * Known-concerned mode: {@link #QUESTIONED} once for each question naming the target, not reported, cued
   * {@code question:} and the term: {@code "Who would pay the toll? Commuters."}. Questions in argument mostly
   * challenge what they name; on VAST and SemEval this held on both topic halves.
   */
  private static void questions(
      StanceText t, List<PhraseList.Match> events, Assessment a, boolean[] reported, int[] sentence) {
    Set<Integer> asked = new TreeSet<>();
    for (PhraseList.Match e : events) {
      if (t.question[e.start] && !reported[sentence[e.start]] && asked.add(sentence[e.start])) {
        a.add(e.start, "question:" + e.label);
        a.score += QUESTIONED;
      }
    }
  }

  /**
   * Known-concerned mode, for a text that names its target but whose rules left it undecided: the sign of the
   * summed VADER valence of all its words, weak ones too (negative words read through the target's {@link
   * #judgement}), sets the score to the threshold, cued {@code leaning:} and the sum: {@code "The toll. I
   * mean, honestly."} leans as "honestly" does. A text known to concern its target and naming it rarely takes no
   * side (on VAST dev 8 of 124 such texts are neutral); the lean itself is a weak guess, right on about half of
   * them. With no valenced word the text stays neutral.
   */
  private void lean(StanceText t, int flip, Assessment a) {
    double sum = 0;
    for (String w : t.words) {
      double v = StanceLexicon.VALENCES.of(w);
      sum += v < 0 ? flip * v : v;
    }
    sum = Math.round(sum * 10) / 10.0; // valences have one decimal: "0.3 + 0.6 - 0.9" is no lean, not -1e-16
    if (sum != 0) {
      a.add(t.size(), String.format(Locale.ROOT, "leaning:%+.1f", sum));
      a.score = sum > 0 ? threshold : -threshold;
    }
  }

  /**
   * Rule 2 for "it" / "them" after the first term of a text, standing for it, when an opposition or support cue
   * governs the pronoun: {@code "the bridge would cost too much, and I will not back it"} adds the negated
   * support of "back it". A pronoun no cue governs adds nothing (it may stand for anything).
   */
  private static void anaphors(
      StanceText t, List<PhraseList.Match> events, Assessment a, boolean[] reported, int[] sentence) {
    int next = 0;
    for (int k = events.get(0).end; k < t.size(); k++) {
      while (next < events.size() && events.get(next).end <= k) {
        next++;
      }
      if (!ANAPHORS.contains(t.words[k]) || (next < events.size() && events.get(next).start <= k)) {
        continue;
      }
      Assessment pronoun = new Assessment();
      double v = event(t, new PhraseList.Match(k, k + 1, t.words[k]), true, pronoun);
      int cue = -1;
      for (Cue c : pronoun.cues) {
        if (c.label().startsWith("support-cue:") || c.label().startsWith("oppose-cue:")) {
          cue = c.position();
        }
      }
      boolean governed = cue >= 0 && speakerSubject(t, cue);
      if (governed) {
        a.add(k, "referent:" + t.words[k]);
        a.cues.addAll(pronoun.cues);
        a.consumed.addAll(pronoun.consumed);
        if (Double.isNaN(v)) {
          reported[sentence[k]] = true;
        } else {
          a.score += v;
        }
      }
    }
  }

  /** Whether the nearest subject pronoun before word {@code cue}, in its clause, is the speaker's "I" or "we". */
  private static boolean speakerSubject(StanceText t, int cue) {
    for (int k = cue - 1; k >= windowStart(t, cue, SUPPORT_WINDOW, StanceText.SOFT); k--) {
      if (SUBJECT_PRONOUNS.contains(t.words[k])) {
        return t.words[k].equals("i") || t.words[k].equals("we");
      }
    }
    return false;
  }

  /**
   * -1 when a target's label is itself a negative judgement of its subject ("Climate change is a real concern":
   * a copula or modal followed by more negative than positive opinion words), so that a text's negative words
   * agree with it; else 1. A noun phrase ("death penalty") is no judgement, whatever its words.
   */
  private static int judgement(StanceText label) {
    // its positive words keep their sign: a text praising a remedy for the concern agrees with it too
    int verb = judgementVerb(label);
    return verb >= 0 && netOpinion(label, verb + 1) < 0 ? -1 : 1;
  }

  /** The index of a label's first copula or modal ("is", "should"), or -1 for a noun phrase label. */
  private static int judgementVerb(StanceText label) {
    for (int k = 0; k < label.size(); k++) {
      if (JUDGEMENT_VERBS.contains(label.words[k])) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The sign of a target label's net opinion words ({@code positive.txt}, {@code negative.txt}): 1 for "fair
   * wage" or "social justice", -1 for "corporate greed" or "animal cruelty", 0 for "death penalty". Read only
   * for a label that is no {@link #judgement}.
   */
  private static int prior(StanceText label) {
    return Integer.signum(netOpinion(label, 0));
  }

  /** Positive minus negative opinion words of {@code label} from word {@code from} on. */
  private static int netOpinion(StanceText label, int from) {
    int net = 0;
    for (int k = from; k < label.size(); k++) {
      net += StanceLexicon.POSITIVE.containsWord(label.words[k]) ? 1 : 0;
      net -= StanceLexicon.NEGATIVE.containsWord(label.words[k]) ? 1 : 0;
    }
    return net;
  }

  /**
   * Rule 3 for one target cue: {@code weight}, flipped after a negator, or 0 when an attitude in it is held by a
   * third party (its sentence is then marked in {@code reported}).
   */
  private static double targetCue(
      StanceText t, PhraseList.Match m, String prefix, double weight, Assessment a, boolean[] reported, int[] sentence) {
    a.add(m.start, prefix + m.label);
    if (reportedPosition(t, m, a)) {
      reported[sentence[m.start]] = true;
      return 0;
    }
    return negatedWord(t, m.start, a) ? -weight : weight;
  }

  /**
   * Whether an attitude cue inside {@code cue} has a third-party subject ({@link StanceHolders}); adds the cue
   * {@code reported-position} when so.
   */
  private static boolean reportedPosition(StanceText t, PhraseList.Match cue, Assessment a) {
    for (PhraseList.Match m : StanceLexicon.ATTITUDE_CUES.findAll(t, cue.start, cue.end)) {
      if (StanceHolders.thirdParty(t, m.start)) {
        a.add(m.start, REPORTED_POSITION);
        return true;
      }
    }
    return false;
  }

  /**
   * Rule 2 for one event: its polarity, with its cues added to {@code a}; NaN when its opposition or support cue
   * reports a third party's position, or when the speaker only deliberates about it. Consequences ("… would
   * create jobs") only with {@code consequences}: not in known-concerned mode, where on VAST's dev split they
   * cost more than they gave.
   */
  private static double event(StanceText t, PhraseList.Match e, boolean consequences, Assessment a) {
    // 2.4 negation frames in the clause before the term; negated doubt ("no doubt") is certainty, not negation
    int negStart = windowStart(t, e.start, NEGATION_WINDOW, StanceText.SOFT);
    List<PhraseList.Match> negations = negations(t, negStart, e.start);
    // 2.0 a negated comparative before "than" + term: "nothing better than the walkout" ranks it first
    double comparative = negatedComparative(t, e, a);
    if (comparative != 0) {
      return comparative;
    }
    for (PhraseList.Match n : negations) {
      a.add(n.start, "negated:" + n.label);
    }
    // 2.0 "without" + term: the sentence judges the term's absence ("the page is dull without the comments"),
    // unless the frame is an opposition cue's ("we can do without the walkout")
    if (negations.size() == 1 && negations.get(0).label.equals(WITHOUT) && e.start - negations.get(0).end <= ABSENCE_GAP
        && StanceLexicon.OPPOSE_CUES.findAll(t, Math.max(0, negations.get(0).start - 1), negations.get(0).end).isEmpty()) {
      return absence(t, e, negations.get(0), !consequences, a);
    }
    // 2.1 opposition cue governing the term
    double value = 0;
    PhraseList.Match oppose =
        nearest(StanceLexicon.OPPOSE_CUES, t, windowStart(t, e.start, OPPOSE_WINDOW, StanceText.SOFT), e.start, negations);
    PhraseList.Match support = null;
    if (oppose == null) {
      // 2.2 the nearest support cue, or a control verb before "to" + term
      support =
          nearest(StanceLexicon.SUPPORT_CUES, t, windowStart(t, e.start, SUPPORT_WINDOW, StanceText.HARD), e.start, negations);
      if (support != null && FUTURE.contains(support.label) && e.start - support.end > 1) {
        support = null;
      }
      if (support == null && e.start > 0 && t.words[e.start - 1].equals("to")) {
        support =
            nearest(StanceLexicon.CONTROL_VERBS, t, windowStart(t, e.start, CONTROL_WINDOW, StanceText.HARD), e.start, negations);
      }
    }
    PhraseList.Match cue = oppose != null ? oppose : support;
    // 2.6 deliberation nearer the term than any cue ("will look closely at the walkout") takes no side
    PhraseList.Match deliberation = null;
    for (PhraseList.Match d :
        StanceLexicon.DELIBERATION.findAll(t, windowStart(t, e.start, SUPPORT_WINDOW, StanceText.HARD), e.start)) {
      if (cue == null || d.start > cue.start) {
        deliberation = d;
      }
    }
    if (deliberation != null) {
      a.add(deliberation.start, "deliberation:" + deliberation.label);
      cue = null;
      negations = List.of();
    } else if (oppose != null) {
      a.add(oppose.start, "oppose-cue:" + oppose.label);
      if (reportedPosition(t, oppose, a)) {
        return Double.NaN;
      }
      value = OPPOSE * judgedAction(t, oppose, a);
    } else if (support != null) {
      a.add(support.start, "support-cue:" + support.label);
      if (reportedPosition(t, support, a)) {
        return Double.NaN;
      }
      value = SUPPORT * judgedAction(t, support, a);
    }
    // 2.3 an evaluation after the term, flipped by a negation before it ("... is not the right decision"); one
    // of giving up right after the term overrides wanting it ("wanted the walkout scrapped")
    int afterEnd = windowEnd(t, e.end, AFTER_WINDOW);
    PhraseList.Match complement =
        e.end < afterEnd && t.boundary[e.end] == StanceText.NONE ? StanceLexicon.OPPOSE_AFTER.at(t, e.end, afterEnd) : null;
    if (value > 0 && complement != null) {
      a.add(complement.start, "oppose-after:" + complement.label);
      value = OPPOSE_AFTER;
    }
    if (value == 0 && consequences) {
      value = consequence(t, e, a);
    }
    for (int k = e.end; k < afterEnd && value == 0; k++) {
      PhraseList.Match m = StanceLexicon.OPPOSE_AFTER.at(t, k, afterEnd);
      double v = OPPOSE_AFTER;
      if (m != null) {
        a.add(m.start, "oppose-after:" + m.label);
      } else if ((m = StanceLexicon.SUPPORT_AFTER.at(t, k, afterEnd)) != null) {
        a.add(m.start, "support-after:" + m.label);
        v = SUPPORT_AFTER;
      }
      if (m != null) {
        List<PhraseList.Match> between = StanceLexicon.NEGATORS.findAll(t, e.end, m.start);
        for (PhraseList.Match n : between) {
          a.add(n.start, "negated:" + n.label);
        }
        value = between.size() % 2 == 1 ? -v : v;
      }
    }
    if (deliberation != null && value == 0) {
      return Double.NaN;
    }
    // 2.4 negation applied; a lone one raised onto a governed clause ("do not believe") is no negated mention,
    // nor is one whose scope is an opinion word before the term ("nothing fair about the walkout"): that word
    // is then the evaluation, reversed
    boolean raisedMention = value == 0 && negations.size() == 1 && raised(t, negations.get(0));
    int opinion = value == 0 && cue == null && negations.size() % 2 == 1 ? negatedOpinion(t, negations, e.start) : -1;
    if (opinion >= 0) {
      int sign = StanceLexicon.POSITIVE.containsWord(t.words[opinion]) ? 1 : -1;
      a.add(opinion, (sign > 0 ? "negated-positive:" : "negated-negative:") + t.words[opinion]);
      a.consumed.add(opinion);
      value = -sign * NEGATED_EVALUATION;
    } else if (negations.size() % 2 == 1 && !raisedMention) {
      value = value == 0 ? NEGATED_MENTION : value < 0 ? -value * NEGATED_OPPOSITION_WEIGHT : -value;
    } else if (!negations.isEmpty() && value == 0) {
      value = DOUBLE_NEGATED_MENTION;
    }
    // 2.5 a condition after the term: a conditional support takes no side yet
    int condEnd = windowEnd(t, e.end, CONDITIONAL_WINDOW);
    for (int k = e.end; k < condEnd; k++) {
      PhraseList.Match c = StanceLexicon.CONDITIONALS.at(t, k, condEnd);
      if (c != null) {
        a.add(c.start, "conditional:" + c.label);
        if (value > 0) {
          value = 0;
        }
        break;
      }
    }
    return value;
  }

  /**
   * Rule 2.3's consequence: the term (or "which" / "that" after it) followed by an auxiliary ("would", "will",
   * "has", adverbs between) and a verb of good or bad effect: {@code "the bridge would create jobs"} +0.4,
   * {@code "the bridge would break its promises"} -0.6. A good effect on a bad object is bad ({@code "would bring
   * chaos"}, unless a reverser undoes it: "would bring an end to the chaos"); a negator between the term and the
   * object flips it ({@code "would not create a single job"}, {@code "will create no jobs"}). The verb and the
   * object's opinion words are consumed. The object ends at a comma or a clause opener ("would hurt people
   * who have no car"), and only its first word may negate it. 0 without an auxiliary ("the bridge costs" may
   * be a noun phrase), or when a preposition comes before the term: the term then does not head the subject
   * ("opposition to the bridge has cost us a year" is about the opposition).
   */
  private static double consequence(StanceText t, PhraseList.Match e, Assessment a) {
    int before = e.start - 1;
    while (before >= 0 && t.boundary[before + 1] == StanceText.NONE && DETERMINERS.contains(t.words[before])) {
      before--;
    }
    if (before >= 0 && t.boundary[before + 1] == StanceText.NONE && PREPOSITIONS.contains(t.words[before])) {
      return 0;
    }
    int k = e.end;
    if (k < t.size() && t.boundary[k] != StanceText.HARD && RELATIVES.contains(t.words[k])) {
      k++;
    }
    int flips = 0;
    boolean auxiliary = false;
    PhraseList.Match verb = null;
    boolean benefit = false;
    for (int words = 0; k < t.size() && words < CONSEQUENCE_GAP && t.boundary[k] == StanceText.NONE; words++) {
      PhraseList.Match m;
      if (auxiliary && (m = StanceLexicon.BENEFIT_VERBS.at(t, k, t.size())) != null) {
        verb = m;
        benefit = true;
        break;
      }
      if (auxiliary && (m = StanceLexicon.HARM_VERBS.at(t, k, t.size())) != null) {
        verb = m;
        break;
      }
      if ((m = StanceLexicon.NEGATORS.at(t, k, t.size())) != null) {
        a.add(m.start, "negated:" + m.label);
        flips++;
        auxiliary |= AUXILIARIES.contains(t.words[k]);
        k = m.end;
      } else if (AUXILIARIES.contains(t.words[k])) {
        auxiliary = true;
        k++;
      } else {
        return 0;
      }
    }
    if (verb == null) {
      return 0;
    }
    a.add(verb.start, (benefit ? "benefit:" : "harm:") + verb.label);
    for (int w = verb.start; w < verb.end; w++) {
      a.consumed.add(w);
    }
    // the object: up to six words, until a comma or a clause opener ("who", "and")
    int objectEnd = verb.end;
    for (int limit = windowEnd(t, verb.end, AFTER_WINDOW);
        objectEnd < limit && t.boundary[objectEnd] == StanceText.NONE
            && !StanceLexicon.CLAUSE_OPENERS.containsWord(t.words[objectEnd]); ) {
      objectEnd++;
    }
    int objectSign = 0;
    for (int w = verb.end; w < objectEnd; w++) {
      int sign = StanceLexicon.POSITIVE.containsWord(t.words[w]) ? 1 : 0;
      sign -= StanceLexicon.NEGATIVE.containsWord(t.words[w]) ? 1 : 0;
      if (sign != 0) {
        boolean undone = !StanceLexicon.REVERSERS.findAll(t, verb.end, w).isEmpty();
        objectSign += undone ? -sign : sign;
        a.consumed.add(w);
        a.add(w, (sign > 0 ? "positive:" : "negative:") + t.words[w]);
      }
    }
    PhraseList.Match none = verb.end < objectEnd ? StanceLexicon.NEGATORS.at(t, verb.end, objectEnd) : null;
    if (none != null) {
      a.add(none.start, "negated:" + none.label);
      flips++;
    }
    double value = benefit && objectSign >= 0 ? SUPPORT_AFTER : OPPOSE_AFTER;
    return flips % 2 == 1 ? -value : value;
  }

  /**
   * Rule 2.0 for "without" + term: the opinion words of the sentence, outside the term and the frame, judge the
   * term's absence, so their sum counts reversed: {@code "the page would be dull without the comments"} +0.4,
   * {@code "life is better without the toll"} -0.4; 0 with none ("they met without the mayor" takes no side).
   * The words read are consumed; VADER's strong words count too when {@code wide} (known-concerned mode).
   */
  private static double absence(StanceText t, PhraseList.Match e, PhraseList.Match without, boolean wide, Assessment a) {
    int from = e.start;
    while (from > 0 && t.boundary[from] != StanceText.HARD) {
      from--;
    }
    int sum = 0;
    for (int k = from; k < t.size() && (k == from || t.boundary[k] != StanceText.HARD); k++) {
      if (k >= without.start && k < e.end) {
        continue;
      }
      int sign = StanceLexicon.POSITIVE.containsWord(t.words[k]) ? 1 : 0;
      sign -= StanceLexicon.NEGATIVE.containsWord(t.words[k]) ? 1 : 0;
      if (wide && sign == 0) {
        double v = StanceLexicon.VALENCES.of(t.words[k]);
        sign = v >= STRONG_VALENCE ? 1 : v <= -STRONG_VALENCE ? -1 : 0;
      }
      if (sign != 0) {
        sign = closeNegator(t, k) ? -sign : sign;
        a.add(k, (sign > 0 ? "positive:" : "negative:") + t.words[k]);
        a.consumed.add(k);
        sum += sign;
      }
    }
    return sum > 0 ? -SUPPORT_AFTER : sum < 0 ? SUPPORT_AFTER : 0;
  }

  /**
   * -1 when the action of {@code cue} is judged bad in an infinitive frame before it, in its clause: a negative
   * opinion word up to four words before "to" + cue ({@code "it would be a mistake to scrap the bridge"}, {@code
   * "a shame to get rid of it"}), so the cue's polarity flips; else 1. The judging word is consumed.
   */
  private static int judgedAction(StanceText t, PhraseList.Match cue, Assessment a) {
    int to = cue.start - 1;
    if (to < 1 || !t.words[to].equals("to") || t.boundary[cue.start] != StanceText.NONE) {
      return 1;
    }
    for (int k = to - 1; k >= 0 && to - k <= FRAME_WINDOW && t.boundary[k + 1] == StanceText.NONE; k--) {
      if (StanceLexicon.NEGATIVE.containsWord(t.words[k]) && !closeNegator(t, k)) {
        a.add(k, "judged-action:" + t.words[k]);
        a.consumed.add(k);
        return -1;
      }
    }
    return 1;
  }

  /** Negation frames in {@code [from, to)}, less those that are negated doubt ({@code affirmations.txt}). */
  private static List<PhraseList.Match> negations(StanceText t, int from, int to) {
    List<PhraseList.Match> affirmations = StanceLexicon.AFFIRMATIONS.findAll(t, from, Math.min(t.size(), to + 1));
    List<PhraseList.Match> out = new ArrayList<>();
    for (PhraseList.Match n : StanceLexicon.NEGATORS.findAll(t, from, to)) {
      boolean affirmation = false;
      for (PhraseList.Match f : affirmations) {
        affirmation |= n.start < f.end && f.start < n.end;
      }
      if (!affirmation) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * The last opinion word between the last of {@code negations} and the term at {@code termStart}, in its
   * clause, or -1: the word the negation scopes over ("not a good idea to build the bridge").
   */
  private static int negatedOpinion(StanceText t, List<PhraseList.Match> negations, int termStart) {
    PhraseList.Match n = negations.get(negations.size() - 1);
    for (int k = termStart - 1; k >= n.end; k--) {
      if (StanceLexicon.POSITIVE.containsWord(t.words[k]) || StanceLexicon.NEGATIVE.containsWord(t.words[k])) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Rule 2.0: for a term right after "than" (a determiner between allowed), a comparative opinion word earlier
   * in the sentence with a negator up to six words before it, in its clause, ranks the term first: {@code "there is no better
   * plan than the bridge"} +0.5, {@code "nothing is worse than the bridge"} -0.5; else 0. The comparative is
   * consumed, so it counts no more as an opinion word.
   */
  private static double negatedComparative(StanceText t, PhraseList.Match e, Assessment a) {
    int than = e.start - 1;
    while (than >= 0 && than >= e.start - 3 && !t.words[than].equals("than") && t.boundary[than + 1] == StanceText.NONE
        && DETERMINERS.contains(t.words[than])) {
      than--;
    }
    if (than < 0 || !t.words[than].equals("than")) {
      return 0;
    }
    for (int k = than - 1; k >= 0 && than - k <= CONTROL_WINDOW && t.boundary[k + 1] != StanceText.HARD; k--) {
      int sign = comparativeSign(t.words[k]);
      if (sign != 0) {
        List<PhraseList.Match> ns = StanceLexicon.NEGATORS.findAll(t, windowStart(t, k, NEGATION_WINDOW, StanceText.SOFT), k);
        if (ns.size() % 2 == 0) {
          return 0;
        }
        a.add(ns.get(0).start, "negated:" + ns.get(0).label);
        a.add(k, "comparative:" + t.words[k]);
        a.consumed.add(k);
        return sign * SUPPORT;
      }
    }
    return 0;
  }

  /** 1 for a comparative of a positive word ("better", "fairer"), -1 for a negative one ("worse"), else 0. */
  private static int comparativeSign(String w) {
    if (w.equals("better")) {
      return 1;
    }
    if (w.equals("worse")) {
      return -1;
    }
    if (w.length() < 5 || !w.endsWith("er")) {
      return 0;
    }
    for (String base : List.of(w.substring(0, w.length() - 2), w.substring(0, w.length() - 1))) {
      if (StanceLexicon.POSITIVE.containsWord(base)) {
        return 1;
      }
      if (StanceLexicon.NEGATIVE.containsWord(base)) {
        return -1;
      }
    }
    return 0;
  }

  /** The match of {@code list} in {@code [from, to)} closest to {@code to}, not inside a negation frame. */
  private static PhraseList.Match nearest(
      PhraseList list, StanceText t, int from, int to, List<PhraseList.Match> negations) {
    PhraseList.Match best = null;
    for (PhraseList.Match m : list.findAll(t, from, to)) {
      boolean inNegation = false;
      for (PhraseList.Match n : negations) {
        inNegation |= m.start < n.end && n.start < m.end;
      }
      if (!inNegation) {
        best = m;
      }
    }
    return best;
  }

  /**
   * First word of the window of at most {@code size} words before {@code at}, stopped by a boundary at least as
   * strong as {@code stop} or by a contrast word ("but", "however").
   */
  private static int windowStart(StanceText t, int at, int size, int stop) {
    int k = at;
    while (k > 0 && at - k < size && t.boundary[k] < stop) {
      if (StanceLexicon.CONTRAST.containsWord(t.words[k - 1])) {
        break;
      }
      k--;
    }
    return k;
  }

  /** End (exclusive) of the window of at most {@code size} words from {@code from}, within the sentence. */
  private static int windowEnd(StanceText t, int from, int size) {
    int k = from;
    while (k < t.size()
        && k - from < size
        && t.boundary[k] != StanceText.HARD
        && !StanceLexicon.CONTRAST.containsWord(t.words[k])) {
      k++;
    }
    return k;
  }

  /** Whether a negation frame ends within three words before {@code at} (for target cues). */
  private static boolean negatedWord(StanceText t, int at, Assessment a) {
    int from = windowStart(t, at, CUE_NEGATION_WINDOW, StanceText.SOFT);
    List<PhraseList.Match> ns = StanceLexicon.NEGATORS.findAll(t, from, at);
    for (PhraseList.Match n : ns) {
      a.add(n.start, "negated:" + n.label);
    }
    return ns.size() % 2 == 1;
  }

  /**
   * Whether an odd number of negators come up to three words before {@code at}, or a raised negation ("do not
   * believe") up to {@link #NEGATION_WINDOW} + 3 words before, in the clause.
   */
  private static boolean closeNegator(StanceText t, int at) {
    int from = windowStart(t, at, 3, StanceText.SOFT);
    if (negations(t, from, at).size() % 2 == 1) {
      return true;
    }
    for (PhraseList.Match n : StanceLexicon.NEGATORS.findAll(t, windowStart(t, at, NEGATION_WINDOW + 3, StanceText.SOFT), from)) {
      if (raised(t, n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether negation {@code n} is followed by a verb that raises it onto the clause it governs ("not believe"). */
  private static boolean raised(StanceText t, PhraseList.Match n) {
    return n.end < t.size() && StanceLexicon.NEG_RAISERS.at(t, n.end, n.end + 1) != null;
  }

  /** For each word, the index of its sentence. */
  private static int[] sentences(StanceText t) {
    int[] sentence = new int[t.size()];
    for (int k = 1; k < t.size(); k++) {
      sentence[k] = sentence[k - 1] + (t.boundary[k] == StanceText.HARD ? 1 : 0);
    }
    return sentence;
  }

  /** For each word, whether its sentence holds an event. */
  private static boolean[] eventSentences(StanceText t, List<PhraseList.Match> events) {
    int[] sentence = sentences(t);
    boolean[] hasEvent = new boolean[t.size() == 0 ? 0 : sentence[t.size() - 1] + 1];
    for (PhraseList.Match e : events) {
      hasEvent[sentence[e.start]] = true;
    }
    boolean[] out = new boolean[t.size()];
    for (int k = 0; k < t.size(); k++) {
      out[k] = hasEvent[sentence[k]];
    }
    return out;
  }

  private static List<PhraseList.Match> joinAdjacent(List<PhraseList.Match> matches) {
    List<PhraseList.Match> out = new ArrayList<>();
    for (PhraseList.Match m : matches) {
      PhraseList.Match last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.end == m.start) {
        out.set(out.size() - 1, new PhraseList.Match(last.start, m.end, last.label + " " + m.label));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** A piece of evidence and the word it starts at. */
  private record Cue(int position, String label) {}

  /** Running score and cues of one scope; local to one call. */
  private static final class Assessment {
    double score;
    /** Words a rule has already read as evidence, which count no more as opinion words. */
    final Set<Integer> consumed = new TreeSet<>();
    private final List<Cue> cues = new ArrayList<>();

    void add(int position, String label) {
      cues.add(new Cue(position, label));
    }

    /** Distinct cue labels in text order (a stable sort keeps rule order within a word). */
    List<String> cues() {
      List<Cue> sorted = new ArrayList<>(cues);
      sorted.sort(Comparator.comparingInt(Cue::position));
      Set<String> out = new LinkedHashSet<>();
      for (Cue c : sorted) {
        out.add(c.label());
      }
      return List.copyOf(out);
    }
  }
}
