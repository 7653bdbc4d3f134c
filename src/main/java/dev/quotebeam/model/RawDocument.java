package dev.quotebeam.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One document as read from the input, before any parsing: the bytes of an HTML page (or of a text article) and
 * what the container told us about it.
 *
 * <p>{@code inputPath} names where the document came from as the user gave it; for containers holding many
 * documents (WARC, JSON Lines) it is the file path plus {@code #offset} or {@code #line}, so a reject always
 * points at one document.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class RawDocument {
  /** Input format a document was read as. */
  public static final String FORMAT_HTML = "html";
  public static final String FORMAT_TEXT = "text";

  public abstract String getInputPath();

  /** {@link #FORMAT_HTML} or {@link #FORMAT_TEXT}: how the bytes are to be parsed. */
  public abstract String getFormat();

  /** URL the crawler fetched, when the container records it (WARC target URI, JSONL {@code url}). */
  public abstract @Nullable String getUrl();

  /** ISO-8601 instant the page was fetched, when the container records it. */
  public abstract @Nullable String getFetchedAt();

  /** Charset declared by the container (HTTP Content-Type header), when any. */
  public abstract @Nullable String getCharset();

  @SuppressWarnings("mutable")
  public abstract byte[] getContent();

  public static Builder builder() {
    return new AutoValue_RawDocument.Builder().setFormat(FORMAT_HTML);
  }

  public abstract Builder toBuilder();

  /** Builder for {@link RawDocument}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setInputPath(String inputPath);

    public abstract Builder setFormat(String format);

    public abstract Builder setUrl(@Nullable String url);

    public abstract Builder setFetchedAt(@Nullable String fetchedAt);

    public abstract Builder setCharset(@Nullable String charset);

    public abstract Builder setContent(byte[] content);

    public abstract RawDocument build();
  }
}
