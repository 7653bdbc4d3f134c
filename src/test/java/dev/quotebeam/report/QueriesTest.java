package dev.quotebeam.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every query of docs/queries.sql through DuckDB JDBC against a fresh job output over testdata/: each must
 * run, and all but those that are empty on a clean run (nothing rejected) must return rows.
 */
class QueriesTest {
  private static final Path QUERIES = Path.of("docs", "queries.sql");
  private static final Pattern NAMED = Pattern.compile("(?m)^-- name: (\\S+)\\s*$");
  /** Queries that are allowed to be empty on testdata: no input of it is rejected. */
  private static final Set<String> EMPTY_ON_TESTDATA = Set.of("rejects_by_stage_and_reason");

  @TempDir static Path tmp;
  static Connection db;
  static Map<String, String> queries;

  @BeforeAll
  static void runJob() throws Exception {
    Path out = tmp.resolve("out");
    JobRun.into(out);
    queries = parse(Files.readString(QUERIES, StandardCharsets.UTF_8), out.toAbsolutePath().toString().replace("'", "''"));
    db = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  /** Query name → SQL with {@code ${out}} filled in, in file order. */
  static Map<String, String> parse(String file, String out) {
    Map<String, String> byName = new LinkedHashMap<>();
    Matcher m = NAMED.matcher(file);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
      starts.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < names.size() ? starts.get(i + 1)[0] : file.length();
      String sql = file.substring(starts.get(i)[1], end).replace("${out}", out);
      assertEquals(null, byName.put(names.get(i), sql), "duplicate query name " + names.get(i));
    }
    return byName;
  }

  private static int rows(String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }

  @Test
  void fileHasAtLeastTenNamedQueries() {
    assertTrue(queries.size() >= 10, queries.keySet().toString());
  }

  @Test
  void everyQueryRunsAndTheKeyOnesReturnRows() throws SQLException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> q : queries.entrySet()) {
      try {
        int n = rows(q.getValue());
        if (n == 0 && !EMPTY_ON_TESTDATA.contains(q.getKey())) {
          failures.add(q.getKey() + ": no rows");
        }
      } catch (SQLException e) {
        failures.add(q.getKey() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void stanceFlipsOfTheLastMonthIncludeThePlantedReversal() throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(queries.get("stance_flips_last_month"))) {
      List<String> flips = new ArrayList<>();
      while (rs.next()) {
        flips.add(rs.getString("actor_name") + " " + rs.getString("from_stance") + "->" + rs.getString("to_stance") + " " + rs.getString("to_date"));
      }
      assertTrue(flips.contains("Corinne Wexley support->oppose 2021-04-26"), flips.toString());
      assertFalse(flips.stream().anyMatch(f -> f.endsWith("2021-03-09")), "a change older than a month: " + flips);
    }
  }

  @Test
  void everyQueryReadsTheOutputFolder() {
    for (Map.Entry<String, String> q : queries.entrySet()) {
      assertTrue(q.getValue().contains(tmp.toString()), q.getKey() + " does not use ${out}");
    }
  }
}
