package dev.quotebeam.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived ids: the same input gives the same id on every run and every runner. */
public final class Ids {
  private Ids() {}

  /** One digest per thread: {@code MessageDigest.getInstance} costs more than hashing a short id. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  });

  /** First {@code hexChars} hex digits of the SHA-256 of {@code text} (UTF-8). */
  public static String sha256Hex(String text, int hexChars) {
    byte[] digest = SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    String hex = HexFormat.of().formatHex(digest, 0, Math.min(digest.length, (hexChars + 1) / 2));
    return hex.substring(0, hexChars);
  }
}
