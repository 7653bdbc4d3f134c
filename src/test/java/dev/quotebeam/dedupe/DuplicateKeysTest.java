package dev.quotebeam.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {
  private static final String BODY =
      "The council voted on Thursday to approve the new harbour budget, which adds two ferries and a night bus. "
          + "Opponents said the plan was rushed; supporters said it was overdue and that the city could not wait. "
          + "The mayor's office said the first ferry would sail in the spring and the night bus would start in June.";

  private static Article article(String id, String url, String published, String... paragraphs) {
    return Article.builder()
        .setArticleId(id)
        .setInputPath(id + ".html")
        .setCanonicalUrl(url)
        .setPublishedAt(published)
        .setParagraphs(List.of(paragraphs))
        .build();
  }

  @Test
  void syndicatedCopyWithOtherMarkupSharesTheTextKey() {
    Article a = article("a", "https://one.example/x", "2020-01-01T10:00:00Z", BODY);
    Article b = article("b", "https://two.example/y", "2020-01-01T14:00:00Z", BODY.replace(";", ","));
    assertEquals(DuplicateKeys.keys(a).get(1), DuplicateKeys.keys(b).get(1));
    assertNotEquals(DuplicateKeys.keys(a).get(0), DuplicateKeys.keys(b).get(0));
  }

  @Test
  void shortBodiesAreNotFingerprinted() {
    assertEquals(List.of(), DuplicateKeys.keys(article("a", null, null, "Markets rose.")));
  }

  @Test
  void earlierPublicationIsMoreOriginalAndUndatedComesLast() {
    Article early = article("z", null, "2020-01-01T10:00:00Z", BODY);
    Article late = article("a", null, "2020-01-02T10:00:00Z", BODY);
    Article undated = article("b", null, null, BODY);
    assertTrue(DuplicateKeys.precedence(early).compareTo(DuplicateKeys.precedence(late)) < 0);
    assertTrue(DuplicateKeys.precedence(late).compareTo(DuplicateKeys.precedence(undated)) < 0);
  }
}
