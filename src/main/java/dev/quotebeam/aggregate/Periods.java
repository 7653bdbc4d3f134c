package dev.quotebeam.aggregate;

import dev.quotebeam.options.PipelineSpec;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** First day of the timeline period holding a date: the Monday of its ISO week, or the 1st of its month. */
public final class Periods {
  private Periods() {}

  public static String start(String isoDate, PipelineSpec.Period period) {
    LocalDate d = LocalDate.parse(isoDate);
    LocalDate start =
        period == PipelineSpec.Period.MONTH
            ? d.withDayOfMonth(1)
            : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return start.toString();
  }
}
