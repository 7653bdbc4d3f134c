package dev.quotebeam.extract;

import dev.quotebeam.extract.Tokenizer.Token;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions attributed to an actor and findings attributed to a source: the attribution relations whose cue is no
 * speech verb.
 *
 * <p>"Who said what" tables want them too (they carry stance), but kept apart: each statement's
 * {@code relation} is {@link Statement#BELIEF} (beliefs, wishes, plans, stances: "X believes", "wants to",
 * "supports", "called for"), {@link Statement#EVIDENCE} (what a poll, study or report shows, what anyone found
 * or showed in a that-clause, "In a … poll, …" and "… in a new poll"), {@link Statement#SPEECH} for speech acts
 * that are no plain "said" ("talked about", "discussed", "cited", and a question put with no asker as subject) or
 * {@link Statement#HEDGE}; the kind is INDIRECT, or PARTIAL when the content holds a quote mark. Per sentence, in
 * this order:
 * <ol>
 *   <li>{@code In a May poll by X, …} gives the clause after the comma, sourced to the poll (evidence); {@code In
 *       Roe's view, …} the clause held by the possessor (belief).
 *   <li>Per token outside any quotation: a passive or reduced {@code asked} with no asker as its subject
 *       ({@code When asked whether …}, {@code Roe was asked by a reporter about …}) gives the question as speech,
 *       its speaker the {@code by} phrase or none. A light verb with a speech noun ({@code made the case that …},
 *       {@code took aim at X}, {@code raised questions about X}, {@code made a promise to cut taxes}) gives as
 *       speech the content its noun's frame opens ({@link #LIGHT_VERB_NOUNS}: a that-clause, also after an
 *       addressee or a setting, a to-infinitive, or the object of the noun's preposition up to the subject's next
 *       predicate), when its subject names someone. A noun of speech or stance after a possessive ({@code Roe's
 *       criticism of X}, {@link #nounOfHolder}) is set aside for the end (below). A stance adjective after a linking
 *       verb ({@code is deeply skeptical of X}, {@code was confident that …}, {@link #adjectiveStance}) and {@code in
 *       favor of} after a stance or linking verb ({@code voted in favor of X}) give beliefs. Else a cue verb of
 *       {@code relation-verbs.txt} or {@code wordnet-speech-verbs.txt}, when
 *       <ol>
 *         <li>it is finite and active: not after a determiner or possessive ("their support"), a bare form only
 *             after a modal, a plural pronoun or a plural noun, also before a modifier ("voters support", "4 in 10
 *             voters in each state want", not "farm support"), no passive
 *             ("was criticized"), no infinitive ("to endorse") unless a catenative passes on its subject
 *             ({@code tended to support}, {@code went on to endorse}, {@code is likely to oppose}, {@code seemed to
 *             mock}, {@code refused to endorse}; the cue spans the chain, and a refusal gives no relation of its
 *             own before such a verb); an -ing form
 *             only after a form of "be" ("is backing", "they’re backing"), as a participle after a comma
 *             ({@code …, citing X}) or after an active clause's {@code by} ({@code launched the campaign by
 *             talking about X}; not {@code was attacked by opposing lawmakers}), after a document noun
 *             ({@code polls showing X}) or, for a stance verb, after
 *             any noun phrase that names its holder ({@code a super PAC backing X}, its object cut before the main
 *             verb); a past, -s or bare form after "and" that opens an object is a second predicate ({@code spoke at
 *             the forum and criticized X}, {@code favors X and opposes Y}); a participle or coordinated verb takes the
 *             speaker of the statement before it in the sentence (or of a quote opened earlier that ends in it or
 *             runs over it), with none the main clause's subject when it names an actor (as {@link Subjects}
 *             gives it; one capitalised word opening the sentence counts when the article capitalises it
 *             mid-sentence too); an evidence verb also after a relative {@code that} ({@code polls that show X});
 *         <li>its complement fits the verb's frames: a particle it needs ({@code called for}), a that/whether
 *             clause, a to-clause, an object, for a {@code +clause} verb a bare clause ({@code finds voters
 *             oppose X}; not an ordinal time: {@code voted for the first time}; for an evidence verb also a plain
 *             object when its subject names a document: {@code A survey found Roe with a lead}), or for a
 *             {@code +as} verb an
 *             object followed by {@code as} and a noun phrase ({@code saw the event as a chance}); the content runs
 *             from there to the
 *             sentence end, or to a break: {@code ;}, any dash, a comma before a new clause, a participle,
 *             {@code , and} + clause or a closing {@code , a spokesman said};
 *             an object also ends before its setting ({@code at a rally}, {@code on Friday}) or a subordinate
 *             clause, and a relative clause or a {@code , with …,} aside at its closing comma, dash or
 *             parenthesis, a restrictive one before the main verb ({@code voters who support X are …});
 *         <li>its subject is the noun phrase before it (over at most MAX_SUBJECT_TOKENS auxiliaries, adverbs and
 *             time words; an appositive or a relative pronoun gives its antecedent: {@code Jane Roe, who backs …}
 *             → {@code Jane Roe}, also after a preposition; a quantifier standing alone: {@code Some accused X of
 *             …}); never a bare "it", "this", "there", nor a phrase
 *             after a preposition or ending in a possessive, adverb or participle; a phrase that runs back over a
 *             clause's past verb gives that verb's subject ({@code She made clear she backs X} → {@code She});
 *             where none is found, the
 *             subject the speech rules find ({@link Subjects#before}: dash asides, a party parenthesis and a
 *             relative clause between commas) when it names an actor; {@code talks} after a one-word capitalised
 *             opener that the article never capitalises mid-sentence is a noun ({@code Trade talks about …}). An
 *             evidence verb also needs a source: a subject with a document noun ("a new poll"), or any subject
 *             before a that/whether clause whose verb shows ({@code The authors found that voters chose …}).
 *       </ol>
 *       Before these, a cue verb in a relative clause whose relative word fills the gap of its complement
 *       ({@code the levy, which Roe believes will pass,}, {@code whom Roe views as a peer}, {@code which lenders
 *       considered too risky}; with no relative word after a pronoun or name: {@code a step they believe could
 *       help}) or in a parenthetical between commas ({@code The plan, Roe believes, will fail.}) gives the content
 *       from the relative word (the antecedent's determiner; the sentence start) to the clause's end, its text
 *       leaving the holder and verb out ({@code which … will pass}) as PolNeAR's discontinuous contents do.
 *   <li>Last, so they never pre-empt a relation of the verbs: a clause hedged by {@code seems}, by
 *       {@code appears} before a to-clause (not before a cue verb: {@code seemed to mock X} is a relation, above),
 *       {@code that}, {@code as if} or an adjective, by {@code is (widely) expected to}, a passive view with no
 *       holder ({@code is seen as}, {@code is accused of}, {@code is considered X}) or by {@code reportedly} is
 *       itself the content, with no speaker and the relation {@code hedge} (PolNeAR annotates these with an empty
 *       Source); one in a relative clause ends at its comma.
 * </ol>
 * A statement is kept only where no speech statement and no earlier relation overlaps it, so the speech extractor
 * always wins; a participle in the gap a split quote leaves for its attribution ({@code “A. B,” Roe said, referring to
 * X. “C.”}) overlaps nothing. After all these, {@link ContentModel} fills gaps: its words in shapes the rules skip
 * ("assailed X", "X, critics fear") give learned relations where nothing else overlaps ({@link #learned}). Last of all,
 * where nothing overlaps, a poll phrase inside a clause ({@code Roe leads by 8 points in the latest Lakeside poll})
 * gives the clause without the phrase, sourced to the poll (evidence, cue {@code in}; {@link #pollInClause}), and
 * a noun of speech or stance whose holder a possessive names ({@code Roe's criticism of X}, {@code his support for X},
 * {@code her decision to run}, {@code their complaints that …}; with no holder before a that-clause, {@code the
 * belief that …}, {@link #nounOfHolder}) gives what its frame opens:
 * both stand most often inside another relation's content ({@code Lee took hope from her lead in recent polls},
 * {@code Lee criticized Roe's plan to …}), and that relation is the one annotators mark.
 *
 * <p>Example: {@code The mayor supports a new tax.} gives INDIRECT {@code a new tax}, cue {@code supports},
 * speaker text {@code The mayor}, relation belief; {@code It shows that rents rose.} gives nothing (no
 * source). Immutable and thread-safe.
 */
public final class AttitudeRelations implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String BELIEF = Statement.BELIEF;
  private static final String EVIDENCE = Statement.EVIDENCE;
  private static final String HEDGE = Statement.HEDGE;
  /** Words after a comma that open an aside closing a hedged clause: an appositive or a loose participle. */
  private static final Set<String> HEDGE_ASIDES = words("the", "a", "an", "given", "including", "especially", "with");
  /** Words after seem that make it no hedge ("seemed before", "seems here"). */
  private static final Set<String> NOT_HEDGE_COMPLEMENTS = words(
      "before", "together", "alongside", "onstage", "live", "again", "briefly", "here", "there", "via", "next");
  /** Forms of appear: a hedge only before to, that, as if or an adjective, else a physical appearance. */
  private static final Set<String> APPEAR = words("appear", "appears", "appeared");
  /** Adjectives with no adjective ending that follow a hedging appear ("appeared ready", "appears likely"). */
  private static final Set<String> APPEAR_ADJECTIVES = words(
      "likely", "unlikely", "ready", "set", "poised", "calm", "eager", "keen", "close", "open", "sure", "certain",
      "clear", "unclear", "content", "happy", "upset", "weak", "strong", "fine", "well", "ill", "sick", "frail",
      "alone", "aware", "unaware", "intent", "bound", "unfazed", "unmoved", "relaxed", "tense", "stunned", "shaken",
      "willing", "unwilling", "headed", "doomed", "safe", "secure", "firm", "divided", "split");
  /** Adjective endings after a hedging appear ("appeared nervous", "appears confident", "appeared tired"). */
  private static final Pattern ADJECTIVE_ENDING =
      Pattern.compile("[a-z]+(ous|ful|able|ible|ive|ent|ant|ic|ical|ed|less|ish|ary|ile)");
  /** Words after a clause subject that show the bare object of a clause-only verb is a clause ("found X is …"). */
  private static final Set<String> FINITE_AUXILIARIES = words(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
      "must", "does", "did", "do");
  /** Words right before a passive or reduced "asked" that has no asker as its subject. */
  private static final Set<String> ASKED_OPENERS = words(
      "when", "if", "once", "after", "before", "while", "was", "were", "is", "are", "been", "being", "be", ",", "’s",
      "'s");
  /** Words that open the question of a passive "asked": a question word, {@code about} or a to-infinitive. */
  private static final Set<String> QUESTION_OPENERS = words(
      "whether", "if", "what", "which", "who", "whom", "whose", "why", "how", "when", "where", "about", "to");
  /** Verbs that hedge the clause they head ("The plan appears to be working"). */
  private static final Set<String> SEEM = words("seem", "seems", "seemed", "appear", "appears", "appeared");
  /**
   * Words before {@code to} that pass their subject to the verb after it ({@code tended to support}, {@code has yet
   * to endorse}; {@code tried to}, {@code attempted to} gained 2 matches of 6 predictions on PolNeAR train); so do
   * {@link #SEEM} before a cue verb ({@code Roe seemed to mock Lee}: PolNeAR train marks the chain as the cue and
   * the subject as the source in 18 of 31 such chains, the clause as a hedge in 13; read so, +2 matches and one
   * prediction fewer) and {@link #REFUSALS}. {@code is expected to} is left to the hedge rule, and other cue verbs
   * ({@code wants to}) are their own relation.
   */
  private static final Set<String> CATENATIVES = words(
      "tend", "tends", "tended", "used", "continue", "continues", "continued", "began", "begin", "begins", "begun",
      "start", "starts", "started", "likely", "unlikely", "ready", "willing", "unwilling", "poised", "able",
      "unable", "quick", "eager", "keen", "reluctant", "hesitant", "came", "come", "comes", "moved", "rushed", "yet");
  /**
   * A pronoun with a contracted be, or a negated be, before an -ing form: a progressive like {@code is backing}
   * ({@code they’re backing X}, {@code I wasn’t talking about X}).
   */
  private static final Pattern CONTRACTED_BE =
      Pattern.compile("[a-z]+['’](re|m)|(is|are|was|were)n['’]t");
  /** A subject pronoun fused with its auxiliary ({@code they're}, {@code it's}, {@code we've}, {@code he'll}). */
  private static final Pattern CONTRACTED_PRONOUN =
      Pattern.compile("(i|you|he|she|it|we|they|that|there)['’](re|m|s|ve|ll|d)");
  /**
   * Refusals before {@code to} and a cue verb with its complement ({@code refused to endorse Lee}): the inner verb
   * takes the refusal's subject and gives the relation, its cue the chain. PolNeAR train marks 26 of the 70
   * refusals before a speech or relation verb so, its content the inner verb's complement ({@code Lee}), and 44 on
   * the refusal with the content {@code to endorse Lee}, 23 of those {@code declined to comment}, whose bare verb
   * is no cue here and stays the refusal's; read so, +2 matches for +1 prediction. Other heads are annotated on
   * the head more often ({@code wants to see X}, {@code plans to support X}): read as chains they gained 1 match
   * for 4 more predictions.
   */
  private static final Set<String> REFUSALS = words(
      "refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining");
  /** Forms of go before {@code on to} ({@code went on to endorse}). */
  private static final Set<String> GO = words("go", "goes", "went", "going", "gone");
  /** Degree words before a catenative adjective ({@code more likely to}, {@code too quick to}). */
  private static final Set<String> DEGREE_WORDS = words("more", "less", "most", "least", "too", "so", "very");
  /**
   * Passive participles that hedge the clause they head when no {@code by} names who holds the view, with the words
   * that must follow them ({@code Roe is widely expected to win}, {@code Roe is accused of fraud}, {@code The plan
   * is viewed as a gamble}); an empty set ({@code considered}) takes any word but a preposition. After a bare
   * {@code be} or {@code being} only {@code expected} hedges ({@code could be seen as} says what may be).
   * {@code criticized for} / {@code condemned for} are no hedges (as hedges they gained fewer annotated relations
   * than unannotated ones on PolNeAR train) but passive speech acts ({@link #passive}).
   */
  private static final Map<String, Set<String>> PASSIVE_HEDGES = Map.of(
      "expected", words("to"), "intended", words("to"), "considered", words(), "viewed", words("as"),
      "seen", words("as"), "regarded", words("as"), "described", words("as"), "accused", words("of"));
  /**
   * Participles of speech acts and judgements read in the passive ({@code Roe was criticized for X}, {@code Roe was
   * declared the winner}, {@code It was reported that X}): the topic, not the speaker, is the subject. Not
   * {@code dismissed} (mostly "fired" in news), {@code named}, {@code shown}, {@code attacked}, {@code supported},
   * {@code cited}, {@code denied} (mostly no speech: {@code named after}, {@code shown to jurors}, {@code supported
   * by steel beams}, {@code cited for speeding}), {@code described} (a hedge's, {@link #PASSIVE_HEDGES}), nor
   * addressee verbs ({@code told}, {@code assured}, {@code warned}: on PolNeAR train right less often than a third,
   * {@code is assured of 118 delegates}).
   */
  private static final Set<String> PASSIVE_SPEECH = words(
      "criticized", "criticised", "announced", "declared", "said", "confirmed", "revealed", "mentioned", "projected",
      "rejected", "echoed", "requested", "portrayed", "condemned", "recommended", "praised", "lambasted", "rebuked",
      "blamed", "celebrated", "applauded", "endorsed", "challenged", "mocked", "ridiculed", "slammed", "reported",
      "dubbed", "labeled", "labelled", "branded", "hailed", "touted", "credited", "characterized", "depicted",
      "questioned", "predicted");
  /**
   * Complements that make a passive speech participle a plain report of a fact ({@code was declared dead},
   * {@code was reported missing}).
   */
  private static final Set<String> NOT_PASSIVE_COMPLEMENTS = words("dead", "missing", "stolen", "killed", "injured",
      "wounded", "safe", "alive", "lost", "closed", "open");
  /** Participles of views held in the passive ({@code Roe is known for X}, {@code Roe was thought to be Y}). */
  private static final Set<String> PASSIVE_VIEW = words(
      "known", "deemed", "thought", "believed", "estimated", "presumed", "suspected", "assumed");

  /** Classes of the verb list's first column. */
  private static final Set<String> RELATIONS = words(Statement.SPEECH, BELIEF, EVIDENCE);

  /**
   * The hand-written verbs, then the past and -ing forms of WordNet's communication verbs ({@code chided},
   * {@code bemoaned}, {@code thanking}):
   * the long tail of speech cues no corpus of this size shows often enough to learn (see the package README).
   */
  private static final Map<String, Verb> DEFAULT_VERBS = load("relation-verbs.txt", "wordnet-speech-verbs.txt");

  private static final Set<String> SKIP_BEFORE_VERB = words(
      "also", "still", "long", "now", "already", "never", "always", "often", "once", "repeatedly", "strongly",
      "openly", "publicly", "privately", "reportedly", "apparently", "clearly", "firmly", "previously", "recently",
      "just", "even", "only", "initially", "later", "then", "quickly", "has", "have", "had", "will", "would", "could",
      "may", "might", "should", "must", "can", "do", "does", "did", "not", "n't", "don't", "don’t", "doesn't",
      "doesn’t", "didn't", "didn’t", "won't", "won’t", "wouldn't", "wouldn’t", "couldn't", "couldn’t", "can't",
      "can’t", "cannot", "shouldn't", "shouldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t",
      "been", "is", "are", "was", "were", "being", "be", "’s", "'s", "all", "both", "largely", "generally", "widely",
      "vigorously", "loudly", "sharply", "harshly", "fiercely", "explicitly", "formally", "officially", "personally",
      "particularly", "again");
  /** Words ending in -ly that are no adverbs. */
  private static final Set<String> LY_NOUNS = words(
      "family", "rally", "ally", "supply", "assembly", "reply", "anomaly", "monopoly", "belly", "bully", "folly",
      "jelly", "italy", "july", "homily", "lily", "holly", "melancholy", "weekly", "monthly", "quarterly", "daily",
      "yearly", "hourly", "nightly", "elderly", "tally", "butterfly", "gadfly", "firefly", "dragonfly", "early",
      "costly", "friendly", "lonely", "lovely", "deadly", "orderly", "likely", "unlikely");
  /** Days, which end a subject read backwards ({@code On Friday the city declined} → {@code the city}). */
  private static final Set<String> DAYS = words(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");
  /** Months, after {@code in} or {@code this} a time ({@code found in March that}, {@code this May}). */
  private static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  /** Words after {@code this} that make it a time ({@code this spring}, {@code this past week}). */
  private static final Set<String> SEASONS = words("spring", "summer", "fall", "autumn", "winter", "past");
  /** A year after {@code in} ({@code found in 2014 that}). */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  /** Time words an adverbial before the verb may hold ({@code Trump on Friday endorsed …}): the days and these. */
  private static final Set<String> TIME_WORDS = plus(DAYS, "on", "last", "this", "earlier", "week", "month", "year",
      "night", "morning", "evening", "afternoon", "weekend");
  /** Time words that open a time phrase and cannot end one ({@code on Tuesday}, {@code last month}). */
  private static final Set<String> TIME_OPENERS = words("on", "last", "this", "earlier");
  /** Words after {@code as} that open a clause, not the phrase a thing is seen as ({@code saw him as he left}). */
  private static final Set<String> AS_CLAUSE_OPENERS = words("he", "she", "it", "they", "we", "i", "you", "did", "does",
      "do", "is", "was", "are", "were", "has", "had", "have", "if", "though", "well", "much", "many", "long", "soon");
  /** Adverbs that may open a share of people before its verb ({@code Only 41% identify}). */
  private static final Set<String> SHARE_OPENERS = words("only", "just", "some", "still");
  /** Plurals without an {@code -s}, and nouns that count people in a poll. */
  private static final Set<String> PLURAL_PEOPLE = words("men", "women", "people", "children");
  /** Prepositions of a modifier between a plural subject and its verb ({@code Voters in each state want}). */
  private static final Set<String> MODIFIER_PREPOSITIONS = words(
      "in", "at", "from", "across", "under", "over", "of", "among", "with", "without", "outside", "inside");
  /** Words before a bare verb form ("they support") that show it is a verb, not a noun ("Alabama support"). */
  private static final Set<String> BARE_FORM_SUBJECTS = words(
      "i", "we", "they", "you", "who", "that", "which", "would", "will", "could", "should", "may", "might", "must",
      "can", "cannot", "do", "does", "did", "not",
      "people", "many", "most", "some", "others", "both", "all");
  /** Words that open a prepositional phrase, which is no object of the verb ("support for", "support from"). */
  private static final Set<String> PREPOSITIONS = words(
      "for", "from", "of", "among", "in", "at", "with", "by", "behind", "around", "after", "since", "over", "than",
      "on", "to", "into", "about", "during", "under", "through", "like", "against", "across", "toward", "towards",
      "amid", "within", "without", "upon", "despite");
  /** Prepositions a subject may hold between nouns ("voters in Iowa", "three-quarters of voters"). */
  private static final Set<String> SUBJECT_PREPOSITIONS = words("in", "at", "from", "for", "with", "across", "on");
  private static final Set<String> ATTRIBUTION_VERBS = words(
      "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "explained", "noted", "argued", "stated");
  /** Words that open a subordinate clause ending an object ("endorsed X because …"). */
  private static final Set<String> SUBORDINATORS = words(
      "because", "after", "before", "when", "while", "since", "although", "though", "unless", "until", "whereas",
      "following", "amid", "despite");
  private static final Set<String> SETTING_PREPOSITIONS = words("at", "during", "in", "on", "last", "this", "earlier");
  /** Heads of the setting of an utterance or act: its time or occasion. */
  private static final Set<String> SETTING_NOUNS = words(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
      "night", "morning", "evening", "afternoon", "weekend", "conference", "interview", "statement", "rally",
      "debate", "speech", "event", "meeting", "hearing", "appearance", "briefing", "tweet", "twitter", "facebook",
      "op-ed", "letter", "release", "town", "show", "program", "broadcast", "campaign", "stop", "visit", "press",
      "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
      "december", "condition", "anonymity");
  /** Subject heads that are no noun ("more", "very") and endings of adjectives and adverbs. */
  private static final Set<String> BAD_HEADS = words(
      "more", "less", "very", "much", "really", "also", "only", "just", "who’s", "who's", "deeply", "such");
  private static final Pattern NOT_NOUN_ENDING = Pattern.compile("[a-z]+(ous|ing|ed|ly|ful|able|ible)");
  /** Quote marks that make content PARTIAL: double marks, {@code ''}, or a {@code ‘…’} pair. */
  private static final Pattern QUOTED = Pattern.compile("[\"“”]|''|‘[^‘]*’(?!\\p{L})");
  private static final Set<String> BE = words("is", "are", "was", "were", "been", "being", "be", "’s", "'s");
  /**
   * Stance verbs whose {@code -ing} form after a noun is a reduced relative clause naming the noun's stance ({@code a
   * super PAC backing Jeb Bush}, {@code outside groups supporting Rubio}): 12 of 26 such relations on PolNeAR train
   * were annotated, most of the rest unannotated stances of the same kind.
   */
  private static final Set<String> REDUCED_STANCE_VERBS = words("support", "back", "oppose", "endorse", "favor");
  private static final Set<String> NOUN_MARKERS = words(
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "to",
      "of", "for", "with", "no", "any", "some", "public", "strong", "broad", "widespread", "whose", "in", "on", "by",
      "at", "from", "and", "or", "as");
  /** Demonstratives, which like articles make the word after them a noun ({@code this belief that …}). */
  private static final Set<String> DEMONSTRATIVES = words("this", "that", "these", "those");
  /**
   * Words after {@code to} that make it a preposition, not a to-infinitive: determiners, possessives, numbers and
   * amounts ({@code declined to their lowest level}, {@code rose to about 5%}).
   */
  private static final Set<String> NOT_INFINITIVE = words(
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some",
      "any", "no", "every", "each", "all", "both", "many", "much", "more", "most", "less", "least", "few", "several",
      "another", "such", "what", "which", "whom", "whose", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
      "million", "millions", "billion", "billions", "half", "about", "around", "nearly", "almost", "roughly",
      "approximately", "under", "over", "below", "above", "just", "only", "new", "record", "zero", "him", "them",
      "me", "us", "it", "whoever", "date");
  /** Noun modifiers that make a following {@code shows} a plural noun ("TV shows", "talk shows"), not a verb. */
  private static final Set<String> SHOW_MODIFIERS = words(
      "tv", "television", "talk", "game", "reality", "news", "radio", "cooking", "quiz", "chat", "comedy", "variety",
      "award", "awards", "trade", "road", "fashion", "art", "magic", "stage", "light", "slide", "car", "air", "horse",
      "dog", "late-night", "morning", "cable", "streaming", "hit", "live");
  /** Head nouns of an opening {@code In a … poll,} phrase that is the source of the clause after it. */
  private static final Set<String> POLL_HEADS = words(
      "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports");
  /** Heads of a poll phrase inside its clause; a report or study there is mostly a setting. */
  private static final Set<String> POLLS = words("poll", "polls", "survey", "surveys");
  /** Particles and place adverbs that end a second predicate ({@code stayed home}, {@code backed down}). */
  private static final Set<String> PARTICLES = words("home", "away", "back", "out", "off", "up", "down", "there",
      "here");
  /** Nouns a poll noun modifies ({@code poll numbers}): no poll phrase. */
  private static final Set<String> POLL_COMPOUNDS = words("numbers", "results", "data", "workers", "watchers",
      "standings", "ratings", "position", "positions", "question", "questions", "respondents", "participants",
      "tax", "taxes");
  /** Verbs whose subject is a poll or an election's polls: no clause around the poll goes on with them. */
  private static final Set<String> POLL_VERBS = words("close", "closed", "closes", "open", "opened", "opens", "show",
      "shows", "showed", "found", "finds", "suggest", "suggests", "suggested");
  /** Marks inside a poll's or pollster's name ({@code CNN/ORC}, {@code Monmouth University's}). */
  private static final Set<String> POLL_NAME_MARKS = words("/", "-", "&", "’", "'");
  /**
   * Participles of a poll's release, which belong to its source ({@code a poll released Wednesday}), and the
   * particle of {@code carried out}.
   */
  private static final Set<String> POLL_PARTICIPLES = words(
      "released", "conducted", "published", "commissioned", "taken", "carried", "out");
  /** Prepositions before a noun phrase that belongs to a poll's source ({@code a poll of likely voters}). */
  private static final Set<String> POLL_TOPIC_PREPOSITIONS = words("of", "among", "on", "about");
  /** Prepositions before a name that belongs to a poll's source ({@code a poll by Lakeside College}). */
  private static final Set<String> POLL_SOURCE_PREPOSITIONS = words("by", "of", "from", "for", "in");
  /**
   * Words that open a clause of their own: a poll phrase's clause, read backwards, starts after them. Not all of
   * {@link #SUBORDINATORS}: {@code after}, {@code despite} and the like also open a phrase inside the clause.
   */
  private static final Set<String> CLAUSE_OPENERS = words(
      "where", "while", "whereas", "although", "though", "because", "when", "if", "since", "but");
  /** Marks besides dashes that end a poll phrase's clause read backwards. */
  private static final Set<String> POLL_CLAUSE_MARKS = words(";", ":", "(", ")");
  /** Words after a poll phrase that open another clause or phrase: the phrase's clause ends at it. */
  private static final Set<String> CLAUSE_BREAKS = plus(SUBORDINATORS, "where", "if", "but", "and", "or", "which",
      "who", "that", "as", "with", "including");
  private static final Set<String> COMPLEMENTIZERS = words("that", "whether", "if", "how", "why", "what");
  /** Words besides articles and possessives that open a verb's object or complement ({@code declined to}). */
  private static final Set<String> OBJECT_OPENERS = words("to", "this", "these", "those", "some", "any", "no",
      "himself", "herself", "themselves", "itself");
  private static final Set<String> BARE_SUBJECTS = words(
      "it", "this", "that", "there", "which", "what", "who", "these", "those", "here", "one", "you");
  private static final Set<String> RELATIVE = words("who", "which", "that");
  /**
   * Prepositions before a participle whose subject is the main clause's ({@code after backing X}, {@code was vocal
   * in rejecting X}).
   */
  private static final Set<String> PARTICIPLE_PREPOSITIONS = plus(QuoteExtractor.PARTICIPLE_PREPOSITIONS, "while", "in");
  /**
   * Verb forms that are nouns more often ({@code her views}): listed in {@code relation-verbs.txt} they cost PolNeAR
   * train more unannotated relations than they found (the bare {@code view} is listed only before an object and
   * {@code as}: {@code Some view X as Y}), but right before {@code as} after a relative clause's holder
   * ({@code whom Roe views as a peer}) they are verbs.
   */
  private static final Map<String, Verb> GAPPED_RELATIVE_VERBS = Map.of(
      "view", new Verb("view", BELIEF, false, false, false, false, false, false, true, false, false, Set.of()),
      "views", new Verb("view", BELIEF, false, false, false, false, false, false, true, false, false, Set.of()));
  /** Relative words that may stand for the gap in a verb's complement ({@code which Roe believes will pass}). */
  private static final Set<String> RELATIVE_WORDS = plus(RELATIVE, "whom");
  /** Quantifiers that can stand alone as a subject ({@code Some accused Roe of …}). */
  private static final Set<String> STANDALONE_QUANTIFIERS = words(
      "some", "many", "most", "several", "few", "both", "all");
  /**
   * Clause words and marks after which a quantifier may open a clause ({@code But few believe …}); not a closing
   * parenthesis or an apostrophe ({@code (R-Va.) both condemned}, {@code Sanders' most devoted backers}).
   */
  private static final Set<String> QUANTIFIER_OPENERS = words(
      "but", "and", "yet", "though", "although", "while", "because", "since", "if", "however", "still", "so", ",",
      ";", ":", "—", "–", "--", "(", "“", "\"");
  /** Personal pronouns that hold a zero relative's verb ({@code a step they believe could help}). */
  private static final Set<String> PERSONAL_SUBJECTS = words("he", "she", "they", "we", "i");
  /** Words a holder after a relative word may open with ({@code which even the most optimistic Democrats doubt}). */
  private static final Set<String> HOLDER_QUANTIFIERS = words("at", "least", "even");
  /** Antecedents with no determiner ({@code something Roe believes is possible}). */
  private static final Set<String> INDEFINITE_ANTECEDENTS = words("something", "anything", "everything", "nothing");
  /** Determiners besides articles and possessives that open an antecedent ({@code one step they believe …}). */
  private static final Set<String> ANTECEDENT_DETERMINERS = plus(DEMONSTRATIVES, "another", "one", "some", "any",
      "every", "each", "no");
  /** Marks between an antecedent and its relative pronoun ({@code Roe, who}, {@code Roe—who}, {@code (who}). */
  private static final Set<String> RELATIVE_OPENERS = words(",", "—", "–", "--", "(");
  /** Words and marks that end the source of an evidence verb read backwards: clause breaks, not prepositions. */
  private static final Set<String> EVIDENCE_SOURCE_BREAKS = words(
      ",", ";", ":", "—", "--", "(", ")", "that", "which", "who", "but", "and", "or", "while", "with", "as",
      "because", "if", "when", "although", "is", "are", "was", "were", "has", "have", "had", "said", "says", "what", "how");
  /** How far before its statement a borrowed speaker's mention is looked for, in characters. */
  private static final int MAX_SPEAKER_DISTANCE = 400;
  /** Words a subject noun phrase does not run back over. */
  private static final Set<String> SUBJECT_STOP = words(
      "that", "which", "who", "whom", "whose", "but", "or", "while", "when", "as", "because", "if", "although",
      "though", "where", "whether", "so", "than", "after", "before", "since", "until", "unless", "what", "to", "by",
      "with", "about", "from", "into", "over", "against", "in", "on", "at", "for", "during", "under", "amid",
      "among", "through", "like", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
      "would", "could", "should", "may", "might", "must", "can", "do", "does", "did", "said", "says", "say",
      "told", "tells", "and", "not", "also", "then", "how", "why", "however", "meanwhile", "yet", "still", "even",
      "instead", "despite", "without", "within", "upon", "toward", "towards", "across", "via", "per");
  /** Words before an amount that belong to the subject ({@code About 6 in 10 voters}). */
  private static final Set<String> APPROXIMATORS = words("about", "around", "nearly", "almost", "roughly", "over",
      "some", "just", "only");
  /** Participles that follow the people a poll asked ({@code voters polled}, {@code those surveyed}). */
  private static final Set<String> SURVEYED = words("polled", "surveyed", "interviewed", "questioned", "sampled");
  /** Number words and fractions that open an amount in a subject ({@code About three-quarters support …}). */
  private static final Set<String> AMOUNT_WORDS = words("half", "third", "quarter", "two-thirds", "three-quarters",
      "three-fourths", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice");

  /** Marks after a particle that leave it stranded, with no object ({@code the ideas he believes in - or …}). */
  private static final Set<String> STRANDING_MARKS = words("-", "—", "--", "–", ",", ".", ";", ":", ")", "?", "!");
  /** Most words between the comma and an evidence verb ending its sentence ({@code , records show.}). */
  private static final int MAX_TRAILING_SOURCE = 12;
  /** Words that open a contrast after a comma ({@code , while 30 percent back Lee}). */
  private static final Set<String> CONTRASTS = words("while", "whereas");
  /** After a comma, words that open a clause of their own: the content ends before the comma. */
  private static final Set<String> BREAK_AFTER_COMMA = words(
      "but", "while", "whereas", "yet", "although", "though", "according", "saying", "adding", "citing", "arguing",
      "noting", "said", "says", "writes", "wrote", "he", "she", "they", "which", "who", "something", "however");
  /**
   * Studies among {@link #EVIDENCE_NOUNS}, whose plain object is a finding ({@code A survey found Roe with a lead});
   * not people ({@code investigators found the body}) nor letters, emails or videos.
   */
  private static final Set<String> STUDY_NOUNS = words("poll", "polls", "polling", "survey", "surveys", "study",
      "studies", "report", "reports", "analysis", "analyses", "data", "research", "results", "result", "figures",
      "numbers", "census", "audit", "audits", "investigation", "review", "estimates", "estimate", "projections",
      "forecast", "forecasts", "tally", "tallies", "ratings", "statistics", "findings", "paper", "tracker", "tracking",
      "inquiry", "inquiries", "examination", "probe", "count", "assessment", "evaluation", "experiment",
      "calculations", "survey’s", "poll’s");
  /** Objects of "find" that name no finding ({@code found its way}, {@code found time}, {@code found favor}). */
  private static final Set<String> FOUND_IDIOMS = words("way", "time", "favor", "favour", "home", "audience",
      "funding", "support", "money", "place", "buyer", "buyers");
  /** Head words of a document or measurement that can be the source of an evidence relation. */
  private static final Set<String> EVIDENCE_NOUNS = words(
      "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "analysis",
      "analyses", "data", "research", "results", "result", "figures", "numbers", "census", "audit", "audits",
      "investigation", "review", "records", "documents", "document", "memo", "filing", "filings", "estimates",
      "estimate", "projections", "forecast", "forecasts", "tally", "ratings", "statistics", "findings", "evidence",
      "paper", "emails", "letter", "transcript", "transcripts", "footage", "researchers", "analysts", "economists",
      "scientists", "experts", "pollsters", "survey’s", "poll’s", "tracker", "tracking", "investigators",
      "inquiry", "inquiries", "examination", "probe", "email", "e-mail", "e-mails", "video", "videos", "tallies",
      "count", "assessment", "evaluation", "experiment", "calculations", "math", "chart", "charts", "photos",
      "photographs", "images", "ledger", "ledgers", "receipts", "information");
  /** Irregular past cue forms, which coordinate with a past {@code -ed} verb ({@code backed X and said …}). */
  private static final Set<String> IRREGULAR_PAST_CUES = words("said", "told", "wrote", "thought", "knew", "saw",
      "felt", "sought", "spoke", "took", "gave", "made", "found", "held");
  /** Nouns of what is said or thought, which make the object of a {@code +speech} verb a statement. */
  private static final Set<String> SPEECH_NOUNS = words(
      "assessment", "assessments", "evaluation", "response", "responses", "review", "reviews", "thoughts", "prayers",
      "condolences", "description", "descriptions", "details", "specifics", "rhetoric", "slogan", "remarks",
      "comment", "comments", "criticism", "praise", "apology", "explanation", "explanations", "defense", "view",
      "views", "take", "advice", "guide", "clues", "tribute", "testimony", "warning", "warnings", "assurance",
      "assurances", "promise", "promises", "pledge", "proposal", "proposals", "vision", "argument", "arguments",
      "message", "statement", "statements", "answer", "answers", "critique", "rebuttal", "insight", "insights",
      "opinion", "opinions", "prediction", "predictions", "account", "summary", "suggestion", "suggestions", "idea",
      "ideas", "compliment", "compliments", "congratulations", "thanks", "speech", "speeches", "eulogy", "endorsement",
      "denial", "admission", "reassurance", "defence", "case", "interview", "interviews");
  /** Words in {@code -ed} that are no past verbs ({@code six hundred}, {@code sacred}). */
  private static final Set<String> NOT_PAST = words("hundred", "hundreds", "sacred", "naked", "wicked", "rugged",
      "beloved", "aged", "red", "shed", "bred", "indeed", "speed", "seed", "feed", "need", "greed", "creed");
  /** Quantifiers and pronouns that open a past verb's object ({@code garnered more airtime}, {@code told them}). */
  private static final Set<String> POST_VERB_WORDS = words("more", "less", "most", "all", "both", "many", "much",
      "several", "few", "him", "her", "them", "it", "us", "me", "what", "how", "why", "whether", "up", "out", "down");
  /** Adverbs without {@code -ly} that stand between a verb and its particle ({@code talked more about}). */
  private static final Set<String> LOOSE_ADVERBS = words("more", "much", "often", "again", "little", "most", "less");
  private static final int MAX_SUBJECT_TOKENS = 12;
  /**
   * Farthest token into its sentence a verb asks the speech rules for its subject ({@link Subjects#before}), whose
   * walk may scan back to the sentence start: a run-on sentence of many verbs stays linear.
   */
  private static final int MAX_BORROWED_SUBJECT_TOKENS = 40;
  /** Longest content scanned: a longer run means the sentence splitter found no end (hostile or odd text). */
  private static final int MAX_CONTENT_TOKENS = 300;
  /** Adjectives of {@code made (it) clear that …}, and the words that open its content. */
  private static final Set<String> CLEAR = words("clear", "plain");
  private static final Set<String> CLEAR_OPENERS = words("that", "inf");
  private static final Set<String> OBJECT_PERSONS = words("him", "her", "them", "me", "us");
  /** Words a title-case headline leaves in lower case. */
  private static final Set<String> TITLE_LOWER_WORDS = words("a", "an", "the", "and", "or", "nor", "but", "of", "on",
      "in", "to", "at", "for", "by", "as", "with", "from", "into", "over", "vs", "vs.");
  /** Nouns of time after a determiner {@code that}: {@code that night} opens no clause. */
  private static final Set<String> THAT_TIME_NOUNS = words("night", "day", "morning", "afternoon", "evening", "week",
      "month", "year", "time", "weekend", "summer", "spring", "fall", "winter");
  /** Nouns of a stance given with a light verb ({@code threw her support behind Roe}, {@code threw its weight to}). */
  private static final Set<String> STANCE_LIGHT_NOUNS = words("support", "weight", "backing");
  /**
   * Light verbs and their speech nouns, each noun with the words after it that open its content: a preposition (the
   * content follows it), {@code that} or {@code to} (a that-clause or to-infinitive, kept in the content). So {@code
   * made the case that …}, {@code took aim at X}, {@code raised questions about X}, {@code made a promise to cut
   * taxes}, not {@code took a shot at the basket}, {@code made the call to police} or {@code made an offer for the
   * firm}. Hand-written from general usage (CC0); on PolNeAR train 44 of 70 such relations were annotated (make 29
   * of 42, take 10 of 18, raise 5 of 10); {@code express}/{@code voice} + noun gained nothing over their relation-verb
   * reading.
   */
  private static final Map<String, Map<String, Set<String>>> LIGHT_VERB_NOUNS = lightVerbNouns();

  /**
   * Nouns of speech acts whose holder a possessive names ({@code Roe's criticism of X}), each with the words that may
   * open its content ({@code inf}: a to-infinitive). Hand-written from general usage (CC0); on PolNeAR train the
   * rule over these and {@link #BELIEF_NOUNS_OF_HOLDER} added 195 relations, 119 annotated. Left out as mostly not
   * annotated there: {@code bid} (3 of 15), {@code stance}/{@code position(s)} on (4 of 23), {@code willingness},
   * {@code determination} (0 of 6), and {@code plans for} (schedules); after a review, for their senses outside
   * speech ({@code her defense of the title}, {@code the team's push for the playoffs}, {@code its assault on the
   * port}): {@code defense}, {@code push}, {@code assault}.
   */
  private static final Map<String, Set<String>> SPEECH_NOUNS_OF_HOLDER = speechNounsOfHolder();
  /** Nouns of stances, plans and beliefs whose holder a possessive names ({@code Roe's support for X}). */
  private static final Map<String, Set<String>> BELIEF_NOUNS_OF_HOLDER = beliefNounsOfHolder();
  /** Both, for one lookup per token. */
  private static final Map<String, Set<String>> NOUNS_OF_HOLDER = union(SPEECH_NOUNS_OF_HOLDER, BELIEF_NOUNS_OF_HOLDER);
  /** Contents that only point elsewhere. */
  private static final Set<String> PRONOUN_CONTENTS = words("it", "this", "that", "what", "them", "him", "her", "these",
      "those");

  /** A cue verb: its lemma, class and frames. */
  private record Verb(String lemma, String relation, boolean clause, boolean infinitive, boolean object,
      boolean clauseObject, boolean speechObject, boolean actor, boolean asObject, boolean personObject,
      boolean gerund, Set<String> particles)
      implements Serializable {}

  /**
   * Words that make a learned cue a movement, not a statement, when its content would open with them
   * ({@code Hurricane Ida slammed into Louisiana}, {@code shares blasted higher}).
   */
  private static final Set<String> MOTION_WORDS = Set.of("into", "onto", "through", "across", "toward", "towards",
      "up", "down", "off", "out", "higher", "lower", "ahead", "back", "away");

  /** Prepositions after a learned cue word that its content follows ({@code support for X}, {@code attack on X}). */
  private static final Set<String> CUE_PARTICLES = words(
      "for", "of", "on", "about", "against", "to", "with", "toward", "towards", "over", "at", "in", "behind");
  /** Longest {@code According to X,} phrase read as the source of a learned comma choice, in tokens. */
  private static final int MAX_COMMA_SOURCE = 8;
  private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");

  /**
   * A learned relation candidate: the cue word at text offset {@code word} of a sentence ({@code [from, to)}) with
   * content {@code choice} at {@code span} (text offsets), its cue text, its speaker's span (text offsets; a choice
   * with no speaker is never a candidate), text and {@linkplain ContentModel#speakerKind kind}, and the model's
   * features.
   */
  record Candidate(int paragraph, int from, int to, int word, ContentModel.Choice choice, int[] span, String cue,
      int[] speakerSpan, String speaker, String speakerKind, String relation, List<String> features) {}

  private final Map<String, Verb> verbs;
  private final CueLexicon speech;
  private final ContentModel model;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();

  private AttitudeRelations(Map<String, Verb> verbs, CueLexicon speech, ContentModel model) {
    this.verbs = verbs;
    this.speech = speech;
    this.model = model;
  }

  /**
   * Relations with the shipped verb list and content model ({@link ContentModel#defaults()}); speech cues of
   * {@link CueLexicon#defaults()} bound subjects.
   */
  public static AttitudeRelations withDefaults() {
    return withModel(ContentModel.defaults());
  }

  /** As {@link #withDefaults()}, with {@code model} finding the learned relations in the gaps the rules leave. */
  static AttitudeRelations withModel(ContentModel model) {
    return new AttitudeRelations(DEFAULT_VERBS, CueLexicon.defaults(), Objects.requireNonNull(model, "model"));
  }

  /**
   * {@code existing} (statements of {@code article} in text order) plus the relations of {@code article} that
   * overlap none of them and no earlier relation, in text order.
   */
  public List<Statement> addTo(Article article, List<Statement> existing) {
    Objects.requireNonNull(article, "article");
    List<List<Token>> tokens = new ArrayList<>();
    List<List<int[]>> sentences = new ArrayList<>();
    split(article, tokens, sentences);
    return addTo(article, existing, tokens, sentences);
  }

  /** Adds to {@code tokens} and {@code sentences} the tokens and sentences (text offsets) of each paragraph. */
  private void split(Article article, List<List<Token>> tokens, List<List<int[]>> sentences) {
    String text = article.text();
    int start = 0;
    for (String paragraph : article.getParagraphs()) {
      tokens.add(tokenizer.tokenize(text, start, start + paragraph.length()));
      List<int[]> spans = new ArrayList<>();
      for (int[] sentence : splitter.split(paragraph)) {
        spans.add(new int[] {sentence[0] + start, sentence[1] + start});
      }
      sentences.add(spans);
      start += paragraph.length() + Article.PARAGRAPH_SEPARATOR.length();
    }
  }

  /**
   * As {@link #addTo(Article, List)}, with the article's tokens and sentences (text offsets) per paragraph as
   * {@link Tokenizer} and {@link SentenceSplitter} give them, so an extractor that has them does not make them twice.
   */
  List<Statement> addTo(Article article, List<Statement> existing, List<List<Token>> tokens,
      List<List<int[]>> sentences) {
    return addTo(article, existing, tokens, sentences, Subjects.NONE);
  }

  /**
   * As {@link #addTo(Article, List, List, List)}, with {@code subjects} as the speech rules find them: a sentence's
   * main subject for a participle or coordinated verb that no earlier statement of its sentence lends a speaker, and
   * a verb's subject where {@link #subject} finds none.
   */
  List<Statement> addTo(Article article, List<Statement> existing, List<List<Token>> tokens,
      List<List<int[]>> sentences, Subjects subjects) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(existing, "existing");
    List<Statement> late = new ArrayList<>();
    List<Statement> found = find(article, existing, tokens, sentences, Objects.requireNonNull(subjects), late);
    List<Statement> out = new ArrayList<>(existing);
    NavigableMap<Integer, Integer> taken = taken(article.text(), existing, false);
    NavigableMap<Integer, Integer> parts = taken(article.text(), existing, true);
    for (Statement s : found) {
      // a relation inside the attribution a statement's text leaves out is kept ("“A,” said Roe, a governor who
      // backs Lee. “B.”", "“A,” Roe said, referring to X")
      boolean free = isFree(taken, s.getCharStart(), s.getCharEnd());
      if (free || isFree(parts, s.getCharStart(), s.getCharEnd())) {
        out.add(s);
        if (free) { // a span inside a statement's gap stays out: taken's spans never nest
          taken.put(s.getCharStart(), s.getCharEnd());
        }
        parts.put(s.getCharStart(), s.getCharEnd());
      } else if (s.getRelation().equals(EVIDENCE) && reportsWithin(article.text(), out, s)) {
        out.add(s); // "A poll found that most voters said X": the finding holds the voters' answer
      }
    }
    for (Candidate c : learned(article, tokens, sentences, out, taken, false)) {
      out.add(build(article, c.paragraph(), article.text(), c.span(), c.cue(), c.speaker(), c.relation(), c.from(),
          c.to()).toBuilder().setExtraction(Statement.MODEL).build());
    }
    for (Statement s : late) {
      if (isFree(taken, s.getCharStart(), s.getCharEnd())) {
        out.add(s);
        taken.put(s.getCharStart(), s.getCharEnd());
      }
    }
    if (out.size() == existing.size()) {
      return existing;
    }
    out.sort(Comparator.comparingInt(Statement::getCharStart).thenComparingInt(Statement::getCharEnd));
    return out;
  }

  /**
   * Every learned candidate of {@code article} whose content overlaps none of {@code statements}, unscored, in text
   * order: what the training script scores (through a test-side dump) to learn the model's weights.
   */
  List<Candidate> candidates(Article article, List<Statement> statements) {
    List<List<Token>> tokens = new ArrayList<>();
    List<List<int[]>> sentences = new ArrayList<>();
    split(article, tokens, sentences);
    return learned(article, tokens, sentences, statements, taken(article.text(), statements, false), true);
  }

  /**
   * Spans of {@code statements} as start -> end, overlapping ones merged; a statement whose text leaves an
   * attribution out gives its parts, so a relation inside the gap ({@code “A,” Roe said, referring to X. “B.”}) is
   * free.
   */
  private static NavigableMap<Integer, Integer> taken(String text, List<Statement> statements, boolean gaps) {
    NavigableMap<Integer, Integer> taken = new TreeMap<>();
    List<int[]> spans = new ArrayList<>();
    for (Statement s : statements) {
      spans.addAll(gaps ? parts(text, s) : List.of(new int[] {s.getCharStart(), s.getCharEnd()}));
    }
    spans.sort(Comparator.comparingInt(span -> span[0]));
    Map.Entry<Integer, Integer> last = null;
    for (int[] span : spans) {
      if (last != null && (span[0] < last.getValue() || span[0] == last.getKey())) {
        taken.put(last.getKey(), Math.max(last.getValue(), span[1]));
      } else {
        taken.put(span[0], span[1]);
      }
      last = taken.lastEntry();
    }
    return taken;
  }

  /**
   * Text spans of statement {@code s}: its parts when its text joins them with {@link Statement#ELISION}, each found
   * in {@code text} after the one before; else (or when a part is not found in its span) its whole span.
   */
  private static List<int[]> parts(String text, Statement s) {
    List<int[]> whole = List.of(new int[] {s.getCharStart(), s.getCharEnd()});
    if (s.getText() == null || !s.getText().contains(Statement.ELISION)) {
      return whole;
    }
    List<int[]> out = new ArrayList<>();
    int at = s.getCharStart();
    for (String part : s.getText().split(Pattern.quote(Statement.ELISION))) {
      int k = part.isEmpty() ? -1 : text.indexOf(part, at);
      if (k < 0 || k + part.length() > s.getCharEnd()) {
        return whole;
      }
      out.add(new int[] {k, k + part.length()});
      at = k + part.length();
    }
    return out;
  }

  /**
   * True when the statements of {@code existing} that overlap {@code outer} all lie inside its content, each after
   * its own cue, and fill less than half of it: a finding that holds a report ({@code A poll found that most voters
   * said X}, PolNeAR annotates both), not a second reading of one statement's words ({@code suggested that X} beside
   * {@code suggested X}), whose content would take the inner statement's match.
   */
  private static boolean reportsWithin(String text, List<Statement> existing, Statement outer) {
    int start = outer.getCharStart();
    int end = outer.getCharEnd();
    int inside = 0;
    for (Statement in : existing) {
      if (in.getCharEnd() <= start || in.getCharStart() >= end) {
        continue;
      }
      if (in.getCharStart() <= start || in.getCharEnd() > end || in.getCue() == null
          || !text.substring(start, in.getCharStart()).contains(in.getCue())) {
        return false;
      }
      inside += in.getCharEnd() - in.getCharStart();
    }
    return inside > 0 && 2 * inside < end - start;
  }

  private static boolean isFree(NavigableMap<Integer, Integer> taken, int start, int end) {
    Map.Entry<Integer, Integer> before = taken.lowerEntry(end);
    return before == null || before.getValue() <= start;
  }

  /**
   * The learned relations: per sentence, per word outside quotations that the model's vocabulary holds, the content
   * choices ({@link #choices}) that overlap nothing in {@code taken}; the best scoring one is kept when the model
   * accepts it, and taken. With {@code all}, every free choice instead, unscored and nothing taken. A cue with no
   * subject may borrow the speaker of one of {@code statements} earlier in its sentence.
   */
  private List<Candidate> learned(Article article, List<List<Token>> tokens, List<List<int[]>> sentences,
      List<Statement> statements, NavigableMap<Integer, Integer> taken, boolean all) {
    String text = article.text();
    List<Candidate> out = new ArrayList<>();
    NavigableMap<Integer, String> speakers = new TreeMap<>();
    for (Statement s : statements) {
      if (s.getSpeakerText() != null) {
        speakers.putIfAbsent(s.getCharStart(), s.getSpeakerText());
      }
    }
    forEachSentence(article, tokens, sentences, (p, sent, from, to, quotes) -> {
      for (int i = 0; i < sent.size(); i++) {
        if (!model.isCandidate(sent.get(i).lower()) || i > 0 && sent.get(i).isCapitalized()
            || quotes.inside(sent.get(i).start())) {
          continue;
        }
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : choices(text, sent, i, p, from, to, speakers)) {
          if (!isFree(taken, c.span()[0], c.span()[1])) {
            continue;
          }
          if (all) {
            out.add(c);
            continue;
          }
          double score = model.score(c.features());
          if (score > bestScore) {
            best = c;
            bestScore = score;
          }
        }
        if (best != null && model.accepts(bestScore, best.speakerKind())) {
          out.add(best);
          taken.put(best.span()[0], best.span()[1]);
        }
      }
    });
    return out;
  }

  /** What {@link #forEachSentence} calls per sentence: its paragraph, tokens, text offsets and quote state. */
  private interface SentenceVisitor {
    void visit(int paragraph, List<Token> sentence, int from, int to, QuoteDepth quotes);
  }

  /**
   * Calls {@code visitor} for each sentence of {@code article} in text order, with the sentence's tokens (from
   * {@code tokens}, split at {@code sentences}' text offsets) and its paragraph's quote state, which moves forward.
   */
  private static void forEachSentence(Article article, List<List<Token>> tokens, List<List<int[]>> sentences,
      SentenceVisitor visitor) {
    String text = article.text();
    int start = 0;
    for (int p = 0; p < tokens.size(); p++) {
      List<Token> toks = tokens.get(p);
      int t = 0;
      QuoteDepth quotes = new QuoteDepth(text, start);
      for (int[] sentence : sentences.get(p)) {
        while (t < toks.size() && toks.get(t).start() < sentence[0]) {
          t++;
        }
        int first = t;
        while (t < toks.size() && toks.get(t).start() < sentence[1]) {
          t++;
        }
        visitor.visit(p, toks.subList(first, t), sentence[0], sentence[1], quotes);
      }
      start += article.getParagraphs().get(p).length() + Article.PARAGRAPH_SEPARATOR.length();
    }
  }

  /**
   * The content choices of cue word {@code i} (see {@link ContentModel.Choice}), each with its speaker: for a
   * comma choice the phrase after the cue's preposition ({@code According to Roe,}), else the subject before the cue
   * ({@link #subject}), a possessive right before it ({@code his support for}) or a borrowed one
   * ({@link #borrowedSpeaker}). None when the speaker names no actor ({@link #namesActor}), when the cue is in an
   * object relative clause ({@code a feature which he said would ship}: its content is the antecedent), when a quote
   * mark stands between subject and cue (a quoted title is no subject), for an -s word right after the opening word
   * ({@code Trade talks about …}: a compound noun as often as a subject and its verb), or for a noun whose possessive
   * opens the sentence ({@code Their support for the plan faded}: the phrase is the subject, and its object would run
   * into the verb). A preposition has no subject:
   * it only opens a phrase closed by a comma ({@code For Roe, …}); a word after a determiner or possessive is a noun,
   * whose holder is the possessive, not a subject. A verb of {@code relation-verbs.txt} keeps its frames for the
   * content after it: its complement, bare-clause object and evidence source ("declined to their lowest level",
   * "found the body of a man" and "The Lakers showed resilience" stay no relations).
   */
  private List<Candidate> choices(String text, List<Token> toks, int i, int paragraph, int from, int to,
      NavigableMap<Integer, String> speakers) {
    String w = toks.get(i).lower();
    // a particle after a verb ("shot back that …") and a counted noun ("30 points") are no lexicon verbs
    boolean counted = countedNoun(toks, i);
    Verb verb = particleOfVerb(toks, i) || counted ? null : verbs.get(w);
    if (verb != null && verb.asObject() && complement(verb, toks, i) < 0) {
      verb = null; // a form that is a verb only before "X as Y" is a noun elsewhere ("Roe's view of X")
    }
    // the class the model was trained on: a counted noun is none, and point is speech only in "point out that"
    // (QuoteExtractor reads it there), else its relation verb ("points to the polls")
    String lexicon = counted ? "none"
        : speech.isCueAt(w, text, toks.get(i).end()) ? Statement.SPEECH : verb != null ? verb.relation() : "none";
    String relation = lexicon.equals("none") ? BELIEF : lexicon;
    int before = subjectEnd(toks, i);
    boolean noun = i > 0 && NOUN_MARKERS.contains(toks.get(i - 1).lower());
    int[] subject = before < 0 || noun ? null : subject(toks, before);
    if (subject != null && (subject[0] > 0 && (toks.get(subject[0] - 1).lower().equals("which")
        || toks.get(subject[0] - 1).lower().equals("that"))
        || i == 1 && toks.get(i).lower().endsWith("s")
        || QUOTE_MARK.matcher(text.substring(toks.get(subject[0]).start(), toks.get(i).start())).find())) {
      return List.of();
    }
    int[] speaker = subject != null ? subject : possessive(toks, i);
    String how = subject != null ? "subject" : "possessive";
    if (subject == null && speaker != null && speaker[0] == 0) {
      return List.of();
    }
    if (speaker == null && before >= 0) {
      speaker = borrowedSpeaker(text, toks, i, before, from, speakers);
      how = "borrowed";
    }
    List<Candidate> out = new ArrayList<>(5);
    String word = toks.get(i).text();
    boolean preposition = PREPOSITIONS.contains(w);
    String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
    boolean clauseNext = COMPLEMENTIZERS.contains(next) || next.equals("“") || next.equals("\"");
    boolean frames = verb == null || noun || complement(verb, toks, i) >= 0
        && (!verb.clauseObject() || clauseNext || next.equals("to") || opensBareClause(toks, i + 1))
        && (subject == null || sourceFits(verb.relation(), toks, subject, i, !clauseNext && !next.equals("to")));
    if (i + 1 < toks.size() && !preposition && frames) {
      int[] clause = contentSpan(text, toks, i + 1, to, false, false);
      int[] object = contentSpan(text, toks, i + 1, to, true, false);
      add(out, text, toks, i, ContentModel.Choice.CLAUSE, clause, word, speaker, how, relation, lexicon, paragraph, from, to);
      if (object != null && clause != null && object[1] != clause[1]) {
        add(out, text, toks, i, ContentModel.Choice.OBJECT, object, word, speaker, how, relation, lexicon, paragraph, from, to);
      }
    }
    if (i + 2 < toks.size() && CUE_PARTICLES.contains(next) && !preposition && frames) {
      add(out, text, toks, i, ContentModel.Choice.PARTICLE, contentSpan(text, toks, i + 2, to, true, false),
          word + " " + toks.get(i + 1).text(), speaker, how, relation, lexicon, paragraph, from, to);
    }
    if (subject != null && subject[0] >= 2 && toks.get(subject[0] - 1).text().equals(",") && !preposition) {
      int last = subject[0] - 2;
      while (last >= 0 && !toks.get(last).isWord() && !isClosingQuote(toks.get(last).text())) {
        last--;
      }
      if (last >= 1) {
        add(out, text, toks, i, ContentModel.Choice.BEFORE, new int[] {toks.get(0).start(), toks.get(last).end()}, word,
            speaker, how, relation, lexicon, paragraph, from, to);
      }
    }
    for (int k = i + 1; k < toks.size() && k <= i + MAX_COMMA_SOURCE + 1; k++) {
      if (toks.get(k).text().equals(",")) {
        int s = i + 1 < k && CUE_PARTICLES.contains(toks.get(i + 1).lower()) ? i + 2 : i + 1;
        int[] source = s < k ? new int[] {s, k - 1} : speaker;
        if (k + 1 < toks.size()) {
          add(out, text, toks, i, ContentModel.Choice.COMMA, contentSpan(text, toks, k + 1, to, false, false),
              text.substring(toks.get(i).start(), toks.get(s - 1).end()), source, s < k ? "comma" : how, relation, lexicon, paragraph, from,
              to);
        }
        break;
      }
    }
    return out;
  }

  private static void add(List<Candidate> out, String text, List<Token> toks, int i, ContentModel.Choice choice,
      int[] span, String cue, int[] speaker, String how, String relation, String lexicon, int paragraph, int from,
      int to) {
    if (span == null || speaker == null || !namesActor(toks, speaker)) {
      return;
    }
    int[] speakerSpan = {toks.get(speaker[0]).start(), toks.get(speaker[1]).end()};
    int first = Tokenizer.indexAtOrAfter(toks, span[0]); // binary searches: a long paragraph has many candidates
    if (first < toks.size() && MOTION_WORDS.contains(toks.get(first).lower())) {
      return;
    }
    int last = Math.max(first, Tokenizer.indexAtOrAfter(toks, span[1]) - 1);
    String source = how + "|" + speakerKind(toks, speaker, i);
    out.add(new Candidate(paragraph, from, to, toks.get(i).start(), choice, span, cue, speakerSpan,
        text.substring(speakerSpan[0], speakerSpan[1]), ContentModel.speakerKind(source), relation,
        ContentModel.features(toks, i, choice, first, last, lexicon, source)));
  }

  private static boolean isAmount(Token t) {
    return Character.isDigit(t.text().charAt(0)) || AMOUNT_WORDS.contains(t.lower());
  }

  /**
   * First and last token of the holder named by a possessive right before token {@code i}: {@code his},
   * {@code their}, or a capitalised name ending in {@code ’s} ({@code Roe’s support for}); null when there is none.
   */
  private static int[] possessive(List<Token> toks, int i) {
    if (i == 0) {
      return null;
    }
    Token prev = toks.get(i - 1);
    if (QuoteExtractor.POSSESSIVES.contains(prev.lower())) {
      return new int[] {i - 1, i - 1};
    }
    if (!prev.isCapitalized() || !(prev.lower().endsWith("’s") || prev.lower().endsWith("'s"))) {
      return null;
    }
    int s = i - 1;
    while (s > 0 && toks.get(s - 1).isCapitalized() && i - s < MAX_SUBJECT_TOKENS) {
      s--;
    }
    return new int[] {s, i - 1};
  }

  /** Last start of {@code s} in {@code text} at or after {@code from} and at or before {@code to}, or -1. */
  private static int lastIndexOf(String text, String s, int from, int to) {
    for (int at = Math.min(to, text.length() - s.length()); at >= from; at--) {
      if (text.startsWith(s, at)) {
        return at;
      }
    }
    return -1;
  }

  /** Index of the token among the first {@code n} that starts at offset {@code at} (binary search), or -1. */
  private static int tokenStartingAt(List<Token> toks, int at, int n) {
    int lo = 0;
    int hi = n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = toks.get(mid).start();
      if (start == at) {
        return mid;
      }
      if (start < at) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private static int[] borrowedSpeaker(String text, List<Token> toks, int i, int before, int from,
      NavigableMap<Integer, String> speakers) {
    Map.Entry<Integer, String> e = speakers.lowerEntry(toks.get(i).start());
    if (e != null && e.getKey() >= from) {
      // the speaker's mention near its statement, looked up in bounded time: long sentences have many candidates
      int at = lastIndexOf(text, e.getValue(), Math.max(from, e.getKey() - MAX_SPEAKER_DISTANCE), toks.get(i).start());
      int k = at < 0 ? -1 : tokenStartingAt(toks, at, i);
      if (k >= 0) {
        int last = k;
        while (last + 1 < i && toks.get(last + 1).end() <= at + e.getValue().length()) {
          last++;
        }
        return new int[] {k, last};
      }
    }
    String w = toks.get(before).lower();
    if (!w.equals("and") && !w.equals("but") || before < 2) {
      return null;
    }
    if (ContentModel.isPronoun(toks.get(0).lower()) && !toks.get(0).lower().equals("it")) {
      return new int[] {0, 0};
    }
    int last = -1;
    while (last + 1 < before && toks.get(last + 1).isWord() && toks.get(last + 1).isCapitalized()) {
      last++;
    }
    String first = toks.get(0).lower();
    boolean noun = last >= 0 && last + 1 < before && toks.get(last + 1).isWord()
        && !SUBJECT_STOP.contains(toks.get(last + 1).lower()) && !toks.get(last + 1).lower().equals("of");
    return !noun || BARE_SUBJECTS.contains(first) || SUBJECT_STOP.contains(first) || NOUN_MARKERS.contains(first)
        || skippedBeforeVerb(toks.get(0)) ? null : new int[] {0, last};
  }

  /**
   * As {@link #namesActor(List, int[])}, also for one capitalised word opening the sentence that the article
   * capitalises mid-sentence too ({@code O’Malley spoke …}), which "Gunmen" or "Critics" opening a sentence are not.
   */
  private static boolean namesActor(List<Token> toks, int[] speaker, Names names) {
    Token t = toks.get(speaker[0]);
    return namesActor(toks, speaker) || speaker[0] == 0 && speaker[1] == 0 && t.isCapitalized()
        && isNameWord(t.lower()) && names.contains(t.text());
  }

  /**
   * True when speaker tokens {@code speaker} can name one who holds a view: a personal or possessive pronoun, or a
   * capitalised word that is no determiner or clause word ({@code Roe}, {@code Senate Democrats}), opening the
   * sentence only before another capitalised word ("Gunmen" opening a sentence may be any noun); "The storm",
   * "crisis" and "the council" do not (a learned cue is a plain event verb too often: "The storm slammed the coast").
   */
  private static boolean namesActor(List<Token> toks, int[] speaker) {
    for (int k = speaker[0]; k <= speaker[1]; k++) {
      String w = toks.get(k).lower();
      if (ContentModel.isPronoun(w) && !w.equals("it") && !w.equals("who") && !w.equals("you")
          || QuoteExtractor.POSSESSIVES.contains(w) && !w.equals("its")
          || toks.get(k).isCapitalized() && isNameWord(w)
              && (k > 0 || k < speaker[1] && toks.get(k + 1).isCapitalized())) {
        return true;
      }
    }
    return false;
  }

  /** True when capitalised word {@code w} (lower-cased) may be a name: no determiner, clause word or stop word. */
  private static boolean isNameWord(String w) {
    return !NOUN_MARKERS.contains(w) && !BARE_SUBJECTS.contains(w) && !SUBJECT_STOP.contains(w);
  }

  /**
   * True when the head (last word) of speaker tokens {@code speaker} is a name, a pronoun or a plural noun
   * ({@code Roe}, {@code Senate Democrats}, {@code activists}), not a thing named after a place ({@code The Orlando
   * attack}).
   */
  private static boolean headNamesActor(List<Token> toks, int[] speaker) {
    Token head = toks.get(speaker[1]);
    String w = head.lower();
    return head.isCapitalized() || ContentModel.isPronoun(w)
        || endsInS(w) && !w.endsWith("ics");
  }

  /**
   * True when the {@code by} at {@code k} follows a passive ({@code was attacked by opposing lawmakers}): its
   * {@code -ing} word is then an adjective of the agent, not a gerund of the subject's act.
   */
  private static boolean afterPassive(List<Token> toks, int k) {
    return k >= 2 && QuoteExtractor.isPastForm(toks.get(k - 1))
        && (BE.contains(toks.get(k - 2).lower()) || k >= 3 && isAdverb(toks.get(k - 2))
            && BE.contains(toks.get(k - 3).lower()));
  }

  /**
   * True when {@code talks} at {@code i} right after a one-word subject opening the sentence is more likely the plural
   * head of a compound noun ({@code Trade talks about tariffs stalled}) than a verb: the word is capitalised, no
   * pronoun, and the article never capitalises it mid-sentence (as it would a name: {@code Merkel talks about …}).
   * Only {@code talks}, the verb form that is mostly a noun in news: {@code Obama calls for calm} is a verb.
   */
  private static boolean compoundNoun(List<Token> toks, int[] subject, int i, Names names) {
    Token t = toks.get(subject[0]);
    return subject[0] == 0 && subject[1] == 0 && i == 1 && toks.get(i).lower().equals("talks") && t.isCapitalized()
        && !ContentModel.isPronoun(t.lower()) && !names.contains(t.text());
  }

  /**
   * The kind of speaker tokens {@code speaker} of cue word {@code i}, a feature of the model: pronoun, name
   * (capitalised last word), noun, each marked {@code +} when the speaker ends right before the cue.
   */
  private static String speakerKind(List<Token> toks, int[] speaker, int i) {
    Token head = toks.get(speaker[1]);
    String kind = speaker[0] == speaker[1] && ContentModel.isPronoun(head.lower()) ? "pronoun"
        : head.isCapitalized() ? "name" : "noun";
    return speaker[1] == i - 1 ? kind + "+" : kind;
  }

  /**
   * All relations of {@code article} in text order, overlapping or not; a participle ({@code …, citing X}) takes
   * the speaker of the statement before it in its sentence, among {@code existing} and the relations found.
   */
  private List<Statement> find(Article article, List<Statement> existing, List<List<Token>> tokens,
      List<List<int[]>> sentences, Subjects subjects, List<Statement> late) {
    String text = article.text();
    List<Statement> out = new ArrayList<>();
    Speakers speakers = new Speakers(existing);
    Names names = new Names(article, tokens, sentences);
    forEachSentence(article, tokens, sentences, (p, sent, from, to, quotes) ->
        sentenceRelations(article, p, text, sent, from, to, quotes, speakers, subjects, names, out, late));
    return out;
  }

  private void sentenceRelations(Article article, int paragraph, String text, List<Token> toks, int from, int to,
      QuoteDepth quotes, Speakers speakers, Subjects subjects, Names names, List<Statement> out,
      List<Statement> late) {
    inPoll(article, paragraph, text, toks, from, to, out);
    inHolderView(article, paragraph, text, toks, from, to, out);
    for (int i = 0; i < toks.size(); i++) {
      if (quotes.inside(toks.get(i).start())) {
        continue;
      }
      if (askedWithoutAsker(article, paragraph, text, toks, i, from, to, out)) {
        continue;
      }
      if (lightVerbSpeech(article, paragraph, text, toks, i, from, to, subjects, names, out)) {
        continue;
      }
      if (nounOfHolder(article, paragraph, text, toks, i, from, to, names, late)) {
        continue;
      }
      if (adjectiveStance(article, paragraph, text, toks, i, from, to, names, out)) {
        continue;
      }
      if (inFavorOf(article, paragraph, text, toks, i, from, to, names, out)
          || inHopes(article, paragraph, text, toks, i, from, to, subjects, names, out)) {
        continue;
      }
      if (receivedSupport(article, paragraph, text, toks, i, from, to, late)) {
        continue;
      }
      if (pollInClause(article, paragraph, text, toks, i, from, to, late)) {
        continue;
      }
      // "would like to X" is "wants to X"; a bare "like" is a preposition far more often than a verb
      boolean wouldLike = i > 0 && i + 1 < toks.size() && toks.get(i).lower().equals("like")
          && toks.get(i - 1).lower().equals("would") && toks.get(i + 1).lower().equals("to");
      Verb verb = wouldLike ? verbs.get("want") : verbs.get(toks.get(i).lower());
      if (verb == null) {
        Verb gapOnly = GAPPED_RELATIVE_VERBS.get(toks.get(i).lower());
        if (gapOnly != null) {
          gappedRelative(article, paragraph, text, toks, gapOnly, i, from, to, out);
        }
        continue;
      }
      if (gappedRelative(article, paragraph, text, toks, verb, i, from, to, out)
          || parenthetical(article, paragraph, text, toks, verb, i, from, to, out)) {
        continue;
      }
      if (isBareForm(verb, toks.get(i)) && particleOfVerb(toks, i)) {
        continue; // "goes back", "beat back a challenge"
      }
      int quantifier = quantifierSubject(toks, i);
      int catenative = isBareForm(verb, toks.get(i)) ? catenativeStart(toks, i) : -1;
      int before = catenative >= 0 ? catenative - 1 : i - 1;
      boolean be = false;
      while (before >= 0 && i - before <= MAX_SUBJECT_TOKENS && (skippedBeforeVerb(toks.get(before))
          || catenative >= 0 && DEGREE_WORDS.contains(toks.get(before).lower()))) {
        be |= BE.contains(toks.get(before).lower());
        before--;
      }
      before = quantifier >= 0 ? quantifier : before;
      if (before > 0 && toks.get(before).text().equals(")")) {
        int open = before - 1;
        while (open > 0 && before - open < 8 && !toks.get(open).text().equals("(")) {
          open--;
        }
        before = toks.get(open).text().equals("(") && open > 0 ? open - 1 : before; // "Sen. Roe (D-Vt.) called on"
      }
      if (quantifier < 0 && before >= 0 && (skippedBeforeVerb(toks.get(before))
          || catenative >= 0 && SEEM.contains(toks.get(before).lower()))) {
        continue; // "seems willing to endorse X" is a hedge
      }
      boolean ing = toks.get(i).lower().endsWith("ing");
      // ", citing X", "launched the campaign by talking about X", "(After|While|By) backing X, Roe …" take the main
      // clause's speaker; not "after seeing X", a perception
      boolean participle = ing && !be && (i > 1 && (toks.get(i - 1).text().equals(",")
          || toks.get(i - 1).lower().equals("by") && !afterPassive(toks, i - 1))
          || i > 0 && !verb.lemma().equals("see") && (PARTICIPLE_PREPOSITIONS.contains(toks.get(i - 1).lower())
              || i == 1 && toks.get(0).lower().equals("by")));
      // "went on the radio to defend X": a purpose infinitive's subject is the main clause's too
      boolean purpose = catenative < 0 && isBareForm(verb, toks.get(i)) && i > 1 && !verb.lemma().equals("see")
          && toks.get(i - 1).lower().equals("to") && toks.get(i - 2).isWord();
      participle |= purpose;
      be |= ing && before >= 0 && before == i - 1 && CONTRACTED_BE.matcher(toks.get(before).lower()).matches();
      boolean reduced = ing && !be && verb.relation().equals(EVIDENCE) && i > 0
          && EVIDENCE_NOUNS.contains(toks.get(i - 1).lower());
      // "those backing Roe": the pronoun holds the stance
      boolean those = ing && !be && i > 0 && REDUCED_STANCE_VERBS.contains(verb.lemma())
          && toks.get(i - 1).lower().equals("those");
      boolean stanceReduced = ing && !be && i > 0 && REDUCED_STANCE_VERBS.contains(verb.lemma())
          && afterNoun(toks, i) || those;
      reduced |= stanceReduced;
      // "and" marks a noun ("support and opposition") but not before a finite form that opens an object: "spoke at
      // the forum and criticized X", "favors X and opposes Y", "are angry and want their money back"
      boolean andVerb = i > 0 && toks.get(i - 1).lower().equals("and") && !ing && !toks.get(i).isCapitalized()
          && opensObject(verb, toks, i + 1);
      if (before < 0 || catenative < 0 && (i > 0 && NOUN_MARKERS.contains(toks.get(i - 1).lower())
          && quantifier < 0 && !relativeThat(verb, toks, i) && !andVerb && !participle && !those
          || be != ing && !participle && !reduced
          || isBareForm(verb, toks.get(i)) && !bareFormIsVerb(toks, i) && quantifier < 0 && !andVerb && !purpose
          || countedNoun(toks, i))) {
        continue;
      }
      if (verb.relation().equals(EVIDENCE) && !ing && trailingEvidence(article, paragraph, text, toks, i, before,
          from, to, out)) {
        continue;
      }
      int content = complement(verb, toks, i);
      if (content < 0) {
        continue;
      }
      if (REFUSALS.contains(toks.get(i).lower()) && toks.get(content).lower().equals("to")
          && takesComplement(toks, content + 1)) {
        continue; // "refused to endorse Lee": the cue verb after to gives the relation, its object the content
      }
      boolean infinitive = toks.get(content).lower().equals("to") || toks.get(content).lower().equals("not");
      boolean object = !COMPLEMENTIZERS.contains(toks.get(content).lower()) && !infinitive;
      // an evidence verb's plain object is a finding when a document finds it ("A survey found Roe with a lead",
      // "One 2009 paper found improvements in math scores"; PolNeAR train +11 matches of +14 predictions), checked
      // once the subject is known
      boolean findingObject = object && verb.clauseObject() && verb.relation().equals(EVIDENCE)
          && !opensBareClause(toks, content) && !ordinalTime(toks, content) && isFinding(toks, content);
      if (!findingObject && object
          && (verb.clauseObject() && !opensBareClause(toks, content) || ordinalTime(toks, content))) {
        continue; // "Residents voted for the first time" has no object
      }
      if (object && opensTime(toks, content)) {
        continue; // "a poll released Sunday found …": a participle before a time, no verb with an object
      }
      int[] span = contentSpan(text, toks, content, to, object, opensSubordinate(toks));
      if (stanceReduced && span != null) {
        span = reducedRelativeEnd(toks, content, span);
      }
      boolean plainObject = object && !(verb.clause() && opensBareClause(toks, content));
      if (plainObject || infinitive) {
        span = objectCommaEnd(toks, content, coordinatedVerbEnd(verb, toks, i, content, span));
      }
      if (verb.relation().equals(EVIDENCE) && span != null) {
        span = contrastEnd(text, toks, span, to);
      }
      String cue = text.substring(toks.get(catenative >= 0 ? catenative : wouldLike ? i - 1 : i).start(),
          toks.get(content - 1).end());
      boolean coordinated = !ing && before == i - 1 && (toks.get(before).lower().equals("and")
          || toks.get(before).lower().equals("but"));
      // ", citing X" and "backs X and opposes Y" take the sentence's last speaker; with none, the main clause's
      // subject when it names an actor ("Roe went with the odds, pointing out that …", "… and criticized Lee")
      if (participle && i == 1 && span != null) {
        for (int k = content + 1; k < toks.size() && toks.get(k).start() < span[1]; k++) {
          if (toks.get(k).text().equals(",")) {
            span = cutBefore(toks, span, content, k); // the opening phrase ends at its comma
            break;
          }
        }
      }
      if (participle || coordinated) {
        String speaker = span == null ? null : speakers.lastIn(from, toks.get(i).start(), out);
        if (speaker == null && span != null) {
          int[] main = subjects.main(paragraph, from, toks.get(i).start());
          if (main == null && i == 1) {
            main = subjects.main(paragraph, from, to); // "By refusing to admit fault, Roe appeared …"
          }
          int[] words = tokensOf(toks, main);
          boolean actor = words != null && namesActor(toks, words, names)
              && headNamesActor(toks, words);
          speaker = actor ? text.substring(main[0], main[1]) : null;
        }
        // an evidence verb only after "and" with a clause, which any subject may find ("read it and found that X")
        if (speaker != null && (!verb.relation().equals(EVIDENCE) || coordinated && !object && !infinitive)) {
          out.add(build(article, paragraph, text, span, cue, speaker, verb.relation(), from, to));
        }
        continue;
      }
      int[] subject = quantifier >= 0 ? new int[] {quantifier, quantifier} : those ? new int[] {i - 1, i - 1}
          : subject(toks, before, true, stanceReduced);
      if (subject != null && subject[0] >= 2 && toks.get(subject[0] - 1).lower().endsWith("ing")
          && verbs.containsKey(toks.get(subject[0] - 1).lower())) {
        int[] holder = subject(toks, subject[0] - 2, true); // "A group backing Roe released …": the group releases
        subject = holder != null ? new int[] {holder[0], subject[1]} : subject;
      }
      if (subject == null && !stanceReduced && !verb.relation().equals(EVIDENCE)) {
        subject = borrowedSubject(toks, i, paragraph, from, subjects, names);
      }
      if (stanceReduced && !those && subject != null && (!nounPhrase(toks, subject) || !headNamesActor(toks, subject)
          && !QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(subject[0]).lower()))) {
        continue;
      }
      if (verb.relation().equals(EVIDENCE) && (subject == null || !hasEvidenceNoun(toks, subject))) {
        subject = evidenceSource(toks, before, i, subject);
      }
      if (findingObject && (subject == null || !namesStudy(toks, subject))) {
        continue; // "Police found the body", "Investigators found the body" are no finding
      }
      if (span == null || subject == null || !sourceFits(verb.relation(), toks, subject, i, object)
          || verb.actor() && !headNamesActor(toks, subject) || compoundNoun(toks, subject, i, names)) {
        continue;
      }
      if (RELATIVE.contains(toks.get(before).lower()) && before > 0) {
        span = relativeClauseEnd(verb.clause(), toks, toks.get(before - 1).text(), content, span);
      }
      if (reduced && subject[0] > 1 && toks.get(subject[0] - 1).lower().equals("with")
          && toks.get(subject[0] - 2).text().equals(",")) {
        span = relativeClauseEnd(toks, content, span);
      }
      // "the deal he wants to make": a pronoun after a noun opens a relative clause with no relative word; the
      // pronoun holds the view and the noun is the infinitive's missing object
      int open = subject[1] > subject[0] && toks.get(content).lower().equals("to")
          && PERSONAL_SUBJECTS.contains(toks.get(subject[1]).lower()) ? antecedentStart(toks, subject[1] - 1) : -1;
      if (open >= subject[0]) {
        out.add(elided(article, paragraph, text, new int[] {toks.get(open).start(), toks.get(subject[1] - 1).end(),
            toks.get(content).start(), span[1]}, toks, i, new int[] {subject[1], subject[1]}, verb.relation(), from,
            to).toBuilder().setCue(cue).build());
        continue;
      }
      out.add(build(article, paragraph, text, span, cue,
          text.substring(toks.get(subject[0]).start(), toks.get(subject[1]).end()), verb.relation(), from, to));
    }
    for (int i = 0; i < toks.size(); i++) {
      if (!quotes.inside(toks.get(i).start())) {
        hedge(article, paragraph, text, toks, i, from, to, out);
        passive(article, paragraph, text, toks, i, from, to, out);
        toldThat(article, paragraph, text, toks, i, from, to, out);
      }
    }
  }

  /**
   * {@code Roe was told that X}: speech to the subject by no one named, its content the that-clause alone (the
   * subject is the addressee, not the topic as in {@link #passive}).
   */
  private void toldThat(Article article, int paragraph, String text, List<Token> toks, int i, int from, int to,
      List<Statement> out) {
    if (i < 1 || i + 2 >= toks.size() || !toks.get(i).lower().equals("told")
        || !toks.get(i + 1).lower().equals("that")) {
      return;
    }
    int be = i - 1;
    while (be > 0 && i - be <= 3 && skippedBeforeParticiple(toks.get(be)) && !BE.contains(toks.get(be).lower())) {
      be--;
    }
    int[] span = contentSpan(text, toks, i + 1, to, false, false);
    if (!BE.contains(toks.get(be).lower()) || span == null) {
      return;
    }
    out.add(build(article, paragraph, text, span, text.substring(toks.get(be).start(), toks.get(i).end()), null,
        Statement.SPEECH, from, to));
  }

  /**
   * A passive speech act or view ({@link #PASSIVE_SPEECH}, {@link #PASSIVE_VIEW}): PolNeAR's content is the subject
   * and the complement with the verb left out ({@code Roe … for the plan} for {@code Roe was criticized by Lee for
   * the plan}), the source the {@code by} phrase after the verb or its complement, else none. An expletive
   * {@code it} before {@code that} leaves the subject out ({@code It was reported that X}). With no speaker the
   * relation of a view is a {@link #HEDGE}; a speech act stays speech, said by no one named. A hedge's passive
   * ({@link #PASSIVE_HEDGES}) is read here only with a {@code by} phrase, which names who holds the view
   * ({@code The plan was seen by critics as a giveaway}); without one {@link #hedge} reads it. The content may hold
   * a quoted phrase ({@code The mayor was said to be “furious”}).
   */
  private void passive(Article article, int paragraph, String text, List<Token> toks, int i, int from, int to,
      List<Statement> out) {
    String w = toks.get(i).lower();
    boolean speechVerb = PASSIVE_SPEECH.contains(w);
    boolean heldView = PASSIVE_HEDGES.containsKey(w) && i + 1 < toks.size()
        && toks.get(i + 1).lower().equals("by");
    if (!speechVerb && !PASSIVE_VIEW.contains(w) && !heldView
        || i + 1 < toks.size() && NOT_PASSIVE_COMPLEMENTS.contains(toks.get(i + 1).lower())) {
      return;
    }
    int be = i - 1;
    while (be > 0 && i - be <= 3 && skippedBeforeParticiple(toks.get(be)) && !BE.contains(toks.get(be).lower())) {
      be--;
    }
    if (be < 0 || !BE.contains(toks.get(be).lower())) {
      return;
    }
    int before = be - 1;
    while (before >= 0 && be - before <= 4 && (skippedBeforeVerb(toks.get(before))
        || BE.contains(toks.get(before).lower()))) {
      before--;
    }
    if (before < 0 || be > 0 && NOUN_MARKERS.contains(toks.get(be - 1).lower())) {
      return;
    }
    int start = hedgedSubjectStart(toks, before);
    if (start < 0) {
      return;
    }
    int k = i + 1;
    int[] agent = null;
    if (k < toks.size() && toks.get(k).lower().equals("by")) {
      agent = agent(toks, k, heldView && PASSIVE_HEDGES.get(w).contains("of"));
      if (agent == null) {
        return;
      }
      k = agent[2];
    }
    int c = k;
    while (c < toks.size() && TIME_WORDS.contains(toks.get(c).lower())) {
      c++; // "It was announced Tuesday that …"
    }
    boolean expletive = start == before && toks.get(start).lower().equals("it") && c < toks.size()
        && COMPLEMENTIZERS.contains(toks.get(c).lower());
    k = expletive ? c : k;
    int[] span = k < toks.size() && toks.get(k).isWord() && !opensSetting(toks, k)
        && !SUBORDINATORS.contains(toks.get(k).lower()) // "The bill was rejected after talks broke down"
        ? contentSpan(text, toks, k, to, true, opensSubordinate(toks)) : null;
    if (span != null) {
      span[1] = hedgeEnd(toks, k, span[1]);
      for (int b = k; b < toks.size() && toks.get(b).start() < span[1]; b++) {
        String x = toks.get(b).lower();
        int[] late = agent == null && b > k && x.equals("by") ? agent(toks, b, false) : null;
        boolean next = COORDINATORS.contains(x) && b + 1 < toks.size() && (toks.get(b + 1).lower().equals("by")
            || secondPredicate(toks, b + 1)); // not "for the layoffs and reduced wages"
        if (late != null || next) { // "was declared the winner by the clerk", "was praised by Lee and criticized …"
          if (next && agent == null && b + 2 < toks.size() && toks.get(b + 2).lower().equals("by")) {
            late = agent(toks, b + 2, false); // "was praised and criticized by Lee": the agent is shared
          }
          agent = late != null ? late : agent;
          span = b - 1 < k ? null : cutBefore(toks, span, k, b);
          break;
        }
      }
    }
    if (heldView && (span == null || !passiveHedgeComplement(w, toks, k))) {
      return;
    }
    boolean relative = RELATIVE.contains(toks.get(start).lower());
    if (relative) {
      if (span == null) {
        return; // "Roe, who was endorsed by the Times, leads": the content would be the pronoun alone
      }
      String mark = start > 0 ? toks.get(start - 1).text() : "";
      span = relativeClauseEnd(false, toks, mark, k, span);
      for (int j = k + 1; !mark.equals(",") && !RELATIVE_OPENERS.contains(mark) && j < toks.size()
          && toks.get(j).start() < span[1]; j++) {
        if (finiteForm(toks, j)) {
          span = cutBefore(toks, span, k, j); // "Voters who were criticized for X stayed home"
          break;
        }
      }
    }
    String speaker = agent == null ? null
        : text.substring(toks.get(agent[0]).start(), toks.get(agent[1]).end());
    String relation = speechVerb ? Statement.SPEECH : agent == null ? HEDGE : BELIEF;
    String cue = text.substring(toks.get(before + 1).start(), toks.get(i).end());
    int subjectEnd = toks.get(before).end();
    if (expletive) {
      if (span != null) {
        out.add(build(article, paragraph, text, span, cue, speaker, relation, from, to)); // "it was reported that"
      }
      return;
    }
    int[] whole = {toks.get(start).start(), span == null ? subjectEnd : span[1]};
    if (span == null) {
      out.add(build(article, paragraph, text, new int[] {whole[0], subjectEnd}, cue, speaker, relation, from, to));
      return;
    }
    out.add(build(article, paragraph, text, whole, cue, speaker, relation, from, to).toBuilder()
        .setText(text.substring(whole[0], subjectEnd) + Statement.ELISION + text.substring(span[0], span[1]))
        .build());
  }

  /**
   * The agent of a passive whose {@code by} is token {@code by}: its first and last token and the token after it,
   * over a second {@code and by} agent ({@code by the Times and by the union}); null when no noun phrase follows.
   * With {@code stopAtOf} the phrase ends before {@code of}, which opens the participle's complement ({@code accused
   * by prosecutors of fraud}).
   */
  private static int[] agent(List<Token> toks, int by, boolean stopAtOf) {
    int e = agentEnd(toks, by + 1, stopAtOf);
    if (e < 0) {
      return null;
    }
    while (e + 2 < toks.size() && toks.get(e + 1).lower().equals("and") && toks.get(e + 2).lower().equals("by")) {
      int more = agentEnd(toks, e + 3, stopAtOf);
      if (more < 0) {
        break;
      }
      e = more;
    }
    return new int[] {by + 1, e, e + 1};
  }

  /** Last token of the agent noun phrase opening at {@code first} after a passive's {@code by}, or -1. */
  private static int agentEnd(List<Token> toks, int first, boolean stopAtOf) {
    if (first >= toks.size() || !toks.get(first).isWord() || toks.get(first).lower().endsWith("ing")
        || TIME_WORDS.contains(toks.get(first).lower()) || Character.isDigit(toks.get(first).text().charAt(0))
        && !(first + 1 < toks.size() && (toks.get(first + 1).lower().equals("percent")
            || toks.get(first + 1).text().equals("%")))) {
      return -1;
    }
    int e = first;
    while (e + 1 < toks.size()) {
      Token t = toks.get(e + 1);
      String x = t.lower();
      boolean ok = t.isWord() && !SUBJECT_STOP.contains(x) && !x.equals("as") && !TIME_WORDS.contains(x)
          && (!PREPOSITIONS.contains(x) || x.equals("of") && !stopAtOf) || x.equals("'s") || x.equals("’s")
          || x.equals("%") || x.equals("of") && !stopAtOf
          || x.equals("and") && e + 2 < toks.size() && (toks.get(e + 2).isCapitalized()
              || QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(e + 2).lower()));
      if (!ok) {
        break;
      }
      e++;
    }
    while (e > first && (toks.get(e).lower().equals("of") || toks.get(e).lower().equals("and"))) {
      e--;
    }
    return e;
  }


  /**
   * Adds the relation of verb {@code verb} at token {@code i} in a relative clause whose relative word stands for
   * the verb's complement's missing subject or object ({@code the levy, which Roe believes will pass,}, {@code whom
   * Roe views as a peer}, {@code which lenders considered too risky}, and with no relative word after a pronoun or
   * name {@code a step they believe could help}, {@code a defeat Obama believes to be the worst}); true when added.
   * The content runs from the relative word (or the antecedent's determiner) to the clause's end, its text leaving
   * the holder and verb out as PolNeAR's discontinuous contents do ({@code which … will pass}).
   */
  private boolean gappedRelative(Article article, int paragraph, String text, List<Token> toks, Verb verb, int i,
      int from, int to, List<Statement> out) {
    int gap = gapped(verb, toks, i);
    int before = holderEnd(toks, i);
    if (gap < 0 || before < 1) {
      return false;
    }
    int r = before;
    while (r >= 0 && before - r < 8 && (inSubject(toks.get(r)) || HOLDER_QUANTIFIERS.contains(toks.get(r).lower()))) {
      r--;
    }
    int[] holder;
    int open;
    int close;
    if (r >= 1 && RELATIVE_WORDS.contains(toks.get(r).lower()) && r < before && holds(toks, before)) {
      holder = new int[] {r + 1, before};
      open = r;
      close = r;
    } else {
      holder = zeroRelativeHolder(toks, before);
      close = holder == null ? -1 : holder[0] - 1;
      open = close < 0 ? -1 : antecedentStart(toks, close);
      if (open < 0) {
        return false;
      }
    }
    while (holder[0] < holder[1] && (HOLDER_QUANTIFIERS.contains(toks.get(holder[0]).lower())
        || toks.get(holder[0]).lower().equals("only"))) {
      holder[0]++; // "which even the most optimistic Democrats doubt", "at least two senators"
    }
    boolean restrictive = open == 0 || !RELATIVE_OPENERS.contains(toks.get(open - 1).text());
    if (restrictive && !hasVerbBefore(toks, open)) {
      return false; // "The documents (that) they found were forged": the clause is in the subject, "were" its verb
    }
    int[] span = contentSpan(text, toks, gap, to, false, false);
    if (span == null) {
      return false;
    }
    for (int k = gap + 1; k < toks.size() && toks.get(k).start() < span[1]; k++) {
      if (toks.get(k).text().equals(":")) {
        span = cutBefore(toks, span, gap, k);
        break;
      }
    }
    if (open > 0 && open == close && RELATIVE_OPENERS.contains(toks.get(open - 1).text())) {
      span = relativeClauseEnd(verb.clause(), toks, toks.get(open - 1).text(), gap, span);
    }
    out.add(elided(article, paragraph, text, new int[] {toks.get(open).start(), toks.get(close).end(),
        toks.get(gap).start(), span[1]}, toks, i, holder, verb.relation(), from, to));
    return true;
  }

  /**
   * Index of a quantifier standing alone as the subject of verb {@code i} ({@code Some accused Roe of …}, {@code But
   * few believe …}, {@code Most have backed …}), over the adverbs and auxiliaries between: it opens the sentence or
   * follows a mark or a clause word; -1 when there is none ({@code of some support}, {@code they all back}).
   */
  private static int quantifierSubject(List<Token> toks, int i) {
    int k = i - 1;
    while (k >= 0 && !STANDALONE_QUANTIFIERS.contains(toks.get(k).lower()) && skippedBeforeVerb(toks.get(k))
        && i - k <= 3) {
      k--;
    }
    if (k < 0 || !STANDALONE_QUANTIFIERS.contains(toks.get(k).lower())) {
      return -1;
    }
    return k == 0 || QUANTIFIER_OPENERS.contains(toks.get(k - 1).lower()) ? k : -1;
  }

  /** True when a finite auxiliary or a past form stands before token {@code k} ({@code He took a step they …}). */
  private static boolean hasVerbBefore(List<Token> toks, int k) {
    for (int j = 0; j < k; j++) {
      if (FINITE_AUXILIARIES.contains(toks.get(j).lower()) || QuoteExtractor.isPastForm(toks.get(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last token of the holder of verb {@code i}, back over adverbs and auxiliaries ({@code Roe has long
   * believed}); -1 for a passive ({@code is widely recognized}) or when none is left.
   */
  private static int holderEnd(List<Token> toks, int i) {
    int before = i - 1;
    while (before >= 0 && i - before <= 3 && skippedBeforeVerb(toks.get(before))) {
      if (BE.contains(toks.get(before).lower())) {
        return -1;
      }
      before--;
    }
    return before;
  }

  /** True when token {@code end} can head the holder of a view: a noun, name or pronoun, not "you" or "this". */
  private static boolean holds(List<Token> toks, int end) {
    Token t = toks.get(end);
    return t.isWord() && isHead(t) && !NOUN_MARKERS.contains(t.lower()) && !BARE_SUBJECTS.contains(t.lower());
  }

  /**
   * The first token of the complement of verb {@code i} when it lacks its subject or object, which a relative word
   * before the verb supplies: an auxiliary ({@code believes will pass}), {@code to be}, {@code as} after a verb
   * seeing things as something, or a degree word, adverb or adjective after {@code considered} ({@code considered
   * too risky}); else -1.
   */
  private static int gapped(Verb verb, List<Token> toks, int i) {
    if (i + 2 >= toks.size() || toks.get(i).lower().endsWith("ing")) {
      return -1;
    }
    Token next = toks.get(i + 1);
    String w = next.lower();
    boolean clause = verb.clause() || verb.object();
    if (clause && (FINITE_AUXILIARIES.contains(w) || w.endsWith("n't") || w.endsWith("n’t"))
        || clause && w.equals("to") && toks.get(i + 2).lower().equals("be")
        || w.equals("as") && (verb.asObject() || verb.object())
        || verb.lemma().equals("consider") && (DEGREE_WORDS.contains(w) || ADJECTIVE_ENDING.matcher(w).matches()
            || isAdverb(next) && ADJECTIVE_ENDING.matcher(toks.get(i + 2).lower()).matches())) {
      return i + 1;
    }
    return -1;
  }

  /**
   * The holder of a verb in a relative clause with no relative word ({@code a step they believe}), ending at token
   * {@code end}: a personal pronoun or a run of capitalised words; else null.
   */
  private static int[] zeroRelativeHolder(List<Token> toks, int end) {
    String w = toks.get(end).lower();
    if (PERSONAL_SUBJECTS.contains(w)) {
      return new int[] {end, end};
    }
    int s = end;
    while (s > 0 && toks.get(s).isCapitalized() && toks.get(s).isWord() && isNameWord(toks.get(s).lower())) {
      s--;
    }
    return s < end ? new int[] {s + 1, end} : null;
  }

  /**
   * The first token of the noun phrase ending at token {@code head} that a relative clause with no relative word
   * follows ({@code a defeat}, {@code the same drive}), from its determiner; -1 when the word is no common noun or
   * no determiner opens it within four words.
   */
  private int antecedentStart(List<Token> toks, int head) {
    Token t = toks.get(head);
    String w = t.lower();
    if (!t.isWord() || t.isCapitalized() || SUBJECT_STOP.contains(w) || NOUN_MARKERS.contains(w)
        || PREPOSITIONS.contains(w) || verbs.containsKey(w) || speech.isCue(w) || isAdverb(t)
        || QuoteExtractor.isPastForm(t) || PERSONAL_SUBJECTS.contains(w)) {
      return -1;
    }
    if (INDEFINITE_ANTECEDENTS.contains(w)) {
      return head;
    }
    for (int k = head - 1; k >= 0 && head - k <= 4 && toks.get(k).isWord(); k--) {
      String d = toks.get(k).lower();
      if (QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(d) || ANTECEDENT_DETERMINERS.contains(d)) {
        return k;
      }
      if (SUBJECT_STOP.contains(d) || verbs.containsKey(d) || speech.isCue(d)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Adds the relation of verb {@code verb} at token {@code i} in a parenthetical between commas inside its content
   * ({@code The plan, Roe believes, will fail.}, {@code The bridge, the study found, is unsafe.}): the sentence around
   * it, its text leaving the holder and verb out ({@code The plan … will fail}), or from a relative word right before
   * the first comma ({@code Iowa, which, his advisers believe, would lead}); true when added. The holder names an
   * actor, or for an evidence verb a document; the part before it holds two words at least ({@code Yes, we know, …}
   * is none) and ends in no clause word ({@code … and, records show, does not …} sits in a subordinate clause).
   */
  private boolean parenthetical(Article article, int paragraph, String text, List<Token> toks, Verb verb, int i,
      int from, int to, List<Statement> out) {
    if (i + 2 >= toks.size() || !toks.get(i + 1).text().equals(",") || !(verb.clause() || verb.object())
        || toks.get(i).lower().endsWith("ing") || !toks.get(i + 2).isWord()
        || COORDINATORS.contains(toks.get(i + 2).lower())
        || i + 3 < toks.size() && toks.get(i + 3).text().equals(",")) {
      return false; // "officials believed, wrongly, that …": an aside after the main clause's verb
    }
    int end = holderEnd(toks, i);
    int c = end;
    while (c >= 0 && end - c < 8 && inSubject(toks.get(c))) {
      c--;
    }
    if (end < 0 || c < 2 || !toks.get(c).text().equals(",") || c >= end || !holds(toks, end)
        || isBareForm(verb, toks.get(i)) && !bareFormIsVerb(toks, i)) {
      return false;
    }
    int[] holder = {c + 1, end};
    boolean source = verb.relation().equals(EVIDENCE) ? hasEvidenceNoun(toks, holder)
        : namesActor(toks, holder) || headNamesActor(toks, holder);
    int first = 0;
    while (first < c && !toks.get(first).isWord()) {
      first++;
    }
    String last = toks.get(c - 1).lower();
    if (RELATIVE_WORDS.contains(last)) {
      first = c - 1; // "Iowa, which, his advisers believe, would lead": the relative clause
    } else if (SUBJECT_STOP.contains(last)) {
      return false; // "… and, records show, does not use": a clause inside the sentence's subordinate clause
    }
    int[] span = contentSpan(text, toks, i + 2, to, false, false);
    if (!source || first >= c - 1 && !RELATIVE_WORDS.contains(last) || span == null) {
      return false;
    }
    out.add(elided(article, paragraph, text, new int[] {toks.get(first).start(), toks.get(c - 1).end(), span[0],
        span[1]}, toks, i, holder, verb.relation(), from, to));
    return true;
  }

  /**
   * The statement of cue {@code i} and holder tokens {@code holder} whose content runs over {@code parts[0]} to
   * {@code parts[3]} and leaves out the attribution from {@code parts[1]} to {@code parts[2]}: its text joins the two
   * parts with {@link Statement#ELISION}, as the speech rules write an attribution inside its content.
   */
  private static Statement elided(Article article, int paragraph, String text, int[] parts, List<Token> toks, int i,
      int[] holder, String relation, int from, int to) {
    return build(article, paragraph, text, new int[] {parts[0], parts[3]}, toks.get(i).text(),
        text.substring(toks.get(holder[0]).start(), toks.get(holder[1]).end()), relation, from, to).toBuilder()
        .setText(text.substring(parts[0], parts[1]) + Statement.ELISION + text.substring(parts[2], parts[3]))
        .build();
  }

  /**
   * The subject the speech rules find for the verb at token {@code i} ("Toomey and Ayotte (R-N.H.), who …,
   * endorsed", "Democrats -- including Roe -- accused"), as first and last token, when it names an actor; asked only
   * within MAX_BORROWED_SUBJECT_TOKENS of the sentence start.
   */
  private static int[] borrowedSubject(List<Token> toks, int i, int paragraph, int from, Subjects subjects,
      Names names) {
    if (i > MAX_BORROWED_SUBJECT_TOKENS) {
      return null;
    }
    int[] words = tokensOf(toks, subjects.before(paragraph, from, toks.get(i).start()));
    return words != null && namesActor(toks, words, names) ? words : null;
  }

  /** First and last token of text span {@code span}, or null when it is null or holds no token. */
  private static int[] tokensOf(List<Token> toks, int[] span) {
    if (span == null) {
      return null;
    }
    int[] words = {Tokenizer.indexAtOrAfter(toks, span[0]), Tokenizer.indexAtOrAfter(toks, span[1]) - 1};
    return words[1] >= words[0] ? words : null;
  }

  /**
   * True when token {@code k}, after verb form {@code k - 1}, can open its object or complement: a name, number,
   * determiner, pronoun, {@code to}, {@code that} or the verb's particle; a bare noun after it ({@code expected cuts})
   * makes the form an adjective.
   */
  private static boolean opensObject(Verb verb, List<Token> toks, int k) {
    if (k >= toks.size() || !toks.get(k).isWord()) {
      return k < toks.size() && (toks.get(k).text().equals("“") || toks.get(k).text().equals("\""));
    }
    Token t = toks.get(k);
    String w = t.lower();
    return t.isCapitalized() || Character.isDigit(w.charAt(0)) || QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(w)
        || OBJECT_OPENERS.contains(w) || POST_VERB_WORDS.contains(w) || COMPLEMENTIZERS.contains(w)
        || verb.particles().contains(w);
  }

  /** True when the word before token {@code i} may head a noun phrase: no preposition, marker, verb form or adverb. */
  private static boolean afterNoun(List<Token> toks, int i) {
    Token t = toks.get(i - 1);
    String w = t.lower();
    return t.isWord() && isHead(t) && !PREPOSITIONS.contains(w) && !NOUN_MARKERS.contains(w) && !skippedBeforeVerb(t);
  }

  /**
   * {@code span} of a reduced relative clause's object, cut before the main clause's verb or a break ({@code a
   * constellation of super PACs backing Mr. Cruz began March …}, {@code a super PAC backing Bush, Right to Rise, …}):
   * an auxiliary, or a past form that no determiner, possessive, quantifier or adverb makes a modifier ({@code
   * released ads}, not {@code Roe's proposed tax}).
   */
  private static int[] reducedRelativeEnd(List<Token> toks, int content, int[] span) {
    for (int k = content + 1; k < toks.size() && toks.get(k).start() < span[1]; k++) {
      String w = toks.get(k).text();
      Token prev = toks.get(k - 1);
      String p = prev.lower();
      boolean modifier = NOUN_MARKERS.contains(p) || QuoteExtractor.POSSESSIVES.contains(p) || p.endsWith("’s")
          || p.endsWith("'s") || POST_VERB_WORDS.contains(p) || isAdverb(prev); // "Roe's proposed tax", "more limited government"
      boolean mainVerb = finiteForm(toks, k) && (FINITE_AUXILIARIES.contains(toks.get(k).lower()) || !modifier);
      if (mainVerb || w.equals(",") || w.equals(";") || w.equals("(") || w.equals("—") || w.equals("--")
          || w.equals("–")) {
        return cutBefore(toks, span, content, k);
      }
    }
    return span;
  }

  /** True for a lower-case auxiliary or past form not after a determiner ({@code began}, not {@code the proposed}). */
  private static boolean finiteForm(List<Token> toks, int k) {
    Token t = toks.get(k);
    return !t.isCapitalized() && FINITE_AUXILIARIES.contains(t.lower())
        || QuoteExtractor.isPastForm(t) && (k == 0 || !NOUN_MARKERS.contains(toks.get(k - 1).lower()));
  }

  /**
   * True when the tokens of {@code span} hold no finite verb, participle or adverb: a noun phrase ({@code a family of
   * super PACs}), not a clause or predicate ({@code increasingly wary of groups}).
   */
  private static boolean nounPhrase(List<Token> toks, int[] span) {
    for (int k = span[0]; k <= span[1]; k++) {
      if (finiteForm(toks, k) || isAdverb(toks.get(k))
          || toks.get(k).lower().endsWith("ing") && !toks.get(k).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Index of the first word of a catenative phrase ending in {@code to} right before the bare verb at {@code i}
   * ({@code tended to}, {@code went on to}, {@code is likely to}, {@code was quick to}), whose subject is the verb's
   * own ({@code Older voters tended to support Roe}); -1 when there is none.
   */
  private static int catenativeStart(List<Token> toks, int i) {
    if (i < 2 || !toks.get(i - 1).lower().equals("to")) {
      return -1;
    }
    String w = toks.get(i - 2).lower();
    if (SEEM.contains(w) || REFUSALS.contains(w) && (i < 3 || !NOUN_MARKERS.contains(toks.get(i - 3).lower()))) {
      return i - 2;
    }
    if (CATENATIVES.contains(w)) {
      // "was used to support X" is a passive of use
      return w.equals("used") && i > 2 && BE.contains(toks.get(i - 3).lower()) ? -1 : i - 2;
    }
    return w.equals("on") && i > 2 && GO.contains(toks.get(i - 3).lower()) ? i - 3 : -1;
  }

  /** True when token {@code k} is the bare form of a cue verb whose complement follows ({@code endorse Lee}). */
  private boolean takesComplement(List<Token> toks, int k) {
    Verb verb = k < toks.size() ? verbs.get(toks.get(k).lower()) : null;
    return verb != null && isBareForm(verb, toks.get(k)) && complement(verb, toks, k) >= 0;
  }

  /**
   * True when {@code that} right before the evidence verb at {@code i} is a relative pronoun, not a determiner:
   * a noun that is no cue word stands before it, plural before a bare form ({@code polls that show},
   * {@code a new poll that shows}; not {@code said that support}). Belief verbs after a relative {@code that}
   * ({@code a group that endorsed X}) gained as many unannotated relations as annotated ones on PolNeAR train.
   */
  private boolean relativeThat(Verb verb, List<Token> toks, int i) {
    if (i < 2 || !toks.get(i - 1).lower().equals("that") || !verb.relation().equals(EVIDENCE)) {
      return false;
    }
    Token noun = toks.get(i - 2);
    String w = noun.lower();
    boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
    return noun.isWord() && isHead(noun) && inSubject(noun) && !BARE_SUBJECTS.contains(w)
        && !NOUN_MARKERS.contains(w) && !SKIP_BEFORE_VERB.contains(w) && !PREPOSITIONS.contains(w)
        && (plural || !isBareForm(verb, toks.get(i)));
  }

  /** True for a word that may stand between a passive's {@code be} and its participle ({@code was first reported}). */
  private static boolean skippedBeforeParticiple(Token t) {
    return skippedBeforeVerb(t) || t.lower().equals("first");
  }

  /** True for a word that may stand between a subject and its verb: an auxiliary, adverb or time word. */
  private static boolean skippedBeforeVerb(Token t) {
    return SKIP_BEFORE_VERB.contains(t.lower()) || TIME_WORDS.contains(t.lower()) || isAdverb(t);
  }

  /**
   * A hedged claim with no source: {@code X seems …}, {@code X appears to …}, {@code X is expected to …},
   * {@code X reportedly …}. The content is the whole clause, subject included ({@code The plan appears to be
   * working}), as the writer states it at one remove; the statement has no speaker. A clause may hold a quoted phrase
   * ({@code Voters are expected to “sit on” their ballots}; a quotation the speech rules read stays theirs, which
   * they found first), and "reportedly said" is the speech extractor's cue; a relative pronoun's clause ends at
   * its comma ({@code The mayor, who appears tired, …}). The walk back to the subject is bounded and stops at
   * another occurrence of the cue, so a long run of {@code reportedly} is read in linear time.
   */
  private void hedge(Article article, int paragraph, String text, List<Token> toks, int i, int from, int to,
      List<Statement> out) {
    String w = toks.get(i).lower();
    int cueStart = i;
    if (PASSIVE_HEDGES.containsKey(w)) {
      int be = i - 1;
      while (be > 0 && i - be <= 3 && skippedBeforeVerb(toks.get(be)) && !BE.contains(toks.get(be).lower())) {
        be--; // "is widely expected to", "is not expected to"
      }
      String aux = be < 0 ? "" : toks.get(be).lower();
      if (!BE.contains(aux) || !passiveHedgeComplement(w, toks, i + 1)
          || !w.equals("expected") && (aux.equals("be") || aux.equals("being"))) {
        return; // "can be seen as", "risk being seen as" say what may be, no view held
      }
      cueStart = be;
    } else if (!(SEEM.contains(w) && hedgeComplement(toks, i + 1) || w.equals("reportedly") && i + 1 < toks.size()
        && toks.get(i + 1).isWord() && !speech.isCue(toks.get(i + 1).lower()))) {
      return;
    }
    int before = cueStart - 1;
    while (before >= 0 && cueStart - before <= MAX_SUBJECT_TOKENS && !toks.get(before).lower().equals(w)
        && skippedBeforeVerb(toks.get(before))) {
      before--;
    }
    if (before < 0 || skippedBeforeVerb(toks.get(before))
        || cueStart > 0 && NOUN_MARKERS.contains(toks.get(cueStart - 1).lower())) {
      return;
    }
    // a second predicate has its subject far back: "Lee is moving but is expected to stay" hedges from "is expected"
    boolean coordinated = cueStart < i && COORDINATORS.contains(toks.get(before).lower());
    int start = coordinated ? cueStart : hedgedSubjectStart(toks, before);
    if (start < 0) {
      return;
    }
    int[] span = contentSpan(text, toks, i + 1, to, true, opensSubordinate(toks));
    if (span != null && RELATIVE.contains(toks.get(start).lower())) {
      span = relativeClauseEnd(toks, i, span);
    }
    int end = span == null ? toks.get(i).end() : hedgeEnd(toks, i + 1, span[1]);
    int[] clause = {toks.get(start).start(), end};
    String cue = text.substring(toks.get(cueStart).start(), toks.get(i).end());
    out.add(build(article, paragraph, text, clause, cue, null, HEDGE, from, to));
  }

  /**
   * True when token {@code k} opens the complement of the passive {@code participle} of {@link #PASSIVE_HEDGES}:
   * one of its words ({@code expected to} + a verb, {@code accused of}, {@code viewed as}), or for
   * {@code considered} any word but a preposition ({@code is considered a contender}, not {@code was considered
   * on Tuesday} or {@code by the panel}).
   */
  private static boolean passiveHedgeComplement(String participle, List<Token> toks, int k) {
    if (k >= toks.size() || !toks.get(k).isWord()) {
      return false;
    }
    String w = toks.get(k).lower();
    Set<String> next = PASSIVE_HEDGES.get(participle);
    if (next.isEmpty()) {
      return w.equals("as") || !PREPOSITIONS.contains(w) && !toks.get(k).isCapitalized() && !TIME_WORDS.contains(w);
    }
    return next.contains(w) && (!w.equals("to") || opensInfinitive(toks, k + 1));
  }

  /**
   * A question put to someone with no asker as subject: {@code When asked whether …}, {@code Asked about …},
   * {@code Roe was asked by a reporter if …}, {@code Roe was first asked if …}, and a passive's question noun
   * ({@code Roe was asked a question about X}). The content runs from the question word to the next comma, dash or
   * colon, or to its setting ({@code … in an interview}, {@code … after the debate}) or the sentence end; the
   * speaker is the {@code by} phrase's, else none (the one asked is no source). True when one was added.
   */
  private boolean askedWithoutAsker(Article article, int paragraph, String text, List<Token> toks, int i, int from,
      int to, List<Statement> out) {
    if (!toks.get(i).lower().equals("asked")) {
      return false;
    }
    int before = i - 1;
    while (before >= 0 && (SKIP_BEFORE_VERB.contains(toks.get(before).lower())
        || toks.get(before).lower().equals("first")) && !BE.contains(toks.get(before).lower())) {
      before--;
    }
    if (before >= 0 && !ASKED_OPENERS.contains(toks.get(before).lower())) {
      return false;
    }
    int q = i + 1;
    if (before >= 0 && BE.contains(toks.get(before).lower()) && askedQuestion(toks, q)) {
      int[] span = contentSpan(text, toks, q, to, true, true); // "was asked a question about X"
      if (span != null) {
        span[1] = hedgeEnd(toks, q, span[1]);
        String by = null;
        for (int b = q + 1; b < toks.size() && toks.get(b).start() < span[1]; b++) {
          int[] agent = toks.get(b).lower().equals("by") ? agent(toks, b, false) : null;
          if (agent != null || TIME_WORDS.contains(toks.get(b).lower())) { // "the same question by reporters"
            by = agent == null ? null : text.substring(toks.get(agent[0]).start(), toks.get(agent[1]).end());
            span = cutBefore(toks, span, q, b);
            break;
          }
        }
        out.add(build(article, paragraph, text, span, toks.get(i).text(), by, Statement.SPEECH, from, to));
        return true;
      }
    }
    String asker = null;
    if (q < toks.size() && toks.get(q).lower().equals("by")) {
      int k = q + 1;
      while (k < toks.size() && k - q <= MAX_SUBJECT_TOKENS && !QUESTION_OPENERS.contains(toks.get(k).lower())
          && !toks.get(k).text().equals(",")) {
        k++;
      }
      if (k >= toks.size() || !QUESTION_OPENERS.contains(toks.get(k).lower()) || k == q + 1) {
        return false;
      }
      asker = text.substring(toks.get(q + 1).start(), toks.get(k - 1).end());
      q = k;
    }
    q = asker == null ? questionAfterSetting(toks, q) : q;
    if (q >= toks.size() || !QUESTION_OPENERS.contains(toks.get(q).lower())
        || toks.get(q).lower().equals("to") && !opensInfinitive(toks, q + 1)) {
      return false;
    }
    int[] span = contentSpan(text, toks, q, to, true, true);
    if (span == null) {
      return false;
    }
    span[1] = hedgeEnd(toks, q, span[1]);
    out.add(build(article, paragraph, text, span, toks.get(i).text(), asker, Statement.SPEECH, from, to));
    return true;
  }

  /** True when token {@code k}, after {@code that}, opens a clause, not a demonstrative's noun ({@code that night}). */
  private static boolean opensThatClause(List<Token> toks, int k) {
    return k < toks.size() && !THAT_TIME_NOUNS.contains(toks.get(k).lower());
  }

  /** True when the noun phrase at token {@code k} is a time or occasion ({@code on Tuesday}, {@code at dawn}). */
  private static boolean opensSettingNoun(List<Token> toks, int k) {
    int j = k < toks.size() && QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(k).lower()) ? k + 1 : k;
    return j < toks.size() && SETTING_NOUNS.contains(toks.get(j).lower());
  }

  private static final Set<String> ORDINALS = words("first", "second", "third", "fourth", "fifth", "last", "next",
      "final", "only");

  /** True when token {@code k} opens an ordinal time ({@code the first time}, {@code the last time}). */
  private static boolean ordinalTime(List<Token> toks, int k) {
    return k + 2 < toks.size() && toks.get(k).lower().equals("the") && ORDINALS.contains(toks.get(k + 1).lower())
        && toks.get(k + 2).lower().equals("time");
  }

  /** True for a name or a personal pronoun: the target of {@code took a shot at}, not {@code the basket}. */
  private static boolean namesPerson(Token t) {
    return t.isCapitalized() || OBJECT_PERSONS.contains(t.lower());
  }

  /** {@code span} of an object cut before {@code and}/{@code but} and a past form: the subject's next predicate. */
  private static int[] andPastEnd(List<Token> toks, int content, int[] span) {
    for (int k = content + 1; k + 1 < toks.size() && toks.get(k).start() < span[1]; k++) {
      String w = toks.get(k).lower();
      if ((w.equals("and") || w.equals("but")) && QuoteExtractor.isPastForm(toks.get(k + 1))) {
        return cutBefore(toks, span, content, k);
      }
    }
    return span;
  }

  private static Map<String, Map<String, Set<String>>> lightVerbNouns() {
    Map<String, Set<String>> made = new HashMap<>();
    frames(made, "that for against about inf", "case", "argument", "arguments");
    frames(made, "that of", "point");
    frames(made, "that about", "observation", "prediction", "predictions", "suggestion", "assertion", "admission");
    frames(made, "about on regarding", "statement", "statements", "comment", "comments", "remark", "remarks",
        "speech", "speeches", "joke", "jokes");
    frames(made, "of", "mention", "secret");
    frames(made, "to of", "reference", "references");
    frames(made, "for", "call", "calls", "pitch", "plea", "appeal", "appeals");
    frames(made, "that against about", "claim", "claims", "accusation", "accusations", "allegation", "allegations",
        "charge", "charges", "complaint", "complaints");
    frames(made, "that inf", "promise", "promises", "pledge", "vow", "threat", "threats");
    frames(made, "that", "announcement");
    frames(made, "that for inf", "demand", "demands", "request", "proposal", "recommendation");
    frames(made, "for", "apology");
    Map<String, Set<String>> took = new HashMap<>();
    frames(took, "at", "aim", "swipe", "swipes", "jab", "jabs", "potshot", "potshots", "umbrage");
    frames(took, "at-name", "shot", "shots");
    frames(took, "with", "issue");
    frames(took, "to with", "exception");
    Map<String, Set<String>> raised = new HashMap<>();
    frames(raised, "about over regarding that", "questions", "question", "concerns", "concern", "doubts",
        "objections", "alarm", "fears");
    Map<String, Set<String>> threw = new HashMap<>();
    frames(threw, "behind to", STANCE_LIGHT_NOUNS.toArray(String[]::new));
    Map<String, Map<String, Set<String>>> m = new HashMap<>();
    for (String f : List.of("throw", "throws", "threw", "thrown", "throwing")) {
      m.put(f, Collections.unmodifiableMap(threw));
    }
    for (String f : List.of("make", "makes", "made", "making")) {
      m.put(f, Collections.unmodifiableMap(made));
    }
    for (String f : List.of("take", "takes", "took", "taking", "taken")) {
      m.put(f, Collections.unmodifiableMap(took));
    }
    for (String f : List.of("raise", "raises", "raised", "raising")) {
      m.put(f, Collections.unmodifiableMap(raised));
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Set<String>> union(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    Map<String, Set<String>> m = new HashMap<>(b);
    m.putAll(a);
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Set<String>> speechNounsOfHolder() {
    Map<String, Set<String>> m = new HashMap<>();
    frames(m, "for inf", "call", "calls", "plea", "appeal", "appeals", "demand", "demands");
    frames(m, "for", "praise", "apology");
    frames(m, "on against", "attack", "attacks");
    frames(m, "of", "criticism", "criticisms", "critique", "endorsement", "denunciation", "condemnation", "dismissal",
        "characterization", "denial");
    frames(m, "about on", "comments", "remarks", "questions");
    frames(m, "that about against", "complaint", "complaints", "warning", "warnings");
    frames(m, "that of against", "accusation", "accusations", "allegation", "allegations", "charge", "charges");
    frames(m, "that", "claim", "claims", "assertion", "insistence", "suggestion", "contention", "prediction",
        "assurance", "assurances", "admission", "acknowledgment", "announcement", "argument", "statement");
    frames(m, "that inf", "promise", "promises", "pledge", "pledges", "vow", "threat", "threats");
    frames(m, "inf", "refusal", "offer");
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Set<String>> beliefNounsOfHolder() {
    Map<String, Set<String>> m = new HashMap<>();
    frames(m, "for", "support", "backing", "enthusiasm", "preference", "passion", "sympathy");
    frames(m, "inf", "plan", "plans");
    frames(m, "for inf", "proposal");
    frames(m, "to", "opposition", "objection", "objections", "resistance", "hostility", "commitment");
    frames(m, "on", "views");
    frames(m, "on that", "view");
    frames(m, "of", "embrace", "rejection", "assessment");
    frames(m, "that about", "concerns", "fears", "doubts", "belief", "hope", "hopes");
    frames(m, "inf", "decision", "intention", "desire");
    frames(m, "that", "assumption", "speculation", "doubt", "fear", "concern", "idea", "notion", "rumor", "rumors");
    return Collections.unmodifiableMap(m);
  }

  /**
   * Adjectives of a stance after a form of "be" ({@code is critical of X}), each with the words opening its content.
   * Hand-written from general usage (CC0); on PolNeAR train the first list added 30 relations, 22 annotated (the
   * extract README has what the review took out and what a contracted "be" added).
   */
  private static final Map<String, Set<String>> STANCE_ADJECTIVES = stanceAdjectives();
  /** A personal pronoun with a contracted form of "be" ({@code he’s}, {@code they're}); group 1 is the pronoun. */
  private static final Pattern PRONOUN_BE = Pattern.compile("(he|she|they|we|i|you)['’](s|re|m)");
  /** Verbs that link a subject to a stance adjective as "be" does ({@code remains skeptical of}). */
  private static final Set<String> LINKING_VERBS = words("is", "are", "was", "were", "be", "been", "being", "remain",
      "remains", "remained", "become", "becomes", "became", "grew", "grown", "grows", "sounded", "sounds");

  private static Map<String, Set<String>> stanceAdjectives() {
    Map<String, Set<String>> m = new HashMap<>();
    frames(m, "of", "critical", "skeptical", "sceptical", "wary", "supportive", "dismissive", "contemptuous",
        "enamored", "suspicious", "distrustful", "scornful");
    frames(m, "to", "opposed", "committed", "hostile", "receptive", "sympathetic", "averse", "resistant");
    frames(m, "about over that", "worried", "concerned", "nervous", "optimistic", "pessimistic", "upbeat", "angry",
        "upset", "hopeful", "adamant", "bullish", "confident");
    frames(m, "that", "convinced", "certain", "aware");
    frames(m, "of that", "doubtful");
    frames(m, "about", "enthusiastic", "excited", "cautious", "uneasy");
    frames(m, "with", "unhappy", "pleased", "uncomfortable", "frustrated", "disappointed", "dissatisfied",
        "impressed");
    return Collections.unmodifiableMap(m);
  }

  /** Weekdays, months and other times that a possessive may name ({@code Tuesday's decision}), no holder. */
  private static final Pattern TIME_HOLDERS = Pattern.compile(
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april"
          + "|may|june|july|august|september|october|november|december|week|weekend|month|year)[’']s");
  /** Modifiers of a holder's noun with no telling ending ({@code her latest calls for}, {@code his own plan to}). */
  private static final Set<String> HOLDER_NOUN_MODIFIERS = words("latest", "own", "new", "recent", "early", "past",
      "public", "strong", "harsh", "sharp", "fierce", "firm", "staunch", "vocal", "full", "initial", "original",
      "longtime", "long-standing", "outspoken", "tepid", "lukewarm", "frequent", "first", "second", "last");
  private static final Set<String> COORDINATORS = words("and", "but", "or");
  private static final Pattern MODIFIER_SHAPE = Pattern.compile("[a-z-]{3,}(ed|ing|al|ful|ive|ous|ic|est|less)");

  private static boolean isHolderNounModifier(Token t) {
    String w = t.lower();
    return t.isWord() && !t.isCapitalized() && !PREPOSITIONS.contains(w)
        && (HOLDER_NOUN_MODIFIERS.contains(w) || MODIFIER_SHAPE.matcher(w).matches());
  }

  /**
   * As {@link #possessive}, also for a lower-case possessor after a name ({@code the Obama administration's hopes},
   * {@code the Clinton campaign's claim}); kept apart so the learned model's possessive candidates stay as trained.
   */
  private static int[] holderBefore(List<Token> toks, int i) {
    int[] p = possessive(toks, i);
    if (p != null || i < 2) {
      return p;
    }
    String w = toks.get(i - 1).lower();
    if (toks.get(i - 1).isCapitalized() || !(w.endsWith("’s") || w.endsWith("'s"))
        || !toks.get(i - 2).isCapitalized()) {
      return null;
    }
    int s = i - 2;
    while (s > 0 && toks.get(s - 1).isCapitalized() && i - s < MAX_SUBJECT_TOKENS) {
      s--;
    }
    return new int[] {s > 0 && toks.get(s - 1).lower().equals("the") ? s - 1 : s, i - 1};
  }

  /**
   * Index of the last token of the subject before the verb at {@code i}, past at most MAX_SUBJECT_TOKENS auxiliaries,
   * adverbs and time words ({@code Roe has long argued}); -1 when none is left.
   */
  private static int subjectEnd(List<Token> toks, int i) {
    int before = i - 1;
    while (before >= 0 && i - before <= MAX_SUBJECT_TOKENS && skippedBeforeVerb(toks.get(before))) {
      before--;
    }
    return before;
  }

  /**
   * True when token {@code k} opens the content that a noun's or adjective's {@code openers} allow: a that-clause, a
   * to-infinitive ({@code inf}; {@code infinitive} says one opens there) or the object of one of its prepositions,
   * no setting ({@code made the case that …}, {@code her decision to run}, {@code skeptical of X}).
   */
  private static boolean opensFrame(Set<String> openers, List<Token> toks, int k, boolean infinitive) {
    String next = toks.get(k).lower();
    return next.equals("that") ? openers.contains("that") && opensThatClause(toks, k + 1)
        : infinitive ? openers.contains("inf")
        : openers.contains(next) && !opensSettingNoun(toks, k + 1);
  }

  /** The text of holder tokens {@code first} to {@code last} without a possessive ending ({@code Roe's} → Roe). */
  private static String holderText(String text, List<Token> toks, int first, int last) {
    String holder = text.substring(toks.get(first).start(), toks.get(last).end());
    return holder.endsWith("’s") || holder.endsWith("'s") ? holder.substring(0, holder.length() - 2) : holder;
  }

  /** True when content {@code span} is only a pronoun ({@code opposed to it}), which says nothing on its own. */
  private static boolean pointsElsewhere(String text, int[] span) {
    return PRONOUN_CONTENTS.contains(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
  }

  /** True when token {@code k} opens its sentence, or follows an opener's comma or a conjunction that does. */
  private static boolean opensSentence(List<Token> toks, int k) {
    return k == 0 || k == 1 && (toks.get(0).lower().equals("but") || toks.get(0).lower().equals("and"))
        || toks.get(k - 1).text().equals(",") && k <= 6;
  }

  /**
   * {@code span} of a that-clause after a noun that is its sentence's subject, cut before the main verb: the clause's
   * own verb group first (an auxiliary with its participles and adverbs, or one lexical verb), then the next finite
   * form ends it ({@code Roe's claim that rents rose was disputed}, {@code her insistence that the vote was rigged
   * has not changed}).
   */
  private static int[] thatClauseEnd(List<Token> toks, int that, int[] span) {
    int k = that + 1;
    while (k < toks.size() && toks.get(k).start() < span[1] && !finiteForm(toks, k)
        && !(k > that + 1 && clauseHasVerb(toks, k, k + 1))) { // "The belief that the levee holds is widespread"
      k++;
    }
    if (k >= toks.size() || toks.get(k).start() >= span[1]) {
      return span;
    }
    boolean auxiliary = FINITE_AUXILIARIES.contains(toks.get(k).lower());
    k++;
    while (auxiliary && k < toks.size() && (QuoteExtractor.isPastForm(toks.get(k)) || isAdverb(toks.get(k))
        || BE.contains(toks.get(k).lower()) || toks.get(k).lower().equals("not"))) {
      k++;
    }
    for (; k < toks.size() && toks.get(k).start() < span[1]; k++) {
      if (!toks.get(k).isCapitalized() && FINITE_AUXILIARIES.contains(toks.get(k).lower())
          && !COORDINATORS.contains(toks.get(k - 2).lower())) { // "that rents rose and taxes will fall" goes on
        return cutBefore(toks, span, that, k);
      }
    }
    return span;
  }

  /**
   * A stance stated as an adjective after a linking verb: {@code Roe is critical of the plan}, {@code voters remain
   * skeptical of X}, {@code Roe was confident that …}, {@code Lee is opposed to the levy}; adverbs may stand between
   * ({@code is deeply skeptical of}). The subject is the linking verb's and must name someone. True when one was added.
   */
  private boolean adjectiveStance(Article article, int paragraph, String text, List<Token> toks, int i, int from,
      int to, Names names, List<Statement> out) {
    Set<String> openers = STANCE_ADJECTIVES.get(toks.get(i).lower());
    if (openers == null || i < 1 || i + 2 >= toks.size() || toks.get(i).isCapitalized()) {
      return false;
    }
    int j = i - 1;
    while (j > 0 && i - j <= 3 && !LINKING_VERBS.contains(toks.get(j).lower())
        && !PRONOUN_BE.matcher(toks.get(j).lower()).matches()
        && (isAdverb(toks.get(j)) || LOOSE_ADVERBS.contains(toks.get(j).lower())
            || DEGREE_WORDS.contains(toks.get(j).lower()) || toks.get(j).lower().equals("not"))) {
      j--;
    }
    Matcher contracted = PRONOUN_BE.matcher(toks.get(j).lower());
    if (contracted.matches()) { // "He’s deeply skeptical of X": the pronoun before the contracted verb
      Token t = toks.get(j);
      return addStance(article, paragraph, text, toks, i, to, openers, t.start(), t.start() + contracted.end(1),
          from, out);
    }
    if (!LINKING_VERBS.contains(toks.get(j).lower())) {
      return false;
    }
    int before = subjectEnd(toks, j);
    int[] subject = before < 0 ? null : subject(toks, before, true);
    if (subject == null || !headNamesActor(toks, subject) && !namesActor(toks, subject, names)) {
      return false;
    }
    return addStance(article, paragraph, text, toks, i, to, openers, toks.get(subject[0]).start(),
        toks.get(subject[1]).end(), from, out);
  }

  /** The stance of adjective {@code i} when its frame opens a content, held by the text from {@code holderStart}. */
  private static boolean addStance(Article article, int paragraph, String text, List<Token> toks, int i, int to,
      Set<String> openers, int holderStart, int holderEnd, int from, List<Statement> out) {
    int k = i + 1;
    String next = toks.get(k).lower();
    if (!opensFrame(openers, toks, k, false) || !next.equals("that") && !toks.get(k + 1).isWord()) {
      return false;
    }
    boolean object = !next.equals("that");
    int[] span = contentSpan(text, toks, object ? k + 1 : k, to, object, false);
    if (span == null || pointsElsewhere(text, span)) {
      return false;
    }
    int cueEnd = object ? toks.get(k).end() : toks.get(i).end();
    out.add(build(article, paragraph, text, span, text.substring(toks.get(i).start(), cueEnd),
        text.substring(holderStart, holderEnd), BELIEF, from, to));
    return true;
  }

  /**
   * {@code in (the) hopes that X} or {@code of X-ing} after a clause: the hope of the main clause's subject when it
   * names an actor ({@code Roe spoke to the board in hopes of winning its support}). True when one was added.
   */
  private boolean inHopes(Article article, int paragraph, String text, List<Token> toks, int i, int from, int to,
      Subjects subjects, Names names, List<Statement> out) {
    int h = i + 1 < toks.size() && toks.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
    if (i < 2 || h + 2 >= toks.size() || !toks.get(i).lower().equals("in")
        || !toks.get(h).lower().equals("hopes") && !toks.get(h).lower().equals("hope")) {
      return false;
    }
    String next = toks.get(h + 1).lower();
    boolean that = next.equals("that") && opensThatClause(toks, h + 2);
    if (!that && !(next.equals("of") && toks.get(h + 2).lower().endsWith("ing"))) {
      return false;
    }
    int[] main = subjects.main(paragraph, from, toks.get(i).start());
    int[] words = tokensOf(toks, main);
    int[] span = contentSpan(text, toks, that ? h + 1 : h + 2, to, !that, false);
    if (span == null || words == null || !namesActor(toks, words, names) || !headNamesActor(toks, words)) {
      return false;
    }
    out.add(build(article, paragraph, text, span, text.substring(toks.get(i).start(), toks.get(h).end()),
        text.substring(main[0], main[1]), BELIEF, from, to));
    return true;
  }

  /**
   * True when the sentence {@code toks} opens with a subordinate clause, after a coordinator or not ({@code While X
   * backs Y, …}, {@code And although they back X, …}), whose content ends at its comma.
   */
  private static boolean opensSubordinate(List<Token> toks) {
    int k = toks.size() > 1 && COORDINATORS.contains(toks.get(0).lower()) ? 1 : 0;
    return !toks.isEmpty() && SUBORDINATORS.contains(toks.get(k).lower());
  }

  /** Nouns of {@code in … of} that state a stance ({@code in favor of X}, {@code in support of X}). */
  private static final Set<String> STANCE_IN_NOUNS = words("favor", "favour", "support");

  /** Verbs before {@code in favor of} that state a stance ({@code voted in favor of X}, {@code spoke out in favor}). */
  private static final Set<String> FAVOR_VERBS = words("vote", "voted", "votes", "voting", "spoke", "speaks",
      "speaking", "spoken", "came", "comes", "come", "coming", "argued", "argues", "arguing", "ruled", "rules",
      "testified", "lobbied", "campaigned", "weighed", "leaned", "leans", "leaning");

  /**
   * {@code Roe voted in favor of the levy}, {@code Lee is in favor of X}, {@code Roe has spoken out in favor of X}: the
   * stance of the subject of the verb or linking verb before {@code in favor of}, its content the object after it.
   */
  private boolean inFavorOf(Article article, int paragraph, String text, List<Token> toks, int i, int from, int to,
      Names names, List<Statement> out) {
    if (i < 2 || i + 3 >= toks.size() || !toks.get(i).lower().equals("in")
        || !STANCE_IN_NOUNS.contains(toks.get(i + 1).lower())
        || !toks.get(i + 2).lower().equals("of") || !toks.get(i + 3).isWord()) {
      return false;
    }
    int j = i - 1;
    while (j > 0 && i - j <= 3 && (isAdverb(toks.get(j)) || toks.get(j).lower().equals("out")
        || toks.get(j).lower().equals("all") || SKIP_BEFORE_VERB.contains(toks.get(j).lower())
        && !LINKING_VERBS.contains(toks.get(j).lower()))) {
      j--;
    }
    String v = toks.get(j).lower();
    if (!FAVOR_VERBS.contains(v) && !LINKING_VERBS.contains(v)) {
      return false;
    }
    int before = subjectEnd(toks, j);
    int[] span = contentSpan(text, toks, i + 3, to, true, opensSubordinate(toks));
    if (span == null || before < 0) {
      return false;
    }
    span = objectCommaEnd(toks, i + 3, span);
    int[] subject = subject(toks, before, true);
    boolean linking = !FAVOR_VERBS.contains(v);
    // only people vote: "The chamber's majority voted in favor of X" needs no name
    boolean vote = v.equals("voted") || v.equals("vote");
    if (subject == null || !vote && !namesActor(toks, subject, names) && (linking || !headNamesActor(toks, subject))) {
      return false; // "The odds are in favor of Lee" names no one
    }
    out.add(build(article, paragraph, text, span, text.substring(toks.get(j).start(), toks.get(i + 2).end()),
        text.substring(toks.get(subject[0]).start(), toks.get(subject[1]).end()), BELIEF, from, to));
    return true;
  }

  /** Nouns of a stance that one receives from those who hold it ({@code won the endorsement of X}). */
  private static final Set<String> SUPPORT_NOUNS = words("endorsement", "endorsements", "backing", "support");

  /** Verbs of receiving or holding a stance noun ({@code won the endorsement of}, {@code has the backing of}). */
  private static final Set<String> RECEIVING_VERBS = words("win", "wins", "won", "winning", "secure", "secures",
      "secured", "securing", "receive", "receives", "received", "receiving", "get", "gets", "got", "gotten",
      "getting", "gain", "gains", "gained", "gaining", "earn", "earns", "earned", "earning", "land", "lands",
      "landed", "snag", "snags", "snagged", "has", "have", "had", "collect", "collects", "collected", "draw", "draws",
      "drew", "drawn", "drawing", "enjoy", "enjoys", "enjoyed", "consolidated", "lacks", "lacked");

  /** Verbs that receive a stance noun with {@code up} ({@code picked up the endorsement of}, {@code sewn up}). */
  private static final Set<String> RECEIVING_UP_VERBS = words("pick", "picks", "picked", "picking", "lock", "locks",
      "locked", "locking", "sewn", "sewed");

  /** Words between a receiving verb and its stance noun ({@code won the full support of}, {@code a single}). */
  private static final Set<String> SUPPORT_NOUN_OPENERS = words("the", "a", "an", "his", "her", "their", "its", "any",
      "no", "more", "some", "single", "full", "formal", "overwhelming", "broad", "strong", "key", "official");

  /** A negated auxiliary as one token ({@code hasn’t}), which {@link #subjectEnd} does not skip. */
  private static final Pattern NEGATED_AUXILIARY = Pattern.compile("[a-z]+n['’]t");

  /**
   * {@code Roe won the endorsement of Lee}, {@code Roe has the backing of most unions}, {@code Roe received support
   * from 40 percent of voters}: the {@code of}/{@code from} phrase holds a stance toward the verb's subject, which
   * PolNeAR marks as the content with the phrase as its source. A relative pronoun's clause ({@code Roe, who had the
   * backing of Lee}) gives none: its content would be the bare pronoun. Added to {@code late}, so a relation whose
   * content holds it keeps its place ({@code Roe has support from 40 percent, the poll found}) and a later verb does
   * not borrow the phrase as its speaker. True when one was added.
   */
  private boolean receivedSupport(Article article, int paragraph, String text, List<Token> toks, int i, int from,
      int to, List<Statement> late) {
    if (i < 2 || i + 2 >= toks.size() || !SUPPORT_NOUNS.contains(toks.get(i).lower())
        || !(toks.get(i + 1).lower().equals("of") || toks.get(i + 1).lower().equals("from"))) {
      return false;
    }
    int j = i - 1;
    while (j > 0 && i - j <= 3 && SUPPORT_NOUN_OPENERS.contains(toks.get(j).lower())) {
      j--;
    }
    if (toks.get(j).lower().equals("up") && j > 0 && RECEIVING_UP_VERBS.contains(toks.get(j - 1).lower())) {
      j--;
    } else if (!RECEIVING_VERBS.contains(toks.get(j).lower())) {
      return false;
    }
    int before = subjectEnd(toks, j);
    while (before >= 0 && NEGATED_AUXILIARY.matcher(toks.get(before).lower()).matches()) {
      before = subjectEnd(toks, before); // "hasn’t received"
    }
    int sourceEnd = agentEnd(toks, i + 2, false);
    if (before < 0 || sourceEnd < 0 || RELATIVE_WORDS.contains(toks.get(before).lower())) {
      return false;
    }
    if (sourceEnd + 2 < toks.size() && toks.get(sourceEnd + 1).lower().equals("in")
        && Character.isDigit(toks.get(sourceEnd + 2).text().charAt(0))) { // "from six in 10 voters"
      sourceEnd = Math.max(sourceEnd + 2, agentEnd(toks, sourceEnd + 3, false));
    }
    int[] subject = subject(toks, before, true);
    if (subject == null) {
      return false;
    }
    int first = subject[0];
    for (int k = subject[0]; k < subject[1]; k++) {
      if (Tokenizer.isDash(text, toks.get(k)) || TIME_WORDS.contains(toks.get(k).lower()) && k == first
          || toks.get(k).lower().equals("with")) {
        first = k + 1; // "INDIANAPOLIS - Cruz", "Earlier this week Cruz", "with Roe receiving support from X"
      }
    }
    int[] span = {toks.get(first).start(), toks.get(subject[1]).end()};
    late.add(build(article, paragraph, text, span, text.substring(toks.get(j).start(), toks.get(i + 1).end()),
        text.substring(toks.get(i + 2).start(), toks.get(sourceEnd).end()), BELIEF, from, to));
    return true;
  }

  /**
   * A speech act or stance named by a noun whose holder a possessive names: {@code Roe's criticism of X}, {@code his
   * support for X}, {@code her decision to run}, {@code their complaints that …}; up to two adjective-like modifiers
   * may stand between ({@code her repeated calls for X}; not {@code Roe's wife calls for}). The content is what the
   * noun's frame opens, cut before the main verb when the noun phrase is the subject ({@code Roe's claim that rents
   * rose was disputed}). A day is no holder ({@code Tuesday's decision}). A noun before a complement that-clause
   * needs no holder ({@code complaints that …}, {@code the belief that …}, {@code Roe rejected the suggestion that
   * …}):
   * PolNeAR marks these with no Source or one the phrase leaves unnamed, so the relation has no speaker; a noun that
   * opens a sentence's opening phrase ends its clause at the comma ({@code Despite complaints that X, Roe …}). True
   * when one was added.
   */
  private boolean nounOfHolder(Article article, int paragraph, String text, List<Token> toks, int i, int from, int to,
      Names names, List<Statement> out) {
    String w = toks.get(i).lower();
    Set<String> openers = NOUNS_OF_HOLDER.get(w);
    if (openers == null || i + 2 >= toks.size() || toks.get(i).isCapitalized() && (i > 0
        || !toks.get(i + 1).lower().equals("that"))) {
      return false; // "Why Roe's Attacks On Lee Could Backfire" is a headline; "Complaints that …" opens a sentence
    }
    int m = i;
    while (m > 0 && i - m < 2 && isHolderNounModifier(toks.get(m - 1))) {
      m--; // "her repeated calls for", not "Roe's wife calls for": a modifier, not the possessor's own noun
    }
    int[] holder = holderBefore(toks, i);
    for (int k = i - 1; holder == null && k >= m; k--) {
      holder = holderBefore(toks, k);
    }
    int k = i + 1;
    String next = toks.get(k).lower();
    boolean determined = m > 0 && (QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(m - 1).lower())
        || DEMONSTRATIVES.contains(toks.get(m - 1).lower()));
    int start = determined ? m - 1 : m;
    // "complaints that …", "the belief that …": no holder named; a verb form with no determiner or modifier is the
    // verb's ("Roe hopes that", "continues to doubt that", "Some doubt that")
    boolean bare = holder == null && next.equals("that") && openers.contains("that") && complementClause(toks, k + 1)
        && (determined || m < i || !verbs.containsKey(w) && !speech.isCue(w));
    if (bare) {
      holder = new int[] {start, start};
    } else if (holder == null || TIME_HOLDERS.matcher(toks.get(holder[1]).lower()).matches()
        || !QuoteExtractor.POSSESSIVES.contains(toks.get(holder[0]).lower()) && !headNamesActor(toks, holder)
        && !namesActor(toks, holder, names)) { // the article's names are collected only when asked for
      return false; // "Tuesday's decision to close the plant" names a day, not a holder
    }
    boolean infinitive = next.equals("to") && opensInfinitive(toks, k + 1) && !toks.get(k + 1).lower().endsWith("s");
    if (!opensFrame(openers, toks, k, infinitive)) {
      return false;
    }
    boolean object = !next.equals("that") && !infinitive;
    int content = object ? k + 1 : k;
    int[] span = contentSpan(text, toks, content, to, object, false);
    if (span == null) {
      return false;
    }
    if (!next.equals("that")) { // "Roe's support for the wall has not wavered"; "her plan to have X …" keeps "have"
      span = reducedRelativeEnd(toks, infinitive ? content + 1 : content, span);
    } else if (opensSentence(toks, holder[0])) {
      span = thatClauseEnd(toks, content, span); // "Roe's claim that rents rose was disputed"
    }
    int opener = start > 0 && PREPOSITIONS.contains(toks.get(start - 1).lower()) ? start - 1 : start;
    if (bare && PREPOSITIONS.contains(toks.get(opener).lower()) && opensSentence(toks, opener)) {
      span = relativeClauseEnd(toks, content, span); // "Despite complaints that X, Roe …": ends at the comma
    }
    if (pointsElsewhere(text, span)) {
      return false; // "her opposition to it" says nothing on its own
    }
    int cueEnd = object ? toks.get(k).end() : toks.get(i).end();
    String speaker = bare ? null : holderText(text, toks, holder[0], holder[1]);
    String relation = SPEECH_NOUNS_OF_HOLDER.containsKey(w) ? Statement.SPEECH : BELIEF;
    out.add(build(article, paragraph, text, span, text.substring(toks.get(i).start(), cueEnd), speaker, relation,
        from, to));
    return true;
  }

  /**
   * True when token {@code k}, after a noun's {@code that}, opens a complement clause ({@code the claim that rents
   * rose}), not a relative one whose subject is the gap ({@code the claim that was made}, {@code that angers
   * voters}) or whose verb's object is ({@code the rumors that he spread last year}, {@code … that he floated.}: the
   * verb right before a time word or the end). An object gap before a preposition ({@code the complaints that
   * residents filed in May}) is not told from an intransitive verb ({@code the belief that prices rose in May}).
   */
  private static boolean complementClause(List<Token> toks, int k) {
    if (!opensThatClause(toks, k) || !toks.get(k).isWord() || finiteForm(toks, k)
        || QuoteExtractor.isPastForm(toks.get(k)) || clauseHasVerb(toks, k, k + 1) && !(k + 1 < toks.size()
            && (finiteForm(toks, k + 1) || clauseHasVerb(toks, k + 1, k + 2)))) {
      return false; // "the claim that was made", "the claim that angers voters"; not "complaints that residents filed"
    }
    for (int j = k + 1; j < toks.size() && j <= k + 6; j++) {
      if (finiteForm(toks, j) || clauseHasVerb(toks, j, j + 1)) {
        Token after = j + 1 < toks.size() ? toks.get(j + 1) : null; // "the rumors that he spread last year"
        return after == null || after.isWord() && !TIME_WORDS.contains(after.lower());
      }
    }
    return true;
  }

  private static void frames(Map<String, Set<String>> nouns, String openers, String... words) {
    for (String w : words) {
      nouns.put(w, words(openers.split(" ")));
    }
  }

  /**
   * A speech act named by a light verb and a speech noun ({@link #LIGHT_VERB_NOUNS}), its content what the noun's
   * frame opens: {@code made the case (to voters) that …}, {@code made it clear that …}, {@code makes no mention of
   * X}, {@code took aim at X}, {@code raised questions about X}, {@code made a promise to cut taxes}; a stance with
   * {@link #STANCE_LIGHT_NOUNS} ({@code threw her support behind X}) is a belief. The subject is the verb's as for
   * relation verbs, and must name someone (a name, pronoun or plural). True when one was added.
   */
  private boolean lightVerbSpeech(Article article, int paragraph, String text, List<Token> toks, int i, int from, int to,
      Subjects subjects, Names names, List<Statement> out) {
    Map<String, Set<String>> nouns = LIGHT_VERB_NOUNS.get(toks.get(i).lower());
    if (nouns == null || i == 0) {
      return false;
    }
    int k = i + 1;
    Set<String> openers;
    boolean make = toks.get(i).lower().startsWith("ma");
    if (make && k + 1 < toks.size() && toks.get(k).lower().equals("it") && CLEAR.contains(toks.get(k + 1).lower())) {
      k += 2;
      openers = CLEAR_OPENERS;
    } else if (make && k < toks.size() && CLEAR.contains(toks.get(k).lower())) {
      k++;
      openers = CLEAR_OPENERS;
    } else {
      while (k < toks.size() && k - i <= 5 && toks.get(k).isWord() && !toks.get(k).isCapitalized()
          && !nouns.containsKey(toks.get(k).lower()) && !PREPOSITIONS.contains(toks.get(k).lower())
          && !COMPLEMENTIZERS.contains(toks.get(k).lower())) {
        k++;
      }
      if (k >= toks.size() || !nouns.containsKey(toks.get(k).lower())) {
        return false;
      }
      openers = nouns.get(toks.get(k).lower());
      k++;
    }
    if (k + 1 >= toks.size()) {
      return false;
    }
    String next = toks.get(k).lower();
    boolean infinitive = next.equals("to") && opensInfinitive(toks, k + 1) && !toks.get(k + 1).lower().endsWith("s");
    if (openers.contains("that") && !next.equals("that") && !(infinitive && openers.contains("inf"))) {
      for (int j = k; j < toks.size() && j <= k + 8 && toks.get(j).isWord(); j++) {
        if (toks.get(j).lower().equals("that") && opensThatClause(toks, j + 1)) {
          k = j; // "made the case to Democrats that …", "made clear over the weekend that …"
          next = "that";
          break;
        }
      }
    }
    boolean opens = opensFrame(openers, toks, k, infinitive) || !next.equals("that") && !infinitive
        && openers.contains(next + "-name") && k + 1 < toks.size() && namesPerson(toks.get(k + 1));
    if (!opens) {
      return false;
    }
    int content = next.equals("that") || infinitive && next.equals("to") ? k : k + 1;
    boolean object = content == k + 1;
    int[] span = contentSpan(text, toks, content, to, object, false);
    span = object && span != null ? andPastEnd(toks, content, span) : span;
    int before = subjectEnd(toks, i);
    if (span == null || before < 0) {
      return false;
    }
    int[] subject = subject(toks, before, true);
    if (subject == null) {
      subject = borrowedSubject(toks, i, paragraph, from, subjects, names);
    }
    if (subject == null || !namesActor(toks, subject, names) && !headNamesActor(toks, subject)) {
      return false; // "The rising water raised concerns about the levee" names no one who spoke
    }
    int cueEnd = object ? toks.get(k).end() : toks.get(k - 1).end();
    String relation = STANCE_LIGHT_NOUNS.contains(toks.get(object ? k - 1 : k - 2).lower()) ? BELIEF : Statement.SPEECH;
    out.add(build(article, paragraph, text, span, text.substring(toks.get(i).start(), cueEnd),
        text.substring(toks.get(subject[0]).start(), toks.get(subject[1]).end()), relation, from, to));
    return true;
  }

  /**
   * True when token {@code q} after a passive {@code asked} opens a noun phrase headed by {@code question(s)} within
   * five words ({@code was asked a straightforward question about X}, {@code has been asked this question}).
   */
  private static boolean askedQuestion(List<Token> toks, int q) {
    if (q >= toks.size() || !(QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(q).lower())
        || OBJECT_OPENERS.contains(toks.get(q).lower()))) {
      return false;
    }
    for (int j = q + 1; j < toks.size() && j <= q + 4 && toks.get(j).isWord(); j++) {
      if (toks.get(j).lower().equals("question") || toks.get(j).lower().equals("questions")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Index of the question word after an adverb or a short setting between a passive {@code asked} and its question
   * ({@code Asked specifically what …}, {@code Asked on Monday whether …}, {@code Asked at a briefing in Washington
   * about …}): at most eight words with no comma, opened by an adverb or a preposition; else {@code q}.
   */
  private static int questionAfterSetting(List<Token> toks, int q) {
    if (q >= toks.size() || QUESTION_OPENERS.contains(toks.get(q).lower())
        || !(isAdverb(toks.get(q)) || SETTING_PREPOSITIONS.contains(toks.get(q).lower()))) {
      return q;
    }
    for (int j = q + 1; j < toks.size() && j <= q + 8 && toks.get(j).isWord(); j++) {
      String w = toks.get(j).lower();
      if (QUESTION_OPENERS.contains(w) && !w.equals("to") && !w.equals("when") && !w.equals("where")
          && !w.equals("which") && !w.equals("who")) {
        return j;
      }
    }
    return q;
  }

  /**
   * First token of the subject of a hedged clause that ends at token {@code end}: a pronoun ({@code it appears},
   * {@code which is expected}), the subject of {@link #subject}, or else the words back to a clause word, a cue or
   * a punctuation mark, as a hedge needs no actor ({@code The plan}, {@code The timetable} are subjects here but
   * no speakers). -1 when there is none, or for a free relative {@code what}: "in what appears to have been a
   * briefing" names a thing and hedges no claim.
   */
  private int hedgedSubjectStart(List<Token> toks, int end) {
    if (BARE_SUBJECTS.contains(toks.get(end).lower())) {
      return toks.get(end).lower().equals("what") ? -1 : end;
    }
    int[] subject = subject(toks, end);
    if (subject != null) {
      return subject[0];
    }
    int s = end;
    while (s >= 0 && end - s < MAX_SUBJECT_TOKENS && toks.get(s).isWord()
        && !SUBJECT_STOP.contains(toks.get(s).lower()) && !speech.isCue(toks.get(s).lower())) {
      s--;
    }
    return s == end ? -1 : s + 1;
  }

  /**
   * End offset of a hedged clause: {@code end}, or earlier at a colon, a dash, or a comma before a closing appositive
   * or aside ({@code , the sweeping law that …}, {@code , given …}, {@code , with X doing …}), which the writer
   * adds outside the claim.
   */
  private static int hedgeEnd(List<Token> toks, int first, int end) {
    for (int k = first + 1; k < toks.size() && toks.get(k).start() < end; k++) {
      String w = toks.get(k).lower();
      boolean aside = w.equals(",") && k + 1 < toks.size() && HEDGE_ASIDES.contains(toks.get(k + 1).lower());
      if (aside || w.equals(":") || w.equals("--") || w.equals("—") || w.equals("–")) {
        return toks.get(k - 1).end();
      }
    }
    return end;
  }

  /**
   * True when token {@code k} can open the complement of a hedging seem / appear: a to-infinitive or
   * {@code that}; after seem also {@code like}, {@code as} or a predicate word ("seemed rattled"), never a place or
   * occasion; after appear only {@code as if} / {@code as though} or an adjective ("appeared tired", "appears
   * likely"), since appear with anything else is mostly physical ("appeared online", "appeared twice").
   */
  private static boolean hedgeComplement(List<Token> toks, int k) {
    if (k >= toks.size() || !toks.get(k).isWord()) {
      return false;
    }
    String w = toks.get(k).lower();
    if (w.equals("to")) {
      return opensInfinitive(toks, k + 1);
    }
    if (APPEAR.contains(toks.get(k - 1).lower())) {
      return w.equals("that") || w.equals("as") && k + 1 < toks.size()
          && (toks.get(k + 1).lower().equals("if") || toks.get(k + 1).lower().equals("though"))
          || APPEAR_ADJECTIVES.contains(w) || ADJECTIVE_ENDING.matcher(w).matches();
    }
    return w.equals("that") || w.equals("like") || w.equals("as") || !PREPOSITIONS.contains(w)
        && !NOT_HEDGE_COMPLEMENTS.contains(w) && !toks.get(k).isCapitalized() && !NOUN_MARKERS.contains(w);
  }

  /**
   * Whether an offset of one paragraph is inside a quotation opened before it: more opening than closing curly
   * marks before it (a stray closing mark does not count below zero), or an odd number of straight double marks
   * (an inch mark after a digit, {@code 6'2"}, is none). Words inside a quote are the quoted speaker's. Offsets
   * are asked in increasing order, so a paragraph is read once.
   */
  private static final class QuoteDepth {
    private final String text;
    private int position;
    private int curly;
    private int straight;

    QuoteDepth(String text, int paragraphStart) {
      this.text = text;
      this.position = paragraphStart;
    }

    boolean inside(int at) {
      for (; position < at; position++) {
        char c = text.charAt(position);
        curly = c == '“' ? curly + 1 : c == '”' ? Math.max(0, curly - 1) : curly;
        straight += c == '"' && !afterNumber(position) ? 1 : 0;
      }
      return curly > 0 || straight % 2 == 1;
    }

    /** True when the mark at {@code at} follows a digit, or a digit and a foot mark: a measure, not a quote. */
    private boolean afterNumber(int at) {
      int k = at - 1;
      if (k >= 0 && (text.charAt(k) == '\'' || text.charAt(k) == '’')) {
        k--;
      }
      return k >= 0 && Character.isDigit(text.charAt(k));
    }
  }

  /**
   * Words an article capitalises mid-sentence somewhere: names, also where they open a sentence (title-case headlines
   * do not count). Collected on first use, as few articles need it.
   */
  private static final class Names {
    private final Article article;
    private final List<List<Token>> tokens;
    private final List<List<int[]>> sentences;
    private Set<String> words;

    Names(Article article, List<List<Token>> tokens, List<List<int[]>> sentences) {
      this.article = article;
      this.tokens = tokens;
      this.sentences = sentences;
    }

    boolean contains(String word) {
      if (words == null) {
        Set<String> found = new HashSet<>();
        forEachSentence(article, tokens, sentences, (p, sent, from, to, quotes) -> {
          boolean titleCase = true; // every word capitalised but short function words ("Roe and Lee Clash on Trade")
          for (Token t : sent) {
            titleCase &= !t.isWord() || t.isCapitalized() || TITLE_LOWER_WORDS.contains(t.lower());
          }
          if (!titleCase) {
            for (int i = 1; i < sent.size(); i++) {
              if (sent.get(i).isCapitalized() && sent.get(i - 1).isWord()) {
                found.add(sent.get(i).text());
              }
            }
          }
        });
        words = found;
      }
      return words.contains(word);
    }
  }

  /**
   * Subjects as the speech rules find them ({@link QuoteExtractor}), as text offsets, or null: they know more subject
   * shapes than {@link #subject} (appositives, dash asides, relative clauses between commas).
   */
  interface Subjects {
    Subjects NONE = new Subjects() {
      @Override
      public int[] main(int paragraph, int from, int at) {
        return null;
      }

      @Override
      public int[] before(int paragraph, int from, int at) {
        return null;
      }
    };

    /** Subject of the main clause of the sentence starting at {@code from} in {@code paragraph}, before {@code at}. */
    int[] main(int paragraph, int from, int at);

    /** Subject of the verb at offset {@code at} in the sentence starting at {@code from} in {@code paragraph}. */
    int[] before(int paragraph, int from, int at);
  }

  /**
   * Speaker texts of statements by start offset, the first one kept at equal starts (existing before found), so a
   * participle finds the speaker before it by one lookup; the relations found are read in as the scan reaches them.
   */
  private static final class Speakers {
    private final NavigableMap<Integer, String> byStart = new TreeMap<>();
    private final NavigableMap<Integer, String> byEnd = new TreeMap<>();
    private final Map<Integer, Integer> ends = new HashMap<>();
    private int seen;

    Speakers(List<Statement> existing) {
      existing.forEach(this::add);
    }

    private void add(Statement s) {
      if (s.getSpeakerText() != null) {
        byStart.putIfAbsent(s.getCharStart(), s.getSpeakerText());
        ends.putIfAbsent(s.getCharStart(), s.getCharEnd());
        byEnd.putIfAbsent(s.getCharEnd(), s.getSpeakerText());
      }
    }

    /**
     * Speaker text of the last statement that starts in {@code [from, at)}, else of one opened in an earlier sentence
     * that runs over {@code at} (a quote split around its attribution: {@code “A. B,” Roe said, referring to X. “C.”})
     * or ends in {@code [from, at)} ({@code “A. B,” Roe said, referring to X.}); null when none.
     */
    String lastIn(int from, int at, List<Statement> found) {
      for (; seen < found.size(); seen++) {
        add(found.get(seen));
      }
      Map.Entry<Integer, String> e = byStart.lowerEntry(at);
      if (e != null && (e.getKey() >= from || ends.get(e.getKey()) > at)) {
        return e.getValue();
      }
      e = byEnd.lowerEntry(at);
      return e == null || e.getKey() < from ? null : e.getValue();
    }
  }

  /**
   * True for a lower-case -ly word that is no noun ({@code bluntly}, {@code repeatedly}; not {@code family},
   * {@code rally}): an adverb between a subject and its verb.
   */
  static boolean isAdverb(Token t) {
    String w = t.text();
    return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0)) && !LY_NOUNS.contains(w);
  }

  private static boolean isBareForm(Verb verb, Token t) {
    return t.lower().equals(verb.lemma());
  }

  /** True when the {@code -s} form at {@code i} follows a number, as a counted noun does ({@code scored 30 points}). */
  private static boolean countedNoun(List<Token> toks, int i) {
    return i > 0 && toks.get(i).lower().endsWith("s") && Character.isDigit(toks.get(i - 1).text().charAt(0));
  }

  /**
   * True when the bare form at {@code i} follows a modal, a negation, a plural pronoun or a plural noun, as a
   * verb does ("they back", "voters support"); "Alabama support" and "the party's plan" are nouns.
   */
  private static boolean bareFormIsVerb(List<Token> toks, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String w = toks.get(k).lower();
      if (BARE_FORM_SUBJECTS.contains(w) || NEGATED_AUXILIARY.matcher(w).matches()) {
        return true; // "he doesn’t want X", "donors couldn’t support X"
      }
      if (!SKIP_BEFORE_VERB.contains(w) && !isAdverb(toks.get(k))) {
        return isPluralNoun(toks.get(k)) || pluralBeforeModifier(toks, k) || shareOpensClause(toks, k);
      }
    }
    return false;
  }

  /**
   * True when token {@code k} ends a share that opens its clause ({@code 57 percent see}, {@code Only 41% identify});
   * after a verb, preposition or possessive a share is a noun's amount ({@code enjoys 48% support}).
   */
  private static boolean shareOpensClause(List<Token> toks, int k) {
    int b = k - 1;
    if (toks.get(k).lower().equals("percent") || toks.get(k).text().equals("%")) {
      b--;
    }
    if (b < -1 || !Character.isDigit(toks.get(b + 1).text().charAt(0))
        || b + 1 == k && !toks.get(k).text().endsWith("%")) {
      return false;
    }
    while (b >= 0 && (APPROXIMATORS.contains(toks.get(b).lower()) || isAdverb(toks.get(b))
        || SHARE_OPENERS.contains(toks.get(b).lower()))) {
      b--;
    }
    return b < 0 || !toks.get(b).isWord();
  }

  /**
   * True when the bare form at {@code i} is also a particle ({@link #PARTICLES}) and follows a lower-case word that is
   * no subject, auxiliary, adverb or {@code to}: the particle of a phrasal verb ({@code goes back}, {@code beat back
   * a challenge}), not a verb after its subject ({@code Women back Roe}, {@code wouldn't back Roe}).
   */
  private static boolean particleOfVerb(List<Token> toks, int i) {
    if (i == 0 || !PARTICLES.contains(toks.get(i).lower())) {
      return false;
    }
    Token prev = toks.get(i - 1);
    String w = prev.lower();
    return prev.isWord() && !prev.isCapitalized() && !BARE_FORM_SUBJECTS.contains(w) && !PLURAL_PEOPLE.contains(w)
        && !SKIP_BEFORE_VERB.contains(w) && !w.equals("to") && !isAdverb(prev)
        && !NEGATED_AUXILIARY.matcher(w).matches();
  }

  /**
   * True when a time phrase opens at token {@code k} ({@code Sunday}, {@code this week}, {@code last month},
   * {@code this spring}); {@code this} before another word is a determiner ({@code support this plan}).
   */
  private static boolean opensTime(List<Token> toks, int k) {
    String w = toks.get(k).lower();
    if (!w.equals("this")) {
      return TIME_WORDS.contains(w);
    }
    String next = k + 1 < toks.size() ? toks.get(k + 1).lower() : "";
    return TIME_WORDS.contains(next) || MONTHS.contains(next) || SEASONS.contains(next);
  }

  /** True when an {@code of} within five words back from token {@code from} follows a singular noun. */
  private static boolean singularBeforeOf(List<Token> toks, int from) {
    for (int j = from; j > 0 && j > from - 5 && toks.get(j).isWord(); j--) {
      if (toks.get(j).lower().equals("of")) {
        Token head = toks.get(j - 1);
        return head.isWord() && !isPluralNoun(head) && !AMOUNT_WORDS.contains(head.lower());
      }
    }
    return false;
  }

  /** True for a plural noun or a word that counts people: a document noun, {@code surveyed}, {@code voters}. */
  private static boolean isPluralNoun(Token t) {
    String w = t.lower();
    return EVIDENCE_NOUNS.contains(w) || SURVEYED.contains(w) || PLURAL_PEOPLE.contains(w)
        || endsInS(w) && !w.endsWith("’s") && !w.endsWith("'s") && !w.endsWith("us") && t.isWord();
  }

  /**
   * True when the words ending at token {@code end} are a prepositional modifier of a plural noun before it, within
   * eight words and no punctuation ({@code Voters in each state want}, {@code Men under 35 support}, {@code 4 in 10
   * want}): the plural subject, not the modifier's noun, agrees with a bare verb form.
   */
  private static boolean pluralBeforeModifier(List<Token> toks, int end) {
    for (int k = end - 1; k > 0 && k >= end - 8; k--) {
      Token t = toks.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (MODIFIER_PREPOSITIONS.contains(t.lower())) {
        Token head = toks.get(k - 1);
        return (isPluralNoun(head) || Character.isDigit(head.text().charAt(0)) && t.lower().equals("in"))
            && !singularBeforeOf(toks, k - 2); // not "The leader of the unions in Ohio support"
      }
    }
    return false;
  }

  /**
   * {@code In a May poll by X, most voters …}: the clause after the comma, sourced to the poll (evidence);
   * {@link #pollHead} must find a poll, survey, study or report heading the phrase, so {@code In the average
   * household, …} is no source.
   */
  private void inPoll(Article article, int paragraph, String text, List<Token> toks, int from, int to,
      List<Statement> out) {
    if (toks.size() < 5 || !toks.get(0).lower().equals("in") || pollHead(toks, 0, POLL_HEADS) < 0) {
      return;
    }
    for (int i = 2; i < toks.size() && i <= 16; i++) {
      if (toks.get(i).text().equals(",")) {
        int[] span = contentSpan(text, toks, i + 1, to, false, false);
        if (span != null) {
          out.add(build(article, paragraph, text, span, toks.get(0).text(),
              text.substring(toks.get(1).start(), toks.get(i - 1).end()), EVIDENCE, from, to));
        }
        return;
      }
    }
  }

  /**
   * {@code Roe leads Lee by 8 points in the latest Lakeside poll.}, {@code Roe's rating in a new poll stands at
   * 53 %.}: a poll phrase inside its clause sources the clause (evidence, cue {@code in}), as PolNeAR marks it. The
   * content is the clause without the phrase: from its start ({@link #pollClauseStart}) to the phrase, and on from
   * the phrase's end ({@link #pollSourceEnd}) to the clause's end when the clause goes on; true when added. A
   * generic {@code in the polls} (mostly a standing, {@code his rise in the polls}) is no source.
   */
  private boolean pollInClause(Article article, int paragraph, String text, List<Token> toks, int in, int from,
      int to, List<Statement> out) {
    int head = in > 0 && toks.get(in).lower().equals("in") ? pollHead(toks, in, POLLS) : -1;
    if (head < 0 || head == in + 1 || head == in + 2 && toks.get(in + 1).lower().equals("the")) {
      return false;
    }
    int end = pollSourceEnd(toks, head);
    int start = pollClauseStart(text, toks, in);
    int last = in - 1;
    while (last >= start && !toks.get(last).isWord()) {
      last--;
    }
    boolean goesOn = end + 1 < toks.size() && toks.get(end + 1).isWord()
        && !CLAUSE_BREAKS.contains(toks.get(end + 1).lower());
    int[] rest = goesOn ? contentSpan(text, toks, end + 1, to, false, false) : null;
    if (!clauseHasVerb(toks, start, in)
        && (rest == null || !clauseHasVerb(toks, end + 1, Tokenizer.indexAtOrAfter(toks, rest[1])))
        || hasRelativeWord(toks, start, in)) {
      return false; // no clause of its own: "Roe, the leader in Iowa polls", "Lee, who is third in most polls"
    }
    String source = text.substring(toks.get(in + 1).start(), toks.get(end).end());
    if (last < start || rest == null) {
      int[] span = last < start ? rest : new int[] {toks.get(start).start(), toks.get(last).end()};
      out.add(build(article, paragraph, text, span, toks.get(in).text(), source, EVIDENCE, from, to));
    } else {
      out.add(elided(article, paragraph, text, new int[] {toks.get(start).start(), toks.get(last).end(), rest[0],
          rest[1]}, toks, in, new int[] {in + 1, end}, EVIDENCE, from, to));
    }
    return true;
  }

  /** The dash that opens the aside which the dash at token {@code k} closes, or -1 when none does. */
  private static int asideOpening(String text, List<Token> toks, int k) {
    for (int j = k - 2; j > 0; j--) {
      if (isDash(text, toks, j)) {
        return j;
      }
    }
    return -1;
  }

  /** True when a relative word stands among tokens {@code from} to {@code to} (exclusive). */
  private static boolean hasRelativeWord(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (RELATIVE_WORDS.contains(toks.get(k).lower()) || toks.get(k).lower().equals("whose")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of the poll phrase opened by {@code in} at token {@code in}: the first of {@code heads} within twelve
   * words, all words before it modifiers of a noun phrase (no clause word, auxiliary or preposition but {@code and},
   * and {@code of} after {@code average}: {@code the RealClearPolitics average of recent polls}) and the word after
   * it one that ends the phrase ({@link #endsPollPhrase}); -1 when there is none.
   */
  private static int pollHead(List<Token> toks, int in, Set<String> heads) {
    for (int k = in + 1; k < toks.size() && k <= in + 12; k++) {
      Token t = toks.get(k);
      String w = t.lower();
      if (heads.contains(w)) {
        return k + 1 >= toks.size() || endsPollPhrase(toks.get(k + 1)) ? k : -1;
      }
      boolean modifier = t.isWord() ? !SUBJECT_STOP.contains(w) && !FINITE_AUXILIARIES.contains(w)
          && !w.equals("of") || w.equals("and") || w.equals("of") && toks.get(k - 1).lower().startsWith("average")
          : POLL_NAME_MARKS.contains(t.text());
      if (!modifier) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when token {@code t} after a poll noun ends its phrase or goes on with its source: a mark, a name, a time
   * word, a release participle, a source preposition, an {@code -ing} modifier, a word that opens another clause or
   * the verb of the clause the phrase sits in ({@code in a poll released Monday}, {@code in a Lakeside poll,},
   * {@code a rating in the latest poll stands at}); not a noun it modifies or a verb it is the subject of ({@code a
   * poll tax case}, {@code poll numbers}, {@code polls closed}, {@link #POLL_VERBS}).
   */
  private static boolean endsPollPhrase(Token t) {
    String w = t.lower();
    if (POLL_COMPOUNDS.contains(w)) {
      return false;
    }
    return !t.isWord() || t.isCapitalized() || TIME_WORDS.contains(w) || POLL_PARTICIPLES.contains(w)
        || POLL_SOURCE_PREPOSITIONS.contains(w) || POLL_TOPIC_PREPOSITIONS.contains(w) || CLAUSE_BREAKS.contains(w)
        || w.endsWith("ing") // "surveys leading up to the caucuses"
        || !POLL_VERBS.contains(w) && (FINITE_AUXILIARIES.contains(w) || QuoteExtractor.isPastForm(t)
            || w.endsWith("s") && !w.endsWith("ss")); // the clause's verb: "a rating in the latest poll stands at"
  }

  /**
   * The last token of the source whose head is token {@code head}: on over time words and a participle
   * ({@code released Wednesday}, {@code taken last month}) and over a name after a preposition ({@code by Lakeside
   * College}, {@code from Quinnipiac and Fox News}, {@code in New Hampshire}).
   */
  private static int pollSourceEnd(List<Token> toks, int head) {
    int end = head;
    int k = head + 1;
    while (k < toks.size()) {
      String w = toks.get(k).lower();
      Token next = k + 1 < toks.size() ? toks.get(k + 1) : null;
      if (POLL_TOPIC_PREPOSITIONS.contains(w) && next != null && next.isWord() && !next.isCapitalized()
          && !DAYS.contains(next.lower()) && !Character.isDigit(next.text().charAt(0))) {
        k++; // "a poll of likely voters", "a new poll on immigration"
        while (k < toks.size() && toks.get(k).isWord() && !CLAUSE_BREAKS.contains(toks.get(k).lower())
            && !SUBJECT_STOP.contains(toks.get(k).lower()) && !FINITE_AUXILIARIES.contains(toks.get(k).lower())
            && (!QuoteExtractor.isPastForm(toks.get(k)) || POLL_PARTICIPLES.contains(toks.get(k).lower()))
            && !sAfterPlural(toks, k)) { // "a poll of likely voters grows": the clause's verb
          end = k++;
        }
      } else if (TIME_WORDS.contains(w) || POLL_PARTICIPLES.contains(w)) {
        end = k++;
      } else if (k == head + 1 && w.endsWith("ing") && !toks.get(k).isCapitalized()) {
        while (k < toks.size() && toks.get(k).isWord() && !CLAUSE_BREAKS.contains(toks.get(k).lower())) {
          end = k++;
        }
      } else if (POLL_SOURCE_PREPOSITIONS.contains(w) && k + 1 < toks.size() && toks.get(k + 1).isCapitalized()) {
        k++;
        while (k < toks.size() && (toks.get(k).isCapitalized() || POLL_NAME_MARKS.contains(toks.get(k).text())
            || toks.get(k).lower().equals("and") && k + 1 < toks.size() && toks.get(k + 1).isCapitalized())) {
          end = k++;
        }
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * True when token {@code k} is a lower-case {@code -s} word right after a plural noun: a verb ({@code voters grows},
   * the plural being its phrase's head), where an {@code -s} word after an adjective is the head ({@code likely
   * voters}).
   */
  private static boolean sAfterPlural(List<Token> toks, int k) {
    String w = toks.get(k).lower();
    String before = k > 0 ? toks.get(k - 1).lower() : "";
    return !toks.get(k).isCapitalized() && endsInS(w) && endsInS(before) && toks.get(k - 1).isWord();
  }

  /** True for a word of more than three letters ending in a single {@code s}: a plural noun or an {@code -s} verb. */
  private static boolean endsInS(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
  }

  /**
   * The first token of the clause holding token {@code in}: back to the sentence start, a semicolon, colon, dash
   * (over an aside between two dashes) or parenthesis, a subordinator or {@code but} ({@code where he has led in
   * …}), or a comma when a verb stands between it and {@code in} ({@code While X leads, she trails Y in …}; not
   * {@code Roe leads by 9 points, 42-33, in …}).
   */
  private static int pollClauseStart(String text, List<Token> toks, int in) {
    for (int k = in - 1; k >= 0; k--) {
      String w = toks.get(k).lower();
      int aside = isDash(text, toks, k) ? asideOpening(text, toks, k) : -1;
      if (aside > 0) {
        k = aside; // "Four candidates - Roe, Lee and Poe - have clustered": the aside is inside the clause
      } else if (w.equals(",") && clauseHasVerb(toks, k + 1, in) || CLAUSE_OPENERS.contains(w)
          || POLL_CLAUSE_MARKS.contains(w) || isDash(text, toks, k)) {
        return k + 1;
      }
    }
    return 0;
  }

  /** Nouns of an opening {@code In Roe's view,} whose possessor holds the clause after the comma. */
  private static final Set<String> VIEW_NOUNS = words("view", "mind", "opinion", "estimation", "judgment", "judgement",
      "eyes", "words", "telling", "account", "assessment", "analysis", "reckoning");

  /**
   * {@code In Roe's view, the levy is fair}, {@code In his words, …}: the clause after the comma, held by the
   * possessor (belief).
   */
  private void inHolderView(Article article, int paragraph, String text, List<Token> toks, int from, int to,
      List<Statement> out) {
    if (toks.size() < 6 || !toks.get(0).lower().equals("in")) {
      return;
    }
    for (int i = 2; i < toks.size() && i <= 6; i++) {
      if (VIEW_NOUNS.contains(toks.get(i).lower()) && i + 2 < toks.size() && toks.get(i + 1).text().equals(",")) {
        int[] holder = holderBefore(toks, i);
        int[] span = contentSpan(text, toks, i + 2, to, false, false);
        if (holder != null && holder[0] <= 1 && span != null) { // the name walk may take "In" as a capital
          out.add(build(article, paragraph, text, span, text.substring(toks.get(0).start(), toks.get(i).end()),
              holderText(text, toks, 1, holder[1]), BELIEF, from, to));
        }
        return;
      }
    }
  }

  /**
   * Token after {@code in} and a year or month at {@code k} ({@code found in 2014 that}, {@code in March 2015}), else
   * {@code k}: a time between a verb and its complement.
   */
  private static int inYearOrMonth(List<Token> toks, int k) {
    if (k + 2 >= toks.size() || !toks.get(k).lower().equals("in")) {
      return k;
    }
    int e = k + 1;
    if (MONTHS.contains(toks.get(e).lower())) {
      e++;
    }
    if (e < toks.size() && YEAR.matcher(toks.get(e).text()).matches()) {
      e++;
    }
    return e;
  }

  /**
   * Index of the first content token after verb {@code i}, or -1 when no frame of the verb fits: after a particle
   * of the verb, else in its other frames ({@code agreed with Lee}, {@code agreed to delay the vote}).
   */
  private static int complement(Verb verb, List<Token> toks, int i) {
    if (i + 1 >= toks.size()) {
      return -1;
    }
    int time = i + 1;
    while (time < toks.size() && time < i + 4 && TIME_WORDS.contains(toks.get(time).lower())) {
      time++;
    }
    if (time == i + 1) {
      time = inYearOrMonth(toks, i + 1);
    }
    if (time > i + 1 && time < toks.size() && !TIME_OPENERS.contains(toks.get(time - 1).lower())
        && (toks.get(time).lower().equals("to") || COMPLEMENTIZERS.contains(toks.get(time).lower()))) {
      return complement(verb, toks, time - 1); // "vowed last month to stay", "learned Friday that …"
    }
    Token next = toks.get(i + 1);
    if (!verb.particles().isEmpty()) {
      int particle = particleAfter(verb, toks, i + 1);
      if (verb.particles().contains(toks.get(particle).lower())) {
        // a stranded particle has no object: "the ideas he believes in - or …"
        return particle + 1 < toks.size() && !STRANDING_MARKS.contains(toks.get(particle + 1).text())
            ? particle + 1 : -1;
      }
    }
    if (COMPLEMENTIZERS.contains(next.lower())) {
      return verb.clause() || verb.object() ? i + 1 : -1;
    }
    if (next.lower().equals("to")) {
      return verb.infinitive() && opensInfinitive(toks, i + 2) ? i + 1 : -1;
    }
    if (next.lower().equals("not") && i + 3 < toks.size() && toks.get(i + 2).lower().equals("to")) {
      return verb.infinitive() && opensInfinitive(toks, i + 3) ? i + 1 : -1; // "decided not to run"
    }
    if (verb.speechObject() && namesSpeech(toks, i + 1)) {
      return i + 1; // "offered an emotional evaluation of …", "issued a statement"
    }
    if (verb.asObject()) {
      return asAfterObject(toks, i + 1) ? i + 1 : -1; // "saw the program as detrimental", not "saw the film"
    }
    if (verb.gerund() && !next.isCapitalized() && next.lower().length() > 5 && next.lower().endsWith("ing")) {
      return i + 1; // "considered running for mayor"
    }
    boolean opensQuote = next.text().equals("“") || next.text().equals("\"");
    // "backed down" has no object; a person's object names one: "attacked Lee", not "attacked a police station"
    boolean person = namesPerson(next) || QuoteExtractor.POSSESSIVES.contains(next.lower())
        && !next.lower().equals("its");
    return verb.object() && (next.isWord() || opensQuote) && !PREPOSITIONS.contains(next.lower())
        && !MOTION_WORDS.contains(next.lower()) && (!verb.personObject() || person) ? i + 1 : -1;
  }

  /**
   * True when an object of one to twelve words from token {@code from} is followed by {@code as} and a noun or
   * adjective phrase ({@code the tragic event as a chance}, {@code Fiorina, then 44, as the perfect driver}): commas
   * only in pairs, no participle or auxiliary on the way, not {@code such as} or {@code as well as}, and no clause
   * after {@code as} ({@code saw him as he left}, {@code saw record crowds as temperatures rose}).
   */
  private static boolean asAfterObject(List<Token> toks, int from) {
    if (!toks.get(from).isWord()) {
      return false;
    }
    int commas = 0;
    for (int k = from + 1; k + 1 < toks.size() && k <= from + 12; k++) {
      Token t = toks.get(k);
      String w = t.lower();
      if (w.equals("as")) {
        String before = toks.get(k - 1).lower();
        Token next = toks.get(k + 1);
        boolean clause = AS_CLAUSE_OPENERS.contains(next.lower())
            || k + 2 < toks.size() && QuoteExtractor.isPastForm(toks.get(k + 2))
            || k + 3 < toks.size() && QuoteExtractor.isPastForm(toks.get(k + 3));
        return commas % 2 == 0 && next.isWord() && !before.equals("such") && !before.equals("well") && !clause;
      }
      commas += w.equals(",") ? 1 : 0;
      if (!t.isWord() && !w.equals(",") && !w.equals("’") && !w.equals("'") && !w.equals("-")
          || FINITE_AUXILIARIES.contains(w) || COMPLEMENTIZERS.contains(w) || w.length() > 4 && w.endsWith("ing")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Index of the particle of a particle verb whose words start at token {@code from}: there, or after adverbs and
   * time words ({@code spoke briefly about}, {@code talked more about}, {@code called Wednesday for});
   * {@code about} also after an addressee or a setting of up to eight words ({@code talks to Megyn Kelly about},
   * {@code spoke at the White House on Tuesday about}).
   */
  private static int particleAfter(Verb verb, List<Token> toks, int from) {
    int j = from;
    while (j + 1 < toks.size() && j < from + 3 && (isAdverb(toks.get(j)) || LOOSE_ADVERBS.contains(toks.get(j).lower())
        || TIME_WORDS.contains(toks.get(j).lower()) && !toks.get(j).lower().equals("on"))) {
      j++;
    }
    if (verb.particles().contains(toks.get(j).lower()) || !verb.particles().contains("about")
        || !(toks.get(j).lower().equals("to") || SETTING_PREPOSITIONS.contains(toks.get(j).lower()))) {
      return j;
    }
    for (int k = j + 1; k + 1 < toks.size() && k <= j + 8; k++) {
      Token t = toks.get(k);
      if (t.lower().equals("about")) {
        return k;
      }
      if (!t.isWord() || COMPLEMENTIZERS.contains(t.lower()) || FINITE_AUXILIARIES.contains(t.lower())) {
        break;
      }
    }
    return j;
  }

  /**
   * True when token {@code t} can follow a past verb, where it cannot follow an adjective in {@code -ed}: a
   * determiner, quantifier, pronoun, preposition, number, adverb or punctuation ({@code garnered more airtime},
   * {@code spent $500 million}), not a noun or adjective ({@code six hundred new cases}).
   */
  private static boolean opensObjectOfPast(Token t) {
    String w = t.lower();
    return !t.isWord() || NOUN_MARKERS.contains(w) || PREPOSITIONS.contains(w) || POST_VERB_WORDS.contains(w)
        || Character.isDigit(t.text().charAt(0)) || isAdverb(t);
  }

  /**
   * True when the noun phrase from token {@code first} (up to a preposition, punctuation or eight words) has a noun of
   * speech or opinion ({@code his early assessment}, {@code contradictory descriptions}, {@code a statement}).
   */
  private static boolean namesSpeech(List<Token> toks, int first) {
    for (int k = first; k < toks.size() && k < first + 8 && toks.get(k).isWord(); k++) {
      String w = toks.get(k).lower();
      if (SPEECH_NOUNS.contains(w)) {
        return true;
      }
      if (k > first && PREPOSITIONS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the bare complement from token {@code first} is a clause: a subject of a few words, then an auxiliary
   * or a cue verb ({@code finds residents oppose the levy}, {@code found the body was moved}), not a plain object
   * ({@code found the body of a man}). A pronoun with its auxiliary in one token opens one itself ({@code know
   * they're wrong}, {@code insist it's fair}).
   */
  private boolean opensBareClause(List<Token> toks, int first) {
    if (first < toks.size() && CONTRACTED_PRONOUN.matcher(toks.get(first).lower()).matches()) {
      return true;
    }
    boolean named = first < toks.size() && toks.get(first).isCapitalized();
    for (int k = first + 1; k < toks.size() && k <= first + 6; k++) {
      String w = toks.get(k).lower();
      if (FINITE_AUXILIARIES.contains(w) || verbs.containsKey(w) || speech.isCue(w)
          || w.endsWith("n't") || w.endsWith("n’t")) { // "found voters aren't sure"
        return true;
      }
      if (w.equals("%")) {
        continue; // "found 40% of voters …"
      }
      if (named && !toks.get(k).isCapitalized() && w.length() > 5 && w.endsWith("ing")) {
        return true; // a small clause with a named subject: "found Clinton leading Sanders"
      }
      if (w.length() > 4 && w.endsWith("ed") && !toks.get(k).isCapitalized() && toks.get(k - 1).isWord()
          && !NOUN_MARKERS.contains(toks.get(k - 1).lower()) && !PREPOSITIONS.contains(toks.get(k - 1).lower())
          && !NOT_PAST.contains(w) && k + 1 < toks.size() && opensObjectOfPast(toks.get(k + 1))) {
        return true; // a past verb after its subject: "found the nominee garnered more airtime"
      }
      named &= toks.get(k).isCapitalized();
      if (!toks.get(k).isWord() || SUBJECT_STOP.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when token {@code k}, after {@code to}, can be the verb of a to-infinitive: a lower-case word that is no
   * determiner, possessive, pronoun or number ({@code wants to run}, not {@code declined to their lowest level}).
   */
  private static boolean opensInfinitive(List<Token> toks, int k) {
    if (k >= toks.size()) {
      return false;
    }
    Token t = toks.get(k);
    return t.isWord() && !t.isCapitalized() && Character.isLetter(t.text().charAt(0))
        && !NOT_INFINITIVE.contains(t.lower());
  }

  /**
   * {@code [start, end)} of the content from token {@code first} to the sentence end (exclusive {@code to}), or to
   * a break before it: a semicolon, a comma before a new clause, a participle ({@code , saying}) or {@code not}; for an
   * {@code object} also a subordinate clause ({@code because …}) or the setting ({@code at a news conference},
   * {@code on Monday}); in a {@code subordinate} clause opening the sentence ({@code While X backs Y, …}) any
   * comma. Trailing punctuation is dropped, a closing quote mark kept. Null when no word is left, or when no end
   * comes within MAX_CONTENT_TOKENS.
   */
  private static int[] contentSpan(String text, List<Token> toks, int first, int to, boolean object,
      boolean subordinate) {
    int last = first - 1;
    for (int k = first; k < toks.size(); k++) {
      if (k - first >= MAX_CONTENT_TOKENS) {
        return null;
      }
      String w = toks.get(k).lower();
      if (k > first && isDash(text, toks, k)) {
        break; // "supports the levy - a tax on ferries - and …": annotators end the content at the dash
      }
      if (w.equals(";") || w.equals(",") && k + 1 < toks.size() && (opensClause(toks.get(k + 1))
          || toks.get(k + 1).lower().equals("not")
          || closesWithAttribution(toks, k + 1) || coordinatesClause(toks, k + 1) || subordinate)
          || object && k > first && (SUBORDINATORS.contains(w) || opensSetting(toks, k))) {
        break;
      }
      last = k;
    }
    while (last >= first && !toks.get(last).isWord() && !isClosingQuote(toks.get(last).text())) {
      last--;
    }
    if (last < first) {
      return null;
    }
    int end = Math.min(toks.get(last).end(), to);
    int start = toks.get(first).start();
    return text.substring(start, end).chars().anyMatch(Character::isLetterOrDigit) ? new int[] {start, end} : null;
  }

  /** True for a dash at token {@code k}: {@link Tokenizer#isDash}, or the first of a typed double hyphen. */
  private static boolean isDash(String text, List<Token> toks, int k) {
    return Tokenizer.isDash(text, toks.get(k)) || toks.get(k).text().equals("-") && k + 1 < toks.size()
        && toks.get(k + 1).text().equals("-") && toks.get(k + 1).start() == toks.get(k).end();
  }

  /**
   * {@code span} ending at the first comma after token {@code first}: in {@code X, who backs Y, said …} the
   * relative clause, and so the content, ends there, as does an opening phrase's ({@code Despite complaints that X,
   * Roe …}).
   */
  private static int[] relativeClauseEnd(List<Token> toks, int first, int[] span) {
    for (int k = first + 1; k < toks.size() && toks.get(k).start() < span[1]; k++) {
      if (toks.get(k).text().equals(",")) {
        return new int[] {span[0], toks.get(k - 1).end()};
      }
    }
    return span;
  }

  /**
   * {@code span}, the content of a verb in a relative clause opened by {@code mark} (the token before the relative
   * pronoun), {@code clause} when the verb takes a clause, ending where the clause ends: at its first comma
   * ({@code Roe, who backs X, said …}), at the closing dash or parenthesis of one opened by a dash or parenthesis
   * ({@code Roe—who backs X—said …}), and for a restrictive clause ({@code voters who back X are …}) of a verb with
   * no clause frame before the main verb (an auxiliary or a cue verb); the main verb of a that-clause verb's clause
   * could be the clause's own.
   */
  private int[] relativeClauseEnd(boolean clause, List<Token> toks, String mark, int first, int[] span) {
    if (mark.equals(",")) {
      return relativeClauseEnd(toks, first, span);
    }
    boolean aside = RELATIVE_OPENERS.contains(mark);
    if (!aside && clause) {
      return span;
    }
    for (int k = first + 1; k < toks.size() && toks.get(k).start() < span[1]; k++) {
      String w = toks.get(k).lower();
      boolean end = aside ? (mark.equals("(") ? w.equals(")") : RELATIVE_OPENERS.contains(w) && !w.equals(","))
          : (FINITE_AUXILIARIES.contains(w) || speech.isCue(w) || verbs.containsKey(w))
              && !NOUN_MARKERS.contains(toks.get(k - 1).lower());
      if (end) {
        int last = k - 1;
        while (last > first && (!toks.get(last).isWord() && !isClosingQuote(toks.get(last).text())
            || SUBJECT_STOP.contains(toks.get(last).lower()) || NOUN_MARKERS.contains(toks.get(last).lower()))) {
          last--;
        }
        return new int[] {span[0], toks.get(last).end()};
      }
    }
    return span;
  }

  /**
   * {@code span}, the object or to-clause of verb {@code verb} starting at token {@code first}, ending before
   * {@code and} or {@code but} and a second verb of the same subject and tense ({@code backs the plan but opposes
   * the tax}, {@code declined to name them and said …}; a bare form pairs with a bare form), the second verb one of
   * the lexicons', or any past form that is a predicate (unless the cue is an {@code -ing} form; {@link
   * #secondPredicate}, so {@code unions and organized labor} stays one object), finite
   * auxiliary or {@code not} before a verb ({@code but not mention X}; not {@code but not the amendment}): the
   * subject's next predicate, which annotators leave out (PolNeAR train +10 matches of +5 predictions). A clause
   * content keeps its own coordination ({@code believes the council backs X and endorses Y}).
   */
  private int[] coordinatedVerbEnd(Verb lexeme, List<Token> toks, int verb, int first, int[] span) {
    if (span == null) {
      return null;
    }
    String v = toks.get(verb).lower();
    boolean bare = v.equals(lexeme.lemma());
    for (int k = first + 1; k + 1 < toks.size() && toks.get(k + 1).start() < span[1]; k++) {
      String w = toks.get(k).lower();
      if (!w.equals("and") && !w.equals("but")) {
        continue;
      }
      int n = k + 1;
      while (n + 1 < toks.size() && (isAdverb(toks.get(n)) || toks.get(n).lower().equals("also")
          || toks.get(n).lower().equals("then"))) {
        n++;
      }
      Token next = toks.get(n);
      String x = next.lower();
      boolean verbForm = !next.isCapitalized() && (verbs.containsKey(x) || speech.isCue(x));
      Verb other = verbs.get(x);
      boolean sameTense = bare ? other != null && x.equals(other.lemma())
          : v.endsWith("s") ? x.endsWith("s") && !x.endsWith("ss")
          : !v.endsWith("ing") && (x.endsWith("ed") || IRREGULAR_PAST_CUES.contains(x));
      Token after = n + 1 < toks.size() ? toks.get(n + 1) : null;
      // "endorsed Lee and made an appeal", "backs Lee but is not working for her"; not an adjective ("unions and
      // organized labor") or a contrast ("the bill but not the amendment")
      boolean predicate = !v.endsWith("ing") && secondPredicate(toks, n) || FINITE_AUXILIARIES.contains(x)
          || x.equals("not") && after != null && after.isWord() && !after.isCapitalized()
              && !QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(after.lower())
              && !OBJECT_OPENERS.contains(after.lower()) && !PREPOSITIONS.contains(after.lower());
      if (k > first && (verbForm && sameTense || predicate || n == k + 1 && subjectAndVerb(toks, n))) {
        return cutBefore(toks, span, first, k);
      }
    }
    return span;
  }

  /**
   * True when the past form at token {@code k} after {@code and}/{@code but} is a second predicate, not an adjective
   * of the noun after it: an irregular past, or a regular one before a name, determiner, possessive, object pronoun,
   * preposition, particle, {@code to}, {@code that} or the end ({@code made clear}, {@code praised Lee}, {@code
   * spoke at …}, {@code stayed home}; not {@code organized labor}, {@code reduced wages}).
   */
  private static boolean secondPredicate(List<Token> toks, int k) {
    Token t = toks.get(k);
    if (!QuoteExtractor.isPastForm(t)) {
      return false;
    }
    if (!t.lower().endsWith("ed") || k + 1 >= toks.size()) {
      return true;
    }
    Token a = toks.get(k + 1);
    String w = a.lower();
    return !a.isWord() || a.isCapitalized() || QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(w)
        || OBJECT_OPENERS.contains(w) || OBJECT_PERSONS.contains(w) || w.equals("it") || PREPOSITIONS.contains(w)
        || PARTICLES.contains(w) || w.equals("that") || isAdverb(a);
  }

  /**
   * {@code span}, the object or to-clause starting at token {@code first}, ending at a comma before an appositive of
   * a name ({@code cited Lee, a former mayor}) or before a clause with its own subject, where the content sat in an
   * opening phrase ({@code To the extent she talks about Lee, her message is …}, {@code A voter who backs Lee, Roe
   * lost …}). PolNeAR train: the appositive +9 matches of +3 predictions, the clause +10 of +8. Null for null.
   */
  private int[] objectCommaEnd(List<Token> toks, int first, int[] span) {
    for (int k = first + 1; span != null && k + 1 < toks.size() && toks.get(k + 1).start() < span[1]; k++) {
      if (!toks.get(k).text().equals(",")) {
        continue;
      }
      String n = toks.get(k + 1).lower();
      boolean appositive = toks.get(k - 1).isCapitalized()
          && (n.equals("a") || n.equals("an") || n.equals("the") || QuoteExtractor.POSSESSIVES.contains(n))
          && !listGoesOn(toks, k + 1, span[1]);
      if (appositive || opensNewClause(toks, k + 1)) {
        return cutBefore(toks, span, first, k);
      }
    }
    return span;
  }

  /**
   * True when the phrase from token {@code k} is an item of a list: a name, then {@code and} or {@code or} before
   * the next comma, verb or the content's end offset {@code end} ({@code the Fed, the Treasury and the White
   * House}; not the appositive {@code Lee, the mayor of the city and a rival}).
   */
  private static boolean listGoesOn(List<Token> toks, int k, int end) {
    boolean named = false;
    for (int j = k; j < toks.size() && toks.get(j).start() < end && j <= k + 6; j++) {
      String x = toks.get(j).lower();
      named |= toks.get(j).isCapitalized() && j > k;
      if (COORDINATORS.contains(x)) {
        return named; // "Lee, the mayor of the city and a rival" is an appositive
      }
      if (x.equals(",") || FINITE_AUXILIARIES.contains(x) || QuoteExtractor.isPastForm(toks.get(j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a clause with its own subject starts at token {@code k} after {@code and} or {@code but}, so an object
   * before it ends there ({@code endorsed Lee and the mayor's allies walked out}, {@code and the board could not}):
   * a pronoun and its verb ({@code and she campaigned hard}), or a determiner, possessive or name opening up to
   * five words with no preposition, comma or coordinator, then an auxiliary or a past form that is no participle
   * modifier ({@code and the expenses associated with}, {@code and the rights of undocumented immigrants} go on).
   */
  private static boolean subjectAndVerb(List<Token> toks, int k) {
    Token t = toks.get(k);
    String w = t.lower();
    if (!(PERSONAL_SUBJECTS.contains(w) || QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(w)
        || t.isCapitalized() && t.isWord())) {
      return false;
    }
    for (int j = k + 1; j < toks.size() && j <= k + 6; j++) {
      Token u = toks.get(j);
      String x = u.lower();
      if (FINITE_AUXILIARIES.contains(x)) {
        return true;
      }
      if (QuoteExtractor.isPastForm(u)) {
        return !x.endsWith("ed") || PERSONAL_SUBJECTS.contains(w) || secondPredicate(toks, j) && j + 1 < toks.size()
            && !PREPOSITIONS.contains(toks.get(j + 1).lower());
      }
      if (!u.isWord() || RELATIVE_WORDS.contains(x) || PREPOSITIONS.contains(x) || COORDINATORS.contains(x)
          || PERSONAL_SUBJECTS.contains(w)) {
        return false; // a pronoun's verb comes next
      }
    }
    return false;
  }

  /**
   * True when token {@code k} opens a clause: a pronoun, determiner or capitalised word, then within six words (no
   * mark, relative word or preposition but {@code of}) a finite auxiliary, a past form or an {@code -s} cue verb.
   */
  private boolean opensNewClause(List<Token> toks, int k) {
    Token t = toks.get(k);
    String w = t.lower();
    if (!(PERSONAL_SUBJECTS.contains(w) || QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(w) || t.isCapitalized()
        && t.isWord())) {
      return false;
    }
    for (int j = k + 1; j < toks.size() && j <= k + 6; j++) {
      Token u = toks.get(j);
      String x = u.lower();
      if (!u.isWord() || RELATIVE_WORDS.contains(x) || PREPOSITIONS.contains(x) && !x.equals("of")
          || COORDINATORS.contains(x)) {
        return false; // "Lee, Poe and other elected officials" is a list
      }
      if (FINITE_AUXILIARIES.contains(x) || QuoteExtractor.isPastForm(u)
          && !QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(j - 1).lower())
          || !u.isCapitalized() && x.endsWith("s") && (verbs.containsKey(x) || speech.isCue(x))) {
        return true;
      }
    }
    return false;
  }

  /** {@code span} ending at the last word before token {@code k}, not before token {@code first}. */
  private static int[] cutBefore(List<Token> toks, int[] span, int first, int k) {
    int last = k - 1;
    while (last > first && !toks.get(last).isWord()) {
      last--;
    }
    return new int[] {span[0], toks.get(last).end()};
  }

  /** True when the sentence ends with a short speech attribution from token {@code k} ("…, a spokesman said."). */
  private static boolean closesWithAttribution(List<Token> toks, int k) {
    for (int j = k; j < toks.size() && j < k + 8; j++) {
      if (ATTRIBUTION_VERBS.contains(toks.get(j).lower())) {
        return toks.size() - j <= 6;
      }
    }
    return false;
  }

  /** True when {@code , and}/{@code , or} at token {@code k} joins a clause or a verb phrase, not a list of names. */
  private static boolean coordinatesClause(List<Token> toks, int k) {
    String w = toks.get(k).lower();
    return (w.equals("and") || w.equals("or")) && k + 1 < toks.size() && (!toks.get(k + 1).isCapitalized()
        || BREAK_AFTER_COMMA.contains(toks.get(k + 1).lower()));
  }

  private static boolean opensClause(Token t) {
    return BREAK_AFTER_COMMA.contains(t.lower()) || !t.isCapitalized() && t.lower().endsWith("ing")
        && !t.lower().equals("including"); // ", including X" goes on with the content's list
  }

  /**
   * {@code span} over a contrast that follows it after a comma ({@code found that 40 percent back Roe, while 30
   * percent back Lee}): a finding compares its figures, so the contrast is part of it; else {@code span}.
   */
  private static int[] contrastEnd(String text, List<Token> toks, int[] span, int to) {
    int k = Tokenizer.indexAtOrAfter(toks, span[1]);
    if (k + 2 >= toks.size() || !toks.get(k).text().equals(",") || !CONTRASTS.contains(toks.get(k + 1).lower())) {
      return span;
    }
    int[] rest = contentSpan(text, toks, k + 2, to, false, false);
    return rest == null ? span : new int[] {span[0], rest[1]};
  }

  /** True when token {@code k} opens a time or occasion phrase ("on Monday", "at a rally", "during the debate"). */
  private static boolean opensSetting(List<Token> toks, int k) {
    if (!SETTING_PREPOSITIONS.contains(toks.get(k).lower())) {
      return false;
    }
    for (int j = k + 1; j < toks.size() && j <= k + 3; j++) {
      if (SETTING_NOUNS.contains(toks.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClosingQuote(String t) {
    return t.equals("”") || t.equals("\"") || t.equals("’") || t.equals("'");
  }

  private int[] subject(List<Token> toks, int end) {
    return subject(toks, end, false);
  }

  /**
   * First and last token index of the subject noun phrase ending at token {@code end}: the antecedent of a relative
   * pronoun or of an appositive between commas, else the words back to a clause word, a preposition or a comma.
   * With {@code antecedents}, a relative pronoun's antecedent may also follow a dash or parenthesis, or a
   * preposition when it ends in a name ({@code drew fire from Ada Quill, who}; a common noun there, {@code with
   * party members who}, gained more unannotated relations than annotated ones on PolNeAR train), and starts at its
   * determiner or after the verb's preposition; after a comma, a personal {@code who} may also follow a preposition
   * before a common noun, keeping the noun's own prepositional phrase ({@code drew fire from residents on the north
   * side, who}); the rules ask so, the learned candidates keep the narrower subjects
   * their model was trained on. For the rules, outside a relative pronoun's antecedent, a walk that meets a
   * clause's past verb ({@link #mainVerb}) gives that verb's subject instead ({@code She made clear she} →
   * {@code She}): on PolNeAR train this changed 10 speaker texts ({@code made clear he} → {@code he},
   * {@code attended the caucuses} → {@code 6 in 10 Republicans}), dropped 3 relations whose new subject names no
   * actor (2 matched) and added 1 (matched); the resolved speaker accuracy stayed 0.917. Rejecting such subjects
   * instead dropped 37 relations, 21 of them matched; the learned candidates read so gained new false relations
   * ({@code scored 30 points to lead}). A subordinator that is also a preposition opens a clause whose subject it
   * is ({@code After the trustees opposed X}, {@code since the council backs X}).
   */
  private int[] subject(List<Token> toks, int end, boolean antecedents) {
    return subject(toks, end, antecedents, false);
  }

  /**
   * {@link #subject(List, int, boolean)}, which with {@code afterPrepositions} may also be a preposition's object:
   * the noun a reduced relative's participle modifies ({@code gave $5 million to a group backing Roe}).
   */
  private int[] subject(List<Token> toks, int end, boolean antecedents, boolean afterPrepositions) {
    int e = end;
    boolean relative = antecedents && RELATIVE.contains(toks.get(e).lower());
    if (RELATIVE.contains(toks.get(e).lower())) {
      e--;
      if (e >= 0 && (relative ? RELATIVE_OPENERS.contains(toks.get(e).text()) : toks.get(e).text().equals(","))) {
        e--;
      }
    } else if (toks.get(e).text().equals(",")) {
      int open = e - 1;
      while (open >= 0 && e - open <= 20 && !toks.get(open).text().equals(",")) {
        open--;
      }
      if (open < 1 || !toks.get(open).text().equals(",")) {
        return null;
      }
      e = open - 1;
      if (Character.isDigit(toks.get(e).text().charAt(0)) && e >= 2 && toks.get(e - 1).text().equals(",")) {
        e -= 2;
      }
    }
    if (e < 0) {
      return null; // "(who backs Lee)" opening a paragraph has no antecedent
    }
    // ", who" names a person: its antecedent may follow a preposition ("derision from opponents, who") and keep
    // a prepositional phrase of its own ("opponents on the left, who")
    boolean person = relative && e == end - 2 && toks.get(end).lower().equals("who");
    boolean afterPreposition = false;
    int s = e;
    while (s >= 0 && e - s < MAX_SUBJECT_TOKENS && (inSubject(toks.get(s)) || nounAfterOf(toks, s)
        || s > 0 && s < e && SUBJECT_PREPOSITIONS.contains(toks.get(s).lower()) && inSubject(toks.get(s - 1)))) {
      if (antecedents && !relative && s < e && mainVerb(toks, s)) {
        int b = s - 1; // "He made clear he seeks …", "6 in 10 Republicans who attended the caucuses described …"
        while (b >= 0 && s - b <= 3 && skippedBeforeVerb(toks.get(b))) {
          b--;
        }
        return b >= 0 ? subject(toks, b, true) : null;
      }
      s--;
    }
    s++;
    for (int d = e; relative && d > s; d--) {
      // an antecedent after a verb starts at its determiner ("split the voters who"; a part keeps its "of") or
      // after the verb's preposition ("drew fire from Ada Quill, who")
      if (QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(d).lower())) {
        s = toks.get(d - 1).lower().equals("of") ? s : d;
        break;
      }
      if (d < e && SUBJECT_PREPOSITIONS.contains(toks.get(d).lower())
          && (person || toks.get(d + 1).isCapitalized() && !toks.get(d - 1).isCapitalized())) {
        s = d + 1;
        afterPreposition = person;
        break;
      }
    }
    while (s <= e && !toks.get(s).isWord()) {
      s++;
    }
    if (person && !toks.get(e).isCapitalized() && s > 2 && s <= e
        && SUBJECT_PREPOSITIONS.contains(toks.get(s - 1).lower()) && isHead(toks.get(s - 2))) {
      int d = s - 2; // the noun phrase the prepositional phrase modifies, opened by a determiner or a preposition
      while (d >= 0 && s - 2 - d < 4 && inSubject(toks.get(d)) && toks.get(d).isWord()
          && !QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(d).lower())
          && !PREPOSITIONS.contains(toks.get(d).lower())) {
        d--;
      }
      if (d >= 0 && QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(d).lower())) {
        s = d;
        afterPreposition = true;
      } else if (d >= 0 && PREPOSITIONS.contains(toks.get(d).lower()) && d < s - 2) {
        s = d + 1;
        afterPreposition = true;
      }
    }
    if (s > 0 && s <= e && APPROXIMATORS.contains(toks.get(s - 1).lower()) && isAmount(toks.get(s))) {
      s--; // "About 6 in 10 voters", "nearly half of them"
    }
    boolean polled = s < e && SURVEYED.contains(toks.get(e).lower()); // "voters polled support"
    if (s > e || !toks.get(e).isWord() && !(s < e && toks.get(e).text().equals("%"))
        || s == e && BARE_SUBJECTS.contains(toks.get(s).lower())
        || !(relative && toks.get(e).isCapitalized()) && !afterPreposition && !afterPrepositions && s > 0
            && PREPOSITIONS.contains(toks.get(s - 1).lower()) && !SUBORDINATORS.contains(toks.get(s - 1).lower())
        || !isHead(toks.get(e)) && !polled
        || afterPrepositions && s > 0 && s < e && toks.get(s - 1).lower().equals("to")
            && !QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(s).lower())) {
      return null; // "to recruit pastors backing Roe" may open an infinitive
    }
    return new int[] {s, e};
  }

  /**
   * True when past form {@code k} inside a would-be subject is its clause's verb ({@code made clear she},
   * {@code who attended the caucuses}): no determiner, possessive, adverb, preposition or subordinator before it
   * ({@code the retired officer}, {@code while enlisted men}), no hyphen in it ({@code kind-hearted}), and no
   * reduced relative's participle before a time, preposition or {@code by} ({@code a poll released Saturday}).
   */
  private static boolean mainVerb(List<Token> toks, int k) {
    if (k == 0 || k + 1 >= toks.size() || !QuoteExtractor.isPastForm(toks.get(k)) || toks.get(k).text().contains("-")
        || !toks.get(k + 1).isWord()) {
      return false;
    }
    Token prev = toks.get(k - 1);
    String p = prev.lower();
    String next = toks.get(k + 1).lower();
    return prev.isWord() && !NOUN_MARKERS.contains(p) && !QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(p)
        && !p.endsWith("’s") && !p.endsWith("'s") && !isAdverb(prev) && !PREPOSITIONS.contains(p)
        && !SUBORDINATORS.contains(p) && !TIME_WORDS.contains(next) && !PREPOSITIONS.contains(next)
        && !SETTING_PREPOSITIONS.contains(next) && !next.equals("by");
  }

  /** True when {@code t} can end a subject noun phrase: no possessive, adverb, adjective or participle. */
  private static boolean isHead(Token t) {
    String w = t.lower();
    return !w.endsWith("’s") && !w.endsWith("'s") && !w.endsWith("s’") && !BAD_HEADS.contains(w)
        && (t.isCapitalized() || EVIDENCE_NOUNS.contains(w) || LY_NOUNS.contains(w)
            || !NOT_NOUN_ENDING.matcher(w).matches());
  }

  private boolean inSubject(Token t) {
    if (!t.isWord()) {
      return t.text().equals("-") || t.text().equals("&") || t.text().equals("’") || t.text().equals("'")
          || t.text().equals("%");
    }
    String w = t.lower();
    // a document noun stays in the subject though it is also a cue form: "The report showed"; so does a capitalised
    // one, a name's word: "the State Department appears"
    return !SUBJECT_STOP.contains(w) && !DAYS.contains(w)
        && (EVIDENCE_NOUNS.contains(w) || !speech.isCue(w) && !phraseVerb(w) || t.isCapitalized());
  }

  /**
   * True for a form of a lexicon verb that ends a noun phrase walked back from a verb; a particle form is none
   * ({@code elections going back to 1972 showed …}), nor the bare form of a verb that is a cue only with its
   * particle, a noun without it ({@code The talk touched on …}, {@code residents on the north side, who …}).
   */
  private boolean phraseVerb(String w) {
    Verb verb = verbs.get(w);
    return verb != null && !PARTICLES.contains(w)
        && !(w.equals(verb.lemma()) && !verb.particles().isEmpty() && !verb.object() && !verb.clause()
            && !verb.infinitive());
  }

  /** True for a cue form used as a noun after {@code of} ({@code the secretary of state backed …}). */
  private boolean nounAfterOf(List<Token> toks, int i) {
    String w = toks.get(i).lower();
    return i > 0 && toks.get(i).isWord() && toks.get(i - 1).lower().equals("of") && !SUBJECT_STOP.contains(w)
        && (speech.isCue(w) || verbs.containsKey(w)) && !w.endsWith("ing") && !w.endsWith("ed");
  }

  /**
   * Adds the statement of an evidence verb that ends its sentence, or a parenthetical closed by a comma, after a
   * comma and a source holding an evidence noun ({@code The jet was insured for $35 million, records show.},
   * {@code Donors gave $2 million, campaign and corporate records show, and …}, {@code Students take 112 tests, a
   * study by the Council of City Schools found.}): the clause before the comma is the content; true when one was
   * added. The source is the whole phrase after the comma, up to twelve words.
   */
  private boolean trailingEvidence(Article article, int paragraph, String text, List<Token> toks, int i, int before,
      int from, int to, List<Statement> out) {
    int end = i + 1;
    while (end < toks.size() && TIME_WORDS.contains(toks.get(end).lower())) {
      end++;
    }
    if (end < toks.size() && !".!?,".contains(toks.get(end).text()) || before < 1) {
      return false;
    }
    int comma = before;
    while (comma > 0 && before - comma < MAX_TRAILING_SOURCE && toks.get(comma).isWord()
        && !ATTRIBUTION_VERBS.contains(toks.get(comma).lower())) {
      comma--; // not "…, Roe says his research shows."
    }
    int[] source = {comma + 1, before};
    if (comma < 3 || comma == before || !toks.get(comma).text().equals(",") || !hasEvidenceNoun(toks, source)
        || COORDINATORS.contains(toks.get(comma - 1).lower())) {
      return false; // not "The fee rose and, records show, the ferry is late."
    }
    out.add(build(article, paragraph, text, new int[] {toks.get(0).start(), toks.get(comma - 1).end()},
        toks.get(i).text(), text.substring(toks.get(source[0]).start(), toks.get(source[1]).end()), EVIDENCE, from,
        to));
    return true;
  }

  /** True when tokens {@code span} hold a noun of {@link #STUDY_NOUNS}. */
  private static boolean namesStudy(List<Token> toks, int[] span) {
    for (int k = span[0]; k <= span[1]; k++) {
      if (STUDY_NOUNS.contains(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the object from token {@code k} can be what a study found: not a time ({@code found Monday that …}),
   * a pronoun, or a possessive or idiom of finding ({@code found its way}, {@code found time to}, {@code found
   * funding}).
   */
  private static boolean isFinding(List<Token> toks, int k) {
    String w = toks.get(k).lower();
    if (TIME_WORDS.contains(w) || OBJECT_PERSONS.contains(w) || w.equals("it")
        || QuoteExtractor.POSSESSIVES.contains(w)) {
      return false;
    }
    int head = k;
    while (head + 1 < toks.size() && head - k < 3 && (QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(
        toks.get(head).lower()) || isAdverb(toks.get(head)) || ADJECTIVE_ENDING.matcher(toks.get(head).lower()).matches())) {
      head++;
    }
    return !FOUND_IDIOMS.contains(toks.get(head).lower());
  }

  private static boolean hasEvidenceNoun(List<Token> toks, int[] span) {
    for (int k = span[0]; k <= span[1]; k++) {
      if (EVIDENCE_NOUNS.contains(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source of an evidence verb whose plain subject holds no document noun: the words back from token
   * {@code end} to a clause break, when they hold one, with the time words between {@code end} and {@code verb}
   * ({@code A poll from Lakeside College released Wednesday found …}, {@code Exit polling showed …},
   * {@code recent polls showing …}); else {@code subject}. Before a relative pronoun the source is the antecedent
   * with its modifiers, from the noun phrase that holds the document noun ({@code polls by Lakeside College that
   * showed …}, {@code the report on her travel, which suggested …}).
   */
  private int[] evidenceSource(List<Token> toks, int end, int verb, int[] subject) {
    if (end > 0 && RELATIVE.contains(toks.get(end).lower())) {
      int e = toks.get(end - 1).text().equals(",") ? end - 2 : end - 1;
      for (int d = e; d >= 0 && e - d < 8 && toks.get(d).isWord() && !verbs.containsKey(toks.get(d).lower())
          && !EVIDENCE_SOURCE_BREAKS.contains(toks.get(d).lower()); d--) {
        if (EVIDENCE_NOUNS.contains(toks.get(d).lower())) {
          int s = d;
          while (s > 0 && inSubject(toks.get(s - 1)) && !PREPOSITIONS.contains(toks.get(s - 1).lower())) {
            s--;
          }
          return new int[] {s, e};
        }
      }
      return subject;
    }
    int s = end;
    boolean document = false;
    while (s >= 0 && end - s < 2 * MAX_SUBJECT_TOKENS && !EVIDENCE_SOURCE_BREAKS.contains(toks.get(s).lower())
        && (EVIDENCE_NOUNS.contains(toks.get(s).lower())
            || !speech.isCue(toks.get(s).lower()) && (s == end || !phraseVerb(toks.get(s).lower())))) {
      document |= EVIDENCE_NOUNS.contains(toks.get(s).lower());
      s--;
    }
    int last = end;
    while (document && last + 1 < verb && TIME_WORDS.contains(toks.get(last + 1).lower())) {
      last++;
    }
    return document && toks.get(end).isWord() ? new int[] {s + 1, last} : subject;
  }

  /**
   * Belief and speech relations take any subject. An evidence verb needs a document noun in its subject, since a
   * person or thing with an object is mostly an act ({@code Apple revealed a new iPhone}, {@code The Lakers showed
   * resilience}); with a that/whether clause whose verb shows any subject will do ({@code The authors found that
   * voters chose …}, {@code He found that …}; not {@code Roe found that hard to believe}). {@code shows} after a
   * noun modifier ({@code TV shows}) is a noun.
   */
  private static boolean sourceFits(String relation, List<Token> toks, int[] subject, int verb, boolean object) {
    if (!relation.equals(EVIDENCE)) {
      return true;
    }
    if (toks.get(verb).lower().equals("shows") && SHOW_MODIFIERS.contains(toks.get(verb - 1).lower())) {
      return false;
    }
    if (!object && clauseHasVerb(toks, verb + 2)) {
      return true;
    }
    for (int k = subject[0]; k <= subject[1]; k++) {
      if (EVIDENCE_NOUNS.contains(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a verb shows within twenty words from token {@code from}, before the sentence's end: an auxiliary, a
   * past form, a negation, or an {@code -s} form after a word that is no determiner ({@code emissions remains}).
   */
  private static boolean clauseHasVerb(List<Token> toks, int from) {
    return clauseHasVerb(toks, from, Math.min(toks.size(), from + 20));
  }

  /** As {@link #clauseHasVerb(List, int)}, from token {@code from} to token {@code end} (exclusive). */
  private static boolean clauseHasVerb(List<Token> toks, int from, int end) {
    for (int k = from; k < end; k++) {
      Token t = toks.get(k);
      String w = t.lower();
      if (FINITE_AUXILIARIES.contains(w) || QuoteExtractor.isPastForm(t) || w.endsWith("n't") || w.endsWith("n’t")
          || k > 0 && !t.isCapitalized() && endsInS(w) && toks.get(k - 1).isWord() && !QuoteExtractor.ARTICLES_AND_POSSESSIVES.contains(toks.get(k - 1).lower())) {
        return true;
      }
    }
    return false;
  }

  private static Statement build(Article article, int paragraph, String text, int[] span, String cue,
      String speaker, String relation, int from, int to) {
    String content = text.substring(span[0], span[1]);
    String kind = QUOTED.matcher(content).find() ? Statement.PARTIAL : Statement.INDIRECT;
    return Statement.builder()
        .setStatementId(QuoteExtractor.statementId(article.getArticleId(), kind, span[0], span[1]))
        .setArticleId(article.getArticleId())
        .setKind(kind)
        .setText(content)
        .setCue(cue)
        .setSpeakerText(speaker)
        .setRelation(relation)
        .setParagraph(paragraph)
        .setCharStart(span[0])
        .setCharEnd(span[1])
        .setContext(text.substring(Math.max(from, span[0] - QuoteExtractor.MAX_CONTEXT_MARGIN),
            Math.min(to, span[1] + QuoteExtractor.MAX_CONTEXT_MARGIN))) // a run-on sentence is no context
        .setPublishedAt(article.getPublishedAt())
        .build();
  }

  /** The verbs of {@code resources}, by form; a form listed twice keeps its first entry. */
  private static Map<String, Verb> load(String... resources) {
    Map<String, Verb> out = new HashMap<>();
    for (String resource : resources) {
      load(resource, out);
    }
    return Collections.unmodifiableMap(out);
  }

  private static void load(String resource, Map<String, Verb> out) {
    for (String[] entry : CueLexicon.entries(resource)) {
      List<String> parts = Arrays.asList(entry);
      Set<String> particles = new LinkedHashSet<>();
      for (String part : parts) {
        if (part.startsWith("~")) {
          particles.add(part.substring(1));
        }
      }
      if (!RELATIONS.contains(parts.get(0))) {
        throw new IllegalStateException("unknown class " + parts.get(0) + " in " + resource);
      }
      Verb verb = new Verb(parts.get(1), parts.get(0), parts.contains("+that"), parts.contains("+to"),
          parts.contains("+obj") || parts.contains("+clause"), parts.contains("+clause"), parts.contains("+speech"),
          parts.contains("+actor"), parts.contains("+as"), parts.contains("+person"), parts.contains("+ing"),
          Collections.unmodifiableSet(particles));
      for (String form : parts.subList(2, parts.size())) {
        if (!form.startsWith("+") && !form.startsWith("~")) {
          out.putIfAbsent(form, verb);
        }
      }
    }
  }

  /** {@code base} and {@code more}, in that order, unmodifiable. */
  private static Set<String> plus(Set<String> base, String... more) {
    Set<String> out = new LinkedHashSet<>(base);
    out.addAll(Arrays.asList(more));
    return Collections.unmodifiableSet(out);
  }

  private static Set<String> words(String... words) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(words)));
  }
}
