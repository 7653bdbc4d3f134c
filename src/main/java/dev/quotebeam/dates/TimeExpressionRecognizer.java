package dev.quotebeam.dates;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds English time expressions in text and resolves them against a reference (publication) date.
 *
 * <p>With reference Tue 2021-03-09: {@code "told journalists on Monday"} gives {@code "on Monday" ->
 * 2021-03-08 (weekday)}; {@code "said Sunday"} gives {@code 2021-03-07}; {@code "Mar. 3"} gives {@code 2021-03-03
 * (explicit)}; {@code "last week"} gives {@code 2021-W09 (relative)}; {@link #timexes} also gives {@code "for three
 * years" -> DURATION P3Y} and {@code "now" -> PRESENT_REF}.
 *
 * <p>Recognised, in this order of the rule table (overlaps go to the earliest, then longest, then first-listed
 * match):
 *
 * <ol>
 *   <li>explicit dates: {@code March 5, 2021}, {@code Mar. 5}, {@code Mar 5th}, {@code Mar. 3-5} (start),
 *       {@code 5 March 2021}, {@code 05-Mar-2021}, {@code 2021-03-05}, {@code 2021/03/05}, {@code 03/05/2021} (US
 *       order unless the first number cannot be a month: {@code 21/04/2016}), {@code 13.05.2019} (day first),
 *       {@code March 2021}, {@code May twenty-first}, {@code the tenth of June}, lower-case {@code jan 5} (not
 *       "may", "march", "august"), {@code on 4/22} (after a preposition only);
 *   <li>days written in part: {@code the 27th} (latest such day; not "the 27th floor"), {@code the 20th of next
 *       month}, {@code Friday the 13th}, {@code Mon 13th}, {@code the second Monday of next month}, and a weekday
 *       before a date ({@code Monday, January 6, 2020}) as one expression with the date's value;
 *   <li>months and years: {@code in June}, {@code last June}, {@code early December}, {@code October of next
 *       year}, {@code mid-2011};
 *   <li>weekdays: {@code Sunday}, {@code on Monday}, {@code last/this/next/past/coming Tuesday} ({@code last} and
 *       {@code next} name that day of the week before or after the reference's, Monday-based), {@code Friday
 *       afternoon} (TIME), {@code Tuesday of next week};
 *   <li>offsets and clock times: {@code two weeks from now}, {@code in three weeks} (future clauses only; else a
 *       duration), {@code 18:00 UTC}, {@code 8 p.m. Monday};
 *   <li>deictic words: {@code yesterday}, {@code last night}, {@code today}, {@code tonight}, {@code this
 *       morning}, {@code tomorrow}, {@code this weekend};
 *   <li>spans ago: {@code two days ago}, {@code a week ago} (day granularity), {@code three months ago};
 *   <li>calendar units: {@code last/this/next week|month|year}, {@code earlier this month}, {@code the third
 *       quarter}, {@code last summer};
 *   <li>bare years, decades and centuries: {@code 1995}, {@code the 1990s}, {@code the 20th century};
 *   <li>TimeML-only: durations ({@code three years}, {@code a four-week course}, {@code recent weeks}), {@code
 *       now}/{@code currently}/{@code recently}/{@code the future}, repeated times ({@code every week}, {@code
 *       annually}).
 * </ol>
 *
 * <p>{@link #find} returns what names a calendar period (the statement dater's input); {@link #timexes} returns
 * everything as TimeML TIMEX3 type and value. Ranges ({@code between Mar. 3 and Mar. 5}) come back from {@link
 * #find} as one expression dated by their start. Weekdays and year-less dates depend on tense: in news past tense
 * a bare weekday is the most recent such day on or before the reference (the reference day itself when the
 * weekdays agree), in future tense ("will meet on Friday", "closed until Friday") the next one after it; a
 * year-less day more than 300 days back is read ahead instead when it falls within 45 days after the reference
 * ("a June 1 deadline" in late May). Month names must be capitalised, so "may" and "march" as words are not dates,
 * and a bare "May" needs a modifier ("in May"). An impossible date ("February 30, 2020") is no expression at all,
 * not even its year. Expressions that need a reference date are skipped when there is none.
 *
 * <p>Every pattern is linear (no nested quantifiers, bounded gaps), and patterns that need a month name, a digit,
 * a weekday or a unit word only run near such words: 1 MB of date-dense news (TempEval-3 texts) takes about 0.25 s,
 * 4 MB about 1.2 s ({@code TimeExpressionBenchmark}). Immutable and thread-safe.
 */
public final class TimeExpressionRecognizer implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String MONTH =
      "((?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|january|february|april|june|july|september|october|november|december)(?![A-Za-z])"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|jan|feb|apr|jun|jul|sept?|oct|nov|dec)"
          + "(?![A-Za-z])\\.?)";
  /** "first" to "thirty-first", as written for a day of the month; not a prefix ("second-quarter"). */
  private static final String ORDINAL_WORD =
      "(?i:(?:(?:twenty|thirty)[\\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
          + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
          + "|twentieth|thirtieth))(?![\\w-])";
  private static final String DAY_NUM = "(\\d{1,2}(?:st|nd|rd|th)?\\b|" + ORDINAL_WORD + ")";
  private static final String YEAR = "((?:1[89]|20)\\d\\d)\\b";
  private static final String WEEKDAY = "(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b";
  private static final String NUMBER =
      "(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|several|a few|few|many|\\d{1,3})";
  private static final String UNIT =
      "(second|minute|hour|day|week|month|year|decade|centur(?:y|ie)|quarter(?!\\s{1,3}of\\b))s?\\b";

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "(?:\\s{0,3}(?:the\\s{1,3})?|[-/])" + DAY_NUM + "(?:\\s?[-–]\\s?\\d{1,2}\\b)?(?!\\s?[:.]\\d)"
              + "(?:(?:\\s?,?\\s{1,3}|\\s{1,3}(?:of|in)\\s{1,3}|-)" + YEAR + ")?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![$€£]\\s?)\\b" + DAY_NUM + "(?:\\s{1,3}(?:of\\s{1,3})?|[-/])" + MONTH
              + "(?:(?:\\s?,?\\s{1,3}|\\s{1,3}(?:of|in)\\s{1,3}|[-/])" + YEAR + ")?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s{1,3}(?:of\\s{1,3})?" + YEAR);
  private static final Pattern ISO_DATE =
      Pattern.compile("\\b((?:1[89]|20)\\d\\d)([-/.])(\\d{1,2})\\2(\\d{1,2})\\b(?![-/.]\\d)");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![\\d/.-])\\b(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b(?![-/.]\\d)");
  private static final Pattern MODIFIED_MONTH =
      Pattern.compile(
          "\\b((?i:(?:in|last|this|next|early|late|mid-?|since|by|until|during|before|after|through)\\s{1,3}){0,2})"
              + MONTH
              + "(?!\\s{0,3}\\d)(?:\\s{1,3}of\\s{1,3}((?i:this|last|next))\\s{1,3}year\\b)?");
  private static final Pattern PREPOSED_YEAR =
      Pattern.compile("\\b(?i:(early|late|mid-?|the end of|the start of|the beginning of)\\s{0,3})" + YEAR + "(?![-/]\\d)");
  private static final Pattern BARE_YEAR =
      Pattern.compile("(?<![\\w$£€#/.,:-])((?:1[89]|20)\\d\\d)(?![\\w%/]|[.,:]\\d|\\s?(?:percent|per cent))");
  private static final Pattern DECADE =
      Pattern.compile("(?:\\b(?:the\\s{1,3})?((?:1[89]|20)\\d)|(?<![\\w$£€])['’]?([2-9]))0['’]?s\\b");
  private static final Pattern CENTURY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)[\\s-]century\\b");
  private static final Pattern WEEKDAY_EXPR =
      Pattern.compile(
          "\\b(?i:(on|last|this\\s{1,3}upcoming|this|next|past|coming|upcoming|previous|following)\\s{1,3})?" + WEEKDAY
              + "(?i:\\s{1,3}(morning|afternoon|evening|night))?");
  private static final Pattern WEEK_WEEKDAY =
      Pattern.compile(
          "(?i)\\b(?:on\\s{1,3})?(?:(this|next|last|previous|following)\\s{1,3}week['’]?s?\\s{1,3}(?:on\\s{1,3})?" + WEEKDAY
              + "|" + WEEKDAY + "\\s{1,3}(?:of\\s{1,3})?(?:the\\s{1,3})?(this|next|last|previous|following)\\s{1,3}week)\\b");
  private static final String SHORT_WEEKDAY =
      "((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\b";
  /** "the 27th", "on the 4th.", "the 20th of next month": a written ordinal that no noun or month follows. */
  private static final Pattern ORDINAL_DAY =
      Pattern.compile(
          "(?i)\\bthe\\s{1,3}(\\d{1,2}(?:st|nd|rd|th))\\b(?:\\s{1,3}(?:day\\s{1,3})?of\\s{1,3}"
              + "(?:the\\s{1,3})?(this|next|last|previous|following|the\\s{1,3}(?:next|previous))\\s{1,3}month\\b"
              + "|(?!\\s{0,3}[\\w%$-]|\\s{0,3}[.,]\\d))");
  /** "Friday the 15th", "Sunday 31", "Mon 13th", "Tuesday the eleventh": a weekday and a day of the month. */
  private static final Pattern WEEKDAY_DAY =
      Pattern.compile(
          "\\b(?i:on\\s{1,3})?" + SHORT_WEEKDAY + ",?\\s{1,3}(?:the\\s{1,3})?(\\d{1,2}(?:st|nd|rd|th)\\b|" + ORDINAL_WORD
              + "|\\d{1,2}\\b(?!\\s{0,3}[\\w%$]|\\s{0,3}[:./,-]\\d))");
  /** "the first Friday of July", "the second Monday of next month", "the third Tuesday in November 2020". */
  private static final Pattern NTH_WEEKDAY =
      Pattern.compile(
          "(?i)\\b(?:the\\s{1,3})?(first|second|third|fourth|1st|2nd|3rd|4th)\\s{1,3}" + WEEKDAY
              + "\\s{1,3}(?:of|in)\\s{1,3}(?:(?:the\\s{1,3})?(this|next|last|previous|following)\\s{1,3}month\\b|(?-i:"
              + MONTH + ")(?:,?\\s{1,3}" + YEAR + ")?)");
  /** "on 4/22", "by 22/04": a year-less numeric date, only after a preposition (a bare "3/4" is a fraction). */
  private static final Pattern SLASH_DAY =
      Pattern.compile("(?i)\\b(?:on|by|until|since|from|before|after)\\s{1,3}(\\d{1,2})/(\\d{1,2})\\b(?![/.,]?\\d)");
  /** "in three weeks", "in two years' time": a day counted from the reference, in a future clause only. */
  private static final Pattern IN_OFFSET =
      Pattern.compile(
          "(?i)\\bin\\s{1,3}" + NUMBER + "\\s{1,3}(day|week|month|year)s?\\b(?:['’]s?\\s{1,3}time\\b)?");
  private static final Pattern OFFSET =
      Pattern.compile(
          "(?i)\\b" + NUMBER + "\\s{1,3}(day|week|month|year)s?\\s{1,3}(from|after|before)\\s{1,3}"
              + "(now|today|tomorrow|tmrw|yesterday)\\b");
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?i)(?<![:.])\\b(?:(\\d{1,2}):(\\d{2})(?!:\\d)|(\\d{1,2})(?=\\s?[ap]\\.?m\\b)"
              + "|([01]\\d|2[0-3])([0-5]\\d)(?=\\s(?:UTC|GMT)\\b))"
              + "(?:\\s?([ap])\\.?m\\b\\.?)?(?:\\s{1,3}(UTC|GMT)\\b)?"
              + "(?:\\s{1,3}(?:on\\s{1,3})?(?:" + WEEKDAY + "|(today|yesterday|tomorrow)\\b))?");
  private static final Pattern WEEKEND =
      Pattern.compile("(?i)\\b(this|last|next|the|past|coming)\\s{1,3}weekend\\b");
  private static final Pattern DEICTIC =
      Pattern.compile(
          "(?i)\\b(the day before yesterday|day before yesterday|the day after (?:tomorrow|tmrw)|yesterday|last night"
              + "|today|tonight|this (?:morning|afternoon|evening)|earlier today|tomorrow|tmrw)\\b");
  private static final Pattern AGO =
      Pattern.compile("(?i)\\b" + NUMBER + "\\s{1,3}(day|week|month|year|decade)s?\\s{1,3}ago\\b");
  private static final Pattern CALENDAR_UNIT =
      Pattern.compile(
          "(?i)\\b(?:the\\s{1,3})?((?:(?:early|late|earlier|later)\\s{1,3})?(?:last|this|next|past|coming|current))"
              + "\\s{1,3}(?:fiscal\\s{1,3})?(week|month|year)\\b");
  private static final Pattern QUARTER =
      Pattern.compile(
          "(?i)\\b(?:the\\s{1,3})?(first|second|third|fourth|final|last|previous|1st|2nd|3rd|4th)[\\s-]{1,3}quarter"
              + "(?:\\s{1,3}of\\s{1,3}(?:(this|last|next)\\s{1,3}year|" + YEAR + "))?\\b");
  private static final Pattern SEASON =
      Pattern.compile("(?i)\\b(?:(last|this|next|past|early|late)\\s{1,3})?(spring|summer|autumn|fall|winter)\\b");
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)\\b(?:((?:the\\s{1,3})?(?:past|last|next|coming|following|previous|first|final)|almost|nearly)\\s{1,3})?"
              + "(?:" + NUMBER + "(?:\\s{1,3}|-))?"
              + "(?:(?:straight|consecutive|full|more|additional|trading|business|working)\\s{1,3})?"
              + UNIT);
  private static final Pattern VAGUE_DURATION =
      Pattern.compile("(?i)(?:\\brecent\\s{1,3}|(?<=\\bfor\\s)|(?<=\\bover the\\s))(day|week|month|year|decade)s\\b");
  private static final Pattern REFERENCE =
      Pattern.compile("(?i)\\b(now|nowadays|currently|recently|the past|the future)\\b(?!-)");
  private static final Pattern SET =
      Pattern.compile(
          "(?i)\\b(?:(?:every|each)\\s{1,3}(day|week|month|year|morning|afternoon|evening|night)"
              + "|(daily|weekly|monthly|annually|yearly))\\b");
  private static final Pattern LEADING_PREPOSITION =
      Pattern.compile("(?i)^(?:on|in|since|by|until|till|during|before|after|from|between|at|of|through)\\s{1,3}");
  private static final Pattern RANGE_JOIN = Pattern.compile("\\s{0,3}(?:and|to|until|through|thru|-|–)\\s{0,3}");
  private static final Pattern RANGE_OPEN = Pattern.compile("(?i)\\b(?:between|from)\\s{1,3}$");
  private static final Pattern FUTURE_MARKER =
      Pattern.compile(
          "(?i)(?:\\b(?:will|shall|won['’]t|would|should|might|could|(?-i:may)|going to|plans? to|planned to"
              + "|planning to|scheduled|expected|is to|are to|to be|due to|set to|intends? to|upcoming|until|till)\\b"
              + "|['’]ll\\b)");
  private static final Pattern WEEKDAY_DATE_GAP = Pattern.compile("(?i),?[ \\t\\u00A0]{1,3}(?:the[ \\t\\u00A0]{1,3})?"); // not across a line break
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?;:,“”\"\\n]");

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
          Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
          Map.entry("twenty", 20), Map.entry("thirty", 30),
          Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("hundred", 100));

  /**
   * A year-less day outside future tense is the latest such day, unless that is more than {@code NEAR_PAST_DAYS}
   * back while the next one is at most {@code NEAR_FUTURE_DAYS} ahead: "a June 1 deadline" in late May.
   */
  private static final int NEAR_PAST_DAYS = 300;

  private static final int NEAR_FUTURE_DAYS = 45;

  /** Characters around an anchor word (month, digit, weekday, unit) that a pattern anchored on it may span. */
  private static final int WINDOW = 80;

  private static final java.util.Set<String> MONTH_PREFIXES =
      java.util.Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private static final java.util.Set<String> SHORT_WEEKDAYS =
      java.util.Set.of("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun");

  /** Month names that are no other English word may be written in lower case ("jan 5"): not may, march, august. */
  private static final java.util.Set<String> LOWER_MONTH_PREFIXES =
      java.util.Set.of("jan", "feb", "apr", "jun", "jul", "sep", "oct", "nov", "dec");

  private static final List<String> ORDINALS =
      List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
          "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
          "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
          "thirty-first");

  private static final List<String> UNIT_STEMS =
      List.of("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur", "quarter");

  /** How far back (characters) the tense of an expression is looked for, within its clause. */
  private static final int TENSE_WINDOW = 80;

  private static final TimeExpressionRecognizer DEFAULTS = new TimeExpressionRecognizer();

  private TimeExpressionRecognizer() {}

  /** The recognizer with the English rules above; it holds no state, so one instance serves every thread. */
  public static TimeExpressionRecognizer withDefaults() {
    return DEFAULTS;
  }

  /** {@link #find(String, LocalDate, Tense)} with the tense of each expression read from its clause. */
  public List<TimeExpression> find(String text, @Nullable LocalDate reference) {
    return find(text, reference, Tense.AUTO);
  }

  /**
   * All time expressions in {@code text} that name a calendar period, in text order, resolved against {@code
   * reference}; expressions that cannot be resolved (no reference, impossible dates) are skipped.
   */
  public List<TimeExpression> find(String text, @Nullable LocalDate reference, Tense tense) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tense, "tense");
    List<Candidate> dated = new ArrayList<>();
    for (Candidate c : candidates(text, reference, tense)) {
      if (c.resolved == null || c.resolved.date != null) {
        dated.add(c);
      }
    }
    List<TimeExpression> found = new ArrayList<>();
    for (Candidate c : nonOverlapping(dated)) {
      Resolved r = c.resolved;
      if (r == null) {
        continue;
      }
      found.add(new TimeExpression(c.start, c.end, text.substring(c.start, c.end), r.date, r.granularity, r.basis));
    }
    return mergeRanges(text, found);
  }

  /**
   * Every time expression in {@code text} as a TimeML TIMEX3, in text order: dates, times of day, durations
   * ({@code "three years" -> P3Y}), repeated times ({@code "every week" -> P1W}) and the document-relative
   * {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}. Spans leave out a leading preposition ("on
   * Monday" gives "Monday") and ranges stay two expressions, as TimeML marks them.
   */
  public List<Timex> timexes(String text, @Nullable LocalDate reference) {
    Objects.requireNonNull(text, "text");
    List<Timex> out = new ArrayList<>();
    for (Candidate c : nonOverlapping(candidates(text, reference, Tense.AUTO))) {
      if (c.resolved == null) {
        continue;
      }
      int start = c.start;
      Matcher p = LEADING_PREPOSITION.matcher(text).region(c.start, c.end);
      if (p.lookingAt() && p.end() < c.end) {
        start = p.end();
      }
      out.add(new Timex(start, c.end, text.substring(start, c.end), c.resolved.type, c.resolved.value));
    }
    return out;
  }

  private static List<Candidate> candidates(String text, @Nullable LocalDate reference, Tense tense) {
    List<int[]> whole = List.of(new int[] {0, text.length()});
    List<int[]> months = windows(text, TimeExpressionRecognizer::monthWord);
    List<int[]> digits = windows(text, (t, i, end) -> Character.isDigit(t.charAt(i)));
    List<int[]> weekdays = windows(text, TimeExpressionRecognizer::weekdayWord);
    List<int[]> units = windows(text, TimeExpressionRecognizer::unitWord);
    List<Candidate> out = new ArrayList<>();
    Collector c = (pattern, windows, rule) -> collect(pattern, text, windows, rule, reference, tense, out);
    c.collect(MONTH_DAY_YEAR, months, m -> monthDay(month(m.group(1)), m.group(2), m.group(3)));
    c.collect(DAY_MONTH_YEAR, months, m -> monthDay(month(m.group(2)), m.group(1), m.group(3)));
    c.collect(MONTH_YEAR, months, m -> r -> month(month(m.group(1)), m.group(2)));
    c.collect(ISO_DATE, digits, m -> r -> absolute(r, m.group(1), m.group(3), m.group(4)));
    c.collect(NUMERIC_DATE, digits, m -> r -> numeric(r, m.group(1), m.group(2), m.group(3), m.group(4)));
    c.collect(MODIFIED_MONTH, months, m -> r -> modifiedMonth(r, m.group(1), m.group(2), m.group(3)));
    c.collect(PREPOSED_YEAR, digits, m -> r -> year(m.group(2)));
    c.collect(WEEKDAY_EXPR, weekdays, m -> r -> weekday(r, m.group(1), m.group(2), m.group(3)));
    c.collect(WEEK_WEEKDAY, weekdays, m -> r -> weekOfWeekday(r, m));
    c.collect(ORDINAL_DAY, digits, m -> r -> ordinalDay(r, m.group(1), m.group(2)));
    c.collect(WEEKDAY_DAY, windows(text, TimeExpressionRecognizer::anyWeekdayWord), m -> r -> weekdayDay(r, m.group(1), m.group(2)));
    c.collect(NTH_WEEKDAY, weekdays, m -> r -> nthWeekday(r, m));
    c.collect(SLASH_DAY, digits, m -> yearless(m.group(1), m.group(2)));
    c.collect(IN_OFFSET, units, m -> r -> inOffset(r, m.group(1), m.group(2)));
    c.collect(OFFSET, units, m -> r -> offset(r, m.group(1), m.group(2), m.group(3), m.group(4)));
    c.collect(CLOCK, digits, m -> r -> clock(r, m));
    c.collect(WEEKEND, whole, m -> r -> weekend(r, m.group(1)));
    c.collect(DEICTIC, whole, m -> r -> deictic(r, m.group(1)));
    c.collect(AGO, units, m -> r -> ago(r, m.group(1), m.group(2)));
    c.collect(CALENDAR_UNIT, units, m -> r -> calendarUnit(r, m.group(1), m.group(2)));
    c.collect(QUARTER, units, m -> r -> quarter(r, m.group(1), m.group(2), m.group(3)));
    c.collect(SEASON, whole, m -> r -> season(r, m.group(1), m.group(2)));
    c.collect(BARE_YEAR, digits, m -> r -> year(m.group(1)));
    c.collect(DECADE, digits, m -> r -> decade(m.group(1), m.group(2)));
    c.collect(CENTURY, digits, m -> r -> century(m.group(1)));
    c.collect(DURATION, units, m -> r -> duration(m.group(1), m.group(2), m.group(3)));
    c.collect(VAGUE_DURATION, units, m -> r -> Resolved.timex(Timex.DURATION, durationValue("X", m.group(1))));
    c.collect(REFERENCE, whole, m -> r -> reference(m.group(1)));
    c.collect(SET, whole, m -> r -> set(m.group(1), m.group(2)));
    addWeekdayDates(text, out);
    return out;
  }

  /** Whether the word {@code text[start, end)} may anchor a pattern. */
  private interface Trigger {
    boolean test(String text, int start, int end);
  }

  private interface Collector {
    void collect(Pattern pattern, List<int[]> windows, Rule rule);
  }

  /**
   * The stretches of {@code text} around the words that fire {@code trigger}, merged: a pattern that needs a month
   * name, a digit, a weekday or a unit word only runs there, which keeps a long text from being scanned by every
   * pattern. {@link #WINDOW} is wider than any expression reaches from its anchor word.
   */
  private static List<int[]> windows(String text, Trigger trigger) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && Character.isLetter(text.charAt(end)) == Character.isLetter(text.charAt(i))
          && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (trigger.test(text, i, end)) {
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(n, end + WINDOW);
        int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && from <= last[1]) {
          last[1] = to;
        } else {
          out.add(new int[] {from, to});
        }
      }
      i = end;
    }
    return out;
  }

  private static boolean monthWord(String text, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    String prefix = text.substring(start, start + 3);
    return Character.isUpperCase(text.charAt(start))
        ? MONTH_PREFIXES.contains(prefix)
        : LOWER_MONTH_PREFIXES.contains(prefix);
  }

  private static boolean weekdayWord(String text, int start, int end) {
    return end - start >= 6 && text.regionMatches(true, end - 3, "day", 0, 3);
  }

  private static boolean anyWeekdayWord(String text, int start, int end) {
    return weekdayWord(text, start, end) || SHORT_WEEKDAYS.contains(text.substring(start, end));
  }

  private static boolean unitWord(String text, int start, int end) {
    for (String unit : UNIT_STEMS) {
      if (end - start >= unit.length() && text.regionMatches(true, start, unit, 0, unit.length())) {
        return true;
      }
    }
    return false;
  }

  /** A match with its resolution; an impossible date has none but still hides the expressions inside it. */
  private static final class Candidate {
    final int start;
    final int end;
    final @Nullable Resolved resolved;

    Candidate(int start, int end, @Nullable Resolved resolved) {
      this.start = start;
      this.end = end;
      this.resolved = resolved;
    }
  }

  /**
   * What a match resolves to: a calendar period ({@code date}, {@code granularity}, {@code basis}; null for
   * durations and the like) and its TIMEX3 type and value.
   */
  private static final class Resolved {
    final @Nullable LocalDate date;
    final @Nullable Granularity granularity;
    final String basis;
    final String type;
    final String value;

    private Resolved(
        @Nullable LocalDate date, @Nullable Granularity granularity, String basis, String type, String value) {
      this.date = date;
      this.granularity = granularity;
      this.basis = basis;
      this.type = type;
      this.value = value;
    }

    static Resolved period(LocalDate date, Granularity granularity, String basis) {
      return new Resolved(date, granularity, basis, Timex.DATE, TimeExpression.value(date, granularity));
    }

    static Resolved timex(String type, String value) {
      return new Resolved(null, null, "", type, value);
    }

    /** The same day at a part of the day: TIMEX3 {@code 2013-03-22TAF}. */
    Resolved at(@Nullable String partOfDay) {
      return partOfDay == null ? this : new Resolved(date, granularity, basis, Timex.TIME, value + "T" + partOfDay);
    }
  }

  /** The tense-aware part of a resolution: given the effective tense, the period or null. */
  private interface Resolution {
    @Nullable Resolved resolve(Ref ref);
  }

  /** The reference date and the effective tense of one expression. */
  private static final class Ref {
    final @Nullable LocalDate date;
    final boolean future;

    Ref(@Nullable LocalDate date, boolean future) {
      this.date = date;
      this.future = future;
    }
  }

  private interface Rule {
    Resolution apply(Matcher m);
  }

  private static void collect(
      Pattern pattern,
      String text,
      List<int[]> windows,
      Rule rule,
      @Nullable LocalDate reference,
      Tense tense,
      List<Candidate> out) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int[] w : windows) {
      m.region(w[0], w[1]);
      while (m.find()) {
        if (m.end() > m.start()) {
          add(m, text, rule, reference, tense, out);
        }
      }
    }
  }

  private static void add(
      Matcher m, String text, Rule rule, @Nullable LocalDate reference, Tense tense, List<Candidate> out) {
    boolean future = tense == Tense.FUTURE || (tense == Tense.AUTO && futureClause(text, m.start()));
    try {
      Resolved r = rule.apply(m).resolve(new Ref(reference, future));
      if (r != null) {
        out.add(new Candidate(m.start(), m.end(), r));
      }
    } catch (DateTimeException | NumberFormatException e) {
      out.add(new Candidate(m.start(), m.end(), null)); // "February 30, 2020": no date, and its year alone is none
    }
  }

  /** Whether the clause before {@code at} marks the future ("will meet on Friday"). */
  private static boolean futureClause(String text, int at) {
    int from = Math.max(0, at - TENSE_WINDOW);
    Matcher b = CLAUSE_BREAK.matcher(text).region(from, at);
    int clauseStart = from;
    while (b.find()) {
      clauseStart = b.end();
    }
    return FUTURE_MARKER.matcher(text).region(clauseStart, at).find();
  }

  /**
   * "Monday, January 12, 2016", "Friday 15 March": a weekday written before a day-precise explicit date becomes
   * part of it and takes its value, so the weekday alone does not resolve to another day.
   */
  private static void addWeekdayDates(String text, List<Candidate> out) {
    Map<Integer, Candidate> explicitByStart = new java.util.TreeMap<>();
    for (Candidate c : out) {
      if (c.resolved != null && TimeExpression.EXPLICIT.equals(c.resolved.basis)
          && c.resolved.granularity == Granularity.DAY) {
        explicitByStart.merge(c.start, c, (a, b) -> a.end >= b.end ? a : b);
      }
    }
    List<Candidate> merged = new ArrayList<>();
    for (Candidate c : out) {
      if (c.resolved == null || !TimeExpression.WEEKDAY.equals(c.resolved.basis)) {
        continue;
      }
      Matcher gap = WEEKDAY_DATE_GAP.matcher(text).region(c.end, Math.min(text.length(), c.end + 12));
      Candidate date = gap.lookingAt() ? explicitByStart.get(gap.end()) : null;
      if (date != null) {
        merged.add(new Candidate(c.start, date.end, date.resolved));
      }
    }
    out.addAll(merged);
  }

  /** Keeps the earliest, then longest, of overlapping candidates (ties: the earlier rule). */
  private static List<Candidate> nonOverlapping(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparing(c -> -c.end));
    List<Candidate> kept = new ArrayList<>();
    int covered = 0;
    for (Candidate c : sorted) {
      if (c.start >= covered) {
        kept.add(c);
        covered = c.end;
      }
    }
    return kept;
  }

  /** Joins "between A and B" / "from A to B" into one expression dated by A. */
  private static List<TimeExpression> mergeRanges(String text, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      TimeExpression a = found.get(i);
      if (i + 1 < found.size()) {
        TimeExpression b = found.get(i + 1);
        Matcher open = RANGE_OPEN.matcher(text.substring(Math.max(0, a.start() - 12), a.start()));
        if (open.find()
            && RANGE_JOIN.matcher(text.substring(a.end(), b.start())).matches()
            && !b.date().isBefore(a.date())) {
          int start = a.start() - (open.end() - open.start());
          out.add(new TimeExpression(start, b.end(), text.substring(start, b.end()), a.date(), a.granularity(), a.basis()));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static Resolution monthDay(int month, String day, @Nullable String year) {
    int d = dayNumber(day);
    if (year != null) {
      return r -> Resolved.period(LocalDate.of(Integer.parseInt(year), month, d), Granularity.DAY, TimeExpression.EXPLICIT);
    }
    return r -> {
      if (r.date == null) {
        return null;
      }
      LocalDate back = null;
      LocalDate ahead = null;
      for (int y = r.date.getYear() - 1; y <= r.date.getYear() + 1; y++) {
        if (d > YearMonth.of(y, month).lengthOfMonth()) {
          continue;
        }
        LocalDate c = LocalDate.of(y, month, d);
        if (!c.isAfter(r.date) && (back == null || c.isAfter(back))) {
          back = c;
        }
        if (!c.isBefore(r.date) && (ahead == null || c.isBefore(ahead))) {
          ahead = c;
        }
      }
      boolean forward = r.future
          || back == null
          || (ahead != null
              && back.plusDays(NEAR_PAST_DAYS).isBefore(r.date)
              && !ahead.isAfter(r.date.plusDays(NEAR_FUTURE_DAYS)));
      LocalDate best = forward ? ahead : back;
      return best == null ? null : Resolved.period(best, Granularity.DAY, TimeExpression.EXPLICIT);
    };
  }

  private static Resolved month(int month, String year) {
    return Resolved.period(LocalDate.of(Integer.parseInt(year), month, 1), Granularity.MONTH, TimeExpression.EXPLICIT);
  }

  private static Resolved year(String year) {
    return Resolved.period(LocalDate.of(Integer.parseInt(year), 1, 1), Granularity.YEAR, TimeExpression.EXPLICIT);
  }

  /**
   * "in June", "last June", "early December", "October of next year": a bare "May" (a verb, a name) needs a
   * modifier.
   */
  private static @Nullable Resolved modifiedMonth(Ref r, String modifiers, String name, @Nullable String ofYear) {
    String mod = modifiers.toLowerCase(Locale.ROOT);
    if (r.date == null || (mod.isBlank() && name.equals("May"))) {
      return null;
    }
    int month = month(name);
    YearMonth ref = YearMonth.from(r.date);
    YearMonth same = YearMonth.of(ref.getYear(), month);
    YearMonth resolved;
    if (ofYear != null) {
      String y = ofYear.toLowerCase(Locale.ROOT);
      resolved = same.plusYears(y.equals("last") ? -1 : y.equals("next") ? 1 : 0);
    } else if (mod.contains("this")) {
      resolved = same;
    } else if (mod.contains("last")) {
      resolved = same.isBefore(ref) ? same : same.minusYears(1);
    } else if (mod.contains("next")) {
      resolved = same.isAfter(ref) ? same : same.plusYears(1);
    } else if (r.future) {
      resolved = same.isBefore(ref) ? same.plusYears(1) : same;
    } else {
      resolved = same.isAfter(ref) ? same.minusYears(1) : same;
    }
    return Resolved.period(resolved.atDay(1), Granularity.MONTH, TimeExpression.EXPLICIT);
  }

  /** A two-digit year is taken in the century that puts it at most 20 years after the reference (or 2000). */
  private static Resolved absolute(Ref r, String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      int base = r.date != null ? r.date.getYear() : 2000;
      y += 2000;
      if (y > base + 20) {
        y -= 100;
      }
    }
    return Resolved.period(
        LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)), Granularity.DAY, TimeExpression.EXPLICIT);
  }

  /**
   * "03/05/2021" is month first (US news); "21/04/2016", where the first number cannot be a month, day first;
   * with dashes only a four-digit year makes a date ("10-12-14" may be a score).
   */
  private static @Nullable Resolved numeric(Ref r, String first, String separator, String second, String year) {
    if (!separator.equals("/") && year.length() == 2) {
      return null;
    }
    boolean dayFirst = separator.equals(".") || Integer.parseInt(first) > 12 && Integer.parseInt(second) <= 12;
    return dayFirst ? absolute(r, year, second, first) : absolute(r, year, first, second);
  }

  private static @Nullable Resolved weekday(
      Ref r, @Nullable String modifier, String name, @Nullable String partOfDay) {
    if (r.date == null) {
      return null;
    }
    DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
    LocalDate d;
    LocalDate monday = r.date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if (mod.equals("last") || mod.equals("previous")) {
      d = monday.minusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
    } else if (mod.equals("next") || mod.equals("following")) {
      d = monday.plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
    } else if (mod.equals("past")) {
      d = r.date.with(TemporalAdjusters.previous(day));
    } else if (mod.equals("coming") || mod.endsWith("upcoming")) {
      d = r.date.with(TemporalAdjusters.next(day));
    } else if (mod.equals("this")) {
      d = r.future ? r.date.with(TemporalAdjusters.nextOrSame(day)) : r.date.with(TemporalAdjusters.previousOrSame(day));
    } else {
      d = r.future ? r.date.with(TemporalAdjusters.next(day)) : r.date.with(TemporalAdjusters.previousOrSame(day));
    }
    return Resolved.period(d, Granularity.DAY, TimeExpression.WEEKDAY).at(partOfDay(partOfDay));
  }

  private static @Nullable String partOfDay(@Nullable String word) {
    if (word == null) {
      return null;
    }
    switch (word.toLowerCase(Locale.ROOT)) {
      case "morning":
        return "MO";
      case "afternoon":
        return "AF";
      case "evening":
        return "EV";
      default:
        return "NI";
    }
  }

  /** "Tuesday of next week", "next week Friday", "Sunday last week": that weekday of the named week. */
  private static @Nullable Resolved weekOfWeekday(Ref r, Matcher m) {
    if (r.date == null) {
      return null;
    }
    String week = (m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT);
    String day = m.group(2) != null ? m.group(2) : m.group(3);
    int shift = week.equals("next") || week.equals("following") ? 1 : week.equals("this") ? 0 : -1;
    LocalDate monday = r.date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
    LocalDate d = monday.with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))));
    return Resolved.period(d, Granularity.DAY, TimeExpression.WEEKDAY);
  }

  /**
   * "the 27th" is the latest 27th on or before the reference (the next one in future tense), "the 20th of next
   * month" that day of the named month.
   */
  private static @Nullable Resolved ordinalDay(Ref r, String ordinal, @Nullable String month) {
    if (r.date == null) {
      return null;
    }
    int day = dayNumber(ordinal);
    if (month != null) {
      String mod = month.toLowerCase(Locale.ROOT);
      int shift = mod.endsWith("next") || mod.equals("following") ? 1 : mod.equals("this") ? 0 : -1;
      LocalDate d = YearMonth.from(r.date).plusMonths(shift).atDay(day);
      return Resolved.period(d, Granularity.DAY, TimeExpression.RELATIVE);
    }
    YearMonth m = YearMonth.from(r.date);
    for (int i = 0; i < 3; i++, m = r.future ? m.plusMonths(1) : m.minusMonths(1)) {
      if (day <= m.lengthOfMonth()) {
        LocalDate d = m.atDay(day);
        if (r.future ? !d.isBefore(r.date) : !d.isAfter(r.date)) {
          return Resolved.period(d, Granularity.DAY, TimeExpression.RELATIVE);
        }
      }
    }
    return null;
  }

  /**
   * "Friday the 13th" is the latest month's 13th that fell on a Friday, on or before the reference (the next one
   * in future tense), within three years.
   */
  private static @Nullable Resolved weekdayDay(Ref r, String weekday, String ordinal) {
    if (r.date == null) {
      return null;
    }
    DayOfWeek dow = shortWeekday(weekday);
    int day = dayNumber(ordinal);
    YearMonth m = YearMonth.from(r.date);
    for (int i = 0; i < 36; i++, m = r.future ? m.plusMonths(1) : m.minusMonths(1)) {
      if (day >= 1 && day <= m.lengthOfMonth()) {
        LocalDate d = m.atDay(day);
        if (d.getDayOfWeek() == dow && (r.future ? !d.isBefore(r.date) : !d.isAfter(r.date))) {
          return Resolved.period(d, Granularity.DAY, TimeExpression.EXPLICIT);
        }
      }
    }
    return null;
  }

  private static DayOfWeek shortWeekday(String name) {
    String n = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(n)) {
        return d;
      }
    }
    throw new DateTimeException("not a weekday: " + name);
  }

  /** "the second Monday of next month", "the first Friday in July": that weekday's n-th occurrence in the month. */
  private static @Nullable Resolved nthWeekday(Ref r, Matcher m) {
    String o = m.group(1).toLowerCase(Locale.ROOT);
    int n = o.startsWith("1") || o.equals("first") ? 1 : o.startsWith("2") || o.equals("second") ? 2
        : o.startsWith("3") || o.equals("third") ? 3 : 4;
    DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    YearMonth month;
    if (m.group(5) != null) {
      month = YearMonth.of(Integer.parseInt(m.group(5)), month(m.group(4)));
    } else if (r.date == null) {
      return null;
    } else if (m.group(3) != null) {
      String mod = m.group(3).toLowerCase(Locale.ROOT);
      int shift = mod.equals("next") || mod.equals("following") ? 1 : mod.equals("this") ? 0 : -1;
      month = YearMonth.from(r.date).plusMonths(shift);
    } else {
      YearMonth ref = YearMonth.from(r.date);
      month = YearMonth.of(ref.getYear(), month(m.group(4)));
      if (r.future && month.isBefore(ref)) {
        month = month.plusYears(1);
      } else if (!r.future && month.isAfter(ref)) {
        month = month.minusYears(1);
      }
    }
    LocalDate d = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    return Resolved.period(d, Granularity.DAY, TimeExpression.EXPLICIT);
  }

  /** "on 4/22" is month first, "by 22/04" day first (the first number cannot be a month). */
  private static Resolution yearless(String first, String second) {
    boolean dayFirst = Integer.parseInt(first) > 12;
    return dayFirst ? monthDay(Integer.parseInt(second), first, null) : monthDay(Integer.parseInt(first), second, null);
  }

  /**
   * "in three weeks": in a future clause the day that many units after the reference; elsewhere ("rose 5% in two
   * years") only the duration. TimeML marks both as the duration, which {@link #timexes} keeps.
   */
  private static @Nullable Resolved inOffset(Ref r, String count, String unit) {
    int n = number(count);
    String duration = durationValue(n < 0 ? "X" : Integer.toString(n), unit);
    if (r.date == null || n < 0 || !r.future) {
      return Resolved.timex(Timex.DURATION, duration);
    }
    LocalDate d = offset(r.date, n, unit);
    return new Resolved(d, Granularity.DAY, TimeExpression.RELATIVE, Timex.DURATION, duration);
  }

  private static LocalDate offset(LocalDate from, long n, String unit) {
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "day":
        return from.plusDays(n);
      case "week":
        return from.plusWeeks(n);
      case "month":
        return from.plusMonths(n);
      default:
        return from.plusYears(n);
    }
  }

  /** "two weeks from now", "three days after tomorrow", "two days before yesterday". */
  private static @Nullable Resolved offset(Ref r, String count, String unit, String direction, String anchor) {
    int n = number(count);
    if (r.date == null || n < 0) {
      return null;
    }
    String a = anchor.toLowerCase(Locale.ROOT);
    LocalDate from = r.date.plusDays(a.startsWith("t") && !a.equals("today") ? 1 : a.equals("yesterday") ? -1 : 0);
    long signed = direction.equalsIgnoreCase("before") ? -n : n;
    return Resolved.period(offset(from, signed, unit), Granularity.DAY, TimeExpression.RELATIVE);
  }

  /**
   * "18:00 UTC", "6:40 p.m.", "0800 GMT", "8 PM", "15:00 GMT Saturday": TIME on the day named after it, else on
   * the reference day; {@code Z} marks UTC/GMT, an hour without minutes is written alone ({@code T20}). Only a
   * time with its day names a calendar day for {@link #find}.
   */
  private static @Nullable Resolved clock(Ref r, Matcher m) {
    int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4));
    String minutes = m.group(2) != null ? m.group(2) : m.group(5);
    String half = m.group(6);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
    }
    if (hour > 23 || r.date == null) {
      return null;
    }
    String time = "T" + String.format(Locale.ROOT, "%02d", hour) + (minutes == null ? "" : ":" + minutes)
        + (m.group(7) != null ? "Z" : "");
    Resolved day = m.group(8) != null ? weekday(r, null, m.group(8), null)
        : m.group(9) != null ? deictic(r, m.group(9))
        : null;
    if (day == null) {
      return Resolved.timex(Timex.TIME, r.date + time); // a time alone does not date what is said around it
    }
    return new Resolved(day.date, day.granularity, day.basis, Timex.TIME, day.value + time);
  }

  /** "this weekend" is the weekend of the reference's week, as TimeML marks it: 2010-W04-WE; last/next shift it. */
  private static @Nullable Resolved weekend(Ref r, String modifier) {
    if (r.date == null) {
      return null;
    }
    String mod = modifier.toLowerCase(Locale.ROOT);
    int shift = mod.equals("last") || mod.equals("past") ? -1 : mod.equals("next") || mod.equals("coming") ? 1 : 0;
    return Resolved.timex(Timex.DATE, TimeExpression.value(r.date.plusWeeks(shift), Granularity.WEEK) + "-WE");
  }

  private static @Nullable Resolved deictic(Ref r, String word) {
    if (r.date == null) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    long shift;
    if (w.endsWith("day before yesterday")) {
      shift = -2;
    } else if (w.endsWith("day after tomorrow") || w.endsWith("day after tmrw")) {
      shift = 2;
    } else if (w.equals("yesterday") || w.equals("last night")) {
      shift = -1;
    } else if (w.equals("tomorrow") || w.equals("tmrw")) {
      shift = 1;
    } else {
      shift = 0;
    }
    Resolved day = Resolved.period(r.date.plusDays(shift), Granularity.DAY, TimeExpression.RELATIVE);
    if (w.endsWith("night")) {
      return day.at("NI");
    }
    return w.startsWith("this ") ? day.at(partOfDay(w.substring(5))) : day;
  }

  private static @Nullable Resolved ago(Ref r, String count, String unit) {
    int n = number(count);
    if (r.date == null || n < 0) {
      return null;
    }
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "day":
        return Resolved.period(r.date.minusDays(n), Granularity.DAY, TimeExpression.RELATIVE);
      case "week":
        return Resolved.period(r.date.minusWeeks(n), Granularity.DAY, TimeExpression.RELATIVE);
      case "month":
        return Resolved.period(r.date.minusMonths(n).withDayOfMonth(1), Granularity.MONTH, TimeExpression.RELATIVE);
      case "decade":
        return Resolved.period(r.date.minusYears(10L * n).withDayOfYear(1), Granularity.YEAR, TimeExpression.RELATIVE);
      default:
        return Resolved.period(r.date.minusYears(n).withDayOfYear(1), Granularity.YEAR, TimeExpression.RELATIVE);
    }
  }

  private static @Nullable Resolved calendarUnit(Ref r, String modifier, String unit) {
    if (r.date == null) {
      return null;
    }
    String mod = modifier.toLowerCase(Locale.ROOT);
    int shift = mod.endsWith("last") || mod.endsWith("past") ? -1 : mod.endsWith("next") || mod.endsWith("coming") ? 1 : 0;
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "week":
        return Resolved.period(
            r.date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift),
            Granularity.WEEK,
            TimeExpression.RELATIVE);
      case "month":
        return Resolved.period(r.date.withDayOfMonth(1).plusMonths(shift), Granularity.MONTH, TimeExpression.RELATIVE);
      default:
        return Resolved.period(r.date.withDayOfYear(1).plusYears(shift), Granularity.YEAR, TimeExpression.RELATIVE);
    }
  }

  /**
   * "the third quarter" is the latest third quarter that has begun, "the last quarter" the one before the
   * reference's; "of this year"/"of 2009" pins the year. */
  private static @Nullable Resolved quarter(Ref r, String ordinal, @Nullable String relativeYear, @Nullable String year) {
    String o = ordinal.toLowerCase(Locale.ROOT);
    if ((o.equals("last") || o.equals("previous")) && year == null && relativeYear == null) {
      if (r.date == null) {
        return null;
      }
      LocalDate previous = r.date.minusMonths(3);
      return Resolved.timex(
          Timex.DATE, String.format(Locale.ROOT, "%04d-Q%d", previous.getYear(), (previous.getMonthValue() + 2) / 3));
    }
    int q = o.equals("first") || o.equals("1st") ? 1 : o.equals("second") || o.equals("2nd") ? 2
        : o.equals("third") || o.equals("3rd") ? 3 : 4;
    int y;
    if (year != null) {
      y = Integer.parseInt(year);
    } else if (r.date == null) {
      return null;
    } else if (relativeYear != null) {
      String rel = relativeYear.toLowerCase(Locale.ROOT);
      y = r.date.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
    } else {
      int current = (r.date.getMonthValue() + 2) / 3;
      y = q > current && !r.future ? r.date.getYear() - 1 : r.date.getYear();
    }
    return Resolved.timex(Timex.DATE, String.format(Locale.ROOT, "%04d-Q%d", y, q));
  }

  /** "last summer" is the latest summer that has begun before this one; "fall" needs a modifier to be a season. */
  private static @Nullable Resolved season(Ref r, @Nullable String modifier, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (r.date == null || (modifier == null && n.equals("fall"))) {
      return null;
    }
    String code = n.equals("spring") ? "SP" : n.equals("summer") ? "SU" : n.equals("winter") ? "WI" : "FA";
    int startMonth = code.equals("SP") ? 3 : code.equals("SU") ? 6 : code.equals("FA") ? 9 : 12;
    String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
    int month = r.date.getMonthValue();
    // the year of the season containing or last beginning before the reference (winter is named by its December)
    int begun = month >= startMonth ? r.date.getYear() : r.date.getYear() - 1;
    boolean inside = code.equals("WI") ? month == 12 || month <= 2 : month >= startMonth && month < startMonth + 3;
    int y;
    if (mod.equals("last") || mod.equals("past")) {
      y = inside ? begun - 1 : begun;
    } else if (mod.equals("next")) {
      y = begun + 1;
    } else if (inside) {
      y = begun;
    } else if (mod.equals("this") || r.future) {
      y = begun + 1;
    } else {
      y = begun;
    }
    return Resolved.timex(Timex.DATE, String.format(Locale.ROOT, "%04d-%s", y, code));
  }

  /** "the 1990s" is 199, "the 70s" 197: TimeML names a decade by its first three digits. */
  private static Resolved decade(@Nullable String threeDigits, @Nullable String digit) {
    return Resolved.timex(Timex.DATE, threeDigits != null ? threeDigits : "19" + digit);
  }

  private static Resolved century(String ordinal) {
    return Resolved.timex(Timex.DATE, String.format(Locale.ROOT, "%02d", Integer.parseInt(ordinal) - 1));
  }

  /**
   * "three years" P3Y, "a decade" P10Y, "several days" PXD; a bare unit word ("year") is not a duration, nor is
   * "a second".
   */
  private static @Nullable Resolved duration(@Nullable String prefix, @Nullable String count, String unit) {
    if ((prefix == null && count == null)
        || (count != null && count.toLowerCase(Locale.ROOT).startsWith("a") && unit.equalsIgnoreCase("second"))) {
      return null; // "a second A380" is an ordinal
    }
    String n = count == null ? "1" : number(count) < 0 ? "X" : Integer.toString(number(count));
    return Resolved.timex(Timex.DURATION, durationValue(n, unit));
  }

  private static String durationValue(String n, String unit) {
    boolean vague = n.equals("X");
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "second":
        return "PT" + n + "S";
      case "minute":
        return "PT" + n + "M";
      case "hour":
        return "PT" + n + "H";
      case "day":
        return "P" + n + "D";
      case "week":
        return "P" + n + "W";
      case "month":
        return "P" + n + "M";
      case "quarter":
        return "P" + n + "Q";
      case "decade":
        return vague ? "PXDE" : "P" + 10 * Integer.parseInt(n) + "Y";
      case "century":
      case "centurie":
        return vague ? "PXCE" : "P" + 100 * Integer.parseInt(n) + "Y";
      default:
        return "P" + n + "Y";
    }
  }

  private static Resolved reference(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "recently":
      case "the past":
        return Resolved.timex(Timex.DATE, "PAST_REF");
      case "the future":
        return Resolved.timex(Timex.DATE, "FUTURE_REF");
      default:
        return Resolved.timex(Timex.DATE, "PRESENT_REF");
    }
  }

  private static Resolved set(@Nullable String everyUnit, @Nullable String adverb) {
    String u = (everyUnit != null ? everyUnit : adverb).toLowerCase(Locale.ROOT);
    switch (u) {
      case "morning":
        return Resolved.timex(Timex.SET, "XXXX-XX-XXTMO");
      case "afternoon":
        return Resolved.timex(Timex.SET, "XXXX-XX-XXTAF");
      case "evening":
        return Resolved.timex(Timex.SET, "XXXX-XX-XXTEV");
      case "night":
        return Resolved.timex(Timex.SET, "XXXX-XX-XXTNI");
      case "day":
      case "daily":
        return Resolved.timex(Timex.SET, "P1D");
      case "week":
      case "weekly":
        return Resolved.timex(Timex.SET, "P1W");
      case "month":
      case "monthly":
        return Resolved.timex(Timex.SET, "P1M");
      default:
        return Resolved.timex(Timex.SET, "P1Y");
    }
  }

  /** The day of the month "5", "5th", "fifth" or "twenty-first" names. */
  private static int dayNumber(String day) {
    String d = day.toLowerCase(Locale.ROOT);
    if (Character.isDigit(d.charAt(0))) {
      return Integer.parseInt(d.replaceAll("\\D", ""));
    }
    int tens = d.startsWith("twenty") && d.length() > 9 ? 20 : d.startsWith("thirty") && d.length() > 9 ? 30 : 0;
    String unit = tens == 0 ? d : d.substring(6).replaceFirst("^[\\s-]+", "");
    return tens + ORDINALS.indexOf(unit) + 1;
  }

  /** The count a number word or numeral names; -1 for vague counts ("several", "a few"). */
  private static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (NUMBER_WORDS.containsKey(w)) {
      return NUMBER_WORDS.get(w);
    }
    return Character.isDigit(w.charAt(0)) ? Integer.parseInt(w) : -1;
  }

  private static int month(String name) {
    switch (Character.toUpperCase(name.charAt(0)) + name.substring(1, 3)) {
      case "Jan":
        return 1;
      case "Feb":
        return 2;
      case "Mar":
        return 3;
      case "Apr":
        return 4;
      case "May":
        return 5;
      case "Jun":
        return 6;
      case "Jul":
        return 7;
      case "Aug":
        return 8;
      case "Sep":
        return 9;
      case "Oct":
        return 10;
      case "Nov":
        return 11;
      default:
        return 12;
    }
  }
}
