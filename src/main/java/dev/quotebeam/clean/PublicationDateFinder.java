package dev.quotebeam.clean;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds when an article was first published, and says where the answer came from.
 *
 * <p>Sources are tried in this order, the first plausible date winning (the basis names the rule):
 *
 * <ol>
 *   <li>{@code json-ld}: {@code datePublished} (else {@code dateCreated}) of the page's article object;
 *   <li>{@code meta}: {@code article:published_time}, {@code pubdate}, {@code parsely-pub-date},
 *       {@code sailthru.date}, {@code itemprop=datePublished} and similar meta tags, in the order of
 *       {@link #PUBLISHED_META};
 *   <li>{@code time}: {@code <time pubdate>} or an {@code itemprop=datePublished} element;
 *   <li>{@code time}: a date in the attributes of another body element: an RDFa or microdata creation or publication
 *       property ({@code <span property="schema:dateCreated" content="…">}), the {@code title} of an
 *       {@code <abbr class="published">}, else the earliest {@code <abbr data-utime>};
 *   <li>{@code time}: the first {@code <time datetime>} outside navigation, sidebars, footers, embedded posts,
 *       related-story and most-read blocks, and lists of dated links to other stories (a "Most read" {@code <ol>} of
 *       {@code <li><a>…</a> <time>} items dates those stories, not the article);
 *   <li>{@code text}: a date printed in an element whose class names a date or byline
 *       ({@code <span class="published">20. Mai 2007</span>}), the headline's own text left out; there, and only
 *       there, two-digit years count ({@code <span class="post-created">28.01.22</span>}), and a box whose text
 *       holds no date ("3 hours ago") is read from its {@code title};
 *   <li>{@code meta}: the generic {@code date}, {@code DC.date} and {@code created} tags ({@link #GENERIC_DATE_META}),
 *       which content systems fill with the build day as often as with the publication day;
 *   <li>{@code url}: a date in the page URL or canonical URL, such as {@code /2020/01/07/} or {@code /20200107/};
 *   <li>{@code text}: in the visible text, lists of links left out: near the top, a date after a "published" word
 *       that follows a "last changed" date ({@code Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023}), else,
 *       on a page that prints no "published" date, a "last changed" date printed below the prose's first date (a
 *       foot line {@code Aktualisiert: 30.12.2016} under a text citing "seit 4. August 2014"), else the first date
 *       near the top, "last changed" dates left out; further down, the same "published" date, else a date after
 *       a "published" or "date" label, else the first date. A "published" word with no "last changed" date before it
 *       does not outrank the top's date, as in running text it as often dates a cited study;
 *   <li>{@code fetched}: when the page was fetched;
 *   <li>{@code none}.
 * </ol>
 *
 * <p>The first five sources are the page's structured dates. When the date box (rule 6) prints another day than
 * the structured date (a day either side of a UTC time excepted: that is the publisher's clock, see
 * {@code localDay}), and a JSON-LD or page meta date declares that printed day, the printed day wins with basis
 * {@code text}: the page declares two dates and shows its readers one. The declaring date may be a modification date
 * ({@code article:modified_time}, JSON-LD {@code dateModified}); its value is then the one returned, as it holds the
 * printed day with its time.
 *
 * <p>Apart from that rule modification dates are never taken for publication dates: meta and text candidates
 * labelled "updated" or "modified" are skipped. A clock or today's-date box ({@code id="uhr"},
 * {@code class="today-date"}, a small {@code <span class="today">}) is furniture everywhere, visible text included:
 * it dates the day the page was served. Furniture is judged by tag, role and class; a date box inside an {@code <aside>}, {@code <footer>} or {@code <nav>} whose class names a date
 * ({@code <footer class="entry-meta">}) still counts, while layout classes on {@code <body>} or on a block holding
 * the headline ({@code one-sidebar}) do not hide it. Stateless and thread-safe.
 */
final class PublicationDateFinder {
  /** Meta tag names or properties (lower case) carrying the publication date, most specific first. */
  static final List<String> PUBLISHED_META =
      List.of(
          "article:published_time",
          "article:published",
          "og:article:published_time",
          "og:published_time",
          "published_time",
          "datepublished",
          "article.published",
          "article_date_original",
          "original-publish-date",
          "publish-date",
          "publish_date",
          "publishdate",
          "pubdate",
          "pub_date",
          "parsely-pub-date",
          "sailthru.date",
          "cxenseparse:recs:publishtime",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date.created",
          "dcterms.created",
          "citation_publication_date",
          "citation_date",
          "og:pubdate");
  /**
   * Meta names that only say "date": content systems fill them with the day the page was built or last edited as
   * often as with the publication day, so a date element marked as the publication date wins over them.
   */
  static final List<String> GENERIC_DATE_META = List.of("dc.date", "dcterms.date", "date", "datecreated", "created");
  /**
   * Microdata date properties, which a page also gives each teaser of a list of other stories
   * ({@code <meta itemprop="datePublished">} in every item), so they do not speak for the page as a whole.
   */
  private static final Set<String> MICRODATA_DATES = Set.of("datepublished", "datemodified", "datecreated");
  static final List<String> MODIFIED_META =
      List.of("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified");

  private static final Pattern URL_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?!\\d)");
  private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
  private static final ClassWords DATE_CLASS =
      new ClassWords("date|time|publish|posted|dateline|byline|meta|info|author|datum|fecha|submitted|created", "");
  /**
   * Class words of a clock or today's-date box ({@code <span id="uhr">Donnerstag, 16. Februar 2012</span>} in a
   * masthead), whose date is the day the page was served, not the article's; an icon named so ({@code fa-clock})
   * holds no text, so naming it costs nothing.
   */
  private static final String CLOCK_FRAGMENTS = "current-date|currentdate|today-date|todaydate|todays-date";
  private static final ClassWords CLOCK = new ClassWords(CLOCK_FRAGMENTS, "clock|uhr");
  /**
   * Class words that name a today's-date box only on a small element ({@code <span class="today">}): a section
   * named so ({@code <div class="section today">}) can hold the article itself.
   */
  private static final String TODAY_WORDS = "today|heute";
  private static final ClassWords TODAY = new ClassWords("", TODAY_WORDS);
  /** Longest own text of an element that {@link #TODAY} marks as a today's-date box. */
  private static final int TODAY_BOX_CHARS = 60;
  /**
   * Class words of site furniture whose dates are not the article's; blocks about other pages (related, most
   * read, comments) are those {@link ContentExtractor} names.
   */
  private static final ClassWords NOT_CONTENT =
      new ClassWords("sidebar|footer|widget|more-|sitenav|site-nav|navbar|masthead|topbar|top-bar|breadcrumb"
          + "|read-next|readnext|headlines|" + CLOCK_FRAGMENTS,
          "rail|aside|nav|menu|clock|uhr|" + TODAY_WORDS);
  private static final Set<String> NOT_CONTENT_ROLES =
      Set.of("navigation", "complementary", "contentinfo", "banner", "menu");
  /** Words that say a date is when the article was last changed, as a regex alternation. */
  private static final String UPDATED_WORDS =
      "updated|modified|aktualisiert|geändert|letzte änderung|mis à jour|mise à jour|actualizado|aggiornat"
          + "|bijgewerkt|last edit";
  private static final Pattern UPDATED = Pattern.compile("(?iu)" + UPDATED_WORDS);
  private static final Pattern UTIME = Pattern.compile("1\\d{9}");
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");
  private static final int TEXT_WINDOW = 3000;
  /** How much of the visible text is searched for a printed publication date. */
  private static final int VISIBLE_DATE_CHARS = 20_000;
  /** Words that introduce a publication date in running text, then how far after them the date may start. */
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile("(?iu)\\b(?:published|posted|veröffentlicht|erstellt|publié|publicado|pubblicato|"
          + "gepubliceerd|datum|date|stand)\\b\\s*:?");
  private static final int LABEL_REACH = 40;
  /**
   * How far before a "last changed" label a date of the same line is looked for, and the end of a sentence of prose
   * that marks where that line starts (four lower-case letters, so "Sept." or "Nr." do not end one).
   */
  private static final int FOOT_REACH = 100;
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{4}[.!?][\"'”’»)]?\\s");
  /**
   * Words that say a date is the publication date and nothing else ({@code Erschienen am: 01.11.2023}), which count
   * only after a printed "last changed" date.
   */
  private static final Pattern PUBLISHED_WORD =
      Pattern.compile("(?iu)\\b(?:published|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd"
          + "|publicerad|opublikowano)\\b(?:\\s{1,3}(?:on|am|le|el|il|op|at))?\\s{0,3}:?");
  /** A printed "last changed" label and the date after it ({@code Letzte Änderung: 31.10.2023}), left out of the search. */
  private static final Pattern UPDATED_DATE = Pattern.compile("(?iu)(?:" + UPDATED_WORDS + ")[^\\d]{0,20}[\\d./-]{6,10}");
  /**
   * A time as scripts write it, with its UTC offset or as a wall-clock time ({@code "publishedDate":
   * "2020-07-18T16:01:31-0400"}, {@code publication_date = '2020-12-06 00:15'}).
   */
  private static final Pattern SCRIPT_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:[+-]\\d{2}:?\\d{2})?");
  private static final int MAX_SCRIPT_TIMES = 50;
  private static final int OFFSET_TIME_CHARS = 40;
  /** Largest distance between UTC and a publisher's wall clock, in hours. */
  private static final int MAX_OFFSET_HOURS = 14;
  /**
   * Largest offset a printed day alone may imply (the Americas to China): a printed date a day away from a UTC time
   * near noon more often belongs to another story than to a publisher twelve hours from UTC.
   */
  private static final int PRINTED_OFFSET_HOURS = 8;
  /** Bounds on work for pathological pages (deep nesting, thousands of dated elements or headlines). */
  private static final int MAX_ANCESTORS = 40;
  private static final int MAX_LABELLED = 300;
  private static final int MAX_HEADLINES = 10;
  /** How many levels above a date its list item may be. */
  private static final int LIST_ITEM_REACH = 4;
  /** How many items of a list, and elements of an item, are looked at to tell a list of links. */
  private static final int MAX_SIBLINGS = 10;
  private static final int MAX_ITEM_ELEMENTS = 100;

  /** A publication time or day as {@link DateParser} writes it (or null), with its basis. */
  record Found(String when, String basis) {}

  private PublicationDateFinder() {}

  static Found find(Document doc, PageIndex page, JsonLd ld, List<String> urls, String fetchedAt) {
    String[] box = new String[1];
    boolean[] read = new boolean[1];
    Supplier<String> printed = () -> {
      if (!read[0]) {
        box[0] = fromLabelled(doc, page);
        read[0] = true;
      }
      return box[0];
    };
    Found structured = structured(page, ld);
    if (structured != null) {
      Found found = localDay(structured, page, ld, printed);
      return found.basis().equals("text") ? found : printedOverStructured(found, page, ld, printed);
    }
    String d = printed.get();
    if (d != null) {
      return new Found(d, "text");
    }
    d = fromMeta(page, GENERIC_DATE_META);
    if (d != null) {
      return localDay(new Found(d, "meta"), page, ld, () -> null); // no date box printed a date
    }
    for (String url : urls) {
      d = fromUrl(url);
      if (d != null) {
        return new Found(d, "url");
      }
    }
    d = fromText(visibleText(doc), TEXT_WINDOW);
    if (d != null) {
      return new Found(d, "text");
    }
    d = DateParser.parseMachine(fetchedAt);
    if (d != null) {
      return new Found(d, "fetched");
    }
    return new Found(null, "none");
  }

  /** The first date of the structured sources (JSON-LD, publication meta tags, dated elements), or null. */
  private static Found structured(PageIndex page, JsonLd ld) {
    String d = DateParser.parseMachine(ld.datePublished);
    if (d != null) {
      return new Found(d, "json-ld");
    }
    d = fromMeta(page, PUBLISHED_META);
    if (d != null) {
      return new Found(d, "meta");
    }
    d = fromMarkedElement(page);
    if (d == null) {
      d = fromDateAttributes(page);
    }
    if (d == null) {
      d = fromTime(page);
    }
    return d == null ? null : new Found(d, "time");
  }

  /**
   * The day the page prints in its date box, instead of the structured date, when the two are on different days (not
   * merely a day either side of a UTC time) and the page's own declarations also hold the printed day (a JSON-LD or
   * page meta publication, modification or generic date, whose value is returned): the page then declares two dates
   * and shows its readers one. JSON-LD {@code datePublished 2022-01-04} with
   * {@code article:published_time 2022-01-06} and {@code 06.01.2022} in the date box gives the meta time. A printed
   * date that only a {@code <time>} or a microdata property holds (a teaser's in a list of other stories) or that
   * nothing declares (a caption's) changes nothing.
   */
  private static Found printedOverStructured(Found found, PageIndex page, JsonLd ld, Supplier<String> printed) {
    if (found.when().length() < 10) {
      return found;
    }
    List<String> declared = new ArrayList<>(ld.allPublished);
    declared.add(ld.dateModified);
    for (List<String> keys : List.of(PUBLISHED_META, MODIFIED_META, GENERIC_DATE_META)) {
      for (String key : keys) {
        if (!MICRODATA_DATES.contains(key)) {
          declared.addAll(page.all(key));
        }
      }
    }
    List<String> otherDays = new ArrayList<>();
    for (String other : declared) {
      String d = DateParser.parseMachine(other);
      if (d != null && d.length() >= 10 && !d.startsWith(found.when().substring(0, 10))) {
        otherDays.add(d);
      }
    }
    if (otherDays.isEmpty()) {
      return found; // the page declares no other day: its date box is not read (it is the costly part)
    }
    String box = printed.get();
    if (box == null || box.length() != 10) {
      return found;
    }
    LocalDate day = LocalDate.parse(box);
    LocalDate structuredDay = LocalDate.parse(found.when().substring(0, 10));
    long apart = Math.abs(day.toEpochDay() - structuredDay.toEpochDay());
    if (apart == 0 || apart == 1 && found.when().endsWith("Z")) {
      return found; // a day either side of a UTC time is the publisher's clock, which localDay has weighed
    }
    for (String d : otherDays) {
      if (d.startsWith(box)) {
        return new Found(d, "text");
      }
    }
    return found;
  }

  /**
   * Puts a UTC time back into the publisher's local day. The same moment written with the publisher's offset (or as
   * a local time) elsewhere on the page, in meta tags, JSON-LD, {@code <time>} or script data, wins; failing that, a date printed in a date or byline element that is the day
   * before or after, consistent with the UTC hour, gives the day: {@code 2023-11-09T03:28:35Z} with "Nov 8, 2023" printed
   * gives {@code 2023-11-08}. {@code printed} gives the date box's date, read only when needed.
   */
  private static Found localDay(Found utc, PageIndex page, JsonLd ld, Supplier<String> printed) {
    if (!utc.when().endsWith("Z")) {
      return utc;
    }
    LocalDateTime moment = LocalDateTime.parse(utc.when().substring(0, utc.when().length() - 1));
    List<String> others = new ArrayList<>(ld.allPublished);
    for (String key : PUBLISHED_META) {
      others.addAll(page.all(key));
    }
    for (String key : GENERIC_DATE_META) {
      others.addAll(page.all(key));
    }
    for (Element e : page.datedMarks()) {
      others.add(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
    }
    others.addAll(scriptTimes(page, moment.toLocalDate()));
    for (String other : others) {
      String d = DateParser.parseMachine(other);
      if (d != null && d.length() > 10 && !d.endsWith("Z") && sameMoment(moment, d)) {
        return new Found(d, utc.basis());
      }
    }
    String box = printed.get();
    if (box == null || box.length() != 10) {
      return utc;
    }
    LocalDate day = LocalDate.parse(box);
    int hour = moment.getHour();
    if (day.equals(moment.toLocalDate().minusDays(1)) && hour < PRINTED_OFFSET_HOURS
        || day.equals(moment.toLocalDate().plusDays(1)) && hour >= 24 - PRINTED_OFFSET_HOURS) {
      return new Found(box, "text");
    }
    return utc;
  }

  /**
   * Times in script data on {@code day} or the days either side, with or without a UTC offset and with {@code T} or a
   * space before the hour ({@code 2020-07-18T16:01:31-0400}, {@code 2020-12-06 00:15}), found by plain substring
   * search for the day rather than a regex scan of every script.
   */
  private static List<String> scriptTimes(PageIndex page, LocalDate day) {
    List<String> out = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (LocalDate d : List.of(day.minusDays(1), day, day.plusDays(1))) {
      prefixes.add(d + "T");
      prefixes.add(d + " ");
    }
    for (Element script : page.scripts()) {
      String data = script.data();
      for (String prefix : prefixes) {
        for (int i = data.indexOf(prefix); i >= 0 && out.size() < MAX_SCRIPT_TIMES; i = data.indexOf(prefix, i + 1)) {
          Matcher m = SCRIPT_TIME.matcher(data).region(i, Math.min(data.length(), i + OFFSET_TIME_CHARS));
          if (m.lookingAt()) {
            out.add(m.group());
          }
        }
      }
    }
    return out;
  }

  /** Whether {@code local} (with or without offset) writes the UTC {@code moment} as a wall-clock time elsewhere. */
  private static boolean sameMoment(LocalDateTime moment, String local) {
    LocalDateTime wall = LocalDateTime.parse(local.substring(0, 19));
    long minutes = Duration.between(moment, wall).toMinutes();
    if (minutes == 0 || Math.abs(minutes) > MAX_OFFSET_HOURS * 60L || minutes % 15 != 0
        || wall.getSecond() != moment.getSecond()) {
      return false;
    }
    if (local.length() == 19) {
      return true;
    }
    return OffsetDateTime.parse(local).toLocalDateTime().minusSeconds(
        OffsetDateTime.parse(local).getOffset().getTotalSeconds()).equals(moment);
  }

  /** The last-modified instant from JSON-LD or meta tags, or null. */
  static String modified(PageIndex page, JsonLd ld) {
    String d = DateParser.parseMachine(ld.dateModified);
    return d != null ? d : fromMeta(page, MODIFIED_META);
  }

  private static String fromMeta(PageIndex page, List<String> keys) {
    for (String key : keys) {
      for (String content : page.all(key)) {
        String d = DateParser.parseMachine(content);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** A {@code <time pubdate>} or an element marked {@code itemprop=datePublished}. */
  private static String fromMarkedElement(PageIndex page) {
    for (Element e : page.publishedMarks()) {
      String d = machineOrText(e);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * A publication date in the attributes of a body element other than {@code <time>}: an RDFa or microdata property
   * naming creation or publication with a {@code content} or {@code datetime} ({@code <span
   * property="schema:dateCreated" content="2022-01-28T12:45:46+00:00">}), else the {@code title} of an
   * {@code <abbr class="published">}, else the earliest {@code <abbr data-utime>} epoch (social feeds stamp every
   * post, the original one first in time). Dates in site furniture are skipped.
   */
  private static String fromDateAttributes(PageIndex page) {
    Map<String, Boolean> boilerplate = new HashMap<>();
    String abbrTitle = null;
    long earliestUtime = Long.MAX_VALUE;
    int seen = 0;
    for (Element e : page.dateAttributes()) {
      if (++seen > MAX_LABELLED) {
        break;
      }
      if (inBoilerplate(e, boilerplate, page.headingAncestors())) {
        continue;
      }
      boolean named = PageIndex.namesPublication(e.attr("property")) || PageIndex.namesPublication(e.attr("itemprop"));
      if (named) {
        String d = DateParser.parseMachine(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
        if (d != null) {
          return d;
        }
      } else if (e.hasAttr("data-utime")) {
        String utime = e.attr("data-utime").trim();
        if (UTIME.matcher(utime).matches()) {
          earliestUtime = Math.min(earliestUtime, Long.parseLong(utime));
        }
      } else if (abbrTitle == null) {
        abbrTitle = DateParser.findInText(e.attr("title"));
      }
    }
    if (abbrTitle != null) {
      return abbrTitle;
    }
    return earliestUtime == Long.MAX_VALUE ? null : DateParser.parseMachine(String.valueOf(earliestUtime));
  }

  private static String fromTime(PageIndex page) {
    Map<String, Boolean> boilerplate = new HashMap<>();
    for (Element e : page.times()) {
      if (!e.hasAttr("datetime")) {
        continue;
      }
      if (inBoilerplate(e, boilerplate, page.headingAncestors()) || UPDATED.matcher(e.className() + " " + textAround(e)).find()) {
        continue;
      }
      String d = DateParser.parseMachine(e.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String machineOrText(Element e) {
    for (String attr : new String[] {"datetime", "content"}) {
      String d = DateParser.parseMachine(e.attr(attr));
      if (d != null) {
        return d;
      }
    }
    return DateParser.findInText(e.text());
  }

  private static String textAround(Element e) {
    Element parent = e.parent();
    String text = parent == null ? e.text() : parent.ownText();
    return text.length() > 200 ? text.substring(0, 200) : text;
  }

  /**
   * Whether {@code e} is inside navigation, a sidebar, a footer or a block about other pages. {@code <body>} and
   * blocks that hold the page's {@code <h1>} are not judged by class: they name the layout
   * ({@code <body class="one-sidebar sidebar-second">}), not themselves.
   */
  private static boolean inBoilerplate(Element e, Map<String, Boolean> verdicts, Set<Element> headingAncestors) {
    int depth = 0;
    for (Element a = e; a != null && depth < MAX_ANCESTORS && !a.normalName().equals("body");
        a = a.parent(), depth++) {
      if (isFurniture(a, verdicts, headingAncestors)) {
        return true;
      }
      if (isMain(a)) {
        break; // wrappers around the main content name the layout ("page--with-sidebar"), not this block
      }
    }
    return inListOfLinks(e);
  }

  /** {@code <main>}, {@code role=main} or {@code itemprop=articleBody}: the page's one main content block. */
  private static boolean isMain(Element e) {
    return e.normalName().equals("main")
        || e.attributesSize() > 0 && (e.attr("role").equalsIgnoreCase("main")
            || e.attr("itemprop").equalsIgnoreCase("articleBody"));
  }

  /** Whether {@code e} itself is navigation, a sidebar, a footer or a block about other pages (by tag, class, role). */
  private static boolean isFurniture(Element e, Map<String, Boolean> verdicts, Set<Element> headingAncestors) {
    String tag = e.normalName();
    String label = label(e);
    if (tag.equals("blockquote")) {
      return true; // an embedded post (Instagram, a quoted tweet) dates itself
    }
    if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
      // an article's own date box is often one: <aside class="meta">, WordPress's <footer class="entry-meta">
      return label.isEmpty() || !DATE_CLASS.matches(label) || matches(label, verdicts);
    }
    if (tag.equals("header") && (!e.getElementsByTag("form").isEmpty() || !e.getElementsByTag("nav").isEmpty())) {
      return true; // the site's masthead, whose date is today's
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    return !label.isEmpty() && matches(label, verdicts) && !headingAncestors.contains(e)
        || NOT_CONTENT_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
  }

  /**
   * The text of {@code e} without the headlines it holds, whose dates are the story's ("Results of 19.5.2007"); a
   * headline without text (a logo) and those past the first few (a list of stories) are left alone.
   */
  private static String withoutHeadlines(Element e, Set<Element> headingAncestors) {
    String text = e.text();
    if (!headingAncestors.contains(e)) {
      return text;
    }
    int seen = 0;
    for (Element h : e.getElementsByTag("h1")) {
      String headline = h.text();
      if (h == e || headline.isBlank()) {
        continue;
      }
      text = text.replace(headline, " ");
      if (++seen == MAX_HEADLINES) {
        break;
      }
    }
    return text;
  }

  /**
   * Whether {@code e} sits in an item of a list of dated links to other pages ({@code <li><a>Other story</a>
   * <time>}), the shape of "most read" and related-story blocks whatever their class. Another item must hold a
   * link and a date element like {@code e}, so a byline list with one dated item is not one.
   */
  private static boolean inListOfLinks(Element e) {
    Element item = e;
    for (int depth = 0; item != null && !item.normalName().equals("li"); depth++) {
      if (depth == LIST_ITEM_REACH) {
        return false;
      }
      item = item.parent();
    }
    if (item == null || item.parent() == null || !hasLink(item)) {
      return false;
    }
    int tried = 0;
    for (Element sibling = item.parent().firstElementChild(); sibling != null && tried < MAX_SIBLINGS;
        sibling = sibling.nextElementSibling()) {
      if (sibling == item || !sibling.normalName().equals("li")) {
        continue;
      }
      tried++;
      if (hasLink(sibling) && holdsLike(sibling, e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the first elements of {@code item} is a link with text; bounded for deeply nested lists. */
  private static boolean hasLink(Element item) {
    int[] seen = new int[1];
    boolean[] found = new boolean[1];
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            found[0] = e.normalName().equals("a") && e.hasAttr("href") && !e.text().isBlank();
            return found[0] || ++seen[0] > MAX_ITEM_ELEMENTS ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        item);
    return found[0];
  }

  /** Whether {@code item} holds an element with the tag and class of {@code like}. */
  private static boolean holdsLike(Element item, Element like) {
    int seen = 0;
    for (Element x : item.getElementsByTag(like.normalName())) {
      if (x.className().equals(like.className())) {
        return true;
      }
      if (++seen == MAX_ITEM_ELEMENTS) {
        break;
      }
    }
    return false;
  }

  /** Class and id of {@code e}, or "" when it has neither. */
  private static String label(Element e) {
    return e.hasAttr("class") || e.hasAttr("id") ? e.className() + " " + e.id() : "";
  }

  /** Whether {@code label} names one of {@code words}; labels repeat on a page, so each is tried once. */
  private static boolean matches(ClassWords words, String label, Map<String, Boolean> verdicts) {
    Boolean v = verdicts.get(label);
    if (v == null) {
      v = words.matches(label);
      verdicts.put(label, v);
    }
    return v;
  }

  /** Whether {@code label} names site furniture or a block about other pages; each label is tried once. */
  private static boolean matches(String label, Map<String, Boolean> verdicts) {
    Boolean v = verdicts.get(label);
    if (v == null) {
      v = NOT_CONTENT.matches(label) || ContentExtractor.isAboutOtherPages(label);
      verdicts.put(label, v);
    }
    return v;
  }


  static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    String path = SCHEME_AND_HOST.matcher(url).replaceFirst("");
    Matcher m = URL_DATE.matcher(path);
    if (m.find()) {
      return DateParser.parseMachine(
          m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)));
    }
    m = URL_COMPACT.matcher(path);
    if (m.find()) {
      return DateParser.parseMachine(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }
    return null;
  }

  private static String pad(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  /**
   * The first characters of the page's visible text, where publication dates are printed, without navigation,
   * sidebars, footers and lists of links to other stories, whose dates are theirs.
   */
  private static String visibleText(Document doc) {
    StringBuilder text = new StringBuilder();
    if (doc.body() == null) {
      return "";
    }
    Map<Element, Boolean> linkLists = new IdentityHashMap<>();
    Map<String, Boolean> clocks = new HashMap<>();
    Map<String, Boolean> todays = new HashMap<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (text.length() >= VISIBLE_DATE_CHARS) {
              return FilterResult.STOP;
            }
            if (node instanceof TextNode t && !t.isBlank()) {
              // one space between text nodes: dates in adjacent inline elements stay apart ("1.2.2021 1.2.2021")
              text.append(t.text().strip()).append(' ');
            } else if (node instanceof Element e
                && (isLinkListItem(e, linkLists) || e.attributesSize() > 0 && isClock(e, clocks, todays))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        doc.body());
    return text.length() > VISIBLE_DATE_CHARS ? text.substring(0, VISIBLE_DATE_CHARS) : text.toString();
  }

  /**
   * Whether {@code e}'s class or id names a clock or today's date ({@link #CLOCK}), or is a small element whose class
   * or id says "today" ({@link #TODAY}); each label is judged once.
   */
  private static boolean isClock(Element e, Map<String, Boolean> verdicts, Map<String, Boolean> todays) {
    String label = label(e);
    return !label.isEmpty() && (matches(CLOCK, label, verdicts)
        || matches(TODAY, label, todays) && e.text().length() <= TODAY_BOX_CHARS);
  }

  /** Whether {@code e} is an item of a list with two or more items holding links; each list is judged once. */
  private static boolean isLinkListItem(Element e, Map<Element, Boolean> verdicts) {
    Element list = e.parent();
    if (!e.normalName().equals("li") || list == null || !hasLink(e)) {
      return false;
    }
    Boolean v = verdicts.get(list);
    if (v == null) {
      int linked = 0;
      int tried = 0;
      for (Element item = list.firstElementChild(); item != null && tried < MAX_SIBLINGS && linked < 2;
          item = item.nextElementSibling()) {
        if (item.normalName().equals("li")) {
          tried++;
          linked += hasLink(item) ? 1 : 0;
        }
      }
      v = linked >= 2;
      verdicts.put(list, v);
    }
    return v;
  }

  private static String fromText(String visibleText, int window) {
    String top = visibleText.length() > window ? visibleText.substring(0, window) : visibleText;
    String d = publishedAfterLastChanged(top);
    if (d != null) {
      return d;
    }
    d = onlyLastChanged(visibleText);
    if (d != null) {
      return d;
    }
    d = DateParser.findInText(UPDATED_DATE.matcher(top).replaceAll(" "));
    if (d != null) {
      return d;
    }
    d = publishedAfterLastChanged(visibleText);
    if (d != null) {
      return d;
    }
    d = afterLabel(visibleText, PUBLISHED_LABEL);
    return d != null ? d : DateParser.findInText(visibleText);
  }

  /**
   * The printed "last changed" date below the text of a page that prints no "published" date ({@code <p>Aktualisiert:
   * 30.12.2016</p>} under a text that cites "seit 4. August 2014"), or null: that foot line is the page's own date,
   * the dates above it are those its prose mentions. The label is at the foot only when a sentence of prose ends
   * between it and the last date before it; a date line {@code 05.03.2020 | Aktualisiert: 06.03.2020} above the text
   * is left to the other rules, which give its first date.
   */
  private static String onlyLastChanged(String text) {
    Matcher m = UPDATED_DATE.matcher(text);
    if (!m.find() || afterLabel(text, PUBLISHED_WORD) != null
        || DateParser.findInText(text.substring(0, m.start())) == null
        || DateParser.findInText(sinceLastSentence(text, m.start())) != null) {
      return null;
    }
    return DateParser.findInText(m.group());
  }

  /** The text just before {@code end}, from the last sentence end among the {@value #FOOT_REACH} characters before. */
  private static String sinceLastSentence(String text, int end) {
    String before = text.substring(Math.max(0, end - FOOT_REACH), end);
    Matcher m = SENTENCE_END.matcher(before);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return before.substring(start);
  }

  /**
   * The date after a "published" word that follows a printed "last changed" date in {@code text}, or null:
   * {@code Letzte Änderung: 31. Oktober 2023 Erschienen am: 1. November 2023} gives {@code 2023-11-01}.
   */
  private static String publishedAfterLastChanged(String text) {
    Matcher m = UPDATED.matcher(text);
    while (m.find()) {
      if (DateParser.findInText(text.substring(m.end(), Math.min(text.length(), m.end() + LABEL_REACH))) != null) {
        return afterLabel(text.substring(m.end()), PUBLISHED_WORD);
      }
    }
    return null;
  }

  /** The first date printed just after a match of {@code label} in {@code text}, or null. */
  private static String afterLabel(String text, Pattern label) {
    Matcher m = label.matcher(text);
    while (m.find()) {
      String d = DateParser.findInText(text.substring(m.end(), Math.min(text.length(), m.end() + LABEL_REACH)));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The first date printed in an element whose class or id names a date or byline, outside site furniture, the
   * headline's own text left out.
   */
  private static String fromLabelled(Document doc, PageIndex page) {
    if (doc.body() != null) {
      int seen = 0;
      Map<String, Boolean> dated = new HashMap<>();
      Map<String, Boolean> boilerplate = new HashMap<>();
      for (Element e : ContentExtractor.elements(doc.body())) {
        String label = label(e);
        if (label.isBlank() || !matches(DATE_CLASS, label, dated) || ++seen > MAX_LABELLED
            || inBoilerplate(e, boilerplate, page.headingAncestors())) {
          continue;
        }
        String text = withoutHeadlines(e, page.headingAncestors());
        if (text.length() > 200 || UPDATED.matcher(text).find() && !text.toLowerCase(Locale.ROOT).contains("publi")) {
          continue;
        }
        String d = DateParser.findInText(text);
        if (d == null) {
          d = DateParser.findShortYear(text);
        }
        if (d == null && e.hasAttr("title")) {
          d = DateParser.parseMachine(e.attr("title")); // "3 hours ago" with the time as its tooltip
        }
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }
}
