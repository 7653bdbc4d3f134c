package dev.quotebeam.actors;

import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.model.ArticleStatements;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import dev.quotebeam.util.GroupByKeyInBuckets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Gives every attributed statement (and its stances) a corpus-wide {@code actorId} and canonical name, merging
 * aliases across articles with {@link ActorCanonicalizer}; a one-word speaker also takes the type its actor was
 * voted ("Roe", guessed an organisation in one article, is a PERSON once it joins "Ada Roe").
 *
 * <p>Steps: group the typed name variants of all statements by block; count them per type and name and resolve each
 * block (the counts per type are the corpus-wide type vote for one-word names); broadcast the variant-to-actor map
 * as a side input and apply it per article.
 */
public class CanonicalizeActors
    extends PTransform<PCollection<ArticleStatements>, PCollection<ArticleStatements>> {
  private final ActorCanonicalizer canonicalizer;
  private final int buckets;

  /** @param buckets buckets of the grouping by name block ({@link GroupByKeyInBuckets}). */
  public CanonicalizeActors(ActorCanonicalizer canonicalizer, int buckets) {
    this.canonicalizer = canonicalizer;
    this.buckets = buckets;
  }

  @Override
  public PCollection<ArticleStatements> expand(PCollection<ArticleStatements> articles) {
    PCollectionView<Map<String, KV<String, String>>> variantToActor =
        articles
            .apply("ListNameVariants", ParDo.of(new VariantsFn(canonicalizer)))
            .apply("GroupByBlock", GroupByKeyInBuckets.of(buckets))
            .apply("ResolveBlocks", ParDo.of(new ResolveBlockFn(canonicalizer)))
            .apply("AsVariantMap", View.asMap());
    return articles
        .apply(
            "LinkStatementsToActors",
            ParDo.of(new ApplyActorsFn(canonicalizer, variantToActor)).withSideInputs(variantToActor))
        .setCoder(articles.getCoder());
  }

  /** Lookup key of one speaker name: its block and the name as written. */
  static String variantKey(String blockKey, String name) {
    return blockKey + "\u0000" + name;
  }

  /** The grouped value of one speaker: its type and its name as written. */
  static String typedName(String type, String name) {
    return type + "\u0000" + name;
  }

  /** Emits (block, {@link #typedName typed name}) once per attributed statement. */
  static class VariantsFn extends DoFn<ArticleStatements, KV<String, String>> {
    private final ActorCanonicalizer canonicalizer;

    VariantsFn(ActorCanonicalizer canonicalizer) {
      this.canonicalizer = canonicalizer;
    }

    @ProcessElement
    public void processElement(@Element ArticleStatements a, OutputReceiver<KV<String, String>> out) {
      for (Statement s : a.getStatements()) {
        String name = canonicalizer.alias(s.getSpeakerName());
        if (name != null) {
          String block = canonicalizer.blockKey(s.getSpeakerType(), name);
          if (block != null) {
            out.output(KV.of(block, typedName(s.getSpeakerType(), name)));
          }
        }
      }
    }
  }

  /** Counts the typed variants of one block and resolves them to actors. */
  static class ResolveBlockFn extends DoFn<KV<String, Iterable<String>>, KV<String, KV<String, String>>> {
    private final ActorCanonicalizer canonicalizer;
    private final Counter actors = Metrics.counter(Failsafe.NAMESPACE, "actors.variants");

    ResolveBlockFn(ActorCanonicalizer canonicalizer) {
      this.canonicalizer = canonicalizer;
    }

    @ProcessElement
    public void processElement(
        @Element KV<String, Iterable<String>> block,
        OutputReceiver<KV<String, KV<String, String>>> out) {
      Map<String, Long> counts = new TreeMap<>();
      block.getValue().forEach(typedName -> counts.merge(typedName, 1L, Long::sum));
      List<ActorCanonicalizer.NameCount> variants = new ArrayList<>();
      counts.forEach(
          (typedName, n) -> {
            int cut = typedName.indexOf('\u0000');
            variants.add(
                new ActorCanonicalizer.NameCount(typedName.substring(0, cut), typedName.substring(cut + 1), n));
          });
      for (ActorCanonicalizer.Resolution r : canonicalizer.resolveBlock(block.getKey(), variants)) {
        actors.inc();
        out.output(KV.of(variantKey(block.getKey(), r.variant), KV.of(r.actorId, r.canonicalName)));
      }
    }
  }

  /** Sets actorId/actorName on statements and their stances, and the speaker type the actor stands for. */
  static class ApplyActorsFn extends DoFn<ArticleStatements, ArticleStatements> {
    private final ActorCanonicalizer canonicalizer;
    private final PCollectionView<Map<String, KV<String, String>>> view;

    ApplyActorsFn(ActorCanonicalizer canonicalizer, PCollectionView<Map<String, KV<String, String>>> view) {
      this.canonicalizer = canonicalizer;
      this.view = view;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      Map<String, KV<String, String>> actors = c.sideInput(view);
      ArticleStatements a = c.element();
      List<Statement> statements = new ArrayList<>(a.getStatements().size());
      Map<String, String> statementToActor = new HashMap<>();
      for (Statement s : a.getStatements()) {
        KV<String, String> actor = null;
        String name = canonicalizer.alias(s.getSpeakerName());
        if (name != null) {
          String block = canonicalizer.blockKey(s.getSpeakerType(), name);
          actor = block == null ? null : actors.get(variantKey(block, name));
        }
        if (actor == null) {
          statements.add(s);
        } else {
          statements.add(
              s.toBuilder()
                  .setActorId(actor.getKey())
                  .setActorName(actor.getValue())
                  .setSpeakerType(ActorCanonicalizer.actorType(actor.getKey()))
                  .build());
          statementToActor.put(s.getStatementId(), actor.getKey());
        }
      }
      List<StatementStance> stances = new ArrayList<>(a.getStances().size());
      for (StatementStance st : a.getStances()) {
        stances.add(
            StatementStance.create(
                st.getStatementId(),
                statementToActor.get(st.getStatementId()),
                st.getTarget(),
                st.getStance(),
                st.getScore(),
                st.getCues(),
                st.getStatementDate()));
      }
      c.output(ArticleStatements.of(a.getArticle(), statements, stances));
    }
  }
}
