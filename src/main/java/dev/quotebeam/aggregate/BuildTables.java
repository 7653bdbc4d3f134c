package dev.quotebeam.aggregate;

import dev.quotebeam.io.OutputTable;
import dev.quotebeam.io.TableRows;
import dev.quotebeam.io.Tables;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.ArticleStatements;
import dev.quotebeam.model.Reject;
import dev.quotebeam.model.StanceObservation;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import dev.quotebeam.options.PipelineSpec;
import dev.quotebeam.util.Buckets;
import dev.quotebeam.util.Coders;
import dev.quotebeam.util.GroupByKeyInBuckets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Builds the rows of all seven output tables from the analysed articles, all cleaned articles and all rejects:
 * per-article rows directly, per-actor counts, stance timelines and stance changes by grouping.
 *
 * <p>Input: a tuple of {@link #ANALYSED}, {@link #ARTICLES} and {@link #REJECTS}. Output: a {@link PCollectionTuple} with one {@code Row} collection per table, under {@link #tag(OutputTable)}.
 */
public class BuildTables extends PTransform<PCollectionTuple, PCollectionTuple> {
  private static final Map<String, TupleTag<Row>> TAGS = new HashMap<>();

  static {
    for (OutputTable t : Tables.ALL) {
      TAGS.put(t.name(), new TupleTag<Row>(t.name()) {});
    }
  }

  private static final TupleTag<Article> ARTICLE = new TupleTag<Article>() {};
  private static final TupleTag<KV<String, Long>> COUNT = new TupleTag<KV<String, Long>>() {};

  private final PipelineSpec spec;
  private final boolean includeText;
  private final int joinBuckets;

  /**
   * @param joinBuckets buckets of the groupings by article id, actor and period ({@link Buckets},
   *     {@link GroupByKeyInBuckets}): each bucket's members are held in memory together, so distributed runs want
   *     many (1024), the DirectRunner few (one bundle per bucket).
   */
  public BuildTables(PipelineSpec spec, boolean includeText, int joinBuckets) {
    this.spec = spec;
    this.includeText = includeText;
    this.joinBuckets = joinBuckets;
  }

  /** The tag of a table's rows in the output tuple. */
  public static TupleTag<Row> tag(OutputTable table) {
    return TAGS.get(table.name());
  }

  /** Input: the analysed articles. */
  public static final TupleTag<ArticleStatements> ANALYSED = new TupleTag<ArticleStatements>() {};
  /** Input: every cleaned article (duplicates included). */
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  /** Input: all rejects of all stages. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<ArticleStatements> analysed = input.get(ANALYSED);
    PCollection<Article> articles = input.get(ARTICLES);
    PCollection<Reject> rejects = input.get(REJECTS);
    PCollection<Statement> statements =
        analysed.apply("ListStatements", ParDo.of(new StatementsFn()));
    PCollection<StatementStance> stances =
        analysed.apply("ListStances", ParDo.of(new StancesFn()));
    PCollection<StanceObservation> observations =
        analysed.apply("ListStanceObservations", ParDo.of(new ObservationsFn()));

    PCollection<Row> statementRows =
        statements.apply("StatementRows", ParDo.of(new RowFn<Statement>(TableRows::statement)));
    PCollection<Row> stanceRows =
        stances.apply("StanceRows", ParDo.of(new RowFn<StatementStance>(TableRows::stance)));
    PCollection<Row> rejectRows =
        rejects.apply("RejectRows", ParDo.of(new RowFn<Reject>(TableRows::reject)));

    int buckets = joinBuckets;
    PCollection<KV<Integer, KV<String, Long>>> countsPerArticle =
        analysed
            .apply("CountPerArticle", ParDo.of(new CountPerArticleFn(buckets)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    PCollection<KV<Integer, Article>> articlesById =
        articles
            .apply("KeyArticlesByIdBucket", WithKeys.of((Article a) -> Buckets.of(a.getArticleId(), buckets))
                .withKeyType(TypeDescriptors.integers()))
            .setCoder(KvCoder.of(VarIntCoder.of(), Coders.of(input.getPipeline(), Article.class)));
    PCollection<Row> articleRows =
        KeyedPCollectionTuple.of(ARTICLE, articlesById)
            .and(COUNT, countsPerArticle)
            .apply("JoinStatementCounts", CoGroupByKey.create())
            .apply("ArticleRows", ParDo.of(new ArticleRowFn(includeText)));

    PCollection<Row> actorRows =
        analysed
            .apply("KeyStatementsByActor", ParDo.of(new ActorKeyFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), Coders.keyed(input.getPipeline(), Statement.class)))
            .apply("GroupByActor", GroupByKeyInBuckets.of(buckets))
            .apply("CountPerActor", ParDo.of(new ActorRowFn()));

    PCollection<Row> timelineRows =
        observations
            .apply("KeyByActorTargetPeriod", ParDo.of(new PeriodKeyFn(spec.period())))
            .setCoder(Coders.keyed(input.getPipeline(), StanceObservation.class))
            .apply("GroupByPeriod", GroupByKeyInBuckets.of(buckets))
            .apply("CountPerPeriod", ParDo.of(new TimelineRowFn()));

    PCollection<Row> changeRows =
        observations
            .apply("KeyByActorTarget", WithKeys.of((StanceObservation o) -> o.getActorId() + "\u0000" + o.getTarget()).withKeyType(TypeDescriptors.strings()))
            .setCoder(Coders.keyed(input.getPipeline(), StanceObservation.class))
            .apply("GroupByActorTarget", GroupByKeyInBuckets.of(buckets))
            .apply("DetectChanges", ParDo.of(new ChangesFn(spec.minStatementsPerSide(), spec.minConfidence())));

    PCollectionTuple out = PCollectionTuple.empty(input.getPipeline());
    out = withRows(out, Tables.ARTICLES, articleRows);
    out = withRows(out, Tables.STATEMENTS, statementRows);
    out = withRows(out, Tables.STATEMENT_STANCES, stanceRows);
    out = withRows(out, Tables.ACTORS, actorRows);
    out = withRows(out, Tables.ACTOR_STANCE, timelineRows);
    out = withRows(out, Tables.STANCE_CHANGES, changeRows);
    out = withRows(out, Tables.REJECTS, rejectRows);
    return out;
  }

  private static PCollectionTuple withRows(PCollectionTuple out, OutputTable table, PCollection<Row> rows) {
    rows.setRowSchema(table.beamSchema());
    return out.and(tag(table), rows);
  }

  /** The statements, with offsets into the source file for plain-text input ({@link Article#sourceOffset}). */
  static class StatementsFn extends DoFn<ArticleStatements, Statement> {
    @ProcessElement
    public void processElement(@Element ArticleStatements a, OutputReceiver<Statement> out) {
      Article article = a.getArticle();
      for (Statement s : a.getStatements()) {
        if (article.getParagraphOffsets().isEmpty()) {
          out.output(s);
        } else {
          out.output(
              s.toBuilder()
                  .setCharStart(article.sourceOffset(s.getCharStart()))
                  .setCharEnd(article.sourceOffset(s.getCharEnd()))
                  .build());
        }
      }
    }
  }

  static class StancesFn extends DoFn<ArticleStatements, StatementStance> {
    @ProcessElement
    public void processElement(@Element ArticleStatements a, OutputReceiver<StatementStance> out) {
      a.getStances().forEach(out::output);
    }
  }

  /** Stances of attributed statements, joined with their statement. */
  static class ObservationsFn extends DoFn<ArticleStatements, StanceObservation> {
    @ProcessElement
    public void processElement(@Element ArticleStatements a, OutputReceiver<StanceObservation> out) {
      Map<String, Statement> byId = new HashMap<>();
      a.getStatements().forEach(s -> byId.put(s.getStatementId(), s));
      for (StatementStance st : a.getStances()) {
        Statement s = byId.get(st.getStatementId());
        if (s != null && s.getActorId() != null) {
          out.output(StanceObservation.of(s, st));
        }
      }
    }
  }

  /** Converts a model value to its table row. */
  static class RowFn<T> extends DoFn<T, Row> {
    private final org.apache.beam.sdk.transforms.SerializableFunction<T, Row> convert;

    RowFn(org.apache.beam.sdk.transforms.SerializableFunction<T, Row> convert) {
      this.convert = convert;
    }

    @ProcessElement
    public void processElement(@Element T value, OutputReceiver<Row> out) {
      out.output(convert.apply(value));
    }
  }

  /** (bucket of article id, (article id, statements)). */
  static class CountPerArticleFn extends DoFn<ArticleStatements, KV<Integer, KV<String, Long>>> {
    private final int buckets;

    CountPerArticleFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void processElement(@Element ArticleStatements a, OutputReceiver<KV<Integer, KV<String, Long>>> out) {
      String id = a.getArticle().getArticleId();
      out.output(KV.of(Buckets.of(id, buckets), KV.of(id, (long) a.getStatements().size())));
    }
  }

  /** Joins one bucket's articles with their statement counts (0 for articles that were not analysed). */
  static class ArticleRowFn extends DoFn<KV<Integer, CoGbkResult>, Row> {
    private final boolean includeText;

    ArticleRowFn(boolean includeText) {
      this.includeText = includeText;
    }

    @ProcessElement
    public void processElement(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<Row> out) {
      Map<String, Long> counts = new HashMap<>();
      for (KV<String, Long> n : joined.getValue().getAll(COUNT)) {
        counts.merge(n.getKey(), n.getValue(), Long::sum);
      }
      for (Article a : joined.getValue().getAll(ARTICLE)) {
        out.output(TableRows.article(a, counts.getOrDefault(a.getArticleId(), 0L), includeText));
      }
    }
  }

  static class ActorKeyFn extends DoFn<ArticleStatements, KV<String, KV<String, Statement>>> {
    @ProcessElement
    public void processElement(@Element ArticleStatements a, OutputReceiver<KV<String, KV<String, Statement>>> out) {
      String source = a.getArticle().getSource() == null ? "" : a.getArticle().getSource();
      for (Statement s : a.getStatements()) {
        if (s.getActorId() != null) {
          out.output(KV.of(s.getActorId(), KV.of(source, s)));
        }
      }
    }
  }

  static class ActorRowFn extends DoFn<KV<String, Iterable<KV<String, Statement>>>, Row> {
    @ProcessElement
    public void processElement(@Element KV<String, Iterable<KV<String, Statement>>> actor, OutputReceiver<Row> out) {
      ActorSummarizer summary = new ActorSummarizer();
      for (KV<String, Statement> e : actor.getValue()) {
        summary.add(e.getValue(), e.getKey().isEmpty() ? null : e.getKey());
      }
      out.output(Tables.ACTORS.row(summary.values()));
    }
  }

  static class PeriodKeyFn extends DoFn<StanceObservation, KV<String, StanceObservation>> {
    private final PipelineSpec.Period period;

    PeriodKeyFn(PipelineSpec.Period period) {
      this.period = period;
    }

    @ProcessElement
    public void processElement(@Element StanceObservation o, OutputReceiver<KV<String, StanceObservation>> out) {
      if (o.getStatementDate() != null) {
        out.output(KV.of(o.getActorId() + "\u0000" + o.getTarget() + "\u0000" + Periods.start(o.getStatementDate(), period), o));
      }
    }
  }

  static class TimelineRowFn extends DoFn<KV<String, Iterable<StanceObservation>>, Row> {
    @ProcessElement
    public void processElement(@Element KV<String, Iterable<StanceObservation>> group, OutputReceiver<Row> out) {
      String[] key = group.getKey().split("\u0000");
      long support = 0;
      long oppose = 0;
      long neutral = 0;
      String name = null;
      for (StanceObservation o : group.getValue()) {
        name = name == null || o.getActorName().compareTo(name) < 0 ? o.getActorName() : name;
        if (StatementStance.SUPPORT.equals(o.getStance())) {
          support++;
        } else if (StatementStance.OPPOSE.equals(o.getStance())) {
          oppose++;
        } else {
          neutral++;
        }
      }
      long total = support + oppose + neutral;
      out.output(
          Tables.ACTOR_STANCE.row(
              key[0], name, key[1], key[2], total, support, oppose, neutral, (support - oppose) / (double) total));
    }
  }

  static class ChangesFn extends DoFn<KV<String, Iterable<StanceObservation>>, Row> {
    private final int minPerSide;
    private final double minConfidence;

    ChangesFn(int minPerSide, double minConfidence) {
      this.minPerSide = minPerSide;
      this.minConfidence = minConfidence;
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<StanceObservation>> group, OutputReceiver<Row> out) {
      List<StanceObservation> points = new ArrayList<>();
      group.getValue().forEach(points::add);
      for (Row r : StanceChanges.detect(points, minPerSide, minConfidence)) {
        out.output(r);
      }
    }
  }
}
