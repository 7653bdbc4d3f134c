package dev.quotebeam.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's retained heap is read off a unified GC log as the largest occupancy after a collection. */
class ScaleBenchmarkTest {
  @TempDir Path dir;

  @Test
  void largestHeapAfterAnyCollectionIsTaken() throws IOException {
    Path log = dir.resolve("gc.log");
    Files.writeString(log, String.join("\n",
        "[0.011s][info][gc] Using G1",
        "[1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 3.112ms",
        "[9.870s][info][gc] GC(7) Pause Young (Mixed) (G1 Evacuation Pause) 120M->71M(174M) 8.020ms",
        "[12.51s][info][gc] GC(8) Pause Full (System.gc()) 90M->64M(174M) 40.100ms"));
    assertEquals(71, ScaleBenchmark.maxHeapAfterGcMb(log));
  }

  @Test
  void missingLogGivesNoValue() throws IOException {
    assertEquals(-1, ScaleBenchmark.maxHeapAfterGcMb(dir.resolve("absent.log")));
  }
}
