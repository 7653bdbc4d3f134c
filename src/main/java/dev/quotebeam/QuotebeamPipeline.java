package dev.quotebeam;

import dev.quotebeam.actors.ActorCanonicalizer;
import dev.quotebeam.actors.CanonicalizeActors;
import dev.quotebeam.aggregate.BuildTables;
import dev.quotebeam.attribute.AttributeSpeakers;
import dev.quotebeam.attribute.SpeakerResolver;
import dev.quotebeam.clean.ArticleCleaner;
import dev.quotebeam.clean.CleanArticles;
import dev.quotebeam.dates.DateStatements;
import dev.quotebeam.dates.StatementDater;
import dev.quotebeam.dedupe.MarkDuplicates;
import dev.quotebeam.extract.ExtractStatements;
import dev.quotebeam.extract.QuoteExtractor;
import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.failsafe.PerArticleFn;
import dev.quotebeam.failsafe.StageCounts;
import dev.quotebeam.io.OutputTable;
import dev.quotebeam.io.Tables;
import dev.quotebeam.io.ReadArticles;
import dev.quotebeam.io.WriteTables;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.ArticleStatements;
import dev.quotebeam.model.Reject;
import dev.quotebeam.options.QuotebeamOptions;
import dev.quotebeam.stance.ScoreStance;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.spark.SparkCommonPipelineOptions;
import org.joda.time.Duration;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The quotebeam job: scraped news pages in, tables of who said what, when, and with which stance out.
 *
 * <pre>
 * ReadArticles → CleanArticles → MarkDuplicates → ExtractStatements → AttributeSpeakers → DateStatements
 *   → ScoreStance → CanonicalizeActors → BuildTables → WriteTables   (+ rejects of every stage)
 * </pre>
 *
 * Tables are written to a temporary folder inside the output and moved into place by {@link JobFinisher} once
 * the pipeline has succeeded, so a failed run never leaves a half-written table that looks complete.
 */
public final class QuotebeamPipeline {
  /** Folder inside the output where the running job writes its tables. */
  static final String STAGING_DIR = ".quotebeam-staging";
  private static final String SPARK_PARALLELISM = "spark.default.parallelism";

  private QuotebeamPipeline() {}

  public static void main(String[] args) {
    System.exit(runFromArgs(args, System.out, System.err));
  }

