package dev.quotebeam.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * An input or record that a stage could not use, kept with its identity so nothing is silently dropped: the
 * dead-letter value of every stage (cf. DataflowTemplates' {@code FailsafeElement}).
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Reject {
  /** Longest {@code detail} kept; exception messages can be huge (a whole page in a parse error). */
  public static final int MAX_DETAIL_CHARS = 500;

  public abstract String getInputPath();

  /** Stage that rejected it: {@code read}, {@code clean}, {@code extract}, ... */
  public abstract String getStage();

  /** Short machine-friendly reason, e.g. {@code not_html}, {@code too_large}, {@code no_article_text}. */
  public abstract String getReason();

  /** Human-readable detail: sizes, the exception class and message. */
  public abstract String getDetail();

  public static Reject of(String inputPath, String stage, String reason, String detail) {
    String d = detail == null ? "" : detail;
    if (d.length() > MAX_DETAIL_CHARS) {
      d = d.substring(0, MAX_DETAIL_CHARS) + "…";
    }
    return new AutoValue_Reject(inputPath, stage, reason, d);
  }

  /** A reject for an unexpected exception: the class name is kept because the message may be null. */
  public static Reject ofException(String inputPath, String stage, Throwable e) {
    return of(inputPath, stage, "exception", e.getClass().getName() + ": " + e.getMessage());
  }
}
