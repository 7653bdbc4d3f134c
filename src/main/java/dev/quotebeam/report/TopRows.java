package dev.quotebeam.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Keeps the first {@code limit} of a stream of items in a given order, in memory bounded by the limit, and counts
 * every item offered.
 *
 * <p>Why: the report and the run summary read tables whose size grows with the corpus (a million articles give
 * hundreds of thousands of actors) on the driver; they show only the head of each, so the driver keeps the head.
 * The order must be total (break ties down to an id) for the kept set to be deterministic. Example: limit 2, order
 * by descending count, offered counts 3, 9, 1, 7 gives {@code sorted() = [9, 7]}, {@code offered() = 4}. Not
 * thread-safe.
 */
public final class TopRows<T> {
  private final int limit;
  private final Comparator<? super T> order;
  /** Kept items, worst first, so the one to drop is at the head. */
  private final PriorityQueue<T> kept;
  private long offered;

  public TopRows(int limit, Comparator<? super T> order) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    this.limit = limit;
    this.order = Objects.requireNonNull(order, "order");
    this.kept = new PriorityQueue<>(Math.min(limit, 1024) + 1, order.reversed());
  }

  public void offer(T item) {
    offered++;
    if (kept.size() < limit) {
      kept.add(item);
    } else if (order.compare(item, kept.peek()) < 0) {
      kept.poll();
      kept.add(item);
    }
  }

  /** Items offered so far, kept or not. */
  public long offered() {
    return offered;
  }

  /** The kept items, best first. */
  public List<T> sorted() {
    List<T> out = new ArrayList<>(kept);
    out.sort(order);
    return out;
  }
}
