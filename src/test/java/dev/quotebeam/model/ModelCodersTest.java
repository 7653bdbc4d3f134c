package dev.quotebeam.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** The model types get deterministic schema coders that round-trip nulls and lists. */
class ModelCodersTest {
  private final SchemaRegistry registry = SchemaRegistry.createDefault();

  private <T> T roundTrip(Class<T> type, T value) throws Exception {
    Coder<T> coder =
        SchemaCoder.of(
            registry.getSchema(type),
            org.apache.beam.sdk.values.TypeDescriptor.of(type),
            registry.getToRowFunction(type),
            registry.getFromRowFunction(type));
    return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
  }

  @Test
  void documentAndStatementCodersAreDeterministic() throws Exception {
    for (Class<?> type : List.of(RawDocument.class, Article.class, Statement.class, Reject.class)) {
      SchemaCoder.of(registry.getSchema(type)).verifyDeterministic();
    }
  }

  @Test
  void articleSchemaMarksOptionalFieldsNullable() throws NoSuchSchemaException {
    Schema schema = registry.getSchema(Article.class);
    assertTrue(schema.getField("title").getType().getNullable());
    assertEquals(false, schema.getField("articleId").getType().getNullable());
  }

  @Test
  void articleRoundTripsWithNulls() throws Exception {
    Article a =
        Article.builder()
            .setArticleId("a1")
            .setInputPath("x.html")
            .setParagraphs(List.of("One.", "Two."))
            .build();
    assertEquals(a, roundTrip(Article.class, a));
    assertEquals("One.\n\nTwo.", a.text());
  }

  @Test
  void rawDocumentRoundTripsBytes() throws Exception {
    RawDocument d =
        RawDocument.builder().setInputPath("p").setContent(new byte[] {1, 2, 3}).build();
    assertArrayEquals(new byte[] {1, 2, 3}, roundTrip(RawDocument.class, d).getContent());
  }

  @Test
  void statementStanceRoundTrips() throws Exception {
    StatementStance s =
        StatementStance.create("s1", null, "t", StatementStance.OPPOSE, -0.8, List.of("leave"), "2020-01-06");
    assertEquals(s, roundTrip(StatementStance.class, s));
  }
}
