package dev.quotebeam.io;

import dev.quotebeam.aggregate.BuildTables;
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
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import dev.quotebeam.failsafe.Failsafe;

/**
 * Writes every table of a {@link BuildTables} tuple to {@code <dir>/<table>/part-NNNNN-of-MMMMM.{csv,parquet}}.
 *
 * <p>Rows are spread over shards by a stable hash of the table's first sort column, grouped, sorted by the full
 * sort key and written in one go, so file contents do not depend on runner, bundle or worker count. Shard files
 * are overwritten on retry. Tables with no rows get no files here; the job's finisher writes empty ones.
 */
public class WriteTables extends PTransform<PCollectionTuple, PDone> {
  private final String directory;
  private final List<String> formats;
  private final int shards;

  public WriteTables(String directory, List<String> formats, int shards) {
    this.directory = directory;
    this.formats = List.copyOf(formats);
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    for (OutputTable table : Tables.ALL) {
      String step = "Write_" + table.name();
      tables
          .get(BuildTables.tag(table))
          .apply(step + "_KeyByShard", ParDo.of(new ShardKeyFn(table, shards)))
          .setCoder(KvCoder.of(VarIntCoder.of(), RowCoder.of(table.beamSchema())))
          .apply(step + "_GroupShards", GroupByKey.create())
          .apply(step + "_WriteShards", ParDo.of(new WriteShardFn(table, directory, formats, shards)));
    }
    return PDone.in(tables.getPipeline());
  }

  /** Assigns a row to a shard by the hash of its first sort column (String.hashCode is specified, so stable). */
  static class ShardKeyFn extends DoFn<Row, KV<Integer, Row>> {
    private final OutputTable table;
    private final int shards;

    ShardKeyFn(OutputTable table, int shards) {
      this.table = table;
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(@Element Row row, OutputReceiver<KV<Integer, Row>> out) {
      Object key = row.getValue(table.sortColumns().get(0));
      out.output(KV.of(Math.floorMod(String.valueOf(key).hashCode(), shards), row));
    }
  }

  /** Sorts one shard and writes it in each format. */
  static class WriteShardFn extends DoFn<KV<Integer, Iterable<Row>>, String> {
    private final OutputTable table;
    private final String directory;
    private final List<String> formats;
    private final int shards;
    private final Counter rowsWritten;

    WriteShardFn(OutputTable table, String directory, List<String> formats, int shards) {
      this.table = table;
      this.directory = directory;
      this.formats = formats;
      this.shards = shards;
      this.rowsWritten = Metrics.counter(Failsafe.NAMESPACE, "rows." + table.name());
    }

    @ProcessElement
    public void processElement(@Element KV<Integer, Iterable<Row>> shard, OutputReceiver<String> out)
        throws IOException {
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
        out.output(file.toString());
      }
    }
  }
}
