package dev.quotebeam.dedupe;

import dev.quotebeam.model.Article;
import dev.quotebeam.util.Ids;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys under which two articles count as the same story: the canonical URL, and a fingerprint of the
 * normalised body text (letters and digits only, lower-cased), which catches syndicated copies on other sites
 * whatever their markup.
 *
 * <p>Of a group of duplicates the original is the earliest published (undated last), ties broken by article id;
 * {@link #precedence(Article)} gives that order as one comparable string. Thread-safe.
 */
public final class DuplicateKeys {
  /** Bodies shorter than this (in normalised characters) are too generic to fingerprint. */
  static final int MIN_FINGERPRINT_CHARS = 200;

  private DuplicateKeys() {}

  /** Keys of an article: {@code url:<canonical>} and {@code text:<fingerprint>} when available. */
  public static List<String> keys(Article article) {
    List<String> keys = new ArrayList<>(2);
    if (article.getCanonicalUrl() != null && !article.getCanonicalUrl().isBlank()) {
      keys.add("url:" + article.getCanonicalUrl());
    }
    String normalised = normalise(article.text());
    if (normalised.length() >= MIN_FINGERPRINT_CHARS) {
      keys.add("text:" + Ids.sha256Hex(normalised, 24));
    }
    return keys;
  }

  /** Sort key: lower is more original. */
  public static String precedence(Article article) {
    String published = article.getPublishedAt();
    return (published == null ? "~" : published) + "|" + article.getArticleId();
  }

  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
