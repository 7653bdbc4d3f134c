package dev.quotebeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.Statement;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * The scorer's reading of a prediction: the parts its content's text joins, compared by word characters, and where
 * its cue stands.
 */
class PolnearEvalTest {
  private static final String TEXT = "The plan, Roe said, is dead.";

  private static Statement statement(String text) {
    return Statement.builder().setStatementId("s").setArticleId("a").setKind(Statement.INDIRECT)
        .setRelation(Statement.SPEECH).setExtraction(Statement.RULES).setText(text).setCue("said")
        .setSpeakerText("Roe").setSpeakerType("PERSON").setParagraph(0).setCharStart(0).setCharEnd(27)
        .setContext(TEXT).setDateBasis("none").build();
  }

  private static BitSet gold() {
    BitSet g = new BitSet();
    g.set(0, 8); // "The plan"
    g.set(20, 27); // "is dead"
    return g;
  }

  @Test
  void elidedTextGivesItsPartsAndMatchesTheDiscontinuousGoldExactly() {
    BitSet chars = PolnearEval.contentChars(TEXT, statement("The plan … is dead"));
    assertEquals(gold(), chars);
    assertTrue(PolnearEval.sameWords(TEXT, chars, gold()));
  }

  @Test
  void hullThatHoldsTheAttributionIsNoExactMatch() {
    BitSet chars = PolnearEval.contentChars(TEXT, statement("The plan, Roe said, is dead"));
    assertEquals(27, chars.cardinality());
    assertFalse(PolnearEval.sameWords(TEXT, chars, gold()));
  }

  @Test
  void cueNormalisedToLowerCaseIsFoundAtTheStartOfASentence() {
    String text = "According to Roe, the plan is dead.";
    Statement s = statement("the plan is dead").toBuilder().setCue("according to").setCharStart(18).setCharEnd(34)
        .build();
    assertEquals(0, PolnearEval.cueSpan(text, s)[0]);
    assertEquals(12, PolnearEval.cueSpan(text, s)[1]);
  }
}
