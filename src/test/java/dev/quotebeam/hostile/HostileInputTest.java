package dev.quotebeam.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole job once over a folder of hostile inputs mixed with good pages, and pins where each document
 * ends up: accepted in {@code articles}, or in {@code rejects} with its stage and reason. Nothing is lost, the job
 * exits 0 and the manifest's counts add up.
 */
class HostileInputTest {
  @TempDir static Path tmp;
  static Path in;
  static Path out;
  static int exit;
  static String stdout;
  static final Map<String, CSVRecord> ARTICLES = new HashMap<>();
  static final Map<String, List<CSVRecord>> REJECTS = new HashMap<>();
  static final List<CSVRecord> STATEMENTS = new ArrayList<>();

  static final String BODY =
      "<p>The harbour council voted on Thursday to approve the new budget, which adds two ferries and a night bus"
          + " service for the eastern districts of the city.</p>"
          + "<p>“We finally have a plan that works for shift workers,” said Councillor Ada Quill, who chaired the"
          + " meeting.</p><p>Opponents said the plan was rushed and that the ferry contract should go back out to"
          + " tender before any money is spent on it.</p>";

  static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour council backs ferries</title>" + head
        + "</head><body><article><h1>Harbour council backs ferries</h1>" + body + "</article></body></html>";
  }

  static void write(String name, byte[] bytes) throws IOException {
    Path p = in.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  static void write(String name, String text) throws IOException {
    write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      gz.write(bytes);
    }
    return b.toByteArray();
  }

  static String warcResponse(String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n" + html;
    int len = http.getBytes(StandardCharsets.UTF_8).length;
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2021-03-09T12:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + len + "\r\n\r\n" + http + "\r\n\r\n";
  }

  @BeforeAll
  static void runJobOverHostileFolder() throws Exception {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    Files.createDirectories(in);
    String good = page("<meta property=\"article:published_time\" content=\"2021-03-09T10:00:00Z\">", BODY);
    write("good.html", good);
    write("good-copy.html", good); // duplicate file
    write("binary.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    write("empty.html", new byte[0]);
    write("whitespace.html", "   \n\t\n  ");
    byte[] gz = gzip(good.getBytes(StandardCharsets.UTF_8));
    write("truncated.html.gz", Arrays.copyOf(gz, gz.length / 2));
    write("bomb.html.gz", gzip(new byte[12_000_000]));
    byte[] huge = new byte[50_000_000];
    Arrays.fill(huge, (byte) 'a');
    write("huge.html", huge);
    write("deep.html", page("", "<div>".repeat(100_000) + BODY + "</div>".repeat(100_000)));
    write("one-line.html", page("", "<p>" + "word ".repeat(200_000) + "</p>" + BODY).replace("\n", ""));
    write("only-scripts.html", "<html><head><script>var a = 1;</script></head><body><script>alert(1)</script></body></html>");
    write("only-images.html", "<html><body><img src=a.png><img src=b.png><figure><img src=c.png></figure></body></html>");
    write("cp1252-no-decl.html", page("", BODY).getBytes(Charset.forName("windows-1252")));
    write("lying-charset.html", page("<meta charset=\"iso-8859-1\">", BODY).getBytes(StandardCharsets.UTF_8));
    write("wrong-charset.html", page("<meta charset=\"utf-8\">", BODY).getBytes(Charset.forName("windows-1252")));
    byte[] bomPage = page("", BODY).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bomPage.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bomPage, 0, withBom, 3, bomPage.length);
    write("utf8-bom.html", withBom);
    write("utf16-bom.html", page("", BODY).getBytes(StandardCharsets.UTF_16));
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.write(page("", BODY).getBytes(StandardCharsets.UTF_8));
    mixed.write("<p>café crème ".getBytes(Charset.forName("windows-1252")));
    write("mixed-encoding.html", mixed.toByteArray());
    write("crawl.warc", warcResponse("https://a.example/1", good) + "WARC/1.0\r\nthis is no header\r\n\r\n");
    write("crawl-good-then-truncated.warc.gz", Arrays.copyOf(gzip((warcResponse("https://b.example/2", good.replace("Ada Quill", "Bo Quill")) + warcResponse("https://b.example/3", good)).getBytes(StandardCharsets.UTF_8)), 900));
    write("lines.jsonl",
        "{\"html\": " + new ObjectMapper().writeValueAsString(good.replace("Ada", "Cy")) + ", \"url\": \"https://c.example/1\"}\n"
            + "{\"html\": 42}\n{oops\n\n[1,2]\n");
    write("quotes.html", page("", "<p>" + "“".repeat(5_000) + " said the mayor " + "\"".repeat(5_001) + "</p>" + BODY + "<p>“Unterminated, he said.</p>"));
    write("control-chars.html", page("", "<p>Zero\u0000width\u0001bell\u0007 and a lone \uD800 surrogate \uDFFF here.</p>" + BODY));
    write("year-0.html", page("<meta property=\"article:published_time\" content=\"0000-01-01T00:00:00Z\">", BODY.replace("Ada", "Dee")));
    write("year-9999.html", page("<meta property=\"article:published_time\" content=\"9999-12-31T23:59:59Z\">", BODY.replace("Ada", "Eve")));
    write("german.html", "<html lang=\"de\"><head><title>Hafen</title></head><body><article><p>Der Stadtrat hat am Donnerstag"
        + " den neuen Haushalt beschlossen, der zwei Fähren und einen Nachtbus vorsieht.</p><p>„Wir haben endlich einen Plan“,"
        + " sagte die Stadträtin Ada Quill, die die Sitzung leitete und lange für die Fähren gekämpft hatte.</p></article></body></html>");
    Files.createDirectories(in.resolve("loop"));
    Files.createSymbolicLink(in.resolve("loop/back"), in);
    Files.createSymbolicLink(in.resolve("dangling.html"), in.resolve("does-not-exist.html"));
    write("notes.bin", new byte[] {0, 1, 2, 3, 4, 5});

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Class<?> pipeline = Class.forName("dev.quotebeam.QuotebeamPipeline");
    Method run = pipeline.getDeclaredMethod("runFromArgs", String[].class, PrintStream.class, PrintStream.class);
    run.setAccessible(true);
    exit = (int) run.invoke(null, new String[] {"--input=" + in + "/**", "--output=" + out}, new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);
    stdout = bytes.toString(StandardCharsets.UTF_8);
    for (CSVRecord r : read("articles")) {
      ARTICLES.put(r.get("input_path"), r);
    }
    for (CSVRecord r : read("rejects")) {
      REJECTS.computeIfAbsent(r.get("input_path").replaceAll("#.*", ""), k -> new ArrayList<>()).add(r);
    }
    STATEMENTS.addAll(read("statements"));
  }

  static List<CSVRecord> read(String table) throws IOException {
    List<CSVRecord> rows = new ArrayList<>();
    try (var files = Files.list(out.resolve(table))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".csv")).sorted()::iterator) {
        try (Reader r = Files.newBufferedReader(f)) {
          rows.addAll(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords());
        }
      }
    }
    return rows;
  }

  static String key(String name) {
    return in.resolve(name).toString();
  }

  static void assertRejected(String name, String stage, String reason) {
    List<CSVRecord> r = REJECTS.get(key(name));
    assertNotNull(r, name + " is not in rejects; rejects: " + REJECTS.keySet());
    assertEquals(stage + "/" + reason, r.get(0).get("stage") + "/" + r.get(0).get("reason"), name);
    assertTrue(!r.get(0).get("detail").isEmpty(), name + " has a detail");
  }

  static CSVRecord assertAccepted(String name) {
    CSVRecord a = ARTICLES.get(key(name));
    assertNotNull(a, name + " is not in articles; rejects: " + REJECTS.get(key(name)));
    return a;
  }

  @Test
  void jobFinishesWithExitZeroAndCountsAddUp() throws IOException {
    assertEquals(0, exit, stdout);
    JsonNode m = new ObjectMapper().readTree(Files.readString(out.resolve("manifest.json")));
    assertTrue(m.get("counts_add_up").asBoolean(), m.toString());
    JsonNode d = m.get("documents");
    assertEquals(d.get("read").asLong(), d.get("accepted").asLong() + d.get("rejected").asLong());
    assertEquals(ARTICLES.size(), d.get("accepted").asLong());
    long rejectRows = REJECTS.values().stream().mapToLong(List::size).sum();
    assertEquals(rejectRows, d.get("rejected").asLong(), "every rejected document has a reject row: " + m.get("counts") + " " + REJECTS.values());
  }

  @Test
  void unusableFilesAreRejectedWithStageAndReason() {
    assertRejected("binary.html", "clean", "binary");
    assertRejected("empty.html", "clean", "empty");
    assertRejected("whitespace.html", "clean", "empty");
    assertRejected("truncated.html.gz", "read", "truncated_gzip");
    assertRejected("bomb.html.gz", "read", "too_large");
    assertRejected("huge.html", "read", "too_large");
    assertRejected("only-scripts.html", "clean", "no_article_text");
    assertRejected("only-images.html", "clean", "no_article_text");
    assertRejected("notes.bin", "clean", "binary");
    assertRejected("dangling.html", "read", "unreadable");
  }

  @Test
  void goodRecordsAroundBrokenOnesInContainersAreKept() {
    assertAccepted("crawl.warc#0");
    assertRejected("crawl.warc", "read", "malformed_warc_record");
    assertTrue(ARTICLES.keySet().stream().anyMatch(k -> k.startsWith(key("crawl-good-then-truncated.warc.gz#"))), "first WARC record kept");
    assertAccepted("lines.jsonl#L1");
    List<String> jsonReasons = REJECTS.get(key("lines.jsonl")).stream().map(r -> r.get("reason")).sorted().toList();
    assertEquals(List.of("malformed_json", "missing_html", "missing_html"), jsonReasons);
  }

  @Test
  void oddButReadablePagesAreAcceptedWithCorrectText() {
    for (String name : List.of("deep.html", "one-line.html", "cp1252-no-decl.html", "lying-charset.html",
        "wrong-charset.html", "utf8-bom.html", "utf16-bom.html", "mixed-encoding.html", "quotes.html",
        "control-chars.html", "german.html", "good-copy.html")) {
      assertAccepted(name);
    }
    for (String name : List.of("cp1252-no-decl.html", "utf8-bom.html", "utf16-bom.html", "lying-charset.html")) {
      String text = assertAccepted(name).get("text");
      assertTrue(text.contains("“We finally have a plan"), name + ": " + text.substring(0, Math.min(300, text.length())));
    }
    assertTrue(!assertAccepted("control-chars.html").get("text").contains("\u0000"), "NUL removed");
    assertEquals("de", assertAccepted("german.html").get("language"));
  }

  @Test
  void implausibleDatesAreNotOutput() {
    assertEquals("", assertAccepted("year-0.html").get("published_at"));
    assertEquals("", assertAccepted("year-9999.html").get("published_at"));
  }

  @Test
  void duplicateFileIsFlagged() {
    // good.html, good-copy.html and the same page inside crawl.warc are one story (so are the near-identical copies
    // in lines.jsonl and the second WARC, which differ by one name): one original, the rest point at it.
    List<CSVRecord> copies = List.of(assertAccepted("good.html"), assertAccepted("good-copy.html"), assertAccepted("crawl.warc#0"));
    List<String> originals = new ArrayList<>();
    for (CSVRecord c : copies) {
      originals.add(c.get("duplicate_of").isEmpty() ? c.get("article_id") : c.get("duplicate_of"));
    }
    assertEquals(1, originals.stream().distinct().count(), originals.toString());
    assertTrue(copies.stream().filter(c -> !c.get("duplicate_of").isEmpty()).count() >= 2);
  }

  @Test
  void statementsStayInsideTheirArticleText() {
    Map<String, String> texts = new HashMap<>();
    ARTICLES.values().forEach(a -> texts.put(a.get("article_id"), a.get("text")));
    assertTrue(!STATEMENTS.isEmpty());
    for (CSVRecord s : STATEMENTS) {
      String text = texts.get(s.get("article_id"));
      int start = Integer.parseInt(s.get("char_start"));
      int end = Integer.parseInt(s.get("char_end"));
      assertTrue(0 <= start && start <= end && end <= text.length(), s.toString());
    }
  }
}
