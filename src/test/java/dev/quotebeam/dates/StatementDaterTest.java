package dev.quotebeam.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementDaterTest {
  private final StatementDater dater = StatementDater.withDefaults();

  private static Article article(String publishedAt, String fetchedAt) {
    return Article.builder()
        .setArticleId("a1")
        .setInputPath("in/a1.html")
        .setParagraphs(List.of("Body."))
        .setPublishedAt(publishedAt)
        .setFetchedAt(fetchedAt)
        .build();
  }

  private static final Article SEED = article("2020-01-07T10:00:00Z", null);

  private static Statement statement(String text, String cue, String context) {
    return Statement.builder()
        .setStatementId("s1")
        .setArticleId("a1")
        .setKind(Statement.DIRECT)
        .setText(text)
        .setCue(cue)
        .setParagraph(0)
        .setCharStart(0)
        .setCharEnd(text.length())
        .setContext(context)
        .build();
  }

  private Statement dateOne(Article article, Statement s) {
    return dater.date(article, List.of(s)).get(0);
  }

  @Test
  void splitQuoteIsDatedByTheTimeInItsAttribution() {
    Statement s = dateOne(SEED, statement("We are ready … We will not wait for the council.", "said",
        "“We are ready,” she said on Monday. “We will not wait for the council.”"));
    assertEquals("2020-01-06", s.getStatementDate());
    assertEquals("on Monday", s.getDateText());
  }

  @Test
  void signedPostIsDatedByTheDateAfterItsHandle() {
    Statement s = dateOne(SEED, statement("No one should be above the law.", "—",
        "No one should be above the law. pic.twitter.com/Oq — Paul Ryan (@SpeakerRyan) January 5, 2020"));
    assertEquals("2020-01-05", s.getStatementDate());
    assertEquals("January 5, 2020", s.getDateText());
  }

  @Test
  void timeInsideAJoinedPartialQuoteDoesNotDateIt() {
    Statement s = dateOne(SEED, statement("the vote on Wednesday would be “a sham,” … “and a disgrace.”", "warned",
        "Roe warned that the vote on Wednesday would be “a sham,” she said, “and a disgrace.”"));
    assertEquals("published", s.getDateBasis());
  }

  @Test
  void weekdayInAttributionFrameDatesTheQuote() {
    Statement s =
        dateOne(
            SEED,
            statement(
                "There’s been no decision to leave Iraq. Period,",
                "told reporters",
                "“There’s been no decision to leave Iraq. Period,” Secretary Mark Esper told reporters at the"
                    + " Pentagon on Monday, in what appears to have been an off-camera briefing."));
    assertEquals("2020-01-06", s.getStatementDate());
    assertEquals("weekday", s.getDateBasis());
    assertEquals("on Monday", s.getDateText());
  }

  @Test
  void bareWeekdayAfterSpeechVerbDatesTheQuote() {
    String quote = "We’re not leaving unless they pay us back for it";
    Statement s =
        dateOne(SEED, statement(quote, "said", "“" + quote + "”, Trump said Sunday, while traveling back to DC."));
    assertEquals("2020-01-05", s.getStatementDate());
    assertEquals("Sunday", s.getDateText());
  }

  @Test
  void reportedSpeechTakesTheDateOfItsFrame() {
    String clause = "the US will not leave until the Iraqis “pay us back” for an airbase";
    Statement s =
        dateOne(
            SEED,
            statement(
                clause,
                "saying",
                "The US President Donald Trump rejected the withdrawal on Sunday, threatening Iraq with sanctions"
                    + " and saying " + clause + "."));
    assertEquals("2020-01-05", s.getStatementDate());
    assertEquals("on Sunday", s.getDateText());
  }

  @Test
  void dateInsideTheQuoteDoesNotDateTheStatement() {
    String quote = "On Friday we will decide, and we left on Jan. 2";
    Statement s = dateOne(SEED, statement(quote, "said", "“" + quote + ",” the minister said."));
    assertEquals("2020-01-07", s.getStatementDate());
    assertEquals("published", s.getDateBasis());
    assertNull(s.getDateText());
  }

  @Test
  void expressionNearestTheCueWins() {
    String quote = "It is over";
    Statement s =
        dateOne(
            SEED,
            statement(
                quote,
                "said",
                "After the vote on Jan. 2, the minister said on Sunday: “" + quote + ".”"));
    assertEquals("2020-01-05", s.getStatementDate());
  }

  @Test
  void futureExpressionDoesNotDateAPastStatement() {
    Statement s =
        dateOne(SEED, statement("talks are off", "said", "The envoy, who will travel on Friday, said talks are off."));
    assertEquals("published", s.getDateBasis());
  }

  @Test
  void coarseExpressionLeavesThePublicationDate() {
    Statement s = dateOne(SEED, statement("it is over", "said", "Last week the minister said it is over."));
    assertEquals("2020-01-07", s.getStatementDate());
    assertEquals("published", s.getDateBasis());
  }

  @Test
  void relativeExpressionIsRecordedAsRelative() {
    Statement s = dateOne(SEED, statement("it is over", "said", "The minister said yesterday it is over."));
    assertEquals("2020-01-06", s.getStatementDate());
    assertEquals("relative", s.getDateBasis());
  }

  @Test
  void fetchDateIsTheFallbackWithoutPublicationDate() {
    Statement s = dateOne(article(null, "2021-03-04T05:06:07Z"), statement("it is over", "said", "He said it is over."));
    assertEquals("2021-03-04", s.getStatementDate());
    assertEquals("fetched", s.getDateBasis());
  }

  @Test
  void explicitDateWorksWithoutAnyReference() {
    Statement s = dateOne(article(null, null), statement("it is over", "said", "He said on March 3, 2019 it is over."));
    assertEquals("2019-03-03", s.getStatementDate());
    assertEquals("explicit", s.getDateBasis());
  }

  @Test
  void noDateAnywhereGivesNone() {
    Statement s = dateOne(article(null, null), statement("it is over", "said", "He said on Monday it is over."));
    assertNull(s.getStatementDate());
    assertEquals("none", s.getDateBasis());
  }

  @Test
  void dateOfAnEventInALeadingClauseDoesNotDateTheStatement() {
    Statement s =
        dateOne(SEED, statement("the result was fair", "said", "After the vote on Monday, the minister said the result was fair."));
    assertEquals("published", s.getDateBasis());
  }

  @Test
  void dateInARelativeClauseAboutTheSpeakerDoesNotDateTheStatement() {
    Statement s =
        dateOne(SEED, statement("talks are off", "said", "The envoy, who resigned on Monday, said talks are off."));
    assertEquals("published", s.getDateBasis());
  }

  @Test
  void dateInAnotherSentenceDoesNotDateTheStatement() {
    Statement s =
        dateOne(
            SEED,
            statement("the result was fair", "said", "The vote was held on Monday. The minister said the result was fair."));
    assertEquals("published", s.getDateBasis());
  }

  @Test
  void sentenceOpeningDateDatesTheStatement() {
    Statement s =
        dateOne(SEED, statement("the war was over", "said", "On Monday, Gen. Ruiz said the war was over."));
    assertEquals("2020-01-06", s.getStatementDate());
    assertEquals("weekday", s.getDateBasis());
  }

  @Test
  void dateAfterThatBelongsToTheReportedEvent() {
    Statement s =
        dateOne(SEED, statement("it was fair", "said", "The minister said that the vote on Monday was fair."));
    assertEquals("published", s.getDateBasis());
  }

  @Test
  void dateBetweenCueAndQuoteDatesTheStatement() {
    Statement s = dateOne(SEED, statement("We won", "said", "The mayor said on Jan. 3: “We won.”"));
    assertEquals("2020-01-03", s.getStatementDate());
    assertEquals("explicit", s.getDateBasis());
  }

  @Test
  void timeAfterTheInvertedSpeakersAppositiveDatesTheStatement() {
    Statement s =
        dateOne(SEED, statement("We won", "said", "“We won,” said Ada Roe, president of the ferry union, on Jan. 3."));
    assertEquals("2020-01-03", s.getStatementDate());
    assertEquals("explicit", s.getDateBasis());
  }

  @Test
  void timeAfterTwoCommaClausesAfterTheCueDoesNotDateTheStatement() {
    Statement s =
        dateOne(SEED, statement("We won", "said", "“We won,” said Ada Roe, who chairs the union, before the vote on Jan. 3."));
    assertEquals("published", s.getDateBasis());
  }

  @Test
  void megabyteContextWithUnpairedQuotesCompletes() {
    String context = "“on Monday he said “yes ".repeat(40_000);
    // A hang guard against catastrophic backtracking (hours, not seconds); speed is measured by benchmark.sh.
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> dateOne(SEED, statement("yes", "said", context)));
  }

  @Test
  void publishedAtIsCopiedOntoTheStatement() {
    Statement s = dateOne(SEED, statement("it is over", "said", "He said it is over."));
    assertEquals("2020-01-07T10:00:00Z", s.getPublishedAt());
  }
}
