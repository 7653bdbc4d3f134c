package dev.quotebeam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotebeam.io.OutputTable;
import dev.quotebeam.io.Tables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real job (DirectRunner, default spec) over {@code testdata/} and reads every table back with DuckDB:
 * the seed article's statements, the planted stance change and the accounting must come out.
 */
class EndToEndTest {
  @TempDir static Path tmp;
  static Path out;
  static String stdout;
  static int exitCode;
  static Connection db;

  @BeforeAll
  static void runJob() throws Exception {
    out = tmp.resolve("out");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    exitCode =
        QuotebeamPipeline.runFromArgs(
            new String[] {"--output=" + out}, new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);
    stdout = bytes.toString(StandardCharsets.UTF_8);
    db = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  private static List<List<String>> query(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String parquet(String table) {
    return "read_parquet('" + out.resolve(table) + "/*.parquet')";
  }

  private static String csv(String table) {
    return "read_csv('" + out.resolve(table) + "/*.csv', header=true, all_varchar=true)";
  }

  @Test
  void jobSucceedsAndSummarises() {
    assertEquals(0, exitCode, stdout);
    assertTrue(stdout.contains("counts add up"), stdout);
    assertTrue(stdout.contains("top actors"), stdout);
  }

  @Test
  void everyTableHasParquetAndCsvWithEqualRowCountsAndColumns() throws SQLException {
    for (OutputTable t : Tables.ALL) {
      long p = Long.parseLong(query("SELECT count(*) FROM " + parquet(t.name())).get(0).get(0));
      long c = Long.parseLong(query("SELECT count(*) FROM " + csv(t.name())).get(0).get(0));
      assertEquals(p, c, t.name());
      List<String> columns = new ArrayList<>();
      for (List<String> r : query("DESCRIBE SELECT * FROM " + parquet(t.name()))) {
        columns.add(r.get(0));
      }
      assertEquals(t.columnNames(), columns, t.name());
    }
    assertEquals("24", query("SELECT count(*) FROM " + parquet("articles")).get(0).get(0));
  }

  @Test
  void parquetTypesAreUsable() throws SQLException {
    List<String> types = new ArrayList<>();
    for (List<String> r : query("DESCRIBE SELECT statement_date, published_at, char_start FROM " + parquet("statements"))) {
      types.add(r.get(1));
    }
    assertEquals(List.of("DATE", "TIMESTAMP WITH TIME ZONE", "INTEGER"), types);
  }

  private static List<List<String>> seedStatements(String where) throws SQLException {
    return query(
        "SELECT s.actor_name, s.kind, s.text, CAST(s.statement_date AS VARCHAR), st.stance FROM "
            + parquet("statements") + " s JOIN " + parquet("articles") + " a USING (article_id) LEFT JOIN "
            + parquet("statement_stances") + " st ON st.statement_id = s.statement_id AND st.target = 'us-withdrawal-iraq' "
            + "WHERE a.input_path LIKE '%us-military-iraq%' AND " + where);
  }

  @Test
  void seedEsperQuoteIsDirectDatedMondayAndOpposes() throws SQLException {
    List<List<String>> rows = seedStatements("s.text LIKE '%no decision to leave Iraq%'");
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(List.of("Mark Esper", "DIRECT"), rows.get(0).subList(0, 2));
    assertEquals("2020-01-06", rows.get(0).get(3));
    assertEquals("oppose", rows.get(0).get(4));
  }

  @Test
  void seedTrumpAirbaseQuoteIsDatedSundayAndOpposes() throws SQLException {
    List<List<String>> rows = seedStatements("s.text LIKE '%extraordinarily expensive airbase%'");
    assertEquals(List.of(List.of("Donald Trump", "DIRECT", rows.get(0).get(2), "2020-01-05", "oppose")), rows);
  }

  @Test
  void seedReportedSpeechIsAttributedToFullNames() throws SQLException {
    assertEquals("Mark Milley", seedStatements("s.text LIKE '%mistake%' AND s.kind <> 'DIRECT' AND s.actor_name LIKE '%Milley%'").get(0).get(0));
    assertEquals("William H. Seely III", seedStatements("s.text LIKE '%in due deference to the sovereignty%'").get(0).get(0));
    assertFalse(seedStatements("s.actor_name LIKE '%parliament%' AND s.text LIKE '%leave Iraqi soil%'").isEmpty());
    assertTrue(seedStatements("lower(s.actor_name) IN ('he', 'she', 'secretary', 'the general', 'it')").isEmpty());
  }

  @Test
  void statementsSayWhetherTheyReportSpeechBeliefOrEvidence() throws SQLException {
    List<List<String>> rows = query("SELECT relation, count(*) FROM " + parquet("statements") + " GROUP BY relation ORDER BY relation");
    List<String> relations = rows.stream().map(r -> r.get(0)).toList();
    assertTrue(List.of("belief", "evidence", "hedge", "speech").containsAll(relations), relations.toString());
    assertTrue(relations.contains("speech") && relations.contains("belief"), relations.toString());
  }

  @Test
  void statementsSayWhetherRulesOrTheLearnedModelFoundThem() throws SQLException {
    List<String> values = query("SELECT DISTINCT extraction FROM " + parquet("statements") + " ORDER BY 1").stream()
        .map(r -> r.get(0)).toList();
    assertTrue(List.of("model", "rules").containsAll(values), values.toString());
    assertEquals(List.of("model", "rules"), values, "the learned model adds rows to the bundled corpus too");
  }

  @Test
  void hedgedClausesHaveNoActor() throws SQLException {
    List<List<String>> rows = query("SELECT text, cue, actor_id FROM " + parquet("statements")
        + " WHERE relation = 'hedge'");
    assertFalse(rows.isEmpty(), "no hedge rows");
    assertTrue(rows.stream().allMatch(r -> r.get(2) == null), rows.toString());
  }

  @Test
  void syndicatedCopyIsFlaggedAndNotCounted() throws SQLException {
    List<List<String>> rows =
        query("SELECT a.statement_count, o.input_path FROM " + parquet("articles") + " a JOIN " + parquet("articles")
            + " o ON a.duplicate_of = o.article_id WHERE a.input_path LIKE '%metrowire-tanker-contract%'");
    assertEquals(List.of(List.of("0", "testdata/articles/ledger-northrop-eads-tanker.html")), rows);
  }

  @Test
  void plantedStanceChangeComesOutWithItsEvidence() throws SQLException {
    List<List<String>> rows =
        query("SELECT c.from_stance, c.to_stance, CAST(c.to_date AS VARCHAR), s.actor_name, s.text = c.to_text FROM "
            + parquet("stance_changes") + " c JOIN " + parquet("statements") + " s ON s.statement_id = c.to_statement_id "
            + "WHERE c.actor_name = 'Corinne Wexley' AND c.target = 'port-halvard-congestion-charge' AND c.to_stance = 'oppose'");
    assertEquals(List.of(List.of("support", "oppose", "2021-04-26", "Corinne Wexley", "true")), rows);
    List<List<String>> from =
        query("SELECT s.actor_name, st.stance FROM " + parquet("stance_changes") + " c JOIN " + parquet("statements")
            + " s ON s.statement_id = c.from_statement_id JOIN " + parquet("statement_stances")
            + " st ON st.statement_id = s.statement_id AND st.target = c.target WHERE c.actor_name = 'Corinne Wexley' AND c.to_stance = 'oppose'");
    assertEquals(List.of(List.of("Corinne Wexley", "support")), from);
  }

  @Test
  void manifestCountsAddUp() throws Exception {
    JsonNode m = new ObjectMapper().readTree(Files.readString(out.resolve("manifest.json")));
    assertTrue(m.get("counts_add_up").asBoolean());
    JsonNode d = m.get("documents");
    assertEquals(d.get("read").asLong(), d.get("accepted").asLong() + d.get("rejected").asLong());
    assertEquals(24, d.get("read").asLong());
    assertEquals(Tables.SCHEMA_VERSION, m.get("schema_version").asInt());
  }

  @Test
  void rerunIntoTheSameFolderIsRefusedWithoutOverwrite() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        QuotebeamPipeline.runFromArgs(
            new String[] {"--output=" + out}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--overwrite"), err.toString(StandardCharsets.UTF_8));
  }
}
