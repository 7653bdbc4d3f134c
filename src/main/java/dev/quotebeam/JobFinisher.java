package dev.quotebeam;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.failsafe.StageCounts;
import dev.quotebeam.io.OutputTable;
import dev.quotebeam.io.TableFiles;
import dev.quotebeam.io.Tables;
import dev.quotebeam.report.CsvTables;
import dev.quotebeam.report.ReportWriter;
import dev.quotebeam.report.TopRows;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.util.ReleaseInfo;

/**
 * Runs after the pipeline has succeeded: gives empty tables their (header-only) files, moves the staged tables
 * into the output folder, reads the stage counters back from Beam metrics, checks that they add up and writes
 * {@code manifest.json}.
 */
final class JobFinisher {
  /** Stages whose counters must satisfy input = accepted + rejected. */
  static final List<String> STAGES = List.of("clean", "extract", "attribute", "date", "stance");

  private final JobConfig config;
  private final Path staging;
  private final Instant started = Instant.now();

  JobFinisher(JobConfig config, Path staging) {
    this.config = config;
    this.staging = staging;
  }

  void clearStaging() {
    deleteRecursively(staging);
  }

  Summary finish(PipelineResult result) {
    Map<String, Long> metrics = counters(result);
    try {
      // Exact counts come from the pipeline's own data; metrics (attempted values) only fill in what it does not
      // count (files, duplicates, statements found) and are kept apart in the manifest.
      Map<String, Long> counters = new TreeMap<>(metrics);
      Path countsFile = staging.resolve(StageCounts.FILE);
      if (Files.exists(countsFile)) {
        Map<String, Long> exact =
            new ObjectMapper().readValue(countsFile.toFile(), new TypeReference<TreeMap<String, Long>>() {});
        counters.putAll(exact);
        Files.delete(countsFile);
      }
      for (OutputTable table : Tables.ALL) {
        Path dir = staging.resolve(table.name());
        Files.createDirectories(dir);
        for (String format : config.formats) {
          try (Stream<Path> files = Files.list(dir)) {
            if (files.noneMatch(f -> f.getFileName().toString().endsWith("." + format))) {
              writeEmpty(table, dir.resolve(TableFiles.shardName(0, 1, format)), format);
            }
          }
        }
      }
      for (OutputTable table : Tables.ALL) {
        Path target = config.output.resolve(table.name());
        deleteRecursively(target);
        Files.move(staging.resolve(table.name()), target, StandardCopyOption.ATOMIC_MOVE);
      }
      deleteRecursively(staging);
      Summary summary = new Summary(counters, topActors(), config.output);
      writeManifest(summary, result, metrics);
      if (config.options.getReport() && config.formats.contains("csv")) {
        ReportWriter.write(config.output);
      }
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish writing to " + config.output, e);
    }
  }

