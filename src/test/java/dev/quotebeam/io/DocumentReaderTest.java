package dev.quotebeam.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader(1_000);
  private final List<RawDocument> docs = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();

  private void read(String path, byte[] bytes, InputFormat format) {
    reader.read(path, new ByteArrayInputStream(bytes), format, docs::add, rejects::add);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void htmlFileIsOneDocumentWithItsBytes() {
    read("a.html", utf8("<p>Hi</p>"), InputFormat.AUTO);
    assertEquals(1, docs.size());
    assertEquals("a.html", docs.get(0).getInputPath());
    assertEquals("<p>Hi</p>", new String(docs.get(0).getContent(), StandardCharsets.UTF_8));
    assertTrue(rejects.isEmpty());
  }

  @Test
  void gzipIsRecognisedByMagicBytesWhateverTheName() throws IOException {
    read("page.html.gz", gzip(utf8("<p>Zipped</p>")), InputFormat.AUTO);
    assertEquals("<p>Zipped</p>", new String(docs.get(0).getContent(), StandardCharsets.UTF_8));
  }

  @Test
  void truncatedGzipIsRejectedNotThrown() throws IOException {
    byte[] full = gzip(utf8("<p>" + "x".repeat(500) + "</p>"));
    read("cut.html.gz", Arrays.copyOf(full, full.length / 2), InputFormat.AUTO);
    assertTrue(docs.isEmpty());
    assertEquals("truncated_gzip", rejects.get(0).getReason());
    assertEquals("read", rejects.get(0).getStage());
  }

  @Test
  void gzipBombStopsAtTheSizeLimit() throws IOException {
    read("bomb.html.gz", gzip(new byte[50_000]), InputFormat.AUTO);
    assertTrue(docs.isEmpty());
    assertEquals("too_large", rejects.get(0).getReason());
  }

  @Test
  void jsonLinesRejectOnlyTheBrokenLine() {
    String jsonl =
        "{\"html\":\"<p>one</p>\",\"url\":\"https://a.example/1\",\"fetched_at\":\"2020-01-07T00:00:00Z\"}\n"
            + "{not json\n"
            + "\n"
            + "{\"url\":\"https://a.example/3\"}\n"
            + "{\"text\":\"Title\\n\\nBody.\"}\n";
    read("batch.jsonl", utf8(jsonl), InputFormat.AUTO);
    assertEquals(2, docs.size());
    assertEquals("batch.jsonl#L1", docs.get(0).getInputPath());
    assertEquals("https://a.example/1", docs.get(0).getUrl());
    assertEquals(RawDocument.FORMAT_TEXT, docs.get(1).getFormat());
    assertEquals(List.of("malformed_json", "missing_html"), rejects.stream().map(Reject::getReason).toList());
    assertEquals("batch.jsonl#L2", rejects.get(0).getInputPath());
  }

  private static String warcRecord(String type, String uri, String contentType, String block) {
    byte[] body = utf8(block);
    return "WARC/1.0\r\n"
        + "WARC-Type: " + type + "\r\n"
        + "WARC-Target-URI: " + uri + "\r\n"
        + "WARC-Date: 2020-01-07T12:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(body) + ">\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n"
        + block + "\r\n\r\n";
  }

  private static String http(String contentType, String body) {
    return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + utf8(body).length + "\r\n\r\n" + body;
  }

  @Test
  void warcResponsesBecomeDocumentsWithUrlDateAndCharset() throws IOException {
    String warc =
        warcRecord("request", "https://n.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\n\r\n")
            + warcRecord("response", "https://n.example/a", "application/http; msgtype=response",
                http("text/html; charset=iso-8859-1", "<p>story</p>"))
            + warcRecord("response", "https://n.example/logo.png", "application/http; msgtype=response",
                http("image/png", "PNG"));
    read("crawl.warc.gz", gzip(utf8(warc)), InputFormat.AUTO);
    assertEquals(1, docs.size());
    RawDocument d = docs.get(0);
    assertEquals("https://n.example/a", d.getUrl());
    assertEquals("2020-01-07T12:00:00Z", d.getFetchedAt());
    assertEquals("iso-8859-1", d.getCharset());
    assertEquals("<p>story</p>", new String(d.getContent(), StandardCharsets.UTF_8));
    assertTrue(d.getInputPath().startsWith("crawl.warc.gz#"));
    assertEquals("not_html_record", rejects.get(0).getReason());
  }

  @Test
  void garbageAfterGoodWarcRecordsRejectsOnlyTheRest() {
    String warc =
        warcRecord("response", "https://n.example/a", "application/http; msgtype=response", http("text/html", "<p>a</p>"))
            + "this is not a warc header\r\n\r\n";
    read("mixed.warc", utf8(warc), InputFormat.AUTO);
    assertEquals(1, docs.size());
    assertEquals("malformed_warc_record", rejects.get(0).getReason());
  }

  @Test
  void textFormatFollowsTheFileName() {
    read("story.txt", utf8("Title\n\nBody."), InputFormat.AUTO);
    assertEquals(RawDocument.FORMAT_TEXT, docs.get(0).getFormat());
  }
}
