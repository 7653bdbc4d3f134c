package dev.quotebeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.extract.ContentModel.Choice;
import dev.quotebeam.extract.Tokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentModelTest {
  private static final ContentModel MODEL = ContentModel.parse(List.of(
      "# hand-made weights for the tests",
      "cue\tgrumbled",
      "threshold\t1.0",
      "b\t-1.0",
      "w=grumbled\t1.5",
      "c=clause|nc=that\t1.0",
      "c=object|len=3\t0.25"));

  private static List<Token> tokens(String sentence) {
    return new Tokenizer().tokenize(sentence, 0, sentence.length());
  }

  @Test
  void vocabularyLinesNameTheCandidateWords() {
    assertTrue(MODEL.isCandidate("grumbled"));
    assertFalse(MODEL.isCandidate("sailed"));
  }

  @Test
  void scoreSumsTheWeightsOfKnownFeatures() {
    assertEquals(-1.0 + 1.5 + 1.0, MODEL.score(List.of("b", "w=grumbled", "c=clause|nc=that", "unknown")), 1e-9);
  }

  @Test
  void thresholdIsExclusive() {
    assertFalse(MODEL.accepts(1.0, "name"));
    assertTrue(MODEL.accepts(1.01, "name"));
  }

  @Test
  void aSpeakerKindMayHaveItsOwnThreshold() {
    ContentModel model = ContentModel.parse(List.of("threshold\t1.0", "threshold:borrowed\t3.0"));
    assertTrue(model.accepts(2.0, "name"));
    assertFalse(model.accepts(2.0, "borrowed"));
    assertTrue(model.accepts(3.5, "borrowed"));
    assertThrows(IllegalArgumentException.class,
        () -> ContentModel.parse(List.of("threshold\t1.0", "threshold:someone\t3.0")));
    assertThrows(IllegalArgumentException.class,
        () -> ContentModel.parse(List.of("threshold\t1.0", "threshold:name\t3.0", "threshold:name\t2.0")));
  }

  @Test
  void speakerKindsFollowTheSourceFeature() {
    assertEquals("name", ContentModel.speakerKind("subject|name+"));
    assertEquals("other", ContentModel.speakerKind("subject|name"));
    assertEquals("pronoun", ContentModel.speakerKind("subject|pronoun+"));
    assertEquals("possessive", ContentModel.speakerKind("possessive|pronoun+"));
    assertEquals("borrowed", ContentModel.speakerKind("borrowed|name"));
    assertEquals("other", ContentModel.speakerKind("comma|name"));
    assertTrue(ContentModel.SPEAKER_KINDS.containsAll(List.of("name", "pronoun", "possessive", "borrowed", "other")));
  }

  @Test
  void trainingDumpPlacesASpeakerAfterItsQuoteAtTheNearestMention() {
    String text = "Roe met Ada Quill at the harbour on a cold and windy morning. “The ferry is late,” Roe said.";
    dev.quotebeam.model.Statement s = QuoteExtractor.withDefaults().extract(Articles.of(text)).stream()
        .filter(x -> x.getText().contains("ferry")).findFirst().orElseThrow();
    assertEquals("Roe", s.getSpeakerText());
    int[] span = ContentModelDump.speakerSpan(text, s);
    assertEquals(text.lastIndexOf("Roe"), span[0]);
    assertEquals(text.lastIndexOf("Roe") + 3, span[1]);
  }

  @Test
  void featuresJoinTheWordAndItsContextWithTheChoice() {
    List<Token> toks = tokens("Ada Quill grumbled that the ferry was late.");
    List<String> f = ContentModel.features(toks, 2, Choice.CLAUSE, 3, 7, "none", "subject|name+");
    assertTrue(f.containsAll(List.of("b", "w=grumbled", "s=grumbl", "e=ed", "p=<cap>", "n=that", "nc=that",
        "lex=none", "src=subject|name+", "pc", "c=clause", "c=clause|w=grumbled", "c=clause|nc=that",
        "c=clause|len=7", "c=clause|end=true", "c=clause|src=subject|name+")), f.toString());
    assertEquals(-1.0 + 1.5 + 1.0, MODEL.score(f), 1e-9);
  }

  @Test
  void objectChoiceOfThreeTokensDoesNotRunToTheEnd() {
    List<Token> toks = tokens("He grumbled about the ferry at the dock today.");
    List<String> f = ContentModel.features(toks, 1, Choice.OBJECT, 2, 4, "none", "subject|pronoun+");
    assertTrue(f.containsAll(List.of("pp", "c=object|len=3", "c=object|end=false")), f.toString());
  }

  @Test
  void determinerBeforeTheWordIsAFeature() {
    List<Token> toks = tokens("Their support for the plan grew.");
    assertTrue(ContentModel.features(toks, 1, Choice.PARTICLE, 3, 4, "belief", "possessive|pronoun+")
        .containsAll(List.of("pd", "c=particle|pd=true", "lex=belief")));
  }

  @Test
  void stemDropsOneEndingAndTrailingEs() {
    assertEquals("lament", ContentModel.stem("lamented"));
    assertEquals("lament", ContentModel.stem("laments"));
    assertEquals("argu", ContentModel.stem("argue"));
  }

  @Test
  void weightsWithoutAThresholdOrATabAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ContentModel.parse(List.of("b\t1.0")));
    assertThrows(IllegalArgumentException.class, () -> ContentModel.parse(List.of("threshold\t1", "b 1.0")));
  }

  @Test
  void shippedModelLoads() {
    ContentModel shipped = ContentModel.defaults();
    assertTrue(shipped.isCandidate("according"));
    assertFalse(shipped.isCandidate("the"));
    assertFalse(shipped.isCandidate("did"), "an auxiliary is no cue of the shipped model");
    assertTrue(Double.isFinite(shipped.score(List.of("b", "w=assailed"))));
  }

  @Test
  void aKeyGivenTwiceIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> ContentModel.parse(List.of("threshold	1", "threshold	2")));
    assertThrows(IllegalArgumentException.class,
        () -> ContentModel.parse(List.of("threshold	1", "w=said	1", "w=said	2")));
  }

  @Test
  void capitalisedNeighboursAreOneClassSoNoNameIsAFeature() {
    List<Token> toks = tokens("Mayor Quill grumbled Tuesday that the ferry was late.");
    List<String> f = ContentModel.features(toks, 2, Choice.CLAUSE, 3, 9, "none", "subject|name+");
    assertTrue(f.contains("p=<cap>") && f.contains("n=<cap>"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.contains("quill") || x.contains("tuesday")), f.toString());
  }
}
