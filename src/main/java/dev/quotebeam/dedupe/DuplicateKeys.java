package dev.quotebeam.dedupe;

import dev.quotebeam.model.Article;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which two articles may be the same story, and the test that decides whether they are.
 *
 * <ul>
 *   <li>{@code url:<canonical URL>}: same canonical URL, always a duplicate;
 *   <li>{@code mh:<band>:<hash>}: a MinHash band of the body's word 5-shingles (64 hashes in 16 bands of 4).
 *       Articles sharing a band are candidates; they are duplicates when their signatures agree on at least
 *       {@link #MIN_SIMILARITY} of the hashes (an estimate of the shingle Jaccard similarity). This catches
 *       syndicated copies whose sites add or drop a caption, a credit line or a "read more" link.
 * </ul>
 *
 * <p>Of a group of duplicates the original is the earliest published (undated last), ties broken by article
 * id; {@link #precedence(Article)} gives that order as one comparable string. Thread-safe.
 */
public final class DuplicateKeys {
  /** Fewer shingles than this: too short to call two texts the same story. */
  static final int MIN_SHINGLES = 30;
  static final int SHINGLE_WORDS = 5;
  static final int HASHES = 64;
  static final int ROWS_PER_BAND = 4;
  /** Share of agreeing MinHash values above which two bodies are near-duplicates. */
  public static final double MIN_SIMILARITY = 0.8;

  private static final long[] SEEDS = seeds();

  private DuplicateKeys() {}

  /** Keys of an article: its canonical URL and the MinHash bands of its body. */
  public static List<String> keys(Article article, int[] signature) {
    List<String> keys = new ArrayList<>();
    if (article.getCanonicalUrl() != null && !article.getCanonicalUrl().isBlank()) {
      keys.add("url:" + article.getCanonicalUrl());
    }
    if (signature != null) {
      for (int band = 0; band < HASHES / ROWS_PER_BAND; band++) {
        long h = 1125899906842597L;
        for (int r = 0; r < ROWS_PER_BAND; r++) {
          h = 31 * h + signature[band * ROWS_PER_BAND + r];
        }
        keys.add("mh:" + band + ":" + Long.toHexString(h));
      }
    }
    return keys;
  }

  /** MinHash signature of the body's word shingles, or null when the body is too short. */
  public static int[] signature(String text) {
    List<String> words = words(text);
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
      shingles.add(fnv64(String.join(" ", words.subList(i, i + SHINGLE_WORDS))));
    }
    if (shingles.size() < MIN_SHINGLES) {
      return null;
    }
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int h = (int) (mix(s ^ SEEDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of two signatures. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** Sort key: lower is more original (publication instant in UTC, then article id). */
  public static String precedence(Article article) {
    String published = article.getPublishedAt();
    java.time.Instant instant = dev.quotebeam.util.Times.toInstant(published);
    // ISO instants of one format sort in time order; an unreadable or missing date ranks last.
    return (instant == null ? "~" : String.format("%020d", instant.toEpochMilli() + 62_135_596_800_000L)) + "|" + article.getArticleId();
  }

  static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    return words;
  }

  private static long fnv64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64 finaliser: a good, fixed 64-bit mixing function. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(x);
    }
    return seeds;
  }
}