  private static void writeEmpty(OutputTable table, Path file, String format) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      if ("csv".equals(format)) {
        TableFiles.writeCsv(table, List.of(), channel);
      } else {
        TableFiles.writeParquet(table, List.of(), channel);
      }
    }
  }

  /** Sums the job's counters over steps; attempted values, which every runner reports. */
  static Map<String, Long> counters(PipelineResult result) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(Failsafe.NAMESPACE)).build());
    Map<String, Long> sums = new TreeMap<>();
    for (MetricResult<Long> c : metrics.getCounters()) {
      sums.merge(c.getName().getName(), c.getAttempted(), Long::sum);
    }
    return sums;
  }

  /** The five actors with most statements, from the actors CSV (empty when CSV was not written). */
  private List<String> topActors() throws IOException {
    if (!config.formats.contains("csv")) {
      return List.of();
    }
    TopRows<Map<String, String>> actors = new TopRows<>(5, ReportWriter.MOST_STATEMENTS);
    CsvTables.forEach(config.output, Tables.ACTORS, actors::offer);
    List<String> top = new ArrayList<>();
    for (Map<String, String> a : actors.sorted()) {
      top.add(String.format("%-32s %5s  %s", a.get("name"), a.get("statement_count"), a.get("actor_type")));
    }
    return top;
  }

  private void writeManifest(Summary summary, PipelineResult result, Map<String, Long> metrics) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode m = json.createObjectNode();
    m.put("tool", "quotebeam");
    m.put("schema_version", Tables.SCHEMA_VERSION);
    m.put("beam_version", ReleaseInfo.getReleaseInfo().getVersion());
    m.put("runner", config.options.getRunner().getSimpleName());
    m.put("state", result.getState().toString());
    m.put("started_at", started.toString());
    m.put("finished_at", Instant.now().toString());
    ObjectNode options = m.putObject("options");
    options.put("spec", config.options.getSpec());
    ArrayNode inputs = options.putArray("input");
    config.inputPatterns.forEach(inputs::add);
    options.put("input_format", config.inputFormat.name().toLowerCase());
    options.put("output", config.output.toString());
    ArrayNode formats = options.putArray("formats");
    config.formats.forEach(formats::add);
    options.put("max_document_bytes", config.options.getMaxDocumentBytes());
    options.put("include_text", config.options.getIncludeText());
    options.put("num_shards", config.options.getNumShards());
    m.put("spec_text", Files.readString(Path.of(config.options.getSpec()), StandardCharsets.UTF_8));
    ObjectNode counts = m.putObject("counts");
    summary.counters.forEach(counts::put);
    ObjectNode attempted = m.putObject("metrics_attempted");
    metrics.forEach(attempted::put);
    ObjectNode documents = m.putObject("documents");
    documents.put("read", summary.documentsRead());
    documents.put("accepted", summary.get("clean.accepted"));
    documents.put("rejected", summary.documentsRejected());
    m.put("counts_add_up", summary.countsAddUp());
    ArrayNode problems = m.putArray("count_problems");
    summary.problems().forEach(problems::add);
    ObjectNode tables = m.putObject("tables");
    for (OutputTable t : Tables.ALL) {
      tables.put(t.name(), summary.get("rows." + t.name()));
    }
    Files.writeString(config.output.resolve("manifest.json"), json.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  /** Counts of a finished run, with the accounting check. */
  static final class Summary {
    final Map<String, Long> counters;
    final List<String> topActors;
    final Path output;

    Summary(Map<String, Long> counters, List<String> topActors, Path output) {
      this.counters = counters;
      this.topActors = topActors;
      this.output = output;
    }

    long get(String name) {
      return counters.getOrDefault(name, 0L);
    }

    long documentsRead() {
      return get("read.accepted") + get("read.rejected");
    }

    long documentsRejected() {
      return get("read.rejected") + get("clean.rejected");
    }

    /** Every way the counts fail to add up; empty when they do. */
    List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (documentsRead() == 0) {
        problems.add("no document was read although the input pattern matched files before the run");
      }
      if (get("read.accepted") != get("clean.input")) {
        problems.add("read.accepted " + get("read.accepted") + " != clean.input " + get("clean.input"));
      }
      for (String stage : STAGES) {
        long in = get(stage + ".input");
        long out = get(stage + ".accepted") + get(stage + ".rejected");
        if (in != out) {
          problems.add(stage + ": input " + in + " != accepted + rejected " + out);
        }
      }
      if (get("rows.articles") != get("clean.accepted")) {
        problems.add("articles rows " + get("rows.articles") + " != clean.accepted " + get("clean.accepted"));
      }
      return problems;
    }

    boolean countsAddUp() {
      return problems().isEmpty();
    }

    void print(PrintStream out) {
      out.println();
      out.println("quotebeam run finished");
      out.printf("  documents read     %8d  (from %d files)%n", documentsRead(), get("read.files"));
      out.printf("  articles accepted  %8d  (%d duplicates)%n", get("clean.accepted"), get("dedupe.duplicates"));
      out.printf("  documents rejected %8d  (read %d, clean %d)%n", documentsRejected(), get("read.rejected"), get("clean.rejected"));
      for (String stage : STAGES.subList(1, STAGES.size())) {
        out.printf("  %-18s %8d in, %d rejected%n", stage, get(stage + ".input"), get(stage + ".rejected"));
      }
      out.printf("  statements         %8d%n", get("rows.statements"));
      out.printf("  stance rows        %8d%n", get("rows.statement_stances"));
      out.printf("  actors             %8d%n", get("rows.actors"));
      out.printf("  stance changes     %8d%n", get("rows.stance_changes"));
      out.println(countsAddUp() ? "  counts add up: read = accepted + rejected" : "  COUNTS DO NOT ADD UP: " + problems());
      if (!topActors.isEmpty()) {
        out.println("top actors (statements):");
        topActors.forEach(a -> out.println("  " + a));
      }
      out.println("tables: " + output + "/<table>/part-*.{parquet,csv}; manifest: " + output.resolve("manifest.json"));
      if (Files.exists(output.resolve(ReportWriter.FILE_NAME))) {
        out.println("report: " + output.resolve(ReportWriter.FILE_NAME));
      }
    }
  }
}
