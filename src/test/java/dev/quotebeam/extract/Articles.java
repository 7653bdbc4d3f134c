package dev.quotebeam.extract;

import dev.quotebeam.model.Article;
import java.util.Arrays;
import java.util.List;

/** Builds test articles from paragraphs. */
public final class Articles {
  private Articles() {}

  public static Article of(String... paragraphs) {
    return of(Arrays.asList(paragraphs));
  }

  public static Article of(List<String> paragraphs) {
    return Article.builder()
        .setArticleId("a1")
        .setInputPath("test.html")
        .setPublishedAt("2021-03-04T00:00:00Z")
        .setParagraphs(paragraphs)
        .build();
  }
}
