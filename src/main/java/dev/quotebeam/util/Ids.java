package dev.quotebeam.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Content-derived ids: the same input gives the same id on every run and every runner. */
public final class Ids {
  private Ids() {}

  /** First {@code hexChars} hex digits of the SHA-256 of {@code text} (UTF-8). */
  public static String sha256Hex(String text, int hexChars) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(hexChars);
      for (int i = 0; sb.length() < hexChars && i < digest.length; i++) {
        sb.append(String.format("%02x", digest[i]));
      }
      return sb.substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
