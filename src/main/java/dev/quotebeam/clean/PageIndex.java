package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Gives the {@code <meta>} values of a parsed page by key, and the elements that title, byline, canonical URL and
 * date rules look at, gathered in one walk of the page: each jsoup {@code select} or {@code getElementsByTag} is a
 * walk of its own, and a dozen of them cost as much as parsing the page.
 *
 * <p>A meta tag is filed under every whitespace-separated token of its {@code property} (RDFa allows
 * {@code property="og:title twitter:title"}), then under its {@code name}, {@code itemprop} and {@code http-equiv};
 * keys are lower case and trimmed. Tags without content, or with only whitespace, are not filed. Values keep page
 * order, and property values come before name values of the same key, because a page that writes both usually
 * means the property one. Example: {@code <meta property="x:title dc:title" content="A">} gives {@code A} for
 * {@code dc:title}. Element lists keep document order and are read-only. Built before the page is pruned, as
 * pruning removes elements.
 */
final class PageIndex {
  private static final String[] OTHER_ATTRS = {"name", "itemprop", "http-equiv"};
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** RDFa and microdata property names (after any prefix, lower case) that date an article's creation or publication. */
  private static final Set<String> PUBLICATION_PROPERTIES = Set.of("datecreated", "datepublished", "created", "issued");
  /** Classes htmldate trusts on an {@code <abbr title>}: the title then holds the publication date. */
  private static final ClassWords PUBLISHED_ABBR = new ClassWords("", "published");

  private final Map<String, List<String>> values;
  /** Every {@code <script>}, {@code <link>}, {@code <h1>}, {@code <h2>} and {@code <time>} element. */
  private final List<Element> scripts = new ArrayList<>();
  private final List<Element> links = new ArrayList<>();
  private final List<Element> h1s = new ArrayList<>();
  private final List<Element> h2s = new ArrayList<>();
  private final List<Element> times = new ArrayList<>();
  /** {@code <time pubdate>} and non-meta elements marked {@code itemprop=datePublished}. */
  private final List<Element> publishedMarks = new ArrayList<>();
  /** {@code <time datetime>} and elements marked {@code itemprop=datePublished} with a {@code content}. */
  private final List<Element> datedMarks = new ArrayList<>();
  /**
   * Body elements marked as the author: {@code rel=author}, {@code itemprop} holding {@code author}, class {@code byline},
   * {@code author} or {@code article-author}.
   */
  private final List<Element> authors = new ArrayList<>();
  /**
   * Body elements other than {@code <meta>} whose attributes may date the article: an RDFa or microdata creation or
   * publication property ({@code <span property="schema:dateCreated" content="…">}), an {@code <abbr data-utime>},
   * an {@code <abbr class="published" title="…">}.
   */
  private final List<Element> dateAttributes = new ArrayList<>();
  /** Every element holding an {@code <h1>}, by identity. */
  private final Set<Element> headingAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean inBody;