  /** Runs the job for command-line arguments; returns the process exit code. */
  static int runFromArgs(String[] args, PrintStream out, PrintStream err) {
    boolean debug = false;
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        out.println("quotebeam: who said what, when, and whether they changed their mind.");
        out.println("Options override the pipeline spec (pipelines/default.yaml unless --spec is given).");
        PipelineOptionsFactory.printHelp(out, QuotebeamOptions.class);
        return 0;
      }
      debug |= a.equals("--debug") || a.equals("--debug=true");
    }
    QuotebeamOptions options;
    JobConfig config;
    try {
      PipelineOptionsFactory.register(QuotebeamOptions.class);
      String[] beamArgs = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--debug")).toArray(String[]::new);
      options = PipelineOptionsFactory.fromArgs(beamArgs).withValidation().as(QuotebeamOptions.class);
      config = JobConfig.resolve(options);
    } catch (IllegalArgumentException e) {
      err.println("quotebeam: " + firstLine(e.getMessage()));
      if (debug) {
        e.printStackTrace(err);
      }
      return 2;
    }
    try {
      JobFinisher.Summary summary = run(config);
      summary.print(out);
      return summary.countsAddUp() ? 0 : 3;
    } catch (RuntimeException e) {
      err.println("quotebeam: the job failed: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
      if (debug) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** Builds and runs the pipeline, waits for it, then moves the tables into place and writes the manifest. */
  public static JobFinisher.Summary run(JobConfig config) {
    Path staging = config.output.resolve(STAGING_DIR);
    JobFinisher finisher = new JobFinisher(config, staging);
    finisher.clearStaging();
    if (config.options.getRunner().getSimpleName().equals("DirectRunner")) {
      DirectOptions direct = config.options.as(DirectOptions.class);
      direct.setBlockOnRun(false); // so progress can be reported
      // The DirectRunner's mutation and encodability checks re-encode every element and walk the whole graph per
      // bundle: right for unit tests (TestPipeline keeps them), minutes of overhead for a real corpus. The coders
      // are still exercised: every element crosses at least one GroupByKey.
      direct.setEnforceImmutability(false);
      direct.setEnforceEncodability(false);
      if (config.options.getDocumentBuckets() == 0) {
        config.options.setDocumentBuckets(4 * direct.getTargetParallelism());
      }
    }
    if (config.options.getRunner().getSimpleName().equals("SparkRunner")) {
      SparkCommonPipelineOptions spark = config.options.as(SparkCommonPipelineOptions.class);
      if ("MEMORY_ONLY".equals(spark.getStorageLevel())) {
        // Collections read twice (side inputs: duplicates, actors, shard counts) are cached; evicted MEMORY_ONLY
        // blocks are recomputed from the input (cleaning and extraction again), spilled ones are just read back.
        // Serialized in memory: deserialized blocks' size estimates let cache and the job's own groups overrun
        // 1.5 GB executors at 100k articles.
        spark.setStorageLevel("MEMORY_AND_DISK_SER");
      }
    }
    // The SparkRunner shuffles into spark.default.parallelism partitions, read from system properties when it
    // creates its context; spark-submit's --conf arrives as one and wins. Set for this run only.
    boolean setParallelism =
        config.options.getRunner().getSimpleName().equals("SparkRunner") && System.getProperty(SPARK_PARALLELISM) == null;
    if (setParallelism) {
      String master = config.options.as(SparkCommonPipelineOptions.class).getSparkMaster();
      System.setProperty(SPARK_PARALLELISM, String.valueOf(sparkPartitions(master, config.options.getSparkPartitions())));
    }
    try {
      Pipeline p = Pipeline.create(config.options);
      build(p, config, staging.toString());
      PipelineResult result = p.run();
      followProgress(result, config.options.getProgressSeconds(), System.err);
      PipelineResult.State state = result.waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("pipeline ended in state " + state);
      }
      return finisher.finish(result);
    } finally {
      if (setParallelism) {
        System.clearProperty(SPARK_PARALLELISM);
      }
    }
  }

  private static final Pattern LOCAL_MASTER = Pattern.compile("local\\[(\\d+|\\*)(?:,\\d+)?]");

  /**
   * Partitions of every Spark shuffle: {@code requested} when positive, else 4 per thread for a local master
   * ({@code local[2]} gives 8: each partition costs a task in every stage, ~20 ms, which on one core made a
   * 10-article run take 55 s at 64 partitions) and 64 for a cluster (at 100k articles one partition per executor
   * core made 200 MB partitions).
   */
  static int sparkPartitions(String master, int requested) {
    if (requested > 0) {
      return requested;
    }
    if (master.equals("local")) {
      return 4;
    }
    Matcher m = LOCAL_MASTER.matcher(master);
    if (m.matches()) {
      return 4 * (m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1)));
    }
    return 64;
  }

  /** Prints the stage counters every {@code seconds} until the pipeline finishes (nothing when 0). */
  static void followProgress(PipelineResult result, int seconds, PrintStream out) {
    if (seconds <= 0) {
      return;
    }
    long start = System.nanoTime();
    while (result.waitUntilFinish(Duration.standardSeconds(seconds)) == null) {
      java.util.Map<String, Long> c = JobFinisher.counters(result);
      out.printf(
          "quotebeam: %4d s  read %d documents, %d accepted, %d rejected, %d analysed, %d statements%n",
          (System.nanoTime() - start) / 1_000_000_000L,
          c.getOrDefault("read.accepted", 0L) + c.getOrDefault("read.rejected", 0L),
          c.getOrDefault("clean.accepted", 0L),
          c.getOrDefault("read.rejected", 0L) + c.getOrDefault("clean.rejected", 0L),
          c.getOrDefault("extract.accepted", 0L),
          c.getOrDefault("extract.statements", 0L));
    }
  }

  /**
   * Buckets of the spreading of documents and of the many-keyed groupings (article ids, fingerprints, name blocks,
   * actors, periods): the document buckets when set (the DirectRunner's few large bundles), else 1024 (each bucket's
   * members are held in memory together).
   */
  static int groupBuckets(QuotebeamOptions options) {
    return options.getDocumentBuckets() > 0 ? options.getDocumentBuckets() : 1024;
  }

  /** Applies the whole job to {@code p}, writing the tables under {@code tablesDir}. */
  static void build(Pipeline p, JobConfig config, String tablesDir) {
    QuotebeamOptions options = config.options;
    PCollectionTuple read =
        p.apply(
            "ReadArticles",
            new ReadArticles(
                config.inputPatterns,
                config.inputFormat,
                options.getMaxDocumentBytes(),
                Path.of("").toAbsolutePath().toString(),
                groupBuckets(options)));
    PCollectionTuple cleaned =
        read.get(ReadArticles.DOCUMENTS).apply("CleanArticles", new CleanArticles(
                    new ArticleCleaner(
                        new ArticleCleaner.Config(
                            options.getMaxDocumentBytes(),
                            options.getMaxTextChars(),
                            ArticleCleaner.Config.defaults().minTextChars()))));
    PCollection<Article> articles =
        cleaned.get(CleanArticles.ARTICLES).apply("MarkDuplicates", new MarkDuplicates(groupBuckets(options)));

    boolean includeDuplicates = config.spec.includeDuplicates();
    PCollection<ArticleStatements> toAnalyse =
        articles
            .apply("SkipDuplicates", Filter.by((Article a) -> includeDuplicates || a.getDuplicateOf() == null))
            .apply(
                "StartAnalysis",
                MapElements.into(TypeDescriptor.of(ArticleStatements.class))
                    .via((Article a) -> ArticleStatements.of(a, List.of())));

    PCollectionTuple extracted = toAnalyse.apply("ExtractStatements", new ExtractStatements(QuoteExtractor.withDefaults(), options.getMaxStatementsPerDocument(), options.getMaxSecondsPerDocument()));
    PCollectionTuple attributed =
        extracted.get(PerArticleFn.MAIN).apply("AttributeSpeakers", new AttributeSpeakers(SpeakerResolver.withDefaults()));
    PCollectionTuple dated =
        attributed.get(PerArticleFn.MAIN).apply("DateStatements", new DateStatements(StatementDater.withDefaults()));
    PCollectionTuple scored =
        dated.get(PerArticleFn.MAIN).apply("ScoreStance", new ScoreStance(config.spec.targets(), config.spec.minConfidence()));
    PCollection<ArticleStatements> linked =
        scored.get(PerArticleFn.MAIN).apply("CanonicalizeActors", new CanonicalizeActors(new ActorCanonicalizer(config.spec.actorAliases()), groupBuckets(options)));

    PCollection<Reject> rejects =
        Failsafe.flatten(
            PCollectionList.of(read.get(Failsafe.REJECTS))
                .and(cleaned.get(Failsafe.REJECTS))
                .and(extracted.get(Failsafe.REJECTS))
                .and(attributed.get(Failsafe.REJECTS))
                .and(dated.get(Failsafe.REJECTS))
                .and(scored.get(Failsafe.REJECTS)));

    PCollectionTuple tables =
        PCollectionTuple.of(BuildTables.ANALYSED, linked)
            .and(BuildTables.ARTICLES, articles)
            .and(BuildTables.REJECTS, rejects)
            .apply("BuildTables", new BuildTables(config.spec, options.getIncludeText(), groupBuckets(options)));
    tables.apply("WriteTables", new WriteTables(tablesDir, config.formats, options.getNumShards()));

    StageCounts counts = new StageCounts()
        .add("read.accepted", read.get(ReadArticles.DOCUMENTS))
        .add("read.rejected", read.get(Failsafe.REJECTS))
        .add("clean.input", read.get(ReadArticles.DOCUMENTS))
        .add("clean.accepted", cleaned.get(CleanArticles.ARTICLES))
        .add("clean.rejected", cleaned.get(Failsafe.REJECTS))
        .add("extract.input", toAnalyse);
    PCollectionTuple[] stages = {extracted, attributed, dated, scored};
    String[] names = {ExtractStatements.STAGE, AttributeSpeakers.STAGE, DateStatements.STAGE, ScoreStance.STAGE};
    for (int i = 0; i < stages.length; i++) {
      counts.add(names[i] + ".accepted", stages[i].get(PerArticleFn.MAIN))
          .add(names[i] + ".rejected", stages[i].get(Failsafe.REJECTS));
      if (i > 0) {
        counts.add(names[i] + ".input", stages[i - 1].get(PerArticleFn.MAIN));
      }
    }
    for (OutputTable t : Tables.ALL) {
      counts.add("rows." + t.name(), tables.get(BuildTables.tag(t)));
    }
    counts.writeTo(tablesDir);
  }
}
