package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives an article's title, byline, canonical URL, site name and declared language from a parsed page.
 *
 * <p>Rule order, first non-empty wins:
 *
 * <ul>
 *   <li>title: {@code og:title}, JSON-LD {@code headline}, the first {@code <h1>} when {@code <title>} contains it
 *       (elsewhere it is often a logo or section name), {@code <title>}; a site suffix
 *       or prefix ({@code "Headline | Site"}, {@code "Site - Headline"}) is stripped when it names the site or is
 *       short next to the rest;
 *   <li>byline: {@code meta name=author}, JSON-LD author names, {@code rel=author}, {@code itemprop=author},
 *       {@code .byline}/{@code .author} elements; a leading "By" is removed and URLs are ignored;
 *   <li>canonical URL: {@code <link rel=canonical>}, {@code og:url}, normalised by {@link UrlNormalizer};
 *   <li>source: {@code og:site_name}, JSON-LD publisher name, else the host without {@code www.};
 *   <li>language: the first two letters of {@code <html lang>}.
 * </ul>
 *
 * <p>Example: {@code <title>Quake hits coast | Daily News</title>} gives title {@code Quake hits coast}.
 * Stateless and thread-safe.
 */
final class MetadataFinder {
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»«/]{1,2}\\s+");
  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^(?:by|von|par|por|di|door|af|av|written by|posted by|words by)\\s*:?\\s+");
  private static final Pattern BYLINE_TAIL =
      Pattern.compile("(?i)\\s*(?:\\||,)?\\s*(?:updated|published|posted|on|am|le)\\b.*$");
  private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s[|·»]\\s");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int MAX_BYLINE_CHARS = 120;

  private MetadataFinder() {}

  static String title(Document doc, JsonLd ld, String source) {
    String h1 = null;
    Element h1Element = doc.body() == null ? null : doc.body().selectFirst("h1");
    if (h1Element != null && !h1Element.text().isBlank()) {
      h1 = ContentExtractor.normalize(h1Element.text());
    }
    String titleTag = doc.title();
    if (h1 != null && !titleTag.isBlank() && !ContentExtractor.key(titleTag).contains(ContentExtractor.key(h1))) {
      h1 = null; // a logo or section name, not the headline
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(doc, "og:title"));
    candidates.add(ld.headline);
    candidates.add(h1);
    candidates.add(titleTag);
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return stripSite(ContentExtractor.normalize(c), h1, source);
      }
    }
    return null;
  }

  /** Removes a site name from a title: exact h1 match first, then a segment naming the site, then a short tail. */
  static String stripSite(String title, String h1, String source) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    if (h1 != null && ContentExtractor.key(title).startsWith(ContentExtractor.key(h1)) && h1.length() >= 10) {
      return h1;
    }
    String siteKey = source == null ? "" : ContentExtractor.key(source);
    String firstKey = ContentExtractor.key(parts[0]);
    String lastKey = ContentExtractor.key(parts[parts.length - 1]);
    if (!siteKey.isEmpty() && (lastKey.equals(siteKey) || siteKey.startsWith(lastKey) || lastKey.startsWith(siteKey))) {
      return cutLast(title);
    }
    if (!siteKey.isEmpty() && (firstKey.equals(siteKey) || siteKey.startsWith(firstKey))) {
      return title.substring(title.indexOf(parts[1], parts[0].length()));
    }
    String last = parts[parts.length - 1];
    String head = cutLast(title);
    if (words(last) <= 4 && words(head) >= 3 && STRONG_SEPARATOR.matcher(title).find()) {
      return head;
    }
    return title;
  }

  private static String cutLast(String title) {
    var m = TITLE_SEPARATOR.matcher(title);
    int lastStart = -1;
    while (m.find()) {
      lastStart = m.start();
    }
    return lastStart > 0 ? title.substring(0, lastStart) : title;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : WHITESPACE.split(s.trim()).length;
  }

  static String byline(Document doc, JsonLd ld) {
    String metaAuthor = meta(doc, "author");
    String b = clean(metaAuthor);
    if (b == null && !ld.authors.isEmpty()) {
      b = clean(String.join(", ", ld.authors));
    }
    if (b == null && doc.body() != null) {
      for (Element e : doc.body().select("[rel=author], [itemprop=author], .byline, .author, .article-author")) {
        b = clean(e.hasAttr("content") ? e.attr("content") : e.text());
        if (b != null) {
          break;
        }
      }
    }
    return b;
  }

  private static String clean(String byline) {
    if (byline == null) {
      return null;
    }
    String b = ContentExtractor.normalize(byline);
    b = BY_PREFIX.matcher(b).replaceFirst("");
    b = BYLINE_TAIL.matcher(b).replaceFirst("").trim();
    String lower = b.toLowerCase(Locale.ROOT);
    if (b.isEmpty() || b.length() > MAX_BYLINE_CHARS || lower.startsWith("http") || lower.contains("://")) {
      return null;
    }
    return b;
  }

  static String canonicalUrl(Document doc) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String url = link == null ? null : UrlNormalizer.normalize(absolute(link, "href"));
    if (url == null) {
      Element og = doc.selectFirst("meta[property=og:url][content]");
      url = og == null ? null : UrlNormalizer.normalize(absolute(og, "content"));
    }
    return url;
  }

  private static String absolute(Element e, String attr) {
    String abs = e.absUrl(attr);
    return abs.isEmpty() ? e.attr(attr) : abs;
  }

  static String source(Document doc, JsonLd ld, String url) {
    String site = meta(doc, "og:site_name");
    if (site == null) {
      site = ld.publisher;
    }
    return site != null ? ContentExtractor.normalize(site) : UrlNormalizer.host(url);
  }

  static String declaredLanguage(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").trim();
    if (lang.isEmpty()) {
      lang = doc.select("meta[http-equiv~=(?i)content-language]").attr("content").trim();
    }
    if (lang.length() >= 2 && Character.isLetter(lang.charAt(0)) && Character.isLetter(lang.charAt(1))
        && (lang.length() == 2 || !Character.isLetter(lang.charAt(2)))) {
      return lang.substring(0, 2).toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** Content of the first meta tag whose property or name is {@code key} (case-insensitive), or null. */
  static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property").trim()) || key.equalsIgnoreCase(m.attr("name").trim())) {
        String v = m.attr("content").trim();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }
}
