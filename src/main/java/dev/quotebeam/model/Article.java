package dev.quotebeam.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A cleaned news article: its main text as ordered paragraphs plus the metadata found on the page.
 *
 * <p>The article text is {@link #text()}: the paragraphs joined by a blank line. Statement character offsets
 * index that string.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Article {
  /** Separator between paragraphs in {@link #text()}. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  /** Content-derived id (hash of the input path), stable across runs and runners. */
  public abstract String getArticleId();

  public abstract String getInputPath();

  /** URL of the page: the crawler's, else the canonical URL found on the page. */
  public abstract @Nullable String getUrl();

  /** {@code <link rel=canonical>} / {@code og:url}, normalised; used to find duplicates. */
  public abstract @Nullable String getCanonicalUrl();

  /** Site name ({@code og:site_name}, publisher) or host name. */
  public abstract @Nullable String getSource();

  public abstract @Nullable String getTitle();

  public abstract @Nullable String getByline();

  /**
   * Publication time as the page gives it, ISO-8601: with the publisher's offset when the page gives one
   * ({@code 2021-03-09T22:10:00-05:00}), ending in {@code Z} when the page says UTC, a local date-time when the page
   * gives a time without any offset ({@code 2021-03-09T22:10:00}), and a bare date ({@code 2021-03-09}) when only the
   * day is known. Its first ten characters are therefore always the publisher's local day.
   */
  public abstract @Nullable String getPublishedAt();

  /** Where the publication time came from: {@code json-ld}, {@code meta}, {@code time}, {@code url}, {@code text}, {@code fetched} or {@code none}. */
  public abstract String getPublishedBasis();

  public abstract @Nullable String getModifiedAt();

  /** ISO 639-1 language code, when known. */
  public abstract @Nullable String getLanguage();

  public abstract @Nullable String getFetchedAt();

  public abstract List<String> getParagraphs();

  /**
   * For plain-text input: where each paragraph starts in the decoded file (Java string index), so offsets in
   * {@link #text()} map back to the file ({@link #sourceOffset}); empty for HTML, whose offsets index {@link #text()}.
   */
  public abstract List<Integer> getParagraphOffsets();

  /** Article id of the original when this article is a duplicate or syndicated copy. */
  public abstract @Nullable String getDuplicateOf();

  /** The article text: paragraphs joined by {@link #PARAGRAPH_SEPARATOR}. */
  public String text() {
    return String.join(PARAGRAPH_SEPARATOR, getParagraphs());
  }

  /**
   * The offset in the source document of offset {@code textOffset} of {@link #text()}: the same number for HTML,
   * the index in the decoded file for plain-text input. {@code "Title\n\nOne.\n\n\nTwo."}: text offset 6 (the
   * {@code T} of "Two.") is file offset 14.
   */
  public int sourceOffset(int textOffset) {
    List<Integer> starts = getParagraphOffsets();
    if (starts.isEmpty()) {
      return textOffset;
    }
    int paragraphStart = 0;
    List<String> paragraphs = getParagraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      int end = paragraphStart + paragraphs.get(i).length();
      if (textOffset <= end || i == paragraphs.size() - 1) {
        return starts.get(i) + Math.min(textOffset - paragraphStart, paragraphs.get(i).length());
      }
      paragraphStart = end + PARAGRAPH_SEPARATOR.length();
    }
    return textOffset;
  }

  /** Publication date as the publisher's local day ({@code yyyy-MM-dd}), or null. */
  public @Nullable String publishedDate() {
    String p = getPublishedAt();
    return p == null || p.length() < 10 ? null : p.substring(0, 10);
  }

  public static Builder builder() {
    return new AutoValue_Article.Builder().setPublishedBasis("none").setParagraphOffsets(List.of());
  }

  public abstract Builder toBuilder();

  /** Builder for {@link Article}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setArticleId(String articleId);

    public abstract Builder setInputPath(String inputPath);

    public abstract Builder setUrl(@Nullable String url);

    public abstract Builder setCanonicalUrl(@Nullable String canonicalUrl);

    public abstract Builder setSource(@Nullable String source);

    public abstract Builder setTitle(@Nullable String title);

    public abstract Builder setByline(@Nullable String byline);

    public abstract Builder setPublishedAt(@Nullable String publishedAt);

    public abstract Builder setPublishedBasis(String publishedBasis);

    public abstract Builder setModifiedAt(@Nullable String modifiedAt);

    public abstract Builder setLanguage(@Nullable String language);

    public abstract Builder setFetchedAt(@Nullable String fetchedAt);

    public abstract Builder setParagraphs(List<String> paragraphs);

    public abstract Builder setParagraphOffsets(List<Integer> paragraphOffsets);

    public abstract Builder setDuplicateOf(@Nullable String duplicateOf);

    public abstract Article build();
  }
}
