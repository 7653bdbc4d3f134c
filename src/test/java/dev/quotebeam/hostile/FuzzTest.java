package dev.quotebeam.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.attribute.SpeakerResolver;
import dev.quotebeam.clean.ArticleCleaner;
import dev.quotebeam.dates.StatementDater;
import dev.quotebeam.extract.QuoteExtractor;
import dev.quotebeam.io.DocumentReader;
import dev.quotebeam.io.InputFormat;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.Reject;
import dev.quotebeam.model.RejectedException;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import dev.quotebeam.options.SpecParser;
import dev.quotebeam.stance.StanceScorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates the bundled pages with a fixed seed (truncation, byte flips, tag soup, duplicated attributes, stray quote
 * marks, spliced binary) and runs every stage core on each mutant: each document ends as an article or a reject
 * with a reason, never as an exception, and what comes out keeps its invariants (offsets inside the text, unique
 * statement ids, stances in range).
 */
class FuzzTest {
  private static final int ITERATIONS = 300;
  private static final long SEED = 20261125L;

  private final DocumentReader reader = new DocumentReader(10_000_000);
  private final ArticleCleaner cleaner = ArticleCleaner.withDefaults();
  private final QuoteExtractor extractor = QuoteExtractor.withDefaults();
  private final SpeakerResolver resolver = SpeakerResolver.withDefaults();
  private final StatementDater dater = StatementDater.withDefaults();
  private final StanceScorer scorer = new StanceScorer(SpecParser.parseFile("pipelines/default.yaml").targets());

  static byte[] mutate(byte[] page, Random r) {
    String[] soup = {"<div><p><b><i>", "</div></div></p>", "<p class=\"a\" class=\"b\" id=x id=y>", "“", "\"", "”",
        "<script>", "<!--", "]]>", "&#0;", "\u0000", "<html><body>", "<article><article>"};
    byte[] b = page.clone();
    switch (r.nextInt(6)) {
      case 0: // truncate
        return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
      case 1: // byte flips
        for (int i = 0; i < 1 + r.nextInt(50); i++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
      case 2: // tag soup and quote marks spliced in
      case 3:
        {
          String s = new String(b, StandardCharsets.UTF_8);
          StringBuilder sb = new StringBuilder(s);
          for (int i = 0; i < 1 + r.nextInt(30); i++) {
            sb.insert(r.nextInt(sb.length() + 1), soup[r.nextInt(soup.length)]);
          }
          return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
      case 4: // spliced binary
        {
          byte[] junk = new byte[1 + r.nextInt(2000)];
          r.nextBytes(junk);
          int at = r.nextInt(b.length);
          byte[] out = new byte[b.length + junk.length];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(junk, 0, out, at, junk.length);
          System.arraycopy(b, at, out, at + junk.length, b.length - at);
          return out;
        }
      default: // duplicated paragraphs
        {
          String s = new String(b, StandardCharsets.UTF_8);
          int p = s.indexOf("<p");
          int e = p < 0 ? -1 : s.indexOf("</p>", p);
          return (e < 0 ? s : s.substring(0, e + 4) + s.substring(p, e + 4).repeat(1 + r.nextInt(200)) + s.substring(e + 4))
              .getBytes(StandardCharsets.UTF_8);
        }
    }
  }

  @Test
  void mutatedPagesBecomeArticlesOrRejectsAndKeepTheirInvariants() throws IOException {
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("testdata/articles"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html")).sorted()::iterator) {
        pages.add(Files.readAllBytes(f));
      }
    }
    Random random = new Random(SEED);
    int articles = 0;
    int rejects = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] mutant = mutate(pages.get(random.nextInt(pages.size())), random);
      String path = "fuzz-" + i + ".html";
      List<RawDocument> docs = new ArrayList<>();
      List<Reject> readRejects = new ArrayList<>();
      reader.read(path, new ByteArrayInputStream(mutant), InputFormat.AUTO, docs::add, readRejects::add);
      assertEquals(1, docs.size() + readRejects.size(), path + ": one document in, one outcome");
      rejects += readRejects.size();
      for (RawDocument d : docs) {
        Article a;
        try {
          a = cleaner.clean(d);
        } catch (RejectedException e) {
          assertTrue(!e.reason().isBlank() && e.detail() != null, path);
          rejects++;
          continue;
        }
        articles++;
        List<Statement> statements = dater.date(a, resolver.resolve(a, extractor.extract(a)));
        String text = a.text();
        Set<String> ids = new HashSet<>();
        for (Statement s : statements) {
          assertTrue(0 <= s.getCharStart() && s.getCharStart() <= s.getCharEnd() && s.getCharEnd() <= text.length(),
              path + ": offsets of " + s);
          assertTrue(ids.add(s.getStatementId()), path + ": duplicate statement id " + s.getStatementId());
          assertTrue(List.of(Statement.DIRECT, Statement.PARTIAL, Statement.INDIRECT).contains(s.getKind()), path);
        }
        for (StatementStance st : scorer.score(a, statements)) {
          assertTrue(st.getScore() >= -1 && st.getScore() <= 1, path + ": score " + st.getScore());
          assertTrue(ids.contains(st.getStatementId()), path + ": stance of an unknown statement");
        }
      }
    }
    assertEquals(ITERATIONS, articles + rejects);
    assertTrue(articles > ITERATIONS / 3, "most mutants stay readable: " + articles);
  }
}
