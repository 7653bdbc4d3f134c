package dev.quotebeam.io;

import static dev.quotebeam.io.Column.optional;
import static dev.quotebeam.io.Column.required;

import dev.quotebeam.io.Column.Type;
import java.util.List;

/**
 * The seven output tables: the contract with BI users. Column names are snake_case, dates ISO days, timestamps
 * UTC. Any change here is a schema change: bump {@link #SCHEMA_VERSION}.
 */
public final class Tables {
  /** Version of the table contract, written to the manifest. */
  public static final int SCHEMA_VERSION = 3;

  private Tables() {}

  public static final OutputTable ARTICLES =
      new OutputTable(
          "articles",
          "One row per input document accepted by cleaning.",
          List.of("article_id"),
          List.of(
              required("article_id", Type.STRING, "Content-derived article id (hash of input_path).", "3f9a1c0d2e4b5a69"),
              optional("url", Type.STRING, "URL of the page (crawler's, else canonical).", "https://news.example/2021/03/09/ferries"),
              optional("canonical_url", Type.STRING, "Normalised canonical URL from the page.", "https://news.example/2021/03/09/ferries"),
              optional("source", Type.STRING, "Site name or host.", "Example News"),
              optional("title", Type.STRING, "Headline.", "Council backs two new harbour ferries"),
              optional("byline", Type.STRING, "Author(s) as printed.", "Jane Doe"),
              optional("published_at", Type.TIMESTAMP, "Publication time, UTC.", "2021-03-09T10:00:00Z"),
              required("published_basis", Type.STRING, "Where published_at came from: json-ld, meta, time, url, text, fetched, none.", "meta"),
              optional("language", Type.STRING, "ISO 639-1 language code.", "en"),
              required("text_chars", Type.LONG, "Characters of cleaned article text.", "2481"),
              required("statement_count", Type.LONG, "Statements extracted from the article (0 for duplicates unless kept).", "9"),
              optional("duplicate_of", Type.STRING, "article_id of the original when this is a duplicate or syndicated copy.", ""),
              required("input_path", Type.STRING, "Input file (and #record for WARC/JSONL) as given.", "crawl/2021/ferries.html"),
              optional("text", Type.STRING, "Cleaned article text, paragraphs separated by a blank line; statement offsets index it.", "The harbour council voted on Thursday…")));

  public static final OutputTable STATEMENTS =
      new OutputTable(
          "statements",
          "One row per statement: direct quote, partial quote in reported speech, or reported speech.",
          List.of("article_id", "char_start", "statement_id"),
          List.of(
              required("statement_id", Type.STRING, "Content-derived statement id.", "a1b2c3d4e5f60718"),
              required("article_id", Type.STRING, "Article the statement is in.", "3f9a1c0d2e4b5a69"),
              optional("actor_id", Type.STRING, "Canonical actor id, empty when unattributed.", "p-5e0f2a9b1c3d"),
              optional("actor_name", Type.STRING, "Canonical actor name.", "Ada Quill"),
              required("actor_type", Type.STRING, "PERSON, ORGANIZATION, GROUP or UNKNOWN.", "PERSON"),
              optional("role", Type.STRING, "Role or title in this article.", "Councillor"),
              optional("speaker_text", Type.STRING, "Speaker as written next to the cue.", "Councillor Ada Quill"),
              required("kind", Type.STRING, "DIRECT, PARTIAL (partial quote in reported speech) or INDIRECT.", "DIRECT"),
              required("text", Type.STRING, "The statement's words; an attribution inside them (a quote split around it, or 'The plan, Roe said, is dead') is left out, its place marked ' … '.", "We finally have a plan that works for shift workers"),
              optional("cue", Type.STRING, "Speech verb or phrase.", "said"),
              optional("statement_date", Type.DATE, "Day the words were said.", "2021-03-08"),
              required("date_basis", Type.STRING, "How statement_date was found: explicit, weekday, relative, published, fetched, none.", "weekday"),
              optional("date_text", Type.STRING, "Time expression that dated the statement.", "on Monday"),
              optional("published_at", Type.TIMESTAMP, "Article publication time, UTC.", "2021-03-09T10:00:00Z"),
              required("paragraph", Type.INT, "0-based paragraph index.", "1"),
              required("char_start", Type.INT, "Start offset of the statement in articles.text (a split quote spans its attribution).", "210"),
              required("char_end", Type.INT, "End offset (exclusive) of the statement in articles.text.", "258"),
              optional("attribution_rule", Type.STRING, "Rule that chose the speaker.", "adjacent-name"),
              required("relation", Type.STRING, "What the cue reports: speech (said, told), belief (a position, wish or plan: believes, wants, supports) evidence (what a named poll, study or report shows) or hedge (a claim the writer hedges with no source: seems, appears to, is expected to, reportedly).", "speech"),
              required("extraction", Type.STRING, "How the statement was found: rules (quote, speech and relation rules) or model (the learned cue and content model, in a gap the rules left; about half of its rows are right on PolNeAR, against four in five for the rules).", "rules")));

