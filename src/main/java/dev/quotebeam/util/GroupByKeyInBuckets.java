package dev.quotebeam.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * A {@link GroupByKey} for string keys that shuffles by {@link Buckets bucket} of the key and splits each bucket
 * into its keys in memory: same output as {@code GroupByKey}, with at most {@code buckets} grouping keys.
 *
 * <p>Why: the DirectRunner tracks every grouping key and emits each key's group as its own bundle; with tens of
 * thousands of actors or periods its bookkeeping grows with keys × bundles. Distributed runners are served as well
 * by 1024 buckets as by one key per actor. A bucket's values are held in memory together, so keys must be many
 * and groups modest (actors, periods, duplicate ids), not a handful of huge groups.
 */
public class GroupByKeyInBuckets<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, Iterable<V>>>> {
  private final int buckets;

  private GroupByKeyInBuckets(int buckets) {
    this.buckets = buckets;
  }

  public static <V> GroupByKeyInBuckets<V> of(int buckets) {
    return new GroupByKeyInBuckets<>(buckets);
  }

  @Override
  public PCollection<KV<String, Iterable<V>>> expand(PCollection<KV<String, V>> input) {
    Coder<V> valueCoder = ((KvCoder<String, V>) input.getCoder()).getValueCoder();
    return input
        .apply("KeyByBucket", ParDo.of(new BucketFn<V>(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), input.getCoder()))
        .apply("GroupBuckets", GroupByKey.create())
        .apply("SplitBuckets", ParDo.of(new SplitFn<V>()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(valueCoder)));
  }

  static class BucketFn<V> extends DoFn<KV<String, V>, KV<Integer, KV<String, V>>> {
    private final int buckets;

    BucketFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void processElement(@Element KV<String, V> e, OutputReceiver<KV<Integer, KV<String, V>>> out) {
      out.output(KV.of(Buckets.of(e.getKey(), buckets), e));
    }
  }

  static class SplitFn<V> extends DoFn<KV<Integer, Iterable<KV<String, V>>>, KV<String, Iterable<V>>> {
    @ProcessElement
    public void processElement(
        @Element KV<Integer, Iterable<KV<String, V>>> bucket, OutputReceiver<KV<String, Iterable<V>>> out) {
      Map<String, List<V>> groups = new TreeMap<>();
      for (KV<String, V> e : bucket.getValue()) {
        groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
      }
      groups.forEach((key, values) -> out.output(KV.of(key, values)));
    }
  }
}
