package dev.quotebeam.actors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
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
}
