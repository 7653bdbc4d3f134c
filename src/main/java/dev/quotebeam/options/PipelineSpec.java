package dev.quotebeam.options;

import dev.quotebeam.model.StanceTarget;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A parsed pipeline spec: what to read, where to write, stance targets and analysis options. Immutable;
 * see {@link SpecParser} for the YAML format and {@code pipelines/example.yaml} for a documented example.
 */
public final class PipelineSpec implements Serializable {
  /** Timeline bucket of {@code actor_stance}. */
  public enum Period {
    WEEK,
    MONTH
  }

  private final String inputPattern;
  private final String inputFormat;
  private final String outputPath;
  private final List<String> formats;
  private final Period period;
  private final double minConfidence;
  private final int minStatementsPerSide;
  private final boolean includeDuplicates;
  private final List<StanceTarget> targets;
  private final Map<String, List<String>> actorAliases;

  public PipelineSpec(
      String inputPattern,
      String inputFormat,
      String outputPath,
      List<String> formats,
      Period period,
      double minConfidence,
      int minStatementsPerSide,
      boolean includeDuplicates,
      List<StanceTarget> targets,
      Map<String, List<String>> actorAliases) {
    this.inputPattern = inputPattern;
    this.inputFormat = inputFormat;
    this.outputPath = outputPath;
    this.formats = List.copyOf(formats);
    this.period = period;
    this.minConfidence = minConfidence;
    this.minStatementsPerSide = minStatementsPerSide;
    this.includeDuplicates = includeDuplicates;
    this.targets = List.copyOf(targets);
    this.actorAliases = new java.util.LinkedHashMap<>(actorAliases);
  }

  /** Declared actor aliases: canonical name → its other names. */
  public Map<String, List<String>> actorAliases() {
    return java.util.Collections.unmodifiableMap(actorAliases);
  }

  public String inputPattern() {
    return inputPattern;
  }

  public String inputFormat() {
    return inputFormat;
  }

  public String outputPath() {
    return outputPath;
  }

  public List<String> formats() {
    return formats;
  }

  public Period period() {
    return period;
  }

  public double minConfidence() {
    return minConfidence;
  }

  public int minStatementsPerSide() {
    return minStatementsPerSide;
  }

  public boolean includeDuplicates() {
    return includeDuplicates;
  }

  public List<StanceTarget> targets() {
    return targets;
  }

  /** This spec with the command line's overrides applied (null arguments keep the spec's value). */
  public PipelineSpec withOverrides(String input, String format, String output, List<String> outFormats) {
    return new PipelineSpec(
        input != null ? input : inputPattern,
        format != null ? format : inputFormat,
        output != null ? output : outputPath,
        outFormats != null ? outFormats : formats,
        period,
        minConfidence,
        minStatementsPerSide,
        includeDuplicates,
        targets,
        actorAliases);
  }
}
