package dev.quotebeam.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Command-line options of the quotebeam job. Options left unset take their value from the pipeline spec
 * ({@link #getSpec()}); options given on the command line override the spec.
 */
public interface QuotebeamOptions extends PipelineOptions {
  @Description("Pipeline spec (YAML) with input, output, options and stance targets.")
  @Default.String("pipelines/default.yaml")
  String getSpec();

  void setSpec(String value);

  @Description("Input file glob(s), comma-separated for several, e.g. 'crawl/**/*.warc.gz'. Default: the spec's input.pattern.")
  String getInput();

  void setInput(String value);

  @Description("Input format: auto, html, warc, jsonl or text. Default: the spec's input.format, else auto.")
  String getInputFormat();

  void setInputFormat(String value);

  @Description("Output folder; each table is written to <output>/<table>/. Default: the spec's output.path.")
  String getOutput();

  void setOutput(String value);

  @Description("Output formats, comma-separated: parquet, csv. Default: the spec's output.formats.")
  String getFormats();

  void setFormats(String value);

  @Description("Replace the tables of an existing output folder instead of refusing to write into it.")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("Largest document accepted, in bytes (after decompression); larger ones are rejected as too_large.")
  @Default.Long(10_000_000L)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

  @Description("Longest article text kept, in characters; longer text is cut at a paragraph boundary.")
  @Default.Integer(2_000_000)
  int getMaxTextChars();

  void setMaxTextChars(int value);

  @Description("Most statements kept per article (in text order); the rest are counted as extract.statementsDropped.")
  @Default.Integer(2_000)
  int getMaxStatementsPerDocument();

  void setMaxStatementsPerDocument(int value);

  @Description("Longest time the extract stage may spend on one article, in seconds; slower articles are rejected (reason timeout).")
  @Default.Integer(60)
  int getMaxSecondsPerDocument();

  void setMaxSecondsPerDocument(int value);

  @Description("Seconds between progress lines (documents read, accepted, statements) while the job runs; 0 for none.")
  @Default.Integer(10)
  int getProgressSeconds();

  void setProgressSeconds(int value);

  @Description("Write the cleaned article text in the articles table's 'text' column.")
  @Default.Boolean(true)
  boolean getIncludeText();

  void setIncludeText(boolean value);

  @Description("Write <output>/report.html (summary, actors, stance timelines and changes with charts); needs CSV output.")
  @Default.Boolean(true)
  boolean getReport();

  void setReport(boolean value);

  @Description("Files per table and format; rows are spread over shards by key and sorted within each shard. 0"
      + " chooses per table from its row count (one file up to 50,000 rows, 5,000 for articles).")
  @Default.Integer(0)
  int getNumShards();

  void setNumShards(int value);

  @Description("Buckets the documents are spread over after reading (by a hash of their path) and buckets of the"
      + " id, fingerprint, actor and period groupings; 0 chooses: 4 per worker thread on the DirectRunner (each"
      + " bucket becomes one large bundle), else 1024.")
  @Default.Integer(0)
  int getDocumentBuckets();

  void setDocumentBuckets(int value);

  @Description("Partitions of every shuffle on the SparkRunner: sets spark.default.parallelism unless the Spark"
      + " configuration sets it. 0 chooses: 4 per thread for a local[N] master (each partition is a task in every"
      + " stage), 64 for a cluster. Spark's own default, one per executor core, made partitions of 200 MB at"
      + " 100,000 articles on two cores. Raise it for corpora of millions of articles or clusters of more than"
      + " ~16 cores.")
  @Default.Integer(0)
  int getSparkPartitions();

  void setSparkPartitions(int value);
}
