package dev.quotebeam.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/schema.md and README's table section are generated from {@link Tables}; they must not drift. */
class SchemaDocTest {
  private static final String REGENERATE =
      "out of date: run `java -cp target/classes:$(cat target/classpath.txt) dev.quotebeam.io.SchemaDoc` "
          + "(or `mvn -q exec:java`) and paste the README section";

  @Test
  void docsSchemaIsUpToDate() throws Exception {
    assertEquals(
        "# quotebeam output tables\n\n" + SchemaDoc.markdown(),
        Files.readString(Path.of("docs/schema.md"), StandardCharsets.UTF_8),
        "docs/schema.md " + REGENERATE);
  }

  @Test
  void readmeTableSectionIsUpToDate() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String begin = "<!-- schema:begin -->\n";
    String section = readme.substring(readme.indexOf(begin) + begin.length(), readme.indexOf("<!-- schema:end -->"));
    assertEquals(SchemaDoc.markdown(), section, "README.md " + REGENERATE);
  }
}
