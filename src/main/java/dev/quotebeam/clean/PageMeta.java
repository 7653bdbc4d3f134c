package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives the {@code <meta>} values of a parsed page by key, read in one pass so that title, byline, site name and
 * date rules do not each walk the page's meta tags again.
 *
 * <p>A tag is filed under every whitespace-separated token of its {@code property} (RDFa allows
 * {@code property="og:title twitter:title"}), then under its {@code name}, {@code itemprop} and {@code http-equiv};
 * keys are lower case and trimmed. Tags without content, or with only whitespace, are not filed. Values keep page
 * order, and property values come before name values of the same key, because a page that writes both usually
 * means the property one. Example: {@code <meta property="x:title dc:title" content="A">} gives {@code A} for
 * {@code dc:title}. Immutable once built.
 */
final class PageMeta {
  static final PageMeta NONE = new PageMeta(Map.of());
  private static final String[] OTHER_ATTRS = {"name", "itemprop", "http-equiv"};
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Map<String, List<String>> values;

  private PageMeta(Map<String, List<String>> values) {
    this.values = values;
  }

  static PageMeta of(Document doc) {
    Map<String, List<String>> byProperty = new LinkedHashMap<>();
    Map<String, List<String>> byOther = new LinkedHashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.attr("content").trim();
      if (content.isEmpty()) {
        continue;
      }
      for (String token : WHITESPACE.split(m.attr("property").trim())) {
        file(byProperty, token, content);
      }
      for (String attr : OTHER_ATTRS) {
        file(byOther, m.attr(attr).trim(), content);
      }
    }
    byOther.forEach((k, v) -> byProperty.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    return new PageMeta(byProperty);
  }

  private static void file(Map<String, List<String>> map, String key, String content) {
    if (!key.isEmpty()) {
      map.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
    }
  }

  /** The first value filed under {@code key} (lower case), or null. */
  String first(String key) {
    List<String> v = values.get(key);
    return v == null ? null : v.get(0);
  }

  /** The first value filed under any of {@code keys}, trying them in order, or null. */
  String first(List<String> keys) {
    for (String key : keys) {
      String v = first(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Every value filed under {@code key} (lower case), in page order. */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
