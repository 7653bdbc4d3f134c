package dev.quotebeam.extract;

import dev.quotebeam.attribute.SpeakerResolver;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints the statements of a text file (paragraphs split on blank lines); a debugging main, not a test. */
public final class Dump {
  public static void main(String[] args) throws Exception {
    String raw = Files.readString(Path.of(args[0]));
    List<String> paragraphs = new ArrayList<>();
    for (String p : raw.split("\n\\s*\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    int skip = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Article article = Articles.of(paragraphs.subList(skip, paragraphs.size()));
    List<Statement> statements = QuoteExtractor.withDefaults().extract(article);
    statements = SpeakerResolver.withDefaults().resolve(article, statements);
    for (Statement s : statements) {
      System.out.printf("%s | %s | cue=%s | spk=%s -> %s (%s, role=%s, %s)%n   %s%n", s.getKind(), s.getParagraph(),
          s.getCue(), s.getSpeakerText(), s.getSpeakerName(), s.getSpeakerType(), s.getRole(),
          s.getAttributionRule(), s.getText());
    }
  }
}