  public static final OutputTable STATEMENT_STANCES =
      new OutputTable(
          "statement_stances",
          "One row per statement and spec target it concerns.",
          List.of("target", "statement_id"),
          List.of(
              required("statement_id", Type.STRING, "Statement scored.", "a1b2c3d4e5f60718"),
              optional("actor_id", Type.STRING, "Its actor.", "p-5e0f2a9b1c3d"),
              required("target", Type.STRING, "Target id from the pipeline spec.", "harbour-ferries"),
              required("stance", Type.STRING, "support, oppose or neutral.", "oppose"),
              required("stance_score", Type.DOUBLE, "Score in [-1, 1]; negative opposes.", "-0.8"),
              optional("stance_cues", Type.STRING, "Evidence that decided, '; '-separated.", "term:ferries; support-cue:back"),
              optional("statement_date", Type.DATE, "Day the words were said.", "2021-03-08")));

  public static final OutputTable ACTORS =
      new OutputTable(
          "actors",
          "One row per canonical actor with at least one statement.",
          List.of("actor_id"),
          List.of(
              required("actor_id", Type.STRING, "Deterministic actor id (p- person, o- organisation, g- group).", "p-5e0f2a9b1c3d"),
              required("name", Type.STRING, "Canonical name.", "Ada Quill"),
              required("actor_type", Type.STRING, "PERSON, ORGANIZATION or GROUP.", "PERSON"),
              optional("aliases", Type.STRING, "Other names merged into this actor, '; '-separated.", "Quill; Councillor Ada Quill"),
              optional("roles", Type.STRING, "Roles seen, '; '-separated.", "Councillor; chair of the harbour committee"),
              required("statement_count", Type.LONG, "Statements (duplicates excluded unless kept).", "3"),
              required("direct_count", Type.LONG, "DIRECT statements.", "1"),
              required("partial_count", Type.LONG, "PARTIAL statements.", "0"),
              required("indirect_count", Type.LONG, "INDIRECT statements.", "2"),
              required("article_count", Type.LONG, "Articles quoting the actor.", "2"),
              required("source_count", Type.LONG, "Distinct sources quoting the actor.", "2"),
              optional("first_date", Type.DATE, "First statement date.", "2021-03-08"),
              optional("last_date", Type.DATE, "Last statement date.", "2021-03-12")));

  public static final OutputTable ACTOR_STANCE =
      new OutputTable(
          "actor_stance",
          "Stance timeline: one row per actor, target and period (week or month).",
          List.of("actor_id", "target", "period_start"),
          List.of(
              required("actor_id", Type.STRING, "Actor.", "p-5e0f2a9b1c3d"),
              required("actor_name", Type.STRING, "Actor name.", "Ada Quill"),
              required("target", Type.STRING, "Target id.", "harbour-ferries"),
              required("period_start", Type.DATE, "First day of the period (Monday of the ISO week, or the 1st).", "2021-03-08"),
              required("statements", Type.LONG, "Statements on the target in the period.", "2"),
              required("support", Type.LONG, "Supporting statements.", "0"),
              required("oppose", Type.LONG, "Opposing statements.", "2"),
              required("neutral", Type.LONG, "Neutral statements.", "0"),
              required("net_stance", Type.DOUBLE, "(support - oppose) / statements.", "-1")));

  public static final OutputTable STANCE_CHANGES =
      new OutputTable(
          "stance_changes",
          "One row per detected persistent stance change of an actor on a target, with both evidence statements.",
          List.of("actor_id", "target", "to_date"),
          List.of(
              required("actor_id", Type.STRING, "Actor.", "p-5e0f2a9b1c3d"),
              required("actor_name", Type.STRING, "Actor name.", "Ada Quill"),
              required("target", Type.STRING, "Target id.", "harbour-ferries"),
              required("from_stance", Type.STRING, "Stance before.", "support"),
              required("to_stance", Type.STRING, "Stance after.", "oppose"),
              optional("from_date", Type.DATE, "Date of the last statement before the change.", "2021-03-01"),
              optional("to_date", Type.DATE, "Date of the first statement after the change.", "2021-03-08"),
              required("from_statement_id", Type.STRING, "Evidence statement before.", "0a1b2c3d4e5f6071"),
              required("to_statement_id", Type.STRING, "Evidence statement after.", "a1b2c3d4e5f60718"),
              required("from_text", Type.STRING, "Its text.", "The ferries can wait"),
              required("to_text", Type.STRING, "Its text.", "We finally have a plan")));

  public static final OutputTable REJECTS =
      new OutputTable(
          "rejects",
          "One row per input or record that failed, with the stage and reason.",
          List.of("input_path", "stage", "reason"),
          List.of(
              required("input_path", Type.STRING, "Input file (and #record) as given.", "crawl/bad.html"),
              required("stage", Type.STRING, "Stage that rejected it: read, clean, extract, ...", "clean"),
              required("reason", Type.STRING, "Short reason.", "binary"),
              optional("detail", Type.STRING, "Detail: sizes, exception class and message.", "NUL bytes in first 1024 bytes")));

  /** All tables, in the order they are documented. */
  public static final List<OutputTable> ALL =
      List.of(ARTICLES, STATEMENTS, STATEMENT_STANCES, ACTORS, ACTOR_STANCE, STANCE_CHANGES, REJECTS);
}
