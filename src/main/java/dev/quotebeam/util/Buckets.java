package dev.quotebeam.util;

/**
 * Stable bucket numbers for grouping many small keys into fewer, larger groups.
 *
 * <p>Grouping by a bucket of the key instead of the key itself keeps a keyed join or a many-keyed grouping from
 * emitting one bundle per key: the DirectRunner turns each key's group into its own bundle, and every later grouping
 * then copies its state once per bundle. {@link String#hashCode()} is specified by the JLS, so a key lands in the
 * same bucket on every runner and run. {@code Buckets.of("a1b2", 8)} is always the same number in {@code [0, 8)}.
 */
public final class Buckets {
  private Buckets() {}

  /** The bucket in {@code [0, buckets)} of {@code key}. */
  public static int of(String key, int buckets) {
    if (buckets <= 0) {
      throw new IllegalArgumentException("buckets must be positive: " + buckets);
    }
    return Math.floorMod(key.hashCode(), buckets);
  }
}
