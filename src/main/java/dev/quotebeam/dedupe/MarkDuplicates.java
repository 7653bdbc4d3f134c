package dev.quotebeam.dedupe;

import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.model.Article;
import dev.quotebeam.util.GroupByKeyInBuckets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Sets {@link Article#getDuplicateOf()} on every article that shares a canonical URL or a body fingerprint
 * ({@link DuplicateKeys}) with an earlier one. All articles come out; only the field changes.
 *
 * <p>Only the small (duplicate id → original) map is grouped; it reaches the articles as a side input, so the
 * articles themselves are never shuffled here and keep their bundles (a keyed join would emit one bundle per
 * article, which makes every later grouping on the DirectRunner quadratic).
 */
public class MarkDuplicates extends PTransform<PCollection<Article>, PCollection<Article>> {
  private final int buckets;

  /**
   * @param buckets buckets of the groupings by duplicate key (about 17 per article) and by duplicate ({@link
   *     GroupByKeyInBuckets}): many for distributed runs, few on the DirectRunner.
   */
  public MarkDuplicates(int buckets) {
    this.buckets = buckets;
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    // For each duplicate: "<precedence of original>\0<original id>"; Min keeps the most original one.
    PCollection<KV<String, String>> duplicateToOriginal =
        articles
            .apply("KeyByDuplicateKey", ParDo.of(new KeysFn()))
            .apply("GroupByDuplicateKey", GroupByKeyInBuckets.of(buckets))
            .apply("PickOriginals", ParDo.of(new PickOriginalFn()))
            .apply("GroupByDuplicate", GroupByKeyInBuckets.of(buckets))
            .apply("MostOriginal", ParDo.of(new MostOriginalFn()));
    PCollectionView<Map<String, String>> originals = duplicateToOriginal.apply("OriginalsView", View.asMap());
    return articles
        .apply("SetDuplicateOf", ParDo.of(new SetDuplicateOfFn(originals)).withSideInputs(originals))
        .setCoder(articles.getCoder());
  }

  /** A group member: "precedence\0articleId\0signature" (signature in hex, empty when none). */
  static String member(Article a, int[] signature) {
    StringBuilder sb = new StringBuilder(DuplicateKeys.precedence(a)).append('\u0000').append(a.getArticleId()).append('\u0000');
    if (signature != null) {
      for (int h : signature) {
        sb.append(String.format("%08x", h));
      }
    }
    return sb.toString();
  }

  /** Emits (key, member) per duplicate key of the article. */
  static class KeysFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void processElement(@Element Article a, OutputReceiver<KV<String, String>> out) {
      int[] signature = DuplicateKeys.signature(a.text());
      String member = member(a, signature);
      for (String key : DuplicateKeys.keys(a, signature)) {
        out.output(KV.of(key, member));
      }
    }
  }

  /**
   * In a group sharing a key, each article is a duplicate of the most original earlier member it matches: any
   * member for a shared URL, a member with similar enough MinHash signature for a shared band.
   * Emits (duplicate id, "precedence\0original id") so that the least one is the most original.
   */
  static class PickOriginalFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    @ProcessElement
    public void processElement(@Element KV<String, Iterable<String>> group, OutputReceiver<KV<String, String>> out) {
      List<String[]> members = new ArrayList<>();
      group.getValue().forEach(m -> members.add(m.split("\u0000", -1)));
      if (members.size() < 2) {
        return;
      }
      members.sort((x, y) -> (x[0] + '\u0000' + x[1]).compareTo(y[0] + '\u0000' + y[1]));
      boolean sameUrl = group.getKey().startsWith("url:");
      for (int i = 1; i < members.size(); i++) {
        String[] m = members.get(i);
        for (int j = 0; j < i; j++) {
          String[] o = members.get(j);
          if (o[1].equals(m[1])) {
            continue;
          }
          if (sameUrl || similar(o[2], m[2])) {
            out.output(KV.of(m[1], o[0] + "\u0000" + o[1]));
            break;
          }
        }
      }
    }

    private static boolean similar(String a, String b) {
      if (a.isEmpty() || b.isEmpty()) {
        return false;
      }
      int[] x = new int[DuplicateKeys.HASHES];
      int[] y = new int[DuplicateKeys.HASHES];
      for (int i = 0; i < DuplicateKeys.HASHES; i++) {
        x[i] = Integer.parseUnsignedInt(a.substring(i * 8, i * 8 + 8), 16);
        y[i] = Integer.parseUnsignedInt(b.substring(i * 8, i * 8 + 8), 16);
      }
      return DuplicateKeys.similarity(x, y) >= DuplicateKeys.MIN_SIMILARITY;
    }
  }

  /** Keeps the least (most original) candidate per duplicate. */
  static class MostOriginalFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    @ProcessElement
    public void processElement(@Element KV<String, Iterable<String>> e, OutputReceiver<KV<String, String>> out) {
      String min = null;
      for (String candidate : e.getValue()) {
        min = min == null || candidate.compareTo(min) < 0 ? candidate : min;
      }
      out.output(KV.of(e.getKey(), min));
    }
  }

  /** Copies the chosen original's id onto the article. */
  static class SetDuplicateOfFn extends DoFn<Article, Article> {
    private final Counter duplicates = Metrics.counter(Failsafe.NAMESPACE, "dedupe.duplicates");
    private final PCollectionView<Map<String, String>> originals;

    SetDuplicateOfFn(PCollectionView<Map<String, String>> originals) {
      this.originals = originals;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      Article a = c.element();
      String original = c.sideInput(originals).get(a.getArticleId());
      if (original == null) {
        c.output(a);
      } else {
        duplicates.inc();
        c.output(a.toBuilder().setDuplicateOf(original.substring(original.indexOf('\u0000') + 1)).build());
      }
    }
  }
}
