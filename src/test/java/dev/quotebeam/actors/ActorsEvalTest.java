package dev.quotebeam.actors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorsEvalTest {
  /**
   * Predicted clusters {a: x1 x2 y1}, {b: y2}; gold {x: x1 x2}, {y: y1 y2}. Per element precision: x1 2/3, x2 2/3,
   * y1 1/3, y2 1 → 8/12 = 0.6667; recall: x1 1, x2 1, y1 1/2, y2 1/2 → 0.75; F1 = 2·(2/3)(3/4)/(17/12) = 12/17.
   */
  @Test
  void bCubedByHand() {
    List<String[]> pairs =
        List.of(new String[] {"a", "x"}, new String[] {"a", "x"}, new String[] {"a", "y"}, new String[] {"b", "y"});
    assertArrayEquals(new double[] {2.0 / 3, 0.75, 12.0 / 17}, ActorsEval.bCubed(pairs), 1e-9);
  }

  @Test
  void twoLetterAcronymNamesItsOrganisation() {
    ActorsEval.GoldEvent gm = new ActorsEval.GoldEvent("d", 0, "said", "i", "ORG", Set.of("gm", "general", "motors"));
    assertTrue(ActorsEval.names("GM", gm));
  }

  @Test
  void shortLowerCaseWordDoesNotNameAnOrganisation() {
    ActorsEval.GoldEvent un = new ActorsEval.GoldEvent("d", 0, "said", "i", "ORG", Set.of("of", "ministry"));
    assertFalse(ActorsEval.names("Board of Trade", un));
  }
}
