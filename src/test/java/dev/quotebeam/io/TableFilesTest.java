package dev.quotebeam.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TableFilesTest {
  private static String csv(OutputTable table, List<Row> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableFiles.writeCsv(table, rows, Channels.newChannel(out));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvRoundTripsCommasQuotesAndNewlines() throws Exception {
    String detail = "said \"no\", then\nleft";
    String text = csv(Tables.REJECTS, List.of(Tables.REJECTS.row("a,b.html", "clean", "binary", detail)));
    List<CSVRecord> records =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text)).getRecords();
    assertEquals(1, records.size());
    assertEquals("a,b.html", records.get(0).get("input_path"));
    assertEquals(detail, records.get(0).get("detail"));
  }

  @Test
  void formulaCellsAreNeutralisedButNumbersAreNot() throws Exception {
    Row row =
        Tables.STATEMENT_STANCES.row("=HYPERLINK(\"x\")", null, "t", "oppose", -0.75, "-cue", "2020-01-06");
    String text = csv(Tables.STATEMENT_STANCES, List.of(row));
    CSVRecord r =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text)).getRecords().get(0);
    assertEquals("'=HYPERLINK(\"x\")", r.get("statement_id"));
    assertEquals("-0.75", r.get("stance_score"));
    assertEquals("'-cue", r.get("stance_cues"));
    assertEquals("", r.get("actor_id"));
  }

  @Test
  void emptyShardStillHasTheHeader() throws Exception {
    assertEquals("input_path,stage,reason,detail\r\n", csv(Tables.REJECTS, List.of()));
  }

  @Test
  void timestampsAndDatesAreWrittenInIsoUtc() {
    Row row = Tables.STANCE_CHANGES.row("p-1", "A", "t", "support", "oppose", "2021-03-31", "2021-04-26", "s1", "s2", "x", "y");
    List<String> cells = Tables.STANCE_CHANGES.toCsvCells(row);
    assertEquals("2021-04-26", cells.get(6));
    Row article =
        Tables.ARTICLES.row("a", null, null, null, null, null, "2020-01-07", "meta", "en", 3L, 0L, null, "p", "abc");
    assertEquals("2020-01-07T00:00:00Z", Tables.ARTICLES.toCsvCells(article).get(6));
    Row evening =
        Tables.ARTICLES.row("a", null, null, null, null, null, "2020-01-07T22:10:00-05:00", "meta", "en", 3L, 0L, null, "p", "abc");
    assertEquals("2020-01-08T03:10:00Z", Tables.ARTICLES.toCsvCells(evening).get(6));
  }
}
