package dev.quotebeam.actors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.ArticleStatements;
import dev.quotebeam.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

/** The Beam wiring gives every speaker the actor its block's corpus-wide type vote chose. */
public class CanonicalizeActorsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static ArticleStatements article(String id, String[]... typedSpeakers) {
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < typedSpeakers.length; i++) {
      statements.add(
          Statement.builder()
              .setStatementId(id + "-" + i)
              .setArticleId(id)
              .setKind(Statement.DIRECT)
              .setText("We will see.")
              .setSpeakerName(typedSpeakers[i][1])
              .setSpeakerType(typedSpeakers[i][0])
              .setParagraph(0)
              .setCharStart(0)
              .setCharEnd(12)
              .build());
    }
    Article a = Article.builder().setArticleId(id).setInputPath(id).setParagraphs(List.of("We will see.")).build();
    return ArticleStatements.of(a, statements);
  }

  private static String[] speaker(String type, String name) {
    return new String[] {type, name};
  }

  @Test
  public void bareNamesFollowTheCorpusWideVoteAcrossArticles() {
    PCollection<ArticleStatements> out =
        p.apply(
                Create.of(
                    article("a1", speaker(Statement.PERSON, "Corinne Wexley"), speaker(Statement.PERSON, "Hal Ford")),
                    article("a2", speaker(Statement.ORGANIZATION, "Wexley"), speaker(Statement.ORGANIZATION, "Ford")),
                    article("a3", speaker(Statement.PERSON, "Corinne Wexley"), speaker(Statement.ORGANIZATION, "Ford")),
                    article("a4", speaker(Statement.PERSON, "Anna Berg"), speaker(Statement.PERSON, "Lars Berg")),
                    article("a5", speaker(Statement.PERSON, "Berg"))))
            .apply(new CanonicalizeActors(new ActorCanonicalizer(), 3));

    PAssert.that(out)
        .satisfies(
            articles -> {
              Map<String, Statement> bySpeaker = new TreeMap<>();
              for (ArticleStatements a : articles) {
                for (Statement s : a.getStatements()) {
                  bySpeaker.put(a.getArticle().getArticleId() + " " + s.getSpeakerName(), s);
                }
              }
              Statement wexley = bySpeaker.get("a2 Wexley");
              assertEquals(bySpeaker.get("a1 Corinne Wexley").getActorId(), wexley.getActorId());
              assertEquals("Corinne Wexley", wexley.getActorName());
              assertEquals(Statement.PERSON, wexley.getSpeakerType());

              Statement ford = bySpeaker.get("a2 Ford");
              assertNotEquals(bySpeaker.get("a1 Hal Ford").getActorId(), ford.getActorId());
              assertEquals(bySpeaker.get("a3 Ford").getActorId(), ford.getActorId());
              assertEquals(Statement.ORGANIZATION, ford.getSpeakerType());

              String berg = bySpeaker.get("a5 Berg").getActorId();
              assertNotEquals(bySpeaker.get("a4 Anna Berg").getActorId(), berg);
              assertNotEquals(bySpeaker.get("a4 Lars Berg").getActorId(), berg);
              assertNotEquals(bySpeaker.get("a4 Anna Berg").getActorId(), bySpeaker.get("a4 Lars Berg").getActorId());
              return null;
            });
    p.run().waitUntilFinish();
  }
}
