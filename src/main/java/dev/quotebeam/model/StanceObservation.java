package dev.quotebeam.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One attributed, scored statement on one target: the input of stance timelines and change detection. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class StanceObservation {
  public abstract String getActorId();

  public abstract String getActorName();

  public abstract String getTarget();

  public abstract String getStatementId();

  public abstract @Nullable String getStatementDate();

  public abstract String getStance();

  public abstract double getScore();

  public abstract String getText();

  public static StanceObservation of(Statement s, StatementStance st) {
    return new AutoValue_StanceObservation(
        s.getActorId(),
        s.getActorName(),
        st.getTarget(),
        s.getStatementId(),
        st.getStatementDate() != null ? st.getStatementDate() : s.getStatementDate(),
        st.getStance(),
        st.getScore(),
        s.getText());
  }
}
