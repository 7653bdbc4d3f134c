package dev.quotebeam.clean;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.Reject;
import dev.quotebeam.model.RejectedException;
import dev.quotebeam.util.Ids;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a fetched page (or a plain-text article) into an {@link Article}: decoded text, main-text paragraphs and
 * the metadata found on the page, or a {@link RejectedException} saying why the document cannot be used.
 *
 * <p>Steps, each in its own small class: {@link TextDecoder} chooses the charset; HTML is parsed with jsoup and
 * {@link ContentExtractor} keeps the article paragraphs; {@link MetadataFinder} and {@link JsonLd} give title,
 * byline, canonical URL, source and language; {@link PublicationDateFinder} dates the article and records the
 * basis. Text input ({@link RawDocument#FORMAT_TEXT}) goes through {@link TextArticleParser} instead. The page's
 * headline and byline are removed from the paragraphs when they repeat the title and byline, and so is a short
 * timestamp line at the top ({@code Updated Nov 19, 2019; Posted Nov 18, 2019}). If class-based
 * pruning leaves too little text, extraction is retried without it, and then JSON-LD {@code articleBody} is used.
 * A page that declares itself an article ({@code og:type=article}, a published time) but whose text the DOM does not
 * hold (script-rendered, or commented out until cookie consent) gets its own description as its one paragraph, when
 * that description alone makes an article by the rule below; a shell whose description is a site name stays
 * rejected.
 *
 * <p>Reject reasons: {@code empty} (no bytes or only whitespace), {@code too_large} (over {@link Config#maxBytes}),
 * {@code binary} (images, PDFs, NUL bytes), {@code undecodable}, {@code not_html} (HTML input without any markup),
 * {@code no_article_text} (under {@link Config#minTextChars} characters of text left, unless they make two complete
 * sentences: a two-line news brief is an article, a lone "Lorem ipsum dolor sit amet." or "abc def" is not),
 * {@code parse_error} (any
 * unexpected failure, with the exception class). {@link #clean} never throws anything else. Text beyond
 * {@link Config#maxTextChars} is cut at a paragraph boundary.
 *
 * <p>Immutable and thread-safe; serialisable, so it can be shipped to workers. The language detector lives in a
 * static immutable holder built once per JVM.
 */
public final class ArticleCleaner implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9-]*[\\s/>]|!--|!doctype)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
  private static final Pattern BY_LINE = Pattern.compile("(?i)^(?:by|von|par|por)\\s+\\S.{0,100}$");
  /** A timestamp line above the text ({@code Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM}). */
  private static final Pattern DATELINE =
      Pattern.compile("(?iu)(?:updated|posted|published|veröffentlicht|aktualisiert|publié|publicado)\\b");
  private static final int MAX_DATELINE_CHARS = 80;
  /** Full stops, Latin and CJK; only the CJK ones end a sentence without a space after them. */
  private static final String LATIN_STOPS = ".!?";
  private static final String CJK_STOPS = "。！？";
  private static final String STOPS = LATIN_STOPS + CJK_STOPS;
  /** What may close a sentence after its full stop: a quote or a bracket. */
  private static final String CLOSERS = "\"'”’)]";
  /** Words before the last one of a sentence of a short article. */
  private static final int SENTENCE_WORDS_BEFORE_LAST = 3;
  /** Characters before a CJK full stop that make a sentence. */
  private static final int MIN_CJK_SENTENCE_CHARS = 6;
  /** Sentences that make text under {@link Config#minTextChars} a short article (a brief) rather than a stub. */
  private static final int MIN_SHORT_ARTICLE_SENTENCES = 2;
  private static final List<String> DESCRIPTION_KEYS = List.of("og:description", "description", "twitter:description");

  /**
   * Limits for {@link ArticleCleaner}.
   *
   * @param maxBytes largest input accepted, in bytes (default 10,000,000)
   * @param maxTextChars longest article text kept, in characters (default 2,000,000)
   * @param minTextChars shortest article text accepted, in characters (default 100); shorter text is accepted only
   *     when it holds two complete sentences of four or more words
   */
  public record Config(long maxBytes, int maxTextChars, int minTextChars) implements Serializable {
    public Config {
      if (maxBytes <= 0 || maxTextChars <= 0 || minTextChars < 0 || minTextChars > maxTextChars) {
        throw new IllegalArgumentException(
            "invalid cleaner limits: maxBytes=" + maxBytes + ", maxTextChars=" + maxTextChars
                + ", minTextChars=" + minTextChars);
      }
    }

    public static Config defaults() {
      return new Config(10_000_000L, 2_000_000, 100);
    }
  }

  private final Config config;

  public ArticleCleaner(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public static ArticleCleaner withDefaults() {
    return new ArticleCleaner(Config.defaults());
  }

  public Config config() {
    return config;
  }

  /** Cleans one document; throws only {@link RejectedException}. */
  public Article clean(RawDocument doc) throws RejectedException {
    Objects.requireNonNull(doc, "doc");
    try {
      return cleanChecked(doc);
    } catch (RejectedException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new RejectedException("parse_error", e.getClass().getName() + ": " + e.getMessage());
    }
  }

  private Article cleanChecked(RawDocument doc) throws RejectedException {
    byte[] bytes = doc.getContent();
    if (bytes == null || bytes.length == 0) {
      throw new RejectedException("empty", "0 bytes");
    }
    if (bytes.length > config.maxBytes()) {
      throw new RejectedException("too_large", bytes.length + " bytes > limit " + config.maxBytes());
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, doc.getCharset());
    String text = decoded.text();
    if (text.isBlank()) {
      throw new RejectedException("empty", "only whitespace in " + bytes.length + " bytes");
    }
    Article.Builder article =
        Article.builder()
            .setArticleId(Ids.sha256Hex(doc.getInputPath(), 16))
            .setInputPath(doc.getInputPath())
            .setFetchedAt(doc.getFetchedAt())
            .setDuplicateOf(null);
    if (RawDocument.FORMAT_TEXT.equals(doc.getFormat())) {
      return fromText(doc, text, article);
    }
    return fromHtml(doc, text, article);
  }

  /**
   * Text without C0 control characters (tab, newline, form feed and carriage return kept), invisible format
   * characters (bidi marks, zero-width spaces, byte-order marks, soft hyphens: they would split or glue names,
   * {@code Jane\u200E Roe}) and unpaired surrogates: scraping noise that would otherwise reach the CSV and Parquet
   * text columns. Applied to what
   * an HTML page yields (paragraphs, title, byline), not to the whole page; text input is left as it is, because its
   * statement offsets index the file's own text.
   */
  static String withoutControlCharacters(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        if (!bad) {
          if (sb != null) {
            sb.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        bad = Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            || c >= 0xAD && Character.getType(c) == Character.FORMAT;
      }
      if (bad && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!bad && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  private Article fromText(RawDocument doc, String text, Article.Builder article) throws RejectedException {
    TextArticleParser.Parsed parsed = TextArticleParser.parse(text);
    List<String> paragraphs = limit(parsed.paragraphs());
    checkLength(paragraphs);
    String url = UrlNormalizer.normalize(doc.getUrl()) == null ? null : doc.getUrl();
    String fetched = DateParser.parseMachine(doc.getFetchedAt());
    return article
        .setUrl(url)
        .setCanonicalUrl(UrlNormalizer.normalize(url))
        .setSource(UrlNormalizer.host(url))
        .setTitle(parsed.title())
        .setPublishedAt(fetched)
        .setPublishedBasis(fetched == null ? "none" : "fetched")
        .setLanguage(LanguageGuesser.guess(String.join("\n\n", paragraphs)))
        .setParagraphs(paragraphs)
        .setParagraphOffsets(parsed.offsets().subList(0, paragraphs.size()))
        .build();
  }

  private Article fromHtml(RawDocument raw, String html, Article.Builder article) throws RejectedException {
    int probe = Math.min(html.length(), 1 << 16);
    if (!MARKUP.matcher(html).region(0, probe).find()) {
      throw new RejectedException("not_html", "no markup in the first " + probe + " characters");
    }
    Document doc = Jsoup.parse(html, raw.getUrl() == null ? "" : raw.getUrl());
    PageIndex page = PageIndex.of(doc);
    JsonLd ld = JsonLd.of(page);
    String canonical = MetadataFinder.canonicalUrl(doc, page);
    String url = raw.getUrl() != null && !raw.getUrl().isBlank() ? raw.getUrl() : canonical;
    String source = MetadataFinder.source(page, ld, url);
    String title = MetadataFinder.title(doc, page, ld, source, url);
    String byline = MetadataFinder.byline(doc, page, ld);
    List<String> urls = new ArrayList<>();
    if (url != null) {
      urls.add(url);
    }
    if (canonical != null) {
      urls.add(canonical);
    }
    PublicationDateFinder.Found published = PublicationDateFinder.find(doc, page, ld, urls, raw.getFetchedAt());
    String modified = PublicationDateFinder.modified(page, ld);
    String language = MetadataFinder.declaredLanguage(doc, page);

    List<String> paragraphs = printable(paragraphs(doc, html, raw.getUrl(), title, byline));
    if (chars(paragraphs) < config.minTextChars() && ld.articleBody != null) {
      List<String> fromLd = printable(splitArticleBody(ld.articleBody));
      if (chars(fromLd) > chars(paragraphs)) {
        paragraphs = fromLd;
      }
    }
    if (!isArticleLength(paragraphs) && declaresArticle(page, ld)) {
      List<String> summary = printable(description(page, title));
      if (isArticleLength(summary)) {
        paragraphs = summary;
      }
    }
    paragraphs = limit(paragraphs);
    if (!isArticleLength(paragraphs)) {
      throw new NoArticleText(tooShort(paragraphs),
          new PageMetadata(title == null ? null : withoutControlCharacters(title), source, published.when(),
              published.basis(), canonical));
    }
    if (language == null) {
      language = LanguageGuesser.guess(languageSample(paragraphs));
    }
    return article
        .setUrl(url)
        .setCanonicalUrl(canonical)
        .setSource(source)
        .setTitle(title == null ? null : withoutControlCharacters(title))
        .setByline(byline == null ? null : withoutControlCharacters(byline))
        .setPublishedAt(published.when())
        .setPublishedBasis(published.basis())
        .setModifiedAt(modified != null && !modified.equals(published.when()) ? modified : null)
        .setLanguage(language)
        .setParagraphs(paragraphs)
        .build();
  }

  /** Main-text paragraphs; retried on a fresh parse in the lenient pass when the strict one finds too little. */
  private List<String> paragraphs(Document doc, String html, String baseUri, String title, String byline) {
    List<String> first = paragraphs(doc.body(), true, title, byline);
    if (chars(first) >= config.minTextChars()) {
      return first;
    }
    Document fresh = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    List<String> second = paragraphs(fresh.body(), false, title, byline);
    return chars(second) > chars(first) ? second : first;
  }

  private static List<String> paragraphs(Element body, boolean strict, String title, String byline) {
    if (body == null) {
      return List.of();
    }
    List<ContentExtractor.Block> blocks = ContentExtractor.extract(body, strict);
    String titleKey = title == null ? "" : ContentExtractor.key(title);
    String bylineKey = byline == null ? "" : ContentExtractor.key(byline);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      ContentExtractor.Block b = blocks.get(i);
      String key = ContentExtractor.key(b.text());
      boolean nearTop = out.size() < 3;
      if (b.tag().equals("h1") && (key.equals(titleKey) || nearTop || titleKey.isEmpty())) {
        continue;
      }
      if (!titleKey.isEmpty() && key.equals(titleKey)) {
        continue;
      }
      if (nearTop && b.text().length() < MAX_DATELINE_CHARS && DATELINE.matcher(b.text()).lookingAt()
          && DateParser.findInText(b.text()) != null) {
        continue;
      }
      boolean byLine = BY_LINE.matcher(b.text()).matches();
      if (nearTop && (!bylineKey.isEmpty() && (key.equals(bylineKey) || byLine && key.contains(bylineKey))
          || byLine && b.text().length() < 60)) {
        continue;
      }
      out.add(b.text());
    }
    return out;
  }

  private static List<String> printable(List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      String clean = withoutControlCharacters(p).strip();
      if (!clean.isEmpty()) {
        out.add(clean);
      }
    }
    return out;
  }

  /**
   * Whether the page says it is a dated article: {@code og:type=article}, an {@code article:published_time}, or a
   * JSON-LD {@code datePublished}. A page shell that says so while its text is script-rendered or gated behind a
   * consent banner is an article whose text we cannot see; one that does not is more likely a front page or an app.
   */
  private static boolean declaresArticle(PageIndex page, JsonLd ld) {
    String type = page.first("og:type");
    return type != null && type.trim().equalsIgnoreCase("article") || page.first("article:published_time") != null
        || ld.datePublished != null;
  }

  /**
   * The page's own summary as one paragraph: the longest of {@code og:description}, {@code description} and
   * {@code twitter:description} (sites cut one of them short), unless it only repeats the title. Nothing if none.
   */
  private static List<String> description(PageIndex page, String title) {
    String best = "";
    for (String key : DESCRIPTION_KEYS) {
      String d = page.first(key);
      if (d != null) {
        d = ContentExtractor.normalize(d);
        if (d.length() > best.length()) {
          best = d;
        }
      }
    }
    if (best.isEmpty() || title != null && ContentExtractor.key(best).equals(ContentExtractor.key(title))) {
      return List.of();
    }
    return List.of(best);
  }

  /** The paragraphs joined up to the length the language guesser reads, not the whole article. */
  private static String languageSample(List<String> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (String p : paragraphs) {
      if (sb.length() >= LanguageGuesser.SAMPLE_CHARS) {
        break;
      }
      sb.append(sb.length() == 0 ? "" : "\n\n").append(p);
    }
    return sb.toString();
  }

  private static List<String> splitArticleBody(String body) {
    List<String> out = new ArrayList<>();
    for (String p : LINE_BREAKS.split(body)) {
      String n = ContentExtractor.normalize(p);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  private List<String> limit(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    long total = 0;
    for (String p : paragraphs) {
      long next = total + (out.isEmpty() ? 0 : Article.PARAGRAPH_SEPARATOR.length()) + p.length();
      if (next > config.maxTextChars()) {
        if (out.isEmpty()) {
          out.add(p.substring(0, config.maxTextChars()));
        }
        break;
      }
      out.add(p);
      total = next;
    }
    return List.copyOf(out);
  }

  /** Whether the text is long enough for an article: {@link Config#minTextChars}, or two complete sentences. */
  private boolean isArticleLength(List<String> paragraphs) {
    return chars(paragraphs) >= config.minTextChars() || sentences(paragraphs) >= MIN_SHORT_ARTICLE_SENTENCES;
  }

  private void checkLength(List<String> paragraphs) throws RejectedException {
    if (!isArticleLength(paragraphs)) {
      throw new RejectedException(NoArticleText.REASON, tooShort(paragraphs));
    }
  }

  private String tooShort(List<String> paragraphs) {
    return chars(paragraphs) + " characters of article text < minimum " + config.minTextChars() + " and fewer than "
        + MIN_SHORT_ARTICLE_SENTENCES + " sentences";
  }

  /**
   * What an HTML page says about itself, found before its text is judged: title, site name, publication time with
   * its basis (as {@link Article#getPublishedAt()} and {@link Article#getPublishedBasis()}), canonical URL. Any of
   * them may be null.
   */
  public record PageMetadata(
      String title, String source, String publishedAt, String publishedBasis, String canonicalUrl)
      implements Serializable {
    /**
     * Longest escaped value of each field in {@link #toJson()}, in the order title, source, published_at,
     * published_basis, canonical_url: with the keys the object stays under {@value #MAX_JSON_CHARS} characters, so
     * the reject's detail (reason, then this JSON) stays under {@link dev.quotebeam.model.Reject#MAX_DETAIL_CHARS},
     * where {@code Reject} would cut it into invalid JSON.
     */
    private static final int[] MAX_VALUE_CHARS = {100, 40, 40, 20, 120};
    /** Upper bound on the length of {@link #toJson()}: the capped values plus keys, quotes and commas. */
    static final int MAX_JSON_CHARS = 410;

    /**
     * The fields as one JSON object, nulls left out: {@code {"title":"Lorem \"Ipsum\"","source":"example.com"}}.
     * A long value is cut, escapes counted, and ends in "…" inside its string, so the object always parses.
     */
    public String toJson() {
      StringBuilder sb = new StringBuilder("{");
      String[][] fields = {
        {"title", title}, {"source", source}, {"published_at", publishedAt}, {"published_basis", publishedBasis},
        {"canonical_url", canonicalUrl}
      };
      for (int i = 0; i < fields.length; i++) {
        String[] f = fields[i];
        if (f[1] != null) {
          sb.append(sb.length() > 1 ? "," : "").append('"').append(f[0]).append("\":");
          appendJsonString(sb, f[1], MAX_VALUE_CHARS[i]);
        }
      }
      return sb.append('}').toString();
    }

    /**
     * Appends {@code s} as a JSON string with at most {@code max} characters between its quotes; a longer one is cut
     * before an escape or surrogate pair it would split and ends in "…".
     */
    private static void appendJsonString(StringBuilder sb, String s, int max) {
      StringBuilder value = new StringBuilder();
      int[] ends = new int[s.length() + 1]; // ends[k]: escaped length of the first k chars, -1 inside a pair
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          value.append('\\').append(c);
        } else if (c < 0x20) {
          value.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          value.append(c);
        }
        ends[i + 1] = Character.isHighSurrogate(c) ? -1 : value.length();
      }
      if (value.length() > max) {
        int keep = 0;
        for (int k = 1; k <= s.length() && ends[k] <= max - 1; k++) {
          keep = ends[k] >= 0 ? ends[k] : keep;
        }
        value.setLength(keep);
        value.append('…');
      }
      sb.append('"').append(value).append('"');
    }
  }

  /**
   * An HTML page rejected as {@code no_article_text} (a front page, a gallery, a script-rendered shell) with the
   * {@link PageMetadata} that was still found on it. Its detail ends with that metadata as JSON
   * ({@code "40 characters of article text < minimum 100 ...; page: {"title":"Archive","source":"Daily News"}"}),
   * so the rejects row says which page it was and when it was dated, not only that it had no text.
   */
  public static final class NoArticleText extends RejectedException {
    private static final long serialVersionUID = 1L;
    public static final String REASON = "no_article_text";
    private final PageMetadata metadata;

    NoArticleText(String why, PageMetadata metadata) {
      super(REASON, detail(why, metadata.toJson()));
      this.metadata = metadata;
    }

    public PageMetadata metadata() {
      return metadata;
    }

    /** {@code why}, cut if it must be, then the JSON whole: {@code Reject} cuts longer details mid-JSON. */
    private static String detail(String why, String json) {
      String tail = "; page: " + json;
      int room = Reject.MAX_DETAIL_CHARS - tail.length();
      return (why.length() > room ? why.substring(0, Math.max(0, room - 1)) + "…" : why) + tail;
    }
  }

  /**
   * Complete sentences, counted up to the number that matters in one pass over the words: four or more words in a
   * row, each starting with a letter or digit and holding no full stop (the first may start inside a word, after a
   * quote), the last ending in {@code .}, {@code !} or {@code ?}, optionally inside a closing quote or bracket; or
   * six characters without a space before a CJK full stop. {@code "The vote passed on Monday."} is one, {@code "Home.
   * About us."} and {@code "U.S. Inc."} none.
   */
  static int sentences(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      int words = 0; // words in a row that may lead up to a sentence's last word
      int start = 0;
      while (n < MIN_SHORT_ARTICLE_SENTENCES && start < p.length()) {
        if (Character.isWhitespace(p.charAt(start))) {
          start++;
          continue;
        }
        int end = start;
        while (end < p.length() && !Character.isWhitespace(p.charAt(end))) {
          end++;
        }
        n += cjkSentences(p, start, end);
        int stop = firstStop(p, start, end);
        if (words >= SENTENCE_WORDS_BEFORE_LAST && endsSentence(p, start, end, stop)) {
          n++;
          words = 0;
        } else if (stop == end && startsWord(p, start)) {
          words++;
        } else {
          words = hasWordChar(p, lastStop(p, start, end) + 1, end) ? 1 : 0; // a sentence may start after the stop
        }
        start = end;
      }
    }
    return Math.min(n, MIN_SHORT_ARTICLE_SENTENCES);
  }

  /** Whether the word {@code p[start, end)}, whose first full stop is at {@code stop}, ends a sentence. */
  private static boolean endsSentence(String p, int start, int end, int stop) {
    return stop < end && startsWord(p, start) && LATIN_STOPS.indexOf(p.charAt(stop)) >= 0
        && (stop + 1 == end || stop + 2 == end && CLOSERS.indexOf(p.charAt(stop + 1)) >= 0);
  }

  /** CJK sentences ending inside the word {@code p[start, end)}. */
  private static int cjkSentences(String p, int start, int end) {
    int n = 0;
    int run = 0;
    for (int i = start; i < end; i++) {
      char c = p.charAt(i);
      if (STOPS.indexOf(c) < 0) {
        run += Character.isLowSurrogate(c) ? 0 : 1;
      } else {
        n += CJK_STOPS.indexOf(c) >= 0 && run >= MIN_CJK_SENTENCE_CHARS ? 1 : 0;
        run = 0;
      }
    }
    return n;
  }

  private static int firstStop(String p, int start, int end) {
    int i = start;
    while (i < end && STOPS.indexOf(p.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /** The last full stop in {@code p[start, end)}, or {@code start - 1}. */
  private static int lastStop(String p, int start, int end) {
    int i = end - 1;
    while (i >= start && STOPS.indexOf(p.charAt(i)) < 0) {
      i--;
    }
    return i;
  }

  private static boolean startsWord(String p, int i) {
    return isWordChar(p.codePointAt(i));
  }

  private static boolean hasWordChar(String p, int start, int end) {
    for (int i = start; i < end; i += Character.charCount(p.codePointAt(i))) {
      if (isWordChar(p.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A letter or a number, as {@code [\p{L}\p{N}]} in a regex. */
  private static boolean isWordChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static long chars(List<String> paragraphs) {
    long n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }
}
