package dev.quotebeam.io;

import java.util.Locale;

/** Input formats quotebeam reads; {@link #AUTO} decides per file by extension, then by content. */
public enum InputFormat {
  AUTO,
  /** One HTML page per file ({@code .html}, {@code .htm}, optionally {@code .gz}). */
  HTML,
  /** WARC / WARC.gz: {@code response} records with an HTML payload (Common Crawl's CC-NEWS). */
  WARC,
  /** JSON Lines: one object per line with {@code html} (or {@code text}) and optional {@code url}, {@code fetched_at}. */
  JSONL,
  /** Plain-text article: first line the title, then paragraphs separated by blank lines. */
  TEXT;

  /** Parses an option value ({@code auto|html|warc|jsonl|text}), naming the option on error. */
  public static InputFormat parse(String value, String optionName) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          optionName + ": unknown input format '" + value + "' (expected auto, html, warc, jsonl or text)");
    }
  }

  /** The format a file's name implies, or {@link #AUTO} when the name says nothing. */
  public static InputFormat fromFileName(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".warc") || name.endsWith(".arc")) {
      return WARC;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
      return HTML;
    }
    return AUTO;
  }
}
