package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the title and paragraphs of a plain-text article: the first non-blank line is the title, and the rest is
 * cut into paragraphs at blank lines.
 *
 * <p>Paragraphs are kept verbatim apart from trimming (line breaks inside a paragraph stay), so that character
 * offsets found in the article text map back to the file. Mapping: after line endings are normalised to
 * {@code \n}, paragraph {@code i} is the trimmed i-th blank-line-separated block after the title line; when the
 * file separates blocks by exactly one blank line and blocks carry no surrounding spaces, the article text
 * ({@code paragraphs joined by "\n\n"}) equals the file text after the title line and the blank lines that follow
 * it, so an offset in the article text plus the length of that prefix is an offset in the file. Example:
 * {@code "Title\n\nOne.\n\nTwo.\n"} gives title {@code Title} and paragraphs {@code [One., Two.]}. Stateless.
 */
final class TextArticleParser {
  /** Title and paragraphs of a text article. */
  record Parsed(String title, List<String> paragraphs) {}

  private TextArticleParser() {}

  static Parsed parse(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
      t = t.substring(1);
    }
    String[] lines = t.split("\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    String title = i < lines.length ? lines[i].strip() : null;
    List<String> paragraphs = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (i = i + 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        add(block, paragraphs);
      } else {
        if (block.length() > 0) {
          block.append('\n');
        }
        block.append(lines[i]);
      }
    }
    add(block, paragraphs);
    return new Parsed(title, paragraphs);
  }

  private static void add(StringBuilder block, List<String> paragraphs) {
    String p = block.toString().strip();
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
    block.setLength(0);
  }
}
