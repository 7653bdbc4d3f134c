package dev.quotebeam.report;

/**
 * Gives the escaping the report needs to put scraped text into HTML and JSON data into a {@code <script>} element.
 *
 * <p>Every string that reaches the page comes from crawled articles, so nothing is trusted: element text and
 * attribute values escape the five HTML metacharacters, and JSON embedded in {@code <script type="application/json">}
 * escapes {@code <}, {@code >} and {@code &} as {@code \u003c}-style escapes, so that neither {@code </script>} nor
 * {@code <!--} can end or confuse the script element, and U+2028/U+2029 so the text is also a valid JavaScript
 * literal. Example: {@code text("<b>\"A&B\"</b>")} → {@code &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;}. Stateless and
 * thread-safe.
 */
final class Html {
  private Html() {}

  /** Escapes {@code s} for HTML element text and quoted attribute values; null becomes the empty string. */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Makes serialised JSON safe inside a {@code <script>} element. The characters replaced can only occur inside
   * JSON strings, where a {@code \}{@code uXXXX} escape means the same character, so the JSON value is unchanged.
   */
  static String scriptJson(String json) {
    StringBuilder b = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
