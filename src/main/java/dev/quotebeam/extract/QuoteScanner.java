package dev.quotebeam.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted spans in the paragraphs of an article: straight {@code "…"}, curly {@code “…”},
 * guillemets {@code «…»}, low-high {@code „…“}, and the doubled single marks of wire and typewriter text
 * ({@code ''…''}, {@code ``…''}), whose close offset is the second mark. Of three closing marks
 * ({@code ''a 'b,'''}) the first closes a single-quoted phrase inside, so the last two close the quote.
 *
 * <p>Single quotes are not scanned: {@code ’} is far more often an apostrophe ("There’s", "players’"), and
 * single-quoted spans inside a double-quoted one simply stay part of it. A straight {@code "} opens when no quote is
 * open and closes otherwise; so does a {@code ”} that starts a word ({@code ”Fear. …”}, a typing slip seen in
 * scraped pages), which would otherwise close nothing and shift the pairing of every later mark. An opening mark
 * with no closing mark in its paragraph runs to the paragraph end; when the next paragraph starts with an opening
 * mark the quote continues there (the news convention for a quotation over several paragraphs) and both parts are
 * linked. Each paragraph is one linear pass, so thousands of marks cost
 * nothing extra.
 *
 * <p>Example: paragraph {@code A “b c,” d.} gives one span with mark offsets 2 and 7 and text {@code b c,}.
 */
final class QuoteScanner implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One quoted span: marks at {@code open}/{@code close} ({@code close = -1} when unclosed), text inside. */
  static final class Span {
    final int paragraph;
    final int open;
    final int close;
    final int textStart;
    final int textEnd;
    Span previousPart;
    Span nextPart;

    Span(int paragraph, int open, int close, int textStart, int textEnd) {
      this.paragraph = paragraph;
      this.open = open;
      this.close = close;
      this.textStart = textStart;
      this.textEnd = textEnd;
    }

    /** Offset just after the span, marks included. */
    int after(int paragraphEnd) {
      return close >= 0 ? close + 1 : paragraphEnd;
    }
  }

  /** Quoted spans of {@code text}, whose paragraphs are {@code [starts[i], ends[i])}, in text order. */
  List<Span> scan(String text, int[] starts, int[] ends) {
    List<Span> out = new ArrayList<>();
    Span unclosed = null;
    for (int p = 0; p < starts.length; p++) {
      int first = out.size();
      int open = -1;
      char openChar = 0;
      for (int i = starts[p]; i < ends[p]; i++) {
        char c = text.charAt(i);
        boolean doubled = (c == '\'' || c == '`') && i + 1 < ends[p] && text.charAt(i + 1) == c;
        boolean opener = c == '“' || c == '«' || c == '„' || (doubled && c == '`');
        boolean closer = c == '”' || c == '»' || (c == '“' && openChar == '„');
        if (c == '”' && open < 0 && (i == starts[p] || Tokenizer.isSpace(text.charAt(i - 1))) && i + 1 < ends[p]
            && Character.isLetterOrDigit(text.charAt(i + 1))) {
          opener = true;
          closer = false;
        }
        if (c == '"' || (doubled && c == '\'')) {
          opener = open < 0;
          closer = open >= 0;
        }
        if (closer && open >= 0) {
          if (doubled && c == '\'' && i + 2 < ends[p] && text.charAt(i + 2) == '\'') {
            i++;
          }
          add(out, text, p, open, doubled ? i + 1 : i, i);
          open = -1;
          openChar = 0;
          i += doubled ? 1 : 0;
        } else if (opener) {
          if (open >= 0) {
            add(out, text, p, open, -1, i);
          }
          open = i;
          openChar = c;
          i += doubled ? 1 : 0;
        }
      }
      if (open >= 0) {
        add(out, text, p, open, -1, ends[p]);
      }
      if (unclosed != null && out.size() > first) {
        Span head = out.get(first);
        if (head.open == firstNonSpace(text, starts[p], ends[p])) {
          unclosed.nextPart = head;
          head.previousPart = unclosed;
        }
      }
      unclosed = out.size() > first && out.get(out.size() - 1).close < 0 ? out.get(out.size() - 1) : null;
    }
    return out;
  }

  private static void add(List<Span> out, String text, int paragraph, int open, int close, int end) {
    int s = open + 1;
    if (s < end && (text.charAt(s) == '\'' || text.charAt(s) == '`') && text.charAt(s) == text.charAt(open)) {
      s++;
    }
    int e = end;
    while (s < e && Tokenizer.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Tokenizer.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (s < e) {
      out.add(new Span(paragraph, open, close, s, e));
    }
  }

  private static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Tokenizer.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
