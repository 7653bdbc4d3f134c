package dev.quotebeam;

import dev.quotebeam.io.InputFormat;
import dev.quotebeam.io.LocalFiles;
import dev.quotebeam.options.PipelineSpec;
import dev.quotebeam.options.QuotebeamOptions;
import dev.quotebeam.options.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The validated settings of one run: the spec with the command line's overrides applied, checked before the
 * pipeline is built so a bad option fails in a second with one line naming it.
 */
public final class JobConfig {
  final PipelineSpec spec;
  final List<String> inputPatterns;
  final InputFormat inputFormat;
  final Path output;
  final List<String> formats;
  final QuotebeamOptions options;

  private JobConfig(PipelineSpec spec, List<String> inputPatterns, InputFormat inputFormat, Path output, List<String> formats, QuotebeamOptions options) {
    this.spec = spec;
    this.inputPatterns = inputPatterns;
    this.inputFormat = inputFormat;
    this.output = output;
    this.formats = formats;
    this.options = options;
  }

  /**
   * A local relative pattern made absolute against the driver's working folder: workers (Spark executors) run
   * in folders of their own. Patterns with a scheme ({@code gs://}, {@code hdfs://}) are left as they are.
   */
  static String absolute(String pattern) {
    if (!LocalFiles.isLocal(pattern)) {
      return pattern;
    }
    return Path.of(pattern).isAbsolute() ? pattern : Path.of("").toAbsolutePath().resolve(pattern).toString();
  }

  /** Reads the spec, applies overrides and validates everything that can be checked before running. */
  public static JobConfig resolve(QuotebeamOptions options) {
    List<String> formats = null;
    if (options.getFormats() != null) {
      formats = new ArrayList<>();
      for (String f : options.getFormats().split(",")) {
        String v = f.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("parquet") && !v.equals("csv")) {
          throw new IllegalArgumentException("--formats: unknown format '" + f.trim() + "' (expected parquet, csv)");
        }
        if (!formats.contains(v)) {
          formats.add(v);
        }
      }
    }
    PipelineSpec spec =
        SpecParser.parseFile(options.getSpec())
            .withOverrides(options.getInput(), options.getInputFormat(), options.getOutput(), formats);
    InputFormat format = InputFormat.parse(spec.inputFormat(), options.getInputFormat() != null ? "--inputFormat" : "input.format");
    if (options.getMaxDocumentBytes() <= 0) {
      throw new IllegalArgumentException("--maxDocumentBytes: must be positive");
    }
    if (options.getNumShards() < 0) {
      throw new IllegalArgumentException("--numShards: must be 0 (automatic) or more");
    }
    if (options.getSparkPartitions() < 0) {
      throw new IllegalArgumentException("--sparkPartitions: must be 0 (automatic) or more");
    }
    List<String> patterns = new ArrayList<>();
    for (String p : Arrays.asList(spec.inputPattern().split(","))) {
      if (!p.isBlank()) {
        patterns.add(absolute(p.trim()));
      }
    }
    String inputName = options.getInput() != null ? "--input" : "input.pattern";
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException(inputName + ": no input pattern given");
    }
    for (String p : patterns) {
      try {
        boolean any;
        if (LocalFiles.isLocal(p)) {
          any = LocalFiles.anyFile(p);
        } else {
          MatchResult m = FileSystems.match(List.of(p), EmptyMatchTreatment.ALLOW).get(0);
          any = m.status() == MatchResult.Status.OK && !m.metadata().isEmpty();
        }
        if (!any) {
          throw new IllegalArgumentException(inputName + ": no files match '" + p + "'");
        }
      } catch (IOException | RuntimeException e) {
        if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith(inputName)) {
          throw (IllegalArgumentException) e;
        }
        throw new IllegalArgumentException(inputName + ": cannot list '" + p + "' (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      }
    }
    Path output = Path.of(spec.outputPath()).toAbsolutePath().normalize();
    String outputName = options.getOutput() != null ? "--output" : "output.path";
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new IllegalArgumentException(outputName + ": " + spec.outputPath() + " exists and is not a folder");
    }
    if (Files.isDirectory(output) && !options.getOverwrite()) {
      try (var entries = Files.list(output)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(
              outputName + ": " + spec.outputPath() + " is not empty; pass --overwrite=true to replace its tables");
        }
      } catch (IOException e) {
        throw new IllegalArgumentException(outputName + ": cannot read " + spec.outputPath() + " (" + e.getMessage() + ")");
      }
    }
    try {
      Files.createDirectories(output);
      if (!Files.isWritable(output)) {
        throw new IOException("not writable");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(outputName + ": cannot write to " + spec.outputPath() + " (" + e.getMessage() + ")");
    }
    return new JobConfig(spec, List.copyOf(patterns), format, output, spec.formats(), options);
  }
}
