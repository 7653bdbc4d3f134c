package dev.quotebeam.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the output tables' documentation (Markdown) from {@link Tables}, the single definition of the schema:
 * {@code docs/schema.md} and the table section of README.md are this text, and a test fails when they drift.
 * {@code main(path)} rewrites the file.
 */
public final class SchemaDoc {
  private SchemaDoc() {}

  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("Schema version ").append(Tables.SCHEMA_VERSION)
        .append(". Every table is written to `<output>/<table>/part-NNNNN-of-MMMMM.parquet` and `.csv` with the same columns. ")
        .append("DATE columns are ISO days (`yyyy-MM-dd`), TIMESTAMP columns UTC instants; empty cells are NULL in Parquet. ")
        .append("Lists are `; `-separated strings so CSV and Parquet agree. CSV is RFC 4180, UTF-8, header row in every shard; ")
        .append("text cells starting with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` so spreadsheets do not run them as formulas.\n");
    for (OutputTable t : Tables.ALL) {
      sb.append("\n### `").append(t.name()).append("`\n\n").append(t.description())
          .append(" Sorted by ").append(String.join(", ", t.sortColumns())).append(".\n\n")
          .append("| column | type | meaning | example |\n|---|---|---|---|\n");
      for (Column c : t.columns()) {
        sb.append("| `").append(c.name()).append("` | ").append(c.type()).append(c.nullable() ? "" : " (required)")
            .append(" | ").append(c.description().replace("|", "\\|")).append(" | ")
            .append(c.example().isEmpty() ? "" : "`" + c.example().replace("|", "\\|") + "`").append(" |\n");
      }
    }
    return sb.toString();
  }

  public static void main(String[] args) throws Exception {
    Path path = Path.of(args.length > 0 ? args[0] : "docs/schema.md");
    Files.createDirectories(path.toAbsolutePath().getParent());
    Files.writeString(path, "# quotebeam output tables\n\n" + markdown(), StandardCharsets.UTF_8);
  }
}
