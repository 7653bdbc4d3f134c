package dev.quotebeam.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {
  private static PublicationDateFinder.Found find(String html) {
    Document doc = Jsoup.parse(html);
    PageIndex page = PageIndex.of(doc);
    return PublicationDateFinder.find(doc, page, JsonLd.of(page), List.of(), null);
  }

  @Test
  void timeElementWinsOverGenericDateMeta() {
    PublicationDateFinder.Found f =
        find("<head><meta name='Date' content='2022-1-26T14:32:06+02:00'></head><body><h1>Ski</h1>"
            + "<p>By A. Writer, <time datetime='2022-01-21'>21.01.2022</time></p><p>Text.</p></body>");
    assertEquals("2022-01-21", f.when());
    assertEquals("time", f.basis());
  }

  @Test
  void printedDateInADateBoxWinsOverGenericDateMeta() {
    PublicationDateFinder.Found f =
        find("<head><meta name='date' content='2020-02-12'></head><body><h1>Supply chains</h1>"
            + "<div class='news-single-timedata'>05.02.2020 - Editor</div><p>Text.</p></body>");
    assertEquals("2020-02-05", f.when());
  }

  @Test
  void dateBoxInAnAsideNamedForDatesCounts() {
    PublicationDateFinder.Found f =
        find("<body><aside class='sidebar'><time datetime='2022-01-26'>26.01.2022</time></aside>"
            + "<article><h1>Ski</h1><aside class='meta' role='complementary'><p class='meta__content'>"
            + "<time datetime='2022-01-21'>21.01.2022</time></p></aside><p>Text.</p></article></body>");
    assertEquals("2022-01-21", f.when());
  }

  @Test
  void todaysDateInTheSiteMastheadIsIgnored() {
    PublicationDateFinder.Found f =
        find("<body><header><a href='/'>Radio</a><span class='site-date'>Wednesday, 26.02.2020</span>"
            + "<form action='/search'><input name='q'></form></header>"
            + "<article><h1>Deck chairs</h1><p class='article-date'>01.05.2017</p><p>Text.</p></article></body>");
    assertEquals("2017-05-01", f.when());
  }

  @Test
  void clockInTheVisibleTextIsIgnored() {
    PublicationDateFinder.Found f =
        find("<body><div id='top'><span id='uhr'>Freitag, 9. Juni 2023</span></div>"
            + "<div><h1>Harbour reopens</h1><p>Reopened 2. Juni 2023 after repairs.</p></div></body>");
    assertEquals("2023-06-02", f.when());
  }

  @Test
  void todaysDateBoxIsNotTheArticlesDateBox() {
    PublicationDateFinder.Found f =
        find("<body><div class='today-date'>June 9, 2023</div>"
            + "<h1>Harbour reopens</h1><div class='post-date'>June 2, 2023</div><p>Text.</p></body>");
    assertEquals("2023-06-02", f.when());
  }

  @Test
  void lastChangedDateOfAPageWithoutAPublishedDateBeatsADateInItsProse() {
    PublicationDateFinder.Found f =
        find("<body><h1>Harbour law</h1><p>Since 4 May 2014 the harbour law has applied to all boats.</p>"
            + "<p>Last edit: 30.12.2016</p></body>");
    assertEquals("2016-12-30", f.when());
  }

  @Test
  void lastChangedDateOnTheTopDateLineIsNotAFootLine() {
    PublicationDateFinder.Found f =
        find("<body><h1>Harbour law</h1><p>05.03.2020 | Aktualisiert: 06.03.2020</p><p>Der Stadtrat hat am Montag "
            + "beschlossen.</p></body>");
    assertEquals("2020-03-05", f.when());
  }

  @Test
  void updatedDateRightAfterTheFirstDateIsNotAFootLine() {
    PublicationDateFinder.Found f =
        find("<body><p>March 5, 2020 Updated 03/09/2020 The council voted on Monday to close the old pier.</p></body>");
    assertEquals("2020-03-05", f.when());
  }

  @Test
  void sectionNamedTodayHoldingTheArticleIsNotAClock() {
    PublicationDateFinder.Found f =
        find("<body><div class='section today'><h1>Harbour reopens</h1><p>June 2, 2023. The harbour reopened after "
            + "repairs.</p></div></body>");
    assertEquals("2023-06-02", f.when());
  }

  @Test
  void smallTodayBoxInTheVisibleTextIsIgnored() {
    PublicationDateFinder.Found f =
        find("<body><div><span class='heute'>Freitag, 9. Juni 2023</span></div>"
            + "<div><h1>Harbour reopens</h1><p>Reopened 2. Juni 2023 after repairs.</p></div></body>");
    assertEquals("2023-06-02", f.when());
  }

  @Test
  void publishedDateStillBeatsALastChangedDate() {
    PublicationDateFinder.Found f =
        find("<body><h1>Harbour law</h1><p>Since 4 May 2014 the harbour law has applied to all boats.</p>"
            + "<p>Last edit: 30.12.2016. Published on 02.06.2015</p></body>");
    assertEquals("2015-06-02", f.when());
  }

  @Test
  void printedDateThatAMetaTagDeclaresBeatsADisagreeingJsonLdDate() {
    PublicationDateFinder.Found f =
        find("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
            + "\"2023-03-01T08:00:00+01:00\"}</script>"
            + "<meta property='article:published_time' content='2023-03-09T10:00:00+01:00'></head>"
            + "<body><h1>Ferry timetable</h1><div class='article-date'>09.03.2023</div><p>Text.</p></body>");
    assertEquals("2023-03-09T10:00:00+01:00", f.when());
  }

  @Test
  void printedDateADayAfterALocalMetaDateWinsWhenDeclared() {
    PublicationDateFinder.Found f =
        find("<head><meta property='article:published_time' content='2023-03-08T10:00:00+01:00'>"
            + "<meta property='article:modified_time' content='2023-03-09T09:00:00+01:00'></head>"
            + "<body><h1>Ferry timetable</h1><div class='article-date'>09.03.2023</div><p>Text.</p></body>");
    assertEquals("2023-03-09T09:00:00+01:00", f.when());
  }

  @Test
  void printedDateADayAfterAUtcDateIsLeftToTheClockRule() {
    PublicationDateFinder.Found f =
        find("<head><meta property='article:published_time' content='2023-03-08T10:00:00Z'>"
            + "<meta property='article:modified_time' content='2023-03-09T09:00:00Z'></head>"
            + "<body><h1>Ferry timetable</h1><div class='article-date'>09.03.2023</div><p>Text.</p></body>");
    assertEquals("2023-03-08T10:00:00Z", f.when());
  }

  @Test
  void printedDateThatNothingDeclaresLeavesTheJsonLdDate() {
    PublicationDateFinder.Found f =
        find("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
            + "\"2023-03-01T08:00:00+01:00\"}</script></head>"
            + "<body><h1>Ferry timetable</h1><div class='article-date'>09.03.2023</div><p>Text.</p></body>");
    assertEquals("2023-03-01T08:00:00+01:00", f.when());
  }

  @Test
  void printedDateOfATeaserWithMicrodataLeavesTheMetaDate() {
    PublicationDateFinder.Found f =
        find("<head><meta property='article:published_time' content='2023-03-01'></head>"
            + "<body><h1>Ferry timetable</h1><p>Text.</p><div class='more'><small class='list-date'>09.03.2023"
            + "<meta itemprop='datePublished' content='2023-03-09'></small></div></body>");
    assertEquals("2023-03-01", f.when());
  }

  @Test
  void layoutClassesOnBodyDoNotHideTheDateBox() {
    PublicationDateFinder.Found f =
        find("<body class='one-sidebar sidebar-second'><div id='main'><h1>Fair coins</h1>"
            + "<p>Some members travel there on 26.8.2017.</p>"
            + "<div class='submitted'>Saved by rasos on 24. Juli 2017 - 18:55</div></div></body>");
    assertEquals("2017-07-24", f.when());
  }

  @Test
  void publishedLabelWinsOverAnEarlierLastChangedDate() {
    PublicationDateFinder.Found f =
        find("<body><h1>Review</h1><p>Long review text.</p>"
            + "<p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p></body>");
    assertEquals("2023-11-01", f.when());
  }

  @Test
  void wallClockTimeInAScriptGivesTheLocalDayOfAUtcTime() {
    PublicationDateFinder.Found f =
        find("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2020-12-05T23:15:0Z\"}</script>"
            + "<script>page.article.publication_date = '2020-12-06 00:15';</script></head><body><p>Text.</p></body>");
    assertEquals("2020-12-06T00:15:00", f.when());
    assertEquals("json-ld", f.basis());
  }

  @Test
  void printedNextDayDoesNotMoveAUtcTimeNearNoon() {
    PublicationDateFinder.Found f =
        find("<head><meta property='article:published_time' content='2020-02-18T12:53:40+00:00'></head><body>"
            + "<h1>Parity</h1><div class='post-meta-date'><span>19/02/2020</span></div><p>Text.</p></body>");
    assertEquals("2020-02-18", f.when().substring(0, 10));
  }

  @Test
  void printedPreviousDayMovesAUtcTimeNearMidnight() {
    PublicationDateFinder.Found f =
        find("<head><meta property='article:published_time' content='2021-11-04T23:00Z'></head><body>"
            + "<h1>Elections</h1><span class='metadata-date'>5. November 2021</span><p>Text.</p></body>");
    assertEquals("2021-11-05", f.when());
  }

  @Test
  void datesInTheHeadlineAreLeftOutOfTheDateBox() {
    PublicationDateFinder.Found f =
        find("<body><div class='post_meta_wrapper'><h1>Results, Aalen, 19.5.2007</h1>"
            + "<p class='post-meta'>by Marc | <span class='published'>20. Mai 2007</span></p></div>"
            + "<p>Held on 19.05.2007.</p></body>");
    assertEquals("2007-05-20", f.when());
  }

  @Test
  void timeInAnEmbeddedPostDoesNotDateTheArticle() {
    PublicationDateFinder.Found f =
        find("<body><article><h1>Influencers</h1><div class='PublishDate'>Tuesday, 29. Januar 2019</div>"
            + "<blockquote class='instagram-media'><p>A post by someone on "
            + "<time datetime='2018-03-12T19:30:12+00:00'>Mar 12, 2018</time></p></blockquote></article></body>");
    assertEquals("2019-01-29", f.when());
  }

  @Test
  void twoDigitYearInADateBoxDatesTheArticle() {
    PublicationDateFinder.Found f =
        find("<body><h1>Growth</h1><span class='post-created'> 28.01.22</span> / <span>0 comments</span>"
            + "<p>Text with version 1.2.3 and a score of 3.1.</p></body>");
    assertEquals("2022-01-28", f.when());
  }

  @Test
  void twoDigitYearOutsideADateBoxIsNotADate() {
    PublicationDateFinder.Found f = find("<body><h1>Growth</h1><p>Release 28.01.22 is out.</p></body>");
    assertEquals("none", f.basis());
  }

  @Test
  void rdfaDateCreatedOnASpanDatesTheArticle() {
    PublicationDateFinder.Found f =
        find("<body><h1>Growth</h1><span property='schema:dateCreated' content='2022-01-28T12:45:46+01:00'></span>"
            + "<p>On 3 March 2021 the market fell.</p></body>");
    assertEquals("2022-01-28T12:45:46+01:00", f.when());
  }

  @Test
  void rdfaDateInASidebarIsIgnored() {
    PublicationDateFinder.Found f =
        find("<body><div class='sidebar'><span property='dc:created' content='2019-05-01'></span></div>"
            + "<h1>Growth</h1><div class='byline'>3 March 2021</div></body>");
    assertEquals("2021-03-03", f.when());
  }

  @Test
  void earliestAbbrUtimeDatesAFeed() {
    PublicationDateFinder.Found f =
        find("<body><div><abbr title='Sunday' data-utime='1507453920'>Sun</abbr><p>Later post.</p></div>"
            + "<div><abbr title='Friday' data-utime='1507287600'>Fri</abbr><p>First post.</p></div></body>");
    assertEquals("2017-10-06", f.when().substring(0, 10));
  }

  @Test
  void abbrPublishedTitleDatesTheArticle() {
    PublicationDateFinder.Found f =
        find("<body><h1>Hydrangeas</h1><p>Posted <abbr class='published' title='May 6, 2019'>last spring</abbr>."
            + "</p><p>Cut them on 1 June 2020.</p></body>");
    assertEquals("2019-05-06", f.when());
  }

  @Test
  void tooltipOfARelativeDateInADateBoxDatesTheArticle() {
    PublicationDateFinder.Found f =
        find("<body><h1>Storm</h1><div class='news-time-ago' title='2020-09-20T14:20:02Z'>3 hours ago</div>"
            + "<p>Expected on 1 October 2020.</p></body>");
    assertEquals("2020-09-20T14:20:02Z", f.when());
  }

  @Test
  void firstDateAtTheTopWinsOverAPublishedWordInTheBody() {
    PublicationDateFinder.Found f =
        find("<body><h1>Rivers</h1><p>March 5, 2019 – The council cited a study published on June 2, 2011, on flood"
            + " risk.</p></body>");
    assertEquals("2019-03-05", f.when());
  }

  @Test
  void publishedWordAfterALastChangedDateInTheFooterWinsOverIt() {
    PublicationDateFinder.Found f =
        find("<body><h1>Review</h1>" + "<p>A long review without dates in it.</p>".repeat(100)
            + "<div class='rez_footer'><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>"
            + "</div></body>");
    assertEquals("2023-11-01", f.when());
  }

  @Test
  void publishedWordWinsAfterAWrittenOutLastChangedDate() {
    PublicationDateFinder.Found f =
        find("<body><h1>Review</h1><p>Letzte Änderung: 31. Oktober 2023</p><p>Erschienen am: 1. November 2023</p>"
            + "</body>");
    assertEquals("2023-11-01", f.when());
  }

  @Test
  void lastChangedDateWithAnyEndingOfTheWordIsLeftOutOfTheTop() {
    PublicationDateFinder.Found f =
        find("<body><h1>Bilancio</h1><p>Aggiornata il 02.11.2023</p><p>01.11.2023 – Il consiglio ha votato.</p>"
            + "</body>");
    assertEquals("2023-11-01", f.when());
  }

  @Test
  void logoHeadlineWithoutTextDoesNotHideTheDateOfItsBox() {
    PublicationDateFinder.Found f =
        find("<head><meta name='date' content='2020-02-12'></head><body><div class='post-meta'><h1><a href='/'>"
            + "<img src='logo.png'></a></h1><span>05.02.2020</span></div><h2>Supply chains</h2><p>Text.</p></body>");
    assertEquals("2020-02-05", f.when());
  }

  @Test
  void headlineInsideADateBoxIsLeftOutOfItsText() {
    PublicationDateFinder.Found f =
        find("<body><div class='entry-meta'><h1>Results of 19.5.2007</h1><span>Posted 21.05.2007</span></div>"
            + "<p>Text.</p></body>");
    assertEquals("2007-05-21", f.when());
  }
}
