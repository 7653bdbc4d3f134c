package dev.quotebeam.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One statement of an actor on a target, as {@link StanceChangeDetector} sees it.
 *
 * @param statementId the statement's id, the tie-breaker for statements of the same day
 * @param date the day it was said; null when undated (such points are skipped)
 * @param stance {@code support}, {@code oppose} or {@code neutral}
 * @param score the stance score in [-1, 1]
 * @param text the statement's words, kept as evidence
 */
public record StancePoint(String statementId, @Nullable LocalDate date, String stance, double score, String text)
    implements Serializable {
  public StancePoint {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(stance, "stance");
    text = text == null ? "" : text;
  }

  /** A point whose date is an ISO {@code yyyy-MM-dd} string (or a longer ISO time; null or blank: undated). */
  public static StancePoint of(
      String statementId, @Nullable String isoDate, String stance, double score, @Nullable String text) {
    LocalDate date = isoDate == null || isoDate.length() < 10 ? null : LocalDate.parse(isoDate.substring(0, 10));
    return new StancePoint(statementId, date, stance, score, text);
  }
}
