package dev.quotebeam.io;

import dev.quotebeam.aggregate.BuildTables;
import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.util.CountPerBundle;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.RowCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes every table of a {@link BuildTables} tuple to {@code <dir>/<table>/part-NNNNN-of-MMMMM.{csv,parquet}}.
 *
 * <p>Rows are spread over shards by a stable hash of the table's first sort column, grouped, sorted by the full
 * sort key and written in one go, so file contents do not depend on runner, bundle or worker count. Shard files
 * are overwritten on retry. Tables with no rows get no files here; the job's finisher writes empty ones.
 *
 * <p>A shard is sorted in one worker's memory, so with {@code shards = 0} each table gets as many shards as its row
 * count needs ({@link #AUTO_ROWS_PER_SHARD}, fewer for the articles table, which carries the text), counted in the
 * pipeline first: one file for the bundled corpus, hundreds for millions of articles.
 */
public class WriteTables extends PTransform<PCollectionTuple, PDone> {
  private final String directory;
  private final List<String> formats;
  private final int shards;

  /** Rows per shard when the shard count is automatic; a tenth of it for the articles table. */
  public static final long AUTO_ROWS_PER_SHARD = 50_000;

  /** @param shards files per table and format; 0 chooses per table from its row count. */
  public WriteTables(String directory, List<String> formats, int shards) {
    this.directory = directory;
    this.formats = List.copyOf(formats);
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    for (OutputTable table : Tables.ALL) {
      String step = "Write_" + table.name();
      PCollection<Row> rows = tables.get(BuildTables.tag(table));
      PCollectionView<Integer> shardCount = shardCount(step, table, rows);
      rows.apply(step + "_KeyByShard", ParDo.of(new ShardKeyFn(table, shardCount)).withSideInputs(shardCount))
          .setCoder(KvCoder.of(VarIntCoder.of(), RowCoder.of(table.beamSchema())))
          .apply(step + "_GroupShards", GroupByKey.create())
          .apply(step + "_WriteShards",
              ParDo.of(new WriteShardFn(table, directory, formats, shardCount)).withSideInputs(shardCount));
    }
    return PDone.in(tables.getPipeline());
  }

  /** The table's shard count: the fixed one, or one per {@link #rowsPerShard} rows counted in the pipeline. */
  private PCollectionView<Integer> shardCount(String step, OutputTable table, PCollection<Row> rows) {
    if (shards > 0) {
      return rows.getPipeline()
          .apply(step + "_FixedShards", Create.of(shards).withCoder(VarIntCoder.of()))
          .apply(step + "_ShardsView", View.asSingleton());
    }
    long perShard = rowsPerShard(table);
    return rows.apply(step + "_CountRows", ParDo.of(new CountPerBundle<Row>(table.name())))
        .apply(step + "_RowCounts", Values.create())
        .apply(step + "_SumRows", Sum.longsGlobally())
        .apply(step + "_AutoShards", MapElements.into(TypeDescriptors.integers()).via((Long n) -> autoShards(n, perShard)))
        .apply(step + "_ShardsView", View.asSingleton());
  }

  static long rowsPerShard(OutputTable table) {
    return table.name().equals(Tables.ARTICLES.name()) ? AUTO_ROWS_PER_SHARD / 10 : AUTO_ROWS_PER_SHARD;
  }

  /** Shards for {@code rows} rows at most {@code perShard} each: at least one. */
  static int autoShards(long rows, long perShard) {
    return (int) Math.max(1, Math.min(99_999, (rows + perShard - 1) / perShard));
  }

  /** Assigns a row to a shard by the hash of its first sort column (String.hashCode is specified, so stable). */
  static class ShardKeyFn extends DoFn<Row, KV<Integer, Row>> {
    private final OutputTable table;
    private final PCollectionView<Integer> shards;

    ShardKeyFn(OutputTable table, PCollectionView<Integer> shards) {
      this.table = table;
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      Object key = c.element().getValue(table.sortColumns().get(0));
      c.output(KV.of(Math.floorMod(String.valueOf(key).hashCode(), c.sideInput(shards)), c.element()));
    }
  }

  /** Sorts one shard and writes it in each format. */
  static class WriteShardFn extends DoFn<KV<Integer, Iterable<Row>>, String> {
    private final OutputTable table;
    private final String directory;
    private final List<String> formats;
    private final PCollectionView<Integer> shards;
    private final Counter rowsWritten;

    WriteShardFn(OutputTable table, String directory, List<String> formats, PCollectionView<Integer> shards) {
      this.table = table;
      this.directory = directory;
      this.formats = formats;
      this.shards = shards;
      this.rowsWritten = Metrics.counter(Failsafe.NAMESPACE, "rows." + table.name());
    }

    @ProcessElement
    public void processElement(ProcessContext c) throws IOException {
      KV<Integer, Iterable<Row>> shard = c.element();
      int shards = c.sideInput(this.shards);
      List<KV<String, Row>> keyed = new ArrayList<>();
      shard.getValue().forEach(r -> keyed.add(KV.of(table.sortKey(r), r)));
      keyed.sort(Comparator.comparing(KV::getKey));
      List<Row> rows = new ArrayList<>(keyed.size());
      keyed.forEach(kv -> rows.add(kv.getValue()));
      rowsWritten.inc(rows.size());
      for (String format : formats) {
        ResourceId file =
            FileSystems.matchNewResource(directory, true)
                .resolve(table.name(), ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY)
                .resolve(TableFiles.shardName(shard.getKey(), shards, format), ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
        try (WritableByteChannel channel = FileSystems.create(file, MimeTypes.BINARY)) {
          if ("csv".equals(format)) {
            TableFiles.writeCsv(table, rows, channel);
          } else {
            TableFiles.writeParquet(table, rows, channel);
          }
        }
        c.output(file.toString());
      }
    }
  }
}
