package dev.quotebeam.aggregate;

import dev.quotebeam.io.Tables;
import dev.quotebeam.model.StanceObservation;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.Row;

/** Runs {@link StanceChangeDetector} over one actor × target and renders {@code stance_changes} rows. */
final class StanceChanges {
  private StanceChanges() {}

  static List<Row> detect(List<StanceObservation> observations, int minPerSide, double minConfidence) {
    if (observations.isEmpty()) {
      return List.of();
    }
    List<StancePoint> points = new ArrayList<>(observations.size());
    String name = null;
    for (StanceObservation o : observations) {
      points.add(StancePoint.of(o.getStatementId(), o.getStatementDate(), o.getStance(), o.getScore(), o.getText()));
      name = name == null || o.getActorName().compareTo(name) < 0 ? o.getActorName() : name;
    }
    StanceObservation first = observations.get(0);
    List<Row> rows = new ArrayList<>();
    for (StanceChange c : new StanceChangeDetector(minPerSide, minConfidence).detect(points)) {
      rows.add(
          Tables.STANCE_CHANGES.row(
              first.getActorId(),
              name,
              first.getTarget(),
              c.fromStance(),
              c.toStance(),
              c.fromDate() == null ? null : c.fromDate().toString(),
              c.toDate() == null ? null : c.toDate().toString(),
              c.fromStatementId(),
              c.toStatementId(),
              c.fromText(),
              c.toText()));
    }
    return rows;
  }
}
