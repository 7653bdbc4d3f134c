package dev.quotebeam.dates;

/** How precise a {@link TimeExpression} is: the unit its normalised value names. */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  YEAR
}
