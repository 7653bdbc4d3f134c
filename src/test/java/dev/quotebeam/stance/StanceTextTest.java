package dev.quotebeam.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class StanceTextTest {
  @Test
  void wordsOfASentenceEndingInAQuestionMarkAreAsked() {
    StanceText t = new StanceText("The fare rose. Who pays for it?! Nobody knows");
    assertArrayEquals(
        new boolean[] {false, false, false, true, true, true, true, false, false}, t.question);
  }

  @Test
  void questionEndsAtAColon() {
    StanceText t = new StanceText("One thing: is it fair?");
    assertArrayEquals(new boolean[] {false, false, true, true, true}, t.question);
  }
}
