package dev.quotebeam.io;

import static org.junit.Assert.assertEquals;

import dev.quotebeam.clean.ArticleCleaner;
import dev.quotebeam.clean.CleanArticles;
import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.Reject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** ReadArticles + CleanArticles on a folder with good and bad files: both outputs asserted. */
public class ReadAndCleanPipelineTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  private static final String PAGE =
      "<html><head><title>Council backs ferries</title></head><body><article><h1>Council backs ferries</h1>"
          + "<p>The council voted on Thursday to approve the new harbour budget, which adds two ferries.</p>"
          + "<p>“We finally have a plan,” said Councillor Ada Quill, who chaired the meeting for three hours.</p>"
          + "<p>Opponents said the plan was rushed and that the ferry contract should go back out to tender.</p>"
          + "</article></body></html>";

  private void write(String name, byte[] bytes) throws IOException {
    Files.write(folder.getRoot().toPath().resolve(name), bytes);
  }

  @Test
  public void goodPagesAreCleanedAndEveryBadOneIsRejectedWithItsStage() throws IOException {
    write("good.html", PAGE.getBytes(StandardCharsets.UTF_8));
    write("empty.html", new byte[0]);
    write("image.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0});
    write("lines.jsonl", ("{\"html\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(PAGE) + "}\n{broken\n").getBytes(StandardCharsets.UTF_8));
    String base = folder.getRoot().getAbsolutePath();

    PCollectionTuple read =
        p.apply(new ReadArticles(List.of(base + "/*"), InputFormat.AUTO, 1_000_000, base));
    PCollectionTuple cleaned =
        read.get(ReadArticles.DOCUMENTS).apply(new CleanArticles(ArticleCleaner.withDefaults()));
    PCollection<Reject> rejects =
        Failsafe.flatten(PCollectionList.of(read.get(Failsafe.REJECTS)).and(cleaned.get(Failsafe.REJECTS)));

    PAssert.that(cleaned.get(CleanArticles.ARTICLES))
        .satisfies(
            articles -> {
              List<String> paths = new ArrayList<>();
              for (Article a : articles) {
                paths.add(a.getInputPath());
                assertEquals("Council backs ferries", a.getTitle());
              }
              paths.sort(null);
              assertEquals(List.of("good.html", "lines.jsonl#L1"), paths);
              return null;
            });
    PAssert.that(rejects)
        .satisfies(
            all -> {
              List<String> seen = new ArrayList<>();
              for (Reject r : all) {
                seen.add(r.getInputPath() + " " + r.getStage() + " " + r.getReason());
              }
              seen.sort(null);
              assertEquals(
                  List.of("empty.html clean empty", "image.html clean binary", "lines.jsonl#L2 read malformed_json"),
                  seen);
              return null;
            });
    p.run().waitUntilFinish();
  }
}
