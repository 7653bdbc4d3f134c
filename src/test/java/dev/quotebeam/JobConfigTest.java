package dev.quotebeam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.options.QuotebeamOptions;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options that cannot work are refused before the pipeline is built, naming the option. */
class JobConfigTest {
  @TempDir Path out;

  private JobConfig resolve(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "--output=" + out.resolve("run");
    System.arraycopy(args, 0, all, 1, args.length);
    return JobConfig.resolve(PipelineOptionsFactory.fromArgs(all).as(QuotebeamOptions.class));
  }

  @Test
  void negativeSparkPartitionsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve("--sparkPartitions=-1"));
    assertTrue(e.getMessage().startsWith("--sparkPartitions:"), e.getMessage());
  }

  @Test
  void negativeShardCountIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve("--numShards=-2"));
    assertTrue(e.getMessage().startsWith("--numShards:"), e.getMessage());
  }

  @Test
  void unknownOutputFormatIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve("--formats=parquet,xlsx"));
    assertTrue(e.getMessage().contains("'xlsx'"), e.getMessage());
  }

  @Test
  void zeroSparkPartitionsIsAccepted() {
    assertEquals(0, resolve("--sparkPartitions=0").options.getSparkPartitions());
  }
}
