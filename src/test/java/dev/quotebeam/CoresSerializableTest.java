package dev.quotebeam;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.quotebeam.actors.ActorCanonicalizer;
import dev.quotebeam.attribute.SpeakerResolver;
import dev.quotebeam.clean.ArticleCleaner;
import dev.quotebeam.dates.StatementDater;
import dev.quotebeam.extract.QuoteExtractor;
import dev.quotebeam.options.SpecParser;
import dev.quotebeam.stance.StanceScorer;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

/** Every stage core is shipped to Beam workers inside its DoFn, so each must survive Java serialisation. */
class CoresSerializableTest {
  @Test
  void everyCoreSerialises() {
    List<Serializable> cores =
        List.of(
            ArticleCleaner.withDefaults(),
            QuoteExtractor.withDefaults(),
            SpeakerResolver.withDefaults(),
            StatementDater.withDefaults(),
            new StanceScorer(SpecParser.parseFile("pipelines/default.yaml").targets()),
            new ActorCanonicalizer());
    for (Serializable core : cores) {
      assertNotNull(SerializableUtils.ensureSerializable(core));
    }
  }
}
