package dev.quotebeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : new SentenceSplitter().split(text)) {
      out.add(text.substring(s[0], s[1]));
    }
    return out;
  }

  @Test
  void splitsOnPeriodBeforeCapital() {
    assertEquals(List.of("It rained.", "We left."), split("It rained. We left."));
  }

  @Test
  void lineBreakEndsASentenceBeforeAQuoteOrAfterSentencePunctuation() {
    assertEquals(List.of("“We won.” ― Jane Roe", "“We lost.” ― John Doe"),
        split("“We won.” ― Jane Roe\n“We lost.” ― John Doe"));
    assertEquals(List.of("Results are in:", "Roe won the seat."), split("Results are in:\nRoe won the seat."));
    assertEquals(List.of("The senator from the U.S.\nSenate panel and the\nmayor spoke."),
        split("The senator from the U.S.\nSenate panel and the\nmayor spoke."));
    assertEquals(List.of("The mayor said the plan was\n“dead on arrival” and would not pass."),
        split("The mayor said the plan was\n“dead on arrival” and would not pass."));
  }

  @Test
  void periodThatLostItsSpaceEndsASentence() {
    assertEquals(List.of("Roe said the levy is unfair.", "Lee said it is fair."),
        split("Roe said the levy is unfair.Lee said it is fair."));
    assertEquals(List.of("Shares of Amazon.com and of the U.S.A. firm rose."),
        split("Shares of Amazon.com and of the U.S.A. firm rose."));
  }

  @Test
  void keepsTitleAbbreviationsInsideSentence() {
    assertEquals(List.of("Gen. Smith and Mr. Jones met Jan. 5 in the capital."),
        split("Gen. Smith and Mr. Jones met Jan. 5 in the capital."));
  }

  @Test
  void keepsInitialsAndSuffixesInsideName() {
    assertEquals(List.of("General John Q. Public III spoke today.", "He left."),
        split("General John Q. Public III spoke today. He left."));
  }

  @Test
  void keepsDottedAcronymBeforeNoun() {
    assertEquals(List.of("The U.S. Navy sailed."), split("The U.S. Navy sailed."));
  }

  @Test
  void splitsAfterDottedAcronymBeforeSentenceOpener() {
    assertEquals(List.of("Troops came home to the U.S.", "They rested."),
        split("Troops came home to the U.S. They rested."));
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertEquals(List.of("He called it a “mistake.”", "Nobody agreed."),
        split("He called it a “mistake.” Nobody agreed."));
  }

  @Test
  void commaAfterQuotedPeriodDoesNotSplit() {
    assertEquals(List.of("“No. Never,” she said."), split("“No. Never,” she said."));
  }

  @Test
  void bracketedEllipsisDoesNotSplit() {
    assertEquals(List.of("We stay […] We fight."), split("We stay […] We fight."));
  }

  @Test
  void questionInsideQuoteFollowedByLowercaseDoesNotSplit() {
    assertEquals(List.of("“Why now?” he asked."), split("“Why now?” he asked."));
  }

  @Test
  void keepsPluralTitlesInsideSentence() {
    assertEquals(List.of("The rivals, particularly Sens. Roe and Doe, objected."),
        split("The rivals, particularly Sens. Roe and Doe, objected."));
  }

  @Test
  void stateAbbreviationEndsSentenceOnlyBeforeAnOpener() {
    assertEquals(List.of("LOUISVILLE, Ky. (AP) Crowds gathered."), split("LOUISVILLE, Ky. (AP) Crowds gathered."));
    assertEquals(List.of("She lives in Tampa, Fla.", "The city grew."), split("She lives in Tampa, Fla. The city grew."));
  }

  @Test
  void doubledApostropheOpensSentence() {
    assertEquals(List.of("He left.", "''We stay,'' she said."), split("He left. ''We stay,'' she said."));
  }
}
