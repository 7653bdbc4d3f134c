package dev.quotebeam.dedupe;

import dev.quotebeam.model.Article;
import dev.quotebeam.util.Coders;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import dev.quotebeam.failsafe.Failsafe;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Sets {@link Article#getDuplicateOf()} on every article that shares a canonical URL or a body fingerprint
 * ({@link DuplicateKeys}) with an earlier one. All articles come out; only the field changes.
 */
public class MarkDuplicates extends PTransform<PCollection<Article>, PCollection<Article>> {
  private static final TupleTag<Article> ARTICLE = new TupleTag<Article>() {};
  private static final TupleTag<String> ORIGINAL = new TupleTag<String>() {};

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    // For each duplicate: "<precedence of original>\u0000<original id>"; Min keeps the most original one.
    PCollection<KV<String, String>> duplicateToOriginal =
        articles
            .apply("KeyByDuplicateKey", ParDo.of(new KeysFn()))
            .apply("GroupByDuplicateKey", GroupByKey.create())
            .apply("PickOriginals", ParDo.of(new PickOriginalFn()))
            .apply("MostOriginal", Combine.perKey(Min.<String>naturalOrder()));
    PCollection<KV<String, Article>> byId =
        articles
            .apply("KeyById", WithKeys.of((Article a) -> a.getArticleId()).withKeyType(TypeDescriptors.strings()))
            .setCoder(Coders.keyed(articles.getPipeline(), Article.class));
    return KeyedPCollectionTuple.of(ARTICLE, byId)
        .and(ORIGINAL, duplicateToOriginal)
        .apply("JoinOriginals", CoGroupByKey.create())
        .apply("SetDuplicateOf", ParDo.of(new SetDuplicateOfFn()))
        .setCoder(articles.getCoder());
  }

  /** Emits (key, "precedence\0articleId") per duplicate key of the article. */
  static class KeysFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void processElement(@Element Article a, OutputReceiver<KV<String, String>> out) {
      for (String key : DuplicateKeys.keys(a)) {
        out.output(KV.of(key, DuplicateKeys.precedence(a) + "\u0000" + a.getArticleId()));
      }
    }
  }

  /** In a group sharing a key, every article but the most original one is a duplicate of it. */
  static class PickOriginalFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    @ProcessElement
    public void processElement(@Element KV<String, Iterable<String>> group, OutputReceiver<KV<String, String>> out) {
      List<String> members = new ArrayList<>();
      group.getValue().forEach(members::add);
      if (members.size() < 2) {
        return;
      }
      members.sort(null);
      String original = members.get(0);
      String originalId = original.substring(original.indexOf('\u0000') + 1);
      for (String m : members.subList(1, members.size())) {
        String id = m.substring(m.indexOf('\u0000') + 1);
        if (!id.equals(originalId)) {
          out.output(KV.of(id, original));
        }
      }
    }
  }

  /** Copies the chosen original's id onto the article. */
  static class SetDuplicateOfFn extends DoFn<KV<String, CoGbkResult>, Article> {
    private final Counter duplicates = Metrics.counter(Failsafe.NAMESPACE, "dedupe.duplicates");

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> joined, OutputReceiver<Article> out) {
      String original = joined.getValue().getOnly(ORIGINAL, null);
      for (Article a : joined.getValue().getAll(ARTICLE)) {
        if (original == null) {
          out.output(a);
        } else {
          duplicates.inc();
          out.output(a.toBuilder().setDuplicateOf(original.substring(original.indexOf('\u0000') + 1)).build());
        }
      }
    }
  }
}
