package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Gives the article fields a page declares in its {@code <script type="application/ld+json">} blocks: headline,
 * dates, authors, publisher and body.
 *
 * <p>Pages often carry several blocks (breadcrumbs, organisation, video, the article), nest the article inside
 * {@code @graph} arrays and sometimes emit invalid JSON; broken blocks are skipped, and among all objects the one
 * whose {@code @type} names an article kind ({@code NewsArticle}, {@code BlogPosting}, ...) wins over generic
 * {@code WebPage} objects; from a block that is not valid JSON, the first {@code @type}, {@code headline} and date
 * strings are still taken. Blocks are read with {@link MiniJson}, so the cleaning core needs no JSON library.
 * Example: a block {@code {"@type":"NewsArticle","headline":"A",
 * "author":[{"name":"B"},{"name":"C"}]}} gives headline {@code A} and authors {@code [B, C]}.
 *
 * <p>Instances are immutable.
 */
final class JsonLd {
  private static final int MAX_DEPTH = 64;
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i)article|posting|report|review");
  private static final Pattern SALVAGED_FIELD =
      Pattern.compile("\"(@type|headline|datePublished|dateModified)\"\\s*:\\s*\"([^\"\\\\]{1,300})\"");
  private static final Pattern PAGE_TYPE = Pattern.compile("(?i)webpage|creativework");
  /** Empty result for pages without JSON-LD. */
  static final JsonLd NONE = new JsonLd(null, null, null, List.of(), null, null, null, List.of());

  final String headline;
  final String datePublished;
  final String dateModified;
  final List<String> authors;
  final String publisher;
  final String articleBody;
  final String inLanguage;
  /** Every {@code datePublished} of every object, in page order: the same moment is often also written in local time. */
  final List<String> allPublished;

  private JsonLd(
      String headline,
      String datePublished,
      String dateModified,
      List<String> authors,
      String publisher,
      String articleBody,
      String inLanguage,
      List<String> allPublished) {
    this.headline = headline;
    this.datePublished = datePublished;
    this.dateModified = dateModified;
    this.authors = authors;
    this.publisher = publisher;
    this.articleBody = articleBody;
    this.inLanguage = inLanguage;
    this.allPublished = allPublished;
  }

  /** Reads every JSON-LD block of the page; never throws. */
  static JsonLd of(PageIndex page) {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Element script : page.scripts()) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
        continue;
      }
      try {
        collect(MiniJson.parse(withoutCdata(script.data())), objects, 0);
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        salvage(script.data(), objects);
      }
    }
    if (objects.isEmpty()) {
      return NONE;
    }
    Map<String, Object> best = null;
    int bestRank = 0;
    List<String> allPublished = new ArrayList<>();
    for (Map<String, Object> o : objects) {
      String p = string(o.get("datePublished"));
      if (p != null) {
        allPublished.add(p);
      }
      String type = string(o.get("@type"));
      int rank =
          type != null && ARTICLE_TYPE.matcher(type).find()
              ? 3
              : type != null && PAGE_TYPE.matcher(type).find() ? 2 : o.containsKey("datePublished") ? 1 : 0;
      if (rank > bestRank) {
        best = o;
        bestRank = rank;
      }
    }
    if (best == null) {
      return NONE;
    }
    String published = string(best.get("datePublished"));
    if (published == null) {
      published = string(best.get("dateCreated"));
    }
    return new JsonLd(
        unescape(string(best.get("headline"))),
        published,
        string(best.get("dateModified")),
        names(best.get("author")),
        unescape(firstName(best.get("publisher"))),
        string(best.get("articleBody")),
        string(best.get("inLanguage")),
        List.copyOf(allPublished));
  }

  /**
   * Keeps the first {@code @type}, {@code headline}, {@code datePublished} and {@code dateModified} string values of
   * a block that is not valid JSON (a stray brace, a trailing comma), as one object, so that one typo does not cost
   * the article's date.
   */
  private static void salvage(String data, List<Map<String, Object>> out) {
    Map<String, Object> found = new LinkedHashMap<>();
    Matcher m = SALVAGED_FIELD.matcher(data);
    while (m.find()) {
      found.putIfAbsent(m.group(1), m.group(2));
    }
    if (found.containsKey("@type") && (found.containsKey("datePublished") || found.containsKey("headline"))) {
      out.add(found);
    }
  }

  /** The block without the {@code <![CDATA[ ... ]]>} wrapper that XHTML-minded pages put around it. */
  static String withoutCdata(String data) {
    String s = data.strip();
    if (s.startsWith("//<![CDATA[")) {
      s = s.substring(2);
    }
    if (s.startsWith("<![CDATA[")) {
      s = s.substring("<![CDATA[".length());
      if (s.endsWith("//]]>")) {
        s = s.substring(0, s.length() - 5);
      } else if (s.endsWith("]]>")) {
        s = s.substring(0, s.length() - 3);
      }
    }
    return s;
  }

  private static String unescape(String s) {
    return s == null ? null : Parser.unescapeEntities(s, false).trim();
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, List<Map<String, Object>> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node instanceof List) {
      for (Object o : (List<Object>) node) {
        collect(o, out, depth + 1);
      }
    } else if (node instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) node;
      if (map.containsKey("@type")) {
        out.add(map);
      }
      collect(map.get("@graph"), out, depth + 1);
      collect(map.get("mainEntity"), out, depth + 1);
    }
  }

  /** A string value, or the first string of an array value. */
  @SuppressWarnings("unchecked")
  private static String string(Object value) {
    if (value instanceof String s) {
      return s.isBlank() ? null : s.trim();
    }
    if (value instanceof List && !((List<Object>) value).isEmpty()) {
      return string(((List<Object>) value).get(0));
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static String firstName(Object value) {
    if (value instanceof Map) {
      return string(((Map<String, Object>) value).get("name"));
    }
    if (value instanceof List && !((List<Object>) value).isEmpty()) {
      return firstName(((List<Object>) value).get(0));
    }
    return string(value);
  }

  @SuppressWarnings("unchecked")
  private static List<String> names(Object value) {
    List<String> out = new ArrayList<>();
    List<Object> items = value instanceof List ? (List<Object>) value : value == null ? List.of() : List.of(value);
    for (Object item : items) {
      String name = item instanceof Map ? string(((Map<String, Object>) item).get("name")) : string(item);
      name = unescape(name);
      if (name != null && !name.isEmpty() && !out.contains(name) && !name.toLowerCase(Locale.ROOT).startsWith("http")) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }
}
