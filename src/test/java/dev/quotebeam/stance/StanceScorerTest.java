package dev.quotebeam.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceScorerTest {
  private static final StanceTarget WITHDRAWAL =
      new StanceTarget(
          "iraq-withdrawal",
          "US troop withdrawal from Iraq",
          "",
          List.of("withdrawal", "withdraw", "pullout", "pull out", "leave", "leaving", "move out", "troops"),
          List.of("Iraq"),
          List.of(),
          List.of());

  private static final Article SEED =
      article("The US military not withdrawing from Iraq at all", "Talks in Baghdad about Iraq went on.");

  private final StanceScorer scorer = new StanceScorer(List.of(WITHDRAWAL));

  private static Article article(String title, String text) {
    return Article.builder()
        .setArticleId("a1")
        .setInputPath("in/a1.html")
        .setTitle(title)
        .setParagraphs(List.of(text))
        .setPublishedAt("2020-01-07T00:00:00Z")
        .build();
  }

  private static Statement statement(String text, String context) {
    return TestStatements.direct(text)
        .setContext(context)
        .setStatementDate("2020-01-06")
        .setActorId("actor-1")
        .build();
  }

  private StatementStance only(StanceScorer s, Article a, String text, String context) {
    List<StatementStance> out = s.score(a, List.of(statement(text, context)));
    assertEquals(1, out.size(), () -> "expected one stance, got " + out);
    return out.get(0);
  }

  private StatementStance only(String text) {
    return only(scorer, SEED, text, text);
  }

  @Test
  void noDecisionToLeaveOpposes() {
    StatementStance s = only("There’s been no decision to leave Iraq. Period,");
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertEquals(List.of("negated:no decision", "term:leave"), s.getCues().subList(0, 2));
  }

  @Test
  void notLeavingUnlessTheyPayOpposes() {
    StatementStance s =
        only(
            "We have a very extraordinarily expensive airbase that’s there. It cost billions of dollars to build."
                + " Long before my time We’re not leaving unless they pay us back for it […] We will charge them"
                + " sanctions like they’ve never seen before ever. It’ll make Iranian sanctions look somewhat tame");
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertTrue(s.getCues().contains("conditional:unless"), s.getCues()::toString);
  }

  @Test
  void noPlansForThePullout() {
    assertEquals(StatementStance.OPPOSE, only("there were no plans for the US pullout").getStance());
  }

  @Test
  void rejectedTheWithdrawalOpposes() {
    StatementStance s =
        only(
            "The US President Donald Trump rejected the withdrawal on Sunday, threatening Iraq with sanctions and"
                + " saying the US will not leave until the Iraqis “pay us back” for an airbase");
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertTrue(s.getCues().contains("oppose-cue:reject"), s.getCues()::toString);
    assertTrue(s.getCues().contains("negated:will not"), s.getCues()::toString);
  }

  @Test
  void willNotLeaveOpposes() {
    assertEquals(
        StatementStance.OPPOSE,
        only("the US will not leave until the Iraqis “pay us back” for an airbase").getStance());
  }

  @Test
  void askingForeignTroopsToLeaveSupports() {
    StatementStance s =
        only(
            "On Sunday, the Iraqi parliament delivered a resolution asking the government to ask all foreign troops"
                + " – including the US-led coalition against Islamic State (IS, formerly ISIS) – to leave Iraqi soil.");
    assertEquals(StatementStance.SUPPORT, s.getStance());
    assertTrue(s.getCues().contains("support-cue:ask"), s.getCues()::toString);
  }

  @Test
  void preparingToMoveOutSupports() {
    StatementStance s =
        only(
            "US-led coalition in Iraq announced it was preparing to “move out” of the country out of respect for"
                + " Iraqi independence.");
    assertEquals(StatementStance.SUPPORT, s.getStance());
    assertTrue(s.getCues().contains("support-cue:prepare to"), s.getCues()::toString);
  }

  @Test
  void contractedNegationIsOpened() {
    StatementStance s = only("We won’t withdraw from the region this year under any circumstances.");
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertTrue(s.getCues().contains("negated:will not"), s.getCues()::toString);
  }

  @Test
  void inflectedTermMatches() {
    assertEquals(List.of("term:withdraw"), only(scorer, SEED, "They withdrew quietly in the night from the bases.", "").getCues());
  }

  @Test
  void leftIsNotReadAsLeave() {
    assertTrue(scorer.score(SEED, List.of(statement("He left the meeting early after the long talks ended.", ""))).isEmpty());
  }

  @Test
  void statementWithoutTermsDoesNotConcernTheTarget() {
    assertTrue(scorer.score(SEED, List.of(statement("The weather in the capital has been cold for weeks now.", ""))).isEmpty());
  }

  @Test
  void articleTermsScopeTheTarget() {
    Article elsewhere = article("Budget talks", "Lawmakers met in the capital.");
    assertTrue(scorer.score(elsewhere, List.of(statement("We are not leaving.", "We are not leaving."))).isEmpty());
  }

  @Test
  void pronounLadenTextIsScoredOnItsContext() {
    StatementStance s =
        only(scorer, SEED, "It was a mistake and it will be fixed", "He said the withdrawal letter was a mistake.");
    assertEquals(StatementStance.OPPOSE, s.getStance());
  }

  @Test
  void bareMentionIsNeutral() {
    StatementStance s = only("The withdrawal was discussed at length in the meeting of the committee today.");
    assertEquals(StatementStance.NEUTRAL, s.getStance());
  }

  @Test
  void shouldLeaveSupports() {
    assertEquals(StatementStance.SUPPORT, only("American troops should leave the country as soon as possible.").getStance());
  }

  @Test
  void calledForWithdrawalSupports() {
    assertEquals(StatementStance.SUPPORT, only("The senator has called for a withdrawal before the end of the year.").getStance());
  }

  @Test
  void withdrawalIsAMistakeOpposes() {
    StatementStance s = only("A hasty withdrawal would be a mistake, the general told the committee.");
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertTrue(s.getCues().contains("oppose-after:mistake"), s.getCues()::toString);
  }

  @Test
  void negatedOppositionLeansSupport() {
    assertEquals(StatementStance.SUPPORT, only("We did not oppose the withdrawal of the brigade this year.").getStance());
  }

  @Test
  void targetCuesAddEvidence() {
    StanceTarget t =
        new StanceTarget("w", "withdrawal", "", List.of("withdrawal"), List.of(), List.of("bring them home"), List.of("stay the course"));
    StanceScorer s = new StanceScorer(List.of(t));
    StatementStance st = only(s, SEED, "On the withdrawal, we must stay the course and finish the job there.", "");
    assertTrue(st.getCues().contains("target-oppose:stay the course"), st.getCues()::toString);
    assertEquals(StatementStance.OPPOSE, st.getStance());
  }

  @Test
  void scoreStaysWithinBounds() {
    StatementStance s =
        only("They rejected the withdrawal, opposed the pullout, condemned the withdrawal and blocked the pullout.");
    assertEquals(-1.0, s.getScore());
  }

  @Test
  void stanceCarriesStatementIdentityAndDate() {
    StatementStance s = only("There’s been no decision to leave Iraq.");
    assertEquals(List.of("s1", "actor-1", "iraq-withdrawal", "2020-01-06"),
        List.of(s.getStatementId(), s.getActorId(), s.getTarget(), s.getStatementDate()));
  }

  @Test
  void megabyteStatementCompletes() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("We will not leave unless they ask us, and no decision to withdraw was made, he said. ");
    }
    // A hang guard against catastrophic backtracking (hours, not seconds); speed is measured by benchmark.sh.
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> only(sb.toString()));
  }

  @Test
  void megabyteOfTermsWithoutSentenceEndsCompletes() {
    String text = "troops withdraw not good pullout ".repeat(30_000);
    // A hang guard against catastrophic backtracking (hours, not seconds); speed is measured by benchmark.sh.
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> only(text));
  }

  private static final StanceTarget FARE =
      new StanceTarget("fare", "Fare rise", "", List.of("fare rise"), List.of(), List.of("put my name to"), List.of());

  private final StanceScorer fares = new StanceScorer(List.of(FARE));

  private StatementStance fare(String text, String context) {
    return only(fares, SEED, text, context);
  }

  @Test
  void contextEstablishesConcernButNotPolarity() {
    StatementStance s =
        fare("its members would gain from quieter streets",
            "The guild was against the fare rise, but she argued that its members would gain from quieter streets.");
    assertEquals(List.of(StatementStance.NEUTRAL, "context:fare rise"), List.of(s.getStance(), s.getCues().get(0)));
  }

  @Test
  void pronounStandsForTheTargetItsContextNames() {
    StatementStance s = fare("we will scrap it", "The fare rise is a disgrace, and we will scrap it.");
    assertEquals(StatementStance.OPPOSE, s.getStance());
    assertTrue(s.getCues().contains("referent:it"), s.getCues()::toString);
  }

  @Test
  void targetCueOnAPronounCountsFromTheText() {
    assertEquals(StatementStance.SUPPORT, fare("I will put my name to it.", "We need the fare rise. I will put my name to it.").getStance());
  }

  @Test
  void thirdPartyNounPhraseReportsAPosition() {
    StatementStance s = fare("the Riverside Traders’ Association was against the fare rise because it feared losing trade", "");
    assertEquals(StatementStance.NEUTRAL, s.getStance());
    assertTrue(s.getCues().contains("reported-position"), s.getCues()::toString);
  }

  @Test
  void namedThirdPartyReportsAPosition() {
    assertEquals(StatementStance.NEUTRAL, fare("Okafor had backed the fare rise for the wrong reasons in May", "").getStance());
  }

  @Test
  void possessiveSubjectReportsAPosition() {
    assertEquals(StatementStance.NEUTRAL, fare("her members did not oppose the fare rise", "").getStance());
  }

  @Test
  void relativeClauseReportsAPosition() {
    assertEquals(StatementStance.NEUTRAL, fare("There are residents who oppose the fare rise.", "").getStance());
  }

  @Test
  void pronounSubjectInIndirectSpeechIsTheSpeaker() {
    assertEquals(StatementStance.SUPPORT, fare("she strongly supports the fare rise, which starts in June", "").getStance());
  }

  @Test
  void stillBackedKeepsTheSpeakersSupport() {
    assertEquals(StatementStance.SUPPORT, fare("he still backed the fare rise", "").getStance());
  }

  @Test
  void subjectlessClauseIsTheSpeakers() {
    assertEquals(StatementStance.OPPOSE, fare("vowed to vote against the fare rise", "").getStance());
  }

  @Test
  void thirdPartyAfterSpeechVerbReportsAPosition() {
    assertEquals(StatementStance.NEUTRAL, fare("Okafor said the council opposed the fare rise", "").getStance());
  }

  @Test
  void megabyteOfAttitudesWithoutClauseBreaksCompletes() {
    String text = "the members strongly oppose the fare rise and back ".repeat(20_000);
    // A hang guard against catastrophic backtracking (hours, not seconds); speed is measured by benchmark.sh.
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> fare(text, ""));
  }

  @Test
  void oppositionFiveWordsBeforeIsRead() {
    assertEquals(StatementStance.SUPPORT, fare("We are not opposed in principle to the fare rise", "").getStance());
  }

  @Test
  void ismTermMatchesItsIstForm() {
    StanceTarget t = new StanceTarget("f", "Federalism", "", List.of("federalism"), List.of(), List.of(), List.of());
    assertEquals(List.of("term:federalism"), only(new StanceScorer(List.of(t)), SEED, "Federalists met today.", "").getCues());
  }

  @Test
  void raisedNegationFlipsTheGovernedClause() {
    assertEquals(StatementStance.SUPPORT, fare("I do not believe the fare rise will hurt families.", "").getStance());
  }

  @Test
  void pronounReferentMayBeInThePrecedingSentence() {
    String before = "The council debated the fare rise on Monday. Not everyone agreed.\n\n";
    String quote = "This is a mistake for everyone who rides the early buses";
    Article a = article("Council votes", before + quote);
    Statement s =
        statement(quote, quote).toBuilder().setCharStart(before.length()).setCharEnd(before.length() + quote.length()).build();
    StatementStance st = fares.score(a, List.of(s)).get(0);
    assertEquals(List.of(StatementStance.OPPOSE, "preceding:fare rise"), List.of(st.getStance(), st.getCues().get(0)));
  }

  @Test
  void precedingSentenceReferentIgnoresOpinionWords() {
    String before = "The council debated the fare rise on Monday. Not everyone agreed.\n\n";
    String quote = "It was an awful draft of a letter";
    Article a = article("Council votes", before + quote);
    Statement s =
        statement(quote, quote).toBuilder().setCharStart(before.length()).setCharEnd(before.length() + quote.length()).build();
    assertEquals(StatementStance.NEUTRAL, fares.score(a, List.of(s)).get(0).getStance());
  }

  @Test
  void beliefWithABareObjectIsReadWithItsCue() {
    Statement belief = TestStatements.direct("the withdrawal")
        .setKind(Statement.INDIRECT)
        .setRelation(Statement.BELIEF)
        .setCue("rejected")
        .setContext("The president rejected the withdrawal on Sunday.")
        .setStatementDate("2020-01-05")
        .setActorId("actor-1")
        .build();
    List<StatementStance> out = scorer.score(SEED, List.of(belief));
    assertEquals(1, out.size());
    assertEquals(StatementStance.OPPOSE, out.get(0).getStance(), out.get(0).getCues().toString());
    Statement speech = TestStatements.direct("the withdrawal").setCue("rejected").setContext("the withdrawal")
        .setStatementDate("2020-01-05").build();
    assertEquals(StatementStance.NEUTRAL, scorer.score(SEED, List.of(speech)).get(0).getStance());
  }
}