  private PageIndex(Document doc) {
    Map<String, List<String>> byProperty = new LinkedHashMap<>();
    Map<String, List<String>> byOther = new LinkedHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              visit(e, byProperty, byOther);
            }
          }
        },
        doc);
    byOther.forEach((k, v) -> byProperty.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    this.values = byProperty;
    for (Element h : h1s) {
      // an ancestor already filed has its own ancestors filed too, so each element is added once
      Element a = h.parent();
      while (a != null && headingAncestors.add(a)) {
        a = a.parent();
      }
    }
  }

  static PageIndex of(Document doc) {
    return new PageIndex(doc);
  }

  private void visit(Element e, Map<String, List<String>> byProperty, Map<String, List<String>> byOther) {
    switch (e.normalName()) {
      case "meta" -> {
        String content = e.attr("content").trim();
        if (!content.isEmpty()) {
          for (String token : WHITESPACE.split(e.attr("property").trim())) {
            file(byProperty, token, content);
          }
          for (String attr : OTHER_ATTRS) {
            file(byOther, e.attr(attr).trim(), content);
          }
        }
      }
      case "body" -> inBody = true;
      case "script" -> scripts.add(e);
      case "link" -> links.add(e);
      case "h1" -> h1s.add(e);
      case "h2" -> h2s.add(e);
      case "time" -> times.add(e);
      default -> { }
    }
    if (e.attributesSize() == 0) {
      return;
    }
    // Attribute names are lower case after HTML parsing, so the exact-case lookups are safe and cheaper than attr().
    Attributes attrs = e.attributes();
    boolean time = e.normalName().equals("time");
    boolean published = attrs.get("itemprop").equalsIgnoreCase("datePublished");
    if (time && attrs.hasKey("pubdate") || published && !e.normalName().equals("meta")) {
      publishedMarks.add(e);
    }
    if (time && attrs.hasKey("datetime") || published && attrs.hasKey("content")) {
      datedMarks.add(e);
    }
    if (inBody && (hasToken(attrs.get("itemprop"), "author") || attrs.get("rel").equalsIgnoreCase("author")
        || namesAuthor(attrs.get("class")))) {
      authors.add(e);
    }
    if (inBody && !e.normalName().equals("meta") && (datesByAbbr(e, attrs)
        || namesPublication(attrs.get("property")) || namesPublication(attrs.get("itemprop")))) {
      dateAttributes.add(e);
    }
  }

  /** Whether {@code e} is an {@code <abbr data-utime>} or an {@code <abbr class="published">} with a title. */
  private static boolean datesByAbbr(Element e, Attributes attrs) {
    return e.normalName().equals("abbr")
        && (attrs.hasKey("data-utime") || attrs.hasKey("title") && PUBLISHED_ABBR.matches(attrs.get("class")));
  }

  /**
   * Whether an RDFa {@code property} or microdata {@code itemprop} value names the creation or publication date
   * ({@code schema:dateCreated}, {@code dc:created}, {@code datePublished}); prefixes are ignored.
   */
  static boolean namesPublication(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (String token : WHITESPACE.split(value.trim())) {
      String name = token.substring(token.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
      if (PUBLICATION_PROPERTIES.contains(name) || token.equalsIgnoreCase("article:published_time")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class attribute holds the class {@code byline}, {@code author} or {@code article-author}. */
  private static boolean namesAuthor(String classes) {
    String lower = classes.toLowerCase(Locale.ROOT);
    if (!lower.contains("author") && !lower.contains("byline")) {
      return false;
    }
    for (String c : WHITESPACE.split(lower.trim())) {
      if (c.contains("byline") || c.equals("author") || c.equals("article-author")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a space-separated attribute value ({@code itemprop="author creator"}) holds {@code token}. */
  private static boolean hasToken(String value, String token) {
    if (value.isEmpty()) {
      return false;
    }
    for (String t : WHITESPACE.split(value.trim())) {
      if (t.equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
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

  /** Every value filed under {@code key} (lower case), in page order. */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }

  List<Element> scripts() {
    return Collections.unmodifiableList(scripts);
  }

  List<Element> links() {
    return Collections.unmodifiableList(links);
  }

  List<Element> h1s() {
    return Collections.unmodifiableList(h1s);
  }

  List<Element> h2s() {
    return Collections.unmodifiableList(h2s);
  }

  List<Element> times() {
    return Collections.unmodifiableList(times);
  }

  List<Element> publishedMarks() {
    return Collections.unmodifiableList(publishedMarks);
  }

  List<Element> datedMarks() {
    return Collections.unmodifiableList(datedMarks);
  }

  List<Element> authors() {
    return Collections.unmodifiableList(authors);
  }

  List<Element> dateAttributes() {
    return Collections.unmodifiableList(dateAttributes);
  }

  /** The elements holding an {@code <h1>} (parents up to the document), as a read-only identity set. */
  Set<Element> headingAncestors() {
    return Collections.unmodifiableSet(headingAncestors);
  }
}
