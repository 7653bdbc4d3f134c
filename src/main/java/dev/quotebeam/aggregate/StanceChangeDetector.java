package dev.quotebeam.aggregate;

import dev.quotebeam.model.StatementStance;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds the lasting switches between support and oppose in one actor's statements on one target.
 *
 * <p>For points {@code support (Jan 1), support (Jan 2), oppose (Jan 9)} it gives one change {@code support ->
 * oppose} from the Jan 2 statement to the Jan 9 statement. Steps, in order:
 *
 * <ol>
 *   <li>drop neutral points, points with {@code |score| < minConfidence} and undated points (they cannot be
 *       placed in time);
 *   <li>order the rest by (date, statementId), so the result does not depend on input order;
 *   <li>aggregate each day to one stance by net count (supports minus opposes; a tie goes to the sign of the
 *       summed scores; a full tie makes the day neutral and it is dropped). An actor quoted on both sides the
 *       same day has not changed mind between the two articles' clocks, which we cannot order, so the day's
 *       majority speaks; only the statements of the winning side are kept as evidence;
 *   <li>group consecutive days of the same stance into runs, sized by their statements;
 *   <li>scan the runs: the first run of at least {@code minStatementsPerSide} statements sets the held stance;
 *       an opposite run is a change when it has at least {@code minStatementsPerSide} statements or is the last
 *       run (it holds to the end of the data); a shorter opposite run in between is noise and the runs either
 *       side of it join.
 * </ol>
 *
 * <p>With the default {@code minStatementsPerSide = 1} every switch counts, so {@code S O S} gives two changes;
 * with 2, the lone {@code O} in {@code S S O S S} is noise and gives none. Evidence is the last statement of the
 * old run and the first of the new run. Immutable and thread-safe.
 */
public final class StanceChangeDetector implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int minStatementsPerSide;
  private final double minConfidence;

  /** A detector with {@code minStatementsPerSide = 1} and {@code minConfidence = 0.0}. */
  public StanceChangeDetector() {
    this(1, 0.0);
  }

  public StanceChangeDetector(int minStatementsPerSide, double minConfidence) {
    if (minStatementsPerSide < 1) {
      throw new IllegalArgumentException("minStatementsPerSide must be at least 1, got " + minStatementsPerSide);
    }
    if (minConfidence < 0.0 || minConfidence > 1.0) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
    }
    this.minStatementsPerSide = minStatementsPerSide;
    this.minConfidence = minConfidence;
  }

  /** The changes in {@code points} (one actor, one target), in date order. */
  public List<StanceChange> detect(List<StancePoint> points) {
    Objects.requireNonNull(points, "points");
    List<StanceChange> changes = new ArrayList<>();
    List<Run> runs = runs(days(points));
    Run held = null;
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      boolean lasting = run.points.size() >= minStatementsPerSide || i == runs.size() - 1;
      if (held == null) {
        if (run.points.size() >= minStatementsPerSide) {
          held = run;
        }
      } else if (run.stance.equals(held.stance)) {
        held.points.addAll(run.points);
      } else if (lasting) {
        StancePoint from = held.points.get(held.points.size() - 1);
        StancePoint to = run.points.get(0);
        changes.add(
            new StanceChange(
                held.stance, run.stance, from.date(), to.date(), from.statementId(), to.statementId(), from.text(),
                to.text()));
        held = run;
      }
    }
    return changes;
  }

  /** Steps 1 to 3: one (stance, evidence) entry per day, in date order. */
  private List<Run> days(List<StancePoint> points) {
    Map<LocalDate, List<StancePoint>> byDay = new TreeMap<>();
    for (StancePoint p : points) {
      if (p.date() != null && side(p.stance()) != 0 && Math.abs(p.score()) >= minConfidence) {
        byDay.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p);
      }
    }
    List<Run> days = new ArrayList<>();
    for (List<StancePoint> day : byDay.values()) {
      day.sort(Comparator.comparing(StancePoint::statementId));
      int net = 0;
      double scoreSum = 0;
      for (StancePoint p : day) {
        net += side(p.stance());
        scoreSum += p.score();
      }
      int sign = net != 0 ? Integer.signum(net) : (int) Math.signum(scoreSum);
      if (sign == 0) {
        continue;
      }
      String stance = sign > 0 ? StatementStance.SUPPORT : StatementStance.OPPOSE;
      Run r = new Run(stance);
      for (StancePoint p : day) {
        if (p.stance().equals(stance)) {
          r.points.add(p);
        }
      }
      days.add(r);
    }
    return days;
  }

  /** Step 4: consecutive days of one stance joined. */
  private static List<Run> runs(List<Run> days) {
    List<Run> runs = new ArrayList<>();
    for (Run d : days) {
      if (!runs.isEmpty() && runs.get(runs.size() - 1).stance.equals(d.stance)) {
        runs.get(runs.size() - 1).points.addAll(d.points);
      } else {
        runs.add(d);
      }
    }
    return runs;
  }

  private static int side(String stance) {
    return StatementStance.SUPPORT.equals(stance) ? 1 : StatementStance.OPPOSE.equals(stance) ? -1 : 0;
  }

  /** Statements of one stance, consecutive in time; local to one {@link #detect} call. */
  private static final class Run {
    final String stance;
    final List<StancePoint> points = new ArrayList<>();

    Run(String stance) {
      this.stance = stance;
    }
  }
}
