package dev.quotebeam.util;

import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Redistributes a collection over {@code buckets} groups by {@link Buckets bucket} of a string key of each element:
 * same elements out, spread over workers.
 *
 * <p>Why not {@code Reshuffle.viaRandomKey()}: the SparkRunner makes random keys an indeterminate repartition, and
 * Spark refuses to retry the stages after one when an executor is lost; a content-derived key lets it recompute the
 * lost share. Why not one key per element: the DirectRunner emits one bundle per key, which makes its later
 * groupings quadratic. Elements of one bucket travel together, so keys must be many and elements modest (file
 * names, documents), e.g. {@code SpreadByHash.of(d -> d.getInputPath(), 1024)}.
 */
public final class SpreadByHash<T> extends PTransform<PCollection<T>, PCollection<T>> {
  private final SerializableFunction<T, String> key;
  private final int buckets;

  private SpreadByHash(SerializableFunction<T, String> key, int buckets) {
    this.key = key;
    this.buckets = buckets;
  }

  public static <T> SpreadByHash<T> of(SerializableFunction<T, String> key, int buckets) {
    if (buckets <= 0) {
      throw new IllegalArgumentException("buckets must be positive: " + buckets);
    }
    return new SpreadByHash<>(Objects.requireNonNull(key, "key"), buckets);
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    SerializableFunction<T, String> k = key;
    int n = buckets;
    return input
        .apply("KeyByBucket", WithKeys.of((T t) -> Buckets.of(k.apply(t), n)).withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), input.getCoder()))
        .apply("GroupBuckets", GroupByKey.create())
        .apply("DropBuckets", Values.create())
        .apply("Ungroup", Flatten.iterables())
        .setCoder(input.getCoder());
  }
}
