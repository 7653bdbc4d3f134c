package dev.quotebeam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.io.OutputTable;
import dev.quotebeam.io.Tables;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on the DirectRunner, on the SparkRunner in local mode and on a real standalone Spark cluster
 * (master + two workers started by {@code scripts/spark-cluster.sh}) must give identical rows in every table.
 */
class SparkRunnersTest {
  @TempDir Path tmp;

  private static int run(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("--output=" + out));
    args.addAll(List.of(extra));
    return QuotebeamPipeline.runFromArgs(args.toArray(new String[0]), System.out, System.err);
  }

  /** Each table's CSV rows (all shards, header dropped), sorted: a multiset to compare. */
  private static TreeMap<String, List<String>> rows(Path out) throws IOException {
    TreeMap<String, List<String>> tables = new TreeMap<>();
    for (OutputTable t : Tables.ALL) {
      List<String> lines = new ArrayList<>();
      try (Stream<Path> files = Files.list(out.resolve(t.name()))) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".csv")).sorted()::iterator) {
          try (var reader = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
              lines.add(String.join("\u0001", r.values()));
            }
          }
        }
      }
      lines.sort(null);
      tables.put(t.name(), lines);
    }
    return tables;
  }

  private static int script(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    return p.waitFor();
  }

  /** Our classes as one jar plus every runtime jar that a Spark installation does not already have. */
  private static String filesToStage(Path dir) throws IOException {
    Path classesJar = dir.resolve("quotebeam-classes.jar");
    Path classes = Path.of("target/classes");
    try (OutputStream os = Files.newOutputStream(classesJar);
        JarOutputStream jar = new JarOutputStream(os);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
        jar.write(Files.readAllBytes(f));
        jar.closeEntry();
      }
    }
    List<String> jars = new ArrayList<>(List.of(classesJar.toString()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (entry.endsWith(".jar") && !name.startsWith("spark-") && !name.startsWith("scala-")
          && !name.startsWith("hadoop-client-") && !name.startsWith("duckdb") && !name.startsWith("junit")
          && !name.startsWith("surefire")) {
        jars.add(entry);
      }
    }
    return String.join(",", jars);
  }

  @Test
  void directSparkLocalAndStandaloneClusterWriteTheSameRows() throws Exception {
    Path direct = tmp.resolve("direct");
    Path local = tmp.resolve("spark-local");
    Path cluster = tmp.resolve("spark-cluster");
    assertEquals(0, run(direct));
    assertEquals(0, run(local, "--runner=SparkRunner", "--sparkMaster=local[2]"));
    TreeMap<String, List<String>> expected = rows(direct);
    assertTrue(expected.get("statements").size() > 100, "the corpus yields statements");
    assertEquals(expected, rows(local), "Spark local[2] differs from the DirectRunner");

    assertEquals(0, script("scripts/spark-cluster.sh", "start"), "cluster start");
    try {
      System.setProperty(
          "spark.executor.extraJavaOptions",
          "-Xss8m --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED"
              + " --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED"
              + " --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED");
      System.setProperty("spark.executor.memory", "768m");
      assertEquals(
          0,
          run(cluster, "--runner=SparkRunner", "--sparkMaster=spark://127.0.0.1:7077",
              "--filesToStage=" + filesToStage(tmp)));
    } finally {
      System.clearProperty("spark.executor.extraJavaOptions");
      System.clearProperty("spark.executor.memory");
      script("scripts/spark-cluster.sh", "stop");
    }
    assertEquals(expected, rows(cluster), "the standalone cluster differs from the DirectRunner");
  }
}
