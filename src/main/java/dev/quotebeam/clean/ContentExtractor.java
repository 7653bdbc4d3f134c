package dev.quotebeam.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Gives the main text of a parsed page as ordered paragraphs, leaving out navigation, menus, share buttons,
 * related-story lists, comments, cookie banners, forms, ads and captions.
 *
 * <p>The approach is Readability's, in three steps. First, elements that are never article text are removed: scripts,
 * styles, {@code noscript}, forms, {@code nav}, {@code aside}, {@code footer}, site {@code header}s, figures, hidden
 * elements, navigation roles, and (when {@code strict}) elements whose class or id names boilerplate ({@code share},
 * {@code related}, {@code comment}, {@code cookie}, {@code newsletter}, {@code sidebar}, ...). A form that wraps the
 * page (ASP.NET's {@code <form id="aspnetForm">}: three paragraphs, an article marker or 1,000 characters of text) is
 * kept. Second, every paragraph-like element (a {@code p}, or a {@code div}, {@code section}, {@code article} or
 * {@code main} with text of its own) scores its five nearest ancestors by its length and commas; containers that look
 * like the article ({@code itemprop=articleBody}, {@code <article>}, class {@code article-body}, ...) get a bonus
 * when they hold at least {@link #MIN_CONTENT_BONUS_CHARS} characters (a headline box classed {@code contentwrapper}
 * is not the article), link-heavy ones a penalty, and the best container wins together with those of its siblings
 * that score nearly as well. The lenient pass ({@code strict} false), for pages where the strict one finds too
 * little, removes nothing for its class name, and reads a {@code noscript} holding paragraphs (a script-rendered
 * blog's copy for readers without scripts) as part of the page.
 * Third, the winner is walked (iteratively, so 100,000-level nesting is fine) and cut into paragraphs at block
 * elements and double {@code <br>}s; link lists and short stock phrases ("Advertisement", "Share this article") are
 * dropped. Headings and blockquotes inside the article stay. Whitespace runs collapse to one space; quote characters
 * are kept exactly.
 *
 * <p>Example: {@code <nav><a>Home</a></nav><article><p>“Yes,” she said.</p></article><footer>©</footer>} gives
 * {@code [“Yes,” she said.]}. The document passed in is modified. Stateless and thread-safe.
 */
final class ContentExtractor {
  private static final Set<String> DROP_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select",
          "textarea", "nav", "aside", "footer", "figure", "figcaption", "picture", "video", "audio", "object", "embed",
          "map", "dialog", "menu", "link", "meta", "label", "head", "title");
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
          "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "header", "hr",
          "address", "center", "details", "summary", "body", "html", "fieldset", "hgroup");
  /** Containers whose own text (outside child elements) is scored as a paragraph. */
  private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "main");
  private static final Set<String> HIDDEN_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
          "alertdialog", "toolbar", "tablist");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final ClassWords BOILERPLATE_CLASS =
      new ClassWords(
          "comment|disqus|share|sharing|social|related|recommend|newsletter|subscri|cookie|consent|gdpr|promo"
              + "|advert|sponsor|outbrain|taboola|mostread|most-read|mostpopular|most-popular|trending|breadcrumb"
              + "|paywall|signup|sign-up|login|popup|modal|sidebar|widget|footer|navbar|masthead|menu|pagination"
              + "|pager|toolbar|skiplink|skip-link",
          "ad|ads|nav|tag|tags|print|byline|caption|credit|bio|meta|teaser|banner|rating|tool|tools|utility|more|prev");
  /** Boilerplate words that win even inside a content-sounding class ({@code related-articles}). */
  private static final ClassWords STRONG_BOILERPLATE_CLASS =
      new ClassWords("share|sharing|social|newsletter|promo|cookie|subscri", "");
  /** The strong boilerplate that is about other pages: related and popular stories, comments. */
  private static final ClassWords OTHER_PAGES_CLASS =
      new ClassWords(
          "comment|disqus|related|recommend|mostread|most-read|popular|trending|outbrain|taboola|teaser", "");
  private static final ClassWords CONTENT_CLASS =
      new ClassWords("article|body|content|entry|main|post|story|text|blog|prose|rich|detail|page|news", "");
  /** Classes of containers that a split article body repeats ({@code article__body}, {@code body__inner}). */
  private static final Pattern BODY_PART_CLASS =
      Pattern.compile("(?i)(?:article|story|post|entry)[_-]*(?:body|content|text)|body[_-]*(?:inner|container|text)");
  private static final ClassWords STRONG_CONTENT_CLASS =
      new ClassWords(
          "article-body|articlebody|article-content|articlecontent|story-body|storybody|story-content|storycontent"
              + "|post-content|postcontent|post-body|postbody|entry-content|entrycontent|main-content|maincontent"
              + "|article-text|articletext|artikel|text-body|textbody|body-text|bodytext|content-body|contentbody"
              + "|c-entry",
          "");
  private static final Pattern STOCK_PHRASE =
      Pattern.compile(
          "(?i)(?:advertisement|advert|advertising|anzeige|werbung|publicité|sponsored"
              + "|share( this)?( article| story| on \\w+)?|\\d* ?comments?|this slideshow requires javascript.*"
              + "|\\[(?<shortcode>\\w+)[^\\]]*\\].*\\[/\\k<shortcode>\\]"
              + "|read more.*|continue reading.*|sign up.*|subscribe.*|follow us.*|related( articles| stories)?"
              + "|click here.*|©.*|copyright.*|all rights reserved.*|loading.*|image:?|photo:?|video:?"
              + "|(?:tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit)|back to top"
              + "|skip to .*|jump to .*|next article|previous article|top stories)\\W*");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?”\"»]\\s*$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int MIN_SCORED_CHARS = 25;
  /** Characters outside links that make a mostly linked paragraph a sentence of its own. */
  private static final int MIN_UNLINKED_CLAUSE = 30;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int DENSITY_CANDIDATES = 30;
  /** Limits for further same-class parts of a split article body. */
  private static final int MAX_PARTS = 20;
  private static final int MIN_PART_CHARS = 80;
  private static final double MAX_PART_LINK_DENSITY = 0.3;
  /** Characters of text a container needs before its article-like class or itemprop earns it a bonus. */
  private static final int MIN_CONTENT_BONUS_CHARS = 100;
  /** Characters of text outside its controls that make a form a page wrapper rather than a form. */
  private static final int PAGE_FORM_CHARS = 1000;

  /** A paragraph as walked, with the tag that opened it and the share of its characters inside links. */
  record Block(String text, String tag, int linkChars) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  private ContentExtractor() {}

  /** Extracts the main text blocks of {@code body}, removing boilerplate from the tree as it goes. */
  static List<Block> extract(Element body, boolean strict) {
    prune(body, strict);
    List<Element> roots = withSameClassParts(body, mainContainers(body));
    List<Block> blocks = new ArrayList<>();
    for (Element root : roots) {
      blocks.addAll(walk(root));
    }
    List<Block> kept = new ArrayList<>();
    for (Block b : blocks) {
      if (keep(b)) {
        kept.add(b);
      }
    }
    return kept;
  }

  private static void prune(Element body, boolean strict) {
    // Class and id strings repeat on a page (every menu item, every teaser); decide each distinct one once.
    Map<String, Boolean> verdicts = new HashMap<>();
    List<Element> noscripts = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == body) {
              return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("form") && wrapsPage(e)) {
              return FilterResult.CONTINUE; // whole-page forms (ASP.NET) hold the article
            }
            if (!strict && tag.equals("noscript") && !isHidden(e) && !e.getElementsByTag("p").isEmpty()) {
              noscripts.add(e);
              return FilterResult.CONTINUE;
            }
            if (DROP_TAGS.contains(tag) || isHidden(e)) {
              return FilterResult.REMOVE;
            }
            if (tag.equals("header") && !insideArticle(e)) {
              return FilterResult.REMOVE;
            }
            if (strict && isBoilerplate(e, verdicts) && !holdsArticleMarker(e)) {
              return FilterResult.REMOVE;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        body);
    for (Element noscript : noscripts) {
      if (noscript.parent() != null) {
        noscript.unwrap();
      }
    }
  }

  /**
   * Whether a form wraps the page rather than being one (a search box, a comment form): it holds three paragraphs,
   * an article marker, or {@link #PAGE_FORM_CHARS} characters of text outside its controls.
   */
  private static boolean wrapsPage(Element form) {
    if (form.getElementsByTag("p").size() >= 3 || holdsArticleMarker(form)) {
      return true;
    }
    long[] chars = new long[1];
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              chars[0] += collapsedLength(t.getWholeText());
            } else if (node instanceof Element e && e != form && DROP_TAGS.contains(e.normalName())) {
              return FilterResult.SKIP_ENTIRELY;
            }
            return chars[0] >= PAGE_FORM_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        form);
    return chars[0] >= PAGE_FORM_CHARS;
  }

  /** Whether {@code e} is or holds an article marker, which class-based pruning must never remove. */
  private static boolean holdsArticleMarker(Element e) {
    boolean[] found = new boolean[1];
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            found[0] = node instanceof Element el && isArticleMarker(el);
            return found[0] ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        e);
    return found[0];
  }

  /** {@code <article>}, {@code <main>}, {@code itemprop=articleBody} or {@code role=main}. */
  private static boolean isArticleMarker(Element e) {
    String tag = e.normalName();
    return tag.equals("article") || tag.equals("main")
        || e.attributesSize() > 0 && (e.attributes().get("itemprop").trim().equalsIgnoreCase("articleBody")
            || e.attributes().get("role").trim().equalsIgnoreCase("main"));
  }

  private static boolean insideArticle(Element e) {
    int depth = 0;
    for (Element a = e.parent(); a != null && depth < 40; a = a.parent(), depth++) {
      if (a.normalName().equals("article") || a.normalName().equals("main")
          || a.attr("itemprop").equalsIgnoreCase("articleBody")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element e) {
    return e.hasAttr("hidden")
        || e.attr("aria-hidden").equalsIgnoreCase("true")
        || HIDDEN_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
        || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  private static boolean isBoilerplate(Element e, Map<String, Boolean> verdicts) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("p") || tag.startsWith("h") && tag.length() == 2) {
      return false;
    }
    String cls = e.attr("class");
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return false;
    }
    String raw = cls + " " + id;
    Boolean known = verdicts.get(raw);
    if (known == null) {
      known = isBoilerplateLabel(label(cls, id));
      verdicts.put(raw, known);
    }
    return known;
  }

  private static boolean isBoilerplateLabel(String label) {
    if (STRONG_CONTENT_CLASS.matches(label)) {
      return false;
    }
    boolean boilerplate = false;
    for (String token : WHITESPACE.split(label)) {
      if (BOILERPLATE_CLASS.matches(token)) {
        if (STRONG_BOILERPLATE_CLASS.matches(token) || OTHER_PAGES_CLASS.matches(token)) {
          return true;
        }
        boilerplate = true;
      }
    }
    return boilerplate && !CONTENT_CLASS.matches(label);
  }

  /**
   * Whether a class or id label names a block about other pages ({@code related-articles}, {@code most-read},
   * {@code comments}), which is pruned even inside a content-sounding class.
   */
  static boolean isAboutOtherPages(String label) {
    return OTHER_PAGES_CLASS.matches(label);
  }

  private static String label(Element e) {
    return label(e.attr("class"), e.id());
  }

  /** Class and id as words: {@code _} becomes {@code -}, and camelCase words are split ({@code article-Meta}). */
  private static String label(String cls, String id) {
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    String raw = (cls + " " + id).trim();
    StringBuilder out = new StringBuilder(raw.length() + 8);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '_') {
        c = '-';
      } else if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(raw.charAt(i - 1))) {
        out.append('-'); // camelCase words count as words: articleMeta is article-Meta
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The best-scoring container and its siblings that score nearly as well, in document order. */
  private static List<Element> mainContainers(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (Element e : elements(body)) {
      String tag = e.normalName();
      boolean container = TEXT_CONTAINERS.contains(tag);
      if (!(tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
          || container && hasDirectText(e))) {
        continue;
      }
      String text = container ? e.ownText() : e.text();
      if (text.length() < MIN_SCORED_CHARS) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element a = e.parent();
      for (int level = 0; a != null && level < ANCESTOR_LEVELS; level++, a = a.parent()) {
        if (!scores.containsKey(a)) {
          scores.put(a, initialScore(a));
          order.add(a);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.put(a, scores.get(a) + score / divider);
      }
    }
    if (order.isEmpty()) {
      return List.of(body);
    }
    order.sort((x, y) -> Double.compare(scores.get(y), scores.get(x)));
    Element top = null;
    double topScore = -1;
    for (int i = 0; i < Math.min(DENSITY_CANDIDATES, order.size()); i++) {
      Element c = order.get(i);
      long[] counts = textAndLinkChars(c);
      double bonus = counts[0] < MIN_CONTENT_BONUS_CHARS ? contentBonus(c) : 0;
      double s = (scores.get(c) - bonus) * (1 - linkDensity(counts));
      scores.put(c, s);
      if (s > topScore) {
        top = c;
        topScore = s;
      }
    }
    // A lone child adds nothing; its parent may hold further parts of the article (lead, subheads).
    while (top.parent() != null && top.parent() != body.parent() && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    Element parent = top.parent();
    if (parent == null || top == body) {
      return List.of(top);
    }
    List<Element> out = new ArrayList<>();
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      Double s = scores.get(sibling);
      double bonus = label(sibling).equals(label(top)) && !label(top).isEmpty() ? topScore * 0.2 : 0;
      if (s != null && s + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p") || sibling.normalName().startsWith("h")) {
        String text = sibling.text();
        double ld = linkDensity(sibling);
        if (text.length() > 80 && ld < 0.25 || text.length() > 0 && ld == 0 && ENDS_SENTENCE.matcher(text).find()) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  /**
   * Adds the other parts of an article split by ads or widgets into several containers with the winner's exact
   * class ({@code div.article__body} twice), wherever they sit, keeping document order. Only body-like classes
   * count, since a generic class ({@code "row"}) repeats all over a page.
   */
  private static List<Element> withSameClassParts(Element body, List<Element> chosen) {
    Element first = chosen.get(0);
    while (!BODY_PART_CLASS.matcher(first.className()).find() && first.childrenSize() == 1) {
      first = first.child(0); // the winner may be a lone-child wrapper around the classed part
    }
    String cls = first.className().trim();
    if (!BODY_PART_CLASS.matcher(cls).find() || first == body) {
      return chosen;
    }
    Set<Element> picked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    picked.addAll(chosen);
    List<Element> out = new ArrayList<>();
    int parts = 0;
    for (Element e : elements(body)) {
      if (picked.contains(e)) {
        out.add(e);
      } else if (parts < MAX_PARTS && e.className().trim().equals(cls) && !nested(e, picked)
          && e.text().length() >= MIN_PART_CHARS && linkDensity(e) < MAX_PART_LINK_DENSITY) {
        out.add(e);
        picked.add(e);
        parts++;
      }
    }
    return out;
  }

  /**
   * {@code root} and all its descendant elements in document order; one plain walk, cheaper than
   * {@link Element#getAllElements()}, which filters a node stream.
   */
  static List<Element> elements(Element root) {
    List<Element> out = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              out.add(e);
            }
          }
        },
        root);
    return out;
  }

  private static boolean nested(Element e, Set<Element> picked) {
    for (Element a = e; a != null; a = a.parent()) {
      if (picked.contains(a)) {
        return true;
      }
    }
    for (Element p : picked) {
      if (p.parents().contains(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDirectText(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "article" -> 10;
          case "div", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    s += contentBonus(e);
    String label = label(e);
    if (!label.isEmpty() && BOILERPLATE_CLASS.matches(label)) {
      s -= 25;
    }
    return s;
  }

  /** The bonus for looking like the article: {@code itemprop=articleBody}, an article-body or content class. */
  private static double contentBonus(Element e) {
    double s = e.attr("itemprop").equalsIgnoreCase("articleBody") ? 40 : 0;
    String label = label(e);
    if (!label.isEmpty()) {
      if (STRONG_CONTENT_CLASS.matches(label)) {
        s += 35;
      } else if (CONTENT_CLASS.matches(label)) {
        s += 25;
      }
    }
    return s;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  /** Share of an element's text inside links, counted without building strings. */
  private static double linkDensity(Element e) {
    return linkDensity(textAndLinkChars(e));
  }

  private static double linkDensity(long[] textAndLinkChars) {
    return textAndLinkChars[0] == 0 ? 0 : (double) textAndLinkChars[1] / textAndLinkChars[0];
  }

  /** Characters of an element's text, and of those inside links, counted without building strings. */
  private static long[] textAndLinkChars(Element e) {
    long[] counts = new long[2];
    NodeTraversor.traverse(
        new NodeVisitor() {
          int inLink;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              int n = collapsedLength(t.getWholeText());
              counts[0] += n;
              if (inLink > 0) {
                counts[1] += n;
              }
            } else if (node instanceof Element el && el.normalName().equals("a")) {
              inLink++;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el && el.normalName().equals("a")) {
              inLink--;
            }
          }
        },
        e);
    return counts;
  }

  /** Length of {@code s} with whitespace runs collapsed to one space and trimmed, without building that string. */
  private static int collapsedLength(String s) {
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      if (StringUtil.isActuallyWhitespace(s.charAt(i))) {
        pendingSpace = n > 0;
      } else {
        n += pendingSpace ? 2 : 1;
        pendingSpace = false;
      }
    }
    return n;
  }

  /** Cuts an element into blocks at block-level tags and double line breaks. */
  private static List<Block> walk(Element root) {
    List<Block> out = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          final StringBuilder text = new StringBuilder();
          final List<String> open = new ArrayList<>();
          int inLink;
          int linkChars;
          boolean lastWasBr;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              if (!t.isBlank()) {
                lastWasBr = false;
              }
              text.append(s);
              if (inLink > 0) {
                linkChars += normalize(s).length();
              }
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("br")) {
                if (lastWasBr) {
                  flush();
                } else {
                  text.append(' ');
                }
                lastWasBr = true;
              } else if (tag.equals("a")) {
                inLink++;
              } else if (BLOCK_TAGS.contains(tag) && !isTweetText(e)) {
                flush();
                open.add(tag);
              } else if (tag.equals("img")) {
                lastWasBr = false;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("a")) {
                inLink--;
              } else if (isTweetText(e)) {
                text.append(' ');
              } else if (BLOCK_TAGS.contains(tag)) {
                flush();
                open.remove(open.size() - 1);
              }
            }
          }

          private void flush() {
            String s = normalize(text);
            if (!s.isEmpty()) {
              out.add(new Block(s, context(), Math.min(linkChars, s.length())));
            }
            text.setLength(0);
            linkChars = 0;
            lastWasBr = false;
          }

          private String context() {
            for (int i = open.size() - 1; i >= 0; i--) {
              String tag = open.get(i);
              if (!tag.equals("div") && !tag.equals("section") && !tag.equals("span")) {
                return tag;
              }
            }
            return "div";
          }
        },
        root);
    return out;
  }

  /**
   * Whether {@code e} is the text paragraph of an embedded tweet ({@code <blockquote class="twitter-tweet"><p>…</p>
   * &mdash; Name (@handle) <a>date</a></blockquote>): it stays one block with the sign-off after it, so the tweet
   * keeps its author ({@code … — Name (@handle) July 5, 2016}).
   */
  private static boolean isTweetText(Element e) {
    Element parent = e.parent();
    return e.normalName().equals("p") && parent != null && parent.normalName().equals("blockquote")
        && parent.className().contains("twitter-tweet");
  }

  /**
   * Whether a paragraph is a sentence of prose that links much of itself ({@code The suspect was convicted and
   * <a>sentenced to life last Thursday</a>.}) rather than a link with a label ({@code Read more: <a>…</a>}): a
   * {@code <p>} that ends a sentence with a clause of its own outside the links.
   */
  private static boolean isLinkedSentence(Block b) {
    return b.tag().equals("p") && b.text().length() - b.linkChars() >= MIN_UNLINKED_CLAUSE
        && ENDS_SENTENCE.matcher(b.text()).find();
  }

  private static boolean keep(Block b) {
    String t = b.text();
    if (b.tag().equals("h1")) {
      return true;
    }
    if (t.length() < 120 && STOCK_PHRASE.matcher(t).matches()) {
      return false;
    }
    double ld = b.linkDensity();
    if (ld > 0.5 && (t.length() < 300 || b.tag().equals("li")) && !isLinkedSentence(b)) {
      return false;
    }
    return !(ld > 0.3 && t.length() < 60);
  }

  /** Collapses whitespace runs (including no-break and zero-width spaces) to one space and trims. */
  static String normalize(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lower-case letters and digits only: for comparing a paragraph with the title or byline. */
  static String key(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
