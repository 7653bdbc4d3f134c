package dev.quotebeam.dates;

/**
 * The tense a weekday or a year-less date is read in, which decides whether it resolves backward or forward.
 *
 * <p>{@link #AUTO} lets {@link TimeExpressionRecognizer} look at the words before each expression in its own
 * clause: a future marker ("will", "'ll", "going to", "plans to") makes it {@link #FUTURE}, anything else is read
 * as news past tense.
 */
public enum Tense {
  PAST,
  FUTURE,
  AUTO
}
