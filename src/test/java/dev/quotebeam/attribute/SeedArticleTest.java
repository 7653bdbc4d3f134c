package dev.quotebeam.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.extract.QuoteExtractor;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Acceptance check on the seed article (shared/seeds/000_c2cf1a3736ccef2d.txt, first two lines skipped). */
class SeedArticleTest {
  static final List<String> SEED = List.of(
      "The earlier published letter of alleged US withdrawal from Iraq not standing at all. According to the U.S. Defense Secretary, there were no plans for the US pullout.",
      "“There’s been no decision to leave Iraq. Period,” Secretary Mark Esper told reporters at the Pentagon on Monday, in what appears to have been an off-camera briefing.",
      "US-led coalition in Iraq announced it was preparing to “move out” of the country out of respect for Iraqi independence. However, Pentagon officials later explained it was an unsigned draft sent by “mistake.”",
      "In that letter, the head of Combined Joint Task Force Iraq, General William H. Seely III, allegedly informed the Iraqi government of preparations to reposition the coalition forces “in due deference to the sovereignty” of Iraq.",
      "Meanwhile, Chairman of the Joint Chiefs of Staff General Mark Milley said that the letter Seely had sent was only a draft and that releasing the letter was a “mistake.” The Iraqi military officials confirmed receiving it, however.",
      "The US President Donald Trump rejected the withdrawal on Sunday, threatening Iraq with sanctions and saying the US will not leave until the Iraqis “pay us back” for an airbase that he said to cost billions of dollars to build.",
      "“We have a very extraordinarily expensive airbase that’s there. It cost billions of dollars to build. Long before my time We’re not leaving unless they pay us back for it […] We will charge them sanctions like they’ve never seen before ever. It’ll make Iranian sanctions look somewhat tame”, Trump said Sunday, while traveling back to DC from Florida.",
      "On Sunday, the Iraqi parliament delivered a resolution asking the government to ask all foreign troops – including the US-led coalition against Islamic State (IS, formerly ISIS) – to leave Iraqi soil. The decision comes after last week’s assassination of Iranian General Qassem Soleimani in a US drone strike outside the Baghdad International Airport.");

  static List<Statement> run(List<String> paragraphs) {
    Article article = Article.builder()
        .setArticleId("seed")
        .setInputPath("seed.html")
        .setPublishedAt("2020-01-07T00:00:00Z")
        .setParagraphs(paragraphs)
        .build();
    List<Statement> statements = QuoteExtractor.withDefaults().extract(article);
    return SpeakerResolver.withDefaults().resolve(article, statements);
  }

  static Statement find(List<Statement> all, Predicate<Statement> p, String what) {
    Statement s = all.stream().filter(p).findFirst().orElse(null);
    assertNotNull(s, what + " not found in " + all);
    return s;
  }

  static void assertSeedStatements(List<Statement> all) {
    Statement esper = find(all, s -> s.getText().startsWith("There’s been no decision"), "Esper quote");
    assertEquals("There’s been no decision to leave Iraq. Period", esper.getText());
    assertEquals(Statement.DIRECT, esper.getKind());
    assertEquals("Mark Esper", esper.getSpeakerName());
    assertTrue(esper.getContext().contains("on Monday"), esper.getContext());

    Statement airbase = find(all, s -> s.getText().startsWith("We have a very extraordinarily expensive airbase"),
        "airbase quote");
    assertEquals(Statement.DIRECT, airbase.getKind());
    assertEquals("Donald Trump", airbase.getSpeakerName());
    assertTrue(airbase.getText().endsWith("look somewhat tame"), airbase.getText());

    Statement milley = find(all, s -> "Mark Milley".equals(s.getSpeakerName()), "Milley statement");
    assertEquals(Statement.PARTIAL, milley.getKind());
    assertTrue(milley.getText().contains("mistake"), milley.getText());

    Statement seely = find(all, s -> s.getText().contains("in due deference to the sovereignty"), "Seely statement");
    assertEquals(Statement.PARTIAL, seely.getKind());
    assertEquals("William H. Seely III", seely.getSpeakerName());

    Statement parliament = find(all, s -> "Iraqi parliament".equals(s.getSpeakerName()), "parliament resolution");
    assertEquals(Statement.INDIRECT, parliament.getKind());
    assertEquals(Statement.ORGANIZATION, parliament.getSpeakerType());

    Statement pullout = find(all, s -> s.getText().equals("there were no plans for the US pullout"), "pullout");
    assertEquals("Mark Esper", pullout.getSpeakerName());

    Statement officials = find(all, s -> "Pentagon officials".equals(s.getSpeakerName()), "Pentagon officials");
    assertEquals(Statement.GROUP, officials.getSpeakerType());
    assertTrue(officials.getText().startsWith("it was an unsigned draft sent by “mistake"), officials.getText());

    for (Statement s : all) {
      assertTrue(s.getSpeakerName() == null || !List.of("he", "He", "Secretary").contains(s.getSpeakerName()), s.toString());
    }
  }

  @Test
  void seedArticleYieldsTheSpecifiedStatements() {
    assertSeedStatements(run(SEED));
  }

  @Test
  void seedArticleWithStraightQuotesYieldsTheSameStatements() {
    List<String> straight = new ArrayList<>();
    for (String p : SEED) {
      straight.add(p.replace('“', '"').replace('”', '"'));
    }
    List<Statement> all = run(straight);
    Statement esper = find(all, s -> s.getText().startsWith("There’s been no decision"), "Esper quote");
    assertEquals("Mark Esper", esper.getSpeakerName());
    Statement milley = find(all, s -> "Mark Milley".equals(s.getSpeakerName()), "Milley statement");
    assertEquals(Statement.PARTIAL, milley.getKind());
  }

  @Test
  void seedArticleOffsetsIndexArticleText() {
    String text = String.join("\n\n", SEED);
    for (Statement s : run(SEED)) {
      assertEquals(s.getText(), text.substring(s.getCharStart(), s.getCharEnd()));
    }
  }
}
