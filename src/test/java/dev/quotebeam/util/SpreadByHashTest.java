package dev.quotebeam.util;

import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/** Spreading by a hash of a key keeps every element exactly once, duplicates included. */
public class SpreadByHashTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void everyElementComesOutOnceWithOneFewOrManyBuckets() {
    List<String> input = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      input.add("doc-" + (i % 250));
    }
    PCollection<String> in = p.apply(Create.of(input).withCoder(StringUtf8Coder.of()));
    for (int buckets : new int[] {1, 7, 1024}) {
      PAssert.that(in.apply("Spread" + buckets, SpreadByHash.of((String s) -> s, buckets)))
          .containsInAnyOrder(input);
    }
    p.run();
  }

  @Test
  public void bucketsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> SpreadByHash.of((String s) -> s, 0));
  }
}
