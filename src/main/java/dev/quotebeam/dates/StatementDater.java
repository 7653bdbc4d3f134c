package dev.quotebeam.dates;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Gives each statement the date its words were said, the rule that found it, and the words that gave it away.
 *
 * <p>For {@code “The talks are over,” the minister told journalists on Monday} in an article published Tue
 * 2021-03-09 the statement gets {@code statementDate=2021-03-08}, {@code dateBasis=weekday}, {@code dateText="on
 * Monday"}. Rules, first match wins:
 *
 * <ol>
 *   <li>a day-precise time expression in the statement's context, outside the statement's own words and
 *       outside any quotation marks (the attribution frame: "told journalists on Monday", "said Sunday after"),
 *       resolved against the publication date (else the fetch date), not in a future-tense clause and not
 *       after the publication date, in the cue's sentence and clause (nothing but words between them, no
 *       "that"/"who"/"after", or opening the sentence: "On Monday, he said"; a participle cue "saying" takes the
 *       date of the clause it hangs off); the one nearest to the cue wins (ties: the earlier) → its basis,
 *       {@code explicit}, {@code weekday} or {@code relative};
 *   <li>the article's publication date → {@code published};
 *   <li>the first ten characters of the fetch time → {@code fetched};
 *   <li>nothing: date null, basis {@code none}.
 * </ol>
 *
 * <p>Why: a date inside the quote ("we will sign by March") or in another clause ("after the vote on Friday,
 * he said") is about that event, not the speech, and a future
 * date cannot date a statement already reported. Coarser expressions ("last week", "in March") do not name a
 * day, so they keep the publication date rather than invent one. Immutable and thread-safe.
 */
public final class StatementDater implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Punctuation that closes a clause between a time expression and the cue. */
  private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;:()\\[\\]–—]|\\s-\\s");

  /** Words that open a clause about another event between a time expression and the cue. */
  private static final Pattern OTHER_CLAUSE =
      Pattern.compile(
          "(?i)\\b(?:that|which|who|whom|whose|where|after|before|because|since|until|if|about|regarding)\\b");

  /** What may precede a sentence-opening time expression: "On Monday," "But late Sunday," "Earlier on Friday,". */
  private static final Pattern OPENER =
      Pattern.compile("(?i)[\\s“\"‘']*(?:(?:and|but|then|also|late|early|earlier|later|on)\\s{1,3}){0,3}");

  /**
   * What may lie between an inverted cue and its trailing time: the speaker and one appositive ("said Ada Roe,
   * president of the union, on July 17.").
   */
  private static final Pattern SPEAKER_AND_APPOSITIVE =
      Pattern.compile("\\s*[^,;:()\\[\\]–—]{1,60},[^,;:()\\[\\]–—]{1,100},\\s*(?:on\\s+)?");

  /** What lies between a signed post's dash and its date: the author and handle ("— Ada Roe (@ada) May 2"). */
  private static final Pattern SIGNED_POST = Pattern.compile("\\s*[^,;:()\\[\\]–—@]{1,60}\\(@\\w{1,30}\\)\\s*");

  /** The end of a sentence right after a time expression. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\s*(?:[.!?]|$)");

  /** Unquoted characters that may lie between a time expression and the cue of its clause. */
  private static final int MAX_CLAUSE_GAP = 160;

  private static final Pattern OPENING_COMMA = Pattern.compile("\\s{0,3},");

  /** A cue that opens a participial clause ("saying", "adding that"), which shares its main clause's time. */
  private static final Pattern PARTICIPLE_CUE = Pattern.compile("(?i)\\s*[a-z]+ing\\b");

  public static final String PUBLISHED = "published";
  public static final String FETCHED = "fetched";
  public static final String NONE = "none";

  private final TimeExpressionRecognizer recognizer;

  private StatementDater(TimeExpressionRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /** A dater using {@link TimeExpressionRecognizer#withDefaults()}. */
  public static StatementDater withDefaults() {
    return new StatementDater(TimeExpressionRecognizer.withDefaults());
  }

  /** Sets {@code statementDate}, {@code dateBasis} and {@code dateText} on each statement, keeping their order. */
  public List<Statement> date(Article article, List<Statement> statements) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(statements, "statements");
    LocalDate published = day(article.publishedDate());
    LocalDate fetched = day(article.getFetchedAt());
    List<Statement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      out.add(date(s, published, fetched, article.getPublishedAt()));
    }
    return out;
  }

  private Statement date(
      Statement s, @Nullable LocalDate published, @Nullable LocalDate fetched, @Nullable String publishedAt) {
    Statement.Builder b = s.toBuilder();
    if (s.getPublishedAt() == null) {
      b.setPublishedAt(publishedAt);
    }
    LocalDate reference = published != null ? published : fetched;
    TimeExpression t = governingExpression(s, reference);
    if (t != null) {
      return b.setStatementDate(t.date().toString()).setDateBasis(t.basis()).setDateText(t.text()).build();
    }
    if (published != null) {
      return b.setStatementDate(published.toString()).setDateBasis(PUBLISHED).setDateText(null).build();
    }
    if (fetched != null) {
      return b.setStatementDate(fetched.toString()).setDateBasis(FETCHED).setDateText(null).build();
    }
    return b.setStatementDate(null).setDateBasis(NONE).setDateText(null).build();
  }

  /** Rule 1: the day-precise, not-future expression of the attribution frame nearest to the cue. */
  private @Nullable TimeExpression governingExpression(Statement s, @Nullable LocalDate reference) {
    String context = s.getContext();
    if (context.isEmpty()) {
      return null;
    }
    boolean[] masked = new boolean[context.length()];
    int[] text = maskText(context, s.getText(), masked);
    maskQuotes(context, masked);
    int[] anchor = anchor(context, s.getCue(), masked, text[0], text[1] - text[0]);
    int[] sentence = sentence(context, masked, anchor);
    boolean participle = s.getCue() != null && PARTICIPLE_CUE.matcher(s.getCue()).lookingAt();
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : recognizer.find(context, reference)) {
      if (t.granularity() != Granularity.DAY
          || overlapsMask(masked, t.start(), t.end())
          || (reference != null && t.date().isAfter(reference))
          || t.start() < sentence[0]
          || t.end() > sentence[1]) {
        continue;
      }
      int distance = Math.max(0, Math.max(anchor[0] - t.end(), t.start() - anchor[1]));
      if (distance < bestDistance && sameClause(context, masked, t, anchor, sentence[0], participle)) {
        best = t;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Whether {@code t} modifies the cue's clause: nothing but unbroken words lies between them ("told reporters at
   * the ministry on Monday"), or {@code t} opens the sentence as an adverbial ("On Monday, the minister said"), or
   * the cue is a participle hanging off the clause {@code t} is in ("rejected it on Sunday, saying"). A comma,
   * semicolon, dash or bracket, or a word opening another clause ("that", "who", "after"), in between means
   * {@code t} is about some other event ("after the vote on Friday, he said") — unless only the inverted speaker and
   * one appositive separate the cue from a time that ends the sentence ("said Ada Roe, a teacher, on May 2."), or the
   * author and handle of a signed post ("— Ada Roe (@ada) May 2, 2016").
   */
  private static boolean sameClause(
      String context, boolean[] masked, TimeExpression t, int[] anchor, int sentenceStart, boolean participle) {
    int from = t.end() <= anchor[0] ? t.end() : anchor[1];
    int to = t.end() <= anchor[0] ? anchor[0] : t.start();
    if (from >= to) {
      return true;
    }
    String between = unmasked(context, masked, from, to);
    if (between == null || OTHER_CLAUSE.matcher(between).find()) {
      return false;
    }
    if (!CLAUSE_PUNCTUATION.matcher(between).find()) {
      return true;
    }
    if (t.end() > anchor[0]) {
      return (SPEAKER_AND_APPOSITIVE.matcher(between).matches() || SIGNED_POST.matcher(between).matches())
          && SENTENCE_END.matcher(context).region(t.end(), context.length()).lookingAt();
    }
    return participle
        || (OPENER.matcher(context).region(sentenceStart, t.start()).matches()
            && OPENING_COMMA.matcher(context).region(t.end(), context.length()).lookingAt());
  }

  /**
   * {@code context[from, to)} with quoted (masked) characters left out, or null when that is longer than {@link
   * #MAX_CLAUSE_GAP}: too far to be one clause, and no long text is copied per expression.
   */
  private static @Nullable String unmasked(String context, boolean[] masked, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (!masked[i]) {
        if (b.length() == MAX_CLAUSE_GAP) {
          return null;
        }
        b.append(context.charAt(i));
      }
    }
    return b.toString();
  }

  /**
   * The sentence around {@code anchor}: sentence ends are unquoted {@code .!?} followed by a space, except after a
   * short capitalised word ("Mr.", "Gen.", "U.S.").
   */
  private static int[] sentence(String context, boolean[] masked, int[] anchor) {
    int start = 0;
    for (int i = anchor[0] - 1; i >= 0; i--) {
      if (sentenceEnd(context, masked, i)) {
        start = i + 1;
        break;
      }
    }
    int end = context.length();
    for (int i = anchor[1]; i < context.length(); i++) {
      if (sentenceEnd(context, masked, i)) {
        end = i + 1;
        break;
      }
    }
    return new int[] {start, end};
  }

  private static boolean sentenceEnd(String context, boolean[] masked, int i) {
    char c = context.charAt(i);
    if ((c != '.' && c != '!' && c != '?') || masked[i] || i + 1 >= context.length()
        || !Character.isWhitespace(context.charAt(i + 1))) {
      return false;
    }
    int w = i;
    while (w > 0 && Character.isLetter(context.charAt(w - 1))) {
      w--;
    }
    return !(i - w <= 3 && i > w && Character.isUpperCase(context.charAt(w)));
  }

  /** The span of the cue occurrence nearest to the statement, else the statement's span, else the whole context. */
  private static int[] anchor(String context, @Nullable String cue, boolean[] masked, int textAt, int textLength) {
    int[] text = textAt >= 0 ? new int[] {textAt, textAt + textLength} : new int[] {0, context.length()};
    if (cue == null || cue.isBlank()) {
      return text;
    }
    String lower = context.toLowerCase(Locale.ROOT);
    String needle = cue.toLowerCase(Locale.ROOT);
    int[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
      int end = i + needle.length();
      if (overlapsMask(masked, i, end)) {
        continue;
      }
      int distance = Math.max(0, Math.max(text[0] - end, i - text[1]));
      if (distance < bestDistance) {
        best = new int[] {i, end};
        bestDistance = distance;
      }
    }
    return best != null ? best : text;
  }

  /**
   * Masks the statement's words in its context and returns their extent ({@code {-1, -1}} when not found). A quote
   * joined across its attribution ({@link Statement#ELISION}) has its parts masked one by one, so the attribution
   * between them ("she said on Monday") stays readable.
   */
  private static int[] maskText(String context, String text, boolean[] masked) {
    int start = -1;
    int end = -1;
    int from = 0;
    for (String part : text.split(Pattern.quote(Statement.ELISION), -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int at = context.indexOf(part, from);
      if (at < 0) {
        break;
      }
      mask(masked, at, at + part.length());
      start = start < 0 ? at : start;
      end = at + part.length();
      from = end;
    }
    return new int[] {start, end};
  }

  /** Masks “curly” and "straight" quotations, pairing marks left to right in one pass. */
  private static void maskQuotes(String context, boolean[] masked) {
    int curly = -1;
    int straight = -1;
    for (int i = 0; i < context.length(); i++) {
      char c = context.charAt(i);
      if (c == '“') {
        curly = i;
      } else if (c == '”' && curly >= 0) {
        mask(masked, curly, i + 1);
        curly = -1;
      } else if (c == '"') {
        if (straight >= 0) {
          mask(masked, straight, i + 1);
          straight = -1;
        } else {
          straight = i;
        }
      }
    }
  }

  private static void mask(boolean[] masked, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(masked.length, to); i++) {
      masked[i] = true;
    }
  }

  private static boolean overlapsMask(boolean[] masked, int from, int to) {
    for (int i = from; i < to; i++) {
      if (masked[i]) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable LocalDate day(@Nullable String isoTime) {
    if (isoTime == null || isoTime.length() < 10 || !ISO_DAY.matcher(isoTime.substring(0, 10)).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(isoTime.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
