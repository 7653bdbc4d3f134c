package dev.quotebeam.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** General English stance patterns: negated opposition, negated comparatives and opinions, deliberation, anaphora. */
class StancePatternsTest {
  private static final StanceTarget LEVY =
      new StanceTarget("ferry-levy", "Ferry levy", "", List.of("ferry levy", "levy"), List.of(), List.of(), List.of());

  private final StanceScorer scorer = new StanceScorer(List.of(LEVY));

  private StatementStance score(String text) {
    Article article =
        Article.builder()
            .setArticleId("a1")
            .setInputPath("in/a1.html")
            .setTitle("Island council debates ferry levy")
            .setParagraphs(List.of(text))
            .setPublishedAt("2024-03-01T00:00:00Z")
            .build();
    Statement s =
        TestStatements.direct(text)
            .setStatementDate("2024-02-28")
            .setActorId("p-1")
            .build();
    List<StatementStance> out = scorer.score(article, List.of(s));
    assertEquals(1, out.size(), () -> "expected one stance, got " + out);
    return out.get(0);
  }

  private void assertStance(String expected, String text) {
    StatementStance s = score(text);
    assertEquals(expected, s.getStance(), () -> text + " -> " + s.getScore() + " " + s.getCues());
  }

  @Test
  void noIntentionOfDroppingSupports() {
    assertStance(StatementStance.SUPPORT, "The harbourmaster has no intention of dropping the ferry levy");
  }

  @Test
  void willNotAbandonSupports() {
    assertStance(StatementStance.SUPPORT, "We will not abandon the levy now, whatever the shipping lines say.");
  }

  @Test
  void refusedToScrapSupports() {
    assertStance(StatementStance.SUPPORT, "the committee refused to scrap the ferry levy last week");
  }

  @Test
  void noGoodReasonToScrapStillSupports() {
    assertStance(StatementStance.SUPPORT, "There is no good reason to scrap the ferry levy.");
  }

  @Test
  void noFairerSchemeThanSupports() {
    assertStance(StatementStance.SUPPORT, "Nobody has found a fairer scheme for the islands than this levy.");
  }

  @Test
  void nothingWorseThanOpposes() {
    assertStance(StatementStance.OPPOSE, "Nothing could be worse for the fishing fleet than the ferry levy.");
  }

  @Test
  void negatedDoubtIsNoNegation() {
    assertStance(StatementStance.SUPPORT, "Without a doubt the ferry levy is the best option we have.");
  }

  @Test
  void nothingFairAboutOpposes() {
    assertStance(StatementStance.OPPOSE, "There is nothing fair about a ferry levy that doubles the fare.");
  }

  @Test
  void notABadIdeaSupports() {
    assertStance(StatementStance.SUPPORT, "Frankly it is not a bad idea to keep the ferry levy.");
  }

  @Test
  void deliberationIsNeutral() {
    assertStance(StatementStance.NEUTRAL, "Our group will study the ferry levy carefully before the vote.");
  }

  @Test
  void conditionalSupportIsNeutral() {
    assertStance(StatementStance.NEUTRAL, "I will back the ferry levy if fares for residents stay low.");
  }

  @Test
  void pronounAfterTheTermCarriesItsCue() {
    assertStance(StatementStance.OPPOSE, "The ferry levy would punish commuters, and I will not vote for it.");
  }

  @Test
  void wantedItScrappedOpposes() {
    assertStance(StatementStance.OPPOSE, "she wants the ferry levy scrapped before the summer");
  }

  @Test
  void negatedEvaluationAfterTheTermFlips() {
    assertStance(StatementStance.OPPOSE, "The ferry levy is not the right answer for these islands.");
  }

  @Test
  void bareNeedSupports() {
    assertStance(StatementStance.SUPPORT, "The islands need the ferry levy.");
  }

  @Test
  void possessiveHolderIsAReportedPosition() {
    assertStance(StatementStance.NEUTRAL, "Halvorsen's support for the ferry levy will fade by spring.");
  }

  @Test
  void negativeWordUndoneByItsVerbIsGood() {
    assertStance(StatementStance.SUPPORT, "the ferry levy would ease the worst congestion at the pier");
  }

  @Test
  void verbsOfDoingAwayWithOppose() {
    assertStance(StatementStance.OPPOSE, "We will abolish the ferry levy next spring.");
    assertStance(StatementStance.OPPOSE, "It is time to give up on the levy.");
    assertStance(StatementStance.OPPOSE, "The island can do without the levy.");
  }

