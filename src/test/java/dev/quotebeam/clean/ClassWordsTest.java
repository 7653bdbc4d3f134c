package dev.quotebeam.clean;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassWordsTest {
  private static final ClassWords WORDS = new ClassWords("comment|share", "ad|nav");

  @Test
  void fragmentMatchesInsideALongerClass() {
    assertTrue(WORDS.matches("user-comments-list"));
  }

  @Test
  void wordMatchesAsAWholePartIgnoringCase() {
    assertTrue(WORDS.matches("story Top_AD slot"));
  }

  @Test
  void wordDoesNotMatchInsideAnotherWord() {
    assertFalse(WORDS.matches("header navigation-wrapper"));
  }

  @Test
  void wordHoldingASeparatorIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ClassWords("", "published|date-published"));
  }
}
