package dev.quotebeam.model;

/**
 * Thrown by a plain-Java stage core when a document cannot be used; the stage's DoFn turns it into a
 * {@link Reject} with this reason and detail.
 *
 * <p>Reasons are short snake_case words users filter on in the {@code rejects} table ({@code not_html},
 * {@code too_large}, {@code no_article_text}, {@code undecodable}, ...).
 */
public class RejectedException extends Exception {
  private final String reason;

  public RejectedException(String reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return getMessage();
  }
}
