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
 * (explicit)}; {@code "last week"} gives {@code 2021-W09 (relative)}.
 *
 * <p>Recognised, in this order of the rule table (overlaps go to the earliest, then longest match):
 *
 * <ol>
 *   <li>explicit dates: {@code March 5, 2021}, {@code Mar. 5}, {@code Mar 5th}, {@code Mar. 3-5} (start),
 *       {@code 5 March 2021}, {@code 2021-03-05}, {@code 03/05/2021} (US order), {@code March 2021};
 *   <li>months and years: {@code in June}, {@code last June}, {@code in 2018};
 *   <li>weekdays: {@code Sunday}, {@code on Monday}, {@code last/this/next/past/coming Tuesday};
 *   <li>deictic words: {@code yesterday}, {@code last night}, {@code today}, {@code tonight}, {@code this
 *       morning}, {@code tomorrow};
 *   <li>spans ago: {@code two days ago}, {@code a week ago} (day granularity), {@code three months ago};
 *   <li>calendar units: {@code last/this/next week|month|year}, {@code earlier/later this week|month|year}.
 * </ol>
 *
 * <p>Ranges ({@code between Mar. 3 and Mar. 5}, {@code from Monday to Wednesday}) come back as one expression
 * dated by their start. Weekdays and year-less dates depend on tense: in news past tense a bare weekday is the
 * most recent such day on or before the reference (the reference day itself when the weekdays agree), in future
 * tense ("will meet on Friday") the next one after it. Month names must be capitalised, so "may" and "march" as
 * words are not dates. Expressions that need a reference date are skipped when there is none. Immutable and
 * thread-safe.
 */
