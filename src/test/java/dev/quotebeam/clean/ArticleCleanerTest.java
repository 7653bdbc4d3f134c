package dev.quotebeam.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.quotebeam.model.Article;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.Reject;
import dev.quotebeam.model.RejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
  private static final ArticleCleaner CLEANER = ArticleCleaner.withDefaults();
  private static final String BODY =
      "<p>The council voted on Thursday to expand the harbour, ending a debate that had lasted for years.</p>"
          + "<p>“We have waited long enough,” the mayor said after the vote, adding that work would start soon.</p>"
          + "<p>Opponents said the plan would harm the bay, and promised to appeal the decision in court.</p>";

  private static Article clean(String html) throws RejectedException {
    return clean(html, null);
  }

  private static Article clean(String html, String url) throws RejectedException {
    return CLEANER.clean(doc(html.getBytes(StandardCharsets.UTF_8), url));
  }

  private static RawDocument doc(byte[] bytes, String url) {
    return RawDocument.builder().setInputPath("in/page.html").setUrl(url).setContent(bytes).build();
  }

  private static String page(String head, String body) {
    return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private static String reason(RawDocument doc) {
    return assertThrows(RejectedException.class, () -> CLEANER.clean(doc)).reason();
  }

  @Test
  void invisibleFormatCharactersAreRemovedFromPageText() {
    assertEquals("Senator Jane Roe said the levy is unfair.",
        ArticleCleaner.withoutControlCharacters("Senator Jane\u200E Roe sa\u00ADid the\u200B levy is unfair.\uFEFF"));
    assertEquals("tab\tand é stay", ArticleCleaner.withoutControlCharacters("tab\tand é stay"));
  }

  @Test
  void navigationFooterRelatedAndShareLinksAreDropped() throws Exception {
    Article a =
        clean(
            page(
                "",
                "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                    + "<article>" + BODY
                    + "<div class=share-buttons><a href=#>Share on Facebook</a><a href=#>Tweet</a></div></article>"
                    + "<div class=related-stories><h3>Related</h3><ul><li><a href=/x>Another story about harbours"
                    + " and their long history</a></li></ul></div>"
                    + "<footer>© 2024 Harbour News. All rights reserved.</footer>"));
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void camelCaseMetaClassDoesNotWinOverTheParagraphs() throws Exception {
    Article a =
        clean(page("", "<div class=top><div class=authorWrapper><div class=articleMeta><p class=webtime>Stand: 20. April"
            + " 2020, 14:57 Uhr</p></div></div></div><div class=con><div class=paragraph>" + BODY + "</div></div>"));
    assertTrue(a.text().contains("Opponents said the plan would harm the bay"), a.text());
  }

  @Test
  void blockquoteInsideArticleIsKept() throws Exception {
    Article a =
        clean(page("", "<article>" + BODY + "<blockquote>“Never again,” he wrote in a letter to residents.</blockquote></article>"));
    assertTrue(a.getParagraphs().contains("“Never again,” he wrote in a letter to residents."));
  }

  @Test
  void embeddedTweetKeepsItsSignOffInItsParagraph() throws Exception {
    Article a = clean(page("", "<article>" + BODY + "<blockquote class=\"twitter-tweet\" data-lang=\"en\"><p lang=\"en\">"
        + "No one should be above the law. <a href=\"https://t.co/x\">pic.twitter.com/Oq</a></p>&mdash; Paul Ryan "
        + "(@SpeakerRyan) <a href=\"https://twitter.com/SpeakerRyan/status/1\">July 5, 2016</a></blockquote></article>"));
    assertTrue(a.getParagraphs().contains(
        "No one should be above the law. pic.twitter.com/Oq — Paul Ryan (@SpeakerRyan) July 5, 2016"),
        a.getParagraphs().toString());
  }

  @Test
  void curlyQuotesAndWhitespaceAreNormalisedButQuotesKept() throws Exception {
    Article a = clean(page("", "<article>" + BODY + "<p>  “We   have\n waited,”  she said.  </p></article>"));
    assertEquals("“We have waited,” she said.", a.getParagraphs().get(a.getParagraphs().size() - 1));
  }

  @Test
  void headlineAndBylineAreNotParagraphs() throws Exception {
    Article a =
        clean(page("<title>Harbour to grow</title>", "<article><h1>Harbour to grow</h1><p>By Ann Lee</p>" + BODY + "</article>"));
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void timestampLineAboveTheTextIsNotAParagraph() throws Exception {
    Article a = clean(page("", "<article><p>Updated March 4, 2019 9:41 AM; Posted March 3, 2019</p>" + BODY + "</article>"));
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void sentenceWithMostOfItsWordsLinkedIsKept() throws Exception {
    String linked = "The suspect, a local builder, was convicted and <a href=/news/sentencing>sentenced to life in"
        + " federal prison last Thursday</a>.";
    Article a = clean(page("", "<article>" + BODY + "<p>" + linked + "</p></article>"));
    assertTrue(a.getParagraphs().get(a.getParagraphs().size() - 1).startsWith("The suspect"), a.getParagraphs().toString());
  }

  @Test
  void linkWithALabelIsNotAParagraph() throws Exception {
    Article a = clean(page("", "<article>" + BODY + "<p>Read next: <a href=/news/ferry>Ferry timetable changes from"
        + " Monday across the county</a>.</p></article>"));
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void advertLabelsCommentCountsAndUnrenderedShortcodesAreDropped() throws Exception {
    Article a = clean(page("", "<article>" + BODY + "<p>Advert</p><p>12 comments</p>"
        + "<p>[button link=\"/submit\" type=\"big\"] Send us your story[/button]</p></article>"));
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void bodySplitByAnAdKeepsBothParts() throws Exception {
    String part1 = "<div class=article__body>" + BODY + "</div>";
    String part2 = "<div class=article__body><p>Work on the new quay is due to begin in the spring, the harbour board said"
        + " in a statement, and should take two years to complete.</p></div>";
    Article a = clean(page("", "<div class=chunks>" + part1 + "</div><div class=ad><p>Advertisement</p></div>"
        + "<section class=chunk-list><div class=inner>" + part2 + "</div></section>"));
    assertTrue(a.text().contains("new quay"), a.text());
  }

  @Test
  void subheadingsInsideArticleAreKept() throws Exception {
    Article a = clean(page("", "<article>" + BODY + "<h2>What happens next</h2>" + BODY + "</article>"));
    assertTrue(a.getParagraphs().contains("What happens next"));
  }

  @Test
  void titleSiteSuffixIsStripped() throws Exception {
    Article a = clean(page("<title>Harbour to grow after long debate | Harbour News</title>", "<article>" + BODY + "</article>"));
    assertEquals("Harbour to grow after long debate", a.getTitle());
  }

  @Test
  void siteNameTitleFallsBackToArticleHeading() throws Exception {
    Article a =
        clean(page("<title>Valley Herald</title>",
            "<h1 id=site-title>Valley Herald</h1><div class=post><h2>Council backs harbour plan</h2>" + BODY + "</div>"),
            "https://valleyherald.example/2020/harbour/");
    assertEquals("Council backs harbour plan", a.getTitle());
  }

  @Test
  void logoHeadingLinkingHomeIsNotTheTitle() throws Exception {
    Article a =
        clean(page("<title>Council backs harbour plan · Valley</title>",
            "<h1><a href='/'>Valley</a></h1><article><h1>Council backs harbour plan</h1>" + BODY + "</article>"));
    assertEquals("Council backs harbour plan", a.getTitle());
  }

  @Test
  void jsonLdHeadlineUnrelatedToPageIsIgnored() throws Exception {
    Article a =
        clean(page("<title>Council backs harbour plan | Valley Herald</title><script type=application/ld+json>"
            + "{\"@type\":\"Article\",\"headline\":\"Encyclopedia entry\"}</script>", "<article>" + BODY + "</article>"));
    assertEquals("Council backs harbour plan", a.getTitle());
  }

  @Test
  void ogTitleWinsOverTitleTag() throws Exception {
    Article a =
        clean(page("<title>Home | Site</title><meta property=og:title content='Council backs harbour plan'>", "<article>" + BODY + "</article>"));
    assertEquals("Council backs harbour plan", a.getTitle());
  }

  @Test
  void jsonLdHeadlineWinsOverOgTitle() throws Exception {
    Article a =
        clean(page("<title>Council backs harbour plan after long debate - Valley Herald</title>"
            + "<meta property=og:title content='Harbour: what you need to know'><script type=application/ld+json>"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Council backs harbour plan after long debate\"}</script>",
            "<article>" + BODY + "</article>"));
    assertEquals("Council backs harbour plan after long debate", a.getTitle());
  }

  @Test
  void jsonLdInCdataIsRead() throws Exception {
    Article a =
        clean(page("<script type=application/ld+json><![CDATA[{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Council backs harbour plan\",\"datePublished\":\"2019-05-04\"}]]></script>",
            "<article>" + BODY + "</article>"));
    assertEquals("2019-05-04", a.publishedDate());
  }

  @Test
  void dublinCoreTitleInPropertyListWinsOverTitleTag() throws Exception {
    Article a =
        clean(page("<title>Page</title><meta property='x:title dc:title' content='Council backs harbour plan'>",
            "<article>" + BODY + "</article>"));
    assertEquals("Council backs harbour plan", a.getTitle());
  }

  @Test
  void shortCapitalisedSegmentAfterDashIsStrippedAsSiteName() throws Exception {
    Article a = clean(page("<title>Council backs the harbour plan – Valley Herald</title>", "<article>" + BODY + "</article>"));
    assertEquals("Council backs the harbour plan", a.getTitle());
  }

  @Test
  void lowerCaseSegmentAfterDashStaysInTitle() throws Exception {
    Article a = clean(page("<title>Council backs the harbour plan – what happens next</title>", "<article>" + BODY + "</article>"));
    assertEquals("Council backs the harbour plan – what happens next", a.getTitle());
  }

  @Test
  void lastTitleSegmentEndingInTheLogoNameIsCut() throws Exception {
    Article a = clean(page("<title>A Tale of Two Ports - Chapter 1 | Harbour Stories of the North Sea [Story Vault]</title>",
        "<header><h1><a href=/>Story Vault <img alt='Story Vault' src=logo.png></a></h1></header><article>" + BODY
            + "</article>"));
    assertEquals("A Tale of Two Ports - Chapter 1", a.getTitle());
  }

  @Test
  void lastTitleSegmentNotEndingInASiteNameStays() throws Exception {
    Article a = clean(page("<title>A Tale of Two Ports - Chapter 1 | Harbour Stories of the North Sea [Story Vault]</title>",
        "<article>" + BODY + "</article>"));
    assertEquals("A Tale of Two Ports - Chapter 1 | Harbour Stories of the North Sea [Story Vault]", a.getTitle());
  }

  @Test
  void bylineLosesLeadingBy() throws Exception {
    Article a = clean(page("", "<article><p class=byline>By Ann Lee</p>" + BODY + "</article>"));
    assertEquals("Ann Lee", a.getByline());
  }

  @Test
  void bylineLosesATrailingDate() throws Exception {
    Article a = clean(page("", "<article><p class=byline>By Ann Lee - Apr 16, 2015 8:02 pm UTC</p>" + BODY + "</article>"));
    assertEquals("Ann Lee", a.getByline());
  }

  @Test
  void bylineKeepsANameEndingInOn() throws Exception {
    Article a = clean(page("", "<article><p class=byline>By Ann Wilkinson</p>" + BODY + "</article>"));
    assertEquals("Ann Wilkinson", a.getByline());
  }

  @Test
  void bylineIsTheItempropNameInsideTheAuthorMark() throws Exception {
    Article a = clean(page("", "<article><p itemprop='author creator'>By <a href=/ann><span itemprop=name>Ann Lee</span></a>"
        + " <span>Staff reporter</span></p>" + BODY + "</article>"));
    assertEquals("Ann Lee", a.getByline());
  }

  @Test
  void dublinCoreCreatorComesBeforeMetaAuthor() throws Exception {
    Article a = clean(page("<meta name=author content='Web Team'><meta name=DC.creator content='Ann Lee'>",
        "<article>" + BODY + "</article>"));
    assertEquals("Ann Lee", a.getByline());
  }

  @Test
  void parselyAuthorIsAByline() throws Exception {
    Article a = clean(page("<meta name=parsely-author content='Ann Lee'>", "<article>" + BODY + "</article>"));
    assertEquals("Ann Lee", a.getByline());
  }

  @Test
  void jsonLdAuthorsBecomeByline() throws Exception {
    Article a =
        clean(
            page(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Ann Lee\"},"
                    + "{\"name\":\"Bo Chan\"}]}</script>",
                "<article>" + BODY + "</article>"));
    assertEquals("Ann Lee, Bo Chan", a.getByline());
  }

  @Test
  void brokenJsonLdStillGivesItsDate() throws Exception {
    Article a =
        clean(page("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Harbour\","
            + "\"datePublished\":\"2019-05-04T10:00:00+02:00\"}}</script>", "<article>" + BODY + "</article>"));
    assertEquals("2019-05-04", a.publishedDate());
  }

  @Test
  void markedPublicationElementWinsOverGenericDateMeta() throws Exception {
    Article a =
        clean(page("<meta name=date content=2019-05-10>",
            "<article><time itemprop=datePublished datetime=2019-05-04>4 May</time>" + BODY + "</article>"));
    assertEquals("2019-05-04", a.publishedDate());
  }

  @Test
  void utcTimeTakesTheSameMomentFromScriptData() throws Exception {
    Article a =
        clean(page("<meta property=article:published_time content=2020-07-18T02:01:31Z>"
            + "<script>var page = {\"publishedDate\":\"2020-07-17T22:01:31-0400\"};</script>",
            "<article>" + BODY + "</article>"));
    assertEquals("2020-07-17", a.publishedDate());
  }

  @Test
  void todaysDateInSiteNavigationDoesNotShiftTheDay() throws Exception {
    Article a =
        clean(page("<meta property=article:published_time content=2020-04-28T22:57:38Z>",
            "<div class=b-sitenav__time><span class=date>29 April 2020</span></div><article>" + BODY + "</article>"));
    assertEquals("2020-04-28", a.publishedDate());
  }

  @Test
  void jsonLdDateWinsOverUrlDate() throws Exception {
    Article a =
        clean(
            page("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-03-04T08:00:00+01:00\"}</script>",
                "<article>" + BODY + "</article>"),
            "https://news.example.com/2019/05/06/harbour");
    assertEquals("2021-03-04T08:00:00+01:00", a.getPublishedAt());
    assertEquals("json-ld", a.getPublishedBasis());
  }

  @Test
  void metaPublishedTimeIsUsed() throws Exception {
    Article a = clean(page("<meta property=article:published_time content=2018-11-02>", "<article>" + BODY + "</article>"));
    assertEquals("2018-11-02 meta", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void publishedDateIsThePublishersLocalDay() throws Exception {
    Article a =
        clean(page("<meta property=article:published_time content=2020-03-05T22:10:00-05:00>",
            "<article>" + BODY + "</article>"));
    assertEquals("2020-03-05", a.publishedDate());
  }

  @Test
  void utcTimeTakesTheSameMomentWrittenInLocalTime() throws Exception {
    Article a =
        clean(page("<meta property=article:published_time content=2020-03-06T03:28:35Z>"
            + "<meta name=sailthru.date content='2020-03-05 22:28:35'>", "<article>" + BODY + "</article>"));
    assertEquals("2020-03-05T22:28:35 meta", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void labelledDateFarDownTheTextIsFound() throws Exception {
    String filler = "<p>" + "Menu entry and more words here. ".repeat(150) + "</p>";
    Article a = clean(page("", filler + "<article>" + BODY + "<p>Veröffentlicht: 05.03.2020</p></article>"));
    assertEquals("2020-03-05 text", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void timeElementIsUsed() throws Exception {
    Article a = clean(page("", "<article><time datetime='2017-06-15T12:30:00Z'>June 15</time>" + BODY + "</article>"));
    assertEquals("2017-06-15T12:30:00Z time", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void urlDateIsUsed() throws Exception {
    Article a = clean(page("", "<article>" + BODY + "</article>"), "https://example.com/news/2016/09/30/harbour-plan/");
    assertEquals("2016-09-30 url", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  private static final String MOST_READ =
      "<ol><li><a href=/news/ferry-timetable>Ferry timetable changes</a> <time datetime=2018-10-04T09:00:00Z>"
          + "4 October 2018</time></li><li><a href=/news/market-hall>Market hall reopens</a> "
          + "<time datetime=2019-07-23T09:00:00Z>23 July 2019</time></li></ol>";

  @Test
  void urlDateWinsOverTimesInAMostReadBlock() throws Exception {
    Article a = clean(page("", "<main><section class=article><h1>Harbour plan</h1>" + BODY + "</section>"
        + "<section class=most-read><h2>Most read</h2>" + MOST_READ + "</section></main>"),
        "https://example.com/2022/09/06/harbour-plan.html");
    assertEquals("2022-09-06 url", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void timesInAnUnlabelledListOfStoryLinksDoNotDateTheArticle() throws Exception {
    Article a = clean(page("", "<div><div>" + BODY + "</div><div>" + MOST_READ + "</div></div>"),
        "https://example.com/2022/09/06/harbour-plan.html");
    assertEquals("2022-09-06 url", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void timeInABylineListWithALinkedAuthorIsUsed() throws Exception {
    Article a = clean(page("", "<article><ul class=meta><li><a href=/author/ada>Ada Wickham</a></li>"
        + "<li><time datetime=2017-06-15T12:30:00Z>June 15</time></li></ul>" + BODY + "</article>"));
    assertEquals("2017-06-15T12:30:00Z time", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void dateUnderTheHeadlineWinsOverAnEarlierStoryListWithoutAUrlDate() throws Exception {
    Article a = clean(page("", "<div class=rail>" + MOST_READ + "</div><article><h1>Harbour plan</h1>"
        + "<p class=when>6 September 2022</p>" + BODY + "</article>"));
    assertEquals("2022-09-06 text", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void pageWrapperNamedForItsSidebarDoesNotHideTheArticleTime() throws Exception {
    Article a = clean(page("", "<div class='page page--with-sidebar'><main><article><h1>Harbour plan</h1>"
        + "<time datetime=2021-11-19T10:13:50+01:00>19.11.2021</time>" + BODY + "</article></main>"
        + "<div class=sidebar><time datetime=2021-11-02T08:00:00+01:00>2.11.2021</time></div></div>"));
    assertEquals("2021-11-19T10:13:50+01:00 time", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void textDateNearTopIsUsed() throws Exception {
    Article a = clean(page("", "<article><div class=dateline>Published Tuesday, March 3, 2015</div>" + BODY + "</article>"));
    assertEquals("2015-03-03 text", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void fetchedTimeIsLastResort() throws Exception {
    RawDocument d =
        doc(page("", "<article>" + BODY + "</article>").getBytes(StandardCharsets.UTF_8), null)
            .toBuilder()
            .setFetchedAt("2022-02-02T10:11:12Z")
            .build();
    Article a = CLEANER.clean(d);
    assertEquals("2022-02-02T10:11:12Z fetched", a.getPublishedAt() + " " + a.getPublishedBasis());
  }

  @Test
  void implausibleYearIsNotOutput() throws Exception {
    Article a = clean(page("<meta property=article:published_time content=1899-01-01>", "<article>" + BODY + "</article>"));
    assertEquals("none", a.getPublishedBasis());
  }

  @Test
  void canonicalUrlIsNormalised() throws Exception {
    Article a =
        clean(page("<link rel=canonical href='HTTPS://News.Example.com/a/b/?utm_source=x&id=3#top'>", "<article>" + BODY + "</article>"));
    assertEquals("https://news.example.com/a/b?id=3", a.getCanonicalUrl());
    assertEquals("https://news.example.com/a/b?id=3", a.getUrl());
  }

  @Test
  void sourceFallsBackToHostWithoutWww() throws Exception {
    Article a = clean(page("", "<article>" + BODY + "</article>"), "https://www.example.org/x");
    assertEquals("example.org", a.getSource());
  }

  @Test
  void htmlLangGivesLanguage() throws Exception {
    Article a = clean("<html lang=en-GB><body><article>" + BODY + "</article></body></html>");
    assertEquals("en", a.getLanguage());
  }

  @Test
  void languageIsDetectedWhenUndeclared() throws Exception {
    Article a =
        clean(
            page("", "<article><p>Der Stadtrat hat am Donnerstag beschlossen, den Hafen zu erweitern. Die Arbeiten sollen"
                + " im nächsten Jahr beginnen, sagte die Bürgermeisterin nach der Abstimmung.</p></article>"));
    assertEquals("de", a.getLanguage());
  }

  @Test
  void articleIdIsHashOfInputPath() throws Exception {
    assertEquals(dev.quotebeam.util.Ids.sha256Hex("in/page.html", 16), clean(page("", "<article>" + BODY + "</article>")).getArticleId());
  }

  @Test
  void windows1252WithoutDeclarationDecodes() throws Exception {
    String body = page("", "<article>" + BODY + "<p>The café served “quoted” coffee to everyone who came.</p></article>");
    Article a = CLEANER.clean(doc(body.getBytes(Charset.forName("windows-1252")), null));
    assertTrue(a.text().contains("The café served “quoted” coffee"), a.text());
  }

  @Test
  void latin1DeclarationReadsCurlyQuotesAsWindows1252() throws Exception {
    String body = page("<meta charset=iso-8859-1>", "<article>" + BODY + "<p>“Oui,” dit-il au café.</p></article>");
    Article a = CLEANER.clean(doc(body.getBytes(Charset.forName("windows-1252")), null));
    assertTrue(a.text().contains("“Oui,” dit-il au café."), a.text());
  }

  @Test
  void validUtf8WinsOverDeclaredMultiByteCharset() throws Exception {
    String body = page("<meta http-equiv=Content-Type content='text/html; charset=gb2312'>",
        "<article>" + BODY + "<p>新电脑已可利用记忆自学，人工智能迈上新台阶。</p></article>");
    Article a = CLEANER.clean(doc(body.getBytes(StandardCharsets.UTF_8), null));
    assertTrue(a.text().contains("新电脑已可利用记忆自学"), a.text());
  }

  @Test
  void utf16WithBomDecodes() throws Exception {
    byte[] bytes = page("", "<article>" + BODY + "</article>").getBytes(StandardCharsets.UTF_16); // BE with BOM
    assertTrue(CLEANER.clean(doc(bytes, null)).text().contains("“We have waited long enough,”"));
  }

  @Test
  void headerCharsetWinsOverDetection() throws Exception {
    byte[] bytes = page("", "<article>" + BODY + "<p>Zoë said “ja”.</p></article>").getBytes(StandardCharsets.ISO_8859_1);
    Article a = CLEANER.clean(doc(bytes, null).toBuilder().setCharset("ISO-8859-1").build());
    assertTrue(a.text().contains("Zoë"), a.text());
  }

  @Test
  void textFormatKeepsTitleLineAndVerbatimParagraphs() throws Exception {
    String text = "Harbour to grow\n\n" + "First paragraph, which is long enough to count as an article.\n\n"
        + "Second paragraph\nwith a line break, kept as written in the file.\n";
    Article a =
        CLEANER.clean(
            RawDocument.builder().setInputPath("a.txt").setFormat(RawDocument.FORMAT_TEXT)
                .setContent(text.getBytes(StandardCharsets.UTF_8)).build());
    assertEquals("Harbour to grow", a.getTitle());
    assertEquals(
        List.of("First paragraph, which is long enough to count as an article.",
            "Second paragraph\nwith a line break, kept as written in the file."),
        a.getParagraphs());
  }

  @Test
  void textFormatArticleTextIsFileTextAfterTitle() throws Exception {
    String afterTitle = "One paragraph with “quotes” in it, long enough to be an article.\n\nAnd another paragraph that follows it here.";
    Article a =
        CLEANER.clean(
            RawDocument.builder().setInputPath("a.txt").setFormat(RawDocument.FORMAT_TEXT)
                .setContent(("Title\n\n" + afterTitle).getBytes(StandardCharsets.UTF_8)).build());
    assertEquals(afterTitle, a.text());
  }

  @Test
  void textFormatOffsetsMapBackToTheFileWhateverItsSpacing() throws Exception {
    String file = "\uFEFFTitle line\r\n\r\n\r\n  First paragraph, “quoted words” here, long enough for an article body.\r\n"
        + "   \r\nSecond one\r\nruns over two lines and “ends quoted”.\r\n";
    Article a =
        CLEANER.clean(
            RawDocument.builder().setInputPath("a.txt").setFormat(RawDocument.FORMAT_TEXT)
                .setContent(file.getBytes(StandardCharsets.UTF_8)).build());
    for (String words : List.of("quoted words", "ends quoted", "runs over")) {
      int inText = a.text().indexOf(words);
      int inFile = a.sourceOffset(inText);
      String decoded = file.substring(1); // the byte-order mark is not part of the decoded text
      assertEquals(words, decoded.substring(inFile, a.sourceOffset(inText + words.length())), words);
    }
  }

  @Test
  void jsonLdArticleBodyIsFallback() throws Exception {
    Article a =
        clean(
            page("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\"The council voted to"
                    + " expand the harbour.\\nOpponents promised to appeal the decision in the regional court.\"}</script>",
                "<div id=app></div>"));
    assertEquals(2, a.getParagraphs().size());
  }

  @Test
  void textWrittenStraightIntoTheArticleElementIsKept() throws Exception {
    String text = "The council voted on Thursday to expand the harbour, ending a debate that had lasted for years."
        + "<br><br>“We have waited long enough,” the mayor said after the vote, adding that work would start soon.";
    Article a =
        clean(page("", "<div><div><p>A teaser for another story on this site</p></div></div>"
            + "<div id=contents><div id=story><article id=area>" + text + "</article></div></div>"));
    assertEquals(2, a.getParagraphs().size(), a.getParagraphs().toString());
    assertTrue(a.getParagraphs().get(1).startsWith("“We have waited"), a.getParagraphs().toString());
  }

  @Test
  void noscriptCopyOfAScriptRenderedPostIsRead() throws Exception {
    Article a =
        clean(page("", "<h1>Harbour vote</h1><div class=post-body itemprop=articleBody><script type=text/template>"
            + BODY + "</script><noscript>" + BODY + "</noscript></div>"));
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void noscriptWithoutParagraphsIsNotText() throws Exception {
    Article a =
        clean(page("", "<article>" + BODY + "</article><noscript><div>Please enable JavaScript to see the comments"
            + " on this story, and to share it.</div></noscript>"));
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void formWrappingThePageWithoutParagraphsIsRead() throws Exception {
    String sentence = "The council voted on Thursday to expand the harbour, ending a debate that had lasted for years. ";
    Article a =
        clean(page("", "<form id=aspnetForm method=post><input type=hidden name=state value=x>"
            + "<div class=menu><a href=/>Home</a></div><div class=text>" + sentence.repeat(12) + "</div></form>"));
    assertEquals(1, a.getParagraphs().size(), a.getParagraphs().toString());
    assertTrue(a.getParagraphs().get(0).length() > 1000);
  }

  @Test
  void smallFormBesideTheArticleIsNotText() throws Exception {
    Article a =
        clean(page("", "<article>" + BODY + "</article><form><div>Leave a reply. Your email address will not be"
            + " published, and required fields are marked.</div><textarea></textarea></form>"));
    assertEquals(3, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void contentClassOnAHeadlineBlockDoesNotHideUnclassedText() throws Exception {
    String text = "The council voted on Thursday to expand the harbour, ending a debate that had lasted for years.<br>"
        + "“We have waited long enough,” the mayor said after the vote, adding that work would start soon.";
    Article a =
        clean(page("", "<div class=contentwrapper><div><div>Harbour plan approved after long debate</div></div></div>"
            + "<div><div><div>" + text + "</div></div></div>"));
    assertTrue(a.getParagraphs().get(a.getParagraphs().size() - 1).endsWith("would start soon."),
        a.getParagraphs().toString());
  }

  private static final String SUMMARY =
      "The council voted on Thursday to expand the harbour. Opponents promised to appeal the decision in court.";

  @Test
  void articleWhoseTextTheDomHidesFallsBackToItsDescription() throws Exception {
    Article a =
        clean(page("<meta property=og:type content=article><meta property=og:description content=\"" + SUMMARY + "\">"
                + "<meta name=description content=\"The council voted on Thursday to expand the harbour...\">",
            "<div data-consent-embed><!-- <p>" + SUMMARY + "</p> --></div><p>Source: AP</p>"));
    assertEquals(List.of(SUMMARY), a.getParagraphs());
  }

  @Test
  void descriptionOfAPageThatDoesNotDeclareAnArticleIsNotText() {
    String html = page("<meta property=og:type content=website><meta name=description content=\"" + SUMMARY + "\">",
        "<div id=app></div>");
    assertEquals("no_article_text", reason(doc(html.getBytes(StandardCharsets.UTF_8), null)));
  }

  @Test
  void articleShellWithASiteNameDescriptionIsRejected() {
    String html = page("<meta property=og:type content=article><meta property=og:description content=\"Julia reads\">",
        "<div id=app></div>");
    assertEquals("no_article_text", reason(doc(html.getBytes(StandardCharsets.UTF_8), null)));
  }

  @Test
  void emptyInputIsRejected() {
    assertEquals("empty", reason(doc(new byte[0], null)));
  }

  @Test
  void whitespaceOnlyInputIsRejected() {
    assertEquals("empty", reason(doc(" \n\t \r\n".getBytes(StandardCharsets.UTF_8), null)));
  }

  @Test
  void oversizedInputIsRejected() {
    ArticleCleaner small = new ArticleCleaner(new ArticleCleaner.Config(100, 1000, 10));
    RejectedException e = assertThrows(RejectedException.class, () -> small.clean(doc(new byte[101], null)));
    assertEquals("too_large", e.reason());
  }

  @Test
  void pngIsRejectedAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertEquals("binary", reason(doc(png, null)));
  }

  @Test
  void pdfIsRejectedAsBinary() {
    assertEquals("binary", reason(doc("%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), null)));
  }

  @Test
  void nulBytesAreRejectedAsBinary() {
    byte[] b = "<html><body>abc</body></html>".getBytes(StandardCharsets.US_ASCII);
    b[12] = 0;
    assertEquals("binary", reason(doc(b, null)));
  }

  @Test
  void htmlWithoutMarkupIsRejected() {
    assertEquals("not_html", reason(doc("just some words, no tags at all".getBytes(StandardCharsets.UTF_8), null)));
  }

  @Test
  void undecodableBytesAreRejected() {
    byte[] b = new byte[400];
    Arrays.fill(b, (byte) 0xC3); // lone UTF-8 lead bytes, declared as UTF-8
    System.arraycopy("<p>".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 3);
    assertEquals("undecodable", reason(doc(b, null).toBuilder().setCharset("UTF-8").build()));
  }

  @Test
  void scriptOnlyPageIsRejectedAsNoArticleText() {
    assertEquals("no_article_text", reason(doc(page("<script>var a=1;</script>", "<script>x()</script><img src=a.png>").getBytes(StandardCharsets.UTF_8), null)));
  }

  @Test
  void twoSentenceBriefIsAcceptedThoughShorterThanTheMinimum() throws Exception {
    String brief = "Bo Lind quit the board on Monday. “I am done here,” she said.";
    assertTrue(brief.length() < ArticleCleaner.Config.defaults().minTextChars());
    Article a = clean(page("<title>Lind quits</title>", "<p>" + brief + "</p>"));
    assertEquals(List.of(brief), a.getParagraphs());
  }

  @Test
  void oneShortSentenceIsRejectedAsNoArticleText() {
    String html = page("<title>Lorem</title>", "<main><div>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</div></main>");
    assertEquals("no_article_text", reason(doc(html.getBytes(StandardCharsets.UTF_8), null)));
  }

  @Test
  void pageWithoutArticleTextKeepsItsMetadataInTheReject() {
    String html = page("<title>Harbour photos | Bay Courier</title><meta property=og:site_name content=\"Bay Courier\">"
            + "<meta property=article:published_time content=2021-04-05T09:00:00+02:00>"
            + "<link rel=canonical href=https://bay.example/photos>",
        "<h1>Harbour photos</h1><img src=a.jpg><img src=b.jpg>");
    ArticleCleaner.NoArticleText e = assertThrows(ArticleCleaner.NoArticleText.class,
        () -> CLEANER.clean(doc(html.getBytes(StandardCharsets.UTF_8), null)));
    assertEquals("no_article_text", e.reason());
    assertEquals(new ArticleCleaner.PageMetadata("Harbour photos", "Bay Courier", "2021-04-05T09:00:00+02:00", "meta",
        "https://bay.example/photos"), e.metadata());
    assertTrue(e.detail().endsWith("; page: {\"title\":\"Harbour photos\",\"source\":\"Bay Courier\","
        + "\"published_at\":\"2021-04-05T09:00:00+02:00\",\"published_basis\":\"meta\","
        + "\"canonical_url\":\"https://bay.example/photos\"}"), e.detail());
  }

  @Test
  void rejectMetadataJsonEscapesQuotesAndLeavesOutMissingFields() {
    assertEquals("{\"title\":\"The \\\"Quay\\\" \\\\ more\"}",
        new ArticleCleaner.PageMetadata("The \"Quay\" \\ more", null, null, null, null).toJson());
  }

  @Test
  void rejectDetailOfALongTitleAndUrlStaysValidJsonAfterRejectCutsIt() throws IOException {
    String title = "Harbour \"photos\" " + "and more pictures of boats ".repeat(11);
    String url = "https://bay.example/" + "gallery/".repeat(29);
    String html = page("<title>" + title + "</title><link rel=canonical href=" + url + ">",
        "<h1>" + title + "</h1><img src=a.jpg>");
    ArticleCleaner.NoArticleText e = assertThrows(ArticleCleaner.NoArticleText.class,
        () -> CLEANER.clean(doc(html.getBytes(StandardCharsets.UTF_8), null)));
    assertTrue(e.metadata().title().length() >= 300 && e.metadata().canonicalUrl().length() >= 250);
    String detail = Reject.of("in.html", "clean", e.reason(), e.detail()).getDetail();
    JsonNode page = new ObjectMapper().readTree(detail.substring(detail.indexOf("; page: ") + 8));
    assertTrue(page.get("title").asText().startsWith("Harbour \"photos\" and more"), detail);
    assertTrue(page.get("title").asText().endsWith("…"), detail);
    assertTrue(page.get("canonical_url").asText().startsWith("https://bay.example/gallery/"), detail);
  }

  @Test
  void rejectMetadataJsonCutsAValueOfEscapesWithoutBreakingOne() {
    String json = new ArticleCleaner.PageMetadata("\"".repeat(300), null, null, null, null).toJson();
    assertTrue(json.length() <= ArticleCleaner.PageMetadata.MAX_JSON_CHARS, json);
    assertTrue(json.endsWith("\\\"…\"}"), json);
  }

  @Test
  void shortWordsWithoutSentencesAreRejectedAsNoArticleText() {
    String html = page("<title>Links</title>", "<p>abc</p><p>def</p><h2>Test Case 1.</h2><h2>Page not found.</h2>");
    assertEquals("no_article_text", reason(doc(html.getBytes(StandardCharsets.UTF_8), null)));
  }

  @Test
  void sentencesNeedFourWordsAndAFinalStop() {
    assertEquals(0, ArticleCleaner.sentences(List.of("Home. About us. Contact.", "Page not found.", "abc def ghi jkl")));
    assertEquals(2, ArticleCleaner.sentences(List.of("The vote passed on Monday. “It is over,” she said.")));
    assertEquals(2, ArticleCleaner.sentences(List.of("市议会周四通过了预算。新公交线路明年开通。")));
  }

  @Test
  void deepNestingDoesNotOverflow() {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(100_000)).append(BODY).append("</div>".repeat(100_000)).append("</body></html>");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try {
        CLEANER.clean(doc(bytes, null));
      } catch (RejectedException e) {
        assertFalse(e.reason().equals("parse_error"), e.detail());
      }
    });
  }

  @Test
  void oneMegabyteSingleLinePageCompletes() throws Exception {
    StringBuilder sb = new StringBuilder("<html><body><article>");
    while (sb.length() < 1_000_000) {
      sb.append("<p>The council voted, again, to expand the harbour “today” and said so in public.</p>");
    }
    sb.append("</article></body></html>");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    // A hang guard against catastrophic backtracking (hours, not seconds); speed is measured by benchmark.sh.
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CLEANER.clean(doc(bytes, null)));
    assertTrue(a.getParagraphs().size() > 1000);
  }

  @Test
  void deeplyNestedListsOfLinksDoNotHangTheDateSearch() {
    StringBuilder sb = new StringBuilder("<html><body><article>").append(BODY).append("</article>");
    sb.append("<ul><li><a href=/next>Next</a> ".repeat(100_000)).append("</body></html>");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    // A hang guard (a list-of-links test per nested item over its whole subtree is quadratic: minutes here).
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CLEANER.clean(doc(bytes, null)));
    assertEquals("none", a.getPublishedBasis());
  }

  @Test
  void cleanerIsSerializable() throws Exception {
    ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream());
    out.writeObject(CLEANER);
    out.close();
  }

  @Test
  void seedPageGivesSeedParagraphsAndDate() throws Exception {
    byte[] html = resource("/clean/seed-page.html");
    List<String> expected = new ArrayList<>();
    String seed = new String(resource("/clean/seed-article.txt"), StandardCharsets.UTF_8);
    for (String p : seed.split("\n\n")) {
      expected.add(p.strip());
    }
    expected.remove(0); // the title line
    Article a = CLEANER.clean(doc(html, "https://world.example.net/news/us-military-iraq"));
    assertEquals(expected, a.getParagraphs());
    assertEquals("2020-01-07", a.publishedDate());
    assertEquals("meta", a.getPublishedBasis());
  }

  @Test
  void modifiedTimeIsKeptWhenDistinct() throws Exception {
    Article a =
        clean(page("<meta property=article:published_time content=2018-11-02><meta property=article:modified_time "
            + "content=2018-11-05T10:00:00Z>", "<article>" + BODY + "</article>"));
    assertEquals("2018-11-05T10:00:00Z", a.getModifiedAt());
  }

  @Test
  void noDateGivesNone() throws Exception {
    Article a = clean(page("", "<article>" + BODY + "</article>"));
    assertNull(a.getPublishedAt());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ArticleCleanerTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void sentencesOfALongParagraphWithoutFullStopsAreCountedWordByWord() {
    String words = "word ".repeat(50_000);
    assertEquals(0, ArticleCleaner.sentences(List.of(words)));
    assertEquals(2, ArticleCleaner.sentences(List.of(words + "end. Then four more words.")));
  }

  @Test
  void sentencesMayStartInsideAWordButNotRunThroughAnAbbreviation() {
    assertEquals(0, ArticleCleaner.sentences(List.of("U.S. Inc. said so. Then he left.")));
    assertEquals(2, ArticleCleaner.sentences(List.of("“Officials said so,” she wrote. In U.S. cities it rained hard!")));
  }
}
