package dev.quotebeam.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecParserTest {
  private static PipelineSpec parse(String yaml) {
    return SpecParser.parse("spec.yaml", new StringReader(yaml));
  }

  private static String error(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> parse(yaml)).getMessage();
  }

  @Test
  void bundledSpecsParse() {
    PipelineSpec spec = SpecParser.parseFile("pipelines/default.yaml");
    assertTrue(spec.targets().size() >= 2);
    assertEquals("testdata/articles/**", spec.inputPattern());
    SpecParser.parseFile("pipelines/example.yaml");
  }

  @Test
  void emptySpecTakesDefaults() {
    PipelineSpec spec = parse("");
    assertEquals(List.of("parquet", "csv"), spec.formats());
    assertEquals(PipelineSpec.Period.WEEK, spec.period());
    assertEquals(1, spec.minStatementsPerSide());
  }

  @Test
  void targetFieldsAreRead() {
    PipelineSpec spec =
        parse("targets:\n  - id: t1\n    label: Label\n    terms: [a, b c]\n    article_terms: [X]\n    oppose_cues: [no]\n");
    assertEquals(List.of("a", "b c"), spec.targets().get(0).terms());
    assertEquals(List.of("X"), spec.targets().get(0).articleTerms());
    assertEquals(List.of("no"), spec.targets().get(0).opposeCues());
  }

  @Test
  void targetKindDefaultsToTopicAndAcceptsClaim() {
    PipelineSpec spec = parse("targets:\n  - {id: a, terms: [x]}\n  - {id: b, kind: claim, terms: [y]}\n");
    assertEquals("topic", spec.targets().get(0).kind());
    assertEquals("claim", spec.targets().get(1).kind());
    assertTrue(error("targets:\n  - {id: a, kind: rumour, terms: [x]}\n").contains("targets[0].kind"));
  }

  @Test
  void actorAliasesAreRead() {
    PipelineSpec spec = parse("actors:\n  aliases:\n    Pentagon: [U.S. Defense Department, Department of Defense]\n");
    assertEquals(List.of("U.S. Defense Department", "Department of Defense"), spec.actorAliases().get("Pentagon"));
    assertTrue(error("actors:\n  aliases: [a, b]\n").contains("actors.aliases"));
  }

  @Test
  void unknownFieldIsNamedWithItsLine() {
    String msg = error("input:\n  pattern: x\noptions:\n  peroid: week\n");
    assertTrue(msg.contains("line 4") && msg.contains("options.peroid"), msg);
  }

  @Test
  void targetWithoutTermsFails() {
    String msg = error("targets:\n  - id: t1\n    label: L\n");
    assertTrue(msg.contains("targets[0].terms"), msg);
  }

  @Test
  void duplicateTargetIdFails() {
    String msg = error("targets:\n  - {id: a, terms: [x]}\n  - {id: a, terms: [y]}\n");
    assertTrue(msg.contains("duplicate target id"), msg);
  }

  @Test
  void badPeriodAndFormatAreRejected() {
    assertTrue(error("options: {period: year}").contains("options.period"));
    assertTrue(error("output: {formats: [xlsx]}").contains("output.formats"));
  }

  @Test
  void invalidYamlIsOneMessage() {
    assertTrue(error("targets: [\n").startsWith("spec.yaml: not valid YAML"));
  }
}
