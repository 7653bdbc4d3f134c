package dev.quotebeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.Statement;
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
  void wishVerbGivesItsToClause() {
    Statement s = only(extract("The union wants to reopen the talks."));
    assertEquals("to reopen the talks", s.getText());
    assertEquals("belief", s.getRelation());
  }

  @Test
  void particleVerbNeedsItsParticle() {
    assertEquals("a recount", only(extract("The governor called for a recount.")).getText());
    assertTrue(extract("The governor called the office twice.").isEmpty());
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
  void openingPollPhraseSourcesTheClause() {
    Statement s = only(extract("In a Tuesday poll by the Riverside Institute, the mayor led by nine points."));
    assertEquals("the mayor led by nine points", s.getText());
    assertEquals("a Tuesday poll by the Riverside Institute", s.getSpeakerText());
    assertEquals("evidence", s.getRelation());
  }

  @Test
  void nounUsesAndPassivesAreNoCues() {
    assertTrue(extract("Their support for the plan faded.").isEmpty());
    assertTrue(extract("The plan was criticized by the council.").isEmpty());
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
    assertEquals("belief", citing.getRelation());
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
}
