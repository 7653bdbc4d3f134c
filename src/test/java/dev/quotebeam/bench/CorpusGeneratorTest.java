package dev.quotebeam.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.options.PipelineSpec;
import dev.quotebeam.options.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final int N = 30;

  @TempDir Path tmp;

  @Test
  void writesAtLeastOneHtmlFilePerArticle() throws IOException {
    CorpusGenerator.generate(N, tmp, 42);
    assertTrue(htmlFiles(tmp).size() >= N);
  }

  @Test
  void recordsPlantedChangesInTruth() throws IOException {
    CorpusGenerator.Summary s = CorpusGenerator.generate(N, tmp, 42);
    List<String> truth = CorpusGenerator.truthLines(tmp);
    assertFalse(truth.isEmpty());
    assertEquals(s.planted(), truth.size());
  }

  @Test
  void truthDatesHaveTheOldStanceBeforeTheNew() throws IOException {
    CorpusGenerator.generate(N, tmp, 42);
    for (String line : CorpusGenerator.truthLines(tmp)) {
      String last = field(line, "last_old_date");
      String first = field(line, "first_new_date");
      assertTrue(last.compareTo(first) < 0, line);
      assertNotEquals(field(line, "from"), field(line, "to"), line);
    }
  }

  @Test
  void recordsEveryActorsTrajectory() throws IOException {
    CorpusGenerator.Summary s = CorpusGenerator.generate(N, tmp, 42);
    List<String> actors = Files.readAllLines(tmp.resolve("actors.jsonl"));
    assertEquals(s.actors(), actors.size());
    assertEquals(s.planted(), CorpusGenerator.truthLines(tmp).size());
    assertTrue(actors.stream().filter(l -> l.contains("\"kind\": \"change\"")).count() >= s.planted());
  }

  @Test
  void sameSizeAndSeedGiveIdenticalFiles() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    CorpusGenerator.generate(N, a, 42);
    CorpusGenerator.generate(N, b, 42);
    List<Path> fa = allFiles(a);
    List<Path> fb = allFiles(b);
    assertEquals(fa.stream().map(a::relativize).toList(), fb.stream().map(b::relativize).toList());
    for (int i = 0; i < fa.size(); i++) {
      assertArrayEquals(Files.readAllBytes(fa.get(i)), Files.readAllBytes(fb.get(i)), fa.get(i).toString());
    }
  }

  @Test
  void anotherSeedGivesAnotherCorpus() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    CorpusGenerator.generate(N, a, 42);
    CorpusGenerator.generate(N, b, 7);
    assertNotEquals(Files.readString(a.resolve("truth.jsonl")), Files.readString(b.resolve("truth.jsonl")));
  }

  @Test
  void specParsesWithOneTargetPerTown() throws IOException {
    CorpusGenerator.generate(N, tmp, 42);
    PipelineSpec spec = SpecParser.parseFile(tmp.resolve("spec.yaml").toString());
    assertEquals(7, spec.targets().size());
  }

  @Test
  void everyTruthTargetIsInTheSpec() throws IOException {
    CorpusGenerator.generate(N, tmp, 42);
    String spec = Files.readString(tmp.resolve("spec.yaml"));
    for (String line : CorpusGenerator.truthLines(tmp)) {
      assertTrue(spec.contains("id: " + field(line, "target")), line);
    }
  }

  @Test
  void ensureCorpusKeepsAnExistingCorpusOfTheSameSize() throws IOException {
    CorpusGenerator.ensureCorpus(N, tmp);
    Path marker = tmp.resolve("articles").resolve("marker.txt");
    Files.writeString(marker, "kept");
    CorpusGenerator.ensureCorpus(N, tmp);
    assertTrue(Files.exists(marker));
  }

  @Test
  void ensureCorpusRegeneratesForAnotherSize() throws IOException {
    CorpusGenerator.ensureCorpus(N, tmp);
    Path marker = tmp.resolve("articles").resolve("marker.txt");
    Files.writeString(marker, "stale");
    CorpusGenerator.ensureCorpus(N + 1, tmp);
    assertFalse(Files.exists(marker));
  }

  static String field(String jsonLine, String name) {
    String key = "\"" + name + "\": \"";
    int at = jsonLine.indexOf(key) + key.length();
    return jsonLine.substring(at, jsonLine.indexOf('"', at));
  }

  private static List<Path> htmlFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : allFiles(dir)) {
      if (p.toString().endsWith(".html")) {
        out.add(p);
      }
    }
    return out;
  }

  private static List<Path> allFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
