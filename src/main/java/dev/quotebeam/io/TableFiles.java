package dev.quotebeam.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.values.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one shard of a table, rows already sorted, as CSV or Parquet.
 *
 * <p>CSV is RFC 4180 (comma, double-quote escaping, CRLF), UTF-8 without BOM, with a header row in every shard.
 * Text cells that a spreadsheet would evaluate as a formula (starting with {@code = + - @}, tab or carriage
 * return) get a leading apostrophe, the neutralisation OWASP recommends; numeric columns are never altered.
 * Parquet is written by Beam's {@link ParquetIO#sink} with Snappy compression.
 */
public final class TableFiles {
  private TableFiles() {}

  /** File name of shard {@code shard} of {@code shards}, e.g. {@code part-00000-of-00001.csv}. */
  public static String shardName(int shard, int shards, String extension) {
    return String.format("part-%05d-of-%05d.%s", shard, shards, extension);
  }

  public static void writeCsv(OutputTable table, List<Row> sortedRows, WritableByteChannel channel)
      throws IOException {
    OutputStream out = Channels.newOutputStream(channel);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CSVPrinter csv =
        new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(table.columnNames().toArray(new String[0])).build())) {
      for (Row row : sortedRows) {
        List<String> cells = table.toCsvCells(row);
        for (int i = 0; i < cells.size(); i++) {
          Column.Type type = table.columns().get(i).type();
          cells.set(i, type == Column.Type.STRING ? neutraliseFormula(cells.get(i)) : cells.get(i));
        }
        csv.printRecord(cells);
      }
    }
  }

  public static void writeParquet(OutputTable table, List<Row> sortedRows, WritableByteChannel channel)
      throws IOException {
    ParquetIO.Sink sink = ParquetIO.sink(table.avroSchema());
    sink.open(channel);
    for (Row row : sortedRows) {
      sink.write(table.toAvro(row));
    }
    sink.flush();
    if (channel.isOpen()) {
      channel.close();
    }
  }

  /** Prefixes an apostrophe to a cell a spreadsheet would run as a formula. */
  static String neutraliseFormula(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }
}
