package dev.quotebeam.stance;

import dev.quotebeam.model.Statement;

/** A direct statement over its whole text, for the stance scorers' tests to finish as they need. */
final class TestStatements {
  private TestStatements() {}

  /** Statement s1 of article a1: DIRECT, paragraph 0, spanning {@code text}, which is also its context. */
  static Statement.Builder direct(String text) {
    return Statement.builder()
        .setStatementId("s1")
        .setArticleId("a1")
        .setKind(Statement.DIRECT)
        .setText(text)
        .setParagraph(0)
        .setCharStart(0)
        .setCharEnd(text.length())
        .setContext(text);
  }
}
