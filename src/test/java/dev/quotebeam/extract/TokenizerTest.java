package dev.quotebeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> tokens(String text) {
    return new Tokenizer().tokenize(text, 0, text.length()).stream().map(Tokenizer.Token::text).toList();
  }

  @Test
  void periodBetweenASentenceEndAndACapitalisedWordIsALostSpace() {
    assertEquals(List.of("Roe", "said", ".", "Lee", "agreed", "."), tokens("Roe said.Lee agreed."));
    // not in a domain, a dotted acronym or a short capitalised abbreviation
    assertEquals(List.of("Amazon.com", "rose"), tokens("Amazon.com rose"));
    assertEquals(List.of("the", "U.S.", "Senate"), tokens("the U.S. Senate"));
    assertEquals(List.of("St.Louis"), tokens("St.Louis"));
    assertEquals(List.of("Gov.", "Brown"), tokens("Gov.Brown"));
  }

  @Test
  void invisibleFormatCharactersAreSpaceButASoftHyphenStaysInItsWord() {
    assertEquals(List.of("”", "This", "is", "it"), tokens("\u202A”This is\u200B it"));
    assertEquals(List.of("exam\u00ADple"), tokens("exam\u00ADple"));
    assertEquals("example", new Tokenizer().tokenize("exam\u00ADple", 0, 8).get(0).lower());
  }

  @Test
  void commaGroupingThousandsJoinsItsNumber() {
    assertEquals(List.of("about", "2,400", ",", "not", "1", ",", "80"), tokens("about 2,400, not 1,80"));
  }
}
