package dev.quotebeam.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One statement found in an article: a direct quote, a partial quote inside reported speech, or reported speech.
 *
 * <p>Stages fill it in turn: extraction sets the text, cue, speaker mention and offsets; attribution the resolved
 * in-document speaker; dating the statement date; actor canonicalisation the corpus-wide {@code actorId}. Each
 * stage also records which rule decided ({@code attributionRule}, {@code dateBasis}) so decisions are traceable.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Statement {
  public static final String DIRECT = "DIRECT";
  public static final String PARTIAL = "PARTIAL";
  public static final String INDIRECT = "INDIRECT";

  /** Relation classes: what the cue reports ({@link #getRelation()}). */
  public static final String SPEECH = "speech";
  public static final String BELIEF = "belief";
  public static final String EVIDENCE = "evidence";
  public static final String HEDGE = "hedge";

  /**
   * What stands for the attribution left out of a quote joined across it or of a content it stands inside ({@code
   * The plan … is dead} for {@code The plan, Roe said, is dead}; {@link #getText()}).
   */
  public static final String ELISION = " … ";

  /** How a statement was found ({@link #getExtraction()}). */
  public static final String RULES = "rules";
  public static final String MODEL = "model";

  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String GROUP = "GROUP";
  public static final String UNKNOWN = "UNKNOWN";

  /** Content-derived id: hash of article id, kind and character span. */
  public abstract String getStatementId();

  public abstract String getArticleId();

  /** {@link #DIRECT}, {@link #PARTIAL} or {@link #INDIRECT}. */
  public abstract String getKind();

  /**
   * {@link #SPEECH} for words said or written ("said", "told", "according to"); {@link #BELIEF} for a position,
   * wish or plan attributed to the source ("believes", "wants", "supports"); {@link #EVIDENCE} for what a named
   * poll, study or report shows or found; {@link #HEDGE} for a claim hedged with no source ("seems", "is expected
   * to", "reportedly"), which has no speaker.
   */
  public abstract String getRelation();

  /**
   * {@link #RULES} for a statement the quote, speech and relation rules found; {@link #MODEL} for one the learned cue
   * and content model added in a gap the rules left (on PolNeAR about half of those are right, against four in five
   * of the rules' statements): filter on it for a stricter table.
   */
  public abstract String getExtraction();

  /**
   * The statement's content: the quoted words, or the reported clause. A quote split around its attribution
   * ({@code “A,” she said. “B.”}) is one statement whose text joins the parts with " … ", the attribution left out;
   * so is a content with its attribution inside ({@code The plan, Roe said, is dead} gives {@code The plan … is
   * dead}). The char offsets span the whole content, attribution included.
   */
  public abstract String getText();

  /** The speech verb or phrase that introduces it ("told reporters", "according to"), when any. */
  public abstract @Nullable String getCue();

  /** The speaker as written next to the cue ("he", "the councillor", "Councillor Ada Quill"). */
  public abstract @Nullable String getSpeakerText();

  /** The speaker resolved within the article, in its fullest form ("Ada Quill"); null when unattributable. */
  public abstract @Nullable String getSpeakerName();

  /** {@link #PERSON}, {@link #ORGANIZATION}, {@link #GROUP} or {@link #UNKNOWN}. */
  public abstract String getSpeakerType();

  /** Role or title of the speaker in this article ("Transport Commissioner"), when stated. */
  public abstract @Nullable String getRole();

  /** Which attribution rule chose the speaker (e.g. {@code adjacent-name}, {@code pronoun}, {@code role-noun}). */
  public abstract @Nullable String getAttributionRule();

  /** 0-based paragraph index of the statement's start. */
  public abstract int getParagraph();

  /**
   * Offsets of {@link #getText()} in {@link Article#text()}: {@code [charStart, charEnd)}; where the text leaves an
   * attribution out ({@link #ELISION}: a quote split around it, or a content it stands inside), from the first part's
   * start to the last part's end, so the text is then no substring of the article.
   */
  public abstract int getCharStart();

  public abstract int getCharEnd();

  /** The sentence(s) holding the statement and its cue, for dating and stance. */
  public abstract String getContext();

  /** Date the words were said ({@code yyyy-MM-dd}), or null when neither the text nor the article dates them. */
  public abstract @Nullable String getStatementDate();

  /** How {@link #getStatementDate()} was found: {@code explicit}, {@code weekday}, {@code relative}, {@code published}, {@code fetched} or {@code none}. */
  public abstract String getDateBasis();

  /** The time expression that dated it ("on Monday"), when any. */
  public abstract @Nullable String getDateText();

  /** The article's publication time (ISO instant), copied for convenience. */
  public abstract @Nullable String getPublishedAt();

  /** Corpus-wide actor id, set by actor canonicalisation; null when unattributed. */
  public abstract @Nullable String getActorId();

  /** Canonical actor name, set by actor canonicalisation. */
  public abstract @Nullable String getActorName();

  public static Builder builder() {
    return new AutoValue_Statement.Builder()
        .setSpeakerType(UNKNOWN)
        .setRelation(SPEECH)
        .setExtraction(RULES)
        .setDateBasis("none")
        .setContext("");
  }

  public abstract Builder toBuilder();

  /** Builder for {@link Statement}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setStatementId(String statementId);

    public abstract Builder setArticleId(String articleId);

    public abstract Builder setKind(String kind);

    public abstract Builder setRelation(String relation);

    public abstract Builder setExtraction(String extraction);

    public abstract Builder setText(String text);

    public abstract Builder setCue(@Nullable String cue);

    public abstract Builder setSpeakerText(@Nullable String speakerText);

    public abstract Builder setSpeakerName(@Nullable String speakerName);

    public abstract Builder setSpeakerType(String speakerType);

    public abstract Builder setRole(@Nullable String role);

    public abstract Builder setAttributionRule(@Nullable String attributionRule);

    public abstract Builder setParagraph(int paragraph);

    public abstract Builder setCharStart(int charStart);

    public abstract Builder setCharEnd(int charEnd);

    public abstract Builder setContext(String context);

    public abstract Builder setStatementDate(@Nullable String statementDate);

    public abstract Builder setDateBasis(String dateBasis);

    public abstract Builder setDateText(@Nullable String dateText);

    public abstract Builder setPublishedAt(@Nullable String publishedAt);

    public abstract Builder setActorId(@Nullable String actorId);

    public abstract Builder setActorName(@Nullable String actorName);

    public abstract Statement build();
  }
}
