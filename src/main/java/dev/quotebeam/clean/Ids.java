package dev.quotebeam.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Gives stable, content-derived identifiers: the first 16 hex digits of the SHA-256 of a string.
 *
 * <p>Ids derived this way are identical across runs, runners and machines, unlike random UUIDs. Sixteen hex digits
 * (64 bits) make a collision between two input paths of one corpus vanishingly unlikely. Example:
 * {@code Ids.sha16("a.html")} gives the same 16 lower-case hex characters on every call.
 */
public final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {}

  /** Returns the first 16 lower-case hex characters of the SHA-256 of {@code value} encoded as UTF-8. */
  public static String sha16(String value) {
    Objects.requireNonNull(value, "value");
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    char[] out = new char[16];
    for (int i = 0; i < 8; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }
}
