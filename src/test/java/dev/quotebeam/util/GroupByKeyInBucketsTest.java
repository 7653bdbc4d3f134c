package dev.quotebeam.util;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/** Bucketed grouping gives the groups of a plain GroupByKey, with fewer buckets than keys. */
public class GroupByKeyInBucketsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void everyKeyGetsExactlyItsOwnValuesWhenKeysShareBuckets() {
    List<KV<String, Integer>> input = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      input.add(KV.of("key-" + (i % 37), i));
    }
    PCollection<KV<String, Iterable<Integer>>> grouped =
        p.apply(Create.of(input).withCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())))
            .apply(GroupByKeyInBuckets.of(3));

    PAssert.that(grouped)
        .satisfies(
            groups -> {
              Map<String, List<Integer>> byKey = new TreeMap<>();
              for (KV<String, Iterable<Integer>> g : groups) {
                List<Integer> values = new ArrayList<>();
                g.getValue().forEach(values::add);
                values.sort(null);
                assertEquals("one group per key", null, byKey.put(g.getKey(), values));
              }
              assertEquals(37, byKey.size());
              for (int k = 0; k < 37; k++) {
                List<Integer> expected = new ArrayList<>();
                for (int i = k; i < 200; i += 37) {
                  expected.add(i);
                }
                assertEquals(expected, byKey.get("key-" + k));
              }
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  public void bucketsAreStableAndInRange() {
    assertEquals(Math.floorMod("actor-42".hashCode(), 1024), Buckets.of("actor-42", 1024));
    for (String key : List.of("", "a", "Ünïcode", "x".repeat(1000))) {
      int b = Buckets.of(key, 7);
      assertEquals(true, b >= 0 && b < 7);
    }
  }
}
