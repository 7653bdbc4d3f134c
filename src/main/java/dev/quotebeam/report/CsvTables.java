package dev.quotebeam.report;

import dev.quotebeam.io.Column;
import dev.quotebeam.io.OutputTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a finished table, read from all its CSV shards, as maps from column name to cell text.
 *
 * <p>Rows are handed over one at a time and not kept, so reading a table of any size takes the memory of one row:
 * the report and the run summary keep only bounded selections ({@link TopRows}). Shards are read in file-name
 * order, which is the order the job wrote them in. Empty cells are {@code null}.
 * The writer prefixes {@code '} to text cells that a spreadsheet would run as a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, CR); that prefix is removed again for text columns, so {@code '-30% drop} reads
 * back as {@code -30% drop}. Missing columns (an older schema) read as {@code null}. Stateless and thread-safe.
 */
public final class CsvTables {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

  private CsvTables() {}

  /**
   * Hands each row of {@code outputDir/<table>/*.csv} to {@code rows}.
   *
   * @throws IllegalArgumentException when the table folder has no CSV shard (the job ran without CSV output)
   */
  public static void forEach(Path outputDir, OutputTable table, Consumer<Map<String, String>> rows)
      throws IOException {
    Path dir = outputDir.resolve(table.name());
    List<Path> shards = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().forEach(shards::add);
      }
    }
    if (shards.isEmpty()) {
      throw new IllegalArgumentException(
          "no CSV files in " + dir + ": the report reads the CSV tables (run with --formats including csv)");
    }
    for (Path shard : shards) {
      try (Reader r = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
        for (CSVRecord rec : FORMAT.parse(r)) {
          Map<String, String> row = new LinkedHashMap<>();
          for (Column c : table.columns()) {
            String cell = rec.isMapped(c.name()) ? rec.get(c.name()) : null;
            row.put(c.name(), clean(cell, c.type()));
          }
          rows.accept(row);
        }
      }
    }
  }

  private static String clean(String cell, Column.Type type) {
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    if (type == Column.Type.STRING && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }
}
