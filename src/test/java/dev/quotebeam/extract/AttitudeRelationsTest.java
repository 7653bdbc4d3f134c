package dev.quotebeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttitudeRelationsTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.withDefaults();

  private static List<Statement> extract(String... paragraphs) {
    return EXTRACTOR.extract(Articles.of(paragraphs));
  }

  private static Statement only(List<Statement> all) {
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  @Test
  void stanceVerbGivesItsObjectAsABeliefRelation() {
    Statement s = only(extract("The mayor supports a new tax on empty homes."));
    assertEquals(Statement.INDIRECT, s.getKind());
    assertEquals("a new tax on empty homes", s.getText());
    assertEquals("supports", s.getCue());
    assertEquals("The mayor", s.getSpeakerText());
    assertEquals("belief", s.getRelation());
  }

  @Test
  void beliefVerbGivesItsClause() {
    Statement s = only(extract("Councillor Ada Quill believes the bridge will open in May."));
    assertEquals("the bridge will open in May", s.getText());
    assertEquals("Councillor Ada Quill", s.getSpeakerText());
  }

  @Test
  void contractedPronounOpensABareClause() {
    Statement s = only(extract("Tenants know they're being overcharged."));
    assertEquals("they're being overcharged", s.getText());
    assertEquals("know", s.getCue());
    assertEquals("Tenants", s.getSpeakerText());
  }

  @Test
  void yearOrMonthMaySitBetweenVerbAndComplement() {
    Statement s = only(extract("The auditors found in 2019 that the fund lost money."));
    assertEquals("that the fund lost money", s.getText());
    assertEquals("The auditors", s.getSpeakerText());
  }

  @Test
  void shareOpeningItsClauseIsTheSubjectOfABareVerb() {
    Statement s = only(extract("Among renters, only 40 percent support the levy."));
    assertEquals("the levy", s.getText());
    assertEquals("only 40 percent", s.getSpeakerText());
    assertEquals("55%", only(extract("Among renters, 55% oppose the levy.")).getSpeakerText());
    assertTrue(extract("The mayor enjoys 48% support in the district.").isEmpty());
  }

  @Test
  void findingHoldsTheReportItsRespondentsGive() {
    List<Statement> all = extract("A new survey showed that most of the tenants in the city said the rent was too high.");
    assertEquals(2, all.size(), all.toString());
    assertEquals("that most of the tenants in the city said the rent was too high", all.get(0).getText());
    assertEquals("evidence", all.get(0).getRelation());
    assertEquals("the rent was too high", all.get(1).getText());
    assertEquals("said", all.get(1).getCue());
    assertEquals("the plan would fail", only(extract("Roe suggested that the plan would fail.")).getText());
  }

  @Test
  void findingKeepsTheContrastOfItsFigures() {
    Statement s = only(extract("A poll found that 40 percent of tenants back the levy, while 30 percent oppose it."));
    assertEquals("that 40 percent of tenants back the levy, while 30 percent oppose it", s.getText());
    assertEquals("evidence", s.getRelation());
  }

  @Test
  void believeInGivesWhatItsHolderStandsFor() {
    Statement s = only(extract("Most tenants still believe in rent control."));
    assertEquals("rent control", s.getText());
    assertEquals("believe in", s.getCue());
    assertEquals("Most tenants", s.getSpeakerText());
  }

  @Test
  void strandedParticleHasNoObject() {
    assertTrue(extract("Roe can fight for the causes she believes in - or retire quietly.").isEmpty());
    assertTrue(extract("It is the plan that the mayor talked about, and it failed.").isEmpty());
  }

  @Test
  void trailingEvidenceTakesTheWholePhraseAfterTheComma() {
    Statement s = only(extract("Pupils sit 40 exams a year, a study by the Council of City Schools found."));
    assertEquals("Pupils sit 40 exams a year", s.getText());
    assertEquals("a study by the Council of City Schools", s.getSpeakerText());
    assertEquals("evidence", s.getRelation());
    assertEquals("state and county records",
        only(extract("The ferry lost money in 2019, state and county records show.")).getSpeakerText());
  }

  @Test
  void trailingEvidenceMayCloseAParenthetical() {
    List<Statement> all = extract("The ferry lost money in 2019, records show, and its owners want a subsidy.");
    assertEquals("The ferry lost money in 2019", all.get(0).getText());
    assertEquals("records", all.get(0).getSpeakerText());
  }

  @Test
  void presentPointOutIsACue() {
    // "point out that" is speech (QuoteExtractor), its content the clause; "point to" stays a relation verb
    Statement s = only(extract("Tenant leaders point out that the levy has never been raised."));
    assertEquals("the levy has never been raised", s.getText());
    assertEquals("point out", s.getCue());
    assertEquals("Tenant leaders", s.getSpeakerText());
    assertEquals("the ferry", only(extract("The mayor points to the ferry.")).getText());
  }

  @Test
  void bareFormsOfListedVerbsAreCuesAfterAPluralModalOrCatenative() {
    Statement s = only(extract("Tenants call for a rent freeze."));
    assertEquals("a rent freeze", s.getText());
    assertEquals("call for", s.getCue());
    assertEquals("Tenants", s.getSpeakerText());
    assertEquals("to sell the building", only(extract("Landlords may decide to sell the building.")).getText());
    assertEquals("continued to push for",
        only(extract("The mayor continued to push for a new levy.")).getCue());
  }

  @Test
  void thirdPersonViewsBeforeAnObjectAndAsIsACue() {
    assertEquals("itself as a leader on housing",
        only(extract("The city views itself as a leader on housing.")).getText());
  }

  @Test
  void participleAfterInTakesTheMainClausesSubject() {
    Statement s = only(extract("Mayor Jane Roe has been very vocal in rejecting the levy."));
    assertEquals("the levy", s.getText());
    assertEquals("rejecting", s.getCue());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
  }

  @Test
  void passiveContentMayHoldAQuotedPhrase() {
    Statement s = only(extract("The mayor was said to be “furious” with the council."));
    assertEquals("The mayor … to be “furious” with the council", s.getText());
    assertEquals("was said", s.getCue());
    assertNull(s.getSpeakerText());
  }

  @Test
  void inSupportOfStatesAStanceAsInFavorOfDoes() {
    Statement s = only(extract("Mayor Jane Roe voted in support of the levy."));
    assertEquals("the levy", s.getText());
    assertEquals("voted in support of", s.getCue());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
  }

  @Test
  void subordinateClauseAfterAnOpeningCoordinatorEndsAtItsComma() {
    Statement s = extract("And although Mayor Jane Roe believes the levy is fair, the council voted against it.").get(0);
    assertEquals("the levy is fair", s.getText());
  }

  @Test
  void toldThatInThePassiveGivesTheClauseWithNoSpeaker() {
    Statement s = only(extract("The tenants had been told that the rent would rise."));
    assertEquals("that the rent would rise", s.getText());
    assertEquals("been told", s.getCue());
    assertNull(s.getSpeakerText());
    assertEquals(Statement.SPEECH, s.getRelation());
  }

  @Test
  void purposeInfinitiveTakesTheMainClausesSubject() {
    Statement s = only(extract("Mayor Jane Roe went on the radio to defend the levy."));
    assertEquals("the levy", s.getText());
    assertEquals("defend", s.getCue());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    assertTrue(extract("Mayor Jane Roe went to the harbour to see the ferry.").isEmpty()); // a perception
  }

  @Test
  void coordinatedEvidenceVerbWithAThatClauseTakesTheMainSubject() {
    Statement s = only(extract("Mayor Jane Roe read the report and found that the levy was fair."));
    assertEquals("that the levy was fair", s.getText());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    assertEquals(Statement.EVIDENCE, s.getRelation());
  }

  @Test
  void bareBackIsAStanceVerbAfterItsSubjectNotAParticle() {
    Statement s = only(extract("Tenants back the new levy."));
    assertEquals("the new levy", s.getText());
    assertEquals("back", s.getCue());
    assertEquals("Tenants", s.getSpeakerText());
    assertEquals("Lee", only(extract("Lee wouldn't back the levy.")).getSpeakerText());
    assertTrue(extract("The mayor fought back the proposal.").isEmpty());
    assertTrue(extract("The team comes back the next season.").isEmpty());
  }

  @Test
  void bareViewBeforeObjectAndAsIsABelief() {
    Statement s = only(extract("Some view the merger as a threat to local shops."));
    assertEquals("the merger as a threat to local shops", s.getText());
    assertEquals("view", s.getCue());
    assertEquals("Some", s.getSpeakerText());
  }

  @Test
  void thisBeforeANounOpensAnObjectNotATime() {
    Statement s = only(extract("Tenants support this levy."));
    assertEquals("this levy", s.getText());
    assertEquals("this levy will pass", only(extract("Tenants believe this levy will pass.")).getText());
  }

  @Test
  void capitalisedCueWordStaysInAName() {
    assertEquals("the State Department", only(extract("On Friday the State Department declined to comment."))
        .getSpeakerText());
    assertEquals("Spokeswoman Hope Hicks",
        only(extract("Spokeswoman Hope Hicks declined to comment.")).getSpeakerText());
  }

  @Test
  void knowledgeVerbGivesABareClauseButNoObject() {
    Statement s = only(extract("The council knew the ferry would be late."));
    assertEquals("the ferry would be late", s.getText());
    assertEquals("belief", s.getRelation());
    assertEquals("the levy had failed", only(extract("Roe realized the levy had failed.")).getText());
    assertTrue(extract("Roe knew the mayor well.").isEmpty());
    assertTrue(extract("Sales figures released Monday were weak.").isEmpty(), "the noun 'figures'");
  }

  @Test
  void wishVerbGivesItsToClause() {
    Statement s = only(extract("The union wants to reopen the talks."));
    assertEquals("to reopen the talks", s.getText());
    assertEquals("belief", s.getRelation());
  }

  @Test
  void pastFormOfAWordNetCommunicationVerbIsASpeechCue() {
    Statement s = only(extract("Mayor Jane Roe chided the council for the delay."));
    assertEquals("the council for the delay", s.getText());
    assertEquals("chided", s.getCue());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    assertEquals(Statement.SPEECH, s.getRelation());
    assertEquals("that the plan had stalled", only(extract("Roe bemoaned that the plan had stalled.")).getText());
    assertTrue(extract("Roe chides the council.").isEmpty(), "-s forms are mostly nouns and not listed");
    Statement participle = only(extract("Jane Roe spoke for an hour, thanking the volunteers for their work."));
    assertEquals("thanking", participle.getCue());
    assertEquals("Jane Roe", participle.getSpeakerText());
    assertTrue(extract("Roe faced the council at the hearing.").isEmpty(), "verbs that were rarely cues are left out");
    assertTrue(extract("Roe contracted the virus in April.").isEmpty(), "a speech sense that news rarely means");
    assertTrue(extract("Roe faxed the contract to the council.").isEmpty(), "no verb of saying above: a clause only");
    assertEquals("that the plan had passed", only(extract("Roe faxed that the plan had passed.")).getText());
    assertEquals("voiced", only(extract("Ada Quill voiced her support for the ferry plan.")).getCue());
  }

  @Test
  void participleWithNoEarlierSpeakerTakesTheMainSubjectWhenItNamesAnActor() {
    Statement s = only(extract("Senator Jane Roe went with the odds, pointing out that the county would vote early."));
    assertEquals("the county would vote early", s.getText()); // "pointing out that" is speech: no "that"
    assertEquals("pointing out", s.getCue());
    assertEquals("Senator Jane Roe", s.getSpeakerText());
    assertTrue(extract("The performance drew large crowds, highlighting the anger of rural voters.").isEmpty());
    assertTrue(extract("The Orlando attack shocked the nation, highlighting that guns are easy to buy.").isEmpty());
  }

  @Test
  void criticismVerbsOfHeadlinesAreSpeech() {
    Statement headline = only(extract("Roe Slams Council Over Budget Delay"));
    assertEquals("Roe", headline.getSpeakerText());
    assertEquals(Statement.SPEECH, headline.getRelation());
    assertEquals("the council's plan", only(extract("Senator Roe blasted the council's plan.")).getText());
    assertTrue(extract("The wind ripped the roof off the barn.").isEmpty(), "rip is a cue only with 'into'");
  }

  @Test
  void particleVerbNeedsItsParticle() {
    assertEquals("a recount", only(extract("The governor called for a recount.")).getText());
    assertEquals("the mayor", only(extract("The governor called out the mayor.")).getText());
    assertTrue(extract("The governor called the office twice.").isEmpty());
    assertEquals("his plans", only(extract("Roe talked up his plans.")).getText());
  }

  @Test
  void evidenceNeedsANamedSource() {
    Statement s = only(extract("A new county survey shows that most renters pay more than half their income."));
    assertEquals("that most renters pay more than half their income", s.getText());
    assertEquals("A new county survey", s.getSpeakerText());
    assertEquals("evidence", s.getRelation());
    assertTrue(extract("It shows that most renters pay more than half their income.").isEmpty());
  }

  @Test
  void trailingEvidenceSourcesTheClauseBeforeIt() {
    Statement s = only(extract("The jet was insured for $35 million in 2011, records show."));
    assertEquals("The jet was insured for $35 million in 2011", s.getText());
    assertEquals("records", s.getSpeakerText());
    assertEquals("evidence", s.getRelation());
    assertTrue(extract("The jet was insured for $35 million in 2011, the pilots show.").isEmpty());
  }

  @Test
  void openingPollPhraseSourcesTheClause() {
    Statement s = only(extract("In a Tuesday poll by the Riverside Institute, the mayor led by nine points."));
    assertEquals("the mayor led by nine points", s.getText());
    assertEquals("a Tuesday poll by the Riverside Institute", s.getSpeakerText());
    assertEquals("evidence", s.getRelation());
  }

  @Test
  void nounUsesAreNoCues() {
    assertTrue(extract("The support for the plan faded.").isEmpty());
    assertEquals("support for", only(extract("Their support for the plan faded.")).getCue()); // a noun of holder
    assertTrue(extract("Farm support payments rose.").isEmpty());
  }

  @Test
  void relativePronounGivesItsAntecedentAndTheClauseEndsAtItsComma() {
    Statement s = only(extract("Jane Roe, who backs the levy, spoke last."));
    assertEquals("the levy", s.getText());
    assertEquals("Jane Roe", s.getSpeakerText());
  }

  @Test
  void appositiveIsSkippedToFindTheSubject() {
    Statement s = only(extract("Tom Reed, 61, a retired teacher, is backing the recall."));
    assertEquals("the recall", s.getText());
    assertEquals("Tom Reed", s.getSpeakerText());
  }

  @Test
  void objectEndsBeforeTheSettingAndANewClause() {
    assertEquals("the recall", only(extract("The senator endorsed the recall at a rally on Friday.")).getText());
    assertEquals("the levy", only(extract("The senator opposed the levy, and the council agreed.")).getText());
  }

  @Test
  void participleTakesTheSpeakerOfTheStatementBeforeIt() {
    List<Statement> all = extract("The mayor said the budget is sound, citing a surplus of two million.");
    Statement citing = all.get(all.size() - 1);
    assertEquals("a surplus of two million", citing.getText());
    assertEquals("The mayor", citing.getSpeakerText());
    assertEquals(Statement.SPEECH, citing.getRelation());
  }

  @Test
  void quoteMarkMakesItPartial() {
    Statement s = only(extract("The senator denounced the “reckless” budget."));
    assertEquals(Statement.PARTIAL, s.getKind());
  }

  @Test
  void speechStatementsWinOverlaps() {
    Statement s = only(extract("The minister said that the voters backed the plan."));
    assertEquals("said", s.getCue());
    assertEquals("the voters backed the plan", s.getText());
  }

  @Test
  void wordsInsideAQuotationAreNoRelation() {
    Statement s = only(extract("“We support the plan and we always will,” the mayor told the council."));
    assertEquals(Statement.DIRECT, s.getKind());
  }

  @Test
  void manyParagraphsAreScannedInOnePass() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      paragraphs.add("The mayor supports a new tax. The council, citing a report, backs it.");
    }
    List<Statement> all = AttitudeRelations.withDefaults().addTo(Articles.of(paragraphs), List.of());
    assertEquals(20_000, all.size());
  }

  @Test
  void ordinaryNewsVerbsAreNoBeliefs() {
    for (String sentence : List.of(
        "LeBron James scored 30 points to lead the Lakers.",
        "Gunmen attacked a police station.",
        "The storm slammed the coast.",
        "The couple welcomed a baby girl.",
        "Reigning champions Chelsea lost.",
        "Trade talks about tariffs stalled.",
        "Monthly page views rose.",
        "The judge dismissed the case.",
        "Lawmakers considered the bill on Tuesday.",
        "Police sought the suspect.")) {
      assertTrue(extract(sentence).isEmpty(), sentence);
    }
    assertEquals("to block the bill", only(extract("Lawmakers sought to block the bill.")).getText());
    assertEquals("whether to delay the vote",
        only(extract("Lawmakers considered whether to delay the vote.")).getText());
  }

  @Test
  void toFrameNeedsAnInfinitive() {
    assertTrue(extract("Oil prices declined to their lowest level since 2020.").isEmpty());
    assertTrue(extract("Oil prices declined to 40 dollars.").isEmpty());
    assertEquals("to comment", only(extract("The agency declined to comment.")).getText());
  }

  @Test
  void bareVerbAgreesWithThePluralBeforeAModifier() {
    Statement s = only(extract("About 4 in 10 voters in each ward want the ferry back."));
    assertEquals("the ferry back", s.getText());
    assertEquals("About 4 in 10 voters in each ward", s.getSpeakerText());
    assertEquals("a later ferry", only(extract("About 4 in 10 want a later ferry.")).getText());
    assertEquals("the deal", only(extract("Leaders of the unions in Ohio support the deal.")).getText());
    assertTrue(extract("The leader of the unions in Ohio support the deal.").isEmpty(), "the head is singular");
  }

  @Test
  void seeingAsGivesTheObjectAndItsAsPhrase() {
    Statement s = only(extract("House Republicans saw the ferry delay as a chance to attack the mayor."));
    assertEquals("the ferry delay as a chance to attack the mayor", s.getText());
    assertEquals("House Republicans", s.getSpeakerText());
    assertEquals("belief", s.getRelation());
    assertEquals("all of Salem as its capital", only(extract("The council regards all of Salem as its capital."))
        .getText());
    assertTrue(extract("The council saw the ferry on Tuesday.").isEmpty());
    assertTrue(extract("The mayor saw him as he left the building.").isEmpty(), "a clause after 'as'");
    assertTrue(extract("The region saw gains in areas such as health care.").isEmpty());
    assertTrue(extract("Roe saw it coming, as did others.").isEmpty());
  }

  @Test
  void evidenceWithAClauseTakesAnySubject() {
    Statement s = only(extract("The authors found that voters in hard-hit districts chose extreme lawmakers."));
    assertEquals("evidence", s.getRelation());
    assertEquals("The authors", s.getSpeakerText());
    Statement he = only(extract("He found that incomes grew faster."));
    assertEquals("He", he.getSpeakerText());
    assertEquals("that incomes grew faster", he.getText());
    assertTrue(extract("The authors found a new publisher.").isEmpty());
    assertTrue(extract("Roe found that hard to believe.").isEmpty(), "a pronoun 'that' opens no clause");
  }

  @Test
  void bareClauseMayHaveANegatedAuxiliaryOrAPercentSubject() {
    assertEquals("voters aren't sure", only(extract("A new poll found voters aren't sure.")).getText());
    assertEquals("40% of voters oppose the levy", only(extract("A new poll found 40% of voters oppose the levy."))
        .getText());
  }

  @Test
  void evidenceFromANameNeedsAClause() {
    assertTrue(extract("On Tuesday, Apple revealed a new iPhone.").isEmpty());
    assertTrue(extract("The Lakers showed resilience in the fourth quarter.").isEmpty());
    assertTrue(extract("Reality TV shows attract millions of viewers.").isEmpty());
    assertTrue(extract("Reality TV shows that air at night attract millions of viewers.").isEmpty());
    Statement s = only(extract("On Tuesday, Gallup found that most renters moved."));
    assertEquals("evidence", s.getRelation());
    assertEquals("Gallup", s.getSpeakerText());
  }

  @Test
  void verbsWithTheirParticle() {
    assertEquals("the trade deal", only(extract("Trump railed against the trade deal.")).getText());
    assertEquals("balked at", only(extract("Republicans balked at the price tag.")).getCue());
    assertEquals("using a private server", only(extract("Clinton apologized for using a private server.")).getText());
    assertTrue(extract("The house sided onto the river.").isEmpty()); // no particle, no relation
    assertEquals("Lin-Manuel Miranda's address", only(extract("The talk touched on Lin-Manuel Miranda's address."))
        .getText());
    assertEquals("the need to combat the Islamic State online",
        only(extract("Clinton also focused on the need to combat the Islamic State online.")).getText());
    assertTrue(extract("The camera focused on the stage.").isEmpty()); // no actor holds a view
  }

  @Test
  void releasingOrPublishingIsSpeech() {
    Statement s = only(extract("WikiLeaks released the DNC emails before the convention."));
    assertEquals("released", s.getCue());
    assertEquals("WikiLeaks", s.getSpeakerText());
    assertEquals("The Times", only(extract("The Times published a story about the campaign.")).getSpeakerText());
    assertTrue(extract("The prisoner was released from jail on Monday.").isEmpty());
    // delivering speech or an opinion is speech too; delivering goods is none
    assertEquals("a heartfelt defense of her husband",
        only(extract("Melania delivered a heartfelt defense of her husband.")).getText());
    assertTrue(extract("The company delivered the packages on time.").isEmpty());
    // a participle before a time is no verb with an object: the poll's finding is the statement
    assertEquals("found", only(extract("A new poll released Sunday found that most voters backed the plan."))
        .getCue());
  }

  @Test
  void askedForGivesWhatWasRequested() {
    Statement s = only(extract("The employer asked for proof of citizenship."));
    assertEquals("asked for", s.getCue());
    assertEquals("proof of citizenship", s.getText());
    assertEquals("The employer", s.getSpeakerText());
    assertTrue(extract("The employer asked around.").isEmpty());
  }

  @Test
  void aDocumentFindsAPlainObject() {
    Statement s = only(extract("A survey by the group in March found Mrs. Roe with a lead of 48 percent to 41 percent."));
    assertEquals("evidence", s.getRelation());
    assertEquals("Mrs. Roe with a lead of 48 percent to 41 percent", s.getText());
    assertEquals("A survey by the group in March", s.getSpeakerText());
    // no document, no finding: "find" keeps needing a clause there
    assertTrue(extract("Police found the body on Tuesday.").isEmpty());
    assertTrue(extract("Jane Roe found her keys in the car.").isEmpty());
    assertTrue(extract("Investigators found the body in a river.").isEmpty()); // people, not a study
    // no finding in an idiom, a possessive or a time before the clause
    assertTrue(extract("The report found its way to the press.").isEmpty());
    assertTrue(extract("The study found funding from two donors.").isEmpty());
    assertTrue(extract("The survey found time to ask about the economy.").isEmpty());
    assertTrue(extract("A poll found Monday that the levy failed.").stream()
        .noneMatch(x -> "found".equals(x.getCue())));
  }

  @Test
  void openingPhraseNeedsAPollHead() {
    assertTrue(extract("In the average American household, the bill comes to $300 a year.").isEmpty());
    Statement s = only(extract("In a survey of 900 parents, most backed later school hours."));
    assertEquals("evidence", s.getRelation());
    assertEquals("a survey of 900 parents", s.getSpeakerText());
  }

  @Test
  void inchMarksAndStrayClosingMarksOpenNoQuotation() {
    assertEquals("the plan", only(extract("He is 6'2\" tall. The coach supports the plan.")).getText());
    assertEquals("the plan", only(extract("He stands 6' 2\"; the coach supports the plan.")).getText());
    assertTrue(AttitudeRelations.withDefaults()
        .addTo(Articles.of("It ended.” The fans chanted “we support the plan” for an hour."), List.of()).isEmpty());
  }

  @Test
  void singleCurlyQuotesMakeItPartial() {
    assertEquals(Statement.PARTIAL, only(extract("The senator denounced the ‘reckless’ budget.")).getKind());
    assertEquals(Statement.INDIRECT, only(extract("The senator denounced the party’s budget.")).getKind());
  }

  @Test
  void speechActsAreSpeechRelations() {
    for (String sentence : List.of(
        "The mayor talked about the budget.",
        "The mayor spoke of the budget.",
        "The mayor discussed the budget.",
        "The mayor described the budget.",
        "The mayor referred to the budget.",
        "The mayor expressed concern about the budget.",
        "The mayor echoed the budget chief.",
        "The mayor cited the budget.")) {
      assertEquals(Statement.SPEECH, only(extract(sentence)).getRelation(), sentence);
    }
  }

  @Test
  void seemingClauseIsAHedgeWithNoSpeaker() {
    Statement s = only(extract("The new ferry timetable seems to be working."));
    assertEquals("The new ferry timetable seems to be working", s.getText());
    assertEquals("seems", s.getCue());
    assertEquals(null, s.getSpeakerText());
    assertEquals(Statement.HEDGE, s.getRelation());
  }

  @Test
  void passiveExpectedNeedsBeAndAToClause() {
    Statement s = only(extract("The harbour board is expected to approve the plan next month."));
    assertEquals("The harbour board is expected to approve the plan next month", s.getText());
    assertEquals("is expected", s.getCue());
    assertTrue(extract("The harbour board expected a larger crowd.").stream()
        .noneMatch(x -> Statement.HEDGE.equals(x.getRelation())));
  }

  @Test
  void hedgeEndsBeforeAClosingAppositiveOrSubordinateClause() {
    assertEquals("The tram plan appeared to stall",
        only(extract("The tram plan appeared to stall, a setback for the mayor.")).getText());
    assertEquals("The tram plan appeared to stall",
        only(extract("The tram plan appeared to stall after the vote in March.")).getText());
    assertEquals("The tram plan appeared to stall",
        only(extract("The tram plan appeared to stall, with the council refusing to pay.")).getText());
  }

  @Test
  void appearingBeforeAnAudienceIsNoHedge() {
    assertTrue(extract("The mayor appeared before the council on Tuesday.").isEmpty());
    assertTrue(extract("The mayor appeared on a radio show.").isEmpty());
  }

  @Test
  void reportedlyHedgesItsClauseButNotASpeechCue() {
    Statement s = only(extract("The ferry company has reportedly hired a new captain."));
    assertEquals("The ferry company has reportedly hired a new captain", s.getText());
    assertEquals("reportedly", s.getCue());
    assertTrue(extract("The ferry company reportedly said it would hire a new captain.").stream()
        .noneMatch(x -> Statement.HEDGE.equals(x.getRelation())));
  }

  @Test
  void hedgedClauseMayHoldAQuotedPhrase() {
    Statement s = only(extract("The plan seems to be a “bold idea” for the harbour."));
    assertEquals("The plan seems to be a “bold idea” for the harbour", s.getText());
    assertEquals(Statement.HEDGE, s.getRelation());
    assertNull(s.getSpeakerText());
  }

  @Test
  void questionPutWithNoAskerHasNoSpeaker() {
    Statement s = extract("When asked whether the ferry would run in winter, the captain shrugged.").stream()
        .filter(x -> x.getCue().equals("asked")).findFirst().orElseThrow();
    assertEquals("whether the ferry would run in winter", s.getText());
    assertEquals(null, s.getSpeakerText());
    assertEquals(Statement.SPEECH, s.getRelation());
  }

  @Test
  void passiveAskedTakesTheByPhraseAsSpeakerAndEndsAtTheSetting() {
    Statement s = only(extract("The captain was asked by a local reporter about the winter timetable at a briefing."));
    assertEquals("about the winter timetable", s.getText());
    assertEquals("a local reporter", s.getSpeakerText());
  }

  @Test
  void pronounAfterANounBeforeATargetInfinitiveHoldsTheViewAndTheNounIsItsObject() {
    Statement s = only(extract("This is the deal he wants to make with Lee."));
    assertEquals("he", s.getSpeakerText());
    assertEquals("the deal … to make with Lee", s.getText());
    assertEquals("wants", s.getCue());
  }

  @Test
  void passiveSpeechActGivesTheSubjectAndComplementWithTheByPhraseAsSpeaker() {
    Statement s = only(extract("The tram plan was criticized by local merchants for its cost."));
    assertEquals("The tram plan … for its cost", s.getText());
    assertEquals(0, s.getCharStart());
    assertEquals("local merchants", s.getSpeakerText());
    assertEquals(Statement.SPEECH, s.getRelation());
    Statement first = only(extract("The ferry closure was first reported by the Harbour Gazette."));
    assertEquals("The ferry closure", first.getText());
    assertEquals("the Harbour Gazette", first.getSpeakerText());
    Statement late = only(extract("Jane Roe was declared the winner by the county clerk."));
    assertEquals("Jane Roe … the winner", late.getText());
    assertEquals("the county clerk", late.getSpeakerText());
  }

  @Test
  void passiveWithNoAgentHasNoSpeakerAndAViewIsAHedge() {
    Statement said = only(extract("The ferry deal was announced on Monday."));
    assertEquals("The ferry deal", said.getText());
    assertEquals("The ferry bill", only(extract("The ferry bill was rejected after talks broke down.")).getText());
    assertEquals(null, said.getSpeakerText());
    assertEquals(Statement.SPEECH, said.getRelation());
    Statement view = only(extract("Jane Roe is widely known for her blunt speeches."));
    assertEquals("Jane Roe … for her blunt speeches", view.getText());
    assertEquals(Statement.HEDGE, view.getRelation());
    assertEquals("is widely known", view.getCue());
  }

  @Test
  void passiveViewWithAByPhraseNamesItsHolder() {
    Statement s = only(extract("The tram plan was seen by critics as a giveaway."));
    assertEquals("The tram plan … as a giveaway", s.getText());
    assertEquals("critics", s.getSpeakerText());
    assertEquals(Statement.BELIEF, s.getRelation());
  }

  @Test
  void expletiveItBeforeAThatClauseIsNoPartOfAPassiveContent() {
    assertEquals("that the ferry would close",
        only(extract("It was widely reported that the ferry would close.")).getText());
  }

  @Test
  void passiveParticiplesInTheirPlainSenseAreNoSpeech() {
    for (String sentence : List.of(
        "The driver was cited for speeding.",
        "The victim was declared dead at the scene.",
        "The hiker was reported missing on Sunday.",
        "The roof is supported by steel beams.",
        "The stadium was named for a wealthy donor.",
        "Two officers were attacked by protesters outside the courthouse.",
        "The bill was considered by the committee last week.")) {
      assertTrue(extract(sentence).isEmpty(), sentence);
    }
  }

  @Test
  void passiveOfARelativePronounEndsAtItsCommaOrGivesNothing() {
    assertTrue(extract("Roe, who was endorsed by the Times, leads the race.").isEmpty());
    Statement s = only(extract("The senator, who was criticized by Lee for the plan, resigned on Monday."));
    assertEquals("who … for the plan", s.getText());
    assertEquals("Lee", s.getSpeakerText());
  }

  @Test
  void passiveAgentsAndComplementsStopAtTheirOwnBounds() {
    assertEquals("that the plant would close",
        only(extract("It was announced Tuesday that the plant would close.")).getText());
    Statement two = only(extract("Roe was praised by Lee and criticized by Poe for the plan."));
    assertEquals("Roe", two.getText());
    assertEquals("Lee", two.getSpeakerText());
    assertEquals("the Times and by the union",
        only(extract("Roe was endorsed by the Times and by the union.")).getSpeakerText());
    assertEquals("Roe … for the layoffs and reduced wages",
        only(extract("Roe was blamed for the layoffs and reduced wages.")).getText());
    assertEquals("Lee", only(extract("Roe was praised and criticized by Lee.")).getSpeakerText());
    assertEquals("who … for the plan",
        only(extract("Voters who were criticized by Lee for the plan stayed home.")).getText());
    Statement accused = only(extract("Roe was accused by prosecutors of fraud."));
    assertEquals("Roe … of fraud", accused.getText());
    assertEquals("prosecutors", accused.getSpeakerText());
    assertEquals("has been criticized", only(extract("Roe has been criticized by Democrats for the plan."))
        .getCue());
  }

  @Test
  void dismissedIsNoPassiveSpeechAct() {
    assertTrue(extract("The ferry director was dismissed on Monday.").isEmpty());
  }

  @Test
  void passiveAskedReadsPastFirstAndTakesAQuestionNoun() {
    assertEquals("if the ferry would run in winter",
        only(extract("The captain was first asked if the ferry would run in winter.")).getText());
    Statement s = only(extract("The captain was asked a blunt question about the winter timetable."));
    assertEquals("a blunt question about the winter timetable", s.getText());
    assertEquals(null, s.getSpeakerText());
    Statement by = only(extract("The captain was asked the same question by reporters on Monday."));
    assertEquals("the same question", by.getText());
    assertEquals("reporters", by.getSpeakerText());
  }

  @Test
  void askedWithAnAskerAsSubjectIsNotReadAsAPassive() {
    assertEquals("The captain", only(extract("The captain asked whether the ferry would run.")).getSpeakerText());
    assertTrue(extract("Residents asked the council for a new ferry.").isEmpty());
  }

  @Test
  void evidenceSourceRunsBackOverItsPrepositionalPhrase() {
    Statement s = only(extract("The poll by the Harbour Institute showed the mayor leading her rival."));
    assertEquals("the mayor leading her rival", s.getText());
    assertEquals("The poll by the Harbour Institute", s.getSpeakerText());
    assertEquals("Exit polling", only(extract("Exit polling showed that the mayor won every ward.")).getSpeakerText());
  }

  @Test
  void findTakesAClauseWithoutThatFromADocument() {
    Statement s = only(extract("A new survey finds residents overwhelmingly oppose the levy."));
    assertEquals("residents overwhelmingly oppose the levy", s.getText());
    assertTrue(extract("The Lakers found a new coach.").isEmpty());
  }

  @Test
  void documentWithAnIngFormIsAReducedRelative() {
    Statement s = only(extract("The mayor leads, with recent polls showing a tight race."));
    assertEquals("a tight race", s.getText());
    assertEquals("recent polls", s.getSpeakerText());
    assertTrue(extract("The mayor leads, with her staff showing a new ad.").isEmpty());
  }

  @Test
  void pastRelationVerbAfterAndTakesTheMainSubject() {
    Statement s = only(extract("Mayor Jane Roe spoke at the forum on Sunday and criticized the council."));
    assertEquals("criticized", s.getCue());
    assertEquals("the council", s.getText());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    // one word opening the sentence names an actor where the article capitalises it mid-sentence too
    List<Statement> all = extract("Mayor Jane Roe won the vote.", "Roe spoke at the forum and criticized the council.");
    assertEquals("Roe", only(all).getSpeakerText());
    assertTrue(extract("Residents met at the forum and criticized the council.").isEmpty());
    // a sentence of names is no headline
    assertEquals("Roe", only(extract("Mayor Jane Roe met John Smith.",
        "Roe spoke at the forum and criticized the council.")).getSpeakerText());
    // a title-case headline does not make a plural noun a name
    assertTrue(extract("Angry Residents Slam Council Over Levy",
        "Residents met at the forum and criticized the council.").isEmpty());
    // a past form before a bare noun is a modifier in a list, not a second predicate
    Statement d = only(extract("Sen. Jane Roe discussed the deficit and expected cuts to Medicare."));
    assertEquals("discussed", d.getCue());
  }

  @Test
  void subjectsThatOnlyTheSpeechRulesWalkAreFound() {
    Statement s = only(extract("Senate Democrats -- including Roe -- quickly endorsed the plan."));
    assertEquals("Senate Democrats", s.getSpeakerText());
    assertEquals("the plan", s.getText());
    Statement t = only(extract("Lee and Sen. Jane Roe (R-N.H.), who are both in tight races, endorsed the levy."));
    assertEquals("Lee and Sen. Jane Roe", t.getSpeakerText());
    assertEquals("the levy", t.getText());
  }

  @Test
  void anonymityIsASettingThatEndsAnObject() {
    assertEquals("the plan", only(extract("Senior officials discussed the plan on the condition of anonymity."))
        .getText());
  }

  @Test
  void anIncludingListStaysInTheObject() {
    Statement s = only(extract("Mayor Jane Roe endorsed the plan, including a new ferry, on Monday."));
    assertEquals("the plan, including a new ferry", s.getText());
  }

  @Test
  void lightVerbWithASpeechNounIsASpeechAct() {
    Statement s = only(extract("Mayor Jane Roe made it clear that the ferry would keep running."));
    assertEquals("made it clear", s.getCue());
    assertEquals("that the ferry would keep running", s.getText());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    assertEquals(Statement.SPEECH, s.getRelation());
    Statement t = only(extract("Mayor Jane Roe made an impassioned case for the new bridge."));
    assertEquals("made an impassioned case for", t.getCue());
    assertEquals("the new bridge", t.getText());
    Statement u = only(extract("Mayor Jane Roe made the case to voters that the levy is fair."));
    assertEquals("that the levy is fair", u.getText());
    assertTrue(extract("Mayor Jane Roe made a lot of money on the deal.").isEmpty());
    Statement v = only(extract("Mayor Jane Roe took a swipe at the council and left the room."));
    assertEquals("took a swipe at", v.getCue());
    assertEquals("the council", v.getText());
    assertEquals("to cut the levy", only(extract("Mayor Jane Roe made a promise to cut the levy.")).getText());
    // each noun has its own frames: no shot at a thing, no call to an addressee, no setting after the preposition
    assertTrue(extract("James took a shot at the basket with two seconds left.").isEmpty());
    assertTrue(extract("A neighbor made the call to police after hearing screams.").isEmpty());
    assertTrue(extract("A neighbor made a call to police that night.").isEmpty());
    assertTrue(extract("The witness made a statement on Tuesday.").isEmpty());
    // the speaker names someone
    assertTrue(extract("The rising water raised concerns about the levee.").isEmpty());
  }

  @Test
  void stanceAdjectiveAfterALinkingVerbIsABelief() {
    Statement s = only(extract("Mayor Jane Roe is deeply skeptical of the ferry plan."));
    assertEquals("the ferry plan", s.getText());
    assertEquals("skeptical of", s.getCue());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    assertEquals("belief", s.getRelation());
    assertEquals("that the levy would pass", only(extract("Mayor Jane Roe was confident that the levy would pass."))
        .getText());
    assertEquals("Voters", only(extract("Voters remain wary of the levy.")).getSpeakerText());
    // a pronoun with a contracted "be" holds it too
    assertEquals("He", only(extract("He’s deeply skeptical of the ferry plan.")).getSpeakerText());
    assertEquals("that the levy will pass", only(extract("They're confident that the levy will pass.")).getText());
    // the adjective's own frame, a linking verb, someone as subject
    assertTrue(extract("The new roads are critical to the economy.").isEmpty());
    assertTrue(extract("A critical report of the levy came out.").isEmpty());
    assertTrue(extract("The bridge is opposed to the old pier across the bay.").isEmpty());
    assertTrue(extract("Mayor Jane Roe is aware of the time.").isEmpty());
  }

  @Test
  void openingInHolderViewGivesTheClauseAfterTheComma() {
    Statement s = only(extract("In Mayor Roe's view, the ferry levy is fair."));
    assertEquals("the ferry levy is fair", s.getText());
    assertEquals("Mayor Roe", s.getSpeakerText());
    assertEquals("belief", s.getRelation());
    assertEquals("his", only(extract("In his words, the ferry levy is fair.")).getSpeakerText());
    assertTrue(extract("In the view of many, the ferry levy is fair.").isEmpty());
  }

  @Test
  void inFavorOfStatesTheSubjectsStance() {
    Statement s = only(extract("Mayor Jane Roe has spoken out in favor of the ferry levy."));
    assertEquals("the ferry levy", s.getText());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    assertEquals("belief", s.getRelation());
    assertEquals("strict harbour rules", only(extract("Senator Lee was always in favor of strict harbour rules.")).getText());
    assertTrue(extract("The odds are in favor of Lee.").isEmpty());
    assertEquals("the ferry levy", only(extract("The council's majority voted in favor of the ferry levy.")).getText());
  }

  @Test
  void contentEndsAtADash() {
    assertEquals("the harbour levy",
        only(extract("Mayor Jane Roe opposed the harbour levy — the first such tax in decades — and lost.")).getText());
    assertEquals("to reconsider after this week",
        only(extract("Council members want to reconsider after this week - especially if the ferry stops.")).getText());
    assertEquals("the levy",
        only(extract("Mayor Jane Roe supports the levy--a tax on ferries--and the bridge.")).getText());
    // a hyphen inside a word is no dash
    assertEquals("a toll-free bridge", only(extract("Mayor Jane Roe supports a toll-free bridge.")).getText());
  }

  @Test
  void voteForOrAgainstIsAStance() {
    Statement s = only(extract("Senator Jane Roe voted against the harbour levy."));
    assertEquals("the harbour levy", s.getText());
    assertEquals("voted against", s.getCue());
    assertEquals("belief", s.getRelation());
    assertEquals("Lee", only(extract("Most voters in the district would vote for Lee.")).getText());
    assertTrue(extract("Residents voted for the first time.").isEmpty());
  }

  @Test
  void gerundAfterByTakesTheMainClausesSpeaker() {
    Statement s = only(extract("Mayor Jane Roe opened her campaign by talking about the ferry."));
    assertEquals("the ferry", s.getText());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    assertEquals("talking about", s.getCue());
    assertEquals("a ban on jet skis", only(extract("Mayor Jane Roe ended the speech by calling for a ban on jet skis."))
        .getText());
    assertEquals("the ferry", only(extract("Mayor Jane Roe talks about the ferry at every rally.")).getText());
    // a passive before "by" makes the -ing word an adjective of the agent
    assertTrue(extract("Senator Lee was attacked by opposing lawmakers.").isEmpty());
    // one capitalised word before "talks" is a name where the article capitalises it mid-sentence too
    assertEquals("Lee", only(extract("Lee talks about the ferry.", "The ferry was built for Lee.")).getSpeakerText());
    assertTrue(extract("Trade talks about the ferry stalled.").isEmpty());
    assertEquals("calm", only(extract("Obama calls for calm after the riots.")).getText()); // other -s forms are verbs
  }

  @Test
  void nounOfSpeechOrStanceWithAPossessiveHolderIsARelation() {
    Statement s = only(extract("Mayor Roe's support for the ferry has not wavered."));
    assertEquals("the ferry", s.getText()); // cut before the main verb
    assertEquals("Mayor Roe", s.getSpeakerText());
    assertEquals("support for", s.getCue());
    assertEquals("belief", s.getRelation());
    Statement t = only(extract("The council noted her repeated calls for a new bridge."));
    assertEquals("a new bridge", t.getText());
    assertEquals("her", t.getSpeakerText());
    assertEquals(Statement.SPEECH, t.getRelation());
    assertEquals("to run for a third term", only(extract("His decision to run for a third term surprised no one."))
        .getText());
    assertEquals("to have the state pay for the ferry",
        only(extract("Roe's plan to have the state pay for the ferry is consistent.")).getText());
    assertEquals("that the levy is unfair",
        only(extract("Residents lined up at the hall with their complaint that the levy is unfair.")).getText());
    // the frame is the noun's own, the holder is a possessive, and a pronoun alone is no content
    assertTrue(extract("His decision on Monday surprised no one.").isEmpty());
    assertTrue(extract("The support for the ferry has not wavered.").isEmpty());
    assertTrue(extract("Her opposition to it was clear.").isEmpty());
    assertTrue(extract("Why Roe's Attacks On Lee Could Backfire").isEmpty());
    // the possessor's own noun before a verb is no modifier; a day is no holder; a that-clause ends before the verb
    Statement w = only(extract("Mayor Roe's wife calls for a ban on jet skis."));
    assertEquals("Mayor Roe's wife", w.getSpeakerText());
    assertEquals("calls for", w.getCue());
    assertTrue(extract("Tuesday's decision to close the pier angered workers.").isEmpty());
    Statement h = only(extract("The vote was a boost to the Harbour board's hopes that the ferry will run."));
    assertEquals("the Harbour board", h.getSpeakerText());
    assertEquals("that the ferry will run", h.getText());
    assertEquals("that rents rose", only(extract("Roe's claim that rents rose was disputed.")).getText());
    // a noun inside another statement's content stays inside it
    Statement u = only(extract("Lee criticized Roe's plan to close the harbour."));
    assertEquals("Roe's plan to close the harbour", u.getText());
  }

  @Test
  void stanceVerbWithAnIngFormAfterANounIsAReducedRelative() {
    Statement s = only(extract("A super PAC backing Mayor Jane Roe spent $2 million on ads."));
    assertEquals("Mayor Jane Roe", s.getText());
    assertEquals("A super PAC", s.getSpeakerText());
    assertEquals("backing", s.getCue());
    assertEquals("belief", s.getRelation());
    assertEquals("Roe", only(extract("Right to Rise, the group supporting Roe, has been relentless.")).getText());
    // a past form before a noun is a modifier inside the object, not the main verb
    assertEquals("Roe's proposed tax", only(extract("A super PAC backing Roe's proposed tax spent heavily.")).getText());
    // the holder is a noun phrase, no predicate with an adverb, that names an actor or has a determiner
    assertTrue(extract("Republicans are increasingly wary of groups backing Roe.").stream()
        .noneMatch(x -> x.getSpeakerText().contains("wary")));
    assertTrue(extract("The measure has union backing the mayor lacks.").isEmpty());
    // a past form ends the object as the main verb unless a possessive, determiner or quantifier makes it a modifier
    List<Statement> group = extract("A group backing Roe released ads attacking Smith.");
    assertEquals("Roe", group.get(0).getText());
    // the main verb's holder is the whole phrase, the participle's object included
    assertEquals("A group backing Roe", group.get(1).getSpeakerText());
    assertEquals("ads attacking Smith", group.get(1).getText());
    // a sentence opening in lower case with a past form (a paragraph the cleaner split) is read without failing
    assertTrue(extract("paid activists backing Roe spent the week in Iowa.").stream()
        .noneMatch(x -> "paid activists".equals(x.getSpeakerText())));
  }

  @Test
  void offerTakesAToClauseAndAnnounceAnObject() {
    Statement s = only(extract("The mayor offered to fund a new plan for the harbour."));
    assertEquals("to fund a new plan for the harbour", s.getText());
    assertEquals("belief", s.getRelation());
    Statement t = only(extract("The ferry company announced a second route."));
    assertEquals("a second route", t.getText());
    assertEquals(Statement.SPEECH, t.getRelation());
  }

  @Test
  void anyAdverbMayStandBetweenSubjectAndVerb() {
    Statement s = only(extract("The mayor bluntly rejected the harbour plan."));
    assertEquals("the harbour plan", s.getText());
    assertEquals("The mayor", s.getSpeakerText());
    assertEquals("The Smith family", only(extract("The Smith family rejected the plan.")).getSpeakerText());
  }

  @Test
  void nounsAndAdjectivesEndingInLyAreNoAdverbs() {
    assertEquals("The local weekly", only(extract("The local weekly endorsed the mayor.")).getSpeakerText());
    assertEquals("The butterfly", only(extract("The butterfly rejected the plan.")).getSpeakerText());
  }

  @Test
  void hedgeInARelativeClauseEndsAtItsCommaAndLeavesTheMainClause() {
    List<Statement> all = extract("The mayor, who appears tired, supports the levy.");
    Statement belief = all.stream().filter(x -> Statement.BELIEF.equals(x.getRelation())).findFirst().orElseThrow();
    assertEquals("the levy", belief.getText());
    assertEquals("The mayor", belief.getSpeakerText());
    all.stream().filter(x -> Statement.HEDGE.equals(x.getRelation()))
        .forEach(x -> assertEquals("who appears tired", x.getText()));
    assertEquals("to reopen the talks", extract("The mayor, who seems confident, wants to reopen the talks.").stream()
        .filter(x -> Statement.BELIEF.equals(x.getRelation())).findFirst().orElseThrow().getText());
    assertTrue(extract("The plan, which is expected to cost millions, was approved.").stream()
        .allMatch(x -> x.getText().equals("which is expected to cost millions")));
  }

  @Test
  void longRunOfAdverbsGivesNoSubject() {
    String adverbs = "reportedly ".repeat(20);
    assertTrue(extract("The mayor " + adverbs + "supports the levy.").stream()
        .noneMatch(x -> Statement.BELIEF.equals(x.getRelation())));
  }

  @Test
  void paragraphOfRepeatedHedgeCuesGivesABoundedResult() {
    String paragraph = "The plan " + "reportedly ".repeat(40_000) + "stalled.";
    List<Statement> all = AttitudeRelations.withDefaults().addTo(Articles.of(paragraph), List.of());
    assertTrue(all.size() <= 1, all.toString());
  }

  @Test
  void physicalAppearanceIsNoHedge() {
    for (String sentence : List.of(
        "The video appeared online on Tuesday.",
        "The ad appeared twice during the game.",
        "The bruises appeared days later.",
        "The candidate appeared remotely from her home.")) {
      assertTrue(extract(sentence).isEmpty(), sentence);
    }
    assertEquals("The mayor appeared nervous", only(extract("The mayor appeared nervous.")).getText());
    assertEquals("The mayor appeared as if she had not slept",
        only(extract("The mayor appeared as if she had not slept.")).getText());
  }

  @Test
  void coordinatedAskedTakesTheFirstVerbsSubjectOrNone() {
    assertTrue(extract("The mayor stood up and asked about the winter timetable.").stream()
        .noneMatch(x -> x.getSpeakerText() == null));
  }

  @Test
  void evidenceSourceKeepsItsTrailingTimeWord() {
    Statement s = only(extract("A poll from Lakeside College released Wednesday found that the mayor leads."));
    assertEquals("A poll from Lakeside College released Wednesday", s.getSpeakerText());
  }

  @Test
  void documentNounThatIsAlsoACueFormIsAnEvidenceSource() {
    Statement s = only(extract("The report published Tuesday showed that half of the meetings were with donors."));
    assertEquals("The report published Tuesday", s.getSpeakerText());
    assertEquals("that half of the meetings were with donors", s.getText());
    assertEquals("The reports", only(extract("The reports show that the fund lost money.")).getSpeakerText());
  }

  @Test
  void evidenceVerbTakesASmallClauseWithANamedSubject() {
    Statement s = only(extract("The April survey found Clinton leading Sanders by seven points."));
    assertEquals("The April survey", s.getSpeakerText());
    assertEquals("Clinton leading Sanders by seven points", s.getText());
    assertTrue(extract("Police found the body.").isEmpty());
  }

  @Test
  void reducedRelativeInsideACommaAsideEndsAtTheComma() {
    Statement s = extract("The council, with recent polls showing a tight race, delayed the vote.").stream()
        .filter(x -> Statement.EVIDENCE.equals(x.getRelation())).findFirst().orElseThrow();
    assertEquals("a tight race", s.getText());
  }

  @Test
  void findWithABareObjectNeedsAClause() {
    assertTrue(extract("Investigators found the body of a man in the harbour.").isEmpty());
  }

  @Test
  void offerWithAnOrdinaryObjectIsNoBelief() {
    assertTrue(extract("The city offered free parking to the family.").isEmpty());
    assertTrue(extract("The police offered no help.").isEmpty());
  }

  @Test
  void freeRelativeWhatIsNoHedgedClaim() {
    assertTrue(extract("The mayor spoke on Monday, in what appears to have been an unplanned visit.").stream()
        .noneMatch(x -> Statement.HEDGE.equals(x.getRelation())));
    assertTrue(extract("It appears to have been an unplanned visit.").stream()
        .anyMatch(x -> Statement.HEDGE.equals(x.getRelation())));
  }

  /** Relations with a hand-made content model, so these tests do not depend on the shipped weights. */
  private static AttitudeRelations learned(String... lines) {
    return AttitudeRelations.withModel(ContentModel.parse(List.of(lines)));
  }

  private static List<Statement> learnedIn(AttitudeRelations relations, String... paragraphs) {
    return relations.addTo(Articles.of(paragraphs), List.of());
  }

  private static final AttitudeRelations ASSAILED = learned(
      "cue\tassailed", "threshold\t0.5", "c=object|w=assailed\t1.0", "c=clause|w=assailed\t0.25");

  @Test
  void wordTheModelAcceptsGivesABeliefWithItsBestContentChoice() {
    Statement s = only(learnedIn(ASSAILED, "Mayor Lee assailed the plan at a rally on Friday."));
    assertEquals("the plan", s.getText());
    assertEquals("assailed", s.getCue());
    assertEquals("Mayor Lee", s.getSpeakerText());
    assertEquals("belief", s.getRelation());
    assertEquals(Statement.INDIRECT, s.getKind());
    assertEquals(Statement.MODEL, s.getExtraction());
  }

  @Test
  void learnedCueOfAMovementGivesNothing() {
    assertTrue(learnedIn(ASSAILED, "Hurricane Ida assailed into Louisiana on Sunday.").isEmpty());
    assertTrue(learnedIn(ASSAILED, "Shares of Harbour Bank assailed higher.").isEmpty());
  }

  @Test
  void wordBelowTheThresholdGivesNothing() {
    AttitudeRelations weak = learned("cue\tassailed", "threshold\t2", "c=object|w=assailed\t1.0");
    assertTrue(learnedIn(weak, "Mayor Lee assailed the plan at a rally.").isEmpty());
  }

  @Test
  void wordOutsideTheVocabularyIsNeverScored() {
    AttitudeRelations noVocabulary = learned("threshold\t0.5", "c=object|w=assailed\t1.0");
    assertTrue(learnedIn(noVocabulary, "Mayor Lee assailed the plan.").isEmpty());
  }

  @Test
  void learnedRelationNeverReplacesARuleRelation() {
    AttitudeRelations eager = learned("cue\tsupports", "threshold\t0.5", "c=clause|w=supports\t5",
        "c=object|w=supports\t5");
    Statement s = only(learnedIn(eager, "The mayor supports a new tax on empty homes."));
    assertEquals("a new tax on empty homes", s.getText());
    assertEquals("supports", s.getCue());
    assertEquals(Statement.RULES, s.getExtraction());
  }

  @Test
  void learnedRelationNeedsASpeakerThatNamesAnActor() {
    assertTrue(learnedIn(ASSAILED, "The storm assailed the coast.").isEmpty());
    assertTrue(learnedIn(ASSAILED, "Assailed the plan, the mayor left.").isEmpty());
    assertEquals("She", only(learnedIn(ASSAILED, "She then assailed the plan at a rally.")).getSpeakerText());
  }

  @Test
  void possessiveNamesTheHolderOfANounCue() {
    AttitudeRelations fondness = learned("cue\tfondness", "threshold\t0.5", "c=particle|w=fondness\t1.0");
    Statement s = only(learnedIn(fondness, "Ada Quill kept her fondness for the ferry plan."));
    assertEquals("the ferry plan", s.getText());
    assertEquals("fondness for", s.getCue());
    assertEquals("her", s.getSpeakerText());
  }

  @Test
  void possessiveOpeningTheSentenceNamesNoHolder() {
    AttitudeRelations fondness = learned("cue\tfondness", "threshold\t0.5", "c=particle|w=fondness\t1.0");
    assertTrue(learnedIn(fondness, "Their fondness for the ferry plan faded.").isEmpty());
    assertTrue(learnedIn(fondness, "Ada Quill’s fondness for the ferry plan faded.").isEmpty());
    assertFalse(learnedIn(fondness, "The mayor voiced her fondness for the ferry plan.").isEmpty(),
        "the same weights accept a possessive that does not open the sentence");
  }

  @Test
  void trailingCueTakesTheSentenceBeforeItsSubject() {
    AttitudeRelations fear = learned("cue\tfear", "threshold\t0.5", "c=before|w=fear\t1.0");
    Statement s = only(learnedIn(fear, "The ferry will close for good, Harbour Democrats fear."));
    assertEquals("The ferry will close for good", s.getText());
    assertEquals("Harbour Democrats", s.getSpeakerText());
  }

  @Test
  void openingPhraseClosedByACommaGivesTheRestOfTheSentence() {
    AttitudeRelations view = learned("cue\taccording", "threshold\t0.5", "c=comma|w=according\t1.0");
    Statement s = only(learnedIn(view, "According to Ada Quill, the ferry is late."));
    assertEquals("the ferry is late", s.getText());
    assertEquals("Ada Quill", s.getSpeakerText());
    assertEquals("According to", s.getCue());
  }

  @Test
  void cueAfterAndBorrowsTheSpeakerOfTheSentence() {
    Statement s = only(learnedIn(ASSAILED, "Ada Quill toured the port and assailed the plan at a rally."));
    assertEquals("the plan", s.getText());
    assertEquals("Ada Quill", s.getSpeakerText());
  }

  @Test
  void eachSpeakerKindIsJudgedByItsOwnThreshold() {
    AttitudeRelations wary = learned("cue\tassailed", "threshold\t0.5", "threshold:borrowed\t2",
        "threshold:pronoun\t2", "c=object|w=assailed\t1.0");
    assertEquals("Mayor Lee", only(learnedIn(wary, "Mayor Lee assailed the plan at a rally.")).getSpeakerText());
    assertTrue(learnedIn(wary, "Ada Quill toured the port and assailed the plan at a rally.").isEmpty());
    assertTrue(learnedIn(wary, "She assailed the plan at a rally.").isEmpty());
  }

  @Test
  void speechLexiconWordKeepsItsClass() {
    AttitudeRelations noted = learned("cue\tnoted", "threshold\t0.5", "c=before|w=noted\t1.0");
    assertEquals(Statement.SPEECH,
        only(learnedIn(noted, "The ferry will close for good, Ada Quill noted.")).getRelation());
  }

  @Test
  void cueInAnObjectRelativeClauseOrInTitleCaseGivesNothing() {
    assertTrue(learnedIn(ASSAILED, "It is the plan which Mayor Lee assailed on Friday.").isEmpty());
    assertTrue(learnedIn(ASSAILED, "Mayor Lee Assailed The Plan").isEmpty());
  }
  @Test
  void pollSubjectsKeepTheirAmountAndParticiple() {
    assertEquals("About 6 in 10 white men", only(extract("About 6 in 10 white men supported Sanders.")).getSpeakerText());
    assertEquals("About three-quarters",
        only(extract("About three-quarters support a temporary ban on imports.")).getSpeakerText());
    assertEquals("Nineteen percent of college students polled",
        only(extract("Nineteen percent of college students polled support Clinton.")).getSpeakerText());
  }

  @Test
  void adverbBeforeABareFormLeavesItAVerb() {
    Statement s = only(extract("African-American voters overwhelmingly support the president."));
    assertEquals("the president", s.getText());
    assertEquals("African-American voters", s.getSpeakerText());
    assertTrue(extract("Farm support matters.").isEmpty());
  }

  @Test
  void negatedAuxiliaryBeforeABareFormLeavesItAVerbAndOutOfTheSubject() {
    Statement s = only(extract("The mayor doesn’t want the ferry to close."));
    assertEquals("the ferry to close", s.getText());
    assertEquals("The mayor", s.getSpeakerText());
    assertEquals("the levy", only(extract("Roe does support the levy.")).getText());
    assertEquals("Farmers", only(extract("Farmers couldn’t support the levy.")).getSpeakerText());
    assertEquals("The council", only(extract("The council hasn't endorsed the plan.")).getSpeakerText());
  }

  @Test
  void relativePronounAfterAPrepositionGivesANamedAntecedent() {
    Statement s = only(extract("The plan drew fire from Ada Quill, who opposes the levy."));
    assertEquals("the levy", s.getText());
    assertEquals("Ada Quill", s.getSpeakerText());
    assertTrue(extract("The plan drew fire from a farmer who opposes the levy.").isEmpty());
    assertEquals("the voters",
        only(extract("The plan would split the voters who supported the levy.")).getSpeakerText());
  }

  @Test
  void restrictiveRelativeClauseEndsBeforeTheMainVerb() {
    Statement s = only(extract("Most of the farmers who support the levy are in the north."));
    assertEquals("the levy", s.getText());
    assertEquals("Most of the farmers", s.getSpeakerText());
  }

  @Test
  void relativeClauseBetweenDashesEndsAtTheClosingDash() {
    Statement s = only(extract("The mayor—who had endorsed the new levy—will chair the panel."));
    assertEquals("the new levy", s.getText());
    assertEquals("The mayor", s.getSpeakerText());
  }

  @Test
  void catenativePhrasePassesItsSubjectToTheVerb() {
    Statement tended = only(extract("Older farmers tended to support the levy."));
    assertEquals("the levy", tended.getText());
    assertEquals("Older farmers", tended.getSpeakerText());
    assertEquals("the mayor", only(extract("The council went on to endorse the mayor.")).getText());
    assertEquals("the levy",
        only(extract("Renters were slightly more likely to oppose the levy.")).getText());
    assertTrue(extract("The grant was used to support the museum.").isEmpty());
  }

  @Test
  void catenativeAfterSeemStaysAHedge() {
    Statement s = only(extract("No council member seems willing to endorse the levy."));
    assertEquals(Statement.HEDGE, s.getRelation());
  }

  @Test
  void contractedBeMakesAProgressive() {
    Statement s = only(extract("They’re backing the levy."));
    assertEquals("the levy", s.getText());
    assertEquals("backing", s.getCue());
  }

  @Test
  void particleAfterAnObjectVerbIsNoObject() {
    assertTrue(extract("The mayor backed down on Friday.").isEmpty());
    assertTrue(extract("The council backed away from the deal.").isEmpty());
  }

  @Test
  void relativeThatAfterAPluralNounIntroducesEvidence() {
    Statement s = only(extract("Two surveys that show rents rising were published."));
    assertEquals("Two surveys", s.getSpeakerText());
    assertEquals(Statement.EVIDENCE, s.getRelation());
    assertTrue(extract("The mayor warned that support for the levy is falling.").stream()
        .noneMatch(x -> x.getCue().equals("support")));
  }

  @Test
  void expectedHedgesPastAnAdverbOrNegation() {
    Statement s = only(extract("The ferry is widely expected to close in May."));
    assertEquals(Statement.HEDGE, s.getRelation());
    assertEquals("is widely expected", s.getCue());
    assertEquals("The ferry is widely expected to close in May", s.getText());
    assertEquals("is not expected", only(extract("The mayor is not expected to run again.")).getCue());
  }

  @Test
  void passiveViewWithNoHolderIsAHedge() {
    Statement seen = only(extract("The levy is widely seen as a test for the mayor."));
    assertEquals(Statement.HEDGE, seen.getRelation());
    assertEquals("The levy is widely seen as a test for the mayor", seen.getText());
    assertEquals("is accused", only(extract("The treasurer is accused of fraud.")).getCue());
    assertEquals("is considered", only(extract("The bridge is considered a landmark.")).getCue());
    assertTrue(extract("The bill was considered on Tuesday.").isEmpty());
    assertTrue(extract("The levy could be seen as a test.").isEmpty());
  }
  @Test
  void cueFormAfterOfStaysInTheSubject() {
    Statement s = only(extract("The former secretary of state endorsed the plan."));
    assertEquals("The former secretary of state", s.getSpeakerText());
    assertEquals("the plan", s.getText());
  }

  @Test
  void speechVerbsTakeANounPhraseObject() {
    assertEquals("an incident at a movie theater",
        only(extract("The star then recalled an incident at a movie theater.")).getText());
    assertEquals("his executive experience", only(extract("Roe stressed his executive experience.")).getText());
    assertEquals(Statement.SPEECH, only(extract("Roe mentioned the bridge tolls.")).getRelation());
  }

  @Test
  void passiveAskedFindsItsQuestionAfterASetting() {
    for (String sentence : List.of("Asked on Monday whether the mayor would run, Roe shook her head.",
        "Asked specifically what should be done with the bridge, the voters were evenly divided.",
        "Asked during a debate why he trailed so badly, Roe smiled.")) {
      Statement s = extract(sentence).get(0);
      assertEquals("Asked", s.getCue(), sentence);
      assertNull(s.getSpeakerText(), sentence);
      assertTrue(s.getText().startsWith("whether") || s.getText().startsWith("what") || s.getText().startsWith("why"),
          s.getText());
    }
    assertTrue(extract("Asked on Monday, Roe shook her head.").isEmpty());
  }
  @Test
  void secondVerbOfTheSameSubjectEndsTheFirstContentAndTakesItsSpeaker() {
    List<Statement> all = extract("Roe backs tougher regulations but embraces the 2010 law.");
    assertEquals(2, all.size(), all.toString());
    assertEquals("tougher regulations", all.get(0).getText());
    assertEquals("the 2010 law", all.get(1).getText());
    assertEquals("Roe", all.get(1).getSpeakerText());
    assertEquals("prices rose and fell", only(extract("Roe said prices rose and fell.")).getText());
    assertEquals("the council backs the plan and endorses the tax",
        extract("Roe believes the council backs the plan and endorses the tax.").get(0).getText());
  }
  @Test
  void evidenceFromAnInquiryOrEmailAndABareClauseWithAPastVerb() {
    assertEquals("The inquiry",
        only(extract("The inquiry found that the office almost never searched its own email.")).getSpeakerText());
    Statement s = only(extract("A study by the group found the mayor garnered more airtime."));
    assertEquals("the mayor garnered more airtime", s.getText());
    assertTrue(extract("Police found the body wrapped in a blanket.").isEmpty());
    // a document's plain object is its finding (session 15; PolNeAR train: 27 of 29 such unread spots were gold cues)
    assertEquals("six hundred new cases of measles",
        only(extract("A survey found six hundred new cases of measles.")).getText());
  }
  @Test
  void offerTakesAnObjectThatNamesSpeech() {
    assertEquals("contradictory descriptions of how it came about",
        only(extract("People involved in the project offered contradictory descriptions of how it came about."))
            .getText());
    assertEquals("few details", only(extract("The mayor provided few details.")).getText());
    assertTrue(extract("The store offered a discount.").isEmpty());
    assertEquals("her condolences to the family",
        only(extract("The mayor offered her condolences to the family.")).getText());
  }
  @Test
  void particleAfterAnAdverbOrAnAddressee() {
    assertEquals("his friendship with the mayor",
        only(extract("Roe spoke briefly of his friendship with the mayor.")).getText());
    Statement s = only(extract("Roe spoke at the town hall on Tuesday about the bridge tolls."));
    assertEquals("the bridge tolls", s.getText());
    assertEquals("Roe", s.getSpeakerText());
    assertTrue(extract("She spoke at a rally in the state of Iowa.").isEmpty());
  }
  @Test
  void partyParenthesisBeforeTheVerbAndATimeBeforeTheParticle() {
    Statement s = only(extract("On Saturday, Sen. Jane Roe (D-Vt.) called on the governor to resign."));
    assertEquals("Sen. Jane Roe", s.getSpeakerText());
    assertEquals("the governor to resign", s.getText());
    assertEquals("the mayor to resign",
        only(extract("Jane Roe called Wednesday for the mayor to resign.")).getText());
  }
  @Test
  void relativeWordFillingTheGapOfTheVerbsClauseOpensTheContentAndTheHolderIsLeftOut() {
    Statement s = only(extract("The levy, which Roe believes will pass, is on the ballot."));
    assertEquals("which … will pass", s.getText());
    assertEquals("Roe", s.getSpeakerText());
    assertEquals("believes", s.getCue());
    assertEquals(Statement.BELIEF, s.getRelation());
    assertEquals(10, s.getCharStart());
    assertEquals(38, s.getCharEnd());
    Statement doubt = only(extract("The seat, which even the most optimistic Democrats doubt will flip, is in Texas."));
    assertEquals("which … will flip", doubt.getText());
    assertEquals("the most optimistic Democrats", doubt.getSpeakerText());
    assertEquals("which … too risky",
        only(extract("The loans, which private lenders still considered too risky, were sold.")).getText());
  }

  @Test
  void viewsBeforeAsIsAVerbInARelativeClauseOnly() {
    Statement s = only(extract("He met Smith, whom Ms. Roe views as something of a peer, on Monday."));
    assertEquals("whom … as something of a peer", s.getText());
    assertEquals("Ms. Roe", s.getSpeakerText());
    assertTrue(extract("The ferry has her views as a sailor.").isEmpty());
  }

  @Test
  void relativeClauseWithNoRelativeWordStartsAtItsAntecedentsDeterminer() {
    Statement s = only(extract("He took a step they believe could help unify the party."));
    assertEquals("a step … could help unify the party", s.getText());
    assertEquals("they", s.getSpeakerText());
    assertEquals(8, s.getCharStart());
    Statement toBe = only(extract("It was a defeat Senator Roe believes to be the worst of her career."));
    assertEquals("a defeat … to be the worst of her career", toBe.getText());
    assertEquals("Senator Roe", toBe.getSpeakerText());
  }

  @Test
  void parentheticalHolderAndVerbAreLeftOutOfTheSentenceAroundThem() {
    Statement s = only(extract("The plan, Roe believes, will fail."));
    assertEquals("The plan … will fail", s.getText());
    assertEquals("Roe", s.getSpeakerText());
    assertEquals(0, s.getCharStart());
    Statement study = only(extract("The bridge, the study found, is unsafe."));
    assertEquals("The bridge … is unsafe", study.getText());
    assertEquals("the study", study.getSpeakerText());
    assertEquals(Statement.EVIDENCE, study.getRelation());
    Statement relative = extract("The council voted for the levy, which, its members believe, will pay for the ferry.")
        .get(1);
    assertEquals("which … will pay for the ferry", relative.getText());
    assertEquals("its members", relative.getSpeakerText());
    assertTrue(extract("Yes, we know, the ferry is late.").isEmpty(), "one word before the holder");
    assertTrue(extract("The fee rose and, records show, the ferry is late.").isEmpty(), "inside a coordinated clause");
  }

  @Test
  void relationParticipleAfterAPrepositionTakesTheMainClausesSubject() {
    Statement s = extract("By refusing to admit any fault, Roe and Lee appeared weak.").stream()
        .filter(x -> "refusing".equals(x.getCue())).findFirst().orElseThrow();
    assertEquals("Roe and Lee", s.getSpeakerText());
    assertEquals("to admit any fault", s.getText());
    assertEquals("Roe", extract("While backing the levy, Roe attacked the toll.").stream()
        .filter(x -> "backing".equals(x.getCue())).findFirst().orElseThrow().getSpeakerText());
    assertTrue(extract("After seeing the sign, Roe laughed.").isEmpty()); // a perception, no stance
  }

  @Test
  void relativeClauseInsideTheSubjectIsNoGappedRelation() {
    for (Statement s : extract("The documents that investigators found were forged.", "The guns Roe found were stolen.")) {
      assertFalse(s.getText().contains(" … "), s.toString());
    }
  }

  @Test
  void adverbAsideAfterTheMainVerbIsNoParenthetical() {
    assertTrue(extract("For years, officials believed, wrongly, that the bridge was safe.").stream()
        .noneMatch(s -> s.getText().contains(" … ")));
  }

  @Test
  void quantifierStandingAloneIsTheSubject() {
    Statement some = only(extract("Some accused the mayor of hiding the ferry report."));
    assertEquals("the mayor of hiding the ferry report", some.getText());
    assertEquals("Some", some.getSpeakerText());
    Statement few = only(extract("But few believe the levy can pass."));
    assertEquals("the levy can pass", few.getText());
    assertEquals("few", few.getSpeakerText());
    assertEquals("several", extract("Most members backed the levy, though several oppose the toll on the bridge.")
        .stream().filter(x -> "oppose".equals(x.getCue())).findFirst().orElseThrow().getSpeakerText());
    assertEquals("Sen. Ada Lee", only(extract("Sen. Jane Roe (D) and Sen. Ada Lee (R) both condemned the new toll."))
        .getSpeakerText(), "a quantifier after a parenthesis follows its subject");
  }

  @Test
  void personalRelativeAfterACommaTakesTheNounAfterAPreposition() {
    Statement s = only(extract("Roe drew fire from residents on the north side, who accused the council of neglect."));
    assertEquals("the council of neglect", s.getText());
    assertEquals("residents on the north side", s.getSpeakerText());
    assertEquals("commuters", only(extract("The plan drew fire from commuters, who opposed the new toll."))
        .getSpeakerText());
  }

  @Test
  void participleInsideASplitQuotesGapIsARelation() {
    List<Statement> all = extract("“The ferry is late. It is always late,” Jane Roe said, referring to the morning"
        + " boat. “Then I think we can fix it. Sooner or later, something has to be done.”");
    assertTrue(all.get(0).getText().contains(" … "), all.toString());
    Statement s = all.stream().filter(x -> "referring to".equals(x.getCue())).findFirst().orElseThrow();
    assertEquals("the morning boat", s.getText());
    assertEquals("Jane Roe", s.getSpeakerText());
  }

  @Test
  void participleTakesTheSpeakerOfAQuoteEndingInItsSentence() {
    Statement s = extract("“The ferry is late. It has been late all week,” Jane Roe said, citing the harbor logs.")
        .stream().filter(x -> "citing".equals(x.getCue())).findFirst().orElseThrow();
    assertEquals("the harbor logs", s.getText());
    assertEquals("Jane Roe", s.getSpeakerText());
  }

  @Test
  void sOrBareFormAfterAndIsASecondPredicate() {
    Statement s = extract("Mayor Jane Roe favors the levy and opposes the new toll.").stream()
        .filter(x -> "opposes".equals(x.getCue())).findFirst().orElseThrow();
    assertEquals("the new toll", s.getText());
    assertEquals("Mayor Jane Roe", s.getSpeakerText());
    Statement bare = extract("The pilots oppose the toll and want their old contract back.").stream()
        .filter(x -> "want".equals(x.getCue())).findFirst().orElseThrow();
    assertEquals("their old contract back", bare.getText());
    assertEquals("The pilots", bare.getSpeakerText());
  }

  @Test
  void explainTakesANounPhraseObject() {
    Statement s = extract("Trump explained his reasoning in an appearance on CBS.").stream()
        .filter(x -> "explained".equals(x.getCue())).findFirst().orElseThrow();
    assertEquals("Trump", s.getSpeakerText());
    assertEquals("his reasoning", s.getText());
  }

  // Where an object's content ends (session 14): a second predicate, an appositive of a name, a new main clause.

  @Test
  void coordinatedAdjectivesListsAndContrastsStayInTheObject() {
    assertEquals("unions and organized labor", only(extract("Roe supports unions and organized labor.")).getText());
    assertEquals("the bill but not the amendment",
        only(extract("Roe backs the bill but not the amendment.")).getText());
    assertEquals("the Federal Reserve, the Treasury and the White House",
        only(extract("Roe criticized the Federal Reserve, the Treasury and the White House.")).getText());
    assertEquals("Lee, Poe and other elected officials",
        only(extract("Roe criticized Lee, Poe and other elected officials.")).getText());
    assertEquals("Lee", only(extract("Roe criticized Lee, the mayor of the city and a longtime rival.")).getText());
    assertEquals("Lee", only(extract("Roe endorsed Lee and stayed home.")).getText());
  }

  @Test
  void pollNounModifyingAnotherNounIsNoSourceAndAPollKeepsItsOwnPhrase() {
    assertTrue(extract("In a poll tax case, the court ruled on the law.").isEmpty());
    Statement s = only(extract("Roe leads Lee by 8 points in a Lakeside poll of likely voters."));
    assertEquals("Roe leads Lee by 8 points", s.getText());
    assertEquals("a Lakeside poll of likely voters", s.getSpeakerText());
    assertEquals("a new poll on the ferry released Monday",
        only(extract("Roe leads in a new poll on the ferry released Monday.")).getSpeakerText());
    assertTrue(extract("Roe rose 5 points in the latest poll numbers.").isEmpty());
    Statement grows = only(extract("Roe's lead in a poll of likely voters grows each week."));
    assertEquals("a poll of likely voters", grows.getSpeakerText());
    assertEquals("Roe's lead" + Statement.ELISION + "grows each week", grows.getText());
  }

  @Test
  void relationInsideTheAttributionOfAResumedQuoteIsKept() {
    List<Statement> all = extract("“We will win,” said Ada Roe, a former governor who backs Lee. “The voters are"
        + " with us.”");
    assertEquals(2, all.size(), all.toString());
    assertEquals("We will win … The voters are with us.", all.get(0).getText());
    assertEquals("Lee", all.get(1).getText());
    assertEquals("backs", all.get(1).getCue());
    assertEquals("a former governor", all.get(1).getSpeakerText());
  }

  @Test
  void relativePronounOpeningAParagraphDoesNotThrow() {
    assertTrue(extract("(who backs Lee)").isEmpty());
    assertTrue(extract(", who backs Lee.").isEmpty());
  }

  @Test
  void objectEndsBeforeTheSubjectsNextPredicate() {
    assertEquals("Lee", only(extract("Roe endorsed Lee and made a direct appeal to the dock workers.")).getText());
    assertEquals("Lee", only(extract("Roe endorsed Lee and has been a critic of her style ever since.")).getText());
    assertEquals("Lee", only(extract("Roe backs Lee but is not working for her campaign.")).getText());
  }

  @Test
  void objectEndsBeforeTheAppositiveOfAName() {
    assertEquals("Ada Lee", only(extract("Roe praised Ada Lee, a former mayor of Springfield.")).getText());
  }

  @Test
  void objectInAnOpeningPhraseEndsBeforeTheMainClause() {
    Statement s = only(extract("To the extent she talks about Lee, her message will be a simple one."));
    assertEquals("Lee", s.getText());
    assertEquals("she", s.getSpeakerText());
  }

  @Test
  void pollPhraseEndingAClauseSourcesTheClause() {
    Statement s = only(extract("The mayor fell to 10 percent in the latest Lakeside College poll released Wednesday."));
    assertEquals("The mayor fell to 10 percent", s.getText());
    assertEquals("in", s.getCue());
    assertEquals("the latest Lakeside College poll released Wednesday", s.getSpeakerText());
    assertEquals("evidence", s.getRelation());
    assertEquals("the dozen ward surveys leading up to the vote",
        only(extract("The mayor led in the dozen ward surveys leading up to the vote but lost.")).getSpeakerText());
  }

  @Test
  void pollPhraseInsideAClauseIsLeftOutOfItsContent() {
    Statement s = only(extract("The mayor's approval rating in the latest Harbour poll stands at 53 percent."));
    assertEquals("The mayor's approval rating" + Statement.ELISION + "stands at 53 percent", s.getText());
    assertEquals("the latest Harbour poll", s.getSpeakerText());
    assertEquals(0, s.getCharStart());
  }

  @Test
  void pollPhraseClauseStartsAfterAnOpeningClauseAndKeepsADashAside() {
    Statement s = only(extract(
        "While the mayor leads downtown, she trails Lee in the Riverside average of harbor polls by 9 points."));
    assertEquals("she trails Lee" + Statement.ELISION + "by 9 points", s.getText());
    assertEquals("the Riverside average of harbor polls", s.getSpeakerText());
    assertEquals("Three candidates - Roe, Lee and Poe - have clustered near 10 percent",
        only(extract("Three candidates - Roe, Lee and Poe - have clustered near 10 percent in harbor surveys."))
            .getText());
  }

  @Test
  void pollPhraseNeedsASpecificPollAndAClauseOfItsOwn() {
    assertEquals("The mayor is rising", only(extract("The mayor is rising in the latest harbor polls.")).getText());
    assertTrue(extract("The mayor is rising in the polls.").isEmpty(), "a standing, no source");
    assertTrue(extract("Ada Quill, the leader in harbor polls, toured the docks.").isEmpty());
    assertTrue(extract("The mayor, who is third in most harbor surveys, toured the docks.").isEmpty());
    assertTrue(extract("Poll workers in the harbor polls closed early.").isEmpty());
    Statement s = only(extract("Voters surveyed in a new poll released Monday support the levy."));
    assertEquals("support", s.getCue(), "a verb's relation wins");
  }

  @Test
  void openingPollPhraseMayEndInATime() {
    assertEquals("a Lakeside poll last month",
        only(extract("In a Lakeside poll last month, the mayor led by nine points.")).getSpeakerText());
  }

  // Verb chains and odd speakers (session 14): which verb of a chain is the cue, and subjects that run into a clause.

  @Test
  void refusalBeforeACueVerbMakesTheChainTheCue() {
    Statement s = only(extract("Roe refused to endorse Mr. Lee."));
    assertEquals("refused to endorse", s.getCue());
    assertEquals("Mr. Lee", s.getText());
    assertEquals("Roe", s.getSpeakerText());
    assertEquals("the levy", only(extract("The mayor, who has declined to discuss the levy, spoke on Monday."))
        .getText());
    Statement comment = only(extract("Roe declined to comment."));
    assertEquals("declined", comment.getCue());
    assertEquals("to comment", comment.getText());
  }

  @Test
  void seemBeforeACueVerbIsARelationNoHedge() {
    Statement s = only(extract("Mr. Roe seemed to mock the new levy."));
    assertEquals("seemed to mock", s.getCue());
    assertEquals("the new levy", s.getText());
    assertEquals("Mr. Roe", s.getSpeakerText());
    assertEquals(Statement.HEDGE, only(extract("The new levy seems to be working.")).getRelation());
  }

  @Test
  void subjectRunningBackOverAClauseVerbIsThatVerbsSubject() {
    assertEquals("Six in 10 Republicans", only(extract(
        "Six in 10 Republicans who attended the caucuses described themselves as moderates.")).getSpeakerText());
    assertEquals("She", only(extract("She proved adept at dodging questions she preferred not to answer."))
        .getSpeakerText());
    assertEquals("A poll released Saturday", only(extract("A poll released Saturday found that the levy leads."))
        .getSpeakerText());
    assertEquals("The retired officer", only(extract("The retired officer supports the levy.")).getSpeakerText());
  }

  // Nouns of speech and belief before a complement that-clause, with no holder named (issue #4).

  @Test
  void speechOrBeliefNounBeforeAThatClauseNeedsNoHolder() {
    Statement s = only(extract("The flood fuelled the belief that the levee would fail."));
    assertEquals("that the levee would fail", s.getText());
    assertEquals("belief", s.getCue());
    assertNull(s.getSpeakerText());
    assertEquals("belief", s.getRelation());
    Statement complaints = only(extract("The board heard complaints that the ferry was often late."));
    assertEquals("that the ferry was often late", complaints.getText());
    assertEquals(Statement.SPEECH, complaints.getRelation());
  }

  @Test
  void nounThatClauseInAnOpeningPhraseEndsAtItsComma() {
    Statement s = only(extract("Despite complaints that the ferry runs late, the council kept the timetable."));
    assertEquals("that the ferry runs late", s.getText());
    assertEquals("complaints", s.getCue());
  }

  @Test
  void relativeThatAfterANounAndAVerbFormStayOutOfTheNounRule() {
    assertTrue(extract("The paper printed the claim that was made in May.").isEmpty(), "a relative clause");
    assertTrue(extract("The claim that angers many voters is false.").isEmpty(), "a relative clause, -s verb");
    assertTrue(extract("The rumors that he spread last year hurt the campaign.").isEmpty(), "an object gap");
    for (String sentence : List.of("Roe doubts that the levy passes.", "Roe continues to doubt that the levy passes.",
        "Some doubt that the levy passes.")) {
      assertTrue(only(extract(sentence)).getSpeakerText() != null, sentence + ": the verb's subject");
    }
  }

  @Test
  void noHolderNounClauseEndsBeforeTheMainVerbOrTheOpeningPhrasesComma() {
    assertEquals("that the levee holds", only(extract("The belief that the levee holds is widespread.")).getText());
    assertEquals("that the levee could fail",
        extract("With concerns that the levee could fail, the council closed the road.").get(0).getText());
    Statement opening = only(extract("Complaints that the ferry runs late are common."));
    assertEquals("that the ferry runs late", opening.getText());
    assertEquals("Complaints", opening.getCue());
  }

  // A stance one receives: the of/from phrase holds it toward the verb's subject (issue #4).

  @Test
  void receivedEndorsementMakesTheSubjectTheContentAndTheOfPhraseTheSource() {
    Statement s = only(extract("Senator Jane Roe won the endorsement of the Harbour Workers Union on Monday."));
    assertEquals("Senator Jane Roe", s.getText());
    assertEquals("the Harbour Workers Union", s.getSpeakerText());
    assertEquals("won the endorsement of", s.getCue());
    assertEquals("belief", s.getRelation());
    assertEquals("most city council members",
        only(extract("Mayor Roe has the backing of most city council members.")).getSpeakerText());
    assertEquals("Lee", only(extract("Lee hasn’t received a single endorsement from any senator.")).getText());
    assertEquals("six in 10 voters",
        only(extract("Roe received support from six in 10 voters in the district.")).getSpeakerText());
  }

  @Test
  void receivedEndorsementSubjectLeavesOutOpeningWordsAndRelatives() {
    assertEquals("Roe", only(extract("Earlier this week Roe secured the endorsement of the mayor.")).getText());
    assertEquals("Roe", only(extract("INDIANAPOLIS - Roe received the endorsement of the mayor.")).getText());
    assertEquals("Roe", only(extract("The two are tied in the county with Roe receiving more support from the unions."))
        .getText());
    assertTrue(extract("Lee, who had the backing of the mayor, resigned.").isEmpty(), "a bare relative pronoun");
    assertEquals("the mayor", only(extract("Roe picked up the endorsement of the mayor.")).getSpeakerText());
    assertTrue(extract("Roe picked an endorsement from the list.").isEmpty(), "pick needs its up");
  }

  @Test
  void wouldLikeBeforeAToClauseIsAWish() {
    Statement s = only(extract("Mayor Roe would like to close the ferry."));
    assertEquals("to close the ferry", s.getText());
    assertEquals("would like", s.getCue());
    assertEquals("Mayor Roe", s.getSpeakerText());
    assertEquals("belief", s.getRelation());
    assertTrue(extract("Roe would like the plan.").isEmpty(), "no to-clause");
    assertEquals("wants", only(extract("Roe, like Lee, wants to run.")).getCue(), "a preposition");
  }

  @Test
  void subordinatorThatIsAlsoAPrepositionOpensASubject() {
    Statement s = only(extract("After the trustees opposed a new levy, the mayor resigned."));
    assertEquals("the trustees", s.getSpeakerText());
    assertEquals("a new levy", s.getText());
    assertEquals("the council", only(extract("Roe left since the council backs the plan.")).getSpeakerText());
  }

  @Test
  void reducedStanceRelativeMayFollowAPreposition() {
    Statement s = only(extract("The union gave $5,000 to a group backing Mayor Roe."));
    assertEquals("a group", s.getSpeakerText());
    assertEquals("Mayor Roe", s.getText());
    assertEquals("backing", s.getCue());
    assertEquals("officials", only(extract("Lee sent a letter to officials opposing the levy.")).getSpeakerText());
    assertEquals(1, extract("The union hoped to recruit volunteers backing Roe.").size(), "an infinitive, no holder");
  }

  @Test
  void particleVerbAlsoTakesTheFramesOfItsOtherFlags() {
    Statement to = only(extract("The council agreed to delay the vote."));
    assertEquals("to delay the vote", to.getText());
    assertEquals("The council", to.getSpeakerText());
    assertEquals("belief", to.getRelation());
    Statement with = only(extract("Most residents agree on the need for a new bridge."));
    assertEquals("agree on", with.getCue());
    assertEquals("the need for a new bridge", with.getText());
    assertTrue(extract("They agreed to a truce.").isEmpty(), "no infinitive");
  }

  @Test
  void timePhraseBetweenVerbAndComplementJoinsTheCue() {
    Statement to = only(extract("The union vowed on Tuesday to extend the strike."));
    assertEquals("to extend the strike", to.getText());
    assertEquals("vowed on Tuesday", to.getCue());
    assertEquals("The union", to.getSpeakerText());
    assertEquals("that the ferry had failed",
        only(extract("The mayor learned last week that the ferry had failed.")).getText());
  }

  @Test
  void objectEndsBeforeAndWithANewClause() {
    assertEquals("Lee", only(extract("Roe endorsed Lee and the mayor's allies walked out.")).getText());
    assertEquals("to renew the lease",
        only(extract("The council declined to renew the lease and the tenants could not find a new site.")).getText());
    assertEquals("the plan and the expenses associated with it",
        only(extract("Roe backed the plan and the expenses associated with it.")).getText(), "a participle");
    assertEquals("the plan", only(extract("Roe backed the plan and she campaigned hard for it.")).getText());
    assertEquals("the plan and the rights of undocumented workers",
        only(extract("Roe backed the plan and the rights of undocumented workers.")).getText());
  }

  @Test
  void yetToJoinsTheCueOfTheVerbAfterIt() {
    Statement s = only(extract("The mayor has yet to endorse the levy."));
    assertEquals("yet to endorse", s.getCue());
    assertEquals("The mayor", s.getSpeakerText());
    assertEquals("the levy", s.getText());
  }

  @Test
  void relativeEvidenceVerbTakesTheDocumentOfItsAntecedent() {
    Statement s = only(extract("The memo came days after polls by Lakeside College that showed the levy losing."));
    assertEquals("polls by Lakeside College", s.getSpeakerText());
    assertEquals("the levy losing", s.getText());
    assertEquals("evidence", s.getRelation());
  }

  @Test
  void negatedInfinitiveIsTheContent() {
    Statement s = only(extract("Roe decided not to run for mayor."));
    assertEquals("not to run for mayor", s.getText());
    assertEquals("decided", s.getCue());
  }

  @Test
  void thoseBeforeAStanceParticipleHoldsTheStance() {
    Statement s = only(extract("The plan drew fire from residents, including those backing the mayor."));
    assertEquals("those", s.getSpeakerText());
    assertEquals("the mayor", s.getText());
    assertEquals("backing", s.getCue());
  }

  @Test
  void attackedIsACriticismOfAnActor() {
    Statement s = only(extract("Senator Roe attacked Mayor Lee over the levy."));
    assertEquals("Mayor Lee over the levy", s.getText());
    assertEquals("Senator Roe", s.getSpeakerText());
    assertEquals(Statement.SPEECH, s.getRelation());
    assertEquals("his rivals", only(extract("Roe attacked his rivals.")).getText());
    assertTrue(extract("Gunmen attacked a police station.").isEmpty(), "no person attacked");
  }

  @Test
  void supportThrownBehindSomeoneIsAStance() {
    Statement s = only(extract("Senator Lee threw his support behind Mayor Roe."));
    assertEquals("threw his support behind", s.getCue());
    assertEquals("Senator Lee", s.getSpeakerText());
    assertEquals("Mayor Roe", s.getText());
    assertEquals("belief", s.getRelation());
    assertEquals("the mayor", only(extract("The senators threw their weight to the mayor.")).getText());
    assertTrue(extract("Roe threw the ball to Lee.").isEmpty());
  }

  @Test
  void coordinatedPassiveHedgeStartsAtItsAuxiliary() {
    Statement s = only(extract("Lee is moving to Leeds but is expected to keep her seat."));
    assertEquals(Statement.HEDGE, s.getRelation());
    assertEquals("is expected to keep her seat", s.getText());
  }

  @Test
  void considerTakesAGerund() {
    Statement s = only(extract("The board is considering raising the ferry fare."));
    assertEquals("raising the ferry fare", s.getText());
    assertEquals("The board", s.getSpeakerText());
    assertTrue(extract("The board considered the Monday meeting.").isEmpty(), "no gerund");
  }

  @Test
  void inHopesIsTheMainSubjectsHope() {
    Statement of = only(extract("Senator Roe met the board in hopes of winning its support."));
    assertEquals("in hopes", of.getCue());
    assertEquals("Senator Roe", of.getSpeakerText());
    assertEquals("winning its support", of.getText());
    assertEquals("that the board would relent",
        only(extract("Senator Roe spoke in the hope that the board would relent.")).getText());
  }

  @Test
  void photosAreEvidence() {
    Statement s = only(extract("Photos showed crowds cheering the mayor."));
    assertEquals("evidence", s.getRelation());
    assertEquals("Photos", s.getSpeakerText());
    assertEquals("crowds cheering the mayor", s.getText());
  }
}