  @Test
  void negatedDoingAwayWithSupports() {
    assertStance(StatementStance.SUPPORT, "We have no intention of eliminating the ferry levy.");
  }

  @Test
  void goodEffectOfTheTargetSupports() {
    assertStance(StatementStance.SUPPORT, "The ferry levy would bring thousands of day visitors to the harbour.");
    assertStance(StatementStance.SUPPORT, "Mayor Lund said the levy will create two hundred jobs on the islands.");
  }

  @Test
  void badEffectOfTheTargetOpposes() {
    assertStance(StatementStance.OPPOSE, "The ferry levy would break every promise the council made to islanders.");
    assertStance(StatementStance.OPPOSE, "She said the levy could cost jobs in every fishing village.");
  }

  @Test
  void goodEffectOnABadObjectOpposes() {
    assertStance(StatementStance.OPPOSE, "The ferry levy would bring chaos to the pier every summer.");
  }

  @Test
  void reversedBadObjectStaysGood() {
    assertStance(StatementStance.SUPPORT, "The ferry levy would bring an end to the chaos at the pier.");
  }

  @Test
  void negatedGoodEffectOpposes() {
    assertStance(StatementStance.OPPOSE, "The ferry levy would not create a single job.");
    assertStance(StatementStance.OPPOSE, "The ferry levy will create no jobs at all.");
  }

  @Test
  void negatedBeliefInAGoodEffectOpposes() {
    assertStance(StatementStance.OPPOSE, "I do not believe the ferry levy will protect the winter service.");
  }

  @Test
  void relativeClauseCarriesTheEffect() {
    assertStance(StatementStance.SUPPORT, "We have the ferry levy, which will save the winter crossings.");
  }

  @Test
  void effectVerbWithoutAnAuxiliaryIsNoConsequence() {
    assertStance(StatementStance.NEUTRAL, "The ferry levy costs were published on Monday.");
  }

  @Test
  void effectOfSomethingAboutTheTargetIsNoConsequence() {
    assertStance(StatementStance.NEUTRAL, "The row over the ferry levy has cost the harbour board a whole season.");
  }

  @Test
  void negatorInARelativeClauseOfTheObjectKeepsTheEffect() {
    assertStance(StatementStance.OPPOSE, "The ferry levy would hurt islanders who have no other way to the mainland.");
  }

  @Test
  void badLifeWithoutTheTermSupports() {
    assertStance(StatementStance.SUPPORT, "The island would be a poor and lonely place without the ferry levy.");
  }

  @Test
  void betterLifeWithoutTheTermOpposes() {
    assertStance(StatementStance.OPPOSE, "Everyone here would be better off without the levy.");
  }

  @Test
  void bareWithoutTakesNoSide() {
    assertStance(StatementStance.NEUTRAL, "The council met on Tuesday without the levy on its agenda.");
  }

  @Test
  void mistakeToScrapSupports() {
    assertStance(StatementStance.SUPPORT, "It would be a terrible mistake to scrap the ferry levy.");
  }

  @Test
  void goodToScrapStillOpposes() {
    assertStance(StatementStance.OPPOSE, "It would be good to scrap the ferry levy.");
  }

  @Test
  void notOnlyIsNoNegation() {
    assertStance(StatementStance.SUPPORT, "The levy is not only fair, it is overdue.");
  }

  @Test
  void futureAuxiliaryFarFromTheTermIsNoSupport() {
    assertStance(StatementStance.NEUTRAL, "Some will say the ferry levy came from the mainland.");
  }

  @Test
  void takingAwayOpposes() {
    assertStance(StatementStance.OPPOSE, "The new mayor plans to take away the ferry levy.");
  }

  @Test
  void verbOfProtectingSupports() {
    assertStance(StatementStance.SUPPORT, "Islanders have every reason to protect the levy from cuts.");
  }

  @Test
  void keepingOnDoingSomethingIsNoSupport() {
    String text = "Commuters keep complaining about the levy.";
    StatementStance s = score(text);
    assertNotEquals(StatementStance.SUPPORT, s.getStance(), () -> text + " -> " + s.getScore() + " " + s.getCues());
  }

  @Test
  void verbOfLesseningOpposes() {
    assertStance(StatementStance.OPPOSE, "Our aim this winter is to reduce the levy for families.");
  }

  @Test
  void pastObligationIsNoSupport() {
    assertStance(StatementStance.NEUTRAL, "Last winter I had to pay the ferry levy twice.");
  }
}
