package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the title and paragraphs of a plain-text article: the first non-blank line is the title, and the rest is
 * cut into paragraphs at blank lines.
 *
 * <p>Paragraphs are verbatim substrings of the decoded file (line breaks inside a paragraph stay, surrounding
 * whitespace goes), and their start offsets are kept, so an offset in the article text maps back to the file
 * ({@link dev.quotebeam.model.Article#sourceOffset}). Example: {@code "Title\n\nOne.\n\nTwo.\n"} gives title
 * {@code Title}, paragraphs {@code [One., Two.]} and offsets {@code [7, 13]}. Stateless.
 */
final class TextArticleParser {
  /** Title, paragraphs and where each paragraph starts in the decoded file. */
  record Parsed(String title, List<String> paragraphs, List<Integer> offsets) {}

  private TextArticleParser() {}

  static Parsed parse(String text) {
    int n = text.length();
    int pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    String title = null;
    List<String> paragraphs = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    int blockStart = -1;
    int blockEnd = -1;
    while (pos < n) {
      int eol = text.indexOf('\n', pos);
      int lineEnd = eol < 0 ? n : eol;
      boolean blank = text.substring(pos, lineEnd).isBlank();
      if (title == null) {
        if (!blank) {
          title = text.substring(pos, lineEnd).strip();
        }
      } else if (blank) {
        add(text, blockStart, blockEnd, paragraphs, offsets);
        blockStart = -1;
      } else {
        if (blockStart < 0) {
          blockStart = pos;
        }
        blockEnd = lineEnd;
      }
      pos = eol < 0 ? n : eol + 1;
    }
    add(text, blockStart, blockEnd, paragraphs, offsets);
    return new Parsed(title, paragraphs, offsets);
  }

  /** Adds text[start, end) without its surrounding whitespace, recording where it starts. */
  private static void add(String text, int start, int end, List<String> paragraphs, List<Integer> offsets) {
    if (start < 0) {
      return;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      paragraphs.add(text.substring(start, end));
      offsets.add(start);
    }
  }
}
