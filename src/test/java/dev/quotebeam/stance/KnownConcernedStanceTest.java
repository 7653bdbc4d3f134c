package dev.quotebeam.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownConcernedStanceTest {
  private static final StanceTarget TOLL =
      new StanceTarget("toll", "Bridge tolls", "", List.of("bridge", "tolls"), List.of(), List.of(), List.of());
  private static final StanceTarget CONCERN =
      new StanceTarget(
          "sea", "Sea level rise is a real concern", "", List.of("sea", "level", "rise"), List.of(), List.of(),
          List.of());
  private static final StanceTarget IMMIGRATION =
      new StanceTarget("imm", "immigration", "", List.of("immigration"), List.of(), List.of(), List.of());
  private static final StanceTarget COLLEGE =
      new StanceTarget("col", "free college", "", List.of("college"), List.of(), List.of(), List.of());

  private static final StanceTarget FAIR_FARES =
      new StanceTarget("fares", "fair ferry fares", "", List.of("ferry", "fares"), List.of(), List.of(), List.of());
  private static final StanceTarget FARE_GREED =
      new StanceTarget("greed", "ferry fare greed", "", List.of("ferry", "fare"), List.of(), List.of(), List.of());

  private static Statement statement(String text) {
    return TestStatements.direct(text).build();
  }

  private static List<StatementStance> score(StanceTarget target, boolean knownConcerned, String text) {
    Article a = Article.builder().setArticleId("a1").setInputPath("in").setParagraphs(List.of(text)).build();
    return new StanceScorer(List.of(target), StanceScorer.DEFAULT_THRESHOLD, knownConcerned)
        .score(a, List.of(statement(text)));
  }

  @Test
  void textThatNeverNamesTheTargetIsScoredFromItsOpinionWords() {
    String text = "What a disgrace. Commuters are being robbed, it is a scam.";
    assertEquals(List.of(), score(TOLL, false, text));
    List<StatementStance> out = score(TOLL, true, text);
    assertEquals(1, out.size());
    assertEquals(StatementStance.OPPOSE, out.get(0).getStance());
  }

  @Test
  void textWithoutOpinionStaysNeutral() {
    assertEquals(StatementStance.NEUTRAL, score(TOLL, true, "Heading downtown at noon.").get(0).getStance());
  }

  @Test
  void hashtagNamingTheTargetCarriesItsPrefixCue() {
    StatementStance s = score(TOLL, true, "Off to work again #StopTolls").get(0);
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertTrue(s.getCues().contains("term:tolls"), s.getCues()::toString);
  }

  @Test
  void negativeWordsAgreeWithATargetThatIsANegativeJudgement() {
    String text = "Coastal towns face a disaster.";
    assertEquals(StatementStance.SUPPORT, score(CONCERN, true, text).get(0).getStance());
    assertEquals(StatementStance.OPPOSE, score(TOLL, true, text).get(0).getStance());
  }

  @Test
  void wordSharingTheTargetWordsStemIsARelatedMention() {
    StatementStance s = score(COLLEGE, true, "Collegiate sport is a great benefit to this town.").get(0);
    assertEquals(StatementStance.SUPPORT, s.getStance());
    assertTrue(s.getCues().contains("related:collegiate"), s.getCues()::toString);
  }

  @Test
  void derivationalRelativeOfATermIsATermMention() {
    List<String> cues = score(IMMIGRATION, true, "Immigrants are a great benefit to this town.").get(0).getCues();
    assertTrue(cues.contains("term:immigrant"), cues::toString);
  }

  @Test
  void derivationalRelativesOfTermsAreTermsToo() {
    assertTrue(Inflections.related(List.of("legalization")).contains("legalize"));
    assertTrue(Inflections.related(List.of("immigration")).contains("immigrant"));
  }

  @Test
  void wordOutsideTheHandWrittenListsCountsByItsValence() {
    StatementStance s = score(TOLL, true, "Bridge tolls: delightful.").get(0);
    assertEquals(StatementStance.SUPPORT, s.getStance());
    assertTrue(s.getCues().contains("positive:delightful"), s.getCues()::toString);
  }

  @Test
  void praiseInATextThatNeverNamesTheTargetIsPraiseOfARival() {
    StatementStance s = score(TOLL, true, "Free ferries for commuters. Splendid.").get(0);
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertTrue(s.getCues().contains("rival:splendid"), s.getCues()::toString);
  }

  @Test
  void praiseOfTheNamedTargetStaysSupport() {
    assertEquals(StatementStance.SUPPORT, score(TOLL, true, "The bridge tolls are splendid.").get(0).getStance());
  }

  @Test
  void unnamedPraiseAgreesWithATargetThatIsANegativeJudgement() {
    String text = "Coastal towns are building splendid new walls.";
    assertEquals(StatementStance.SUPPORT, score(CONCERN, true, text).get(0).getStance());
  }

  @Test
  void questionNamingTheTargetLeansAgainstIt() {
    StatementStance s = score(TOLL, true, "Who will use these tolls?").get(0);
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertTrue(s.getCues().contains("question:tolls"), s.getCues()::toString);
  }

  @Test
  void statementNamingTheTargetIsNoQuestion() {
    StatementStance s = score(TOLL, true, "Commuters use these tolls daily.").get(0);
    assertEquals(StatementStance.NEUTRAL, s.getStance());
    assertTrue(s.getCues().stream().noneMatch(c -> c.startsWith("question:")), s.getCues()::toString);
  }

  @Test
  void undecidedTextNamingTheTargetLeansByItsWeakWords() {
    StatementStance up = score(TOLL, true, "The tolls went up on Monday. Okay.").get(0);
    assertEquals(StatementStance.SUPPORT, up.getStance());
    assertTrue(up.getCues().contains("leaning:+0.9"), up.getCues()::toString);
    assertEquals(StatementStance.OPPOSE, score(TOLL, true, "The tolls went up on Monday. Ugh.").get(0).getStance());
  }

  @Test
  void valencesThatCancelOutGiveNoLean() {
    StatementStance s = score(TOLL, true, "The tolls: pls, brisk, blocks.").get(0);
    assertEquals(StatementStance.NEUTRAL, s.getStance(), s.getCues()::toString);
    assertTrue(s.getCues().stream().noneMatch(c -> c.startsWith("leaning:")), s.getCues()::toString);
  }

  @Test
  void weakWordsDecideNothingOutsideKnownConcernedMode() {
    assertEquals(
        StatementStance.NEUTRAL, score(TOLL, false, "The tolls went up on Monday. Okay.").get(0).getStance());
  }

  @Test
  void undecidedTextThatNeverNamesTheTargetDoesNotLean() {
    assertEquals(StatementStance.NEUTRAL, score(TOLL, true, "Ferries ran on Monday. Okay.").get(0).getStance());
  }

  @Test
  void valenceLexiconGivesSignedStrengthAndZeroForUnlistedWords() {
    assertTrue(StanceLexicon.VALENCES.of("disaster") <= -2);
    assertTrue(StanceLexicon.VALENCES.of("splendid") >= 2);
    assertEquals(0.0, StanceLexicon.VALENCES.of("ferries"));
  }

  @Test
  void targetNamedAsPraiseLeansSupportWhereItIsNamed() {
    StatementStance s = score(FAIR_FARES, true, "Ferry fares came up at the council meeting.").get(0);
    assertEquals(StatementStance.SUPPORT, s.getStance(), s.getCues()::toString);
    assertTrue(s.getCues().contains("prior:positive"), s.getCues()::toString);
  }

  @Test
  void targetNamedAsBlameLeansOpposeWhereItIsNamed() {
    StatementStance s = score(FARE_GREED, true, "Ferry fares came up at the council meeting.").get(0);
    assertEquals(StatementStance.OPPOSE, s.getStance(), s.getCues()::toString);
    assertTrue(s.getCues().contains("prior:negative"), s.getCues()::toString);
  }

  @Test
  void labelPriorDoesNotOutweighAnOppositionCue() {
    String text = "We should scrap the ferry fares at once.";
    assertEquals(StatementStance.OPPOSE, score(FAIR_FARES, true, text).get(0).getStance());
  }

  @Test
  void labelPriorNeedsTheTargetNamed() {
    StatementStance s = score(FAIR_FARES, true, "Buses came up at the council meeting.").get(0);
    assertEquals(StatementStance.NEUTRAL, s.getStance(), s.getCues()::toString);
  }

  @Test
  void neutralLabelAndJudgementLabelGiveNoPrior() {
    String text = "Bridge tolls and sea level rise came up at the council meeting.";
    assertTrue(score(TOLL, true, text).get(0).getCues().stream().noneMatch(c -> c.startsWith("prior:")));
    assertTrue(score(CONCERN, true, text).get(0).getCues().stream().noneMatch(c -> c.startsWith("prior:")));
  }

  @Test
  void positiveJudgementLabelGivesNoPriorEither() {
    StanceTarget praise = new StanceTarget(
        "ferry", "The ferry is good for the island", "", List.of("ferry"), List.of(), List.of(), List.of());
    assertTrue(score(praise, true, "The ferry came up at the council meeting.").get(0).getCues().stream()
        .noneMatch(c -> c.startsWith("prior:")));
  }
}
