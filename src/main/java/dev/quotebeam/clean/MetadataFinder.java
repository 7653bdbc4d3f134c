package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gives an article's title, byline, canonical URL, site name and declared language from a parsed page.
 *
 * <p>Rule order, first non-empty wins:
 *
 * <ul>
 *   <li>title, in Readability's order of trust: JSON-LD {@code headline} (unless {@code <title>} and the heading
 *       both disagree with it), {@code dc:title}, {@code og:title}, {@code meta name=title}, {@code twitter:title},
 *       {@code parsely-title}, the first {@code <h1>} (else {@code <h2>}) that {@code <title>} contains,
 *       {@code <title>}; when all of these are the site's name, the first heading that is not. Candidates that are
 *       the site's name are skipped, and headings that are the site's name, a link to the front page or a short end
 *       segment of {@code <title>} are logos, not headlines. A site suffix or prefix ({@code "Headline | Site"},
 *       {@code "Site - Headline"}) is stripped when it names the site, or is short next to the rest and set off by
 *       {@code |}, {@code ·}, {@code »}, or by a dash when it is a capitalised name of at most three words;
 *   <li>byline: {@code dc:creator}, {@code meta name=author}, {@code parsely-author}, JSON-LD author names, then
 *       body elements marked {@code rel=author}, {@code itemprop=author} or with a {@code byline}/{@code author} class
 *       (their {@code itemprop=name} part when they have one); a leading "By" and a trailing date
 *       ({@code "Jo Roe - Apr 16, 2015"}) are removed and URLs are ignored;
 *   <li>canonical URL: {@code <link rel=canonical>}, {@code og:url}, normalised by {@link UrlNormalizer};
 *   <li>source: {@code og:site_name}, JSON-LD publisher name, else the host without {@code www.};
 *   <li>language: the first two letters of {@code <html lang>}.
 * </ul>
 *
 * <p>Example: {@code <title>Quake hits coast | Daily News</title>} gives title {@code Quake hits coast}; a page
 * whose {@code <title>} and {@code <h1>} are both {@code Daily News} gives its first other heading.
 * Stateless and thread-safe.
 */
