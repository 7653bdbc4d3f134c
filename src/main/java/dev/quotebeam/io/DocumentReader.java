package dev.quotebeam.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.Reject;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Splits one input file into {@link RawDocument}s: a page per HTML or text file, a document per WARC response
 * record or JSON line. Anything unusable becomes a {@link Reject} of stage {@code read}, so that
 * documents read = documents emitted + rejected.
 *
 * <p>Gzip is recognised by its magic bytes, whatever the file is called. Sizes are capped while reading (a gzip
 * bomb stops at {@code maxDocumentBytes}), and a broken record in a WARC or JSONL file rejects that record only.
 * Thread-safe.
 */
public final class DocumentReader implements Serializable {
  public static final String STAGE = "read";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SNIFF_BYTES = 512;

  private final long maxDocumentBytes;

  public DocumentReader(long maxDocumentBytes) {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /**
   * Reads every document in one file.
   *
   * @param path the file's path as given by the user; becomes {@code input_path}
   * @param in the file's bytes (closed by the caller)
   * @param requested the format asked for; {@link InputFormat#AUTO} decides from name and content
   */
  public void read(
      String path,
      InputStream in,
      InputFormat requested,
      Consumer<RawDocument> documents,
      Consumer<Reject> rejects) {
    try {
      BufferedInputStream raw = new BufferedInputStream(in, 64 * 1024);
      InputFormat format = requested == InputFormat.AUTO ? InputFormat.fromFileName(path) : requested;
      if (format == InputFormat.WARC) {
        readWarc(path, raw, documents, rejects);
        return;
      }
      InputStream body = isGzip(raw) ? new BufferedInputStream(new GZIPInputStream(raw, 64 * 1024)) : raw;
      if (format == InputFormat.AUTO) {
        format = sniff(body);
      }
      switch (format) {
        case WARC:
          readWarc(path, body, documents, rejects);
          break;
        case JSONL:
          readJsonLines(path, body, documents, rejects);
          break;
        default:
          readWhole(path, body, format, documents, rejects);
      }
    } catch (ZipException | EOFException e) {
      rejects.accept(Reject.of(path, STAGE, "truncated_gzip", e.getClass().getSimpleName() + ": " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      rejects.accept(Reject.of(path, STAGE, "unreadable", e.getClass().getName() + ": " + e.getMessage()));
    }
  }

  private void readWhole(
      String path,
      InputStream body,
      InputFormat format,
      Consumer<RawDocument> documents,
      Consumer<Reject> rejects)
      throws IOException {
    byte[] bytes = readCapped(body);
    if (bytes == null) {
      rejects.accept(tooLarge(path));
      return;
    }
    documents.accept(
        RawDocument.builder()
            .setInputPath(path)
            .setFormat(format == InputFormat.TEXT ? RawDocument.FORMAT_TEXT : RawDocument.FORMAT_HTML)
            .setContent(bytes)
            .build());
  }

  private void readWarc(
      String path, InputStream body, Consumer<RawDocument> documents, Consumer<Reject> rejects)
      throws IOException {
    WarcReader reader = new WarcReader(body);
    reader.setLenient(true);
    long position = 0;
    long previous = -1;
    int sameOffset = 0;
    while (true) {
      Optional<WarcRecord> next;
      try {
        position = reader.position();
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        // jwarc cannot resynchronise after a broken header: the rest of the file is one reject.
        rejects.accept(
            Reject.of(path + "#" + position, STAGE, "malformed_warc_record", e.getClass().getSimpleName() + ": " + e.getMessage()));
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      if (!(next.get() instanceof WarcResponse)) {
        continue; // warcinfo, request, metadata records describe documents; they are not documents
      }
      // A gzip member holding several records gives them one offset: number them within it.
      sameOffset = position == previous ? sameOffset + 1 : 0;
      previous = position;
      String recordPath = path + "#" + position + (sameOffset > 0 ? "." + sameOffset : "");
      try {
        WarcResponse response = (WarcResponse) next.get();
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString();
        if (!base.isEmpty() && !base.contains("html")) {
          rejects.accept(Reject.of(recordPath, STAGE, "not_html_record", "content type " + base + ", status " + http.status()));
          continue;
        }
        byte[] bytes = readCapped(http.bodyDecoded().stream());
        if (bytes == null) {
          rejects.accept(tooLarge(recordPath));
          continue;
        }
        documents.accept(
            RawDocument.builder()
                .setInputPath(recordPath)
                .setUrl(response.target())
                .setFetchedAt(response.date().toString())
                .setCharset(type == null ? null : type.parameters().get("charset"))
                .setContent(bytes)
                .build());
      } catch (IOException | RuntimeException e) {
        rejects.accept(Reject.of(recordPath, STAGE, "malformed_warc_record", e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
  }

  private void readJsonLines(
      String path, InputStream body, Consumer<RawDocument> documents, Consumer<Reject> rejects)
      throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String recordPath = path + "#L" + number;
      if (line.length() > maxDocumentBytes) {
        rejects.accept(tooLarge(recordPath));
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        rejects.accept(Reject.of(recordPath, STAGE, "malformed_json", e.getClass().getSimpleName() + ": " + e.getOriginalMessage()));
        continue;
      }
      JsonNode html = node == null ? null : node.get("html");
      JsonNode text = node == null ? null : node.get("text");
      boolean isHtml = html != null && html.isTextual();
      if (!isHtml && (text == null || !text.isTextual())) {
        rejects.accept(Reject.of(recordPath, STAGE, "missing_html", "no string field 'html' (or 'text')"));
        continue;
      }
      documents.accept(
          RawDocument.builder()
              .setInputPath(recordPath)
              .setFormat(isHtml ? RawDocument.FORMAT_HTML : RawDocument.FORMAT_TEXT)
              .setUrl(textField(node, "url"))
              .setFetchedAt(textField(node, "fetched_at"))
              .setCharset("UTF-8")
              .setContent((isHtml ? html : text).asText().getBytes(StandardCharsets.UTF_8))
              .build());
    }
  }

  private static String textField(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
  }

  /** All bytes, or null when there are more than {@code maxDocumentBytes}. */
  private byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxDocumentBytes) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private Reject tooLarge(String path) {
    return Reject.of(path, STAGE, "too_large", "more than " + maxDocumentBytes + " bytes (maxDocumentBytes)");
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b;
  }

  /** Guesses the format of an unnamed file from its first bytes. */
  private static InputFormat sniff(InputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
    if (s.startsWith("\u00ef\u00bb\u00bf")) {
      s = s.substring(3).stripLeading();
    }
    if (s.startsWith("WARC/")) {
      return InputFormat.WARC;
    }
    if (s.startsWith("{")) {
      return InputFormat.JSONL;
    }
    return InputFormat.HTML;
  }
}
