package dev.quotebeam.failsafe;

import dev.quotebeam.model.ArticleStatements;
import java.io.Serializable;

/** A per-article stage's core call, shipped to workers; may throw to reject the article. */
@FunctionalInterface
public interface ArticleCore extends Serializable {
  ArticleStatements apply(ArticleStatements article) throws Exception;
}