final class MetadataFinder {
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»«/]{1,2}\\s+");
  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^(?:by|von|par|por|di|door|af|av|written by|posted by|words by)\\s*:?\\s+");
  private static final Pattern BYLINE_TAIL =
      Pattern.compile("(?i)\\s*(?:\\||,)?\\s*\\b(?:updated|published|posted|on|am|le)\\b.*$");
  /** A date after the name ({@code "Jo Roe - Apr 16, 2015 8:02 pm"}, {@code "Jo Roe Monday, May 2, 2016"}). */
  private static final Pattern BYLINE_DATE = Pattern.compile(
      "(?i)\\s*[-–—|,•·]?\\s*\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
          + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b.*$");
  private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s[|·»]\\s");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern DASH = Pattern.compile("[-–—]{1,2}");
  /** A short capitalised name without sentence punctuation: {@code "My Website"}, {@code "The Daily"}. */
  private static final Pattern SITE_NAME_LIKE = Pattern.compile("\\p{Lu}[^.,;:!?\"“”]*");
  private static final Pattern HOME_HREF =
      Pattern.compile("(?i)(?:https?:)?//[^/?#]+/?|/|(?:\\.{0,2}/)?index\\.\\w{3,4}|\\.{1,2}/?");
  private static final Evaluator LINK = QueryParser.parse("a[href]");
  /** A permalink mark after a heading's text ({@code "Setup ¶"}). */
  private static final Pattern HEADER_LINK = Pattern.compile("\\s*[¶§#]+$");
  /** Meta keys that carry the article's title, in Readability's order of trust. */
  private static final List<String> TITLE_META =
      List.of("dc:title", "dc.title", "dcterm:title", "dcterms:title", "dcterms.title", "og:title", "title",
          "twitter:title", "parsely-title");
  /** Meta keys that name the author, in Readability's order of trust. */
  private static final List<String> AUTHOR_META =
      List.of("dc:creator", "dc.creator", "dcterm:creator", "dcterms:creator", "dcterms.creator", "author",
          "parsely-author");
  private static final int MAX_BYLINE_CHARS = 120;
  private static final int MAX_HEADINGS = 50;
  /** Shortest site name looked for at the end of a title segment: shorter ones ({@code "bbc"}) end words by chance. */
  private static final int MIN_BRAND_KEY_CHARS = 5;

  private MetadataFinder() {}

  static String title(Document doc, PageIndex page, JsonLd ld, String source, String url) {
    List<String> brands = brands(page, ld, source, url);
    String titleTag = ContentExtractor.normalize(doc.title());
    String heading = heading(doc, page, titleTag, brands, true);
    String headline = ld.headline;
    if (headline != null && !titleTag.isEmpty() && !ContentExtractor.key(titleTag).contains(ContentExtractor.key(headline))
        && (heading == null || !ContentExtractor.key(heading).equals(ContentExtractor.key(headline)))) {
      headline = null; // a description of the page kind, not the article's headline
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(headline);
    for (String key : TITLE_META) {
      candidates.add(page.first(key));
    }
    candidates.add(heading);
    candidates.add(titleTag);
    boolean siteNamed = false;
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        if (!isBrand(c, brands)) {
          return stripSite(ContentExtractor.normalize(c), heading, source, brands, page);
        }
        siteNamed = true;
      }
    }
    return siteNamed ? heading(doc, page, titleTag, brands, false) : null;
  }

  /**
   * The first {@code h1} (else {@code h2}) that is not the site's name or logo; with {@code inTitle}, only one that
   * the {@code <title>} contains (an {@code h2} must also make up half of it, and is not tried without a title), since
   * a heading elsewhere is often a section name.
   */
  private static String heading(Document doc, PageIndex page, String titleTag, List<String> brands, boolean inTitle) {
    if (doc.body() == null) {
      return null;
    }
    String titleKey = ContentExtractor.key(titleTag);
    for (String level : titleKey.isEmpty() && inTitle ? new String[] {"h1"} : new String[] {"h1", "h2"}) {
      int seen = 0;
      for (Element h : level.equals("h1") ? page.h1s() : page.h2s()) {
        if (++seen > MAX_HEADINGS) {
          break;
        }
        String text = HEADER_LINK.matcher(ContentExtractor.normalize(h.text())).replaceFirst("");
        String key = ContentExtractor.key(text);
        boolean outsideTitle = !titleKey.contains(key) || level.equals("h2") && key.length() * 2 < titleKey.length();
        if (key.isEmpty() || isBrand(text, brands) || isHomeLink(h) || isTitleSegment(text, titleTag)
            || inTitle && !titleKey.isEmpty() && outsideTitle) {
          continue;
        }
        return text;
      }
    }
    return null;
  }

  /** Names the site goes by: {@code og:site_name}, the JSON-LD publisher, the source and the host's first label. */
  private static List<String> brands(PageIndex page, JsonLd ld, String source, String url) {
    List<String> out = new ArrayList<>();
    for (String b : new String[] {page.first("og:site_name"), ld.publisher, source, UrlNormalizer.host(url)}) {
      if (b != null) {
        String key = ContentExtractor.key(b);
        out.add(key);
        int dot = b.indexOf('.');
        if (dot > 0 && b.indexOf(' ') < 0) {
          out.add(ContentExtractor.key(b.substring(0, dot)));
        }
      }
    }
    return out;
  }

  /** The site's logo names: the text and image {@code alt} of each heading that links to the front page. */
  private static List<String> logoNames(PageIndex page) {
    List<String> out = new ArrayList<>();
    for (List<Element> level : List.of(page.h1s(), page.h2s())) {
      for (Element h : level.subList(0, Math.min(level.size(), MAX_HEADINGS))) {
        if (isHomeLink(h)) {
          out.add(ContentExtractor.key(h.text()));
          for (Element img : h.getElementsByTag("img")) {
            out.add(ContentExtractor.key(img.attr("alt")));
          }
        }
      }
    }
    return out;
  }

  private static boolean isBrand(String text, List<String> brands) {
    String key = ContentExtractor.key(text);
    return !key.isEmpty() && brands.contains(key);
  }

  /** A heading that only links to the site's front page is a logo. */
  private static boolean isHomeLink(Element h) {
    Element a = h.selectFirst(LINK);
    if (a == null || !a.text().equals(h.text())) {
      return false;
    }
    String href = a.attr("href").trim();
    return HOME_HREF.matcher(href).matches();
  }

  /** A short end segment of a longer {@code <title>} ({@code "V8"} of {@code "Long headline · V8"}) names the site. */
  private static boolean isTitleSegment(String text, String titleTag) {
    String[] parts = TITLE_SEPARATOR.split(titleTag);
    if (parts.length < 2) {
      return false;
    }
    String key = ContentExtractor.key(text);
    String last = ContentExtractor.key(parts[parts.length - 1]);
    String first = ContentExtractor.key(parts[0]);
    int rest = ContentExtractor.key(titleTag).length() - key.length();
    return (key.equals(last) || key.equals(first)) && key.length() * 2 < rest;
  }

  /**
   * Removes a site name from a title: exact h1 match first, then a segment naming the site (or a last segment ending
   * in one of its names or its logo's, {@code "Tales | Fandom [Site]"}), then a short tail.
   */
  static String stripSite(String title, String h1, String source, List<String> brands, PageIndex page) {
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
    if (words(cutLast(title)) >= 3 && (endsWithBrand(lastKey, brands) || endsWithBrand(lastKey, logoNames(page)))) {
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
    String separator = title.substring(head.length(), title.length() - last.length()).strip();
    if (DASH.matcher(separator).matches() && SITE_NAME_LIKE.matcher(last).matches() && words(last) <= 3
        && words(head) >= 4) {
      return head;
    }
    return title;
  }

  private static boolean endsWithBrand(String segmentKey, List<String> brands) {
    for (String brand : brands) {
      if (brand.length() >= MIN_BRAND_KEY_CHARS && segmentKey.endsWith(brand)) {
        return true;
      }
    }
    return false;
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

  static String byline(Document doc, PageIndex page, JsonLd ld) {
    String b = null;
    for (String key : AUTHOR_META) {
      b = clean(page.first(key));
      if (b != null) {
        return b;
      }
    }
    if (!ld.authors.isEmpty()) {
      b = clean(String.join(", ", ld.authors));
    }
    if (b == null && doc.body() != null) {
      for (Element e : page.authors()) {
        b = clean(e.hasAttr("content") ? e.attr("content") : nameIn(e));
        if (b != null) {
          break;
        }
      }
    }
    return b;
  }

  /** The text of a byline's {@code itemprop=name} part ({@code By <span itemprop=name>Jo Roe</span>}), else all of it. */
  private static String nameIn(Element byline) {
    for (Element e : byline.getElementsByAttribute("itemprop")) {
      if (e != byline && !e.normalName().equals("meta") && e.attr("itemprop").trim().equalsIgnoreCase("name")
          && !e.text().isBlank()) {
        return e.text();
      }
    }
    return byline.text();
  }

  private static String clean(String byline) {
    if (byline == null) {
      return null;
    }
    String b = ContentExtractor.normalize(byline);
    b = BY_PREFIX.matcher(b).replaceFirst("");
    b = BYLINE_TAIL.matcher(b).replaceFirst("");
    b = BYLINE_DATE.matcher(b).replaceFirst("").trim();
    String lower = b.toLowerCase(Locale.ROOT);
    if (b.isEmpty() || b.length() > MAX_BYLINE_CHARS || lower.startsWith("http") || lower.contains("://")) {
      return null;
    }
    return b;
  }

  static String canonicalUrl(Document doc, PageIndex page) {
    for (Element link : page.links()) {
      if (link.attr("rel").trim().equalsIgnoreCase("canonical") && link.hasAttr("href")) {
        String url = UrlNormalizer.normalize(absolute(link, "href"));
        if (url != null) {
          return url;
        }
        break;
      }
    }
    Element og = doc.selectFirst("meta[property=og:url][content]");
    return og == null ? null : UrlNormalizer.normalize(absolute(og, "content"));
  }

  private static String absolute(Element e, String attr) {
    String abs = e.absUrl(attr);
    return abs.isEmpty() ? e.attr(attr) : abs;
  }

  static String source(PageIndex page, JsonLd ld, String url) {
    String site = page.first("og:site_name");
    if (site == null) {
      site = ld.publisher;
    }
    return site != null ? ContentExtractor.normalize(site) : UrlNormalizer.host(url);
  }

  static String declaredLanguage(Document doc, PageIndex page) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").trim();
    if (lang.isEmpty()) {
      String declared = page.first("content-language");
      lang = declared == null ? "" : declared;
    }
    if (lang.length() >= 2 && Character.isLetter(lang.charAt(0)) && Character.isLetter(lang.charAt(1))
        && (lang.length() == 2 || !Character.isLetter(lang.charAt(2)))) {
      return lang.substring(0, 2).toLowerCase(Locale.ROOT);
    }
    return null;
  }
}
