package dev.quotebeam.extract;

import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes what {@code scripts/polnear-train-content-model.py} learns from; a main, not a test.
 *
 * <p>Usage: {@code ContentModelDump <polnear dir> <split> <vocabulary file>} (one lower-case cue word a line). For each
 * article (the same articles and paragraphs as {@link PolnearEval}): a line {@code A<TAB>article}, one line
 * {@code P<TAB>start<TAB>end<TAB>speaker start<TAB>speaker end} per statement of the extractor's rules
 * ({@link QuoteExtractor#rulesOnly()}; the speaker placed as {@link PolnearEval} places it, {@link #speakerSpan}), and
 * one line {@code C<TAB>cue word start<TAB>end<TAB>choice<TAB>start<TAB>end<TAB>speaker start<TAB>speaker end<TAB>
 * features<TAB>speaker kind} per candidate of {@link AttitudeRelations#candidates} with the vocabulary.
 */
public final class ContentModelDump {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(args[1]);
    ContentModel vocabulary = ContentModel.parse(Stream.concat(Stream.of("threshold\tInfinity"),
        Files.readAllLines(Path.of(args[2])).stream().map(w -> "cue\t" + w)).toList());
    AttitudeRelations relations = AttitudeRelations.withModel(vocabulary);
    QuoteExtractor extractor = QuoteExtractor.rulesOnly();
    TreeMap<String, Path> annotations = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
      files.sorted().forEach(p -> {
        String name = p.getFileName().toString().replace(".ann.gz", "");
        annotations.putIfAbsent(name.substring(0, name.lastIndexOf('_')), p);
      });
    }
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    for (String name : annotations.keySet()) {
      String text;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("text").resolve(name + ".txt.gz")))) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Article article = Article.builder().setArticleId(name).setInputPath(name)
          .setParagraphs(Arrays.asList(text.split("\n\n", -1))).build();
      List<Statement> statements = extractor.extract(article);
      out.write("A\t" + name + "\t" + annotations.get(name).getFileName() + "\n");
      for (Statement s : statements) {
        int[] speaker = speakerSpan(text, s);
        out.write("P\t" + s.getCharStart() + "\t" + s.getCharEnd() + "\t" + speaker[0] + "\t" + speaker[1] + "\n");
      }
      for (AttitudeRelations.Candidate c : relations.candidates(article, statements)) {
        out.write("C\t" + c.word() + "\t" + (c.word() + c.cue().split(" ")[0].length()) + "\t" + c.choice() + "\t" + c.span()[0]
            + "\t" + c.span()[1] + "\t" + c.speakerSpan()[0] + "\t" + c.speakerSpan()[1] + "\t" + String.join(" ", c.features()) + "\t" + c.speakerKind() + "\n");
      }
    }
    out.flush();
  }

  /**
   * Text offsets of the speaker text of {@code s} as {@link PolnearEval} places it (the same rule, so the script
   * judges the extractor's speakers as the eval does): inside the content next to its cue, else the occurrence
   * nearest the content, before or after it; {@code -1, -1} when it has none.
   */
  static int[] speakerSpan(String text, Statement s) {
    return PolnearEval.mention(text, s);
  }
}
