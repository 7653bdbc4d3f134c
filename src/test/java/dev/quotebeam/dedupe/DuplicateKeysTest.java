package dev.quotebeam.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {
  private static final String BODY =
      "The council voted on Thursday to approve the new harbour budget, which adds two ferries and a night bus. "
          + "Opponents said the plan was rushed; supporters said it was overdue and that the city could not wait. "
          + "The mayor's office said the first ferry would sail in the spring and the night bus would start in June. "
          + "Councillors who voted against the budget said they would ask the state auditor to review the ferry contract.";
  private static final String OTHER =
      "Shares in the region's largest grocer fell sharply after it warned that rising transport costs would cut "
          + "its profit this year. Analysts said the warning was broader than expected and covered every division, "
          + "including the online business that had been the company's main source of growth since the pandemic.";

  private static Article article(String id, String url, String published, String... paragraphs) {
    return Article.builder()
        .setArticleId(id)
        .setInputPath(id + ".html")
        .setCanonicalUrl(url)
        .setPublishedAt(published)
        .setParagraphs(List.of(paragraphs))
        .build();
  }

  private static List<String> bands(String text) {
    List<String> keys = new ArrayList<>(DuplicateKeys.keys(article("x", null, null, text), DuplicateKeys.signature(text)));
    return keys;
  }

  @Test
  void syndicatedCopyWithACreditLineIsNearDuplicate() {
    String copy = BODY + " This story was first published by the Harbour Gazette.";
    double sim = DuplicateKeys.similarity(DuplicateKeys.signature(BODY), DuplicateKeys.signature(copy));
    assertTrue(sim >= DuplicateKeys.MIN_SIMILARITY, "similarity " + sim);
    List<String> shared = bands(BODY);
    shared.retainAll(bands(copy));
    assertTrue(!shared.isEmpty(), "a syndicated copy must share a MinHash band");
  }

  @Test
  void differentStoriesAreNotSimilar() {
    assertTrue(DuplicateKeys.similarity(DuplicateKeys.signature(BODY), DuplicateKeys.signature(OTHER + " " + OTHER.replace("grocer", "retailer"))) < 0.2);
  }

  @Test
  void shortBodiesAreNotFingerprinted() {
    assertNull(DuplicateKeys.signature("Markets rose."));
    assertEquals(List.of("url:https://a.example/x"), DuplicateKeys.keys(article("a", "https://a.example/x", null, "Markets rose."), null));
  }

  @Test
  void earlierPublicationIsMoreOriginalAndUndatedComesLast() {
    Article early = article("z", null, "2020-01-01T10:00:00Z", BODY);
    Article late = article("a", null, "2020-01-02T10:00:00Z", BODY);
    Article undated = article("b", null, null, BODY);
    assertTrue(DuplicateKeys.precedence(early).compareTo(DuplicateKeys.precedence(late)) < 0);
    assertTrue(DuplicateKeys.precedence(late).compareTo(DuplicateKeys.precedence(undated)) < 0);
  }

  @Test
  void precedenceComparesInstantsAcrossOffsets() {
    Article newYorkEvening = article("b", null, "2020-01-07T22:00:00-05:00", BODY);
    Article londonMorning = article("a", null, "2020-01-08T01:00:00Z", BODY);
    assertTrue(DuplicateKeys.precedence(londonMorning).compareTo(DuplicateKeys.precedence(newYorkEvening)) < 0);
  }
}