public final class TimeExpressionRecognizer implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?";
  private static final String DAY_NUM = "(\\d{1,2})(?:st|nd|rd|th)?\\b";
  private static final String YEAR = "((?:1[89]|20)\\d\\d)\\b";
  private static final String WEEKDAY = "(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b";

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s{1,3}" + DAY_NUM + "(?:\\s?[-–]\\s?\\d{1,2}\\b)?(?!\\s?[:.]\\d)(?:,?\\s{1,3}" + YEAR + ")?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + DAY_NUM + "\\s{1,3}(?:of\\s{1,3})?" + MONTH + "(?:,?\\s{1,3}" + YEAR + ")?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s{1,3}(?:of\\s{1,3})?" + YEAR);
  private static final Pattern ISO_DATE = Pattern.compile("\\b((?:1[89]|20)\\d\\d)-(\\d{2})-(\\d{2})\\b");
  private static final Pattern US_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b(?!/)");
  private static final Pattern MODIFIED_MONTH =
      Pattern.compile("\\b(?i:(in|last|this|next|early|late|mid-?|since|by|until|during)\\s{1,3})" + MONTH + "(?!\\s{0,3}\\d)");
  private static final Pattern PREPOSED_YEAR =
      Pattern.compile("\\b(?i:(in|since|during|by|until|before|after|early|late|mid-?)\\s{1,3})" + YEAR + "(?![-/]\\d)");
  private static final Pattern WEEKDAY_EXPR =
      Pattern.compile("\\b(?i:(on|last|this|next|past|coming)\\s{1,3})?" + WEEKDAY);
  private static final Pattern DEICTIC =
      Pattern.compile(
          "(?i)\\b(the day before yesterday|day before yesterday|yesterday|last night|today|tonight"
              + "|this (?:morning|afternoon|evening)|earlier today|tomorrow)\\b");
  private static final Pattern AGO =
      Pattern.compile(
          "(?i)\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s{1,3}"
              + "(day|week|month|year)s?\\s{1,3}ago\\b");
  private static final Pattern CALENDAR_UNIT =
      Pattern.compile("(?i)\\b(last|this|next|earlier this|later this|past)\\s{1,3}(week|month|year)\\b");
  private static final Pattern RANGE_JOIN = Pattern.compile("\\s{0,3}(?:and|to|until|through|thru|-|–)\\s{0,3}");
  private static final Pattern RANGE_OPEN = Pattern.compile("(?i)\\b(?:between|from)\\s{1,3}$");
  private static final Pattern FUTURE_MARKER =
      Pattern.compile(
          "(?i)(?:\\b(?:will|shall|won['’]t|would|going to|plans? to|planned to|planning to|scheduled|expected to"
              + "|is to|are to|due to|set to|intends? to|upcoming)\\b|['’]ll\\b)");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?;:,“”\"\\n]");

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12));

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
   * All time expressions in {@code text}, in text order, resolved against {@code reference}; expressions that
   * cannot be resolved (no reference, impossible dates) are skipped.
   */
  public List<TimeExpression> find(String text, @Nullable LocalDate reference, Tense tense) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tense, "tense");
    List<TimeExpression> candidates = new ArrayList<>();
    collect(MONTH_DAY_YEAR, text, m -> monthDay(m, month(m.group(1)), m.group(2), m.group(3)), reference, tense, candidates);
    collect(DAY_MONTH_YEAR, text, m -> monthDay(m, month(m.group(2)), m.group(1), m.group(3)), reference, tense, candidates);
    collect(MONTH_YEAR, text, m -> r -> month(r, month(m.group(1)), m.group(2)), reference, tense, candidates);
    collect(ISO_DATE, text, m -> r -> absolute(m.group(1), m.group(2), m.group(3)), reference, tense, candidates);
    collect(US_DATE, text, m -> r -> absolute(m.group(3), m.group(1), m.group(2)), reference, tense, candidates);
    collect(MODIFIED_MONTH, text, m -> r -> modifiedMonth(r, m.group(1), month(m.group(2))), reference, tense, candidates);
    collect(PREPOSED_YEAR, text, m -> r -> new Resolved(LocalDate.of(Integer.parseInt(m.group(2)), 1, 1), Granularity.YEAR, TimeExpression.EXPLICIT), reference, tense, candidates);
    collect(WEEKDAY_EXPR, text, m -> r -> weekday(r, m.group(1), m.group(2)), reference, tense, candidates);
    collect(DEICTIC, text, m -> r -> deictic(r, m.group(1)), reference, tense, candidates);
    collect(AGO, text, m -> r -> ago(r, m.group(1), m.group(2)), reference, tense, candidates);
    collect(CALENDAR_UNIT, text, m -> r -> calendarUnit(r, m.group(1), m.group(2)), reference, tense, candidates);
    return mergeRanges(text, nonOverlapping(candidates));
  }

  /** Every time expression in {@code text} as a TimeML TIMEX3 (type and value), in text order. */
  public List<Timex> timexes(String text, @Nullable LocalDate reference) {
    List<Timex> out = new ArrayList<>();
    for (TimeExpression t : find(text, reference)) {
      out.add(new Timex(t.start(), t.end(), t.text(), Timex.DATE, t.value()));
    }
    return out;
  }

  /** A period resolved from a match; {@code null} result means unresolvable. */
  private static final class Resolved {
    final LocalDate date;
    final Granularity granularity;
    final String basis;

    Resolved(LocalDate date, Granularity granularity, String basis) {
      this.date = date;
      this.granularity = granularity;
      this.basis = basis;
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
      Pattern pattern, String text, Rule rule, @Nullable LocalDate reference, Tense tense, List<TimeExpression> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      boolean future = tense == Tense.FUTURE || (tense == Tense.AUTO && futureClause(text, m.start()));
      Resolved r;
      try {
        r = rule.apply(m).resolve(new Ref(reference, future));
      } catch (DateTimeException | NumberFormatException e) {
        r = null; // "February 30", "13/45/2021": not a date
      }
      if (r != null) {
        out.add(new TimeExpression(m.start(), m.end(), m.group(), r.date, r.granularity, r.basis));
      }
    }
  }

  /** Whether the clause before {@code at} marks the future ("will meet on Friday"). */
  private static boolean futureClause(String text, int at) {
    int from = Math.max(0, at - TENSE_WINDOW);
    String window = text.substring(from, at);
    Matcher b = CLAUSE_BREAK.matcher(window);
    int clauseStart = 0;
    while (b.find()) {
      clauseStart = b.end();
    }
    return FUTURE_MARKER.matcher(window.substring(clauseStart)).find();
  }

  private static List<TimeExpression> nonOverlapping(List<TimeExpression> candidates) {
    candidates.sort(
        Comparator.comparingInt(TimeExpression::start)
            .thenComparing(Comparator.comparingInt(TimeExpression::end).reversed()));
    List<TimeExpression> kept = new ArrayList<>();
    int covered = 0;
    for (TimeExpression t : candidates) {
      if (t.start() >= covered) {
        kept.add(t);
        covered = t.end();
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

  private static Resolution monthDay(Matcher m, int month, String day, @Nullable String year) {
    int d = Integer.parseInt(day);
    if (year != null) {
      return r -> new Resolved(LocalDate.of(Integer.parseInt(year), month, d), Granularity.DAY, TimeExpression.EXPLICIT);
    }
    return r -> {
      if (r.date == null) {
        return null;
      }
      LocalDate best = null;
      for (int y = r.date.getYear() - 1; y <= r.date.getYear() + 1; y++) {
        if (d > YearMonth.of(y, month).lengthOfMonth()) {
          continue;
        }
        LocalDate c = LocalDate.of(y, month, d);
        boolean onSide = r.future ? !c.isBefore(r.date) : !c.isAfter(r.date);
        if (onSide && (best == null || (r.future ? c.isBefore(best) : c.isAfter(best)))) {
          best = c;
        }
      }
      return best == null ? null : new Resolved(best, Granularity.DAY, TimeExpression.EXPLICIT);
    };
  }

  private static Resolved month(Ref r, int month, String year) {
    return new Resolved(LocalDate.of(Integer.parseInt(year), month, 1), Granularity.MONTH, TimeExpression.EXPLICIT);
  }

  private static @Nullable Resolved modifiedMonth(Ref r, String modifier, int month) {
    if (r.date == null) {
      return null;
    }
    String mod = modifier.toLowerCase(Locale.ROOT);
    YearMonth ref = YearMonth.from(r.date);
    YearMonth same = YearMonth.of(ref.getYear(), month);
    YearMonth resolved;
    if (mod.equals("this")) {
      resolved = same;
    } else if (mod.equals("last")) {
      resolved = same.isBefore(ref) ? same : same.minusYears(1);
    } else if (mod.equals("next")) {
      resolved = same.isAfter(ref) ? same : same.plusYears(1);
    } else if (r.future) {
      resolved = same.isBefore(ref) ? same.plusYears(1) : same;
    } else {
      resolved = same.isAfter(ref) ? same.minusYears(1) : same;
    }
    return new Resolved(resolved.atDay(1), Granularity.MONTH, TimeExpression.EXPLICIT);
  }

  private static Resolved absolute(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += 2000;
    }
    return new Resolved(
        LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)), Granularity.DAY, TimeExpression.EXPLICIT);
  }

  private static @Nullable Resolved weekday(Ref r, @Nullable String modifier, String name) {
    if (r.date == null) {
      return null;
    }
    DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
    LocalDate d;
    if (mod.equals("last") || mod.equals("past")) {
      d = r.date.with(TemporalAdjusters.previous(day));
    } else if (mod.equals("next") || mod.equals("coming")) {
      d = r.date.with(TemporalAdjusters.next(day));
    } else if (mod.equals("this")) {
      d = r.future ? r.date.with(TemporalAdjusters.nextOrSame(day)) : r.date.with(TemporalAdjusters.previousOrSame(day));
    } else {
      d = r.future ? r.date.with(TemporalAdjusters.next(day)) : r.date.with(TemporalAdjusters.previousOrSame(day));
    }
    return new Resolved(d, Granularity.DAY, TimeExpression.WEEKDAY);
  }

  private static @Nullable Resolved deictic(Ref r, String word) {
    if (r.date == null) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    long shift;
    if (w.endsWith("day before yesterday")) {
      shift = -2;
    } else if (w.equals("yesterday") || w.equals("last night")) {
      shift = -1;
    } else if (w.equals("tomorrow")) {
      shift = 1;
    } else {
      shift = 0;
    }
    return new Resolved(r.date.plusDays(shift), Granularity.DAY, TimeExpression.RELATIVE);
  }

  private static @Nullable Resolved ago(Ref r, String count, String unit) {
    if (r.date == null) {
      return null;
    }
    String c = count.toLowerCase(Locale.ROOT);
    int n = NUMBER_WORDS.containsKey(c) ? NUMBER_WORDS.get(c) : Integer.parseInt(c);
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "day":
        return new Resolved(r.date.minusDays(n), Granularity.DAY, TimeExpression.RELATIVE);
      case "week":
        return new Resolved(r.date.minusWeeks(n), Granularity.DAY, TimeExpression.RELATIVE);
      case "month":
        return new Resolved(r.date.minusMonths(n).withDayOfMonth(1), Granularity.MONTH, TimeExpression.RELATIVE);
      default:
        return new Resolved(r.date.minusYears(n).withDayOfYear(1), Granularity.YEAR, TimeExpression.RELATIVE);
    }
  }

  private static @Nullable Resolved calendarUnit(Ref r, String modifier, String unit) {
    if (r.date == null) {
      return null;
    }
    String mod = modifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int shift = mod.equals("last") || mod.equals("past") ? -1 : mod.equals("next") ? 1 : 0;
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "week":
        return new Resolved(
            r.date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift),
            Granularity.WEEK,
            TimeExpression.RELATIVE);
      case "month":
        return new Resolved(r.date.withDayOfMonth(1).plusMonths(shift), Granularity.MONTH, TimeExpression.RELATIVE);
      default:
        return new Resolved(r.date.withDayOfYear(1).plusYears(shift), Granularity.YEAR, TimeExpression.RELATIVE);
    }
  }

  private static int month(String name) {
    switch (name.substring(0, 3)) {
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
