package dev.quotebeam.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A statement's stance toward one target it concerns: one row of {@code statement_stances}. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class StatementStance {
  public static final String SUPPORT = "support";
  public static final String OPPOSE = "oppose";
  public static final String NEUTRAL = "neutral";

  public abstract String getStatementId();

  public abstract @Nullable String getActorId();

  /** Target id from the pipeline spec. */
  public abstract String getTarget();

  /** {@link #SUPPORT}, {@link #OPPOSE} or {@link #NEUTRAL}. */
  public abstract String getStance();

  /** Score in [-1, 1]: negative opposes, positive supports. */
  public abstract double getScore();

  /** The cues that decided, in text order (e.g. {@code "leave", "negated:no"}). */
  public abstract List<String> getCues();

  public abstract @Nullable String getStatementDate();

  public static StatementStance create(
      String statementId,
      @Nullable String actorId,
      String target,
      String stance,
      double score,
      List<String> cues,
      @Nullable String statementDate) {
    return new AutoValue_StatementStance(
        statementId, actorId, target, stance, score, List.copyOf(cues), statementDate);
  }
}
