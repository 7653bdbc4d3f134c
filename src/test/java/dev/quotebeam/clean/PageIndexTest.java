package dev.quotebeam.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageIndexTest {
  private static PageIndex index(String html) {
    return PageIndex.of(Jsoup.parse(html));
  }

  @Test
  void metaIsFiledUnderEveryPropertyToken() {
    PageIndex page = index("<head><meta property='x:title dc:title' content=' Harbour plan '></head>");
    assertEquals("Harbour plan", page.first("dc:title"));
  }

  @Test
  void propertyValueComesBeforeNameValueOfTheSameKey() {
    PageIndex page = index("<head><meta name=og:title content=Named><meta property=og:title content=Property></head>");
    assertEquals(List.of("Property", "Named"), page.all("og:title"));
  }

  @Test
  void metaWithoutContentIsNotFiled() {
    assertNull(index("<head><meta property=og:title content='  '></head>").first("og:title"));
  }

  @Test
  void authorClassInTheHeadIsNotABodyAuthor() {
    PageIndex page = index("<head><link rel=author href=/about></head><body><p class='post byline'>Ann Lee</p></body>");
    assertEquals(List.of("Ann Lee"), page.authors().stream().map(e -> e.text()).toList());
  }

  @Test
  void itempropListHoldingAuthorMarksAnAuthor() {
    PageIndex page = index("<body><p itemprop='author creator'>Ann Lee</p><p itemprop=authority>Port office</p></body>");
    assertEquals(List.of("Ann Lee"), page.authors().stream().map(e -> e.text()).toList());
  }

  @Test
  void classContainingBylineMarksAnAuthor() {
    PageIndex page = index("<body><span class=pb-byline>By Ann Lee</span><div class=authority>Port office</div></body>");
    assertEquals(List.of("By Ann Lee"), page.authors().stream().map(e -> e.text()).toList());
  }

  @Test
  void dateAttributesHoldMarkedBodyElementsOnly() {
    PageIndex page =
        index("<head><meta property='dc:created' content='2019-01-01'></head><body>"
            + "<span property='schema:dateCreated' content='2022-01-28'>a</span><span class='date'>b</span>"
            + "<abbr class='date-published' title='May 6, 2019'>c</abbr><abbr title='Sunday'>d</abbr>"
            + "<abbr data-utime='1507453920'>e</abbr></body>");
    assertEquals(List.of("a", "c", "e"), page.dateAttributes().stream().map(e -> e.text()).toList());
  }

  @Test
  void headingAncestorsAreTheBlocksAboveEveryHeadline() {
    PageIndex page = index("<body><div id=top><div id=box><h1>One</h1></div><p id=side>x</p></div>"
        + "<section id=other><h1>Two</h1></section></body>");
    List<String> ids = page.headingAncestors().stream().map(e -> e.id().isEmpty() ? e.normalName() : e.id())
        .sorted().toList();
    assertEquals(List.of("#root", "body", "box", "html", "other", "top"), ids);
  }
}
