package dev.quotebeam.clean;

import dev.quotebeam.model.RejectedException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a fetched page into text, choosing the charset the way browsers do.
 *
 * <p>Rule order (the first that applies wins, and {@link Decoded#basis} records which):
 *
 * <ol>
 *   <li>{@code bom}: a UTF-8 or UTF-16 byte-order mark. It wins over the HTTP header, as in the WHATWG encoding
 *       sniffing algorithm, because a BOM cannot be wrong while headers often are;
 *   <li>{@code header}: the charset the container recorded (HTTP {@code Content-Type}), when Java knows it;
 *   <li>{@code meta}: {@code <meta charset>} or {@code http-equiv} in the first 4 KB (a declared UTF-16 without a
 *       BOM is read as UTF-8, as browsers do);
 *   <li>{@code utf16}: BOM-less UTF-16, recognised by its every-other-byte NULs;
 *   <li>{@code utf8}: the bytes are valid UTF-8;
 *   <li>{@code detected}: juniversalchardet's guess;
 *   <li>{@code default}: Windows-1252, which decodes any byte.
 * </ol>
 *
 * <p>ISO-8859-1 and US-ASCII labels are read as Windows-1252 (the WHATWG mapping), so a page declared Latin-1 that
 * uses curly quotes still gets {@code “ ”}. Example: the Windows-1252 bytes of {@code café “x”} with no declaration
 * decode to {@code café “x”}. Rejects bytes that are not text ({@code binary}) and text that the chosen charset
 * cannot decode ({@code undecodable}). Stateless and thread-safe.
 */
final class TextDecoder {
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]{2,40})");
  private static final Pattern META_TAG = Pattern.compile("(?i)<meta\\b[^>]{0,500}>");
  private static final Pattern MULTI_BYTE =
      Pattern.compile("(?i)shift|sjis|euc|gb|big5|2022|utf|hz|cp9(?:32|36|49|50)|windows-31j|x-windows-9");
  private static final Pattern LABEL_JUNK = Pattern.compile("[\"';]");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Text decoded from bytes, with the charset used and the rule that chose it. */
  record Decoded(String text, Charset charset, String basis) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, String declared) throws RejectedException {
    rejectBinary(bytes);
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return checked(lenient(bytes, skip, bom), bom, "bom");
    }
    Charset header = usable(declared);
    if (header != null && !isUtf16(header)) {
      return declaredOrEvidence(bytes, header, "header");
    }
    Charset meta = metaCharset(bytes);
    if (meta != null) {
      return declaredOrEvidence(bytes, meta, "meta");
    }
    Charset utf16 = bomlessUtf16(bytes);
    if (utf16 != null) {
      return checked(lenient(bytes, 0, utf16), utf16, "utf16");
    }
    String strict = strictUtf8(bytes);
    if (strict != null) {
      return new Decoded(strict, StandardCharsets.UTF_8, "utf8");
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      return checked(lenient(bytes, 0, detected), detected, "detected");
    }
    return checked(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252, "default");
  }

  /**
   * Decodes with a declared charset unless the bytes prove it wrong, as scraped pages often lie: bytes that are
   * valid UTF-8 with multi-byte sequences are UTF-8 whatever charset is declared (such text is almost never intended
   * as Latin-1, and GBK, Shift_JIS or EUC text is almost never valid UTF-8 by chance: pages re-saved as UTF-8 keep
   * their old {@code <meta charset>}). Bytes declared UTF-8 that are not valid UTF-8 stay UTF-8 (decoded leniently, and
   * rejected as {@code undecodable} when mostly invalid).
   */
  private static Decoded declaredOrEvidence(byte[] bytes, Charset declared, String basis) throws RejectedException {
    boolean declaredUtf8 = declared.equals(StandardCharsets.UTF_8);
    String strict = strictUtf8(bytes);
    if (strict != null && (declaredUtf8 || hasNonAscii(bytes))) {
      return new Decoded(strict, StandardCharsets.UTF_8, declaredUtf8 ? basis : "utf8-over-" + basis);
    }
    return checked(lenient(bytes, 0, declared), declared, basis);
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** Rejects images, archives, PDFs and other non-text bytes: known magic numbers, stray NULs, control bytes. */
  private static void rejectBinary(byte[] b) throws RejectedException {
    String magic = magic(b);
    if (magic != null) {
      throw new RejectedException("binary", magic + " content, " + b.length + " bytes");
    }
    if (bomCharset(b) != null && !bomCharset(b).equals(StandardCharsets.UTF_8) || bomlessUtf16(b) != null) {
      return;
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    int nul = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        nul++;
      }
      if (c < 0x09 || c > 0x0d && c < 0x20 && c != 0x1b) {
        control++;
      }
    }
    // A stray NUL or control character in a text page is scraping noise (it is removed later); many of them
    // mean the bytes are not text at all.
    if (n > 0 && (nul * 100 > n || control * 10 > n)) {
      throw new RejectedException("binary", control + " control bytes (" + nul + " NUL) in the first " + n + " bytes");
    }
  }

  private static String magic(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, 0xff, 0xd8, 0xff)) {
      return "JPEG";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP";
    }
    if (startsWith(b, 0x1f, 0x8b)) {
      return "gzip";
    }
    if (startsWith(b, 'R', 'I', 'F', 'F')) {
      return "RIFF";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Charset bomCharset(byte[] b) {
    if (startsWith(b, 0xef, 0xbb, 0xbf)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xfe, 0xff)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(b, 0xff, 0xfe)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** UTF-16 without BOM: in the first bytes, one of the two byte lanes is almost all NUL, the other almost none. */
  private static Charset bomlessUtf16(byte[] b) {
    int n = Math.min(b.length, SNIFF_BYTES) & ~1;
    if (n < 8) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      evenNul += b[i] == 0 ? 1 : 0;
      oddNul += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (evenNul * 10 > pairs * 9 && oddNul * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddNul * 10 > pairs * 9 && evenNul * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static Charset metaCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher tag = META_TAG.matcher(head);
    while (tag.find()) {
      Matcher m = META_CHARSET.matcher(tag.group());
      if (m.find()) {
        Charset c = usable(m.group(1));
        if (c != null) {
          return isUtf16(c) ? StandardCharsets.UTF_8 : c;
        }
      }
    }
    return null;
  }

  /** The charset named by {@code label}, with WHATWG's Latin-1 to Windows-1252 mapping; null if unknown. */
  static Charset usable(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String l = LABEL_JUNK.matcher(label.trim()).replaceAll("").toLowerCase(Locale.ROOT);
    if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("us-ascii")
        || l.equals("ascii") || l.equals("iso8859-1") || l.equals("iso_8859-1")) {
      return WINDOWS_1252;
    }
    if (l.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.isSupported(l) ? Charset.forName(l) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isUtf16(Charset c) {
    return c.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
  }

  /**
   * The bytes as UTF-8, or null when they are not valid UTF-8. The JDK's string constructor is much faster than a
   * reporting decoder and writes U+FFFD for every malformed sequence, so a result without U+FFFD proves the bytes
   * valid; only text that does hold U+FFFD is checked again strictly.
   */
  private static String strictUtf8(byte[] b) {
    String fast = new String(b, StandardCharsets.UTF_8);
    if (fast.indexOf('\ufffd') < 0) {
      return fast;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset detect(byte[] b) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(b, 0, Math.min(b.length, 1 << 20));
    detector.dataEnd();
    Charset c = usable(detector.getDetectedCharset());
    if (c == null || c.equals(StandardCharsets.UTF_8)) {
      return null;
    }
    // Short Western texts with a few accents are often mistaken for Cyrillic or Greek code pages; a single-byte
    // guess is only trusted when high bytes are frequent, as in a text written in a non-Latin script.
    return MULTI_BYTE.matcher(c.name()).find() || highByteShare(b) > 0.15 ? c : null;
  }

  private static double highByteShare(byte[] b) {
    int n = Math.min(b.length, 1 << 16);
    int high = 0;
    int letters = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c >= 0x80) {
        high++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters == 0 ? 0 : (double) high / letters;
  }

  private static String lenient(byte[] b, int offset, Charset charset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(b, offset, b.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Rejects a decoding where more than 5% of characters are U+FFFD replacements. */
  private static Decoded checked(String text, Charset charset, String basis) throws RejectedException {
    if (text == null) {
      throw new RejectedException("undecodable", "cannot decode as " + charset.name());
    }
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        bad++;
      }
    }
    if (bad * 20 > text.length()) {
      throw new RejectedException(
          "undecodable", bad + " of " + text.length() + " characters invalid in " + charset.name() + " (" + basis + ")");
    }
    return new Decoded(text, charset, basis);
  }
}
