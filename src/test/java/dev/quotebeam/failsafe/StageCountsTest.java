package dev.quotebeam.failsafe;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** counts.json holds exact totals summed over bundles, and zeros for empty collections. */
public class StageCountsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void countsAreExactOverManyBundlesAndZeroForEmptyCollections() throws IOException {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      many.add("doc-" + i);
    }
    // Reshuffle splits the elements over many bundles, so per-bundle counts must add up.
    PCollection<String> spread =
        p.apply("Many", Create.of(many).withCoder(StringUtf8Coder.of())).apply(Reshuffle.viaRandomKey());
    PCollection<String> none = p.apply("None", Create.empty(StringUtf8Coder.of()));
    new StageCounts().add("docs", spread).add("nothing", none).writeTo(folder.getRoot().getAbsolutePath());
    p.run().waitUntilFinish();

    Map<?, ?> counts = new ObjectMapper().readValue(Path.of(folder.getRoot().getAbsolutePath(), StageCounts.FILE).toFile(), Map.class);
    assertEquals(1234, ((Number) counts.get("docs")).intValue());
    assertEquals(0, ((Number) counts.get("nothing")).intValue());
    assertEquals(2, counts.size());
  }
}
