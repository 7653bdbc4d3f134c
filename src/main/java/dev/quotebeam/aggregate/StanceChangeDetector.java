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
 *   <li>split the days where the stance switches, best split first, then each side again (binary
 *       segmentation). A switch from A to B is a change when, up to the neighbouring changes, the old side holds
 *       A in at least {@code minStatementsPerSide} statements and in at least {@value #MAJORITY_PERCENT} % of
 *       its statements, and the new side likewise holds B (a final side that is all B to the end of the data
 *       may be shorter than {@code minStatementsPerSide}, though not a lone statement when that is above 1).
 *       Among the valid switches the one whose sides agree with most statements wins; ties go to the earlier.
 * </ol>
 *
 * <p>The majority is what makes a change persist: one or two contrary statements (a misread quote, a hedge read
 * as a side) among many of the held stance never make a change, since the side after them still holds the old
 * stance, while a switch that holds to the end of the data, or to the next change, does. So {@code S S S S O S S
 * S} has no change whatever {@code minStatementsPerSide}, and {@code S S S O O O} has one. Evidence is the last
 * statement of the old side before the switch and the first of the new side, so the change's date is the first
 * statement of the new stance. A gap: a symmetric flip and back ({@code S S S O O O S S S}) has no single split
 * with a clear majority on both sides and gives no change. Immutable and thread-safe.
 */
public final class StanceChangeDetector implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Share of a side's statements that must hold its stance, in percent: three in four. */
  static final int MAJORITY_PERCENT = 75;

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
    List<Run> days = days(points);
    // supports[i] / opposes[i]: statements of each stance in days [0, i)
    int[] supports = new int[days.size() + 1];
    int[] opposes = new int[days.size() + 1];
    for (int i = 0; i < days.size(); i++) {
      boolean support = days.get(i).stance.equals(StatementStance.SUPPORT);
      supports[i + 1] = supports[i] + (support ? days.get(i).points.size() : 0);
      opposes[i + 1] = opposes[i] + (support ? 0 : days.get(i).points.size());
    }
    List<Integer> splits = new ArrayList<>();
    split(days, supports, opposes, 0, days.size(), splits);
    List<StanceChange> changes = new ArrayList<>();
    for (int j : splits) {
      Run old = days.get(j - 1);
      Run next = days.get(j);
      if (!changes.isEmpty() && !changes.get(changes.size() - 1).toStance().equals(old.stance)) {
        continue;
      }
      StancePoint from = old.points.get(old.points.size() - 1);
      StancePoint to = next.points.get(0);
      changes.add(
          new StanceChange(
              old.stance, next.stance, from.date(), to.date(), from.statementId(), to.statementId(), from.text(),
              to.text()));
    }
    return changes;
  }

  /** Step 4 on days {@code [from, to)}: adds the accepted switch positions to {@code out}, in order. */
  private void split(List<Run> days, int[] supports, int[] opposes, int from, int to, List<Integer> out) {
    int best = -1;
    int bestAgreement = -1;
    for (int j = from + 1; j < to; j++) {
      String a = days.get(j - 1).stance;
      if (a.equals(days.get(j).stance)) {
        continue;
      }
      int[] held = a.equals(StatementStance.SUPPORT) ? supports : opposes;
      int[] other = held == supports ? opposes : supports;
      int oldHeld = held[j] - held[from];
      int oldOther = other[j] - other[from];
      int newHeld = other[to] - other[j];
      int newOther = held[to] - held[j];
      boolean tail = to == days.size() && newOther == 0 && newHeld >= Math.min(2, minStatementsPerSide);
      if (oldHeld >= minStatementsPerSide
          && (newHeld >= minStatementsPerSide || tail)
          && majority(oldHeld, oldOther)
          && majority(newHeld, newOther)
          && oldHeld + newHeld > bestAgreement) {
        best = j;
        bestAgreement = oldHeld + newHeld;
      }
    }
    if (best < 0) {
      return;
    }
    split(days, supports, opposes, from, best, out);
    out.add(best);
    split(days, supports, opposes, best, to, out);
  }

  private static boolean majority(int held, int other) {
    return held * 100 >= MAJORITY_PERCENT * (held + other);
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

  private static int side(String stance) {
    return StatementStance.SUPPORT.equals(stance) ? 1 : StatementStance.OPPOSE.equals(stance) ? -1 : 0;
  }

  /** One day's stance and the statements that hold it; local to one {@link #detect} call. */
  private static final class Run {
    final String stance;
    final List<StancePoint> points = new ArrayList<>();

    Run(String stance) {
      this.stance = stance;
    }
  }
}
