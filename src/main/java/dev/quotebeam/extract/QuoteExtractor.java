package dev.quotebeam.extract;

import dev.quotebeam.extract.QuoteScanner.Span;
import dev.quotebeam.extract.Tokenizer.Token;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import dev.quotebeam.util.Ids;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Extracts the statements of an article: direct quotes, and reported speech with or without a quoted fragment.
 *
 * <p>Staged like CoreNLP's quote sieves, each stage recorded in the statement's cue:
 * <ol>
 *   <li>Quoted spans are found ({@link QuoteScanner}); a span is a DIRECT statement when a speech cue sits next to
 *       it (after: {@code “…,” X said} / {@code said X}; before: {@code X said: “…”}), or when it is a whole
 *       sentence of four words or more. Shorter or embedded spans (scare quotes, titles, "move out") are fragments.
 *       A cue with no subject still marks a sentence-opening quote before a preposition
 *       ({@code “…,” said in a letter to X}: a statement without a speaker).
 *   <li>An unattributed DIRECT part inherits the cue and speaker of its other paragraph parts, of an attributed part
 *       in the same paragraph, of a preceding {@code X said:} paragraph, or of the previous paragraph's statement
 *       when the paragraph is only the quote. A quote resumed right after its short attribution
 *       ({@code “A,” X said. “B.”}, {@code “A,” said X, “b.”}) is one statement with the attribution inside, as
 *       PolNeAR annotates it, and so is one around a longer attribution (an appositive) that is shorter than the
 *       quoted parts; around a still longer one or a second cue ({@code she said, adding,}) each part is a statement
 *       of its own.
 *   <li>Reported speech: every remaining cue verb with a subject before it (for a relative pronoun, its antecedent:
 *       {@code Jane Roe, who said …} → {@code Jane Roe}) gives the reported clause after it
 *       ({@code X said (that) …}, {@code told Y (that) …}, {@code informed Y of …}), or before it for an inverted
 *       attribution ({@code …, X said.} / {@code …, said X.}); also {@code according to X}, participles
 *       ({@code …, saying …}) and formal acts ({@code X passed a resolution calling for …}). It is PARTIAL when the
 *       clause holds a quoted fragment, else INDIRECT. A bare cue form used as a noun ("a city report that
 *       found …") is no cue. A quantified subject takes the base form ({@code some say}, {@code One in five
 *       Americans say}). A title-case headline ({@code Jane Roe Says Bridge Will Open}) gives the capitalised
 *       words before its cue as speaker and the title-case words after it as content.
 *   <li>One utterance, one statement: a reported statement holding a later cue of the same speaker mention ends
 *       before it, and goes when the rest is no clause ({@code X dismissed the bid, threatening cuts and saying …}
 *       gives the {@code saying} clause alone; {@code X said A and said B} gives A and B), and before a later
 *       report a coordinator joins to it ({@code Most said A, and a third said B} gives A and B). Reported speech
 *       whose speaker opens another statement's content ({@code Roe said she hoped to win}) is part of that report,
 *       not a statement of its own, and a statement that says again what an earlier one says (half of the words of
 *       each are the other's) goes, a quote staying over the reported speech around it ({@code Roe said he
 *       responded: “…”}).
 *   <li>Quoted fragments: an attributed quote led into by words of the speaker's sentence is PARTIAL from the
 *       clause start ({@code the plan is “dead,” she said}); a fragment no statement holds is the object of the
 *       nearest verb with a subject before it ({@code X mocked Y's “priorities”}). A PARTIAL statement inside a
 *       wider PARTIAL one is dropped: the quote is reported once, by the outer statement. A fragment of twelve words
 *       or more that no statement or relation holds is a DIRECT statement of its own, with the attribution its
 *       paragraph lends ({@code The answer was that “…”}).
 * </ol>
 * A reported clause ends before a trailing {@code , but …} clause and runs on to the close of a quote opened in it.
 * Statement text never contains the outer quote marks of a DIRECT statement, and a trailing comma inside the marks
 * is dropped; a quotation over several paragraphs is one statement from its first part to its last (the paragraph
 * breaks and continuation marks stay inside). Offsets index {@link Article#text()}. Speaker names are left to the attribute stage: this class fills
 * {@code speakerText}, the mention as written.
 *
 * <p>Example: {@code “We stay,” the minister said.} gives DIRECT {@code We stay}, cue {@code said}, speaker text
 * {@code the minister}. Immutable and thread-safe.
 */
public final class QuoteExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Set<String> PRONOUNS = words("he", "she", "they", "it", "we", "i");
  /**
   * Adverbs and connectives that open a main clause with no comma ({@code Then he cut into Bush, …}); not the
   * subordinators of {@link #OPENING_ADVERBIAL} ({@code When they arrived, the mayor …}).
   */
  private static final Set<String> CLAUSE_ADVERBS = words("then", "now", "still", "also", "later", "earlier",
      "finally", "instead", "indeed", "meanwhile", "separately", "moreover", "similarly", "likewise", "yesterday",
      "today", "here", "there", "and", "but", "so", "yet");
  /** Words of a time phrase that counts from another time, before its last word ({@code Two days later}). */
  private static final Set<String> RELATIVE_TIME_WORDS = words("a", "an", "some", "much", "shortly", "several",
      "few", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "moments", "minutes",
      "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "decades",
      "decade", "moment", "not", "long");
  /**
   * Words after a plural noun that are no present verb ({@code officials behind the plan}, {@code workers there that
   * day}): prepositions and adverbs the other lists lack.
   */
  private static final Set<String> NOT_VERBS = words("of", "behind", "there", "here", "near", "inside", "outside",
      "overnight", "per", "between", "beyond", "together", "abroad", "alone", "again", "too", "across", "around",
      "nationwide", "worldwide", "first", "who", "whose", "whom", "which", "and", "or", "nor", "than", "versus", "vs");
  /** Base-form cues whose plural subject may carry a relative or participle ({@code supporters who … say}). */
  private static final Set<String> MODIFIED_SUBJECT_CUES = words("say", "believe", "think", "argue", "insist",
      "contend", "warn", "complain", "agree", "predict", "fear", "worry", "acknowledge", "admit", "note");
  /** Adverbs that may stand between a subject and its verb ({@code officers still scrutinize}). */
  private static final Set<String> PLAIN_ADVERBS = words("still", "also", "often", "now", "never", "always", "already",
      "even", "just", "only", "really", "generally", "usually", "increasingly", "largely", "mostly", "rarely");
  /** Parts of a group that take a plural verb ({@code a third say}, {@code a majority believe}). */
  private static final Set<String> FRACTIONS = words("third", "half", "quarter", "fifth", "majority", "minority",
      "plurality");
  /** Time nouns that {@code that} makes a time phrase after a cue ({@code said that night …}). */
  private static final Set<String> THAT_TIMES = words("night", "day", "morning", "afternoon", "evening", "week",
      "weekend", "month", "year");
  /** Last words of a time phrase that counts from another time ({@code Hours later}, {@code A year ago}). */
  private static final Set<String> RELATIVE_TIME_ENDS = words("later", "earlier", "ago", "afterward", "afterwards");
  /**
   * Possessive determiners: they open what a naming cue calls its object ({@code calls North Carolina her home
   * state}), and AttitudeRelations reads holders and nouns by them.
   */
  static final Set<String> POSSESSIVES = words("his", "her", "their", "its", "our", "my");
  /**
   * Prepositions before a cue participle whose subject is the main clause's ({@code after saying …});
   * {@code while} and {@code by} are read beside them, AttitudeRelations adds {@code while}.
   */
  static final Set<String> PARTICIPLE_PREPOSITIONS = words("after", "before", "despite", "since", "upon");
  /** Words that make a count of time approximate ({@code less than two weeks ago}). */
  private static final Set<String> TIME_APPROXIMATORS = words("less", "more", "than", "about", "nearly", "almost",
      "just", "over", "only");
  /** Words that open a time clause after a trailing attribution ({@code …, Roe said as she left}). */
  private static final Set<String> TIME_CLAUSE_OPENERS = words("as", "while", "when", "before", "after");
  private static final Set<String> SKIP_BEFORE_CUE = words(
      "also", "later", "then", "previously", "further", "again", "repeatedly", "recently", "earlier", "reportedly",
      "allegedly", "has", "have", "had", "would", "will", "could", "may", "might", "did", "does", "do", "not", "n't",
      "once", "first", "even", "still", "just", "never", "often", "always", "only", "initially", "subsequently",
      "ultimately", "finally", "separately", "similarly", "likewise", "personally", "directly", "flatly", "quickly",
      "simply", "openly", "publicly", "privately", "frequently", "already", "now", "can", "should", "must", "didn’t",
      "didn't", "doesn’t", "doesn't", "hasn’t", "hasn't", "haven't", "haven’t", "has", "clearly", "herself",
      "himself", "themselves", "itself", "immediately", "specifically", "explicitly", "angrily", "strongly", "merely", "don’t", "don't", "won’t",
      "won't", "wouldn’t", "wouldn't", "also", "however", "long", "since");
  /**
   * Base-form cues that are never nouns: after one capitalised word in {@code s} they show it is a plural
   * ({@code which Democrats say could …}), as a name in {@code s} would take {@code says}.
   */
  private static final Set<String> VERB_ONLY_CUES = words("say", "insist", "argue", "contend");
  /** Forms of "have" that after {@code that} open a relative clause ({@code groups that have backed him}). */
  private static final Set<String> HAVE_FORMS = words("have", "has", "had");
  private static final Set<String> PLURAL_SUBJECTS = words(
      "they", "we", "i", "you", "people", "police", "staff", "media", "public", "government", "children", "men",
      "women", "percent", "half", "third", "majority", "most", "many", "some", "few", "both", "all", "others");
  /**
   * Quantifiers that stand alone as a plural subject before a base-form cue ({@code some say}, {@code one in five
   * say}), where other determiners make the cue a noun ({@code a report}). Not "one" ({@code one report}).
   */
  private static final Set<String> QUANTIFIERS = words(
      "some", "many", "most", "several", "both", "all", "few", "others", "two", "three", "four", "five");
  /**
   * Cue forms in {@code -s} that in a title-case headline are mostly plural nouns ({@code Committee Reports
   * Released}, {@code Harbour Notes}); hand-picked from the lexicon's {@code -s} forms.
   */
  private static final Set<String> HEADLINE_NOUNS = words(
      "reports", "notes", "claims", "answers", "replies", "calls", "demands", "estimates", "fears", "forecasts",
      "hopes", "jokes", "labels", "pledges", "promises", "signals", "terms", "tweets", "vows", "worries", "recalls");
  /** Words an appositive after an inverted speaker may hold ({@code …, said Roe, director of the …}). */
  private static final int APPOSITIVE_WORDS = 20;
  private static final Set<String> LEADING_PREPOSITIONS = words(
      "despite", "in", "on", "at", "after", "before", "with", "without", "for", "from", "during", "under", "amid",
      "among", "since", "through", "regarding", "following", "like", "unlike", "of", "about", "by", "into");
  private static final Set<String> CONNECTIVES = words("and", "but", "while", "also", "then", "before", "after");
  /** Words that join a second report to a reported clause ({@code …, and a third said …}). */
  private static final Set<String> COORDINATED_REPORT = words("and", "but", "while", "whereas");
  /** Words after a participle that modifies a source ({@code a survey released on Thursday by X}). */
  private static final Set<String> PARTICIPLE_LINKS = words("by", "on", "in", "to", "last", "this", "earlier", "late",
      "early", "with", "from", "at");
  /** Relative pronouns whose antecedent is the speaker ({@code Jane Roe, who said …} → {@code Jane Roe}). */
  private static final Set<String> RELATIVE_PRONOUNS = words("who", "which");
  /** Words that open an indirect question ({@code asked whether …}, {@code asked the mayor if …}). */
  private static final Set<String> QUESTION_WORDS = words("whether", "if");
  /** Modals that are also first or last names ({@code Will wrote}, {@code May said}). */
  private static final Set<String> MODAL_NAMES = words("will", "may");
  /** Words that open a reported question after an addressee ({@code told CBS why …}). */
  private static final Set<String> QUESTION_OPENERS = words("why", "how", "whether", "what");
  /** Words that open an embedded question before its subject ({@code said what they want}). */
  private static final Set<String> WH_WORDS = words("what", "why", "how", "where", "when", "who");
  private static final Set<String> OBJECT_PRONOUNS = words("him", "her", "them", "us", "me");
  private static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "it", "they", "we", "i", "you", "there");
  private static final Set<String> FINITE = words(
      "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "must", "has", "have",
      "had", "does", "did", "do", "shall", "won’t", "won't", "isn’t", "isn't", "wasn’t", "wasn't", "cannot");
  /**
   * Irregular past forms of common verbs: a reported clause holding one is finite ({@code said the minister stood
   * firm}), though it has no auxiliary and no {@code -ed} form.
   */
  private static final Set<String> IRREGULAR_PAST = words(
      "became", "began", "bought", "brought", "built", "came", "caught", "chose", "did", "drew", "drove", "ate",
      "fell", "felt", "fought", "found", "flew", "forgot", "gave", "got", "grew", "heard", "held", "hid", "hit",
      "hurt", "kept", "knew", "laid", "led", "left", "lent", "let", "lost", "made", "meant", "met", "paid", "put",
      "quit", "ran", "rang", "read", "rose", "sat", "saw", "sent", "set", "shot", "shut", "slept", "sold", "sought",
      "spent", "spoke", "spread", "stood", "stole", "struck", "swore", "taught", "thought", "threw", "took", "told",
      "understood", "went", "withdrew", "won", "wore", "wrote", "overtook", "overcame", "undertook", "upheld",
      "withheld", "forgave", "foresaw", "mistook", "outran", "broke", "hung", "dealt", "cut", "cost", "bore",
      "beat", "bit", "blew", "dug", "fed", "fled", "forbade", "froze", "knelt", "lay", "lit", "rode",
      "sang", "sank", "shook", "shone", "sped", "spun", "stuck", "stung", "swept", "swam", "tore", "woke", "wove",
      "wept", "wound");
  private static final Set<String> PASSIVE_AUX = words("was", "were", "been", "being", "is", "are", "be", "’s");
  private static final Set<String> CLAUSE_WORDS = words(
      "that", "which", "who", "whom", "whose", "but", "or", "while", "when", "as", "because", "if", "although",
      "though", "where", "whether", "so", "than", "after", "before", "since", "until", "unless", "then", "what",
      "to", "by", "with", "about", "from", "nor", "yet", "how", "why", "into", "over", "against", "said", "says",
      "whereas");
  /** Prepositions ending in {@code -ing}: they open a setting, not a participle ({@code said that, during the war}). */
  private static final Set<String> ING_PREPOSITIONS = words("during", "regarding", "concerning", "notwithstanding",
      "pending", "barring");
  /** Adjectives whose prepositional phrase describes an unnamed source ("people familiar with the talks"). */
  private static final Set<String> SOURCE_ADJECTIVES = words("familiar", "close", "knowledgeable", "privy", "loyal",
      "briefed", "involved");
  /** Nouns of a person who serves another, whose {@code to} phrase belongs to the subject ({@code aides to Roe}). */
  private static final Set<String> RELATIONAL_NOUNS = words("aide", "aides", "adviser", "advisers", "advisor",
      "advisors", "spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "ambassador",
      "ambassadors", "envoy", "envoys", "counselor", "counselors", "consultant", "consultants", "assistant",
      "assistants", "successor", "successors", "heir", "heirs", "deputy", "deputies", "lawyer", "lawyers",
      "attorney", "attorneys", "ally", "allies");
  private static final Set<String> BAD_SUBJECT_END = words(
      "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "his", "her", "their", "its",
      "our", "my", "your", "this", "these", "those", "and", "or", "as", "be", "is", "was", "are", "were", "not",
      "him", "them", "me", "us", "there", "here", "one", "what", "it’s", "it's", "all", "also", "than", "no");
  private static final Set<String> DETERMINERS = words(
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "some", "many",
      "most", "several", "both", "all", "other", "another", "one", "two", "three", "four", "five", "few", "each",
      "every", "no", "any", "such", "top", "senior");
  /** Determiners of a singular noun: an {@code -s} form after one is a verb ({@code another says}). */
  private static final Set<String> SINGULAR_DETERMINERS = words("another", "one", "each", "every", "either",
      "neither");
  private static final Set<String> ADVERBIAL = words(
      "at", "on", "in", "during", "after", "before", "with", "to", "via", "through", "last", "earlier", "this",
      "late", "early", "a", "an", "the", "his", "her", "their", "its", "statement", "interview", "news", "press",
      "conference", "briefing", "letter", "email", "e-mail", "tweet", "speech", "rally", "week", "month", "year",
      "also", "later", "previously", "again", "recently", "phone", "call", "television", "radio", "post",
      "reporters", "told", "written", "released", "emailed", "prepared", "remarks", "morning", "afternoon",
      "evening", "night", "today", "yesterday", "appearance", "event", "hearing", "meeting", "weekend", "day",
      "recent", "separate", "televised", "broadcast", "episode", "show", "program", "memo", "report", "op-ed",
      "column", "video", "message", "posted", "published", "wednesday", "campaign", "stop", "debate", "town",
      "hall", "visit", "trip", "radio", "online", "friday", "thursday", "first", "time", "repeatedly", "openly",
      "privately", "publicly", "flatly", "bluntly", "plainly", "simply", "explicitly", "of", "for", "from", "by");
  private static final Set<String> OPENING_ADVERBIAL = words(
      "on", "in", "at", "meanwhile", "however", "last", "earlier", "later", "after", "before", "during", "also",
      "but", "and", "yet", "still", "then", "now", "today", "yesterday", "separately", "instead", "moreover",
      "since", "for", "as", "when", "while", "indeed", "finally", "first", "second", "similarly", "likewise",
      "here", "there", "back");
  /** Punctuation inside an {@code according to} source ({@code the University of Texas/Texas Tribune poll}). */
  private static final Set<String> SOURCE_PUNCTUATION = words("-", "’", "'", "/", "&");
  /** Heads of a subject that a relative clause follows with no noun ({@code Those who attended said}). */
  private static final Set<String> RELATIVE_HEADS = words("those", "many", "some", "anyone", "everyone", "others",
      "most", "few", "all", "someone", "people");
  /** Linking verbs and auxiliaries before a past form that is no speech verb ({@code seemed unconcerned}). */
  private static final Set<String> LINKING = words("seem", "seems", "seemed", "appear", "appears", "appeared", "look",
      "looks", "looked", "feel", "feels", "felt", "become", "became", "remain", "remains", "remained", "sound",
      "sounds", "sounded", "get", "gets", "got", "be", "is", "are", "was", "were", "been", "have", "has", "had");
  /**
   * Particles of a phrasal verb before a quote's colon ({@code fired back:}, {@code lashed out:}); unlike
   * {@link #NAMING_PARTICLES}, no time words, which would leave no verb before them.
   */
  private static final Set<String> PARTICLES = words("back", "out", "up", "off", "in", "on", "down");
  /** More words that open a phrase before the main clause's subject ({@code By the end of the day, Roe …}). */
  private static final Set<String> MAIN_CLAUSE_OPENERS = words("by", "despite", "amid", "following", "with", "under",
      "over", "throughout", "until", "within", "unlike", "like", "from", "through", "nonetheless", "nevertheless", "beyond", "among",
      "besides", "against", "without", "behind", "toward", "towards", "across", "around", "outside", "inside");
  private static final Set<String> TIME_WORDS = words(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "today",
      "yesterday", "tonight", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "earlier", "later");
  /** Words that may open or fill a time expression after a cue ({@code said late on Sunday}). */
  private static final Set<String> TIME_FILLERS = words("on", "last", "this", "earlier", "later", "late", "early");
  /** Heads of a time expression after a cue, besides the capitalised weekdays and months of TIME_WORDS. */
  private static final Set<String> TIME_HEADS = words(
      "today", "yesterday", "tonight", "week", "month", "year", "weekend", "morning", "afternoon", "evening",
      "night");
  private static final Set<String> FORMAL_VERBS = words(
      "delivered", "passed", "adopted", "approved", "issued", "released", "sent", "signed", "unveiled",
      "introduced", "filed", "published", "published", "voted", "drafted", "circulated", "endorsed");
  private static final Set<String> FORMAL_NOUNS = words(
      "resolution", "statement", "bill", "motion", "declaration", "letter", "decree", "order", "petition",
      "measure", "memo", "memorandum", "report", "communique", "communiqué", "ruling", "directive", "notice",
      "ultimatum", "proposal", "law", "amendment", "appeal");
  private static final Set<String> FORMAL_PARTICIPLES = words(
      "asking", "calling", "urging", "demanding", "saying", "stating", "requesting", "requiring", "ordering",
      "condemning", "directing", "seeking", "warning", "declaring", "insisting", "instructing", "banning");
  private static final Set<String> PARTICIPLE_CUES = words(
      "saying", "adding", "noting", "arguing", "warning", "insisting", "explaining", "claiming", "stressing",
      "asserting", "suggesting", "acknowledging", "admitting", "declaring", "stating", "pointing", "predicting",
      "promising", "vowing", "urging", "calling", "asking", "telling", "writing", "threatening", "charging");

  /** Last words of a column or feature label before a colon ({@code Delegate Update:}, {@code Stat of the Week:}). */
  private static final Set<String> LABEL_ENDS = words("update", "updates", "email", "week", "notice", "daily",
      "roundup", "briefing", "digest", "newsletter", "recap");
  /**
   * Lower-case words a sentence-case title may hold before a colon that names a speaker: persons and groups
   * ({@code Roe camp:}, {@code WSJ editorial:}), not topics ({@code Election results:}).
   */
  private static final Set<String> TITLE_SPEAKER_NOUNS = words("camp", "campaign", "team", "aide", "aides",
      "official", "officials", "ally", "allies", "spokesman", "spokeswoman", "adviser", "advisers", "lawyer",
      "lawyers", "supporters", "critics", "editorial", "board", "chief", "leader", "leaders", "family", "source",
      "sources", "says");
  /** First words of a paragraph-opening {@code Label:} that names no speaker ("Update:", "The Latest:"). */
  private static final Set<String> COLON_LABELS = words(
      "update", "updated", "note", "editor", "editors", "related", "photo", "photos", "video", "watch", "read",
      "source", "sources", "correction", "caption", "credit", "credits", "advertisement", "tags", "share", "email",
      "follow", "subscribe", "listen", "image", "images", "warning", "breaking", "exclusive", "live", "q", "a",
      "question", "questions", "answer", "background", "disclosure", "more", "see", "also", "click", "sign",
      "posted", "contact", "topics", "filed", "published", "location", "date", "title", "subject", "from", "to",
      "cc", "re", "fw", "fwd", "ps", "transcript", "translation", "full", "here", "the", "this", "that", "these",
      "it", "what", "why", "how", "who", "where", "when", "step", "part", "chapter", "day", "week", "round",
      "example", "bottom", "key", "fact", "facts", "opinion", "analysis", "review", "quote", "quotes", "in",
      "on", "at", "for", "by", "with", "and", "but", "or", "if", "now", "then", "first", "second", "third", "last",
      "next", "finally", "plus", "bonus", "result", "results", "total", "score", "scores", "price", "cost",
      "time", "place", "address", "phone", "tel", "fax", "web", "website", "twitter", "facebook", "instagram",
      "hours", "admission", "tickets", "info", "information", "details", "summary", "verdict", "bottom", "rating",
      "mr", "mrs", "ms", "dr", "my", "our", "your", "his", "her", "their", "its", "i", "we", "you", "he", "she",
      "they", "there", "note", "tip", "tips", "fun", "trivia", "previously", "earlier", "later", "meanwhile",
      "today", "tonight", "yesterday", "tomorrow", "morning", "evening", "afternoon", "night");

  /** Words that open the setting of an utterance, not its content ("said on “Meet the Press”"). */
  private static final Set<String> SETTING_WORDS = words(
      "on", "during", "at", "in", "after", "before", "since", "via", "through", "while", "when", "amid", "outside");

  /** Words that open a reported clause right after its cue ("said that", "asked whether"). */
  private static final Set<String> COMPLEMENTIZERS = words("that", "if", "whether", "how", "why", "what");

  /** Words that open a subordinate clause at the start of a sentence; the main clause follows its comma. */
  private static final Set<String> SUBORDINATORS = words(
      "while", "although", "though", "if", "because", "since", "when", "whereas", "even", "once", "unless", "after",
      "before", "until");

  /** Past auxiliaries: a reported clause holding one is backshifted ({@code said she was tired}). */
  private static final Set<String> PAST_AUX = words("was", "were", "had", "did");
  /** After a comma, words that start a clause of its own rather than continue a reported one. */
  private static final Set<String> TRAILING_CLAUSE = words("but", "while", "whereas", "yet");
  /** Auxiliaries that follow a comparing {@code as} after a reported clause ({@code …, as has the mayor}). */
  private static final Set<String> COMPARED_AUX = words("has", "have", "had", "did", "does", "do", "is", "are", "was",
      "were");

  private static final Set<String> CUE_PARTICLES = words("on", "for", "that");
  private static final Set<String> MAIN_VERB_MARKERS = words("has", "had", "have", "will", "would", "said", "says");

  /** Third-person subject pronouns, which name a speaker (not {@code it}, {@code there}, {@code we}, {@code I}). */
  private static final Set<String> PERSONAL_SUBJECTS = words("he", "she", "they");
  /** Verbs whose subject a speech cue after them and {@code to} shares ({@code continues to insist}). */
  private static final Set<String> CATENATIVE_HEADS = words("continue", "continues", "continued", "refuse", "refuses",
      "refused", "decline", "declines", "declined", "began", "begin", "begins", "begun", "started", "starts",
      "continuing", "refusing", "declining", "beginning", "starting");
  /**
   * Cues read in the infinitive after a clause ({@code tweeted on Friday to say …}): those whose object is a clause;
   * {@code tell}, {@code claim}, {@code report} or {@code announce} there mostly take a noun ({@code to claim the
   * nomination}, {@code to announce her resignation}).
   */
  private static final Set<String> INFINITIVE_CUES = words("say", "explain", "note", "stress", "declare", "concede",
      "acknowledge", "warn", "predict", "caution", "state", "admit");
  /** Cues read in the infinitive only before {@code that} ({@code was quick to add that …}, not {@code to add it}). */
  private static final Set<String> INFINITIVE_THAT_CUES = words("argue", "insist", "complain", "brag", "boast",
      "emphasize", "reiterate", "add", "assert", "point");
  /** One-word answers that are a whole statement after {@code say} ({@code 46 percent said yes}). */
  private static final Set<String> YES_NO = words("yes", "no");
  /** Perfect and progressive auxiliaries between a relative pronoun and its verb ({@code who have praised}). */
  private static final Set<String> PERFECT_AUX = words("have", "has", "had", "is", "are", "was", "were");
  /** Verbs whose object speaks in the infinitive after it ({@code led Republicans to say}). */
  private static final Set<String> OBJECT_CONTROL = words("led", "leads", "lead", "urged", "urges", "asked", "asks",
      "prompted", "prompts", "forced", "forces", "pushed", "pushes", "encouraged", "encourages", "invited", "invites",
      "pressed", "presses", "allowed", "allows", "told", "tells", "called", "calls");
  /**
   * Cue lemmas whose object, the one addressed, must follow them before the clause ({@code convinced voters that
   * …}); without it the form is an adjective of a belief ({@code seem convinced that …}).
   */
  private static final Set<String> ADDRESSEE_FIRST = words("convince", "persuade");
  /** Words before {@code to say} that leave the infinitive without a speaker ({@code too soon to say}). */
  private static final Set<String> NOT_SPEAKING_BEFORE_TO = words("too", "soon", "early", "hard", "difficult", "easy",
      "little", "much", "more", "nothing", "something", "anything", "this", "that", "what", "words", "lot", "enough",
      "way", "how", "fair", "safe", "impossible", "possible", "premature", "time", "chance", "opportunity", "right",
      "need", "effort", "attempt", "decision", "ability", "power", "reason");
  /** Subject pronouns that take a contracted auxiliary before a cue ({@code He’s predicting}, {@code we've said}). */
  private static final Set<String> CONTRACTED_SUBJECTS = words("he", "she", "they", "i", "we", "you");
  /** Cues whose content is a clause, never a prepositional object ({@code said in a statement}, not content). */
  private static final Set<String> CLAUSE_CUES = words("say", "tell", "write", "add", "tweet", "report", "post",
      "explain", "note", "state", "declare", "announce", "acknowledge", "admit", "claim",
      "warn", "predict", "suggest", "reply", "respond", "answer", "conclude", "concede", "caution", "stress");
  private static final Set<String> DURATION_UNITS = words("days", "weeks", "months", "years", "decades", "hours",
      "time", "ages");
  private static final Set<String> DURATION_WORDS = words("the", "past", "last", "a", "few", "several", "many",
      "recent", "long", "some", "couple", "of", "two", "three", "four", "five", "six", "more", "than");
  private static final Set<String> QUOTE_MARK_TOKENS = Set.of("“", "”", "\"");
  /** Words after a capitalised word and an {@code -s} form that make the form a plural noun ({@code Nine months of}). */
  private static final Set<String> NOT_AFTER_PRESENT = words("of", "and", "or", "but", "who", "that", "which");
  /** Degree words before an adjective in a noun phrase ({@code the most recent data}). */
  private static final Set<String> MOST_MORE = words("most", "more", "less", "least");
  private static final Set<String> INVERTING = words(
      "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "explains", "noted", "notes",
      "continued", "continues", "replied", "replies", "recalled", "recalls", "insisted", "insists", "remarked",
      "observed", "commented", "declared", "answered", "countered", "responded", "argued", "argues", "warned",
      "warns", "concluded", "conceded", "acknowledged", "admitted", "claimed", "claims", "stated", "tweeted",
      "quipped", "joked", "mused", "lamented", "complained", "cautioned", "predicted", "suggested", "reported", "say");

  /** Cue forms that are cues only with {@code it} as their object, which is part of the cue ({@code as Roe put it}). */
  private static final Set<String> IT_CUES = words("put", "puts");

  /** Object pronouns an unquoted naming may name ({@code called himself a conservative}, {@code called this a sham}). */
  private static final Set<String> NAMED_OBJECTS = words("him", "them", "us", "me", "it", "himself", "herself",
      "themselves", "itself", "myself", "ourselves", "yourself", "this", "that");
  /**
   * Words after a naming cue's object that make it no naming ({@code called him back}, {@code called them often},
   * {@code called Roe today}).
   */
  private static final Set<String> NAMING_PARTICLES = words("back", "up", "out", "off", "in", "away", "down", "over",
      "again", "home", "today", "yesterday", "tonight", "twice", "once", "often", "later", "earlier", "early",
      "late", "first", "last", "next", "every", "each");
  /** Adjective endings of a naming's predicate ({@code called the actions lawful}, {@code called it unacceptable}). */
  private static final Pattern ADJECTIVE_SHAPE = Pattern.compile("[a-z-]{2,}(ful|ous|less)");
  /**
   * Common predicative adjectives of a naming whose ending is no sure sign ({@code -al}, {@code -ent} end nouns too:
   * {@code called the police department}).
   */
  private static final Set<String> PLAIN_ADJECTIVES = words("wrong", "right", "unfair", "fair", "false", "true", "dead",
      "bad", "good", "great", "absurd", "crazy", "stupid", "dumb", "racist", "weak", "strong", "fake", "unfit",
      "unsafe", "unusual", "illegal", "unconstitutional", "unethical", "irrelevant", "inappropriate", "unprecedented",
      "incompetent", "arrogant", "ignorant", "corrupt", "naive", "un-american", "unacceptable", "irresponsible",
      "inexcusable", "despicable", "deplorable", "horrible", "terrible", "offensive", "divisive", "disruptive",
      "abusive", "destructive", "excessive", "aggressive", "counterproductive", "irrational");
  /** Particles that make a verb after a quote's speaker a way of speaking ({@code “…,” Roe shot back.}). */
  private static final Set<String> SPEECH_PARTICLES = words("back", "out", "up", "off", "down");
  /** Present forms that speak with a particle after a quote ({@code “…,” Roe points out.}). */
  private static final Set<String> PARTICLE_SPEECH_FORMS = words("points", "fires", "shoots", "hits", "pushes",
      "lashes", "speaks", "cries", "calls", "sums", "spells", "rattles", "reels", "snaps");
  /** Units of time, which make {@code called him a week ago} or {@code called Roe the next day} no naming. */
  private static final Set<String> TIME_UNITS = words("day", "days", "week", "weeks", "month", "months", "year",
      "years", "night", "morning", "afternoon", "evening", "time", "while", "minute", "minutes", "hour", "hours");
  /**
   * Cue lemmas whose quoted complement names their object ({@code called the plan “a tax”}, {@code dubbed it
   * “Plan B”}, {@code described it as “a tax”}): the content ends with that quote.
   */
  private static final Set<String> NAMING_CUES = words("call", "dub", "label", "term", "describe");
  /**
   * Relative words that open a naming cue's content before its subject, as the name's object ({@code what critics
   * called “a tax”}, {@code which Roe called “a disgrace”}).
   */
  private static final Set<String> NAMING_RELATIVES = words("what", "which", "whom");
  /** Lower-case particles inside a name after a dash ({@code Oscar de la Hoya}). */
  private static final Set<String> NAME_PARTICLES = words("de", "da", "del", "della", "di", "du", "la", "le", "van",
      "von", "der", "den", "bin", "al", "y");
  /** Most tokens of the description after a dash name ({@code , 45, a nurse from Dover}). */
  private static final int DASH_DESCRIPTION_TOKENS = 25;
  /** First words of an appositive after a name ({@code Jane Roe, of Dover,}, {@code Jane Roe, who …,}). */
  private static final Set<String> APPOSITIVE_OPENERS = words("of", "from", "who", "a", "an", "the");
  /** Adverbs set off by commas between a subject and its cue ({@code Roe, however, said}). */
  private static final Set<String> ASIDE_ADVERBS = words("however", "too", "though", "meanwhile", "instead",
      "nonetheless", "nevertheless", "moreover", "also");
  /** Antecedents whose relative names what was said, not a claim ({@code Everything that he said was wrong}). */
  private static final Set<String> UNIVERSAL_PRONOUNS = words("everything", "anything", "nothing", "something", "all",
      "much", "little");
  /** Relative pronouns that can be the subject of a clause reported inside a relative ({@code which X said is …}). */
  private static final Set<String> OBJECT_RELATIVES = words("which", "that", "what", "who");
  /**
   * Articles and possessives: they open a noun phrase and are never a speaker alone ({@code according to a …} must
   * name more than "a"); AttitudeRelations starts an antecedent at one.
   */
  static final Set<String> ARTICLES_AND_POSSESSIVES = words(
      "a", "an", "the", "his", "her", "their", "its", "our", "my", "your");
  /** Forms of {@code go} that lead a cue in {@code went on to say}. */
  private static final Set<String> GO_FORMS = words("go", "goes", "went", "going", "gone");
  /** Most words between a naming cue and its quoted name ({@code called the governor's new plan “a tax”}). */
  private static final int NAMED_OBJECT_WORDS = 8;
  /** Longest attribution between two parts of a quote that are joined; a longer one would read as quoted words. */
  private static final int MAX_RESUME_WORDS = 6;
  /**
   * Fewest words of a quoted fragment that is a statement of its own when no statement holds it: a quotation this
   * long inside a sentence is someone's words even where its attribution is not found ({@code The answer was that
   * “…”}); a shorter one is as often a title, a slogan or scare quotes.
   */
  private static final int LONG_FRAGMENT_WORDS = 12;
  /** Reported statements looked back over for the speaker of an unattributed quote inside a paragraph. */
  private static final int REPORTED_LOOKBACK = 4;
  /** Longest reported clause kept: longer ones mean the sentence splitter found no end. */
  private static final int MAX_REPORTED_CHARS = 1500;
  /**
   * Longest sentence read as one: a longer run (no terminator found) is cut at a space into windows of this size,
   * so each cue's scans stay bounded and a megabyte without a full stop takes linear time.
   */
  private static final int MAX_SENTENCE_CHARS = 2 * MAX_REPORTED_CHARS;
  /** Context reaches at most this far beyond the statement and its cue. */
  static final int MAX_CONTEXT_MARGIN = 400;

  private final CueLexicon cues;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();
  private final QuoteScanner scanner = new QuoteScanner();
  private final AttitudeRelations relations;

  private QuoteExtractor(CueLexicon cues, AttitudeRelations relations) {
    this.cues = cues;
    this.relations = relations;
  }

  /** An extractor with the shipped cue lexicon, relation verbs and learned model. */
  public static QuoteExtractor withDefaults() {
    return new QuoteExtractor(CueLexicon.defaults(), AttitudeRelations.withDefaults());
  }

  /** As {@link #withDefaults()} without the learned model, so tests of the rules do not move when it is retrained. */
  static QuoteExtractor rulesOnly() {
    return new QuoteExtractor(CueLexicon.defaults(), AttitudeRelations.withModel(ContentModel.NONE));
  }

  /**
   * Statements of {@code article} in text order; see the class documentation for the rules. Belief and evidence
   * relations ({@link AttitudeRelations}) are added last, where no speech statement overlaps them.
   */
  public List<Statement> extract(Article article) {
    Objects.requireNonNull(article, "article");
    Run run = new Run(article);
    List<Statement> statements = relations.addTo(article, run.statements(), run.tokens, run.splitSentences, run);
    return withoutLeadingMarks(article.text(), withFreeStatements(statements, run.longFragments));
  }

  /**
   * {@code statements} (in text order) plus those of {@code extra} that overlap none of them, in text order: a long
   * quoted fragment with no statement around it ({@code The answer was that “…”}) is a statement of its own, after
   * every rule and relation had its chance to report it with its cue.
   */
  private static List<Statement> withFreeStatements(List<Statement> statements, List<Statement> extra) {
    if (extra.isEmpty()) {
      return statements;
    }
    // starts in order and the furthest end among the statements up to each: a span [a, b) is free when every
    // statement that starts before b ends by a
    int n = statements.size();
    int[] starts = new int[n];
    int[] reach = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = statements.get(i).getCharStart();
      reach[i] = Math.max(i > 0 ? reach[i - 1] : 0, statements.get(i).getCharEnd());
    }
    List<Statement> out = null;
    for (Statement x : extra) {
      int before = java.util.Arrays.binarySearch(starts, x.getCharEnd());
      before = before < 0 ? -before - 1 : before;
      while (before > 0 && starts[before - 1] >= x.getCharEnd()) {
        before--;
      }
      if (before == 0 || reach[before - 1] <= x.getCharStart()) {
        out = out == null ? new ArrayList<>(statements) : out;
        out.add(x);
      }
    }
    if (out == null) {
      return statements;
    }
    out.sort(Comparator.comparingInt(Statement::getCharStart).thenComparingInt(Statement::getCharEnd));
    return out;
  }

  /**
   * {@code statements} with a content that opens with a comma, semicolon or dash ({@code , or ''One hopes.''}, left by
   * a quote resumed after its attribution) started at its first word; the list itself when none does. Where the text
   * leaves an attribution out ({@link Statement#ELISION}), its first part is trimmed.
   */
  private static List<Statement> withoutLeadingMarks(String text, List<Statement> statements) {
    List<Statement> out = null;
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      int start = s.getCharStart();
      int elision = s.getText().indexOf(Statement.ELISION);
      String head = elision < 0 ? s.getText() : s.getText().substring(0, elision);
      if (!text.startsWith(head, start) || elision < 0 && head.length() != s.getCharEnd() - start) {
        continue;
      }
      int from = start;
      while (from < start + head.length()
          && (",;-–—".indexOf(text.charAt(from)) >= 0 || Tokenizer.isSpace(text.charAt(from)))) {
        from++;
      }
      if (from > start && from < start + head.length()) {
        out = out == null ? new ArrayList<>(statements) : out;
        out.set(i, s.toBuilder().setCharStart(from).setText(s.getText().substring(from - start))
            .setStatementId(statementId(s.getArticleId(), s.getKind(), from, s.getCharEnd())).build());
      }
    }
    return out == null ? statements : out;
  }

  /**
   * Most words of another statement's content that may stand before a speaker it reports ({@code Instead, Roe said,
   * her boss told …}: three).
   */
  private static final int NESTED_OPENING_WORDS = 4;
  /** Most tokens a parenthesis inside an attribution may hold ({@code (D-Pa.)}, {@code (R-Texas)}). */
  private static final int MAX_PARENTHESIS_TOKENS = 8;
  /** Characters searched back from a speaker for the start of a content that holds it (four words fit). */
  private static final int MAX_OPENING_CHARS = 80;

  /** One attribution: cue span and speaker mention span (speaker may be absent). */
  private record Attribution(int cueStart, int cueEnd, String cue, int speakerStart, int speakerEnd) {
    boolean hasSpeaker() {
      return speakerStart >= 0;
    }
  }

  /**
   * A statement under construction. {@code gaps} are the attributions inside a quote joined across them
   * ({@code “A,” she said. “B.”}): the statement spans them, its text leaves them out.
   */
  private record Found(String kind, int start, int end, Attribution attribution, List<int[]> gaps) {
    Found(String kind, int start, int end, Attribution attribution) {
      this(kind, start, end, attribution, List.of());
    }
  }

  /** True for a lower-case regular ({@code -ed}) or irregular past form ({@code chided}, {@code took}). */
  static boolean isPastForm(Token t) {
    String w = t.lower();
    return !t.isCapitalized() && (w.length() > 4 && w.endsWith("ed") || IRREGULAR_PAST.contains(w));
  }

  /** State of one extraction: the article's paragraphs, tokens, sentences and quotes. */
  private final class Run implements AttitudeRelations.Subjects {
    private final Article article;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final List<List<Token>> tokens = new ArrayList<>();
    private final List<List<int[]>> sentences = new ArrayList<>();
    /** The splitter's sentences per paragraph, in text offsets, before long ones are cut into windows. */
    private final List<List<int[]>> splitSentences = new ArrayList<>();
    private final List<Span> quotes;
    private final Set<Span> direct = Collections.newSetFromMap(new IdentityHashMap<>());
    private final BitSet inDirect = new BitSet();
    private final BitSet directOpens = new BitSet();
    private final BitSet fragmentOpens = new BitSet();
    private final BitSet inFragment = new BitSet();
    /** Offsets of the marks that close the scanner's quotes. */
    private final BitSet closes = new BitSet();
    private final Map<Span, Integer> quoteIndex = new IdentityHashMap<>();
    private final Map<Integer, Span> quoteAt = new HashMap<>();
    private final Set<Integer> usedCues = new HashSet<>();
    /** Attributions of quotes, by cue offset: a participle after one takes its speaker. */
    private final TreeMap<Integer, Attribution> quoteCues = new TreeMap<>();
    /** The article's capitalised words, read on first use ({@link #isPluralOfArticleWord}). */
    private Set<String> capitalisedWords;
    private final List<Found> found = new ArrayList<>();
    /**
     * Quoted fragments of {@link #LONG_FRAGMENT_WORDS} words or more that are no DIRECT quote, as statements with
     * the attribution their paragraph lends; {@link #statements} fills it, and they count where nothing else does.
     */
    private final List<Statement> longFragments = new ArrayList<>();

    Run(Article article) {
      this.article = article;
      this.text = article.text();
      List<String> paragraphs = article.getParagraphs();
      starts = new int[paragraphs.size()];
      ends = new int[paragraphs.size()];
      int offset = 0;
      for (int p = 0; p < paragraphs.size(); p++) {
        starts[p] = offset;
        ends[p] = offset + paragraphs.get(p).length();
        offset = ends[p] + Article.PARAGRAPH_SEPARATOR.length();
        tokens.add(tokenizer.tokenize(text, starts[p], ends[p]));
        List<int[]> spans = new ArrayList<>();
        List<int[]> split = new ArrayList<>();
        for (int[] s : splitter.split(paragraphs.get(p))) {
          split.add(new int[] {s[0] + starts[p], s[1] + starts[p]});
          int from = s[0] + starts[p];
          int to = s[1] + starts[p];
          for (int nl = hardLineBreak(from, to); nl >= 0; nl = hardLineBreak(from, to)) {
            addWindows(spans, from, nl);
            from = nl + 1;
          }
          if (from < to) {
            addWindows(spans, from, to);
          }
        }
        sentences.add(spans);
        splitSentences.add(split);
      }
      quotes = scanner.scan(text, starts, ends);
      for (Span q : quotes) {
        if (q.close >= 0) {
          closes.set(q.close);
        }
      }
    }

    /** Adds sentence {@code [from, to)} to {@code spans}, cut at spaces into windows of MAX_SENTENCE_CHARS. */
    private void addWindows(List<int[]> spans, int from, int to) {
      while (to - from > MAX_SENTENCE_CHARS) {
        int cut = from + MAX_SENTENCE_CHARS;
        while (cut > from + MAX_SENTENCE_CHARS / 2 && !Tokenizer.isSpace(text.charAt(cut))) {
          cut--;
        }
        spans.add(new int[] {from, cut});
        from = cut;
        while (from < to && Tokenizer.isSpace(text.charAt(from))) {
          from++;
        }
      }
      spans.add(new int[] {from, to});
    }

    List<Statement> statements() {
      List<Attribution> attributions = new ArrayList<>();
      for (Span q : quotes) {
        Attribution a = attributeQuote(q);
        if (a == null && !attributions.isEmpty()) {
          Span prev = quotes.get(attributions.size() - 1);
          Attribution pa = attributions.get(attributions.size() - 1);
          a = secondCueAttribution(q, prev, pa);
          a = a != null ? a : continuedAttribution(q, prev, pa);
        }
        attributions.add(a);
        quoteIndex.put(q, quoteIndex.size());
        quoteAt.put(q.open, q);
        if (a != null || isStandalone(q) || resumesShort(q, attributions)) {
          direct.add(q);
          inDirect.set(q.open, q.after(ends[q.paragraph]));
          directOpens.set(q.open);
        } else {
          fragmentOpens.set(q.open);
          inFragment.set(q.open, q.after(ends[q.paragraph]));
        }
      }
      for (int i = 0; i < quotes.size(); i++) {
        if (attributions.get(i) != null) {
          usedCues.add(attributions.get(i).cueStart());
          if (attributions.get(i).hasSpeaker()) {
            quoteCues.put(attributions.get(i).cueStart(), attributions.get(i));
          }
        }
      }
      for (int p = 0; p < starts.length; p++) {
        reportedSpeech(p);
      }
      quotedObjects();
      List<Found> reported = new ArrayList<>(found);
      found.clear();
      Inheritance inheritance = new Inheritance(attributions, reported);
      List<Found> longFragments = new ArrayList<>();
      for (int i = 0; i < quotes.size(); i++) {
        Span q = quotes.get(i);
        if (!direct.contains(q)) {
          if (q.previousPart == null && q.nextPart == null
              && wordsIn(tokens.get(q.paragraph), q.textStart, q.textEnd, LONG_FRAGMENT_WORDS) >= LONG_FRAGMENT_WORDS) {
            longFragments.add(new Found(Statement.DIRECT, q.textStart, q.textEnd, inheritance.of(i)));
          }
          inheritance.done(i);
          continue;
        }
        boolean own = attributions.get(i) != null;
        Attribution a = own ? attributions.get(i) : inheritance.of(i);
        if (q.previousPart != null || q.nextPart != null) {
          attributions.set(i, a);
        }
        inheritance.done(i);
        if (q.previousPart != null && q.previousPart.paragraph < q.paragraph) {
          continue;
        }
        int end = q.textEnd;
        for (Span part = q; part.nextPart != null && part.nextPart.paragraph > part.paragraph; part = part.nextPart) {
          end = part.nextPart.textEnd;
        }
        Found last = found.isEmpty() ? null : found.get(found.size() - 1);
        if (i > 0 && last != null && !Statement.INDIRECT.equals(last.kind()) && a != null
            && a.equals(last.attribution()) && last.end() == quotes.get(i - 1).textEnd
            && (resumesAfterAttribution(quotes.get(i - 1), q, a)
                || !own && resumesInNextParagraph(quotes.get(i - 1), q, a))) {
          List<int[]> gaps = new ArrayList<>(last.gaps());
          Span p = quotes.get(i - 1);
          gaps.add(Statement.DIRECT.equals(last.kind()) ? new int[] {last.end(), q.textStart}
              : new int[] {p.close + 1, q.open});
          found.set(found.size() - 1, new Found(last.kind(), last.start(), end, a, List.copyOf(gaps)));
          continue;
        }
        int lead = attributions.get(i) == null ? -1 : leadIn(q, a);
        int tail = attributions.get(i) == null ? -1 : tailEnd(q, a);
        if (tail >= 0) {
          found.add(new Found(Statement.PARTIAL, lead < 0 ? q.open : lead, tail, a));
          continue;
        }
        found.add(lead < 0 ? new Found(Statement.DIRECT, q.textStart, end, a)
            : new Found(Statement.PARTIAL, lead, end, a));
      }
      found.addAll(oneStatementPerUtterance(reported));
      for (int p = 0; p < starts.length; p++) {
        signedPosts(p);
      }
      found.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
      List<Statement> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      // One report per quoted fragment: a PARTIAL statement inside a wider PARTIAL one is dropped, its quote being part
      // of the outer report (Roe wrote that Lee kept calling the plan “a disaster” gives the "wrote" statement only).
      // On PolNeAR train this removed 113 quote-marked predictions and 15 matches. Reported speech whose speaker opens
      // another statement's content is that statement's report too (insideReport), and one statement that says what
      // another says is enough (repeated).
      Found outer = null;
      int[] foundStarts = found.stream().mapToInt(Found::start).toArray();
      List<Found> reaching = new ArrayList<>();
      List<Found> kept = new ArrayList<>();
      Map<Found, Integer> keptAt = new java.util.IdentityHashMap<>();
      for (Found f : found) {
        if (Statement.INDIRECT.equals(f.kind()) && insideReport(f, foundStarts)) {
          continue;
        }
        boolean partial = Statement.PARTIAL.equals(f.kind());
        if (partial && outer != null && f.start() > outer.start() && f.end() <= outer.end()) {
          continue;
        }
        if (partial && (outer == null || f.end() > outer.end())) {
          outer = f;
        }
        reaching.removeIf(g -> g.end() <= f.start());
        Found repeated = repeated(f, reaching);
        if (repeated != null && Statement.INDIRECT.equals(repeated.kind()) && !Statement.INDIRECT.equals(f.kind())) {
          // a quote stays over the reported speech around it when its speaker opens that speech, after at most a
          // "that" ("Roe said he responded: “…”"), and beside it when it stands deeper ("Roe said the plan, which
          // Lee called “…,” failed")
          if (reportsInside(f, repeated) && wordsIn(repeated.start(), f.attribution().speakerStart()) > 1) {
            repeated = null;
          }
        } else if (repeated != null) {
          continue;
        }
        if (seen.add(f.start() + ":" + f.end())) {
          if (repeated != null) {
            kept.set(keptAt.get(repeated), null); // a quote says it better than the reported speech around it
            reaching.remove(repeated);
          }
          keptAt.put(f, kept.size());
          kept.add(f);
          reaching.add(f);
        }
      }
      for (Found f : kept) {
        if (f != null) {
          out.add(build(f));
        }
      }
      for (Found f : longFragments) {
        this.longFragments.add(build(f));
      }
      return out;
    }

    /**
     * True when statement {@code f}'s speaker mention stands after at most {@link #NESTED_OPENING_WORDS} words of
     * another statement's content, its cue inside that content too: {@code Roe said she hoped to win} ({@code hoped}
     * is Roe's report, not a statement of its own), {@code Instead, Roe said, her boss told her he had booked a
     * room}. The outer statement holds it, as PolNeAR annotates it: an INDIRECT inner relation of this shape was a
     * gold relation of its own in 10 of 202 cases on train (dropping them: F1 0.697 -> 0.700, quoted unchanged). An
     * inner statement whose content runs past the outer one's end goes too: it is most often a run-on into a trailing
     * attribution ({@code the bridge would open in May, officials said}; keeping those: +15 predictions, +3 matches).
     * MEANTIME, which counts nested speech events, loses 0.009 of event coverage. {@code found} is sorted by start
     * and {@code starts} holds its starts.
     */
    private boolean insideReport(Found f, int[] starts) {
      Attribution a = f.attribution();
      if (a == null || !a.hasSpeaker() || a.speakerStart() >= f.start() || coordinatorBefore(a.speakerStart()) >= 0) {
        return false; // a content before its speaker ("…, Lee said", "that Lee said needed changes") opens nothing
      }
      int s = a.speakerStart();
      int k = java.util.Arrays.binarySearch(starts, s - MAX_OPENING_CHARS);
      k = k < 0 ? -k - 1 : k;
      while (k > 0 && starts[k - 1] == s - MAX_OPENING_CHARS) {
        k--; // the first of equal starts
      }
      for (; k < starts.length && starts[k] <= s; k++) {
        Found g = found.get(k);
        if (g == f || g.attribution() == a || g.end() <= a.cueStart() || within(g.gaps(), s)) {
          continue;
        }
        if (wordsIn(g.start(), s) <= NESTED_OPENING_WORDS) {
          return true;
        }
      }
      return false;
    }

    /**
     * The kept statement of {@code earlier} whose content statement {@code f} says again (at least half of each
     * one's word characters are the other's), or null. PolNeAR train: dropping the repeat (or the reported speech
     * around a quote) removed 81 predictions and 3 matches, quoted F1 up. A report nested in the earlier content is
     * a repeat too when it covers half of it (leaving those to {@link #insideReport}'s depth limit: +48 predictions,
     * +4 matches, most with a broken speaker such as {@code teams that review reports}).
     */
    private Found repeated(Found f, List<Found> earlier) {
      if (earlier.isEmpty()) {
        return null;
      }
      List<int[]> fOut = leftOut(f);
      int own = sharedWordChars(f, fOut, f, fOut);
      for (Found g : earlier) {
        List<int[]> gOut = leftOut(g);
        int shared = sharedWordChars(f, fOut, g, gOut);
        if (shared > 0 && 2 * shared >= own && 2 * shared >= sharedWordChars(g, gOut, g, gOut)) {
          return g;
        }
      }
      return null;
    }

    /** The ranges statement {@code f}'s text leaves out: its attributions inside ({@link #statementText}). */
    private List<int[]> leftOut(Found f) {
      int[] inner = f.gaps().isEmpty() ? innerAttribution(f) : null;
      return inner == null ? f.gaps() : List.of(inner);
    }

    /** Letters and digits that statements {@code f} and {@code g} both span and neither leaves out. */
    private int sharedWordChars(Found f, List<int[]> fOut, Found g, List<int[]> gOut) {
      int n = 0;
      for (int i = Math.max(f.start(), g.start()), end = Math.min(f.end(), g.end()); i < end; i++) {
        if (Character.isLetterOrDigit(text.charAt(i)) && !within(fOut, i) && !within(gOut, i)) {
          n++;
        }
      }
      return n;
    }

    /** True when statement {@code f}'s speaker and cue stand in the words of statement {@code g}'s content. */
    private boolean reportsInside(Found f, Found g) {
      Attribution a = f.attribution();
      return a != null && a.hasSpeaker() && g.start() <= Math.min(a.speakerStart(), a.cueStart())
          && Math.max(a.speakerEnd(), a.cueEnd()) <= g.end() && !within(leftOut(g), a.speakerStart())
          && !within(leftOut(g), a.cueStart());
    }

    /** True when {@code offset} falls in one of {@code ranges}. */
    private static boolean within(List<int[]> ranges, int offset) {
      for (int[] r : ranges) {
        if (r[0] <= offset && offset < r[1]) {
          return true;
        }
      }
      return false;
    }

    /** Number of words (runs of letters and digits) in the text between offsets {@code from} and {@code to}. */
    private int wordsIn(int from, int to) {
      int words = 0;
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(text.charAt(i)) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          words++;
        }
      }
      return words;
    }

    /**
     * One utterance gives one statement: a reported statement that holds the cue of a later one by the same speaker
     * mention ends before that cue. What is left stays a statement when it quotes, is a clause or is a bare object,
     * as PolNeAR annotates them; a phrase that opens with a preposition or ends with one ({@code wrote on Twitter,
     * saying …}, {@code answered a question by saying …}) is dropped. So {@code X dismissed the bid, threatening
     * sanctions and saying Y} gives "the bid", "sanctions" and Y, and {@code X said A and said B} gives A and B.
     */
    private List<Found> oneStatementPerUtterance(List<Found> reported) {
      Map<Long, List<Found>> bySpeaker = new java.util.LinkedHashMap<>();
      for (Found f : reported) {
        bySpeaker.computeIfAbsent(speakerKey(f), x -> new ArrayList<>()).add(f);
      }
      NavigableMap<Integer, List<Found>> bySpeakerStart = new TreeMap<>();
      for (Found f : reported) {
        if (f.attribution().hasSpeaker() && f.attribution().speakerEnd() <= f.attribution().cueStart()) {
          bySpeakerStart.computeIfAbsent(f.attribution().speakerStart(), x -> new ArrayList<>()).add(f);
        }
      }
      List<Found> out = new ArrayList<>();
      for (Found f : reported) {
        int end = f.end();
        if (f.attribution().hasSpeaker()) {
          for (Found g : bySpeaker.get(speakerKey(f))) {
            if (g != f && g.attribution().cueStart() > f.start() && g.attribution().cueStart() < end) {
              end = g.attribution().cueStart();
            }
          }
        }
        end = Math.min(end, coordinatedReportStart(f, end, bySpeakerStart));
        if (end == f.end()) {
          out.add(f);
          continue;
        }
        List<Token> toks = tokens.get(paragraphOf(f.start()));
        int last = tokenBefore(toks, end);
        while (last >= 0 && toks.get(last).start() >= f.start() && (!toks.get(last).isWord()
            || CONNECTIVES.contains(toks.get(last).lower()))) {
          last--;
        }
        int from = tokenAtOrAfter(toks, f.start());
        if (last < from) {
          continue;
        }
        int e = toks.get(last).end();
        for (int i = last + 1; i < toks.size() && toks.get(i).end() <= end && !toks.get(i).isWord(); i++) {
          if (isClosingMark(toks.get(i))) {
            e = toks.get(i).end();
          }
        }
        int fragment = fragmentOpens.nextSetBit(f.start());
        boolean partial = fragment >= 0 && fragment < e;
        String lastWord = toks.get(last).lower();
        boolean bareObject = !LEADING_PREPOSITIONS.contains(lastWord) && !lastWord.equals("to")
            && !LEADING_PREPOSITIONS.contains(toks.get(from).lower()); // not "wrote on Twitter", "answered … by"
        if (partial || bareObject || isClause(toks, from, e)) {
          out.add(new Found(partial ? Statement.PARTIAL : Statement.INDIRECT, f.start(), e, f.attribution()));
        }
      }
      return out;
    }

    /**
     * Start of the speaker of a later report that a coordinator joins to statement {@code f}'s content before
     * offset {@code end} ({@code Most said A, and a third said B}: {@code a third said B} is a statement of its
     * own, not part of A), or {@code end}. PolNeAR train: +16 matches, +15 predictions (the second reports appear).
     */
    private int coordinatedReportStart(Found f, int end, NavigableMap<Integer, List<Found>> bySpeakerStart) {
      for (Map.Entry<Integer, List<Found>> e : bySpeakerStart.subMap(f.start(), false, end, false).entrySet()) {
        int s = e.getKey();
        boolean report = false;
        for (Found g : e.getValue()) {
          report |= g != f && g.attribution().cueStart() < f.end();
        }
        int coordinator = report ? coordinatorBefore(s) : -1;
        for (Found g : e.getValue()) {
          if (report && coordinator < 0 && g != f && Objects.equals(lemmaOf(f), lemmaOf(g))) {
            coordinator = commaBeforeReport(g); // "520 have said A, 39 have said B": the same verb again
          }
        }
        if (coordinator > f.start() && wordsIn(f.start(), coordinator) > 0 && !hasRelativeWord(f.start(), coordinator)) {
          return coordinator;
        }
      }
      return end;
    }

    /** Lemma of the first word of report {@code f}'s cue ({@code said} → {@code say}), or its lower-cased word. */
    private String lemmaOf(Found f) {
      String word = f.attribution().cue().split(" ", 2)[0];
      String lemma = cues.lemma(word);
      return lemma != null ? lemma : Tokenizer.lowerCase(word);
    }

    /**
     * Start of the comma that joins report {@code g} to the one before it without a coordinator ({@code 520 have
     * said A, 39 have said B}, {@code He said A, she said B}): a comma right before a speaker of at most three words
     * whose cue follows with its content after it (not an attribution set off inside a sentence, {@code A, officials
     * said, B}); else -1.
     */
    private int commaBeforeReport(Found g) {
      Attribution a = g.attribution();
      if (!a.hasSpeaker() || a.speakerEnd() > a.cueStart() || g.start() < a.cueStart()
          || wordsIn(a.speakerStart(), a.speakerEnd()) > 3) {
        return -1;
      }
      List<Token> toks = tokens.get(paragraphOf(a.speakerStart()));
      int b = tokenBefore(toks, a.speakerStart());
      return b > 0 && toks.get(b).text().equals(",") ? toks.get(b).start() : -1;
    }

    /**
     * Start of the coordinator ({@link #COORDINATED_REPORT}) right before offset {@code offset}, over an
     * approximation the speaker mention leaves out ({@code and more than 4 in 10 said}); -1 when there is none or
     * it opens its sentence ({@code And she hoped to win, Roe said.}).
     */
    private int coordinatorBefore(int offset) {
      int paragraph = paragraphOf(offset);
      List<Token> toks = tokens.get(paragraph);
      int b = tokenBefore(toks, offset);
      while (b > 0 && offset - toks.get(b).start() < 20 && TIME_APPROXIMATORS.contains(toks.get(b).lower())) {
        b--;
      }
      if (b < 0 || !COORDINATED_REPORT.contains(toks.get(b).lower())
          || sentenceAt(paragraph, toks.get(b).start())[0] == toks.get(b).start()) {
        return -1;
      }
      return toks.get(b).start();
    }

    /**
     * True when a relative clause is open at offset {@code to}: a relative pronoun after a comma or after a noun with
     * its article stands between the last comma before {@code to} and {@code to} (from {@code from} on), so a
     * coordinator there may join two verbs of the clause ({@code the bill, which the Senate passed and the governor
     * said she would sign, is flawed}); not a question word ({@code worried about who would pay, and …}).
     */
    private boolean hasRelativeWord(int from, int to) {
      List<Token> toks = tokens.get(paragraphOf(from));
      int first = tokenAtOrAfter(toks, from);
      int k = tokenBefore(toks, to);
      if (k >= first && toks.get(k).text().equals(",")) {
        k--; // "…, and": the comma before the coordinator
      }
      for (; k > first && !toks.get(k).text().equals(","); k--) {
        String w = toks.get(k).lower();
        // a relative pronoun after a comma or a noun with its article ("the senators who …"); not "about who …"
        if ((RELATIVE_PRONOUNS.contains(w) || w.equals("whom")) && (toks.get(k - 1).text().equals(",")
            || k - 2 >= first && ARTICLES_AND_POSSESSIVES.contains(toks.get(k - 2).lower()))) {
          return true;
        }
      }
      return false;
    }

    private long speakerKey(Found f) {
      return ((long) f.attribution().speakerStart() << 32) | (f.attribution().speakerEnd() & 0xffffffffL);
    }

    // ---- quotes ----------------------------------------------------------------------------------------------

    /**
     * Start of the words of the speaker's sentence that lead into attributed quote {@code q}, or -1 when the quote
     * is the whole statement: the clause before the opening mark when the cue follows the quote ({@code the plan
     * is “dead,” she said}; from the sentence start across a comma when the quote opens in lower case, {@code In this
     * race, “money matters less,” she said}: PolNeAR train +5 matches of -2 predictions), or the words after a cue
     * that precedes it by more than an adverbial ({@code she said no matter what, “it stays”}). Such a quote is
     * PARTIAL.
     */
    private int leadIn(Span q, Attribution a) {
      if (q.previousPart != null || q.nextPart != null || paragraphOf(a.cueStart()) != q.paragraph) {
        return -1;
      }
      List<Token> toks = tokens.get(q.paragraph);
      int b = tokenBefore(toks, q.open);
      int[] sentence = sentenceAt(q.paragraph, q.open);
      if (b < 0 || toks.get(b).start() < sentence[0]) {
        return -1;
      }
      if (a.cueStart() > q.open) {
        int first = sentenceStartToken(toks, sentence);
        if (toks.get(b).text().equals(",") && Character.isLowerCase(text.charAt(q.textStart)) && b > first
            && !insideDirect(toks.get(b).start())) {
          return toks.get(first).start(); // "The party, held yearly, “lets us …,” she said": the quote goes on a clause
        }
        if (!toks.get(b).isWord() || insideDirect(toks.get(b).start())) {
          return -1;
        }
        int s = clauseStart(toks, first, b + 1);
        return wordsIn(toks, toks.get(s).start(), q.open, 2) >= 2 ? toks.get(s).start() : -1;
      }
      if (a.speakerStart() > a.cueStart() && a.speakerEnd() <= q.open) {
        return -1;
      }
      int from = tokenAtOrAfter(toks, a.cueEnd());
      if (from > 0 && IT_CUES.contains(toks.get(from - 1).lower())) {
        from++;
      }
      boolean phraseBeforeColon = toks.get(b).text().equals(":") && b - from <= 8
          && wordsIn(toks, toks.get(from).start(), toks.get(b).start(), 9) == b - from && !hasFiniteVerb(toks, from, b);
      boolean addresseeBeforeComma = cues.takesObject(a.cue()) && toks.get(b).text().equals(",") && b - from <= 5
          && wordsIn(toks, toks.get(from).start(), toks.get(b).start(), 6) == b - from;
      if (phraseBeforeColon || addresseeBeforeComma) {
        return -1; // "told supporters: “…”", "said of the plan: “…”": an addressee or topic leads nothing in
      }
      boolean lead = false;
      for (int i = from; i < b; i++) {
        Token t = toks.get(i);
        String w = t.lower();
        if (t.isWord() && !(ADVERBIAL.contains(w) || TIME_WORDS.contains(w) || t.isCapitalized() || w.equals("that")
            || Character.isDigit(w.charAt(0)))) {
          lead = true;
          break;
        }
      }
      if (!lead) {
        return -1;
      }
      while (from < b && (toks.get(from).lower().equals("that") || !toks.get(from).isWord())) {
        from++;
      }
      return toks.get(from).start();
    }

    /**
     * End of the words of the speaker's sentence that go on after attributed quote {@code q} when its cue precedes
     * it ({@code X says “the wind is at our backs” despite the loss.} → up to {@code loss}), or -1: the quote is
     * then PARTIAL, its content the whole reported clause. Not when a comma, a connective, a capital or a cue follows
     * the closing mark ({@code X said “we won” and left}, {@code “…” she said}).
     */
    private int tailEnd(Span q, Attribution a) {
      if (q.previousPart != null || q.nextPart != null || a.cueEnd() > q.open
          || paragraphOf(a.cueStart()) != q.paragraph) {
        return -1;
      }
      return continuationEnd(q);
    }

    /**
     * End of the clause that goes on after closed quote {@code q} in its sentence ({@code “…” despite the loss}),
     * or -1 when the quote ends in punctuation, when a comma, a connective, a capital, a pronoun or a cue follows
     * it, or only a time ({@code “…” on Monday.}).
     */
    private int continuationEnd(Span q) {
      if (q.close < 0 || ".?!…,;:".indexOf(beforeClose(q)) >= 0) {
        return -1;
      }
      List<Token> toks = tokens.get(q.paragraph);
      int after = tokenAfter(toks, q.close);
      int[] sentence = sentenceAt(q.paragraph, q.open);
      if (after < 0 || toks.get(after).start() >= sentence[1]) {
        return -1;
      }
      Token t = toks.get(after);
      if (!t.isWord() || t.isCapitalized() || CONNECTIVES.contains(t.lower()) || t.lower().equals("or")
          || isCueToken(t) || SUBJECT_PRONOUNS.contains(bare(t)) || wordsIn(toks, t.start(), sentence[1], 2) < 2) {
        return -1;
      }
      int rest = afterTime(toks, after);
      if (rest > after && (rest >= toks.size() || toks.get(rest).start() >= sentence[1] || !toks.get(rest).isWord())) {
        return -1;
      }
      int e = clauseEnd(toks, after, sentence[1]);
      while (e > t.end() && (Tokenizer.isSpace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      return e;
    }

    /**
     * True when quote {@code q} resumes the quote {@code p} of the same speaker right after its attribution
     * {@code a}: {@code “A,” X said. “B.”}, {@code “A,” X said, “b.”} or {@code “A,” said X, a former governor who
     * backs Y. “B.”}, with {@code A} ending in a comma, question or exclamation mark and nothing but an attribution
     * between the two ({@link #attributionWords}). The parts are one statement, the attribution inside it, as PolNeAR
     * annotates them (one content in 95 % of short and about 80 % of long attributions on train); the statement's
     * text leaves the attribution out, however long.
     */
    private boolean resumesAfterAttribution(Span p, Span q, Attribution a) {
      if (p.paragraph != q.paragraph || p.close < 0 || p.previousPart != null || p.nextPart != null
          || q.previousPart != null || a.cueStart() < p.close || a.cueEnd() > q.open || ",?!".indexOf(beforeClose(p)) < 0) {
        return false;
      }
      List<Token> toks = tokens.get(q.paragraph);
      int b = tokenBefore(toks, q.open);
      if (b < 0 || !(toks.get(b).text().equals(",") || toks.get(b).text().equals("."))) {
        return false;
      }
      int words = attributionWords(toks, tokenAfter(toks, p.close), b, a);
      return words >= 0;
    }

    /**
     * Words of the attribution {@code a} in tokens {@code [from, to)} after a quote's closing mark, or -1 when a
     * mark ({@code . ? ! ; :} or a quotation mark) or a cue other than {@code a}'s stands there. A short parenthesis
     * ({@code (D-Pa.)}, at most {@link #MAX_PARENTHESIS_TOKENS} tokens, its words counted) is passed over, and the
     * description of an inverted speaker after a comma or relative pronoun may hold other verbs ({@code said Jane
     * Roe, who advised Lee's campaign}; not {@code Roe said, and Lee said …}). PolNeAR train: letting the description
     * and parenthesis through joined 55 more quotes (9 fewer matches, quoted F1 0.886 -> 0.889).
     */
    private int attributionWords(List<Token> toks, int from, int to, Attribution a) {
      int words = 0;
      boolean description = false;
      int open = -1;
      for (int i = from; i >= 0 && i < to; i++) {
        Token t = toks.get(i);
        words += t.isWord() ? 1 : 0;
        if (open >= 0) {
          if (t.text().equals(")")) {
            open = -1;
          } else if (i - open > MAX_PARENTHESIS_TOKENS) {
            return -1; // a parenthesis that does not close soon is no party label
          }
          continue; // a party's parenthesis: "(D-Pa.)"
        }
        if (t.text().equals("(")) {
          open = i;
          continue;
        }
        if (".?!;:()“”\"".contains(t.text()) || t.start() != a.cueStart() && isCueToken(t) && !description) {
          return -1;
        }
        // after an inverted speaker, a comma or relative pronoun opens its description: "said Roe, who advised Lee"
        description |= a.hasSpeaker() && a.speakerStart() > a.cueStart() && t.start() >= a.speakerEnd()
            && (t.text().equals(",") && !(i + 1 < to && COORDINATED_REPORT.contains(toks.get(i + 1).lower()))
                || RELATIVE_PRONOUNS.contains(t.lower()));
      }
      return open >= 0 ? -1 : words;
    }

    /**
     * True when cue token {@code k} after quote {@code q} has no subject but still marks the quote as said
     * ({@code “…,” said in a letter to X}): the quote opens its sentence, ends in a comma, and the cue is followed
     * by a preposition. A quoted title or word before a participle ({@code Her op-ed, “Title,” written for …}) is not.
     */
    private boolean subjectlessCue(Span q, List<Token> toks, int k, boolean comma) {
      return (comma || beforeClose(q) == ',') && q.open == sentenceAt(q.paragraph, q.open)[0]
          && k + 1 < toks.size() && LEADING_PREPOSITIONS.contains(toks.get(k + 1).lower());
    }

    /** The character before closed quote {@code q}'s closing mark, or before both marks of a doubled {@code ''}. */
    private char beforeClose(Span q) {
      int m = q.close > 0 && text.charAt(q.close) == '\'' && text.charAt(q.close - 1) == '\'' ? q.close - 1 : q.close;
      return text.charAt(m - 1);
    }

    /**
     * True when quote {@code q}, which has no attribution of its own and opens the paragraph after quote {@code p},
     * resumes {@code p} across the short attribution {@code a} that closes {@code p}'s paragraph
     * ({@code “A,” X said.} / {@code “B.”}): {@code A} ends in a comma, question or exclamation mark, and only the
     * attribution (at most {@link #MAX_RESUME_WORDS} words, one cue, no other quote) follows it. PolNeAR annotates
     * such parts as one content (24 of 27 on train); a paragraph that ends at its closing mark ({@code X said:
     * “A.”}) is as often followed by a new quotation as by more of it, and is left alone.
     */
    private boolean resumesInNextParagraph(Span p, Span q, Attribution a) {
      if (q.paragraph != p.paragraph + 1 || p.close < 0 || p.nextPart != null || q.previousPart != null
          || a.cueStart() < p.close || a.cueEnd() > ends[p.paragraph] || ",?!".indexOf(beforeClose(p)) < 0) {
        return false;
      }
      List<Token> next = tokens.get(q.paragraph);
      if (next.isEmpty() || next.get(0).start() != q.open) {
        return false;
      }
      List<Token> toks = tokens.get(p.paragraph);
      int end = toks.get(toks.size() - 1).text().equals(".") ? toks.size() - 1 : toks.size();
      int words = attributionWords(toks, tokenAfter(toks, p.close), end, a);
      return words > 0 && words <= MAX_RESUME_WORDS;
    }

    /**
     * True when {@code q} is a sentence of its own, too short to stand alone, that resumes the attributed DIRECT
     * quote before it right after its short attribution ({@code “They sue,” he said. “Everybody sues.”}): it is
     * part of that quote, not a fragment.
     */
    private boolean resumesShort(Span q, List<Attribution> attributions) {
      int i = attributions.size() - 1;
      if (i < 1 || attributions.get(i - 1) == null || !direct.contains(quotes.get(i - 1)) || q.close < 0
          || ".?!".indexOf(text.charAt(q.textEnd - 1)) < 0) {
        return false;
      }
      List<Token> toks = tokens.get(q.paragraph);
      int b = tokenBefore(toks, q.open);
      return b >= 0 && toks.get(b).text().equals(".")
          && resumesAfterAttribution(quotes.get(i - 1), q, attributions.get(i - 1));
    }

    private boolean isStandalone(Span q) {
      if (q.previousPart != null || q.nextPart != null) {
        return true;
      }
      List<Token> toks = tokens.get(q.paragraph);
      if (wordsIn(toks, q.textStart, q.textEnd, 4) < 4) {
        return false;
      }
      int[] sentenceOfOpen = sentenceAt(q.paragraph, q.open);
      int before = tokenBefore(toks, q.open);
      boolean startsClause = before < 0 || toks.get(before).start() < sentenceOfOpen[0]
          || ":—–-.?!".contains(toks.get(before).text());
      int after = tokenAfter(toks, q.after(ends[q.paragraph]) - 1);
      char last = text.charAt(q.textEnd - 1);
      boolean endsClause = after < 0 || ".?!…".indexOf(last) >= 0 || ".?!…:;".contains(toks.get(after).text())
          || (toks.get(after).isCapitalized() && ".?!".indexOf(beforeClose(q)) >= 0);
      return startsClause && endsClause;
    }

    private Attribution attributeQuote(Span q) {
      Attribution asked = questionPutBefore(q);
      if (asked != null) {
        return asked;
      }
      Attribution after = q.close >= 0 ? attributionAfter(q) : null;
      if (after != null) {
        return after;
      }
      return attributionBefore(q);
    }

    /**
     * {@code Roe was asked, “…?”}: the quote is a question put to the subject by no one named, so its cue is the
     * passive {@code asked} and it has no speaker, whatever follows it ({@code “…?” He answered no.}); or null.
     */
    private Attribution questionPutBefore(Span q) {
      List<Token> toks = tokens.get(q.paragraph);
      int b = tokenBefore(toks, q.open);
      if (b < 2 || !(toks.get(b).text().equals(",") || toks.get(b).text().equals(":"))
          || !toks.get(b - 1).lower().equals("asked")) {
        return null;
      }
      int k = b - 2;
      while (k >= 0 && AttitudeRelations.isAdverb(toks.get(k))) {
        k--;
      }
      if (k < 0 || !PASSIVE_AUX.contains(toks.get(k).lower()) || toks.get(k).text().equals("’s")) {
        return null; // "she’s asked, “…”" is mostly "she has asked"
      }
      Token cue = toks.get(b - 1);
      return new Attribution(cue.start(), cue.end(), cue.text(), -1, -1);
    }

    /**
     * The attribution of the split quote's first part {@code prev} for its second part {@code q}, when only that
     * attribution and a comma stand between them ({@code “A,” said X, “b …”}); else null.
     */
    private Attribution continuedAttribution(Span q, Span prev, Attribution a) {
      if (a == null || prev.paragraph != q.paragraph || prev.close < 0 || a.cueStart() < prev.close
          || a.cueStart() > q.open) {
        return null;
      }
      List<Token> toks = tokens.get(q.paragraph);
      int b = tokenBefore(toks, q.open);
      if (b < 0 || !toks.get(b).text().equals(",")) {
        return null;
      }
      for (int i = tokenAfter(toks, prev.close); i >= 0 && i < b; i++) {
        if (".?!;:“”\"".contains(toks.get(i).text())) {
          return null;
        }
      }
      return a;
    }

    /**
     * For quote {@code q} right after a second cue of the attribution {@code a} that follows quote {@code prev}, that
     * cue with {@code a}'s speaker ({@code “A,” Roe said, adding: “B.”}, {@code she said before adding, “B.”}); else
     * null. PolNeAR gives {@code B} the second cue, so it is not joined to {@code A} as a split quote.
     */
    private Attribution secondCueAttribution(Span q, Span prev, Attribution a) {
      if (a == null || !a.hasSpeaker() || prev.paragraph != q.paragraph || prev.close < 0 || a.cueStart() < prev.close
          || a.cueEnd() > q.open) {
        return null;
      }
      List<Token> toks = tokens.get(q.paragraph);
      int b = tokenBefore(toks, q.open);
      if (b < 1 || !(toks.get(b).text().equals(":") || toks.get(b).text().equals(","))
          || !isCueToken(toks.get(b - 1)) || toks.get(b - 1).start() <= a.cueStart()) {
        return null;
      }
      for (int i = tokenAfter(toks, prev.close); i >= 0 && i < b; i++) {
        if (".?!;“”\"".contains(toks.get(i).text())) {
          return null;
        }
      }
      return new Attribution(toks.get(b - 1).start(), toks.get(b - 1).end(), cueText(toks, b - 1), a.speakerStart(),
          a.speakerEnd());
    }

    private Attribution attributionAfter(Span q) {
      List<Token> toks = tokens.get(q.paragraph);
      int i = tokenAfter(toks, q.close);
      if (i < 0) {
        return null;
      }
      char last = text.charAt(q.textEnd - 1);
      boolean comma = false;
      while (i < toks.size() && toks.get(i).text().equals(",")) {
        comma = true;
        i++;
      }
      if (i >= toks.size()) {
        return null;
      }
      Token first = toks.get(i);
      if (!comma && dashLength(toks, i) > 0) {
        return dashAttribution(q, toks, i);
      }
      if (last == '.' && !comma && beforeClose(q) != ',' && first.isCapitalized()) {
        return null; // a sentence ended in the quote, unless an abbreviation did ("… in the U.S.,” Roe said)
      }
      boolean anyPast = (comma || ",!?".indexOf(beforeClose(q)) >= 0) && !isTitle(toks, q)
          && (q.open == sentenceAt(q.paragraph, q.open)[0] || q.previousPart != null); // not a scare quote
      boolean pastBeforeName = anyPast && !isCueToken(first) && i + 1 < toks.size()
          && toks.get(i + 1).isCapitalized() && pastVerbEndingAttribution(toks, i, true); // "“…,” chided Roe."
      if ((isCueToken(first) || pastBeforeName) && !first.lower().endsWith("ing") && !IT_CUES.contains(first.lower())) {
        int from = afterTime(toks, i + 1);
        int[] np = nounPhraseForward(toks, from);
        np = np != null ? np : titledName(toks, from);
        int verb = np == null ? -1 : tokenAtOrAfter(toks, np[1]);
        if (verb >= 0 && verb < toks.size() && (FINITE.contains(toks.get(verb).lower())
            || toks.get(verb).lower().endsWith("n’t") || toks.get(verb).lower().endsWith("n't"))) {
          // "Roe, citing “the report,” said the plan could fail" (or "said he doesn’t …"): the noun phrase is a
          // clause's subject
          return null;
        }
        if (np == null) {
          return subjectlessCue(q, toks, i, comma)
              ? new Attribution(first.start(), first.end(), first.text(), -1, -1) : null;
        }
        return new Attribution(first.start(), first.end(), first.text(), np[0], np[1]);
      }
      if (first.lower().equals("according") && i + 1 < toks.size() && toks.get(i + 1).lower().equals("to")) {
        int[] np = nounPhraseForward(toks, i + 2);
        return np == null ? null
            : new Attribution(first.start(), toks.get(i + 1).end(), "according to", np[0], np[1]);
      }
      for (int k = i; k < Math.min(toks.size(), i + 12); k++) {
        Token t = toks.get(k);
        if (k > i && t.text().equals(",")) {
          return appositiveAttribution(toks, i, k, q.paragraph);
        }
        int close = k > i && t.text().equals("(") ? closingParenthesis(toks, k) : -1;
        if (close > 0) {
          k = close;
          continue;
        }
        if (!t.isWord()) {
          return null;
        }
        if (k > i && (isCueToken(t) || anyPast && pastVerbEndingAttribution(toks, k, false))) {
          if (!opensSpeaker(toks, i, k)) {
            return null; // "“…,” features a New York Times report": a verb, not a speaker, follows the quote
          }
          int[] subject = subjectBefore(toks, k, i);
          if (subject != null && subject[0] > toks.get(i).start()
              && (titleWords(toks, i, subject[0]) || joinedByAnd(toks, i, subject[0]))) {
            subject[0] = toks.get(i).start();
          }
          if (subject == null || subject[0] != toks.get(i).start() || introducesClause(toks, k, q.paragraph)) {
            return null;
          }
          return new Attribution(t.start(), t.end(), cueText(toks, k), subject[0], subject[1]);
        }
      }
      return null;
    }

    /**
     * True when the tokens from {@code from} up to offset {@code to} are a short noun phrase and {@code and}, the first
     * half of a speaker the subject walk stopped at ({@code “…,” the Florida senator and presidential candidate said}).
     */
    private boolean joinedByAnd(List<Token> toks, int from, int to) {
      int last = tokenAtOrAfter(toks, to) - 1;
      if (last <= from || last - from > 6 || !toks.get(last).lower().equals("and")) {
        return false;
      }
      for (int j = from; j < last; j++) {
        Token t = toks.get(j);
        if (!t.isWord() || isCueToken(t) || FINITE.contains(t.lower()) || CLAUSE_WORDS.contains(t.lower())) {
          return false;
        }
      }
      return true;
    }

    /**
     * True when quote {@code q} reads as a title: at most six words, a capitalised one after the first, and every later
     * word of more than three letters capitalised or a preposition ({@code “Back to the Future,”}, {@code “Gone with
     * the Wind,”}); not {@code “Wow,”} or {@code “What is to be done?”}.
     */
    private boolean isTitle(List<Token> toks, Span q) {
      int words = 0;
      boolean capital = false;
      for (int i = tokenAtOrAfter(toks, q.textStart); i < toks.size() && toks.get(i).start() < q.textEnd; i++) {
        Token t = toks.get(i);
        if (!t.isWord() || ++words == 1) {
          continue;
        }
        if (words > 6 || t.text().length() > 3 && !t.isCapitalized() && !LEADING_PREPOSITIONS.contains(t.lower())) {
          return false;
        }
        capital |= t.isCapitalized();
      }
      return capital;
    }

    /**
     * True when token {@code k}, after the subject that follows a quote closing on a comma, question or exclamation
     * mark (or, {@code inverted},
     * before it), is a past form that ends the attribution ({@code “…,” Roe chided.}, {@code “…,” the mayor
     * bellowed on Tuesday}, {@code “…,” scoffed Roe.}): a lower-case {@code -ed} word or irregular past, then (after
     * the subject when inverted) the sentence end, a comma or a time or setting word. Not inverted, a particle may
     * follow, also after an {@code -s} form ({@code “…,” Roe shot back with a laugh.}, {@code “…,” Roe points out.}).
     * Any verb there attributes the quote; the lexicons cannot list every manner of speaking.
     */
    private boolean pastVerbEndingAttribution(List<Token> toks, int k, boolean inverted) {
      if (isPastForm(toks.get(k)) && endsAttribution(toks, k, inverted, false)) {
        return true; // "“…,” Roe chided in an interview."
      }
      boolean particle = !inverted && k + 1 < toks.size() && SPEECH_PARTICLES.contains(toks.get(k + 1).lower());
      return particle && (isPastForm(toks.get(k)) || PARTICLE_SPEECH_FORMS.contains(toks.get(k).lower()))
          && endsAttribution(toks, k + 1, false, true); // "“…,” Roe shot back.", "“…,” Roe points out."
    }

    /** As {@link #pastVerbEndingAttribution} for the verb (or its particle, {@code particle}) at {@code k}. */
    private boolean endsAttribution(List<Token> toks, int k, boolean inverted, boolean particle) {
      if (inverted) {
        int[] np = nounPhraseForward(toks, k + 1);
        k = np == null ? -1 : tokenAtOrAfter(toks, np[1]) - 1;
        if (k < 0) {
          return false;
        }
      }
      if (k + 1 >= toks.size()) {
        return true;
      }
      String next = toks.get(k + 1).lower();
      return ".,;!?".contains(next) || TIME_WORDS.contains(next) || next.equals("on") || next.equals("in")
          || next.equals("at") || next.equals("during") || next.equals("after") || next.equals("as") || next.equals("via")
          || particle && next.equals("with");
    }

    /**
     * For a quote that opens its line and is followed by a dash and a name that end the line, the dash as cue and the
     * name as speaker: vox pops, pull quotes and epigraphs ({@code “…” ― Jane Roe}, {@code “…” — Jane Roe, 45, a
     * nurse}, {@code “…”--J. Roe}); else null. The name is one to six capitalised words (lower-case particles such
     * as "de" inside), then the line ends, or a comma or parenthesis opens a short description.
     */
    private Attribution dashAttribution(Span q, List<Token> toks, int dash) {
      int p = q.paragraph;
      for (int c = q.open - 1; c >= starts[p] && text.charAt(c) != '\n'; c--) {
        if (!Tokenizer.isSpace(text.charAt(c))) {
          return null;
        }
      }
      int lineEnd = lineEnd(q.close, p);
      int k = dash + dashLength(toks, dash);
      int cueEnd = toks.get(k - 1).end();
      int name = k;
      while (k < toks.size() && toks.get(k).start() < lineEnd && k - name < 6
          && (toks.get(k).isWord() && toks.get(k).isCapitalized()
              || k > name && NAME_PARTICLES.contains(toks.get(k).text()) && k + 1 < toks.size()
                  && toks.get(k + 1).isCapitalized())) {
        k++;
      }
      if (k == name) {
        return null;
      }
      int nameEnd = toks.get(k - 1).end();
      if (k < toks.size() && toks.get(k).start() < lineEnd) {
        String next = toks.get(k).text();
        boolean ends = next.equals(".") && (k + 1 >= toks.size() || toks.get(k + 1).start() >= lineEnd);
        if (!ends && !next.equals(",") && !next.equals("(")) {
          return null;
        }
        int rest = 0;
        while (k < toks.size() && toks.get(k).start() < lineEnd) {
          k++;
          if (++rest > DASH_DESCRIPTION_TOKENS) {
            return null;
          }
        }
      }
      return new Attribution(toks.get(dash).start(), cueEnd, text.substring(toks.get(dash).start(), cueEnd),
          toks.get(name).start(), nameEnd);
    }

    /**
     * Embedded posts signed with a dash, a name and a handle at the end of their line ({@code No one should be above
     * the law. pic.twitter.com/x — Paul Ryan (@SpeakerRyan) July 5, 2016}, as a cleaned {@code twitter-tweet} block
     * reads): DIRECT statements of the named author, from the line start to the last word before the dash, a
     * trailing link left out. A quoted post ({@code “…” — Name (@handle)}) is the dash rule's.
     */
    private void signedPosts(int p) {
      List<Token> toks = tokens.get(p);
      int line = starts[p];
      while (line < ends[p]) {
        int lineEnd = lineEnd(line, p);
        signedPost(toks, tokenAtOrAfter(toks, line), lineEnd);
        line = lineEnd + 1;
      }
    }

    /** Offset of the line break after {@code offset} in paragraph {@code p}, or the paragraph end. */
    private int lineEnd(int offset, int p) {
      int end = text.indexOf('\n', offset);
      return end < 0 || end > ends[p] ? ends[p] : end;
    }

    private void signedPost(List<Token> toks, int from, int lineEnd) {
      int to = tokenAtOrAfter(toks, lineEnd);
      int handle = -1;
      for (int h = to - 4; h > from && h >= to - 12; h--) {
        if (toks.get(h).text().equals("(") && toks.get(h + 1).text().equals("@") && toks.get(h + 2).isWord()
            && toks.get(h + 3).text().equals(")")) {
          handle = h;
          break;
        }
      }
      if (handle < 0 || "“”\"".contains(toks.get(from).text())) {
        return;
      }
      boolean dated = false;
      for (int i = handle + 4; i < to; i++) {
        Token t = toks.get(i);
        if (!(t.text().equals(",") || Character.isDigit(t.text().charAt(0)) || t.isCapitalized())) {
          return; // only a date may follow the handle
        }
        dated |= Character.isDigit(t.text().charAt(0));
      }
      if (!dated) {
        return; // "follow our reporter — Jane Roe (@janeroe)" is a credit, not a post
      }
      int name = handle;
      while (name - 1 > from && handle - name < 6 && toks.get(name - 1).isWord() && toks.get(name - 1).isCapitalized()) {
        name--;
      }
      int dash = name - 1 > from && dashLength(toks, name - 2) == 2 ? name - 2 : name - 1;
      if (name == handle || dashLength(toks, dash) == 0 || dash <= from) {
        return; // no post before the dash: "— Paul Ryan (@SpeakerRyan) July 5, 2016" alone
      }
      int run = dash - 1; // the glued tokens before the dash: a trailing link ("… the law. pic.twitter.com/x —")
      while (run > from && !Tokenizer.isSpace(text.charAt(toks.get(run).start() - 1))) {
        run--;
      }
      int last = isLink(toks.get(run)) ? run - 1 : dash - 1;
      if (last < from || wordsIn(toks, toks.get(from).start(), toks.get(last).end(), 3) < 3
          || insideDirect(toks.get(from).start())) {
        return;
      }
      found.add(new Found(Statement.DIRECT, toks.get(from).start(), toks.get(last).end(),
          new Attribution(toks.get(dash).start(), toks.get(name - 1).end(),
              text.substring(toks.get(dash).start(), toks.get(name - 1).end()), toks.get(name).start(),
              toks.get(handle - 1).end())));
    }

    private static boolean isLink(Token t) {
      String w = t.lower();
      return w.startsWith("http") || w.startsWith("pic.twitter") || w.equals("t.co");
    }

    /**
     * For a quote followed by words and then a comma and a cue later in the sentence, with no quote mark on the way:
     * the name before an appositive ({@code “…,” Jane Roe, the head of X since 2019, said}), the name after an
     * inverted cue ({@code “…,” like the fall in prices, said Jane Roe}), or a subject with an appositive name
     * ({@code “…,” the city's spokesman, Jane Roe, said on Monday}); or null.
     */
    private Attribution appositiveAttribution(List<Token> toks, int name, int comma, int paragraph) {
      int[] np = toks.get(name).isCapitalized() ? nounPhraseForward(toks, name) : null;
      if (np != null && tokenAtOrAfter(toks, np[1]) != comma) {
        np = null;
      }
      int[] sentence = sentenceAt(paragraph, toks.get(comma).start());
      for (int k = comma; k < toks.size() && k < comma + 40 && toks.get(k).start() < sentence[1]; k++) {
        Token t = toks.get(k);
        if ("“”\"".contains(t.text()) || insideDirect(t.start())) {
          return null;
        }
        Token cue = k + 1 < toks.size() ? toks.get(k + 1) : null;
        if (t.text().equals(",") && cue != null && isCueToken(cue) && !cue.lower().endsWith("ing")
            && !introducesClause(toks, k + 1, paragraph)) {
          int[] after = INVERTING.contains(cue.lower()) ? nounPhraseForward(toks, afterTime(toks, k + 2)) : null;
          int[] subject = np == null && after == null ? subjectBefore(toks, k + 1, name) : null;
          if (subject != null && tokenAtOrAfter(toks, subject[0]) == comma + 1 && comma - name <= 4
              && describes(toks.get(name))) {
            subject = new int[] {toks.get(name).start(), subject[1]}; // "“…,” his wife, Jane Roe, wrote"
          }
          int[] speaker = np != null ? np : after != null ? after
              : subject != null && subject[0] == toks.get(name).start() ? subject : null;
          return speaker == null ? null
              : new Attribution(cue.start(), cue.end(), cueText(toks, k + 1), speaker[0], speaker[1]);
        }
      }
      return null;
    }

    /**
     * True when cue token {@code k} is followed by a clause of its own before the next comma: {@code that}, a subject
     * pronoun, or a finite verb after a non-adverbial word ({@code said Roe’s “plan” is dead}); not {@code said of
     * the claim}, {@code said during a talk hosted by X} or an addressee ({@code told the crowd, who cheered}).
     */
    private boolean introducesClause(List<Token> toks, int k, int paragraph) {
      int[] sentence = sentenceAt(paragraph, toks.get(k).start());
      int from = k + 1;
      if (from >= toks.size() || toks.get(from).start() >= sentence[1] || !toks.get(from).isWord()) {
        return false;
      }
      Token head = toks.get(from);
      if (COMPLEMENTIZERS.contains(head.lower()) || SUBJECT_PRONOUNS.contains(bare(head))) {
        return true;
      }
      if (cues.takesObject(toks.get(k).text())) {
        return false;
      }
      if (LEADING_PREPOSITIONS.contains(head.lower()) || ADVERBIAL.contains(head.lower())
          && !DETERMINERS.contains(head.lower()) || TIME_WORDS.contains(head.lower())
          || CLAUSE_WORDS.contains(head.lower())) {
        return false;
      }
      for (int i = from; i < toks.size() && toks.get(i).start() < sentence[1] && ",.;?!".indexOf(toks.get(i).text().charAt(0)) < 0; i++) {
        if (FINITE.contains(toks.get(i).lower()) && !toks.get(i).isCapitalized()) {
          return true;
        }
      }
      return false;
    }

    private Attribution attributionBefore(Span q) {
      List<Token> toks = tokens.get(q.paragraph);
      int b = tokenBefore(toks, q.open);
      if (b < 0) {
        if (q.paragraph == 0 || q.previousPart != null) {
          return null;
        }
        List<Token> prev = tokens.get(q.paragraph - 1);
        if (prev.isEmpty() || !prev.get(prev.size() - 1).text().equals(":")) {
          return null;
        }
        return cueBefore(prev, prev.size() - 1, q.paragraph - 1);
      }
      String mark = toks.get(b).text();
      if (mark.equals(":") || mark.equals(",")) {
        Attribution a = cueBefore(toks, b, q.paragraph);
        a = a == null && mark.equals(":") ? pastVerbBeforeColon(toks, b, q.paragraph) : a;
        int[] name = a == null && mark.equals(":") && !sentences.get(q.paragraph).isEmpty()
            ? colonSpeaker(toks, tokenAtOrAfter(toks, starts[q.paragraph]), sentences.get(q.paragraph).get(0),
                q.paragraph == 0) : null;
        return name != null && tokenAtOrAfter(toks, name[1]) == b
            ? new Attribution(toks.get(b).start(), toks.get(b).end(), ":", name[0], name[1]) : a;
      }
      if (isCueToken(toks.get(b)) && (isStandaloneShape(q)
          || relativeAntecedent(toks, b, sentenceStartToken(toks, sentenceAt(q.paragraph, q.open))) != null)) {
        return cueBefore(toks, b + 1, q.paragraph); // "a shirt that said “We won.”" quotes its text, however short
      }
      return null;
    }

    /**
     * A past verb with a subject before the colon at token {@code colon} that opens a quote, with at most an adverb
     * and a particle between ({@code Rubio fired back forcefully: “…”}, {@code Roe tweeted: “…”}): any verb there
     * introduces the quote; or null.
     */
    private Attribution pastVerbBeforeColon(List<Token> toks, int colon, int paragraph) {
      int k = colon - 1;
      if (k >= 0 && AttitudeRelations.isAdverb(toks.get(k))) {
        k--;
      }
      int verb = k >= 0 && PARTICLES.contains(toks.get(k).lower()) ? k - 1 : k;
      if (verb < 1) {
        return null;
      }
      Token t = toks.get(verb);
      if (!isPastForm(t) || t.lower().startsWith("un") || usedCues.contains(t.start())
          || LINKING.contains(toks.get(verb - 1).lower())) {
        return null; // "Roe seemed unconcerned:", "The rules have changed:"
      }
      int[] sentence = sentenceAt(paragraph, t.start());
      int first = sentenceStartToken(toks, sentence);
      int[] subject = verb > first ? subjectBefore(toks, verb, first) : null;
      if (subject == null || subject[1] != toks.get(verb - 1).end()
          || !isNameOrPronoun(toks.get(tokenAtOrAfter(toks, subject[0])))) {
        return null; // the subject must end right before the verb and name an actor
      }
      return new Attribution(t.start(), toks.get(colon - 1).end(), text.substring(t.start(), toks.get(colon - 1).end()),
          subject[0], subject[1]);
    }

    private boolean isStandaloneShape(Span q) {
      return wordsIn(tokens.get(q.paragraph), q.textStart, q.textEnd, 3) >= 3;
    }

    /** Number of word tokens in {@code [start, end)}, counting no further than {@code cap}. */
    private int wordsIn(List<Token> toks, int start, int end, int cap) {
      int words = 0;
      for (int i = tokenAtOrAfter(toks, start); i < toks.size() && toks.get(i).end() <= end && words < cap; i++) {
        words += toks.get(i).isWord() ? 1 : 0;
      }
      return words;
    }

    /** The nearest cue before token {@code end} in its sentence, with nothing clause-like in between. */
    private Attribution cueBefore(List<Token> toks, int end, int paragraph) {
      int[] sentence = sentenceAt(paragraph, toks.get(Math.max(0, end - 1)).start());
      for (int k = end - 1; k >= 0 && k >= end - 14; k--) {
        Token t = toks.get(k);
        if (t.start() < sentence[0] || "“”\"".contains(t.text()) || t.lower().equals("that")) {
          return null;
        }
        Attribution leading = leadingSay(toks, k, end, sentence);
        if (leading != null) {
          return leading;
        }
        if (isCueToken(t) && !usedCues.contains(t.start())
            && !(k == end - 1 && isNounUse(toks, k, sentenceStartToken(toks, sentence))
                && relativeAntecedent(toks, k, sentenceStartToken(toks, sentence)) == null)) {
          int sentenceStart = sentenceStartToken(toks, sentence);
          boolean coordinated = k > sentenceStart + 1 && toks.get(k - 1).lower().equals("and")
              && !t.lower().endsWith("ing") && !t.lower().equals(cues.lemma(t.text()));
          int[] subject = (isParticipleCue(t) || coordinated) && k > sentenceStart
              && !toks.get(k - 1).isCapitalized() && !PRONOUNS.contains(toks.get(k - 1).lower())
              ? mainSubject(toks, sentenceStart, k) : subjectBefore(toks, goOnHead(toks, k, sentenceStart), sentenceStart);
          subject = subject != null ? subject : relativeAntecedent(toks, k, sentenceStart);
          if (subject == null) {
            return null;
          }
          return new Attribution(t.start(), t.end(), cueText(toks, k), subject[0], subject[1]);
        }
      }
      return null;
    }

    /**
     * The thing whose text cue token {@code k} quotes after a relative pronoun, past a dash or comma ({@code a
     * message that said, “…”}, {@code the sign — which read “…”} → {@code a message}, {@code the sign}); or null.
     */
    private int[] relativeAntecedent(List<Token> toks, int k, int first) {
      int j = k - 1;
      if (j - 1 < first || !(toks.get(j).lower().equals("that") || toks.get(j).lower().equals("which"))) {
        return null;
      }
      int last = j - 1;
      if (last > first && (isDash(toks.get(last)) || toks.get(last).text().equals(","))) {
        last--;
      }
      return antecedent(toks, last, first);
    }

    /**
     * {@code Said Roe, “…”}, {@code But, said Roe, “…”}: a form of "say" that opens the sentence (or follows a
     * connective and its comma there) and inverts its speaker, who runs to the comma before the quote; or null.
     */
    private Attribution leadingSay(List<Token> toks, int k, int end, int[] sentence) {
      Token t = toks.get(k);
      int sentenceStart = sentenceStartToken(toks, sentence);
      if (!("say".equals(cues.lemma(t.text())) && !t.lower().endsWith("ing")) || usedCues.contains(t.start())
          || !(k == sentenceStart || k == sentenceStart + 2 && toks.get(k - 1).text().equals(",")
              && CONNECTIVES.contains(toks.get(sentenceStart).lower())) // "But, said Roe, “…”"
          || end <= k + 1 || end >= toks.size()
          || !toks.get(end).text().equals(",")) {
        return null;
      }
      int[] np = nounPhraseForward(toks, k + 1);
      if (np == null) {
        np = titledName(toks, k + 1);
      }
      if (np == null || tokenAtOrAfter(toks, np[1]) > end) {
        return null;
      }
      return new Attribution(t.start(), t.end(), t.text(), np[0], np[1]);
    }

    /**
     * Attribution an unattributed DIRECT quote inherits, found in time linear in the article however many quotes
     * lack one: walked in quote order, {@link #done} after each quote, it answers from running and precomputed
     * nearest attributed quotes instead of scanning the paragraph or the quote's other parts for every quote.
     */
    private final class Inheritance {
      private final List<Attribution> attributions;
      /** Reported statements by start offset (stable), so those of one paragraph are a range. */
      private final List<Found> reported;
      /** Per quote: the first attribution among its earlier parts, as they stood when it was done. */
      private final Attribution[] earlierPart;
      /** Per quote: the first attribution among its later parts. */
      private final Attribution[] laterPart;
      /** Per quote: index of the next attributed DIRECT quote of its paragraph, or -1. */
      private final int[] nextAttributed;
      /** Per quote: index of its first part. */
      private final int[] head;
      /** Per first part that opens a paragraph: what it takes from the paragraph before, once looked up. */
      private final Map<Integer, Optional<Attribution>> fromParagraphBefore = new HashMap<>();
      /** Index of the last attributed DIRECT quote done so far, or -1. */
      private int lastAttributed = -1;

      Inheritance(List<Attribution> attributions, List<Found> reported) {
        this.attributions = attributions;
        this.reported = new ArrayList<>(reported);
        this.reported.sort(Comparator.comparingInt(Found::start));
        int n = quotes.size();
        earlierPart = new Attribution[n];
        laterPart = new Attribution[n];
        nextAttributed = new int[n];
        head = new int[n];
        for (int j = 0; j < n; j++) {
          Span q = quotes.get(j);
          head[j] = q.previousPart == null ? j : head[quoteIndex.get(q.previousPart)];
        }
        int next = -1;
        for (int j = n - 1; j >= 0; j--) {
          Span q = quotes.get(j);
          if (q.nextPart != null) {
            int k = quoteIndex.get(q.nextPart);
            laterPart[j] = attributions.get(k) != null ? attributions.get(k) : laterPart[k];
          }
          nextAttributed[j] = next >= 0 && quotes.get(next).paragraph == q.paragraph ? next : -1;
          if (attributions.get(j) != null && direct.contains(q)) {
            next = j;
          }
        }
      }

      /** Marks quote {@code i} done: its attribution is final. */
      void done(int i) {
        Span q = quotes.get(i);
        if (q.previousPart != null) {
          int k = quoteIndex.get(q.previousPart);
          earlierPart[i] = attributions.get(k) != null ? attributions.get(k) : earlierPart[k];
        }
        if (attributions.get(i) != null && direct.contains(q)) {
          lastAttributed = i;
        }
      }

      /**
       * The attribution of quote {@code i}'s other parts (earlier first), else of the nearest attributed DIRECT
       * quote of its paragraph (earlier first), else, for a quote that opens its paragraph, of the last attributed
       * quote or speaker-naming reported statement of the paragraph before; or null.
       */
      Attribution of(int i) {
        Span q = quotes.get(i);
        if (q.previousPart != null) {
          int k = quoteIndex.get(q.previousPart);
          Attribution a = attributions.get(k) != null ? attributions.get(k) : earlierPart[k];
          if (a != null) {
            return a;
          }
        }
        if (laterPart[i] != null) {
          return laterPart[i];
        }
        if (lastAttributed >= 0 && quotes.get(lastAttributed).paragraph == q.paragraph) {
          return attributions.get(lastAttributed);
        }
        if (nextAttributed[i] >= 0) {
          return attributions.get(nextAttributed[i]);
        }
        Span first = quotes.get(head[i]);
        if (!isWholeParagraph(first)) {
          return reportedBefore(q.paragraph, first.open);
        }
        if (first.paragraph == 0) {
          return null;
        }
        return fromParagraphBefore.computeIfAbsent(head[i], h -> Optional.ofNullable(lastInParagraph(h - 1,
            first.paragraph - 1))).orElse(null);
      }

      /**
       * Attribution of the last speaker-naming reported statement of {@code paragraph} that ends before offset
       * {@code before} ({@code Roe said the port would close. “We have no choice.”} → Roe's), or null. Looks at
       * the last {@link #REPORTED_LOOKBACK} statements starting before it, so many quotes cost linear time.
       */
      private Attribution reportedBefore(int paragraph, int before) {
        int lo = firstReportedFrom(before);
        for (int k = lo - 1; k >= Math.max(0, lo - REPORTED_LOOKBACK) && reported.get(k).start() >= starts[paragraph];
            k--) {
          Found f = reported.get(k);
          if (f.end() <= before && f.attribution().hasSpeaker() && !f.attribution().cue().equals(":")) {
            // only punctuation and spaces between: the quote is the very next sentence ("Roe said the port would
            // close. “…”"), not one after the story moved on to someone else
            return hasWord(f.end(), before) ? null : f.attribution();
          }
        }
        return null;
      }

      /** Index of the first reported statement (they are in text order) that starts at or after {@code offset}. */
      private int firstReportedFrom(int offset) {
        return Tokenizer.indexAtOrAfter(reported, Found::start, offset);
      }

      /**
       * Attribution of the last attributed quote or speaker-naming reported statement of {@code paragraph}, looking
       * at quotes from index {@code j} down.
       */
      private Attribution lastInParagraph(int j, int paragraph) {
        Attribution best = null;
        int bestStart = -1;
        for (; j >= 0 && quotes.get(j).paragraph >= paragraph; j--) {
          Span other = quotes.get(j);
          if (other.paragraph == paragraph && attributions.get(j) != null && other.textStart > bestStart) {
            best = attributions.get(j);
            bestStart = other.textStart;
          }
        }
        int inParagraph = firstReportedFrom(starts[paragraph]);
        for (int k = inParagraph; k < reported.size() && reported.get(k).start() < ends[paragraph]; k++) {
          Found f = reported.get(k);
          if (f.start() > bestStart && f.attribution().hasSpeaker() && !f.attribution().cue().equals(":")) {
            best = f.attribution();
            bestStart = f.start();
          }
        }
        return best;
      }
    }

    private boolean isWholeParagraph(Span q) {
      List<Token> toks = tokens.get(q.paragraph);
      return tokenBefore(toks, q.open) < 0;
    }

    // ---- reported speech -------------------------------------------------------------------------------------

    private void reportedSpeech(int p) {
      List<Token> toks = tokens.get(p);
      if (!sentences.get(p).isEmpty()) {
        colonTurn(p, toks);
      }
      for (int[] sentence : sentences.get(p)) {
        int first = sentenceStartToken(toks, sentence);
        for (int k = first; k < toks.size() && toks.get(k).start() < sentence[1]; k++) {
          Token t = toks.get(k);
          if (insideDirect(t.start()) || inFragment.get(t.start()) || usedCues.contains(t.start())) {
            continue;
          }
          if (t.lower().equals("according") && k + 1 < toks.size() && toks.get(k + 1).lower().equals("to")) {
            accordingTo(toks, k, sentence, first);
          } else if (FORMAL_VERBS.contains(t.lower())) {
            formalAct(toks, k, sentence, first);
          } else if (isCueToken(t) || k == first && t.isCapitalized() && t.lower().endsWith("ing")
              && cues.isCue(t.text()) && isParticipleCue(t)) {
            cueVerb(toks, k, sentence, first);
          } else if (t.isCapitalized() && k > first && cues.isCue(t.text()) && !t.lower().endsWith("ing")) {
            headline(toks, k, sentence, first);
          }
        }
      }
    }

    /**
     * Offset of the first line break after {@code from} whose next character, before {@code to}, is not lower case;
     * or -1. Such a break inside a paragraph ends a sentence ({@code Roe: The plan failed;
     * \nIn a speech, she …}, a headline over its first line), one before a lower-case word only wraps the line
     * ({@code a hate\ncrime}).
     */
    private int hardLineBreak(int from, int to) {
      for (int nl = text.indexOf('\n', from); nl >= 0 && nl + 1 < to; nl = text.indexOf('\n', nl + 1)) {
        if (nl > from && !Character.isLowerCase(text.charAt(nl + 1))) {
          return nl;
        }
      }
      return -1;
    }

    /**
     * A paragraph led by a name and a colon, as in headlines and transcripts ({@code Sen. Roe: Tax plan will fail},
     * {@code ROE: Well, I think …}): the rest of the paragraph, or of its line, is the name's statement, with the colon
     * as its cue.
     */
    private void colonTurn(int p, List<Token> toks) {
      int first = sentenceStartToken(toks, sentences.get(p).get(0));
      int[] speaker = colonSpeaker(toks, first, sentences.get(p).get(0), p == 0);
      if (speaker == null) {
        return;
      }
      int colon = tokenAtOrAfter(toks, speaker[1]);
      int from = colon + 1;
      if (startsDirect(toks.get(from).start()) || insideDirect(toks.get(from).start())) {
        return;
      }
      Token c = toks.get(colon);
      usedCues.add(c.start());
      int nl = hardLineBreak(toks.get(from).start(), ends[p]); // "Roe: Plan will fail; \nIn a speech, she …"
      addReported(toks, from, nl >= 0 ? nl : ends[p],
          new Attribution(c.start(), c.end(), ":", speaker[0], speaker[1]));
    }

    /**
     * The name before a colon that opens {@code sentence}: one to six capitalised words (joined by {@code of},
     * {@code on}, {@code to}, {@code for}, {@code and}, {@code at}), not a label such as {@code Update:} or
     * {@code The Latest:}, followed by at least three words; or null. A {@code title} in sentence case may hold
     * lower-case words among its first four ({@code Roe camp: Tax plan will fail}).
     */
    private int[] colonSpeaker(List<Token> toks, int first, int[] sentence, boolean title) {
      if (first >= toks.size() || COLON_LABELS.contains(bare(toks.get(first))) || TIME_WORDS.contains(toks.get(first).lower())) {
        return null;
      }
      boolean lowerCaseHead = false;
      for (int i = first; i < toks.size() && i <= first + 6 && toks.get(i).start() < sentence[1]; i++) {
        Token t = toks.get(i);
        if (t.text().equals(":")) {
          boolean named = i > first && (toks.get(i - 1).isCapitalized() || lowerCaseHead)
              // "Delegate Update:", "STAT OF THE WEEK:"
              && !(i - 1 > first && LABEL_ENDS.contains(bare(toks.get(i - 1))));
          return named && wordsIn(toks, t.end(), sentence[1], 3) >= 3
              ? new int[] {toks.get(first).start(), toks.get(i - 1).end()} : null;
        }
        String w = t.lower();
        boolean connector = i > first && (w.equals("of") || w.equals("on") || w.equals("to") || w.equals("for")
            || w.equals("and") || w.equals("at"));
        boolean sentenceCase = title && i > first && i <= first + 3 && toks.get(first).isCapitalized()
            && t.isWord() && !cues.isCue(t.text()) && !PRONOUNS.contains(w) && !FINITE.contains(w); // "Roe camp:"
        if (!t.isWord() || !(t.isCapitalized() || connector || sentenceCase) || Character.isDigit(w.charAt(0))) {
          return null;
        }
        lowerCaseHead = sentenceCase && !t.isCapitalized() && TITLE_SPEAKER_NOUNS.contains(w);
      }
      return null;
    }

    /**
     * A quoted fragment that no statement holds yet is the object of the nearest verb before it in its sentence
     * that has a subject: {@code X called him a “stiff”} and {@code X questioned Y's “values”} give PARTIAL
     * statements from after the verb to the closing mark. A participle takes the main clause's subject
     * ({@code …, calling him a “stiff”}). A fragment in the setting of the utterance is no object
     * ({@code she said on “Meet the Press”}), nor one after {@code told}, whose object is the addressee
     * ({@code he told NBC's “Today”}).
     */
    private void quotedObjects() {
      BitSet covered = new BitSet();
      for (Found f : found) {
        covered.set(f.start(), f.end());
      }
      for (Span q : quotes) {
        if (direct.contains(q) || covered.get(q.textStart)) {
          continue;
        }
        List<Token> toks = tokens.get(q.paragraph);
        int[] sentence = sentenceAt(q.paragraph, q.open);
        int first = sentenceStartToken(toks, sentence);
        int b = tokenBefore(toks, q.open);
        for (int k = b; k > first && k > b - 10; k--) {
          Token t = toks.get(k);
          String w = t.lower();
          if (".;:?!".contains(t.text()) || "“”\"".contains(t.text()) || insideDirect(t.start())
              || inFragment.get(t.start())) {
            break;
          }
          boolean verb = !t.isCapitalized() && t.isWord() && k < b
              && (isCueToken(t) || w.length() > 4 && w.endsWith("ed") && !PASSIVE_AUX.contains(toks.get(k - 1).lower()));
          if (!verb) {
            continue;
          }
          if ("tell".equals(cues.lemma(t.text()))) {
            break;
          }
          boolean coordinated = CONNECTIVES.contains(toks.get(k - 1).lower()) && !w.endsWith("ing"); // "but called it"
          boolean participle = isParticipleCue(t) && toks.get(k - 1).text().equals(",");
          int[] subject = participle ? trailingSpeakerBefore(toks, first, k) : null;
          subject = subject != null ? subject : participle || coordinated
              ? mainSubject(toks, first, k) : subjectBefore(toks, k, first);
          if (subject == null && coordinated) {
            subject = subjectBefore(toks, k, first); // "Sanders also pledged to “…”": an adverb, no second verb
          }
          int c = afterCue(toks, k);
          if (subject != null && c < toks.size() && !SETTING_WORDS.contains(toks.get(settingStart(toks, c)).lower())) {
            int tail = continuationEnd(q);
            int e = tail >= 0 ? tail : q.after(ends[q.paragraph]);
            if (isNamingCue(toks, k)) {
              e = Math.min(e, namingEnd(toks, c, q.open));
              c = c == k + 1 ? namingStart(toks, subject[0], first, c) : c;
            }
            found.add(new Found(Statement.PARTIAL, toks.get(c).start(), e,
                new Attribution(t.start(), t.end(), cueText(toks, k), subject[0], subject[1])));
            covered.set(toks.get(c).start(), e);
          }
          break;
        }
      }
    }

    /**
     * Subject of a clause cue in the infinitive after token {@code to} ({@code tweeted on Friday to say …}, {@code are
     * more likely to say …}): the object of a verb that makes someone speak ({@code led Republicans to say}), else the
     * clause's subject; null after a degree word, a thing to say or a noun the infinitive modifies ({@code too soon
     * to say}, {@code had little to say}, {@code time to respond}), and inside another report's content.
     */
    private int[] infinitiveSubject(List<Token> toks, int to, int first) {
      Token before = toks.get(to - 1);
      if (!before.isWord() || NOT_SPEAKING_BEFORE_TO.contains(before.lower())) {
        return null;
      }
      for (int i = first; i < to; i++) {
        if (usedCues.contains(toks.get(i).start())) {
          return null; // "Roe said she wanted to write about it": the infinitive is part of another report
        }
      }
      if (OBJECT_CONTROL.contains(toks.get(to - 2).lower())
          && (before.isCapitalized() || looksPlural(before) || OBJECT_PRONOUNS.contains(before.lower()))) {
        return new int[] {before.start(), before.end()}; // "led Republicans to say"
      }
      return mainSubject(toks, first, to);
    }

    /**
     * Token of {@code go} in {@code went on to}, or of a catenative verb and {@code to} ({@code continues to insist},
     * {@code declined to say}), before cue token {@code k} ({@code Roe went on to say …}: the cue's subject is the
     * subject of {@code went}), or {@code k}.
     */
    private int goOnHead(List<Token> toks, int k, int first) {
      if (k - 3 > first && toks.get(k - 1).lower().equals("to") && toks.get(k - 2).lower().equals("on")
          && GO_FORMS.contains(toks.get(k - 3).lower())) {
        return k - 3;
      }
      if (k - 2 > first && toks.get(k - 1).lower().equals("to") && CATENATIVE_HEADS.contains(toks.get(k - 2).lower())) {
        return k - 2; // "He continues to insist that …", "Roe refused to say whether …"
      }
      return k;
    }

    private void cueVerb(List<Token> toks, int k, int[] sentence, int first) {
      Token cue = toks.get(k);
      if (ADDRESSEE_FIRST.contains(cues.lemma(cue.text())) && k + 1 < toks.size()
          && !opensSubject(toks, k + 1)) {
        return; // "came away convinced that …" is a belief: the verb needs the one it convinces first
      }
      boolean nounForm = cue.lower().equals(cues.lemma(cue.text())) || cue.lower().endsWith("s");
      if (nounForm && k + 1 < toks.size() && isFiniteVerb(toks.get(k + 1)) && !afterRelativeAndSubject(toks, k, first)) {
        return; // "Initial reports said …": the cue word is the subject of the verb after it
      }
      int[] subject;
      int contentFrom;
      int before = k - 1;
      while (before > first && skippedBeforeCue(toks.get(before))) {
        before--;
      }
      int time = timeBeforeCue(toks, before, first);
      if (time - 1 > first && (toks.get(time - 1).lower().equals("and") || toks.get(time - 1).lower().equals("but"))) {
        before = time - 1; // "… and on Monday announced …": a time between the conjunction and the cue
      }
      // any cue participle after a comma, "and" or "but" is one of the main clause ("rejected the plan, hoping to …",
      // "…, saying it was fine but warning that …"), and so is a gerund after "by" or "in" ("erred in claiming that
      // …") and a cue participle that opens the sentence ("Noting that …, Roe said")
      boolean opening = k == first && cue.lower().endsWith("ing") && isParticipleCue(cue);
      boolean participle = opening || k > first && isParticipleCue(cue)
          && (toks.get(before).text().equals(",") || toks.get(before).lower().equals("and")
              || toks.get(before).lower().equals("but") || isDash(toks.get(before))
              || before > first && isClosingMark(toks.get(before)) && toks.get(before - 1).text().equals(",")
              || toks.get(before).lower().equals("while") || toks.get(before).lower().equals("by")
              || toks.get(before).lower().equals("in") && cue.lower().endsWith("ing")
              || PARTICIPLE_PREPOSITIONS.contains(toks.get(before).lower()))
          || k > first && (toks.get(before).lower().equals("and") || toks.get(before).lower().equals("but"))
              && !cue.lower().endsWith("ing")
              && !cue.lower().equals(cues.lemma(cue.text()));
      // "Roe was quoted as saying …": the cue is the whole phrase, its subject the one before the auxiliary
      boolean quotedAs = k - 3 >= first && cue.lower().equals("saying") && toks.get(k - 1).lower().equals("as")
          && toks.get(k - 2).lower().equals("quoted") && PASSIVE_AUX.contains(toks.get(k - 3).lower());
      int cueFrom = quotedAs ? toks.get(k - 2).start() : cue.start();
      String cueString = quotedAs ? text.substring(cueFrom, cue.end()) : cueText(toks, k);
      if (quotedAs) {
        subject = subjectBefore(toks, k - 3, first);
        if (subject == null) {
          return;
        }
      } else if (participle) {
        subject = !opening && toks.get(k - 1).text().equals(",") ? trailingSpeakerBefore(toks, first, k) : null;
        if (subject == null && (before == first || opening)) {
          // "After saying he was nervous, the man asked …": the subject of the clause after the opening phrase
          subject = mainSubject(toks, first, tokenAtOrAfter(toks, sentence[1]));
        }
        subject = subject != null ? subject : mainSubject(toks, first, k);
        if (subject == null && before - 1 > first && toks.get(before - 1).text().equals(",")
            && PARTICIPLE_PREPOSITIONS.contains(toks.get(before).lower())) {
          subject = subjectBefore(toks, before - 1, first); // "Mr. Sanders, after initially saying …, took"
        }
        if (subject == null) {
          subject = quoteSpeakerBefore(toks.get(first).start(), cue.start());
        }
        if (subject == null || opening && (subject[0] < cue.end()
            || !toks.get(tokenAtOrAfter(toks, subject[0]) - 1).text().equals(","))) {
          return; // not "Saying goodbye is hard"
        }
      } else {
        if (k > first && PASSIVE_AUX.contains(toks.get(k - 1).lower()) && !cue.lower().endsWith("ing")
            || isPluralNoun(toks, k, first)) {
          return;
        }
        int head = goOnHead(toks, k, first);
        Attribution inverted = head == k ? invertedAttribution(toks, k, sentence, first) : null;
        if (inverted != null) {
          return;
        }
        int afterParticle = "point".equals(cues.lemma(cue.text())) ? k + 2 : k + 1; // "to point out that"
        // an addressee cue takes a clause after its object ("only to tell the senators that …", "to tell them why")
        int afterAddressee = cues.takesObject(cue.text()) && afterParticle < toks.size() ? afterWords(toks, afterParticle, 4)
            : -1;
        boolean infinitive = head == k && k - 2 > first && toks.get(k - 1).lower().equals("to")
            && (INFINITIVE_CUES.contains(cues.lemma(cue.text())) || INFINITIVE_THAT_CUES.contains(cues.lemma(cue.text()))
                && afterParticle < toks.size() && toks.get(afterParticle).lower().equals("that")
                || afterAddressee > afterParticle && afterAddressee < toks.size()
                    && COMPLEMENTIZERS.contains(toks.get(afterAddressee).lower()));
        subject = infinitive ? infinitiveSubject(toks, k - 1, first) : subjectBefore(toks, head, first);
        if (infinitive && subject == null) {
          return;
        }
        if (subject == null || !infinitive && !agreesWithBaseForm(toks, head, subject, first)) {
          subject = modifiedPluralSubject(toks, head, first); // "Activists clamoring to block Trump say …"
          if (subject == null) {
            return;
          }
        }
      }
      int aside = participle || quotedAs ? -1 : asClauseComma(toks, k, subject, first, sentence);
      if (aside > first) {
        addReported(toks, clauseStart(toks, first, aside), toks.get(aside).start(),
            new Attribution(cueFrom, cue.end(), cueString, subject[0], subject[1]));
        return;
      }
      // the content of an opening participle ends at the comma before the main clause's subject
      int openingEnd = opening ? toks.get(tokenAtOrAfter(toks, subject[0]) - 1).start() : sentence[1];
      // a time word may stand between the cue and its infinitive ("vowed Tuesday to remain …")
      int infinitive = cues.takesInfinitive(cue.text())
          ? infinitiveStart(toks, settingStart(toks, k + 1), sentence) : -1;
      if (infinitive >= 0) {
        // "While he pledged to …, Roe …"
        int limit = Math.min(openingEnd, subordinateEnd(toks, first, k, infinitive, sentence[1]));
        addReported(toks, infinitive, clauseEnd(toks, infinitive, limit),
            new Attribution(cueFrom, cue.end(), cueString, subject[0], subject[1]));
        return;
      }
      int relative = tokenAtOrAfter(toks, subject[0]) - 1;
      if (relative > first && OBJECT_RELATIVES.contains(toks.get(relative).lower()) && k + 1 < toks.size()
          && (FINITE.contains(toks.get(k + 1).lower())
              || isPastForm(toks.get(k + 1)) && "say".equals(cues.lemma(cue.text()))) && !quotedAs
          && !UNIVERSAL_PRONOUNS.contains(toks.get(relative - 1).lower())) {
        // "the rules, which officials said will take effect soon", "laws that courts said discriminated": the
        // relative pronoun is the clause's subject, and the content runs from it around the attribution; a past
        // form only after "say", as a cue with an object may have the relative as that ("the plan that Roe
        // announced ended …")
        int e = clauseEnd(toks, k + 1, sentence[1]);
        boolean closed = toks.get(relative - 1).text().equals(",");
        for (int j = k + 2; j < toks.size() && toks.get(j).start() < e; j++) {
          if (toks.get(j).text().equals(",") && (closed || endsWithAttribution(toks, j + 1, sentence[1]))) {
            // ", which X said is overdue, takes effect": the relative closes at its comma, and so does one before
            // the sentence's own attribution ("a policy that Roe said needed changes, critics said")
            e = toks.get(j).start();
            break;
          }
        }
        addReported(toks, relative, e, new Attribution(cueFrom, cue.end(), cueString, subject[0], subject[1]));
        return;
      }
      String answer = k + 1 < toks.size() ? toks.get(k + 1).lower() : "";
      answer = answer.equals("no.") ? "no" : answer; // the tokenizer keeps a sentence's last "no." whole ("No. 5")
      if (YES_NO.contains(answer) && "say".equals(cues.lemma(cue.text()))
          && (k + 2 == toks.size() || !toks.get(k + 2).isWord())) {
        usedCues.add(cueFrom); // "46 percent said yes, compared with …": the answer alone
        found.add(new Found(Statement.INDIRECT, toks.get(k + 1).start(), toks.get(k + 1).start() + answer.length(),
            new Attribution(cueFrom, cue.end(), cueString, subject[0], subject[1])));
        return;
      }
      contentFrom = contentStart(toks, k + 1, sentence);
      if (contentFrom < 0 || contentFrom >= toks.size()) {
        return; // also a paragraph cut after "that": "Roe told reporters the company that"
      }
      int end = Math.min(openingEnd, Math.min(subjectRelativeEnd(toks, k, first, sentence),
          subordinateEnd(toks, first, k, contentFrom, sentence[1])));
      if (end <= toks.get(contentFrom).start()) {
        return;
      }
      int fragment = fragmentOpens.nextSetBit(toks.get(contentFrom).start());
      boolean quoted = fragment >= 0 && fragment < end;
      boolean naming = !quoted && isNamingCue(toks, k) && contentFrom == k + 1
          && namesObject(toks, k + 1, end); // "calls Clinton unqualified"
      // after "that" the content is a clause whose verb the strict test may not know ("noted that X consists of",
      // "said that about 4 million people live there") when a subject opens it; else (and after an addressee cue,
      // "told that story") a verb form must show, as "that" may be a pronoun ("said that on Monday")
      int beforeContent = contentFrom - 1;
      if (beforeContent > k + 1 && toks.get(beforeContent).text().equals(",")) {
        beforeContent--; // "said that, in Wisconsin, …"
      }
      boolean complementizer = beforeContent > k && toks.get(beforeContent).lower().equals("that");
      if (!quoted && !naming && (cues.needsQuote(cue.text())
          || !("say".equals(cues.lemma(cue.text())) && (saysClause(toks, contentFrom, end)
              || answersPoll(toks, contentFrom)))
              && !isClause(toks, contentFrom, end)
              && !(complementizer && (!cues.takesObject(cue.text()) && opensSubject(toks, contentFrom)
                  || hasVerbForm(toks, contentFrom + 1, end))))
          || quoted && isSettingPhrase(toks, contentFrom, end)) {
        return;
      }
      int e = clauseEnd(toks, contentFrom, end);
      String after = contentFrom + 1 < toks.size() ? toks.get(contentFrom + 1).lower() : "";
      if (!quoted && CLAUSE_CUES.contains(cues.lemma(cue.text())) && !complementizer
          && SETTING_WORDS.contains(toks.get(contentFrom).lower())
          && !after.equals("least") && !after.equals("most") && !holdsFiniteClause(toks, contentFrom, e)) {
        return; // "said in a statement provided to the paper": the setting of the utterance, no clause after it
      }
      if (quoted && isNamingCue(toks, k)) {
        e = Math.min(e, namingEnd(toks, contentFrom, fragment));
        contentFrom = contentFrom == k + 1 ? namingStart(toks, subject[0], first, contentFrom) : contentFrom;
      }
      addReported(toks, contentFrom, e,
          new Attribution(cueFrom, cue.end(), cueString, subject[0], subject[1]));
    }

    /**
     * Index of the comma before an {@code as} clause that attributes the clause before it ({@code The plan is dead, as
     * Roe noted in a column.}, {@code Taxes rose, as the paper reported on Monday.}), or -1: the as-clause holds the
     * subject and a cue of speech with a clause (token {@code k}), then only a setting or time (no verb, pronoun,
     * clause or quote), and closes the sentence. Not {@code as Roe said she
     * would} (a clause follows), nor {@code as he explained how …}, nor {@code a tax, as Roe proposes} (no speech),
     * nor a sentence that opens with it ({@code As Roe noted, …} reports what follows).
     */
    private int asClauseComma(List<Token> toks, int k, int[] subject, int first, int[] sentence) {
      int as = tokenAtOrAfter(toks, subject[0]) - 1;
      String lemma = cues.lemma(toks.get(k).text());
      if (as - 1 <= first || !toks.get(as).lower().equals("as") || !toks.get(as - 1).text().equals(",")
          || !(CLAUSE_CUES.contains(lemma) || INFINITIVE_THAT_CUES.contains(lemma) || "point".equals(lemma)
              || IT_CUES.contains(toks.get(k).lower()))) {
        return -1;
      }
      int j = k + 1;
      if (j < toks.size() && (toks.get(j).lower().equals("out") && "point".equals(lemma)
          || toks.get(j).lower().equals("it") && IT_CUES.contains(toks.get(k).lower()))) {
        j++; // "as Roe points out", "as Roe put it"
      }
      for (int words = 0; j < toks.size() && toks.get(j).start() < sentence[1]; j++) {
        Token t = toks.get(j);
        String w = t.lower();
        if (t.text().equals(";") || t.text().equals(".") || t.text().equals("!") || t.text().equals("?")) {
          break;
        }
        if (!t.isWord()) {
          return -1;
        }
        if (++words > 8 || FINITE.contains(w) || isCueToken(t) || COMPLEMENTIZERS.contains(w) || WH_WORDS.contains(w)
            || SUBJECT_PRONOUNS.contains(bare(t)) || w.equals("to")) {
          return -1;
        }
      }
      return as - 1;
    }

    /**
     * Whether token {@code i} can open a speaker before cue token {@code k}: a capital, digit, determiner or pronoun,
     * or lower-case title words straight before a capitalised name ({@code former Gov. Jane Roe}).
     */
    private boolean opensSpeaker(List<Token> toks, int i, int k) {
      Token head = toks.get(i);
      if (head.isCapitalized() || Character.isDigit(head.text().charAt(0)) || DETERMINERS.contains(head.lower())
          || PRONOUNS.contains(head.lower())) {
        return true;
      }
      for (int j = i; j < k; j++) {
        if (toks.get(j).isCapitalized()) {
          return j > i;
        }
        if (!isTitleWord(toks.get(j))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The speaker of a trailing attribution earlier in the sentence that opens at token {@code first}, for a
     * participle cue at token {@code k} ({@code It is sickening, Hollande said Tuesday, noting …} → {@code Hollande},
     * not the sentence's grammatical subject); or null. It reads the statements found so far, which while reported
     * speech is read are the unquoted ones of earlier tokens, in token order, so a quote's trailing attribution
     * ({@code “…,” Roe said, noting}) is not seen here: the participle then takes the main subject.
     */
    private int[] trailingSpeakerBefore(List<Token> toks, int first, int k) {
      for (int f = found.size() - 1; f >= 0; f--) {
        Attribution a = found.get(f).attribution();
        if (a == null || a.cueStart() >= toks.get(k).start()) {
          continue;
        }
        if (a.cueStart() < toks.get(first).start()) {
          return null;
        }
        return a.hasSpeaker() && a.cueStart() >= found.get(f).end() ? new int[] {a.speakerStart(), a.speakerEnd()}
            : null;
      }
      return null;
    }

    /** Whether a relative pronoun and one to four words of a subject come right before cue token {@code k}. */
    private boolean afterRelativeAndSubject(List<Token> toks, int k, int first) {
      for (int j = k - 2; j >= first && j >= k - 5; j--) {
        if (OBJECT_RELATIVES.contains(toks.get(j).lower())) {
          return true;
        }
        if (!toks.get(j + 1).isWord()) {
          return false;
        }
      }
      return false;
    }

    /** A finite verb form: an auxiliary ({@code is}, {@code has}, {@code will}) or the past tense of a cue. */
    private boolean isFiniteVerb(Token t) {
      String w = t.lower();
      return !t.isCapitalized() && (FINITE.contains(w) || isCueToken(t) && !w.equals(cues.lemma(t.text()))
          && !w.endsWith("ing") && !w.endsWith("s"));
    }

    /** True when cue token {@code k} names its object ({@code called it “a tax”}), not {@code called for}/{@code on}. */
    private boolean isNamingCue(List<Token> toks, int k) {
      return NAMING_CUES.contains(cues.lemma(toks.get(k).text()))
          && !(k + 1 < toks.size() && CUE_PARTICLES.contains(toks.get(k + 1).lower()));
    }

    /**
     * The subject of a base-form cue at token {@code k} whose plural head is followed by a modifier the subject walk
     * stops in: a relative clause ({@code supporters who came to Philadelphia to protest say}, {@code officials whose
     * laws were struck down say}) or a participle phrase ({@code activists clamoring to block Trump say}); the head
     * within 20 words before the cue, no comma, quote mark or other cue between; or null.
     */
    private int[] modifiedPluralSubject(List<Token> toks, int k, int first) {
      if (k - 2 < first) {
        return null; // no room for a head and its modifier ("say they will win" opening a paragraph)
      }
      String prev = toks.get(k - 1).lower();
      if (!MODIFIED_SUBJECT_CUES.contains(toks.get(k).lower()) || !toks.get(k - 1).isWord() || prev.equals("to")
          || DETERMINERS.contains(prev) || LEADING_PREPOSITIONS.contains(prev) || !opensClause(toks, k + 1)
          && !bareSubjectClause(toks, k + 1)) {
        return null;
      }
      for (int j = k - 2; j >= first && j > k - 20; j--) {
        Token t = toks.get(j);
        if (!t.isWord() || isCueToken(t) && !t.isCapitalized()) {
          return null; // a comma, quote mark or another cue: "… said voters say" is no subject
        }
        Token next = toks.get(j + 1);
        String n = next.lower();
        boolean modifier = n.equals("who") || n.equals("whose") || n.length() > 4 && n.endsWith("ing")
            && !next.isCapitalized();
        if (modifier && (looksPlural(t) && t.lower().length() > 3 || PLURAL_SUBJECTS.contains(t.lower()))
            && (!t.isCapitalized() || j == first)) {
          int s = j;
          while (s > first && s > j - 5 && toks.get(s - 1).isWord() && !CONNECTIVES.contains(toks.get(s - 1).lower())
              && !isCueToken(toks.get(s - 1)) && !FINITE.contains(toks.get(s - 1).lower())
              && !LEADING_PREPOSITIONS.contains(toks.get(s - 1).lower())
              && !SUBORDINATORS.contains(toks.get(s - 1).lower())) {
            s--;
          }
          return new int[] {toks.get(s).start(), toks.get(k - 1).end()};
        }
      }
      return null;
    }

    /**
     * True when token {@code j} can open the subject of a clause: a determiner, subject pronoun, number, name or
     * plural noun, or an approximate number ({@code about 4 million}); not a preposition or time ({@code on Monday}).
     */
    private boolean opensSubject(List<Token> toks, int j) {
      Token t = toks.get(j);
      String w = t.lower();
      if (!t.isWord() || TIME_WORDS.contains(w) || TIME_HEADS.contains(w) || w.equals("that")) {
        return false;
      }
      if (j + 1 < toks.size() && Character.isDigit(toks.get(j + 1).text().charAt(0))
          && (w.equals("about") || w.equals("nearly") || w.equals("almost") || w.equals("over") || w.equals("some")
              || w.equals("only") || w.equals("roughly") || w.equals("more") || w.equals("fewer"))) {
        return true;
      }
      return !LEADING_PREPOSITIONS.contains(w) && (DETERMINERS.contains(w) || SUBJECT_PRONOUNS.contains(bare(t))
          || Character.isDigit(w.charAt(0)) || t.isCapitalized() || looksPlural(t) && w.length() > 3);
    }

    /**
     * Index of the last token of a possessive name of one to three capitalised words that opens at token {@code i}
     * ({@code Clinton's}, {@code Hillary Rodham Clinton's}), or -1.
     */
    private static int possessiveName(List<Token> toks, int i) {
      for (int j = i; j < toks.size() && j < i + 3 && toks.get(j).isCapitalized(); j++) {
        String w = toks.get(j).lower();
        if (w.endsWith("'s") || w.endsWith("’s")) {
          return j;
        }
      }
      return -1;
    }

    /**
     * True when tokens from {@code i} are an object and what a naming cue calls it, without quote marks: an object
     * pronoun or a name of one to four capitalised words, then {@code a}/{@code an}/{@code the} and a noun phrase
     * with no unit of time, or one lower-case word that ends the clause ({@code called him a liar}, {@code calls
     * Clinton unqualified}); or a determiner's noun phrase, then {@code a}/{@code an} and a noun ({@code called the
     * behavior a fireable offense}); an object and a possessive's noun phrase ({@code calls North Carolina her home
     * state}); a determiner's noun phrase with a prepositional phrase, then an adjective that ends the clause
     * ({@code called Clinton's squabble with the agencies unusual}). Not {@code called her mother}, {@code called the
     * police department},
     * {@code called him a week ago}, {@code called Roe the next day}, {@code called them often}.
     */
    private boolean namesObject(List<Token> toks, int i, int end) {
      int j = i;
      Token t = toks.get(j);
      boolean determined = false;
      int possessive = t.isCapitalized() ? possessiveName(toks, i) : -1;
      int head = possessive >= 0 ? possessive : i; // the determiner, or a possessive name's last word
      if (NAMED_OBJECTS.contains(t.lower())) {
        j++;
      } else if (t.isCapitalized() && !PRONOUNS.contains(t.lower()) && possessive < 0) {
        while (j < toks.size() && j - i < 4 && toks.get(j).isWord() && toks.get(j).isCapitalized()) {
          j++;
        }
      } else if (ARTICLES_AND_POSSESSIVES.contains(t.lower()) || possessive >= 0) {
        determined = true; // "the behavior a fireable offense": the noun phrase runs to "a"/"an"
        for (j = head + 2; j < toks.size() && j - head < 5 && toks.get(j).isWord() && !toks.get(j).isCapitalized()
            && !(toks.get(j).lower().equals("a") || toks.get(j).lower().equals("an"))
            && !POSSESSIVES.contains(toks.get(j).lower())
            && !LEADING_PREPOSITIONS.contains(toks.get(j).lower()) && !CLAUSE_WORDS.contains(toks.get(j).lower()); j++) {
        }
        if (j < toks.size() && LEADING_PREPOSITIONS.contains(toks.get(j).lower())) {
          int k = j + 1; // "called Clinton's public squabble with the intelligence community unusual"
          while (k < toks.size() && k - j < 8 && toks.get(k).isWord() && toks.get(k).start() < end
              && !CLAUSE_WORDS.contains(toks.get(k).lower()) && !isCueToken(toks.get(k))) {
            k++;
          }
          if (k - 1 > j + 1 && (k >= toks.size() || toks.get(k).start() >= end || !toks.get(k).isWord())) {
            return looksAdjective(toks.get(k - 1)) && !LEADING_PREPOSITIONS.contains(toks.get(k - 2).lower());
          }
        }
      } else {
        return false;
      }
      if (determined && j - 1 > head + 1 && (j >= toks.size() || toks.get(j).start() >= end
          || !toks.get(j).isWord())) {
        return looksAdjective(toks.get(j - 1)); // "called the actions lawful"
      }
      if (j + 1 >= toks.size() || toks.get(j).start() >= end || !toks.get(j).isWord()) {
        return false;
      }
      String w = toks.get(j).lower();
      if (POSSESSIVES.contains(w) && j + 1 < toks.size() && toks.get(j + 1).isWord()
          && !toks.get(j + 1).isCapitalized() && toks.get(j + 1).start() < end) {
        return true; // "calls North Carolina her home state", "called her fallen son her hero"
      }
      if (w.equals("a") || w.equals("an") || !determined && w.equals("the")) {
        for (int k = j + 1; k < toks.size() && k <= j + 3 && toks.get(k).isWord(); k++) {
          if (TIME_UNITS.contains(toks.get(k).lower()) || NAMING_PARTICLES.contains(toks.get(k).lower())) {
            return false;
          }
        }
        return toks.get(j + 1).isWord() && !toks.get(j + 1).isCapitalized();
      }
      Token after = toks.get(j + 1);
      return !determined && !toks.get(j).isCapitalized() && !LEADING_PREPOSITIONS.contains(w)
          && !CLAUSE_WORDS.contains(w) && !DETERMINERS.contains(w) && !TIME_WORDS.contains(w)
          && !NAMING_PARTICLES.contains(w) && !w.endsWith("ly") && !isCueToken(toks.get(j))
          && (after.start() >= end || !after.isWord() || after.lower().equals("and"));
    }

    /**
     * True for a lower-case word shaped like a predicative adjective ({@code lawful}, {@code unusual}, {@code wrong});
     * not {@code -ive}/{@code -ble} nouns ({@code called the state representative}, {@code the cable}).
     */
    private boolean looksAdjective(Token t) {
      String w = t.lower();
      return !t.isCapitalized() && (PLAIN_ADJECTIVES.contains(w) || ADJECTIVE_SHAPE.matcher(w).matches());
    }

    /**
     * Start of a naming cue's content: the relative word before its subject ({@code what critics called “a tax”}
     * starts at {@code what}, the name's object), else token {@code from}.
     */
    private int namingStart(List<Token> toks, int subjectStart, int first, int from) {
      int r = tokenBefore(toks, subjectStart);
      return r >= first && NAMING_RELATIVES.contains(toks.get(r).lower()) ? r : from;
    }

    /**
     * End of a naming cue's content at the quoted name it gives its object ({@code called the plan “a tax” and
     * left}, {@code called it “a tax,” adding …} → up to the closing mark), or {@code Integer.MAX_VALUE} for no limit.
     * The quote opening at offset {@code open} must follow the content start {@code from} within
     * {@link #NAMED_OBJECT_WORDS} words. Names joined by {@code and}/{@code or} ({@code “pathetic” and “dangerous”})
     * are read as one (not across a verb, {@code “a” and called “b”}, and within MAX_REPORTED_CHARS of the first, so
     * each cue walks only its own names). The content goes on where the sentence continues the name: after a comma
     * only with a preposition, subordinator, relative word, {@code as} or a past participle ({@code “a rush,” because
     * …}); with no comma, on any lower-case word but an {@code -ing} participle ({@code “a lesson” about …},
     * {@code “fools” who …}, also {@code “a tax” while the mayor was away}, as PolNeAR keeps such settings more often
     * than not: ending only before prepositions and relative words cost 13 quote-marked train matches).
     */
    private int namingEnd(List<Token> toks, int from, int open) {
      Span q = quoteAt.get(open);
      if (q == null || q.close < 0 || wordsIn(toks, toks.get(from).start(), open, NAMED_OBJECT_WORDS + 1)
          > NAMED_OBJECT_WORDS) {
        return Integer.MAX_VALUE;
      }
      while (true) {
        int after = q.after(ends[q.paragraph]);
        int n = tokenAtOrAfter(toks, after);
        if (n >= toks.size() || toks.get(n).start() >= ends[q.paragraph]) {
          return after;
        }
        Token t = toks.get(n);
        boolean comma = t.text().equals(",") || beforeClose(q) == ',';
        if (t.text().equals(",")) {
          n++;
          t = n < toks.size() ? toks.get(n) : t;
        }
        String w = t.lower();
        Span next = null;
        if ((w.equals("and") || w.equals("or")) && n + 1 < toks.size() && !isCueToken(toks.get(n + 1))
            && !isPastVerb(toks.get(n + 1))) {
          int o = fragmentOpens.nextSetBit(t.end());
          next = o >= 0 && wordsIn(toks, t.end(), o, 3) <= 2 ? quoteAt.get(o) : null;
        }
        if (next != null && next.close >= 0 && !comma && next.close - open < MAX_REPORTED_CHARS) {
          q = next;
          continue;
        }
        boolean goesOn;
        if (comma) {
          goesOn = t.isWord() && !t.isCapitalized() && (LEADING_PREPOSITIONS.contains(w) || SUBORDINATORS.contains(w)
              || RELATIVE_PRONOUNS.contains(w) || w.equals("as") || w.endsWith("ed"));
        } else if (w.equals("and") || w.equals("but") || w.equals("or")) {
          Token v = n + 1 < toks.size() ? toks.get(n + 1) : t;
          goesOn = v.isWord() && !v.isCapitalized() && !v.lower().endsWith("ing") && !isPastVerb(v)
              && !SUBJECT_PRONOUNS.contains(v.lower()) && !FINITE.contains(v.lower());
        } else {
          goesOn = t.isWord() && !t.isCapitalized() && !(w.length() > 4 && w.endsWith("ing"));
        }
        return goesOn ? Integer.MAX_VALUE : after;
      }
    }

    /**
     * True when tokens from {@code from} (not the first of a phrase) up to offset {@code end} hold a lower-case
     * finite form: an auxiliary, an irregular past, or an {@code -s} or {@code -ed} form not after a determiner.
     */
    private boolean hasVerbForm(List<Token> toks, int from, int end) {
      for (int i = Math.max(from, 1); i < toks.size() && toks.get(i).start() < end; i++) {
        Token t = toks.get(i);
        String w = t.lower();
        if (!t.isCapitalized() && !DETERMINERS.contains(toks.get(i - 1).lower()) && (FINITE.contains(w)
            || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") || w.length() > 4 && w.endsWith("ed")
            || IRREGULAR_PAST.contains(w))) {
          return true;
        }
      }
      return false;
    }

    /**
     * True when tokens from {@code from} up to offset {@code end} hold {@code that}, a subject pronoun, a
     * lower-case auxiliary, modal or copula, a negation, a quote mark, or a clause opened by a new noun phrase after
     * the setting's noun ({@code in a speech the economy grew}): a clause, where a participle alone ({@code in a
     * statement provided to the paper}) is none.
     */
    private boolean holdsFiniteClause(List<Token> toks, int from, int end) {
      for (int i = from; i < toks.size() && toks.get(i).start() < end; i++) {
        Token t = toks.get(i);
        String w = t.lower();
        if (w.equals("that") || !t.isCapitalized() && FINITE.contains(w) || SUBJECT_PRONOUNS.contains(bare(t))
            || w.endsWith("n't") || w.endsWith("n’t") || QUOTE_MARK_TOKENS.contains(t.text())) {
          return true;
        }
        String p = toks.get(i - 1).lower();
        if (i > from + 1 && (DETERMINERS.contains(w) || t.isCapitalized()) && toks.get(i - 1).isWord()
            && !LEADING_PREPOSITIONS.contains(p) && !DETERMINERS.contains(p) && !SUBORDINATORS.contains(p)
            && !p.equals("as") && !p.endsWith("ing") && !toks.get(i - 1).isCapitalized()) {
          return hasVerbForm(toks, i + 1, end); // "said in a speech the economy grew": a subject after the setting
        }
      }
      return false;
    }

    /**
     * True when the words from token {@code from} to offset {@code end} are the setting of an utterance, a phrase
     * opened by a setting word with no clause in it ({@code said Sunday on KTV's “Morning Desk”}): a quote there
     * is a title, not what was said.
     */
    private boolean isSettingPhrase(List<Token> toks, int from, int end) {
      int i = settingStart(toks, from);
      return SETTING_WORDS.contains(toks.get(i).lower()) && !isClause(toks, i, end);
    }

    /**
     * Token {@code from}, or the one after the time words and the {@code by} + noun ({@code by telephone}) that may
     * lead a setting.
     */
    private int settingStart(List<Token> toks, int from) {
      int i = from;
      while (i + 1 < toks.size() && TIME_WORDS.contains(toks.get(i).lower())) {
        i++;
      }
      if (toks.get(i).lower().equals("by") && i + 2 < toks.size() && !DETERMINERS.contains(toks.get(i + 1).lower())
          && SETTING_WORDS.contains(toks.get(i + 2).lower())) {
        i += 2;
      }
      return i;
    }

    /**
     * A title-case headline {@code Jane Roe Says Bridge Will Open Next Week}: the capitalised words before the cue
     * token {@code k} (one to six from the sentence start, no cue, preposition or auxiliary among them) are the
     * speaker, the title-case words after it, up to the sentence end or a comma, colon or dash, the content. At
     * least two words follow, three in four of them capitalised (a capitalised cue inside ordinary prose is left
     * alone), and no preposition comes first ({@code Roe Responds To Critics} has no content). The addressee of an
     * object-taking cue is skipped ({@code Roe Tells Reporters Ferry Will Run} → {@code Ferry Will Run}); a cue form
     * that is mostly a plural noun in titles ({@code Consumer Reports Rates …}) or a second cue in the content
     * ({@code I Told You So Says Roe}) gives nothing.
     */
    private void headline(List<Token> toks, int k, int[] sentence, int first) {
      if (k - first > 6) {
        return;
      }
      for (int i = first; i < k; i++) {
        Token t = toks.get(i);
        if (!t.isCapitalized() && !t.text().equals("’") && !t.text().equals("'") || t.isWord() && cues.isCue(t.text())
            || LEADING_PREPOSITIONS.contains(t.lower()) || PASSIVE_AUX.contains(t.lower())) {
          return;
        }
      }
      if (HEADLINE_NOUNS.contains(toks.get(k).lower()) && headlineNounBeforeVerb(toks, k)
          || toks.get(k).lower().equals(cues.lemma(toks.get(k).text()))
              && !looksPlural(toks.get(k - 1)) && !toks.get(k - 1).lower().endsWith("ly")
              && !PLURAL_SUBJECTS.contains(toks.get(k - 1).lower())) {
        return; // a bare form after a singular is mostly part of a name ("Iowa State University")
      }
      int content = cues.takesObject(toks.get(k).text()) ? k + 2 : k + 1;
      int words = 0;
      int capitalized = 0;
      int end = content;
      for (; end < toks.size() && toks.get(end).start() < sentence[1]; end++) {
        Token t = toks.get(end);
        if (t.text().equals(",") || t.text().equals(":") || isDash(t)) {
          break;
        }
        if (t.isWord() && cues.isCue(t.text()) && t.lower().endsWith("s") && end > content) {
          return; // a second headline attribution ("Roe Says Doe Says …"); "Roe Says He Pledged To …" is one
        }
        if (t.isWord() && !Character.isDigit(t.text().charAt(0))) {
          words++;
          capitalized += t.isCapitalized() ? 1 : 0;
        }
      }
      if (words < 2 || capitalized * 4 < words * 3 || LEADING_PREPOSITIONS.contains(toks.get(k + 1).lower())
          || toks.get(k + 1).lower().equals("to")) {
        return;
      }
      int e = end < toks.size() && toks.get(end).start() < sentence[1] ? toks.get(end).start() : sentence[1];
      addReported(toks, content, e, new Attribution(toks.get(k).start(), toks.get(k).end(), toks.get(k).text(),
          toks.get(first).start(), toks.get(k - 1).end()));
    }

    /**
     * True when the headline word after cue form {@code k} reads as a verb, which makes {@code k} a plural noun of
     * the subject ({@code Consumer Reports Rates …}, {@code Committee Reports Released …}); an object after it makes
     * {@code k} the verb ({@code Roe Promises Action On Taxes}, {@code Roe Claims Lee Unfit}).
     */
    private boolean headlineNounBeforeVerb(List<Token> toks, int k) {
      if (k + 1 >= toks.size() || !toks.get(k + 1).isWord()) {
        return true;
      }
      Token next = toks.get(k + 1);
      return looksPlural(next) || next.lower().endsWith("ed") || cues.isCue(next.text());
    }

    /**
     * Speaker of the last quote attribution whose cue lies in {@code [from, to)}: the subject of a participle that
     * follows an attributed quote ({@code “We won,” Roe said, adding that …} → {@code Roe}); or null.
     */
    private int[] quoteSpeakerBefore(int from, int to) {
      Map.Entry<Integer, Attribution> e = quoteCues.lowerEntry(to);
      return e == null || e.getKey() < from ? null : new int[] {e.getValue().speakerStart(), e.getValue().speakerEnd()};
    }

    /**
     * End of the reported clause of cue token {@code k} inside a relative clause on the sentence's subject: the last
     * comma before a lower-case word, which closes the relative clause ({@code Jane Roe, who said the bridge would
     * open, left early} → {@code the bridge would open}); else the sentence end.
     */
    private int subjectRelativeEnd(List<Token> toks, int k, int first, int[] sentence) {
      int r = k - 1;
      while (r > first && skippedBeforeCue(toks.get(r))) {
        r--;
      }
      // "Jane Roe, who backed Lee and said the bridge would open, left early", "Roe, who was distracted while
      // saying goodbye, left": the cue further inside the relative clause
      for (int j = r; j > first && j > k - 12 && toks.get(j).isWord(); j--) {
        if (RELATIVE_PRONOUNS.contains(bare(toks.get(j)))) {
          r = j;
          break;
        }
      }
      if (r - 2 < first || !RELATIVE_PRONOUNS.contains(bare(toks.get(r))) || !toks.get(r - 1).text().equals(",")) {
        return sentence[1];
      }
      int[] subject = antecedent(toks, r - 2, first);
      if (subject == null || subject[0] != toks.get(first).start()) {
        return sentence[1];
      }
      int end = sentence[1];
      for (int i = k + 1; i + 1 < toks.size() && toks.get(i + 1).start() < sentence[1]; i++) {
        Token t = toks.get(i);
        Token next = toks.get(i + 1);
        if (t.text().equals(",") && !inFragment.get(t.start()) && next.isWord() && !next.isCapitalized()) {
          end = t.start();
        }
      }
      return end;
    }

    /**
     * Index of a subordinator after a short opening without a verb and its comma, before cue token {@code k}: an
     * aside after the subject or a clause after an opening adverbial ({@code Roe, though she said …, stopped short},
     * {@code But, when Roe asked if …, Lee left} → {@code though}, {@code when}); else {@code first}.
     */
    private int asideOpening(List<Token> toks, int first, int k) {
      for (int c = first + 1; c + 2 < k && c <= first + 8; c++) {
        Token t = toks.get(c);
        if (t.text().equals(",")) {
          return SUBORDINATORS.contains(toks.get(c + 1).lower()) && toks.get(c + 2).isWord() ? c + 1 : first;
        }
        if (!t.isWord() || isCueToken(t) || FINITE.contains(t.lower()) || SUBORDINATORS.contains(t.lower())) {
          return first;
        }
      }
      return first;
    }

    /**
     * End of a reported clause inside a sentence-opening subordinate clause, at the comma that closes it
     * ({@code While Roe said the plan “works,” the council voted no.} → {@code the plan “works,”}); else
     * {@code end}. Only when the cue token {@code k} is in that subordinate clause (no comma before it); a comma right
     * after the cue closes the clause there, before any content.
     */
    private int subordinateEnd(List<Token> toks, int first, int k, int from, int end) {
      // "As Roe lamented the cuts, Doe …" too; "as" is no subordinator for the other uses of the set ("goes on as"),
      // nor "where" ("Where Roe boasted that …, Doe …") or "by the time"
      first = asideOpening(toks, first, k);
      String w = toks.get(first).lower();
      boolean byTheTime = w.equals("by") && first + 2 < k && toks.get(first + 1).lower().equals("the")
          && toks.get(first + 2).lower().equals("time");
      if (!SUBORDINATORS.contains(w) && !w.equals("as") && !w.equals("where") && !byTheTime) {
        return end;
      }
      for (int i = first + 1; i < k; i++) {
        if (toks.get(i).text().equals(",") && !inFragment.get(toks.get(i).start())) {
          return end;
        }
      }
      if (k + 1 < from && toks.get(k + 1).text().equals(",") && !w.equals("as")
          && !startsDirect(toks.get(from).start())) {
        // "When the talks concluded, the two men said …": the clause ends at the cue (but "As Roe noted, …" is
        // followed by what Roe noted)
        return toks.get(k + 1).start();
      }
      for (int i = from + 1; i + 1 < toks.size() && toks.get(i + 1).start() < end; i++) {
        Token t = toks.get(i);
        if (t.text().equals(",") && !inFragment.get(t.start()) && !inDirect.get(t.start())
            && toks.get(i + 1).isWord()) {
          return t.start();
        }
        if (isClosingMark(t) && toks.get(i - 1).text().equals(",") && toks.get(i + 1).isWord()) {
          return t.end();
        }
      }
      return end;
    }

    /**
     * Token index of the {@code to} that opens the to-clause right after a {@code +to} cue ({@code hopes to win} →
     * {@code to win}), or -1. A lower-case word that is no determiner must follow, so {@code hoped to the end} is no
     * clause.
     */
    private int infinitiveStart(List<Token> toks, int from, int[] sentence) {
      if (from + 1 >= toks.size() || !toks.get(from).lower().equals("to")) {
        return -1;
      }
      Token verb = toks.get(from + 1);
      boolean clause = verb.isWord() && !verb.isCapitalized() && verb.start() < sentence[1]
          && !DETERMINERS.contains(verb.lower()) && !Character.isDigit(verb.text().charAt(0));
      return clause ? from : -1;
    }

    /**
     * True when a say-form's content is {@code the same} or {@code the opposite}, which stand for a clause in poll
     * reports ({@code a third said the same of Cruz}).
     */
    private boolean answersPoll(List<Token> toks, int from) {
      String next = from + 1 < toks.size() ? toks.get(from + 1).lower() : "";
      return toks.get(from).lower().equals("the") && (next.equals("same") || next.equals("opposite"));
    }

    /**
     * True when a content after a form of {@code say} reads as a clause though {@link #isClause} finds no verb form it
     * knows ({@code said social media success depends on authenticity}): three words or more with no punctuation in
     * the first five, no preposition first and a lower-case {@code -s}, {@code -ed} or irregular past form not after a
     * determiner, so {@code said in a statement}, {@code said, however, …} and {@code said a prayer for the
     * victims} stay out.
     */
    private boolean saysClause(List<Token> toks, int from, int end) {
      if (LEADING_PREPOSITIONS.contains(toks.get(from).lower()) || wordsIn(toks, toks.get(from).start(), end, 3) < 3) {
        return false;
      }
      for (int i = from; i < toks.size() && i < from + 5 && toks.get(i).start() < end; i++) {
        if (!toks.get(i).isWord()) {
          return false;
        }
      }
      return hasVerbForm(toks, from + 1, end); // "success depends on", not "said a prayer for the victims"
    }

    /**
     * True when tokens from {@code from} up to offset {@code end} look like a clause, not a bare noun phrase: a
     * subject pronoun, a gerund ("confirmed receiving it") or {@code whether}/{@code if} first, a question word
     * and a subject pronoun ({@code said what they want}), or a finite verb (auxiliary, modal, copula, a past form or
     * an {@code -s} verb before its object). So {@code acknowledged opposition from tenants} is no statement while {@code said it would
     * rain} and {@code said the plan works} are.
     */
    private boolean isClause(List<Token> toks, int from, int end) {
      String head = toks.get(from).lower();
      if (SUBJECT_PRONOUNS.contains(bare(toks.get(from))) || head.length() > 5 && head.endsWith("ing")
          || QUESTION_WORDS.contains(head) && from + 1 < toks.size() && toks.get(from + 1).isWord()) {
        return true;
      }
      if (presentWithPluralSubject(toks, from, end)) {
        return true;
      }
      if (WH_WORDS.contains(head) && from + 2 < toks.size() && toks.get(from + 2).start() < end
          && SUBJECT_PRONOUNS.contains(bare(toks.get(from + 1)))) {
        return true; // "said what they want", "asked why he left"
      }
      for (int i = from; i < toks.size() && toks.get(i).start() < end; i++) {
        Token t = toks.get(i);
        String w = t.lower();
        if (FINITE.contains(w) || (w.equals("to") && i > from) || w.endsWith("n't") || w.endsWith("n’t")
            || i > from && IRREGULAR_PAST.contains(w) && !t.isCapitalized() && !DETERMINERS.contains(toks.get(i - 1).lower())
            || (w.endsWith("’s") || w.endsWith("'s")) && i > from && !t.isCapitalized()) {
          return true;
        }
        if (i > from && !t.isCapitalized() && w.length() > 4 && w.endsWith("ed")
            && !DETERMINERS.contains(toks.get(i - 1).lower())) {
          return true;
        }
        if (i > from && !t.isCapitalized() && w.length() > 5 && w.endsWith("ing") && toks.get(i - 1).isCapitalized()
            && !DETERMINERS.contains(toks.get(i - 1).lower())) {
          return true; // a small clause with a named subject: "found Clinton leading Sanders"
        }
        boolean next = i + 1 < toks.size() && toks.get(i + 1).start() < end;
        if (i > from && !t.isCapitalized() && looksPlural(t) && w.length() > 3 && next
            && (DETERMINERS.contains(toks.get(i + 1).lower()) || toks.get(i + 1).lower().equals("to")
                || toks.get(i + 1).lower().equals("that") || PRONOUNS.contains(toks.get(i + 1).lower()))) {
          return true;
        }
      }
      return false;
    }

    /**
     * True when the words from {@code from} open with a plural noun and a present-tense verb before its object
     * ({@code people misunderstand Trump}, {@code voters want the ferry}): a lower-case word that is no function word,
     * followed by a determiner, an object pronoun, a capital, {@code to} or {@code that}.
     */
    private boolean presentWithPluralSubject(List<Token> toks, int from, int end) {
      if (from + 2 >= toks.size() || toks.get(from + 2).start() >= end) {
        return false;
      }
      Token noun = toks.get(from);
      int v0 = from + 1;
      if (PLAIN_ADVERBS.contains(toks.get(v0).lower()) && from + 3 < toks.size()
          && toks.get(from + 3).start() < end) {
        v0++; // "officers still scrutinize the area"
      }
      Token verb = toks.get(v0);
      Token next = toks.get(v0 + 1);
      String v = verb.lower();
      boolean plural = !noun.isCapitalized() && (looksPlural(noun) && noun.lower().length() > 3
          || noun.lower().equals("people"));
      return plural && verb.isWord() && !verb.isCapitalized() && !v.endsWith("s") && !v.endsWith("ly")
          && !v.endsWith("ing") && !DETERMINERS.contains(v) && !CLAUSE_WORDS.contains(v) && !ADVERBIAL.contains(v)
          && !LEADING_PREPOSITIONS.contains(v) && !CONNECTIVES.contains(v) && !NOT_VERBS.contains(v)
          && !AttitudeRelations.isAdverb(verb) && (DETERMINERS.contains(next.lower())
              || OBJECT_PRONOUNS.contains(next.lower()) || next.isCapitalized() || next.lower().equals("to")
              || next.lower().equals("that"));
    }

    /**
     * False when cue token {@code k} is a bare form ("report", "state", "claim") that cannot be a verb after its
     * subject: no auxiliary before it and a subject that is not plural, so {@code a city report that found …}
     * and {@code the premier of the state remarked …} are nouns, while {@code officials report that …},
     * {@code critics like Jane Roe say …} and {@code they would claim …} are verbs.
     */
    private boolean agreesWithBaseForm(List<Token> toks, int k, int[] subject, int first) {
      Token cue = toks.get(k);
      if (!cue.lower().equals(cues.lemma(cue.text())) || (k > 0 && SKIP_BEFORE_CUE.contains(toks.get(k - 1).lower()))) {
        return true;
      }
      int lastIndex = tokenBefore(toks, subject[1]);
      Token last = toks.get(lastIndex);
      int from = tokenAtOrAfter(toks, subject[0]);
      for (int i = from + 1; i < lastIndex; i++) {
        // the head noun before a modifier decides: "Aides to Roe say", "Sources close to her campaign say"
        String w = toks.get(i).lower();
        if (w.equals("of") || w.equals("to") || LEADING_PREPOSITIONS.contains(w) || SOURCE_ADJECTIVES.contains(w)) {
          Token head = toks.get(i - 1);
          if (PLURAL_SUBJECTS.contains(head.lower()) || QUANTIFIERS.contains(head.lower())
              || looksPlural(head) && !head.lower().endsWith("'s") && !head.lower().endsWith("’s")) {
            return true;
          }
          break;
        }
      }
      if (isNounUse(toks, k, 0)) {
        return false;
      }
      for (int i = from; i < lastIndex; i++) {
        String w = toks.get(i).lower();
        if (w.equals("and") || (w.equals("like") || w.equals("including")) && i > from && looksPlural(toks.get(i - 1))) {
          return true;
        }
      }
      return PLURAL_SUBJECTS.contains(last.lower()) || Character.isDigit(last.text().charAt(0))
          || last.text().equals("%") || QUANTIFIERS.contains(last.lower()) || toks.get(from).lower().equals("those")
          || (looksPlural(last) && (!last.isCapitalized() || lastIndex == first || isCounted(toks, from)
              || (lastIndex == from || !toks.get(lastIndex - 1).isCapitalized())
                  && (isPluralOfArticleWord(last) || lastIndex == from && VERB_ONLY_CUES.contains(cue.lower()))));
    }

    /**
     * True when capitalised {@code t} ends in {@code s} and the article also uses it without that {@code s}
     * ({@code Republicans} beside {@code Republican voters}, {@code Germans} beside {@code German}): a plural noun, not
     * a name ending in {@code s} ({@code Sanders}).
     */
    private boolean isPluralOfArticleWord(Token t) {
      if (capitalisedWords == null) {
        capitalisedWords = new HashSet<>();
        for (List<Token> paragraph : tokens) {
          for (Token x : paragraph) {
            if (x.isCapitalized()) {
              capitalisedWords.add(x.text());
            }
          }
        }
      }
      return t.text().length() > 3 && capitalisedWords.contains(t.text().substring(0, t.text().length() - 1));
    }

    /**
     * True for the first word of a subject that counts its members ({@code Most Republicans}, {@code 75 percent of
     * Democrats}, {@code One in five Americans}), which makes a capitalised plural last word a plural noun rather
     * than a name. One or 1 counts only as a ratio, before {@code in} and a number.
     */
    private boolean isCounted(List<Token> toks, int from) {
      String w = toks.get(from).lower();
      if (w.equals("one") || w.equals("1")) {
        return from + 2 < toks.size() && toks.get(from + 1).lower().equals("in")
            && (QUANTIFIERS.contains(toks.get(from + 2).lower())
                || Character.isDigit(toks.get(from + 2).text().charAt(0)));
      }
      return QUANTIFIERS.contains(w) || Character.isDigit(w.charAt(0));
    }

    /**
     * True when bare cue form {@code k} is a noun: right after {@code of} ("the secretary of state said"), a
     * determiner ("a report"), or a singular modifier that follows one ("a city report", "the coastal state",
     * "their previous estimate"). A quantifier
     * ({@code some say}, before a clause: {@code some say they}, {@code some say taxes are}) and {@code those} +
     * participle ({@code those surveyed say}) are subjects instead.
     */
    private boolean isNounUse(List<Token> toks, int k, int first) {
      Token cue = toks.get(k);
      if (!cue.lower().equals(cues.lemma(cue.text())) || k - 1 < first) {
        return false;
      }
      Token prev = toks.get(k - 1);
      if (prev.lower().equals("of")) {
        return true;
      }
      if (DETERMINERS.contains(prev.lower())) {
        return !QUANTIFIERS.contains(prev.lower()) || !opensClause(toks, k + 1) && !bareSubjectClause(toks, k + 1);
      }
      return k - 2 >= first && prev.isWord() && !looksPlural(prev) && !PRONOUNS.contains(prev.lower())
          && !PLURAL_SUBJECTS.contains(prev.lower()) // "the women say", not "the final say"
          && DETERMINERS.contains(toks.get(k - 2).lower())
          && !(toks.get(k - 2).lower().equals("those") && prev.lower().endsWith("ed"))
          && !(FRACTIONS.contains(prev.lower()) && opensClause(toks, k + 1)); // "a third say they …"
    }

    /** True when token {@code i} is a bare noun followed by a finite verb ({@code some say taxes are too high}). */
    private boolean bareSubjectClause(List<Token> toks, int i) {
      return i + 1 < toks.size() && toks.get(i).isWord() && FINITE.contains(toks.get(i + 1).lower());
    }

    /**
     * True when token {@code i} can open a reported clause right after a verb: a subject pronoun, determiner,
     * complementizer, number or capitalised word. So {@code some say they …} has a verb, {@code most state parties}
     * a noun.
     */
    private boolean opensClause(List<Token> toks, int i) {
      if (i >= toks.size() || !toks.get(i).isWord()) {
        return false;
      }
      Token t = toks.get(i);
      String w = bare(t);
      return SUBJECT_PRONOUNS.contains(w) || DETERMINERS.contains(w) || COMPLEMENTIZERS.contains(w)
          || t.isCapitalized() || Character.isDigit(w.charAt(0));
    }

    /**
     * True when cue form {@code k} in {@code -s} is a plural noun: after a number, a determiner or a possessive
     * ({@code the May 10 contests}, {@code his comments}, {@code reporters’ questions}).
     */
    private boolean isPluralNoun(List<Token> toks, int k, int first) {
      String w = toks.get(k).lower();
      if (!w.endsWith("s") || k - 1 < first) {
        return false;
      }
      String p = toks.get(k - 1).lower();
      if (SINGULAR_DETERMINERS.contains(p)) {
        return false; // "Another says", "One says": a singular determiner stands alone as the subject
      }
      // a compound modifier after a determiner or possessive makes a noun too: "his early-morning tweets"
      return Character.isDigit(p.charAt(0)) || isDeterminerOrPossessive(p)
          || p.indexOf('-') > 0 && k - 2 >= first && isDeterminerOrPossessive(toks.get(k - 2).lower());
    }

    /** True for a lower-cased word that makes the next one a noun: a determiner or a possessive ({@code Roe’s}). */
    private static boolean isDeterminerOrPossessive(String p) {
      return DETERMINERS.contains(p) || p.endsWith("’s") || p.endsWith("'s") || p.equals("’") || p.equals("'");
    }

    /**
     * True when a subject pronoun and a finite verb start at token {@code i}: the clause of an object-taking cue
     * with no addressee ({@code warned it would shrink}, {@code told they were}).
     */
    private boolean opensWithSubjectPronoun(List<Token> toks, int i) {
      return i + 1 < toks.size() && SUBJECT_PRONOUNS.contains(toks.get(i).lower())
          && (FINITE.contains(toks.get(i + 1).lower()) || isPastVerb(toks.get(i + 1)));
    }

    /** Lower-cased word without a contraction ("he’d" → "he"). */
    private String bare(Token t) {
      String w = t.lower();
      int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
      return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    private boolean looksPlural(Token t) {
      String w = t.lower();
      return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.endsWith("us") && !w.endsWith("is");
    }

    /**
     * {@code …, X said.} or {@code …, said X.}: content is the clause before the comma. For an attribution inside
     * the sentence ({@code The plan, she said, will fail.}) the content runs to the sentence end, the attribution
     * within it, since a statement is one span of the text.
     */
    private Attribution invertedAttribution(List<Token> toks, int k, int[] sentence, int first) {
      Token cue = toks.get(k);
      if (cues.needsQuote(cue.text()) && !(k > first && isClosingMark(toks.get(k - 1)))) {
        return null; // "Most recently, Roe called to ban …": a naming cue closes no clause before it
      }
      int comma;
      int[] speaker;
      boolean midSentence = false;
      int[] pair = appositivePair(toks, k, first);
      if (pair != null && onlyTail(toks, k + 1, sentence)) {
        speaker = new int[] {pair[1], pair[2]}; // "…, his top aide, Tad Devine, said."
        comma = pair[0];
      } else if (k > first && toks.get(k - 1).text().equals(",")) {
        int[] appositive = subjectBefore(toks, k, first);
        if (!INVERTING.contains(cue.lower()) || appositive != null && appositive[0] == toks.get(first).start()
            && !hasFiniteVerb(toks, first, tokenAtOrAfter(toks, appositive[1]))
            && !opensWithPastClause(toks, first, tokenAtOrAfter(toks, appositive[1]))) {
          return null; // "Roe, the editor, said …" has no clause before the cue; "The firm lobbied for Lee, said Roe" has
        }
        speaker = nounPhraseForward(toks, afterTime(toks, k + 1));
        if (speaker == null) {
          speaker = titledName(toks, afterTime(toks, k + 1)); // "…, said film director Jane Roe."
        }
        if (speaker == null || hasFiniteVerb(toks, tokenAtOrAfter(toks, speaker[0]), tokenAtOrAfter(toks, speaker[1]))) {
          return null; // "Roe, the editor, said every pope was …": a clause, not an inverted speaker
        }
        comma = k - 1;
        if (!onlyTail(toks, tokenAtOrAfter(toks, speaker[1]), sentence)) {
          return null;
        }
      } else {
        speaker = subjectBefore(toks, k, first);
        int[] phrase = speaker == null || tokenAtOrAfter(toks, speaker[0]) <= first
            || !toks.get(tokenAtOrAfter(toks, speaker[0]) - 1).text().equals(",") ? phraseAfterComma(toks, k, first) : null;
        speaker = phrase != null ? phrase : speaker;
        if (speaker == null) {
          return null;
        }
        if (k + 1 < toks.size() && (startsDirect(toks.get(k + 1).start()) || fragmentOpens.get(toks.get(k + 1).start()))) {
          return null;
        }
        int afterTime = afterTime(toks, k + 1);
        if (cues.takesObject(cue.text())) {
          afterTime = afterTime(toks, addresseeEnd(toks, afterTime, sentence)); // "The plan, Roe told reporters, …"
        }
        int c = afterSetting(toks, afterTime, sentence);
        // "The plan is dead, Roe said (in an interview); the council agreed": a semicolon closes the attribution
        boolean semicolonTail = c < toks.size() && toks.get(c).text().equals(";");
        // "…, the office reported on Tuesday -- a development that …": a dash closes the attribution too
        boolean dashTail = c < toks.size() && isDash(toks.get(c)) && toks.get(c).start() < sentence[1];
        Token speakerHead = toks.get(tokenAtOrAfter(toks, speaker[0]));
        boolean named = isNameOrPronoun(speakerHead);
        // "The plan is dead, Roe said in a speech, and the council agreed": the attribution closes the clause before it
        boolean coordinatedTail = named && c != afterTime && c + 1 < toks.size() && toks.get(c).text().equals(",")
            && (toks.get(c + 1).lower().equals("and") || toks.get(c + 1).lower().equals("but"));
        if (c != afterTime && (!named
            || RELATIVE_PRONOUNS.contains(bare(toks.get(k - 1)))
            || c + 1 < toks.size() && CONNECTIVES.contains(toks.get(c + 1).lower()))) {
          c = afterTime; // only a named or pronoun speaker, and not before ", and …": "It is dead, Roe said in a talk, …"
        }
        // "…, Roe said, adding that …": the participle opens another statement, the attribution closes this one
        boolean participleTail = c + 1 < toks.size() && toks.get(c).text().equals(",")
            && isParticiple(toks.get(c + 1)) && isCueToken(toks.get(c + 1));
        midSentence = !participleTail && c + 1 < toks.size() && toks.get(c).text().equals(",")
            && toks.get(c + 1).start() < sentence[1] && toks.get(c + 1).isWord() && !insideDirect(toks.get(c + 1).start());
        int s = tokenAtOrAfter(toks, speaker[0]);
        for (int j = tokenAtOrAfter(toks, speaker[1]) - 1; midSentence && j > s; j--) {
          if (toks.get(j).text().equals(",")) {
            s = j + 1; // "The plan, Roe said, is dead": the subject walk took "The plan, Roe" for an appositive
            speaker = new int[] {toks.get(s).start(), speaker[1]};
            break;
          }
        }
        // "The plan is dead, Roe said as she left": a time clause closes the attribution, not its content
        // (also after an addressee: "…, Roe told her aides as she left")
        int opener = c == afterTime && cues.takesObject(cue.text()) ? afterWords(toks, c, 5) : c;
        boolean timeClauseTail = opener + 1 < toks.size() && toks.get(opener + 1).start() < sentence[1]
            && TIME_CLAUSE_OPENERS.contains(toks.get(opener).lower()) && c == afterTime
            && (SUBJECT_PRONOUNS.contains(bare(toks.get(opener + 1))) || isParticiple(toks.get(opener + 1)));
        if (s <= first || !toks.get(s - 1).text().equals(",")
            || !(midSentence || participleTail || coordinatedTail || timeClauseTail || semicolonTail || dashTail
                || onlyTail(toks, k + 1, sentence))
            || !midSentence && (isOpeningAdverbial(toks, first, s - 1)
                || opensOwnContent(toks, k, sentence) && onlyLeadIn(toks, first, s - 1))) {
          return null;
        }
        comma = s - 1;
      }
      int start = toks.get(first).start();
      if (comma <= first || insideDirect(start) || startsDirect(start)) {
        usedCues.add(cue.start());
        return new Attribution(cue.start(), cue.end(), cue.text(), speaker[0], speaker[1]);
      }
      Attribution a = new Attribution(cue.start(), cue.end(), cueText(toks, k), speaker[0], speaker[1]);
      addReported(toks, clauseStart(toks, first, comma), midSentence ? sentence[1] : toks.get(comma).start(), a);
      return a;
    }

    /**
     * Index of the comma closing an addressee of at most five words that starts at token {@code from} ({@code The
     * plan, Roe told reporters, will fail}), or {@code from} when none does: no verb, {@code that}, cue, subordinator
     * or preposition in it.
     */
    private int addresseeEnd(List<Token> toks, int from, int[] sentence) {
      int j = from;
      while (j < toks.size() && j - from < 5 && toks.get(j).start() < sentence[1] && toks.get(j).isWord()
          && !FINITE.contains(toks.get(j).lower()) && !toks.get(j).lower().equals("that") && !isCueToken(toks.get(j))
          && !isPastForm(toks.get(j)) && !SUBORDINATORS.contains(toks.get(j).lower())
          && !LEADING_PREPOSITIONS.contains(toks.get(j).lower())) {
        j++;
      }
      return j > from && j < toks.size() && toks.get(j).text().equals(",") ? j : from;
    }

    /**
     * {@code [comma, start, end]} of a trailing speaker in two comma-separated parts before inverting cue {@code k},
     * a name and a description in either order ({@code …, his top aide, Tad Devine, said}, {@code …, Jane Roe, a
     * spokeswoman for the city, said}): the comma that opens it and the offsets of the phrase; or null. Each part
     * is one to eight words; the name is one to four capitalised words; the description opens with a determiner or a
     * possessive.
     */
    private int[] appositivePair(List<Token> toks, int k, int first) {
      String cue = toks.get(k).lower();
      if (k - 1 <= first || !toks.get(k - 1).text().equals(",")
          || !INVERTING.contains(cue) && !cue.equals("told") && !cue.equals("tells")) {
        return null;
      }
      int c1 = k - 2;
      while (c1 > first && k - 1 - c1 <= 8 && toks.get(c1).isWord()) {
        c1--;
      }
      int c0 = c1 - 1;
      while (c0 > first && c1 - c0 <= 8 && toks.get(c0).isWord()) {
        c0--;
      }
      if (c1 <= first || c0 <= first || !toks.get(c1).text().equals(",") || !toks.get(c0).text().equals(",")
          || c1 - c0 < 2 || k - 1 - c1 < 2) {
        return null;
      }
      boolean nameFirst = allCapitalized(toks, c0 + 1, c1) && describes(toks.get(c1 + 1));
      boolean nameLast = allCapitalized(toks, c1 + 1, k - 1) && describes(toks.get(c0 + 1));
      return nameFirst || nameLast ? new int[] {c0, toks.get(c0 + 1).start(), toks.get(k - 2).end()} : null;
    }

    private static boolean allCapitalized(List<Token> toks, int from, int to) {
      for (int i = from; i < to; i++) {
        if (!toks.get(i).isCapitalized()) {
          return false;
        }
      }
      return to - from <= 4;
    }

    /** True for the first word of a description: a determiner or possessive ({@code his top aide}). */
    private static boolean describes(Token t) {
      return ARTICLES_AND_POSSESSIVES.contains(t.lower()) || t.lower().endsWith("’s") || t.lower().endsWith("'s");
    }

    /**
     * The speaker of a trailing {@code …, X said} whose noun phrase joins words the subject walk stops at: a
     * coordination or a prepositional modifier ({@code …, current and former officials said},
     * {@code …, a source close to him said}, {@code …, people familiar with the talks said}). The phrase runs from
     * the comma to a cue that can close a sentence ({@code said}, {@code added}; adverbs and auxiliaries skipped),
     * two to ten words, and holds no verb, clause word or cue; or null.
     */
    private int[] phraseAfterComma(List<Token> toks, int k, int first) {
      int end = k - 1;
      while (end > first && skippedBeforeCue(toks.get(end))) {
        end--;
      }
      int i = end;
      while (i > first && end - i < 10 && toks.get(i).isWord()) {
        i--;
      }
      if (i <= first || end - i < 2 || !toks.get(i).text().equals(",") || !INVERTING.contains(toks.get(k).lower())
          && !cues.takesObject(toks.get(k).text())) { // "…, teachers and union officials told POLITICO."
        return null;
      }
      Token head = toks.get(i + 1);
      if (!validSubjectStart(head, 1) || PRONOUNS.contains(head.lower()) || CONNECTIVES.contains(head.lower())) {
        return null;
      }
      for (int j = i + 1; j <= end; j++) {
        Token t = toks.get(j);
        String w = t.lower();
        if (FINITE.contains(w) || PASSIVE_AUX.contains(w) || isCueToken(t) || RELATIVE_PRONOUNS.contains(w)
            || w.equals("that") || w.endsWith("ing")) {
          return null;
        }
      }
      String last = toks.get(end).lower();
      String before = toks.get(end - 1).lower();
      boolean objectAfterPreposition = OBJECT_PRONOUNS.contains(last)
          && (LEADING_PREPOSITIONS.contains(before) || before.equals("to"));
      if (BAD_SUBJECT_END.contains(last) && !objectAfterPreposition) {
        return null;
      }
      return new int[] {head.start(), toks.get(end).end()};
    }

    /**
     * True when tokens {@code from} to {@code to} hold no comma and a past form after a word that is no determiner
     * or possessive: a clause with its verb ({@code The firm lobbied for Lee}), not a subject with a participle
     * adjective ({@code The retired general}) or an appositive ({@code Roe, the editor}).
     */
    private boolean opensWithPastClause(List<Token> toks, int from, int to) {
      boolean past = false;
      for (int i = from; i < to; i++) {
        Token t = toks.get(i);
        if (t.text().equals(",")) {
          return false;
        }
        past |= i > from && isPastForm(t) && toks.get(i - 1).isWord()
            && !isDeterminerOrPossessive(toks.get(i - 1).lower());
      }
      return past;
    }

    /** True when a lower-case auxiliary, copula or modal lies in tokens {@code [from, to)}. */
    private boolean hasFiniteVerb(List<Token> toks, int from, int to) {
      for (int i = from; i < to; i++) {
        String w = toks.get(i).lower();
        if (!toks.get(i).isCapitalized() && (FINITE.contains(w) || PASSIVE_AUX.contains(w))) {
          return true;
        }
      }
      return false;
    }

    /**
     * First token of the clause that an attribution at token {@code comma} closes: after the last opening
     * parenthesis, colon, semicolon or dash before it in the sentence, else the sentence start. So in
     * {@code Sales fell (the drop was 5 percent, according to X).} the content is {@code the drop was 5 percent}.
     */
    private int clauseStart(List<Token> toks, int first, int comma) {
      for (int i = comma - 1; i > first; i--) {
        String t = toks.get(i).text();
        if (t.equals("(") || t.equals(":") || t.equals(";") || t.equals("—") || t.equals("–")) {
          return i + 1 < comma ? i + 1 : first;
        }
        if (t.equals(")")) {
          return first;
        }
      }
      return first;
    }

    /**
     * True when cue token {@code k} is followed in its sentence by a word that may open its own content or object
     * ({@code Roe said the same of Lee}, {@code she criticized Singer}), not by nothing, a time or a setting
     * ({@code Roe said.}, {@code Roe said on Monday}): only then can the words before its subject be a mere lead-in.
     */
    private boolean opensOwnContent(List<Token> toks, int k, int[] sentence) {
      if (k + 1 >= toks.size() || toks.get(k + 1).start() >= sentence[1] || !toks.get(k + 1).isWord()) {
        return false;
      }
      String w = toks.get(k + 1).lower();
      return !LEADING_PREPOSITIONS.contains(w) && !TIME_WORDS.contains(w) && !TIME_FILLERS.contains(w)
          && !AttitudeRelations.isAdverb(toks.get(k + 1));
    }

    /**
     * True when the words before {@code comma}, from the sentence's first token, are only what leads into a main
     * clause, not a clause of their own: one phrase (no comma) opened by a subordinator ({@code While many liked her,
     * Roe said the same of him}), a to-infinitive ({@code To cut costs, we asked …}), a sentence-initial participle
     * before a preposition, determiner or question word ({@code Asked about it, Roe said …}), or a preposition or
     * time word with no clause after it ({@code Wednesday at the debate, Roe said …}; not {@code In 2019 the town
     * voted to leave, Roe told reporters}).
     */
    private boolean onlyLeadIn(List<Token> toks, int first, int comma) {
      for (int i = first; i < comma; i++) {
        if (!toks.get(i).isWord() && !"-’'%".contains(toks.get(i).text())) {
          return false;
        }
      }
      Token head = toks.get(first);
      String w = head.lower();
      if (SUBORDINATORS.contains(w) && !w.equals("even") || w.equals("to")) {
        return true;
      }
      if (first + 1 >= comma) {
        return false;
      }
      String next = toks.get(first + 1).lower();
      if (head.isCapitalized() && (w.endsWith("ed") && w.length() > 4 || w.endsWith("ing"))) {
        return LEADING_PREPOSITIONS.contains(next) || DETERMINERS.contains(next) || COMPLEMENTIZERS.contains(next)
            || OBJECT_PRONOUNS.contains(next); // "Asked about it", "Pressed on the point", "Asked whether …"
      }
      return (LEADING_PREPOSITIONS.contains(w) || TIME_WORDS.contains(w))
          && !isClause(toks, first + 1, toks.get(comma).start());
    }

    /**
     * True when the tokens from {@code from} to the sentence end can close an attribution: nothing, a time or setting
     * ({@code said Roe on Monday}) or an appositive ({@code said Roe, a teacher who ran the school}); not a clause
     * ({@code said he fully supports it}), also after an appositive ({@code said Roe, the mayor, is wrong}).
     */
    private boolean onlyTail(List<Token> toks, int from, int[] sentence) {
      if (from < toks.size() && toks.get(from).start() < sentence[1]) {
        Token head = toks.get(from);
        if (SUBJECT_PRONOUNS.contains(bare(head)) || head.isWord() && !head.isCapitalized()
            && !ADVERBIAL.contains(head.lower()) && !TIME_WORDS.contains(head.lower())
            && !TIME_FILLERS.contains(head.lower())) {
          return false;
        }
      }
      int n = 0;
      int cap = 8;
      boolean names = true;
      boolean appositive = false;
      for (int i = from; i < toks.size() && toks.get(i).start() < sentence[1]; i++) {
        Token t = toks.get(i);
        if (appositive && (RELATIVE_PRONOUNS.contains(t.lower()) || t.lower().equals("whose"))) {
          return true; // "Jane Roe, an expert who has written on it": the relative clause describes the speaker
        }
        // marks around a show's name do not count, nor the words of a name after its first ("the New York Times")
        boolean inName = i > from && t.isCapitalized() && toks.get(i - 1).isCapitalized() && toks.get(i - 1).isWord();
        if (t.lower().equals("that") || isCueToken(t) || FINITE.contains(t.lower())
            || !QUOTE_MARK_TOKENS.contains(t.text()) && !inName && ++n > cap) {
          return false;
        }
        names &= t.isCapitalized() || t.text().equals(",");
        if (t.text().equals(",") && i + 1 < toks.size() && toks.get(i + 1).start() < sentence[1]) {
          Token next = toks.get(i + 1);
          if ((names || appositive) && RELATIVE_PRONOUNS.contains(next.lower())) {
            return true;
          }
          if (DETERMINERS.contains(next.lower()) && !next.lower().equals("that")
              || next.isCapitalized() && (next.lower().endsWith("’s") || next.lower().endsWith("'s"))) {
            // "Jane Roe, the treasurer", "Jane Roe, Facebook's outreach director": an appositive, but no verb may
            // follow it
            cap = n + APPOSITIVE_WORDS;
            appositive = true;
            continue;
          }
          if (i == from && next.isWord() && !next.isCapitalized() && !next.lower().endsWith("ing")) {
            cap = n + APPOSITIVE_WORDS; // ", director of the project at the university": an appositive title
          } else if (!ADVERBIAL.contains(next.lower()) && !next.isCapitalized()) {
            return false;
          }
        }
      }
      return true;
    }

    private void accordingTo(List<Token> toks, int k, int[] sentence, int first) {
      int[] speaker = nounPhraseForward(toks, k + 2);
      if (speaker == null) {
        speaker = bareNounPhrase(toks, k + 2, sentence);
      }
      if (speaker == null) {
        return;
      }
      speaker = withParticiplePhrase(toks, speaker, sentence);
      Attribution a = new Attribution(toks.get(k).start(), toks.get(k + 1).end(), "according to", speaker[0],
          speaker[1]);
      Token head = toks.get(first);
      boolean contracted = k == first + 1 && !head.lower().equals(bare(head));
      if ((bare(head).equals("that") || bare(head).equals("this")) && (contracted
          || k == first + 2
              && (toks.get(first + 1).lower().equals("is") || toks.get(first + 1).lower().equals("was")))) {
        addReported(toks, first, head.start() + bare(head).length(), a); // "That’s according to the poll."
        return;
      }
      int comma = sourceEnd(toks, tokenAtOrAfter(toks, speaker[1]), sentence);
      if (comma >= 0 && comma + 1 < toks.size() && RELATIVE_PRONOUNS.contains(bare(toks.get(comma + 1)))) {
        int close = comma + 2;
        while (close < toks.size() && close < comma + 25 && toks.get(close).start() < sentence[1]
            && !toks.get(close).text().equals(",")) {
          close++;
        }
        // "according to Roe, who chairs the panel, the plan is dead": the relative belongs to the source
        comma = close < toks.size() && toks.get(close).text().equals(",") ? close : comma;
      }
      boolean commaBefore = k > first && (toks.get(k - 1).text().equals(",") || isDash(toks.get(k - 1)));
      boolean opening = k == first || toks.get(k - 1).text().equals(":") // "…: According to Roe, …"
          || k == first + 1 && toks.get(first).text().equals("("); // "(According to Roe, …)"
      if (opening || (commaBefore && isOpeningAdverbial(toks, first, k - 1))
          || k == first + 1 && isOpeningAdverbialWord(toks.get(first))) { // "But according to Roe, …"
        if (comma >= 0 && comma + 1 < toks.size()) {
          addReported(toks, comma + 1, clauseEnd(toks, comma + 1, sentence[1]), a);
        }
      } else if (commaBefore && comma >= 0 && comma + 1 < toks.size() && toks.get(comma + 1).start() < sentence[1]
          && continuesAfterSource(toks, first, k, comma + 1, sentence)) {
        int from = clauseStart(toks, first, k - 1);
        from = SUBORDINATORS.contains(toks.get(from).lower()) ? comma + 1 : from;
        addReported(toks, from, clauseEnd(toks, from, sentence[1]), a);
      } else if (commaBefore) {
        int from = clauseStart(toks, first, k - 1);
        if (isDash(toks.get(k - 1)) && from - 1 > first && isDash(toks.get(from - 1))) {
          from = clauseStart(toks, first, from - 1); // "Crime rose — mostly theft — according to the FBI."
        }
        addReported(toks, from, toks.get(k - 1).start(), a);
      } else if (k > first + 2 && toks.get(k - 1).isWord()) {
        int from = clauseStart(toks, first, k);
        if (from == first || isClause(toks, from, toks.get(k).start())) {
          addReported(toks, from, toks.get(k).start(), a);
        }
      }
    }

    /**
     * {@code source} of an {@code according to} with the participle phrase that names its maker or setting ({@code a
     * court document filed by the state attorney}, {@code a survey released on Thursday}, {@code a copy of the letter
     * reviewed by The Post}), up to the comma or sentence end within twelve words; the participle is then no cue of a
     * statement of its own. Else {@code source}.
     */
    private int[] withParticiplePhrase(List<Token> toks, int[] source, int[] sentence) {
      int p = tokenAtOrAfter(toks, source[1]);
      int last = tokenBefore(toks, source[1]);
      if (isPastForm(toks.get(last)) && p < toks.size() && PARTICIPLE_LINKS.contains(toks.get(p).lower())) {
        p = last; // the phrase reader stopped after the participle: "a court document filed | by …"
      } else if (p + 1 >= toks.size() || !isPastForm(toks.get(p)) || !PARTICIPLE_LINKS.contains(toks.get(p + 1).lower())) {
        return source;
      }
      int end = p + 1;
      while (end + 1 < toks.size() && end + 1 < p + 12 && toks.get(end + 1).start() < sentence[1]
          && toks.get(end + 1).isWord() && !FINITE.contains(toks.get(end + 1).lower())) {
        end++;
      }
      if (end + 1 < toks.size() && toks.get(end + 1).start() < sentence[1] && !toks.get(end + 1).text().equals(",")
          && !toks.get(end + 1).text().equals(".")) {
        return source;
      }
      usedCues.add(toks.get(p).start());
      return new int[] {source[0], toks.get(end).end()};
    }

    /**
     * True when the words from token {@code next}, after the comma closing a mid-sentence {@code according to} source
     * at token {@code k}, go on with the sentence around it: a clause ({@code Over the long term, according to the
     * office, the deficit will grow}), the predicate of a subject that stands before it ({@code Other cleavages,
     * according to the poll, include …}) or an amount ({@code G4S receives, according to one report, $234 million …});
     * not a connective, relative or participle opening words of the writer's own.
     */
    private boolean continuesAfterSource(List<Token> toks, int first, int k, int next, int[] sentence) {
      Token t = toks.get(next);
      if (t.text().equals("$") || Character.isDigit(t.text().charAt(0))) {
        return true;
      }
      String w = t.lower();
      if (!t.isWord() || CONNECTIVES.contains(w) || w.endsWith("ing") || RELATIVE_PRONOUNS.contains(w)) {
        return false;
      }
      return isClause(toks, next, sentence[1])
          || !isClause(toks, clauseStart(toks, first, k - 1), toks.get(k - 1).start());
    }

    /**
     * Index of the comma that closes an {@code according to} source whose noun phrase ends before token {@code from}
     * ({@code according to a poll taken last week, …}), or -1 when the sentence ends or a clause word comes first.
     */
    private int sourceEnd(List<Token> toks, int from, int[] sentence) {
      for (int i = from; i < toks.size() && i < from + 12 && toks.get(i).start() < sentence[1]; i++) {
        Token t = toks.get(i);
        if (t.text().equals(",")) {
          return i;
        }
        boolean thatTime = t.lower().equals("that") && i + 1 < toks.size() // "the officer at the base that night"
            && (TIME_HEADS.contains(toks.get(i + 1).lower()) || toks.get(i + 1).lower().equals("day"));
        if (!t.isWord() && !SOURCE_PUNCTUATION.contains(t.text())
            || i > from && (t.lower().equals("that") && !thatTime || isCueToken(t) || FINITE.contains(t.lower()))) {
          return -1;
        }
      }
      return -1;
    }

    private void formalAct(List<Token> toks, int k, int[] sentence, int first) {
      int i = k + 1;
      if (i >= toks.size() || !DETERMINERS.contains(toks.get(i).lower())) {
        return;
      }
      int noun = -1;
      for (int j = i + 1; j < Math.min(toks.size(), i + 4); j++) {
        if (FORMAL_NOUNS.contains(toks.get(j).lower())) {
          noun = j;
          break;
        }
      }
      if (noun < 0 || noun + 1 >= toks.size()) {
        return;
      }
      int part = noun + 1;
      if (toks.get(part).text().equals(",")) {
        part++;
      }
      if (part >= toks.size() || !FORMAL_PARTICIPLES.contains(toks.get(part).lower())) {
        return;
      }
      int cueEnd = part;
      if (cueEnd + 1 < toks.size() && CUE_PARTICLES.contains(toks.get(cueEnd + 1).lower())) {
        cueEnd++;
      }
      int[] subject = subjectBefore(toks, k, first);
      if (subject == null || cueEnd + 1 >= toks.size()) {
        return;
      }
      usedCues.add(toks.get(part).start());
      String cue = text.substring(toks.get(k).start(), toks.get(cueEnd).end());
      addReported(toks, cueEnd + 1, sentence[1],
          new Attribution(toks.get(k).start(), toks.get(cueEnd).end(), cue, subject[0], subject[1]));
    }

    /**
     * Token index where the reported clause after cue token {@code from - 1} starts, or -1. After {@code ask} an
     * addressee before {@code whether} or {@code if} is skipped ({@code asked the mayor whether …} → {@code whether …}).
     * A {@code that} inside a quoted fragment is the speaker's, not a complementizer ({@code and said, “the record
     * shows that he lies”} starts at the mark).
     */
    private int contentStart(List<Token> toks, int from, int[] sentence) {
      int i = from;
      Token cue = toks.get(from - 1);
      if (i < toks.size() && (toks.get(i).lower().equals("out") && cue.lower().startsWith("point")
          || IT_CUES.contains(cue.lower()))) {
        i++;
      }
      if (cues.takesObject(cue.text()) && !(i < toks.size() && toks.get(i).lower().equals("that"))
          && !opensWithSubjectPronoun(toks, i)) {
        int object = i;
        int n = 0;
        while (i < toks.size() && n < 5 && toks.get(i).isWord() && !toks.get(i).lower().equals("that")
            && !toks.get(i).lower().equals("of") && !(n > 0 && toks.get(i).lower().equals("to")) && !(n > 0 && (PRONOUNS.contains(bare(toks.get(i)))
                || DETERMINERS.contains(toks.get(i).lower())))
            && toks.get(i).start() < sentence[1]) {
          i++;
          n++;
        }
        if (n == 0) {
          return -1;
        }
        if (i < toks.size() && toks.get(i).lower().equals("to") && toks.get(i).start() < sentence[1]) {
          return object;
        }
        int that = thatAfterPhrase(toks, i - 1, sentence);
        if (that > 0) {
          return that + 1; // "told The Post and Courier newspaper of Charleston on Saturday that …"
        }
        int wh = questionAfterPhrase(toks, object, sentence);
        if (wh > 0) {
          return wh; // "told CBS why Merkel was chosen"
        }
      }
      if ("ask".equals(cues.lemma(cue.text()))) {
        for (int j = i; j < Math.min(toks.size(), i + 6) && toks.get(j).isWord(); j++) {
          if (QUESTION_WORDS.contains(toks.get(j).lower())) {
            i = j;
            break;
          }
        }
      }
      i = afterDuration(toks, afterTime(toks, i), sentence);
      boolean afterThat = false;
      for (int j = i; j < Math.min(toks.size(), i + 12) && toks.get(j).start() < sentence[1]; j++) {
        Token t = toks.get(j);
        String w = t.lower();
        if (inFragment.get(t.start()) && (w.equals("that") || w.equals(":"))) {
          break;
        }
        if (w.equals("that") && j + 2 < toks.size()
            && THAT_TIMES.contains(toks.get(j + 1).lower())) {
          i = j + 2; // "said that night the ferry was late": a time, not the complementizer
          j++;
          continue;
        }
        if (w.equals("that") && j + 1 < toks.size() && FINITE.contains(toks.get(j + 1).lower())) {
          i = j;
          break;
        }
        if (w.equals("that") || w.equals(":") || (w.equals("of") && j == i)) {
          afterThat = w.equals("that");
          i = j + 1;
          break;
        }
        int that = LEADING_PREPOSITIONS.contains(w) && !w.equals("of") || w.equals("to") && j == i
            ? thatAfterPhrase(toks, j, sentence) : -1;
        if (that > 0) {
          i = that + 1; // "claimed, without evidence, that …"
          break;
        }
        int wh = w.equals("to") && j == i ? questionAfterPhrase(toks, j + 1, sentence) : -1;
        if (wh > 0) {
          i = wh; // "explained to CBS why …"
          break;
        }
        if (!(ADVERBIAL.contains(w) || TIME_WORDS.contains(w) || t.isCapitalized() || w.equals(",")
            || Character.isDigit(w.charAt(0)) || "“”\"".contains(w) || inFragment.get(t.start()))) {
          break;
        }
      }
      while (i < toks.size() && (toks.get(i).text().equals(",") || toks.get(i).text().equals(":"))) {
        i++;
      }
      if (i >= toks.size() || toks.get(i).start() >= sentence[1]) {
        return -1;
      }
      Token t = toks.get(i);
      if (startsDirect(t.start()) || insideDirect(t.start())) {
        return -1;
      }
      String w = t.lower();
      if (i > from && toks.get(i - 1).text().equals(",")
          && (w.equals("not") || isParticiple(t) && !w.endsWith("thing") && !ING_PREPOSITIONS.contains(w))) {
        // "declined to comment, not wanting to …", "responded, saying …": the writer's words or a new cue, unless an
        // aside that a comma and "that" close ("said, citing a report, that …")
        for (int j = i + 1; j + 1 < toks.size() && j <= i + 12 && toks.get(j).start() < sentence[1]; j++) {
          if (FINITE.contains(toks.get(j).lower()) || isPastForm(toks.get(j))) {
            return -1; // "responded, saying the plan was dead, that …": a clause, not an aside
          }
          if (toks.get(j).text().equals(",") && toks.get(j + 1).lower().equals("that")) {
            return j + 2 < toks.size() && toks.get(j + 2).start() < sentence[1] ? j + 2 : -1;
          }
        }
        return -1;
      }
      boolean phrase = w.equals("to") || w.equals("for") || w.equals("by") || w.equals("with");
      if (phrase && (!afterThat || andBeforeVerb(toks, i, sentence)) || w.equals(".") || FINITE.contains(w)) {
        return -1; // "said with a smile", "said that with a grin and left"; not "said that with the delegates, …"
      }
      return i;
    }

    /**
     * True when an {@code and} comes before the first verb form after token {@code from} in the sentence: the phrase
     * there belongs to the cue ({@code said that with a grin and walked away}), not to a clause.
     */
    private boolean andBeforeVerb(List<Token> toks, int from, int[] sentence) {
      for (int i = from; i < toks.size() && toks.get(i).start() < sentence[1]; i++) {
        Token t = toks.get(i);
        String w = t.lower();
        if (w.equals("and")) {
          return true;
        }
        if (!t.isCapitalized() && FINITE.contains(w) || isPastForm(t)) {
          return false;
        }
      }
      return false;
    }

    /**
     * Index of the first token after a duration that starts at token {@code from} and ends in a unit of time
     * ({@code has said for weeks he …}, {@code argued for the past two years that …}, {@code said in recent days
     * …}), or {@code from} when none starts there.
     */
    private int afterDuration(List<Token> toks, int from, int[] sentence) {
      if (from + 1 >= toks.size() || !(toks.get(from).lower().equals("for") || toks.get(from).lower().equals("in"))) {
        return from;
      }
      for (int i = from + 1; i < toks.size() && i <= from + 4 && toks.get(i).start() < sentence[1]; i++) {
        if (DURATION_UNITS.contains(toks.get(i).lower())) {
          return i + 1 < toks.size() && toks.get(i + 1).start() < sentence[1] ? i + 1 : from;
        }
        if (!DURATION_WORDS.contains(toks.get(i).lower()) && !Character.isDigit(toks.get(i).text().charAt(0))) {
          return from;
        }
      }
      return from;
    }

    /**
     * Index of the question word ({@code why}, {@code how}, {@code whether}, {@code what}) after an addressee of one to
     * five plain words that starts at token {@code from} ({@code told CBS why …}, {@code explained to the panel how …}),
     * not after {@code of} ({@code told the story of how …}); or -1.
     */
    private int questionAfterPhrase(List<Token> toks, int from, int[] sentence) {
      for (int t = from + 1; t + 1 < toks.size() && t <= from + 5 && toks.get(t + 1).start() < sentence[1]; t++) {
        Token prev = toks.get(t - 1);
        if (!prev.isWord() || FINITE.contains(prev.lower()) || isCueToken(prev)
            || QUESTION_OPENERS.contains(prev.lower()) || prev.lower().equals("of")) {
          return -1;
        }
        if (QUESTION_OPENERS.contains(toks.get(t).lower()) && toks.get(t + 1).isWord()) {
          return t;
        }
      }
      return -1;
    }

    /**
     * Index of the {@code that} closing a short phrase after token {@code j} ({@code without evidence, that},
     * {@code in a letter to the board that}, {@code wrote to Roe’s office that}, an addressee's {@code told The Post
     * and Courier of Charleston on Saturday that}): at most six words, commas and apostrophes in between, none a
     * finite verb or cue, and no verb right after it, which would make it a relative pronoun ({@code told reporters
     * the company that built the bridge had …}); or -1.
     */
    private int thatAfterPhrase(List<Token> toks, int j, int[] sentence) {
      for (int t = j + 1; t < toks.size() && t <= j + 7 && toks.get(t).start() < sentence[1]; t++) {
        String w = toks.get(t).lower();
        if (w.equals("that")) {
          Token next = t + 1 < toks.size() ? toks.get(t + 1) : null;
          return next != null && isPastVerb(next) || next != null && FINITE.contains(next.lower()) ? -1 : t;
        }
        if (!toks.get(t).isWord() && !w.equals(",") && !w.equals("’") && !w.equals("'")
            || FINITE.contains(w) || isCueToken(toks.get(t))) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * End of the reported clause that starts at token {@code from} and may run to offset {@code end}: before a
     * semicolon, before {@code and} and the attribution of a quote ({@code … and he said, “…”}), before {@code and} and
     * a past cue, the subject's second report ({@code said she regretted it and promised …}), before a dash aside or a
     * closing appositive ({@link #isDashAside}, {@link #isClosingAside}), at a closing mark before {@code and} and a
     * past verb, before a trailing clause, also one after a comma inside a closing mark ({@code …, but he also noted},
     * {@code … “a disaster,” but added}, {@code …, linking to a story}; a cue participle such as {@code adding} is left
     * to {@link #oneStatementPerUtterance}; looked for only within the MAX_REPORTED_CHARS a statement keeps), and past
     * {@code end} to the closing mark of a quotation opened inside it, so a quote of several sentences stays whole.
     */
    private int clauseEnd(List<Token> toks, int from, int end) {
      int e = end;
      int start = toks.get(from).start();
      boolean subordinate = false;
      boolean pastSeen = false;
      // "said that, in Iowa, a recount …": after an aside that opens the clause, its subject follows the next comma
      boolean openingAside = from >= 2 && toks.get(from - 1).text().equals(",")
          && toks.get(from - 2).lower().equals("that");
      for (int i = from; i < from + 2 && i < toks.size(); i++) {
        subordinate |= opensSubordinate(toks.get(i));
        pastSeen |= isPastVerb(toks.get(i)) || PAST_AUX.contains(toks.get(i).lower());
      }
      for (int i = from + 2; i + 1 < toks.size() && toks.get(i + 1).start() < end
          && toks.get(i).start() < start + MAX_REPORTED_CHARS; i++) {
        Token t = toks.get(i);
        subordinate |= opensSubordinate(t);
        pastSeen |= isPastVerb(t) || PAST_AUX.contains(t.lower());
        if (t.text().equals(",") && !inFragment.get(t.start()) && !inDirect.get(t.start())
            && (isTrailingClause(toks, i + 1) || !openingAside && isClosingAside(toks, i, end))) {
          e = t.start();
          break;
        }
        openingAside &= !t.text().equals(",");
        if (isClosingMark(t) && toks.get(i - 1).text().equals(",")
            && (isTrailingClause(toks, i + 1) || opensWritersClause(toks.get(i + 1)))) {
          e = t.end();
          break;
        }
        if (t.lower().equals("and") && opensQuoteAttribution(toks.get(i + 1))) {
          e = t.start();
          break;
        }
        if ((t.lower().equals("and") || t.lower().equals("but")) && isCueToken(toks.get(i + 1))
            && isPastVerb(toks.get(i + 1)) && !inFragment.get(t.start()) && !inDirect.get(t.start())) {
          e = toks.get(i - 1).text().equals(",") ? toks.get(i - 1).start() : t.start();
          break; // "said she regretted her remarks and promised to stay out", "… but added …": a second report
        }
        if (t.text().equals(";") && !inFragment.get(t.start()) && !inDirect.get(t.start())) {
          e = t.start();
          break;
        }
        if (isDash(t) && !inFragment.get(t.start()) && !inDirect.get(t.start()) && isDashAside(toks, i, end)) {
          e = t.start();
          break;
        }
        if (isClosingMark(t) && i + 2 < toks.size() && toks.get(i + 1).lower().equals("and")
            && isPastVerb(toks.get(i + 2))) {
          e = t.end();
          break;
        }
        if (!subordinate && !pastSeen && opensSecondPredicate(toks, i, end)) {
          e = t.start();
          break;
        }
      }
      int last = e > start ? fragmentOpens.previousSetBit(e - 1) : -1;
      if (last >= start) {
        Span q = quoteAt.get(last);
        int after = q.after(ends[q.paragraph]);
        if (after > e && after - e < MAX_REPORTED_CHARS) {
          e = after;
        }
      }
      return e;
    }

    /**
     * True when token {@code t} starts the cue or the speaker of a quote's attribution ({@code … and said, “…”},
     * {@code … and he said, “…”}): the quote is a statement of its own, not part of the clause before it.
     */
    private boolean opensQuoteAttribution(Token t) {
      Map.Entry<Integer, Attribution> next = quoteCues.ceilingEntry(t.start());
      return next != null && (next.getKey() == t.start() || next.getValue().speakerStart() == t.start());
    }

    /**
     * True when comma token {@code i} opens the writer's comment on the whole reported clause, the last words of the
     * sentence before offset {@code end}: an indefinite appositive or a relative clause with no comma after it
     * ({@code said he would veto it, a move that …}, {@code …, which raised concerns}). One with a second comma may
     * sit inside the clause ({@code said the bill, which passed, will fail}).
     */
    private boolean isClosingAside(List<Token> toks, int i, int end) {
      Token next = toks.get(i + 1);
      String w = next.lower();
      if (next.isCapitalized() || !(w.equals("a") || w.equals("an") || RELATIVE_PRONOUNS.contains(w))) {
        return false;
      }
      for (int j = i + 1; j < toks.size() && toks.get(j).start() < end; j++) {
        if (toks.get(j).text().equals(",")) {
          return false;
        }
      }
      return true;
    }

    /**
     * True when token {@code t}, right after a quote that closes on a comma ({@code …“a disaster,”}), starts the
     * writer's words rather than more of the reported clause: a participle ({@code adding}, {@code citing}), a
     * relative or time word ({@code which}, {@code when}), a determiner or a capitalised word opening a new subject
     * ({@code the crowd chanted}, {@code Trump is}); not {@code such}, whose {@code such as} goes on with the clause.
     */
    private boolean opensWritersClause(Token t) {
      String w = t.lower();
      return t.isWord() && (t.isCapitalized() || w.length() > 4 && w.endsWith("ing")
          || RELATIVE_PRONOUNS.contains(w) || w.equals("when") || w.equals("as")
          || DETERMINERS.contains(w) && !w.equals("that") && !w.equals("such"));
    }

    /**
     * The token after a dateline that opens the sentence at {@code first} ({@code WASHINGTON —},
     * {@code NEW YORK (AP) --}, {@code DES MOINES, Iowa —}, {@code Washington (AFP) –}): an upper-case word (or a
     * capitalised one when a wire's parenthesis closes the dateline), then capitalised words, commas and a
     * parenthesis up to a dash within eight tokens, or a wire's parenthesis alone ({@code (Reuters) -}); else
     * {@code first}.
     */
    private int afterDateline(List<Token> toks, int first, int limit) {
      Token head = toks.get(first);
      boolean upper = head.text().equals(head.text().toUpperCase(java.util.Locale.ROOT));
      if (head.text().equals("(") && first + 3 < limit && toks.get(first + 2).text().equals(")")
          && toks.get(first + 1).isCapitalized()) {
        int dash = dashLength(toks, first + 3);
        return dash > 0 && first + 3 + dash < limit ? first + 3 + dash : first; // "(Reuters) - Roe met …"
      }
      if (!head.isWord() || head.text().length() < 2 || !head.isCapitalized()) {
        return first;
      }
      for (int j = first + 1; j < limit && j <= first + 8; j++) {
        Token t = toks.get(j);
        int dash = dashLength(toks, j);
        if (dash > 0) {
          boolean wire = toks.get(j - 1).text().equals(")");
          return j + dash < limit && (upper || wire) ? j + dash : first;
        }
        if (!(t.isWord() && t.isCapitalized() || ",()".contains(t.text()))) {
          return first;
        }
      }
      return first;
    }

    /** True for a one-token dash: an em or en dash, a horizontal bar, or a hyphen with a space before it. */
    private boolean isDash(Token t) {
      return Tokenizer.isDash(text, t);
    }

    /**
     * Tokens of the dash that starts at token {@code i}: 2 for a typed double hyphen ({@code --}, which the tokenizer
     * splits), 1 for {@link #isDash}, else 0.
     */
    private int dashLength(List<Token> toks, int i) {
      Token t = toks.get(i);
      if (t.text().equals("-") && i + 1 < toks.size() && toks.get(i + 1).text().equals("-")
          && toks.get(i + 1).start() == t.end()) {
        return 2;
      }
      return isDash(t) ? 1 : 0;
    }

    /**
     * True when dash token {@code i} opens the writer's aside that closes the sentence before offset {@code end}:
     * an appositive or a participle ({@code … “anchor baby” — a play on words}, {@code … — asserting that …}), with
     * no second dash after it (a pair of dashes sets off words inside the reported clause).
     */
    private boolean isDashAside(List<Token> toks, int i, int end) {
      if (i + 1 >= toks.size() || toks.get(i + 1).start() >= end) {
        return false;
      }
      Token next = toks.get(i + 1);
      String w = next.lower();
      boolean aside = next.isWord() && !next.isCapitalized()
          && (DETERMINERS.contains(w) && !w.equals("that") || w.length() > 5 && w.endsWith("ing"));
      for (int j = i + 1; aside && j < toks.size() && toks.get(j).start() < end; j++) {
        if (isDash(toks.get(j))) {
          return false;
        }
      }
      return aside;
    }

    /**
     * True when token {@code i} is an {@code and} or {@code but} outside quotes that joins a second past or perfect
     * predicate with no subject of its own, which belongs to the cue's subject rather than to the reported clause
     * ({@code said she has no plans to run and declined to say why}, {@code said he admires her but took issue with
     * …}, {@code … and has asked}); an adverb may stand before the verb ({@code and repeatedly reminded}). Not when
     * a quote opens in that predicate before {@code end} (PolNeAR keeps such quoted words in the content). The
     * caller asks only while the clause so far has no past verb and no relative or adverbial clause, whose verbs a
     * past predicate would as likely continue ({@code said she was tired and wanted …}, {@code voters who crossed
     * and paid}).
     */
    private boolean opensSecondPredicate(List<Token> toks, int i, int end) {
      Token t = toks.get(i);
      String w = t.lower();
      if (!(w.equals("and") || w.equals("but")) || inFragment.get(t.start()) || inDirect.get(t.start())) {
        return false;
      }
      int j = i + 1;
      while (j < toks.size() && toks.get(j).start() < end && (toks.get(j).lower().endsWith("ly")
          || toks.get(j).lower().equals("also") || toks.get(j).lower().equals("then"))) {
        j++;
      }
      if (j >= toks.size() || toks.get(j).start() >= end
          || !(isPastVerb(toks.get(j)) || toks.get(j).lower().equals("has") || toks.get(j).lower().equals("had"))) {
        return false;
      }
      return fragmentOpens.get(t.start(), end).isEmpty();
    }

    /** True for a word opening a relative or adverbial clause, whose verbs an {@code and} may coordinate. */
    private static boolean opensSubordinate(Token t) {
      String w = t.lower();
      return RELATIVE_PRONOUNS.contains(w) || SUBORDINATORS.contains(w) || w.equals("as") || w.equals("whom");
    }

    /** True for a lower-case past form: regular, irregular or a cue ({@code warned}, {@code took}, {@code said}). */
    private boolean isPastVerb(Token t) {
      String w = t.lower();
      return isPastForm(t) || t.isWord() && !t.isCapitalized() && isCueToken(t) && !w.equals(cues.lemma(t.text()))
          && !w.endsWith("s") && !w.endsWith("ing");
    }


    /** True for a capitalised word or a pronoun: a speaker that names someone ({@code Roe}, {@code he}). */
    private static boolean isNameOrPronoun(Token t) {
      return t.isCapitalized() || PRONOUNS.contains(t.lower());
    }

    /** True for a quotation mark that closes one of the scanner's quotes. */
    private boolean isClosingMark(Token t) {
      return closes.get(t.start());
    }

    /**
     * True when token {@code j}, after a comma, opens a clause that is not part of a reported one: {@code while},
     * {@code whereas}, {@code compared with}, a participle (one that is a speech cue opens a statement of its own,
     * which ends this one later; a relation verb's, {@code pointing to}, ends it here), or {@code but}/{@code yet}
     * before a new subject or a cue ({@code …, but the
     * council}, {@code …, but added}). A {@code but} that goes on with the reported subject's predicate or a second
     * {@code that} ({@code are “angry,” but also hungry}, {@code …, but wants a deal}, {@code …, but that he}) does
     * not end it. {@code and} ends it only before a new subject and its finite cue ({@code …, and its trustees
     * warned …}), not before a participle adjective ({@code …, and the added cost hurt …}).
     */
    private boolean isTrailingClause(List<Token> toks, int j) {
      Token t = toks.get(j);
      String w = t.lower();
      if (w.equals("and") || w.equals("after") || w.equals("before") || w.equals("when") || w.equals("though")
          || w.equals("although")) {
        // "…, and he added …", "…, after half said so in May", "…, though he added that …"
        return newAttributionAhead(toks, j + 1);
      }
      if ((w.equals("but") || w.equals("yet")) && j + 1 < toks.size() && toks.get(j + 1).isWord()) {
        Token next = toks.get(j + 1);
        String n = next.lower();
        return next.isCapitalized() || DETERMINERS.contains(n) && !n.equals("that") || SUBJECT_PRONOUNS.contains(n)
            || isCueToken(next) || n.endsWith("ing");
      }
      if (w.equals("as") && j + 1 < toks.size() && COMPARED_AUX.contains(toks.get(j + 1).lower())) {
        return true; // "…, as has the mayor": the writer's comparison
      }
      if ((w.equals("compared") || w.equals("contrasted")) && j + 1 < toks.size()
          && (toks.get(j + 1).lower().equals("with") || toks.get(j + 1).lower().equals("to"))) {
        return true; // "…, compared with 64 percent who …": the writer's comparison
      }
      return TRAILING_CLAUSE.contains(w) || (!t.isCapitalized() && w.length() > 5 && w.endsWith("ing")
          && !isCueToken(t) && !w.equals("according") && !w.equals("including"));
    }

    /**
     * True when a new subject and its cue start at token {@code j}, within six words and before any punctuation
     * ({@code …, and more than 4 in 10 said …}, {@code …, and he added that …}): a second report, not more of the
     * first one's content. The subject must open like one (a pronoun, determiner, number or capital).
     */
    private boolean newAttributionAhead(List<Token> toks, int j) {
      if (j >= toks.size() || !opensClause(toks, j) || COMPLEMENTIZERS.contains(toks.get(j).lower())
          || inFragment.get(toks.get(j).start())) {
        return false;
      }
      for (int i = j + 1; i < toks.size() && i <= j + 6 && toks.get(i).isWord(); i++) {
        if (isCueToken(toks.get(i)) && !toks.get(i).isCapitalized()) {
          return isFiniteCueAfterSubject(toks, i, j);
        }
      }
      return false;
    }

    /**
     * True when cue token {@code i} is a finite verb whose subject runs from token {@code j}: not a participle
     * adjective after a determiner or possessive ({@code the added cost}, {@code its reported problems}), not a
     * noun, and agreeing with that subject, so that the cue gives a statement of its own.
     */
    private boolean isFiniteCueAfterSubject(List<Token> toks, int i, int j) {
      if (toks.get(i).lower().endsWith("ing") || isDeterminerOrPossessive(toks.get(i - 1).lower())
          || isNounUse(toks, i, j) || isPluralNoun(toks, i, j)) {
        return false;
      }
      int[] subject = subjectBefore(toks, i, j);
      return subject != null && subject[0] == toks.get(j).start() && agreesWithBaseForm(toks, i, subject, j);
    }

    private void addReported(List<Token> toks, int fromToken, int end, Attribution a) {
      int e0 = Math.min(end, toks.get(fromToken).start() + MAX_REPORTED_CHARS);
      int close = toks.get(fromToken).text().equals("(") ? text.indexOf(')', toks.get(fromToken).start()) : -2;
      if ((close == -1 || close >= e0) && fromToken + 1 < toks.size()) {
        fromToken++; // "(It keeps no statistics, according to the police.)": a parenthesis it does not close
      }
      int start = toks.get(fromToken).start();
      int e = Math.min(end, start + MAX_REPORTED_CHARS);
      while (e > start && (Tokenizer.isSpace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0
          || text.charAt(e - 1) == ')' && text.lastIndexOf('(', e - 1) < start)) {
        e--;
      }
      int words = 0;
      for (int i = fromToken; i < toks.size() && toks.get(i).start() < e && words < 2; i++) {
        if (toks.get(i).isWord()) {
          words++;
        }
      }
      if (words < (a.cueStart() >= e && toks.get(fromToken).isCapitalized() ? 1 : 2)) {
        return; // one word is a content only before its attribution ("Sorry, Sanders said.")
      }
      if (inDirect.get(start)) {
        return;
      }
      int fragment = fragmentOpens.nextSetBit(start);
      boolean partial = fragment >= 0 && fragment < e;
      usedCues.add(a.cueStart());
      found.add(new Found(partial ? Statement.PARTIAL : Statement.INDIRECT, start, e, a));
    }

    // ---- noun phrases ----------------------------------------------------------------------------------------

    /** Span of the subject ending right before cue token {@code k} (adverbs and auxiliaries skipped), or null. */
    private int[] subjectBefore(List<Token> toks, int k, int first) {
      int[] subject = walkSubject(toks, k, first);
      if (subject != null && subject[0] == toks.get(first).start() || k - 1 <= first
          || !toks.get(k - 1).text().equals(",")) {
        return subject;
      }
      int[] name = nameBeforeAppositives(toks, first, k - 1);
      if (name != null && subject != null && toks.get(tokenAtOrAfter(toks, name[1])).text().equals(",")
          && tokenAtOrAfter(toks, subject[0]) == tokenAtOrAfter(toks, name[1]) + 1) {
        return subject; // "Nationally, the party, a minority, said": the walk's subject follows an adverbial opener
      }
      return name != null ? name : subject;
    }

    /**
     * The name that opens the sentence at {@code first} when only appositives separate it from the comma at
     * {@code comma} before the cue: an age, a place, a role or a relative clause ({@code Jane Roe, 59, of Dover,
     * Del., who watched the ceremony, said}); or null. The name is one to five capitalised words, which may hold
     * {@code of} and a place ({@code John Kasich of Ohio, a Republican who …, said}); the first appositive opens with
     * a digit, {@code of}, {@code from}, {@code who}, an article, a capital or a participle, and no quote mark stands
     * between; a participle phrase counts ({@code Jane Roe, speaking to reporters, said}). A noun phrase
     * opened by a determiner serves as the name when its other words are lower-case nouns and modifiers
     * ({@code The employee of four years, a registered Republican who …, said}).
     */
    private int[] nameBeforeAppositives(List<Token> toks, int first, int comma) {
      int j = first;
      while (j < comma && j - first < 5 && toks.get(j).isWord() && toks.get(j).isCapitalized()) {
        j++;
        if (j > first + 1 && j + 1 < comma && toks.get(j).lower().equals("of") && toks.get(j + 1).isCapitalized()
            && toks.get(j + 1).isWord()) {
          j++; // "John Kasich of Ohio, a Republican who …, said"
        }
      }
      String head = toks.get(first).lower();
      boolean determined = DETERMINERS.contains(head) && !head.equals("that") && !head.equals("this");
      if (determined) {
        j = first + 1;
        while (j < comma && j - first < 8 && toks.get(j).isWord() && !isCueToken(toks.get(j))
            && (!CLAUSE_WORDS.contains(toks.get(j).lower()) || toks.get(j).lower().equals("of"))
            && !PRONOUNS.contains(toks.get(j).lower()) && !PASSIVE_AUX.contains(toks.get(j).lower())) {
          j++;
        }
      }
      if (j == first || j >= comma || !toks.get(j).text().equals(",") || comma - j > 40
          || j == first + 1 && head.endsWith("ly")
          || OPENING_ADVERBIAL.contains(head) || DETERMINERS.contains(head) && !determined
          || LEADING_PREPOSITIONS.contains(head) || TIME_WORDS.contains(head) || PRONOUNS.contains(head)
          || isCueToken(toks.get(j - 1)) || determined && j == first + 1) {
        return null;
      }
      Token next = toks.get(j + 1);
      if (!(Character.isDigit(next.text().charAt(0)) || APPOSITIVE_OPENERS.contains(next.lower())
          || next.isCapitalized() || isParticiple(next))) {
        return null;
      }
      for (int i = j + 1; i < comma; i++) {
        if ("“”\"".contains(toks.get(i).text())) {
          return null;
        }
      }
      return new int[] {toks.get(first).start(), toks.get(j - 1).end()};
    }

    /** True for a word between a subject and its cue: an auxiliary, a negation or an adverb ({@code effusively}). */
    private static boolean skippedBeforeCue(Token t) {
      return SKIP_BEFORE_CUE.contains(t.lower()) || AttitudeRelations.isAdverb(t);
    }

    private int[] walkSubject(List<Token> toks, int k, int first) {
      int i = k - 1;
      boolean progressive = toks.get(k).lower().endsWith("ing");
      // a capitalised "Will" or "May" before a cue that is no bare form is a name, not a modal ("Will wrote")
      boolean named = i >= first && toks.get(i).isCapitalized() && MODAL_NAMES.contains(toks.get(i).lower())
          && !toks.get(k).lower().equals(cues.lemma(toks.get(k).text()));
      while (i >= first && !named && (skippedBeforeCue(toks.get(i))
          || progressive && PASSIVE_AUX.contains(toks.get(i).lower()))) {
        i--;
      }
      if (i >= first && toks.get(i).lower().equals("to")) {
        return null;
      }
      Token contracted = i >= first ? toks.get(i) : null;
      if (contracted != null && !contracted.lower().equals(bare(contracted))
          && CONTRACTED_SUBJECTS.contains(bare(contracted))) {
        // "He’s predicting that …", "She's said …": the pronoun before the contracted auxiliary
        return new int[] {contracted.start(), contracted.start() + bare(contracted).length()};
      }
      if (i > first && RELATIVE_PRONOUNS.contains(bare(toks.get(i))) && isCueToken(toks.get(k))) {
        return antecedent(toks, toks.get(i - 1).text().equals(",") ? i - 2 : i - 1, first);
      }
      int[] quotedAside = quotedParticipleAside(toks, i, first);
      if (quotedAside != null) {
        return quotedAside;
      }
      boolean closingComma = i > first && toks.get(i).text().equals(",");
      if (closingComma) {
        i--;
      }
      int companion = closingComma ? companionAside(toks, i, first) : -1;
      if (closingComma && i - 1 > first && ASIDE_ADVERBS.contains(toks.get(i).lower())
          && toks.get(i - 1).text().equals(",")) {
        i -= 2; // "Roe, however, said"
        closingComma = false;
      } else if (closingComma && i - 3 > first && toks.get(i).lower().equals("part")
          && toks.get(i - 2).lower().equals("for") && toks.get(i - 3).text().equals(",")) {
        i -= 4; // "Roe, for his part, said"
        closingComma = false;
      } else if (companion > first) {
        i = companion - 1; // "Roe, along with her aide, said"
        closingComma = false;
      }
      i = beforeDashAside(toks, beforeParenthesis(toks, i, first), first);
      int timeEnd = i;
      while (i > first && TIME_WORDS.contains(toks.get(i).lower()) && !closingComma) {
        i--;
      }
      int relative = closingComma ? i + 1 : timePhraseStart(toks, i, first);
      if (relative <= i) {
        i = relative - 1; // "The mayor two weeks ago said", "The mayor earlier this month said"
      }
      if (i < timeEnd && i > first && toks.get(i).lower().equals("on")) {
        i--; // "Jane Roe on Tuesday said"
      }
      i = i < timeEnd ? beforeParenthesis(toks, i, first) : i; // "Jane Roe (D-Maine) on Tuesday said"
      if (i < timeEnd && i > first && !closingComma && toks.get(i).text().equals(",")) {
        closingComma = true; // "Jane Roe, the mayor, on Tuesday said"
        i--;
      }
      int end = i;
      if (i < timeEnd && i - 1 > first && toks.get(i - 1).isWord() && !toks.get(i - 1).isCapitalized()
          && !toks.get(i).isCapitalized() && toks.get(i).lower().endsWith("ed")) {
        end = timeEnd; // "The report published Tuesday found": the participle and its time modify the subject
        i--;
      }
      int start = i + 1;
      while (i >= first && end - i < 12) {
        Token t = toks.get(i);
        String w = t.lower();
        boolean possessive = (t.text().equals("’") || t.text().equals("'")) && i > first && i < end
            && toks.get(i - 1).lower().endsWith("s");
        boolean percent = t.text().equals("%") && i > first && Character.isDigit(toks.get(i - 1).text().charAt(0));
        if (!t.isWord() && !t.text().equals("-") && !possessive && !percent) {
          if (closingComma && t.text().equals(",") && i == start - 1 && i > first && isParticiple(toks.get(start))) {
            return subjectBefore(toks, i, first); // "Jane Roe, citing the report, said"
          }
          if (t.text().equals(",") && i == start - 1) {
            int head = appositiveHead(toks, i, first, closingComma);
            start = head >= 0 ? head : start;
          }
          break;
        }
        if (closingComma && RELATIVE_PRONOUNS.contains(bare(t)) && i == start - 1 && i - 1 > first
            && toks.get(i - 1).text().equals(",")) {
          return subjectBefore(toks, i - 1, first);
        }
        if ((CLAUSE_WORDS.contains(w) || LEADING_PREPOSITIONS.contains(w)) && start <= end && i - 1 > first
            && SOURCE_ADJECTIVES.contains(toks.get(i - 1).lower()) && toks.get(i - 2).isWord()) {
          start = i - 1; // "people familiar with the matter said": the adjective's phrase modifies the subject
          i -= 2;
          continue;
        }
        int with = w.equals("of") && start <= end && i - 2 > first && toks.get(i - 1).lower().equals("knowledge")
            ? (toks.get(i - 2).lower().equals("with") ? i - 2 : i - 3) : -1;
        if (with > first && toks.get(with).lower().equals("with") && toks.get(with - 1).isWord()) {
          start = with - 1; // "people with (direct) knowledge of the talks said": the phrase modifies the subject
          i = with - 2;
          continue;
        }
        if (!closingComma && w.equals("to") && start <= end && i - 1 >= first
            && RELATIONAL_NOUNS.contains(toks.get(i - 1).lower())) {
          start = i - 1; // "Aides to Clinton said": the phrase names whose aides
          i -= 2;
          continue;
        }
        boolean thatVerb = w.equals("that") && i + 1 < toks.size() && !toks.get(k).lower().endsWith("ing")
            && (HAVE_FORMS.contains(toks.get(i + 1).lower()) || isPastVerb(toks.get(i + 1)));
        if (!closingComma && (w.equals("who") || thatVerb) && start <= end && i - 1 >= first
            && toks.get(i + 1).isWord()
            && !toks.get(i + 1).isCapitalized() && !DETERMINERS.contains(toks.get(i + 1).lower())
            && !PRONOUNS.contains(toks.get(i + 1).lower())) {
          // "Another voter who lives nearby said", "Those who attended said", "Groups that have backed him say"
          // (a verb after "that"); not "who officials say", nor "warned that voters say"
          int[] antecedent = RELATIVE_HEADS.contains(toks.get(i - 1).lower())
              ? new int[] {toks.get(i - 1).start(), toks.get(i - 1).end()} : antecedent(toks, i - 1, first);
          if (antecedent != null) {
            return antecedent;
          }
        }
        if (!closingComma && w.equals("to") && start <= end && i - 2 >= first
            && toks.get(i - 1).lower().endsWith("ing") && !toks.get(i - 1).isCapitalized() && toks.get(i - 2).isWord()
            && !isCueToken(toks.get(i - 1)) && !DETERMINERS.contains(toks.get(i - 2).lower())
            && !LEADING_PREPOSITIONS.contains(toks.get(i - 2).lower())) {
          int[] antecedent = antecedent(toks, i - 2, first); // "Democrats trying to win the Senate say"
          if (antecedent != null) {
            return antecedent; // not "a hearing to examine the crash"
          }
        }
        if (!closingComma && w.equals("to") && start <= end && i - 1 > first && toks.get(i - 1).isWord()
            && !toks.get(i - 1).isCapitalized() && !FINITE.contains(toks.get(i - 1).lower())
            && !isCueToken(toks.get(i - 1)) && !isPastVerb(toks.get(i - 1))) {
          start = i; // "Officials at the meeting to discuss the plan said": the infinitive modifies the subject's noun
          i--;
          continue;
        }
        boolean gerundNoun = !closingComma && w.endsWith("ing") && i > first
            && isDeterminerOrPossessive(toks.get(i - 1).lower());
        int who = i - 1;
        while (who > first && PERFECT_AUX.contains(toks.get(who).lower())) {
          who--;
        }
        if (!closingComma && isCueToken(t) && who > first && toks.get(who).lower().equals("who")
            && start <= end) {
          start = i; // "Republicans who have praised him warned …": the cue is in a relative clause on the subject
          i--;
          continue;
        }
        if (CLAUSE_WORDS.contains(w)
            || (isCueToken(t) && !t.isCapitalized() && !isNounUse(toks, i, first) && !gerundNoun)) { // "his thinking"
          int participle = isCueToken(t) ? i : LEADING_PREPOSITIONS.contains(w) && i - 1 > first
              && isCueToken(toks.get(i - 1)) ? i - 1 : -1;
          int opening = participle - 1;
          if (opening - 1 > first && (toks.get(opening).lower().equals("when") || toks.get(opening).lower().equals("while"))) {
            opening--; // "The mayor, when asked about the plan, said"
          }
          if (closingComma && participle > first && opening > first && toks.get(opening).text().equals(",")) {
            return subjectBefore(toks, opening, first); // "The mayor, asked about the plan, said"
          }
          if (participle < 0 && i - 1 > first && start <= end && closingComma
              && toks.get(i - 1).text().equals(",") && LEADING_PREPOSITIONS.contains(w)) {
            int[] before = subjectBefore(toks, i - 1, first);
            if (before != null) {
              return before; // "Roe, after the vote, said": the aside is a setting, not the subject
            }
          }
          if (closingComma) {
            for (int j = i; j > first; j--) {
              if (RELATIVE_PRONOUNS.contains(bare(toks.get(j))) && toks.get(j - 1).text().equals(",")) {
                return subjectBefore(toks, j - 1, first);
              }
            }
            int comma = LEADING_PREPOSITIONS.contains(w) || w.equals("to") || w.equals("over") || w.equals("against")
                ? appositiveOpening(toks, i, first) : -1; // "Roe, in a letter to Lee, said"
            if (comma > first) {
              return subjectBefore(toks, comma, first);
            }
          }
          break;
        }
        if (w.equals("and") && !(i > first && toks.get(i - 1).isCapitalized() && toks.get(i + 1).isCapitalized())) {
          break;
        }
        start = i;
        i--;
      }
      if (end < start) {
        return null;
      }
      if (end > start && (toks.get(end).lower().equals("here") || toks.get(end).lower().equals("there"))) {
        end--; // "proponents of more controls here say"
      }
      int s = start;
      while (s < end && !validSubjectStart(toks, s, end)) {
        s++;
      }
      if (PRONOUNS.contains(toks.get(end).lower())) {
        s = end;
      } else if (!toks.get(s).isCapitalized() && toks.get(s).lower().endsWith("ing")
          && !modifiesHead(toks, s, end)) {
        return null;
      }
      boolean ofGroup = end - 1 > s && toks.get(end - 1).lower().equals("of")
          && (toks.get(end).lower().equals("them") || toks.get(end).lower().equals("us")); // "most of them said"
      if (!validSubjectStart(toks, s, end) || BAD_SUBJECT_END.contains(toks.get(end).lower()) && !ofGroup
          || toks.get(end).lower().endsWith("’s") || toks.get(end).lower().endsWith("'s")) {
        return null;
      }
      return new int[] {toks.get(s).start(), toks.get(end).end()};
    }

    /**
     * True when the {@code -ing} word at {@code s} modifies the head of a short subject ending at {@code end} ({@code
     * But polling experts say}, {@code hacking specialists}), rather than opening a participle with its object
     * ({@code citing the report}, {@code condemning violence}): at most three lower-case words, no determiner,
     * possessive or preposition after it, a plural head, no comma before it.
     */
    private boolean modifiesHead(List<Token> toks, int s, int end) {
      if (end == s || end - s > 2) {
        return false;
      }
      for (int i = s + 1; i <= end; i++) {
        if (!toks.get(i).isWord() || toks.get(i).isCapitalized() || isDeterminerOrPossessive(toks.get(i).lower())
            || LEADING_PREPOSITIONS.contains(toks.get(i).lower())) {
          return false;
        }
      }
      return looksPlural(toks.get(end)) && !toks.get(end).lower().equals("news")
          && (s == 0 || !toks.get(s - 1).text().equals(","));
    }

    /**
     * Index of the comma that opens an aside naming a companion of the subject, which ends at token {@code last}
     * ({@code Roe, along with her aide,}, {@code Roe, together with two colleagues,}, {@code Roe, as well as …,}),
     * or -1.
     */
    private int companionAside(List<Token> toks, int last, int first) {
      for (int j = last - 1; j > first && j >= last - 12; j--) {
        if (toks.get(j).text().equals(",")) {
          String a = j + 2 <= last ? toks.get(j + 1).lower() + " " + toks.get(j + 2).lower() : "";
          boolean asWellAs = j + 3 <= last && a.equals("as well") && toks.get(j + 3).lower().equals("as");
          return a.equals("along with") || a.equals("together with") || asWellAs ? j : -1;
        }
      }
      return -1;
    }

    /**
     * The noun phrase ending at token {@code last} that a relative pronoun after it refers to: a run of capitalised
     * words ({@code Critics include Jane Roe, who said} → {@code Jane Roe}), else the words from the nearest
     * determiner ({@code the city's mayor, who said} → {@code the city's mayor}), a bare plural
     * ({@code officials who said}) or a percentage ({@code another 23 percent who said}); or null.
     */
    private int[] antecedent(List<Token> toks, int last, int first) {
      if (last - 1 >= first && (toks.get(last).text().equals("%") || toks.get(last).lower().equals("percent"))
          && Character.isDigit(toks.get(last - 1).text().charAt(0))) {
        int start = last - 2 >= first && DETERMINERS.contains(toks.get(last - 2).lower()) ? last - 2 : last - 1;
        return new int[] {toks.get(start).start(), toks.get(last).end()}; // "(another) 23 percent who said …"
      }
      if (last < first || !toks.get(last).isWord() || PRONOUNS.contains(toks.get(last).lower())
          || DETERMINERS.contains(toks.get(last).lower())) {
        return null;
      }
      int start = last;
      if (toks.get(last).isCapitalized()) {
        while (start - 1 >= first && toks.get(start - 1).isWord() && (toks.get(start - 1).isCapitalized()
            || toks.get(start - 1).lower().equals("of") && start - 2 >= first && toks.get(start - 2).isCapitalized())) {
          start--;
        }
        if (start - 1 >= first && toks.get(start - 1).lower().equals("the")) {
          start--;
        }
      } else {
        boolean determined = looksPlural(toks.get(last));
        for (int d = last - 1; d >= first && d >= last - 5; d--) {
          Token t = toks.get(d);
          if (DETERMINERS.contains(t.lower()) && !t.lower().equals("that")) {
            start = d;
            determined = true;
            break;
          }
          if (!t.isWord() && !t.text().equals("’") && !t.text().equals("'") || CLAUSE_WORDS.contains(t.lower())
              || t.lower().equals("and") || isCueToken(t)) {
            break;
          }
        }
        if (!determined) {
          return null;
        }
      }
      return new int[] {toks.get(start).start(), toks.get(last).end()};
    }

    /** Index of the {@code )} that closes the parenthesis opened at token {@code open} within eight tokens, or -1. */
    private int closingParenthesis(List<Token> toks, int open) {
      for (int j = open + 1; j < toks.size() && j <= open + 8; j++) {
        if (toks.get(j).text().equals(")")) {
          return j;
        }
      }
      return -1;
    }

    /**
     * Index of the token before a parenthesis that closes at token {@code i} ({@code Sen. Jane Roe (D-Ore.) said}
     * → {@code Roe}), or {@code i} when none closes there within eight tokens.
     */
    private int beforeParenthesis(List<Token> toks, int i, int first) {
      if (i <= first || !toks.get(i).text().equals(")")) {
        return i;
      }
      for (int j = i - 1; j > first && j >= i - 8; j--) {
        if (toks.get(j).text().equals("(")) {
          return j - 1;
        }
      }
      return i;
    }

    /**
     * Index of the token before a dash aside that closes at token {@code i} ({@code the general — who led the
     * mission — said} → {@code general}), or {@code i} when no dash opens one within twenty tokens.
     */
    private int beforeDashAside(List<Token> toks, int i, int first) {
      int close = i > first && toks.get(i).text().equals("-") && dashLength(toks, i - 1) == 2 ? i - 1 : i;
      if (close <= first || dashLength(toks, close) == 0) {
        return i;
      }
      for (int j = close - 2; j > first && j >= close - 20; j--) {
        if (dashLength(toks, j) > 0) {
          return j - 1;
        }
      }
      return i;
    }

    /**
     * The comma that opens an indefinite or definite appositive or a prepositional aside holding preposition token
     * {@code i} ({@code Jane Roe, a teacher from Dover, says}, {@code Roe, in an interview with the paper, said}: the
     * comma after {@code Roe}), within {@link #APPOSITIVE_WORDS} tokens and with no other comma between; or -1.
     */
    private int appositiveOpening(List<Token> toks, int i, int first) {
      for (int j = i - 1; j > first && i - j <= APPOSITIVE_WORDS; j--) {
        if (toks.get(j).text().equals(",")) {
          String d = toks.get(j + 1).lower();
          return d.equals("a") || d.equals("an") || d.equals("the")
              || LEADING_PREPOSITIONS.contains(d) ? j : -1;
        }
      }
      return -1;
    }

    /**
     * For {@code the head of X, Jane Roe, said} (or, when {@code closed}, any name or determiner phrase before the
     * comma): index of the appositive head's first token, or -1.
     */
    private int appositiveHead(List<Token> toks, int comma, int first, boolean closed) {
      int i = comma - 1;
      int n = 0;
      if (!closed && (comma + 1 >= toks.size() || !toks.get(comma + 1).isCapitalized())) {
        return -1;
      }
      while (i >= first && toks.get(i).isWord() && n < 10 && !CLAUSE_WORDS.contains(toks.get(i).lower())) {
        String w = toks.get(i).lower();
        if (PASSIVE_AUX.contains(w) || MAIN_VERB_MARKERS.contains(w) || SKIP_BEFORE_CUE.contains(w)) {
          return -1;
        }
        i--;
        n++;
      }
      int head = i + 1;
      if (n == 0 || head > comma - 1) {
        return -1;
      }
      String w = toks.get(head).lower();
      boolean bounded = i < first || toks.get(i).text().equals(",");
      boolean determiner = w.equals("the") || w.equals("a") || w.equals("an");
      boolean named = closed && toks.get(head).isCapitalized() && !OPENING_ADVERBIAL.contains(w);
      return bounded && (determiner || named) ? head : -1;
    }

    /** True for a cue's participle that may follow its main clause ({@code , saying …}, {@code , hoping to …}). */
    private static boolean isParticipleCue(Token t) {
      return PARTICIPLE_CUES.contains(t.lower()) || isParticiple(t);
    }

    /**
     * The subject before a participle, relative or appositive aside whose quoted object closes on the comma before
     * the cue ({@code Jane Roe, citing “the latest figures,” said …}, {@code Roe, the author of “The Road,” said}: the
     * comma inside the closing mark), token {@code i} being that mark; else null.
     */
    private int[] quotedParticipleAside(List<Token> toks, int i, int first) {
      if (i - 3 > first && isClosingMark(toks.get(i)) && toks.get(i - 1).text().equals("'")) {
        i--; // the NYT's doubled '' closes it
      }
      if (i - 2 <= first || !(isClosingMark(toks.get(i)) || isClosingMark(toks.get(i + 1)))
          || !toks.get(i - 1).text().equals(",")) {
        return null;
      }
      for (int j = i - 2; j > first && i - j <= 25; j--) {
        Token t = toks.get(j);
        boolean opensAside = (RELATIVE_PRONOUNS.contains(t.lower()) || ARTICLES_AND_POSSESSIVES.contains(t.lower()))
            && toks.get(j - 1).text().equals(","); // "Roe, who wrote “…,” said", "Roe, the author of “…,” said"
        if (isParticiple(t) || opensAside) {
          return toks.get(j - 1).text().equals(",") ? subjectBefore(toks, j - 1, first) : null;
        }
        if (t.text().equals(",") || isClosingMark(t) && j < i - 2) {
          return null;
        }
      }
      return null;
    }

    private static boolean isParticiple(Token t) {
      return !t.isCapitalized() && t.lower().length() > 4 && t.lower().endsWith("ing") && !t.lower().equals("including");
    }

    /**
     * As {@link #validSubjectStart(Token, int)} for the subject from token {@code s} to {@code end}; a plural noun
     * before a source adjective opens a longer one too ({@code sources close to her campaign say}).
     */
    private boolean validSubjectStart(List<Token> toks, int s, int end) {
      // "Indeed, supporters of the plan say" after a comma; not "After years of talks residents say"
      return validSubjectStart(toks.get(s), end - s + 1) || s < end && end - s < 8 && !toks.get(s).isCapitalized()
          && looksPlural(toks.get(s)) && (SOURCE_ADJECTIVES.contains(toks.get(s + 1).lower())
              || toks.get(s + 1).lower().equals("of") && (s == 0 || toks.get(s - 1).text().equals(",")));
    }

    private boolean validSubjectStart(Token t, int length) {
      String w = t.lower();
      if (!t.isWord()) {
        return false;
      }
      if (PRONOUNS.contains(w)) {
        return length == 1;
      }
      if (LEADING_PREPOSITIONS.contains(w)) {
        return false;
      }
      if (t.isCapitalized() || DETERMINERS.contains(w) || Character.isDigit(w.charAt(0))) {
        return true;
      }
      return length <= 3 && !CLAUSE_WORDS.contains(w) && !SKIP_BEFORE_CUE.contains(w) && !PASSIVE_AUX.contains(w)
          && !FINITE.contains(w) && !w.endsWith("ed") && !w.endsWith("ly");
    }

    /** A speaker noun phrase starting at token {@code from}: a pronoun, or a name / determiner phrase. */
    private int[] nounPhraseForward(List<Token> toks, int from) {
      if (from >= toks.size() || !toks.get(from).isWord()) {
        return null;
      }
      Token first = toks.get(from);
      if (PRONOUNS.contains(first.lower())) {
        return new int[] {first.start(), first.end()};
      }
      boolean determiner = DETERMINERS.contains(first.lower()) && !first.lower().equals("that");
      if (!first.isCapitalized() && !determiner) {
        return null;
      }
      int end = from;
      int lower = 0;
      for (int i = from + 1; i < toks.size() && i < from + 12; i++) {
        Token t = toks.get(i);
        String w = t.lower();
        // a cue right after the determiner or "of" is a noun: "according to the report", "the secretary of state"
        boolean nounAfterDeterminer = determiner && i == from + 1;
        boolean afterOf = toks.get(i - 1).lower().equals("of");
        // and so is one after a determiner's modifier: "according to a new report"
        boolean cueNoun = isCueToken(t) && !t.isCapitalized() && isNounUse(toks, i, from);
        if (!t.isWord() || !nounAfterDeterminer
            && (TIME_WORDS.contains(w) || isCueToken(t) && !t.isCapitalized() && !afterOf && !cueNoun)) {
          break;
        }
        if (t.isCapitalized()) {
          end = i;
          continue;
        }
        boolean connector = (w.equals("of") || w.equals("for") || w.equals("the") || w.equals("and")
            || w.equals("at") || w.equals("de")) && i + 1 < toks.size() && toks.get(i + 1).isWord();
        if (connector) {
          continue;
        }
        boolean modifier = ADVERBIAL.contains(w) && MOST_MORE.contains(toks.get(i - 1).lower()) && i + 1 < toks.size()
            && toks.get(i + 1).isWord() && !toks.get(i + 1).isCapitalized(); // "the most recent data"
        if (!nounAfterDeterminer && !modifier && !cueNoun
            && (CLAUSE_WORDS.contains(w) || ADVERBIAL.contains(w) || SKIP_BEFORE_CUE.contains(w)) || ++lower > 3) {
          break;
        }
        end = i;
      }
      return end == from && ARTICLES_AND_POSSESSIVES.contains(first.lower()) ? null
          : new int[] {first.start(), toks.get(end).end()};
    }

    /**
     * A name led by lower-case title words, as news writing puts them before a name without a determiner
     * ({@code said former Gov. Jane Roe}, {@code said veteran analyst John Doe}): one to three title words
     * ({@link #titleWords}), then a capitalised noun phrase; or null.
     */
    private int[] titledName(List<Token> toks, int from) {
      int i = from;
      int words = 0;
      while (i < toks.size() && words < 3) {
        if (isTitleWord(toks.get(i))) {
          i++;
        } else if (i > from && i + 2 < toks.size() && toks.get(i).lower().equals("of")
            && (isTitleWord(toks.get(i + 1)) || isCueToken(toks.get(i + 1)) && !toks.get(i + 1).isCapitalized())) {
          i += 2; // "former secretary of state Jane Roe"
        } else if (i > from && i + 1 < toks.size() && toks.get(i).lower().equals("and") && words < 2) {
          i++; // "lobbyist and strategist Jane Roe"
        } else {
          break;
        }
        words++;
      }
      if (i == from || i >= toks.size() || !toks.get(i).isCapitalized()) {
        return null;
      }
      int[] np = nounPhraseForward(toks, i);
      return np == null ? null : new int[] {toks.get(from).start(), np[1]};
    }

    /**
     * True when tokens from {@code from} up to offset {@code to} are one to three title words before a name
     * ({@code former}, {@code chief executive}, {@code retired neurosurgeon}): lower-case content words, no
     * function word, adverb, verb form of a cue or time word.
     */
    private boolean titleWords(List<Token> toks, int from, int to) {
      int n = 0;
      for (int i = from; i < toks.size() && toks.get(i).start() < to; i++) {
        if (++n > 3 || !isTitleWord(toks.get(i))) {
          return false;
        }
      }
      return n > 0;
    }

    private boolean isTitleWord(Token t) {
      String w = t.lower();
      return t.isWord() && !t.isCapitalized() && !Character.isDigit(w.charAt(0)) && !w.endsWith("ly")
          && !CLAUSE_WORDS.contains(w) && !ADVERBIAL.contains(w) && !LEADING_PREPOSITIONS.contains(w)
          && !SKIP_BEFORE_CUE.contains(w) && !FINITE.contains(w) && !PASSIVE_AUX.contains(w)
          && !PRONOUNS.contains(w) && !OBJECT_PRONOUNS.contains(w) && !DETERMINERS.contains(w)
          && !CONNECTIVES.contains(w) && !TIME_WORDS.contains(w) && !isCueToken(t);
    }

    /**
     * A source without a determiner after {@code according to}: lower-case words up to the first clause word or
     * punctuation, at most six ({@code according to officials involved} → {@code officials involved}), or null.
     */
    private int[] bareNounPhrase(List<Token> toks, int from, int[] sentence) {
      int end = -1;
      for (int i = from; i < toks.size() && i < from + 6 && toks.get(i).start() < sentence[1]; i++) {
        Token t = toks.get(i);
        if (!t.isWord() || CLAUSE_WORDS.contains(t.lower()) || TIME_WORDS.contains(t.lower())) {
          break;
        }
        end = i;
      }
      return end < 0 || PRONOUNS.contains(toks.get(from).lower()) ? null
          : new int[] {toks.get(from).start(), toks.get(end).end()};
    }

    /** {@link #mainSubject} of the sentence starting at offset {@code from} in {@code paragraph}, before {@code at}. */
    @Override
    public int[] main(int paragraph, int from, int at) {
      List<Token> toks = tokens.get(paragraph);
      int first = Tokenizer.indexAtOrAfter(toks, from);
      int limit = Tokenizer.indexAtOrAfter(toks, at);
      return first < limit ? mainSubject(toks, first, limit) : null;
    }

    @Override
    public int[] before(int paragraph, int from, int at) {
      List<Token> toks = tokens.get(paragraph);
      int first = Tokenizer.indexAtOrAfter(toks, from);
      int k = Tokenizer.indexAtOrAfter(toks, at);
      return first < k && k < toks.size() ? subjectBefore(toks, k, first) : null;
    }

    /**
     * Subject of the sentence's main clause: its first noun phrase after an opening adverbial or participial phrase,
     * or the name before an appositive ({@code Jane Roe, a spokeswoman, (also) called … and said …} →
     * {@code Jane Roe}; {@code Speaking in Salem, Ohio, Roe attacked …} → {@code Roe}).
     */
    private int[] mainSubject(List<Token> toks, int first, int limit) {
      int s = afterDateline(toks, first, limit);
      int[] connective;
      if (s + 1 < limit && CLAUSE_ADVERBS.contains(toks.get(s).lower())
          && SUBJECT_PRONOUNS.contains(bare(toks.get(s + 1)))) {
        s++; // "Then he cut into Bush, calling him …": the adverb opens the main clause without a comma
      } else if ((connective = connectiveSubject(toks, s, limit)) != null) {
        return connective; // "But Trump went on the attack, saying …"
      } else if (s < limit
          && (isOpeningAdverbialWord(toks.get(s)) || MAIN_CLAUSE_OPENERS.contains(toks.get(s).lower()))) {
        int after = afterOpeningParticiple(toks, s, limit);
        for (int j = s; j < Math.min(limit, s + 10) && after == s; j++) {
          if (toks.get(j).text().equals(",")) {
            s = j + 1;
            break;
          }
        }
        s = after > s ? after : s;
      } else if (s < limit && toks.get(s).isCapitalized() && toks.get(s).lower().endsWith("ing")) {
        s = afterOpeningParticiple(toks, s, limit);
      } else {
        s = afterRelativeTime(toks, s, limit);
      }
      int[] subject = mainSubjectBeforeVerb(toks, s, limit);
      return subject != null ? subject : presentSubject(toks, s, limit);
    }

    /**
     * Subject of the clause after connectives that open the sentence without a comma ({@code But Roe went on the
     * attack, saying …}, {@code And then the mayor left, adding …}), when a subject and its verb follow them; else
     * null.
     */
    private int[] connectiveSubject(List<Token> toks, int s, int limit) {
      int a = s;
      while (a < limit && a < s + 2 && CLAUSE_ADVERBS.contains(toks.get(a).lower())) {
        a++;
      }
      return a > s && a < limit && opensSubject(toks, a) ? mainSubjectBeforeVerb(toks, a, limit) : null;
    }

    /**
     * Subject before the first verb of the clause at token {@code s}, as {@link #mainSubject} finds it, or null when
     * no past form, cue or auxiliary shows before {@code limit}.
     */
    private int[] mainSubjectBeforeVerb(List<Token> toks, int s, int limit) {
      for (int j = s; j < limit; j++) {
        Token t = toks.get(j);
        if (j > s && isPossessiveMark(toks, j)) {
          continue; // "Sanders’ campaign launched …"
        }
        if (t.text().equals(",") && j > s && toks.get(j - 1).isCapitalized()) {
          int close = j + 1;
          while (close < limit && close < j + 14 && !toks.get(close).text().equals(",")) {
            close++;
          }
          boolean named = toks.get(s).isCapitalized() && toks.get(j - 1).isCapitalized();
          if (named && close == limit && j + 2 < limit && RELATIVE_PRONOUNS.contains(bare(toks.get(j + 1)))) {
            return new int[] {toks.get(s).start(), toks.get(j - 1).end()}; // "Roe, who backed Lee and said …,"
          }
          if (named && close + 2 < limit && toks.get(close).text().equals(",")
              && RELATIVE_PRONOUNS.contains(bare(toks.get(close + 1)))) {
            int after = close + 2; // "Sen. Jane Roe, R-Maine, who faces a race, rescinded …, saying"
            while (after < limit && after < close + 25 && !toks.get(after).text().equals(",")) {
              after++;
            }
            close = after < limit && after < close + 25 ? after : close;
          }
          int verb = close + 1;
          while (verb + 1 < limit && SKIP_BEFORE_CUE.contains(toks.get(verb).lower())) {
            verb++;
          }
          return named && verb < limit && close < j + 40 && isVerbAfterSubject(toks.get(verb))
              ? new int[] {toks.get(s).start(), toks.get(j - 1).end()} : null;
        }
        int close = j > s && t.text().equals("(") ? closingParenthesis(toks, j) : -1;
        if (close > 0 && close < limit) {
          j = close; // "Sen. Jane Roe (D-Maine) criticized the plan and said"
          continue;
        }
        if (t.text().equals(",") && j > s + 1 && toks.get(j - 1).text().equals(")") && j + 1 < limit
            && isVerbAfterSubject(toks.get(j + 1))) {
          int open = j - 1;
          while (open > s && !toks.get(open).text().equals("(")) {
            open--;
          }
          return open > s ? new int[] {toks.get(s).start(), toks.get(open - 1).end()} : null; // "Sen. Roe (D-Maine), said"
        }
        if (!t.isWord()) {
          return null;
        }
        String w = t.lower();
        if (j > s && w.endsWith("ed") && isDeterminerOrPossessive(toks.get(j - 1).lower()) && j + 1 < limit
            && toks.get(j + 1).isWord() && !toks.get(j + 1).isCapitalized() && !isCueToken(t)) {
          continue; // "The retired neurosurgeon declined, saying …": an adjective of the subject, not its verb
        }
        if (isVerbAfterSubject(t) && !(isCueToken(t) && isNounUse(toks, j, s))
            || j > s && isPresentBeforeObject(toks, j)) {
          return subjectBefore(toks, j, s); // not at "The report" of "The report faulted Roe, saying …"
        }
        if (j == s && !w.equals(bare(t)) && PERSONAL_SUBJECTS.contains(bare(t)) && !insideDirect(t.start())
            && !inFragment.get(t.start())) {
          return new int[] {t.start(), t.start() + bare(t).length()}; // "He’s comparing X and says …"
        }
      }
      return null;
    }

    /**
     * Subject of a present-tense main clause at token {@code s} that shows no other verb before {@code limit}: the
     * words before its first lower-case {@code -s} form after a subject pronoun, or after a capitalised word when a
     * word or quote follows that does not go on with a noun phrase ({@code She offers calm, urging …}, {@code Roe
     * appears in the ad, saying …} → {@code She}, {@code Roe}; not the plurals of {@code Nine months of …}, {@code GOP
     * senators, even after …}); or null.
     */
    private int[] presentSubject(List<Token> toks, int s, int limit) {
      for (int j = s + 1; j + 1 < limit; j++) {
        Token t = toks.get(j);
        if (!t.isWord()) {
          return null;
        }
        Token prev = toks.get(j - 1);
        Token next = toks.get(j + 1);
        boolean verbFollows = (next.isWord() || QUOTE_MARK_TOKENS.contains(next.text()))
            && !NOT_AFTER_PRESENT.contains(next.lower());
        if (looksPlural(t) && !t.isCapitalized() && t.lower().length() > 3
            && (SUBJECT_PRONOUNS.contains(prev.lower()) || prev.isCapitalized() && verbFollows)) {
          for (int v = j + 1; v < limit; v++) {
            if (isVerbAfterSubject(toks.get(v))) {
              return null;
            }
          }
          return subjectBefore(toks, j, s);
        }
      }
      return null;
    }

    /**
     * Token after a sentence-opening time phrase that counts from another time ({@code Hours later,}, {@code Two
     * days earlier,}, {@code A year ago,}): at most four words closed by {@code later}, {@code earlier} or {@code ago}
     * and a comma; else {@code s}.
     */
    private int afterRelativeTime(List<Token> toks, int s, int limit) {
      for (int j = s; j < Math.min(limit - 1, s + 5); j++) {
        Token t = toks.get(j);
        if (j > s && RELATIVE_TIME_ENDS.contains(t.lower())) {
          return j + 1 < limit && toks.get(j + 1).text().equals(",") ? j + 2 : s;
        }
        if (!Character.isDigit(t.text().charAt(0)) && !RELATIVE_TIME_WORDS.contains(t.lower())) {
          return s; // "Roe arrived later, and told …": a subject and verb, no time phrase
        }
      }
      return s;
    }

    /**
     * First token of a time phrase that ends at token {@code i} after a subject ({@code two weeks ago}, {@code less
     * than a year ago}, {@code last week}, {@code earlier this month}); {@code i + 1} when none does.
     */
    private int timePhraseStart(List<Token> toks, int i, int first) {
      if (i <= first) {
        return i + 1;
      }
      String w = toks.get(i).lower();
      Set<String> before = RELATIVE_TIME_ENDS.contains(w) ? RELATIVE_TIME_WORDS
          : TIME_HEADS.contains(w) ? TIME_FILLERS : null;
      if (before == null) {
        return i + 1;
      }
      int j = i - 1;
      while (j > first && (before.contains(toks.get(j).lower()) || TIME_APPROXIMATORS.contains(toks.get(j).lower())
          || before == RELATIVE_TIME_WORDS && Character.isDigit(toks.get(j).text().charAt(0)))) {
        j--;
      }
      return j < i - 1 && toks.get(j).isWord() ? j + 1 : i + 1;
    }

    /**
     * First token of a weekday or time phrase with its fillers that ends at token {@code i} ({@code on Monday},
     * {@code late last week}, {@code this morning}), or {@code i + 1} when none does.
     */
    private int timeBeforeCue(List<Token> toks, int i, int first) {
      if (i <= first || !(TIME_WORDS.contains(toks.get(i).lower()) && toks.get(i).isCapitalized()
          || TIME_HEADS.contains(toks.get(i).lower()))) {
        return i + 1;
      }
      int j = i;
      while (j - 1 > first && TIME_FILLERS.contains(toks.get(j - 1).lower())) {
        j--;
      }
      return j;
    }

    /** True for an apostrophe closing a plural possessive ({@code Sanders’ campaign}). */
    private static boolean isPossessiveMark(List<Token> toks, int j) {
      String mark = toks.get(j).text();
      return (mark.equals("’") || mark.equals("'")) && j + 1 < toks.size() && toks.get(j - 1).isWord()
          && toks.get(j - 1).end() == toks.get(j).start() && toks.get(j - 1).lower().endsWith("s")
          && toks.get(j + 1).isWord() && toks.get(j + 1).start() > toks.get(j).end();
    }

    /**
     * Start of the main clause after a sentence-opening participial phrase at token {@code s} ({@code Speaking in
     * Salem, Ohio, Roe attacked …} → {@code Roe}): the first comma, within 25 tokens, followed by up to six words and
     * a verb; else {@code s}.
     */
    private int afterOpeningParticiple(List<Token> toks, int s, int limit) {
      for (int j = s + 1; j < Math.min(limit, s + 25); j++) {
        if (!toks.get(j).text().equals(",")) {
          continue;
        }
        for (int v = j + 2; v < Math.min(limit, j + 8) && toks.get(v - 1).isWord(); v++) {
          if (isVerbAfterSubject(toks.get(v))) {
            return j + 1;
          }
        }
      }
      return s;
    }

    /**
     * True for a lower-case {@code -s} form after a capitalised word or a subject pronoun and before a determiner: a
     * present verb ({@code CITIC runs an oil field … and says}), not a noun ({@code Trump supporters gathered}).
     */
    private boolean isPresentBeforeObject(List<Token> toks, int j) {
      Token t = toks.get(j);
      Token prev = toks.get(j - 1);
      return j + 1 < toks.size() && looksPlural(t) && t.lower().length() > 3 && !t.isCapitalized()
          && (prev.isCapitalized() || SUBJECT_PRONOUNS.contains(prev.lower()))
          && ARTICLES_AND_POSSESSIVES.contains(toks.get(j + 1).lower());
    }

    /** True for a lower-case verb-like word after a subject: a past form (regular or not), a cue, an auxiliary. */
    private boolean isVerbAfterSubject(Token t) {
      String w = t.lower();
      return !t.isCapitalized() && (w.endsWith("ed") || isCueToken(t) || PASSIVE_AUX.contains(w)
          || MAIN_VERB_MARKERS.contains(w) || IRREGULAR_PAST.contains(w));
    }

    /**
     * True when the sentence opens with an adverbial that the comma at token {@code comma} closes ({@code On Monday,}
     * {@code In a statement,}): an adverbial word first, no earlier comma and no clause in between. {@code But the plan
     * was late, he said} opens with a clause.
     */
    private boolean isOpeningAdverbial(List<Token> toks, int first, int comma) {
      if (comma <= first || !isOpeningAdverbialWord(toks.get(first))) {
        return false;
      }
      for (int i = first + 1; i < comma; i++) {
        if (toks.get(i).text().equals(",")) {
          return false;
        }
      }
      return first + 1 >= comma || !isClause(toks, first + 1, toks.get(comma).start());
    }

    private boolean isOpeningAdverbialWord(Token t) {
      return OPENING_ADVERBIAL.contains(t.lower());
    }

    /**
     * Index of the first token at or after {@code from} that is no plain word of a short addressee (at most
     * {@code max} words: no verb, cue, {@code that}, subordinator or time-clause opener): {@code told his aides as …}
     * → {@code as}.
     */
    private int afterWords(List<Token> toks, int from, int max) {
      int j = from;
      while (j < toks.size() && j < from + max && toks.get(j).isWord() && !FINITE.contains(toks.get(j).lower())
          && !isCueToken(toks.get(j)) && !toks.get(j).lower().equals("that")
          && !SUBORDINATORS.contains(toks.get(j).lower()) && !TIME_CLAUSE_OPENERS.contains(toks.get(j).lower())) {
        j++;
      }
      return j;
    }

    /**
     * Index of the comma that closes a short setting phrase opened at token {@code from} ({@code said in an interview,},
     * {@code explained earlier in the hearing,}): a preposition or adverb first, then at most eight words with no
     * verb, cue or quote mark; else {@code from}.
     */
    private int afterSetting(List<Token> toks, int from, int[] sentence) {
      if (from >= toks.size() || !(LEADING_PREPOSITIONS.contains(toks.get(from).lower())
          || OPENING_ADVERBIAL.contains(toks.get(from).lower()))) {
        return from;
      }
      for (int i = from + 1; i < toks.size() && i <= from + 8 && toks.get(i).start() < sentence[1]; i++) {
        Token t = toks.get(i);
        if (t.text().equals(",") || t.text().equals(";")) {
          return i;
        }
        if (!t.isWord() || FINITE.contains(t.lower()) || isCueToken(t)) {
          return from;
        }
      }
      return from;
    }

    /**
     * Index of the first token after a time expression that starts at token {@code from} ({@code on Sunday},
     * {@code late Friday night}, {@code last week}, {@code on Jan. 5}), or {@code from} when none starts there. A cue
     * is often followed by its time, and the time is neither the inverted subject ({@code said Sunday}) nor the
     * start of the reported clause ({@code said on Monday she would go}).
     */
    private int afterTime(List<Token> toks, int from) {
      int end = from;
      for (int i = from; i < toks.size() && i < from + 6; i++) {
        Token t = toks.get(i);
        String w = t.lower();
        boolean month = t.isCapitalized() && TIME_WORDS.contains(w) && !TIME_HEADS.contains(w);
        boolean day = Character.isDigit(w.charAt(0)) && i > from && isMonthToken(toks.get(i - 1));
        if (month || day || TIME_HEADS.contains(w)) {
          end = i + 1;
        } else if (!TIME_FILLERS.contains(w) && !(w.equals(".") && i > from && isMonthToken(toks.get(i - 1)))) {
          break;
        }
      }
      return end;
    }

    private boolean isMonthToken(Token t) {
      return t.isCapitalized() && TIME_WORDS.contains(t.lower()) && !TIME_HEADS.contains(t.lower());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /**
     * True for a lower-case cue form; {@code put it} only with its {@code it}, and bare {@code state} only before
     * {@code that} or a colon, as it is nearly always the noun ({@code state polls}, {@code in each state say});
     * {@code point} only in {@code point out that} ({@link CueLexicon#isCueAt}).
     */
    private boolean isCueToken(Token t) {
      return t.isWord() && !t.isCapitalized() && cues.isCueAt(t.text(), text, t.end())
          && (!IT_CUES.contains(t.lower()) || text.startsWith(" it", t.end())
              && (t.end() + 3 == text.length() || !Character.isLetter(text.charAt(t.end() + 3))))
          && (!t.lower().equals("state") || text.startsWith(" that ", t.end()) || text.startsWith(":", t.end()));
    }

    /** Index of the token after cue token {@code k}, past the {@code it} of {@code put it} and its comma or colon. */
    private int afterCue(List<Token> toks, int k) {
      int i = k + 1;
      if (IT_CUES.contains(toks.get(k).lower())) {
        i++;
        while (i < toks.size() && (toks.get(i).text().equals(",") || toks.get(i).text().equals(":"))) {
          i++;
        }
      }
      return i;
    }

    private String cueText(List<Token> toks, int k) {
      Token t = toks.get(k);
      if (k + 1 < toks.size()) {
        Token next = toks.get(k + 1);
        if (t.lower().startsWith("point") && next.lower().equals("out") || IT_CUES.contains(t.lower())
            || !isCueToken(t) && SPEECH_PARTICLES.contains(next.lower())) { // "shot back"
          return text.substring(t.start(), next.end());
        }
        if ("tell".equals(cues.lemma(t.text())) && next.lower().equals("reporters")) {
          return text.substring(t.start(), next.end());
        }
      }
      return t.text();
    }

    private boolean insideDirect(int offset) {
      return inDirect.get(offset);
    }

    private boolean startsDirect(int offset) {
      return directOpens.get(offset);
    }

    private int[] sentenceAt(int paragraph, int offset) {
      List<int[]> all = sentences.get(paragraph);
      int lo = sentenceIndex(paragraph, offset);
      if (lo < all.size()) {
        return all.get(lo);
      }
      return all.isEmpty() ? new int[] {starts[paragraph], ends[paragraph]} : all.get(all.size() - 1);
    }

    /** Index of the first sentence of {@code paragraph} ending after {@code offset}. */
    private int sentenceIndex(int paragraph, int offset) {
      List<int[]> all = sentences.get(paragraph);
      int lo = 0;
      int hi = all.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (all.get(mid)[1] <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private int sentenceStartToken(List<Token> toks, int[] sentence) {
      return tokenAtOrAfter(toks, sentence[0]);
    }

    private int tokenAtOrAfter(List<Token> toks, int offset) {
      return Tokenizer.indexAtOrAfter(toks, offset);
    }

    private int tokenBefore(List<Token> toks, int offset) {
      return tokenAtOrAfter(toks, offset) - 1;
    }

    private int tokenAfter(List<Token> toks, int offset) {
      int i = tokenAtOrAfter(toks, offset + 1);
      return i < toks.size() ? i : -1;
    }

    private Statement build(Found f) {
      Attribution a = f.attribution();
      int paragraph = paragraphOf(f.start());
      int lo = f.start();
      int hi = f.end();
      if (a != null && paragraphOf(a.cueStart()) == paragraph) {
        lo = Math.min(lo, a.cueStart());
        hi = Math.max(hi, a.cueEnd());
      }
      int cs = -1;
      int ce = -1;
      for (int p = paragraphOf(lo); p <= paragraphOf(hi - 1); p++) {
        List<int[]> all = sentences.get(p);
        for (int i = sentenceIndex(p, Math.max(lo, starts[p])); i < all.size() && all.get(i)[0] < hi; i++) {
          int[] s = all.get(i);
          if (s[1] > lo) {
            cs = cs < 0 ? s[0] : cs;
            ce = s[1];
          }
        }
      }
      if (cs < 0) {
        cs = f.start();
        ce = f.end();
      }
      cs = Math.max(cs, lo - MAX_CONTEXT_MARGIN);
      ce = Math.min(ce, hi + MAX_CONTEXT_MARGIN);
      String context = text.substring(cs, ce);
      String kind = f.kind();
      return Statement.builder()
          .setStatementId(statementId(article.getArticleId(), kind, f.start(), f.end()))
          .setArticleId(article.getArticleId())
          .setKind(kind)
          .setText(statementText(f))
          .setCue(a == null ? null : a.cue())
          .setSpeakerText(a == null || !a.hasSpeaker() ? null : text.substring(a.speakerStart(), a.speakerEnd()))
          .setParagraph(paragraph)
          .setCharStart(f.start())
          .setCharEnd(f.end())
          .setContext(context)
          .setPublishedAt(article.getPublishedAt())
          .build();
    }

    /**
     * The words of {@code f}: its span, with its own attribution left out where that stands inside ({@link
     * #innerAttribution}), or for a quote joined across its attribution the parts joined by {@value
     * Statement#ELISION}: a DIRECT quote's words, each part's trailing comma dropped ({@code “A,” she said, “b.”}
     * gives {@code A … b.}), or a PARTIAL statement's parts with their quote marks, the last one's closing mark
     * included so the marks pair up ({@code X “a,” … “b.”}).
     */
    private String statementText(Found f) {
      if (f.gaps().isEmpty()) {
        int[] inner = innerAttribution(f);
        return inner == null ? text.substring(f.start(), f.end())
            : text.substring(f.start(), inner[0]) + Statement.ELISION + text.substring(inner[1], f.end());
      }
      boolean direct = Statement.DIRECT.equals(f.kind());
      StringBuilder b = new StringBuilder();
      int from = f.start();
      for (int[] gap : f.gaps()) {
        String part = text.substring(from, gap[0]).stripTrailing();
        b.append(direct && part.endsWith(",") ? part.substring(0, part.length() - 1) : part).append(Statement.ELISION);
        from = gap[1];
      }
      b.append(text, from, f.end());
      if (!direct && f.end() < text.length() && closes.get(f.end())) {
        b.append(text.charAt(f.end()));
      }
      return b.toString();
    }

    /**
     * The gap {@code f}'s own speaker and cue (at most 30 characters apart) leave where they stand inside its content
     * with words on both sides ({@code This campaign, he says, is different}, {@code which I said was not a prison
     * sentence}), widened over the commas and spaces around them and, when a comma opens it, over a short addressee
     * or setting with no verb before the comma that closes it ({@code Instead, Trump told CNN, his policy …}) and a
     * relative clause on the source ({@code Sales, according to the company, which declined to comment, rose});
     * null otherwise. PolNeAR's contents leave such an attribution
     * out (on its train split, +7 matches and exact F1 0.461 -> 0.471), and the statement's reader and stance need no
     * copy of it. A hedge with no speaker keeps its words ({@code The ferry is widely expected to close}).
     */
    private int[] innerAttribution(Found f) {
      Attribution a = f.attribution();
      if (a == null || !a.hasSpeaker()) {
        return null;
      }
      int between = a.speakerEnd() <= a.cueStart() ? a.cueStart() - a.speakerEnd() : a.speakerStart() - a.cueEnd();
      int lo = Math.min(a.cueStart(), a.speakerStart());
      int hi = Math.max(a.cueEnd(), a.speakerEnd());
      if (between < 0 || between > 30 || lo <= f.start() || hi >= f.end()) {
        return null;
      }
      int open = lo;
      while (open > f.start() && Tokenizer.isSpace(text.charAt(open - 1))) {
        open--;
      }
      if (open > f.start() && text.charAt(open - 1) == ',') { // a parenthetical: its comma closes it
        int comma = commaSpaceIn(hi, Math.min(f.end(), hi + 40));
        if (comma > hi && !hasQuoteMark(hi, comma) && !hasVerb(hi, comma)) {
          hi = comma;
        }
        int next = hi;
        while (next < f.end() && (text.charAt(next) == ',' || Tokenizer.isSpace(text.charAt(next)))) {
          next++;
        }
        int close = commaSpaceIn(next, Math.min(f.end(), next + 80));
        if (next > hi && (text.startsWith("which ", next) || text.startsWith("who ", next)) && close > next
            && !hasQuoteMark(next, close)) {
          hi = close; // "Sales, according to the company, which declined to comment, rose"
        }
      }
      while (lo > f.start() && (Tokenizer.isSpace(text.charAt(lo - 1)) || text.charAt(lo - 1) == ',')) {
        lo--;
      }
      while (hi < f.end() && (Tokenizer.isSpace(text.charAt(hi)) || text.charAt(hi) == ',')) {
        hi++;
      }
      return hasWord(f.start(), lo) && hasWord(hi, f.end()) ? new int[] {lo, hi} : null;
    }

    /** Offset of the first {@code ", "} that starts in {@code [from, limit)}, or -1 (bounded, unlike indexOf). */
    private int commaSpaceIn(int from, int limit) {
      for (int i = from; i < limit && i + 1 < text.length(); i++) {
        if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
          return i;
        }
      }
      return -1;
    }

    /** True when at most seven tokens from token {@code j} to offset {@code end} hold a cue ({@code critics said.}). */
    private boolean endsWithAttribution(List<Token> toks, int j, int end) {
      for (int i = j; i < toks.size() && toks.get(i).start() < end; i++) {
        if (i - j >= 7) {
          return false;
        }
        if (isCueToken(toks.get(i))) {
          return true;
        }
      }
      return false;
    }

    /** True when a finite or past verb stands in {@code [from, to)}: the words go on with the content. */
    private boolean hasVerb(int from, int to) {
      List<Token> toks = tokens.get(paragraphOf(from));
      for (int i = Tokenizer.indexAtOrAfter(toks, from); i < toks.size() && toks.get(i).start() < to; i++) {
        if (FINITE.contains(toks.get(i).lower()) || isPastForm(toks.get(i))) {
          return true;
        }
      }
      return false;
    }

    private boolean hasQuoteMark(int from, int to) {
      for (int i = from; i < to; i++) {
        if ("\"“”«»„".indexOf(text.charAt(i)) >= 0 || text.startsWith("''", i)) {
          return true;
        }
      }
      return false;
    }

    /** True when a letter or digit stands in {@code [from, to)}. */
    private boolean hasWord(int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private int paragraphOf(int offset) {
      int i = java.util.Arrays.binarySearch(starts, offset);
      return Math.max(0, i >= 0 ? i : -i - 2);
    }
  }

  /** First 16 hex digits of SHA-256 of {@code articleId:kind:charStart:charEnd}. */
  public static String statementId(String articleId, String kind, int charStart, int charEnd) {
    return Ids.sha256Hex(articleId + ":" + kind + ":" + charStart + ":" + charEnd, 16);
  }

  private static Set<String> words(String... words) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.Arrays.asList(words)));
  }
}
