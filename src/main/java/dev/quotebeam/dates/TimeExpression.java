package dev.quotebeam.dates;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression found in text and resolved to a calendar period: "on Monday" in an article of Tue 2021-03-09
 * gives {@code value=2021-03-08}, {@code granularity=DAY}, {@code basis=weekday}.
 *
 * <p>{@link #value()} names the period at its granularity ({@code 2021-03-08}, {@code 2021-W10}, {@code 2021-03},
 * {@code 2021}); {@link #date()} is the period's first day (for a range, the range's start). Offsets index the
 * text given to {@link TimeExpressionRecognizer#find}. Immutable.
 */
public final class TimeExpression implements Serializable {
  /** Basis of an absolute date written in full or in part ("March 5, 2021", "Mar. 5", "2021-03-05"). */
  public static final String EXPLICIT = "explicit";

  /** Basis of a weekday resolved against the reference date ("on Monday", "last Tuesday"). */
  public static final String WEEKDAY = "weekday";

  /** Basis of a relative expression ("yesterday", "two days ago", "last week"). */
  public static final String RELATIVE = "relative";

  private final int start;
  private final int end;
  private final String text;
  private final LocalDate date;
  private final Granularity granularity;
  private final String basis;

  public TimeExpression(
      int start, int end, String text, LocalDate date, Granularity granularity, String basis) {
    this.start = start;
    this.end = end;
    this.text = Objects.requireNonNull(text, "text");
    this.date = Objects.requireNonNull(date, "date");
    this.granularity = Objects.requireNonNull(granularity, "granularity");
    this.basis = Objects.requireNonNull(basis, "basis");
  }

  /** Offset of the first character in the searched text. */
  public int start() {
    return start;
  }

  /** Offset just past the last character in the searched text. */
  public int end() {
    return end;
  }

  /** The expression as written ("last Tuesday"). */
  public String text() {
    return text;
  }

  /** First day of the period. */
  public LocalDate date() {
    return date;
  }

  /** Last day of the period (equal to {@link #date()} at day granularity). */
  public LocalDate lastDate() {
    switch (granularity) {
      case WEEK:
        return date.plusDays(6);
      case MONTH:
        return date.withDayOfMonth(date.lengthOfMonth());
      case YEAR:
        return date.withDayOfYear(date.lengthOfYear());
      default:
        return date;
    }
  }

  public Granularity granularity() {
    return granularity;
  }

  /** {@link #EXPLICIT}, {@link #WEEKDAY} or {@link #RELATIVE}. */
  public String basis() {
    return basis;
  }

  /** The period normalised at its granularity: {@code 2021-03-08}, {@code 2021-W10}, {@code 2021-03} or {@code 2021}. */
  public String value() {
    return value(date, granularity);
  }

  /** {@code date} named at {@code granularity}, as {@link #value()} does. */
  static String value(LocalDate date, Granularity granularity) {
    switch (granularity) {
      case WEEK:
        return String.format(
            java.util.Locale.ROOT,
            "%04d-W%02d",
            date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
            date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format(java.util.Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case YEAR:
        return String.format(java.util.Locale.ROOT, "%04d", date.getYear());
      default:
        return date.toString();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TimeExpression)) {
      return false;
    }
    TimeExpression t = (TimeExpression) o;
    return start == t.start
        && end == t.end
        && text.equals(t.text)
        && date.equals(t.date)
        && granularity == t.granularity
        && basis.equals(t.basis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, text, date, granularity, basis);
  }

  @Override
  public String toString() {
    return "TimeExpression{" + text + " [" + start + "," + end + ") -> " + value() + " " + basis + "}";
  }
}
