package dev.quotebeam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Shuffle partitions: what the user asked for, else few per local thread and 64 on a cluster. */
class SparkPartitionsTest {
  @Test
  void aRequestedCountIsKept() {
    assertEquals(256, QuotebeamPipeline.sparkPartitions("spark://host:7077", 256));
    assertEquals(3, QuotebeamPipeline.sparkPartitions("local[2]", 3));
  }

  @Test
  void localMastersGetFourPerThread() {
    assertEquals(4, QuotebeamPipeline.sparkPartitions("local", 0));
    assertEquals(8, QuotebeamPipeline.sparkPartitions("local[2]", 0));
    assertEquals(12, QuotebeamPipeline.sparkPartitions("local[3,2]", 0));
    assertEquals(4 * Runtime.getRuntime().availableProcessors(), QuotebeamPipeline.sparkPartitions("local[*]", 0));
  }

  @Test
  void clustersGetSixtyFour() {
    assertEquals(64, QuotebeamPipeline.sparkPartitions("spark://127.0.0.1:7077", 0));
    assertEquals(64, QuotebeamPipeline.sparkPartitions("yarn", 0));
  }
}
