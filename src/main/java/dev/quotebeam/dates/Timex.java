package dev.quotebeam.dates;

import java.io.Serializable;
import java.util.Objects;

/**
 * A time expression in TimeML's terms: its span, its TIMEX3 {@code type} and its normalised TIMEX3 {@code value}.
 *
 * <p>In an article of Fri 2013-03-22, {@code "said Friday"} gives {@code Friday DATE 2013-03-22}, {@code "for
 * three years"} gives {@code three years DURATION P3Y}, {@code "every week"} gives {@code SET P1W} and {@code "now"}
 * gives {@code DATE PRESENT_REF}. Unlike {@link TimeExpression}, which only holds expressions that name a calendar
 * period, this covers durations, times of day and repeated times too, so that the recognizer can be scored against
 * TimeML gold. Offsets index the searched text. Immutable.
 */
public record Timex(int start, int end, String text, String type, String value) implements Serializable {
  /** A calendar date or period: {@code 2013-03-22}, {@code 2013-W12}, {@code 2013-03}, {@code 2013-SU}, {@code 2013}. */
  public static final String DATE = "DATE";

  /** A time of day, possibly with its date: {@code 2013-03-22TAF}, {@code 2013-03-22T15:00}. */
  public static final String TIME = "TIME";

  /** A length of time: {@code P3Y}, {@code PT24H}, {@code PXD} ("days"). */
  public static final String DURATION = "DURATION";

  /** A repeated time: {@code P1W} ("every week"), {@code XXXX-XX-XXTMO} ("every morning"). */
  public static final String SET = "SET";

  public Timex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
