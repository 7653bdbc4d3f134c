package dev.quotebeam.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashtagsTest {
  private final Hashtags tags = new Hashtags(List.of("tolls", "bridge"));

  @Test
  void camelCaseTagIsSplitIntoWords() {
    assertEquals("ride safe 2024 now", tags.expand("#RideSafe2024 now"));
  }

  @Test
  void stancePrefixBeforeATargetWordBecomesACue() {
    assertEquals("against tolls and support bridge", tags.expand("#antitolls and #probridge"));
  }

  @Test
  void lowerCaseRunIsSplitAroundTheTargetWord() {
    assertEquals("bridge isajoke", tags.expand("#bridgeisajoke"));
  }

  @Test
  void runWithoutATargetWordStaysWhole() {
    assertEquals("protect", tags.expand("#protect"));
  }

  @Test
  void hyphenatedPrefixIsRewrittenOnlyBeforeATargetWord() {
    assertEquals("against tolls rally, pro life march", tags.expand("anti-tolls rally, pro-life march"));
  }
}
