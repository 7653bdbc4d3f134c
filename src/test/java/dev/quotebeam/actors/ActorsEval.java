package dev.quotebeam.actors;

import dev.quotebeam.attribute.SpeakerResolver;
import dev.quotebeam.eval.EvalReport;
import dev.quotebeam.extract.QuoteExtractor;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Scores speaker attribution and actor merging on MEANTIME (NewsReader, CAT XML): for every speech event
 * (SPEECH_COGNITIVE) with an Arg0, the job's statement whose cue is that event's word, and its speaker.
 *
 * <ul>
 *   <li>{@code actors_event_coverage}: share of gold speech events for which a statement with that cue exists;
 *   <li>{@code actors_speaker_accuracy}: of those, the share whose resolved speaker names the gold Arg0 entity
 *       (the speaker's surname, or a content word of an organisation's name, occurs in the entity's descriptor
 *       or in one of its proper-name mentions);
 *   <li>{@code actors_type_accuracy}: PERSON for PER and ORGANIZATION/GROUP for ORG, over attributed matches;
 *   <li>{@code actors_b3_precision/recall/f1}: B-cubed over matched statements with a PER speaker, clustered by
 *       the job's corpus-wide actor id against MEANTIME's cross-document instance id.
 * </ul>
 * The text is rebuilt from tokens (one paragraph per sentence, tokens joined by spaces); the document creation
 * time is the publication date.
 */
public final class ActorsEval {
  private ActorsEval() {}

  record GoldEvent(String doc, int sentence, String cue, String instance, String type, Set<String> names) {}

  private record Doc(String id, Article article, int[] sentenceStarts, List<GoldEvent> events) {}

  public static void main(String[] args) throws Exception {
    EvalReport report = new EvalReport("actors");
    boolean verbose = List.of(args).contains("-v");
    String dir = "../shared/corpora/actors/meantime-en";
    for (String a : args) {
      if (!a.startsWith("-")) {
        dir = a;
      }
    }
    run(Path.of(dir), report, verbose);
    report.print(System.out, false);
  }

  public static void run(Path dir, EvalReport report) throws Exception {
    run(dir, report, false);
  }

  /**
   * Scores all documents (sorted by file name) and, separately, the first half (the tuning half) and the second;
   * with {@code verbose} every wrongly attributed or mistyped event of the tuning half is printed.
   */
  public static void run(Path dir, EvalReport report, boolean verbose) throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.toString().endsWith(".xml")).forEach(files::add);
    }
    files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString));
    QuoteExtractor extractor = QuoteExtractor.withDefaults();
    SpeakerResolver resolver = SpeakerResolver.withDefaults();
    ActorCanonicalizer canonicalizer = new ActorCanonicalizer();
    List<Doc> docs = new ArrayList<>();
    Map<String, List<Statement>> statements = new LinkedHashMap<>();
    for (Path f : files) {
      Doc d = parse(f);
      if (d == null) {
        continue;
      }
      docs.add(d);
      statements.put(d.id(), resolver.resolve(d.article(), extractor.extract(d.article())));
    }
    // corpus-wide actor ids, as CanonicalizeActors computes them
    Map<String, Map<String, Long>> blocks = new TreeMap<>();
    for (List<Statement> ss : statements.values()) {
      for (Statement s : ss) {
        String block = s.getSpeakerName() == null ? null : canonicalizer.blockKey(s.getSpeakerType(), s.getSpeakerName());
        if (block != null) {
          blocks.computeIfAbsent(block, k -> new TreeMap<>())
              .merge(s.getSpeakerType() + "\u0000" + s.getSpeakerName(), 1L, Long::sum);
        }
      }
    }
    Map<String, String> actorOf = new HashMap<>();
    for (Map.Entry<String, Map<String, Long>> b : blocks.entrySet()) {
      List<ActorCanonicalizer.NameCount> variants = new ArrayList<>();
      b.getValue().forEach((typed, c) -> {
        int cut = typed.indexOf('\u0000');
        variants.add(new ActorCanonicalizer.NameCount(typed.substring(0, cut), typed.substring(cut + 1), c));
      });
      for (ActorCanonicalizer.Resolution r : canonicalizer.resolveBlock(b.getKey(), variants)) {
        actorOf.put(b.getKey() + "\u0000" + r.variant, r.actorId);
      }
    }
    int half = docs.size() / 2;
    Score all = score(docs, statements, canonicalizer, actorOf, false);
    Score first = score(docs.subList(0, half), statements, canonicalizer, actorOf, verbose);
    Score second = score(docs.subList(half, docs.size()), statements, canonicalizer, actorOf, false);
    System.out.printf(Locale.ROOT, "MEANTIME: %d documents, %d gold speech events with an Arg0, %d matched by cue%n",
        docs.size(), all.gold, all.matched);
    all.put(report, "");
    first.put(report, "_first_half");
    second.put(report, "_second_half");
    report.note("actors_targets", "speaker accuracy >= 0.85, person B3 F1 >= 0.90 (issue 5)")
        .note("actors_halves", "documents sorted by file name; first half (" + half + ") is the tuning half");
  }

  /** Counts of one set of documents. */
  private static final class Score {
    int gold;
    int matched;
    int correct;
    int typed;
    int typeOk;
    final List<String[]> personPairs = new ArrayList<>(); // {our actor id, gold instance}

    void put(EvalReport report, String suffix) {
      double[] b3 = bCubed(personPairs);
      report.put("actors_event_coverage" + suffix, matched / (double) Math.max(1, gold))
          .put("actors_speaker_accuracy" + suffix, correct / (double) Math.max(1, matched))
          .put("actors_type_accuracy" + suffix, typeOk / (double) Math.max(1, typed));
      if (suffix.isEmpty()) {
        report.put("actors_b3_precision", b3[0]).put("actors_b3_recall", b3[1]);
      }
      report.put("actors_b3_f1" + suffix, b3[2]).put("actors_b3_elements" + suffix, personPairs.size());
    }
  }

  private static Score score(List<Doc> docs, Map<String, List<Statement>> statements,
      ActorCanonicalizer canonicalizer, Map<String, String> actorOf, boolean verbose) {
    Score sc = new Score();
    for (Doc d : docs) {
      Set<Statement> used = new HashSet<>();
      for (GoldEvent e : d.events()) {
        sc.gold++;
        Statement s = find(d, statements.get(d.id()), e, used);
        if (s == null) {
          continue;
        }
        used.add(s);
        sc.matched++;
        boolean right = s.getSpeakerName() != null && names(s.getSpeakerName(), e);
        sc.correct += right ? 1 : 0;
        boolean typeRight = true;
        if (s.getSpeakerName() != null && (e.type().equals("PER") || e.type().equals("ORG"))) {
          sc.typed++;
          boolean person = Statement.PERSON.equals(s.getSpeakerType());
          typeRight = e.type().equals("PER") == person;
          sc.typeOk += typeRight ? 1 : 0;
        }
        if (verbose && (!right || !typeRight)) {
          System.out.printf(Locale.ROOT, "%s %s: cue=%s mention=[%s] -> [%s] %s via %s; gold %s %s%n",
              right ? "TYPE " : "MISS ", d.id(), s.getCue(), s.getSpeakerText(), s.getSpeakerName(),
              s.getSpeakerType(), s.getAttributionRule(), e.type(), new TreeSet<>(e.names()));
        }
        if (e.type().equals("PER") && s.getSpeakerName() != null) {
          String block = canonicalizer.blockKey(s.getSpeakerType(), s.getSpeakerName());
          String actor = block == null ? null : actorOf.get(block + "\u0000" + s.getSpeakerName());
          if (actor != null) {
            sc.personPairs.add(new String[] {actor, e.instance()});
          }
        }
      }
    }
    return sc;
  }

  /** B-cubed precision, recall and F1 of (predicted cluster, gold cluster) pairs. */
  static double[] bCubed(List<String[]> pairs) {
    if (pairs.isEmpty()) {
      return new double[] {0, 0, 0};
    }
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String[] p : pairs) {
      predSize.merge(p[0], 1, Integer::sum);
      goldSize.merge(p[1], 1, Integer::sum);
      both.merge(p[0] + "\u0000" + p[1], 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (String[] p : pairs) {
      int common = both.get(p[0] + "\u0000" + p[1]);
      precision += common / (double) predSize.get(p[0]);
      recall += common / (double) goldSize.get(p[1]);
    }
    precision /= pairs.size();
    recall /= pairs.size();
    return new double[] {precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)};
  }

  /** The unused statement in the event's sentence (or the next) whose cue contains the event's word. */
  private static Statement find(Doc d, List<Statement> statements, GoldEvent e, Set<Statement> used) {
    for (int delta : new int[] {0, 1, -1}) {
      int sentence = e.sentence() + delta;
      if (sentence < 0 || sentence >= d.sentenceStarts().length) {
        continue;
      }
      int start = d.sentenceStarts()[sentence];
      int end = sentence + 1 < d.sentenceStarts().length ? d.sentenceStarts()[sentence + 1] : Integer.MAX_VALUE;
      for (Statement s : statements) {
        boolean inSentence = s.getCharStart() < end && s.getCharEnd() > start || s.getCharStart() >= start && s.getCharStart() < end;
        if (!used.contains(s) && inSentence && s.getCue() != null
            && (" " + s.getCue().toLowerCase(Locale.ROOT) + " ").contains(" " + e.cue().toLowerCase(Locale.ROOT) + " ")) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * Whether the speaker names the gold entity: a person's last word, or an organisation's word of three letters or
   * more, or an acronym ("GM"), among the entity's words.
   */
  static boolean names(String speaker, GoldEvent e) {
    String[] cased = speaker.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
    String[] tokens = new String[cased.length];
    for (int i = 0; i < cased.length; i++) {
      tokens[i] = cased[i].toLowerCase(Locale.ROOT);
    }
    if (e.type().equals("PER")) {
      return e.names().contains(tokens[tokens.length - 1]);
    }
    for (int i = 0; i < tokens.length; i++) {
      boolean acronym = cased[i].length() > 1 && cased[i].chars().allMatch(Character::isUpperCase);
      if ((tokens[i].length() > 2 || acronym) && !tokens[i].equals("the") && e.names().contains(tokens[i])) {
        return true;
      }
    }
    return false;
  }

  private static Doc parse(Path f) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = factory.newDocumentBuilder().parse(f.toFile());
    Map<String, String> tokenText = new HashMap<>();
    Map<String, Integer> tokenSentence = new HashMap<>();
    TreeMap<Integer, List<String>> sentences = new TreeMap<>();
    NodeList tokens = xml.getElementsByTagName("token");
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      tokenText.put(t.getAttribute("t_id"), t.getTextContent());
      tokenSentence.put(t.getAttribute("t_id"), sentence);
      sentences.computeIfAbsent(sentence, k -> new ArrayList<>()).add(t.getTextContent());
    }
    List<String> paragraphs = new ArrayList<>();
    Map<Integer, Integer> sentenceIndex = new HashMap<>();
    for (Map.Entry<Integer, List<String>> s : sentences.entrySet()) {
      sentenceIndex.put(s.getKey(), paragraphs.size());
      paragraphs.add(String.join(" ", s.getValue()));
    }
    int[] starts = new int[paragraphs.size()];
    int pos = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      starts[i] = pos;
      pos += paragraphs.get(i).length() + Article.PARAGRAPH_SEPARATOR.length();
    }
    Map<String, List<String>> mentionTokens = new HashMap<>();
    Map<String, String> mentionSyntax = new HashMap<>();
    for (String tag : List.of("ENTITY_MENTION", "EVENT_MENTION")) {
      NodeList ms = xml.getElementsByTagName(tag);
      for (int i = 0; i < ms.getLength(); i++) {
        Element m = (Element) ms.item(i);
        List<String> ids = new ArrayList<>();
        NodeList anchors = m.getElementsByTagName("token_anchor");
        for (int j = 0; j < anchors.getLength(); j++) {
          ids.add(((Element) anchors.item(j)).getAttribute("t_id"));
        }
        mentionTokens.put(m.getAttribute("m_id"), ids);
        mentionSyntax.put(m.getAttribute("m_id"), m.getAttribute("syntactic_type"));
      }
    }
    Map<String, Element> instances = new HashMap<>();
    for (String tag : List.of("ENTITY", "EVENT")) {
      NodeList ns = xml.getElementsByTagName(tag);
      for (int i = 0; i < ns.getLength(); i++) {
        Element n = (Element) ns.item(i);
        instances.put(n.getAttribute("m_id"), n);
      }
    }
    Map<String, String> refersTo = new HashMap<>();
    Map<String, List<String>> mentionsOf = new HashMap<>();
    NodeList refs = xml.getElementsByTagName("REFERS_TO");
    for (int i = 0; i < refs.getLength(); i++) {
      Element r = (Element) refs.item(i);
      NodeList targets = r.getElementsByTagName("target");
      if (targets.getLength() == 0) {
        continue;
      }
      String target = ((Element) targets.item(0)).getAttribute("m_id");
      NodeList sources = r.getElementsByTagName("source");
      for (int j = 0; j < sources.getLength(); j++) {
        String source = ((Element) sources.item(j)).getAttribute("m_id");
        refersTo.put(source, target);
        mentionsOf.computeIfAbsent(target, k -> new ArrayList<>()).add(source);
      }
    }
    List<GoldEvent> events = new ArrayList<>();
    NodeList parts = xml.getElementsByTagName("HAS_PARTICIPANT");
    for (int i = 0; i < parts.getLength(); i++) {
      Element p = (Element) parts.item(i);
      if (!"Arg0".equals(p.getAttribute("sem_role"))) {
        continue;
      }
      String event = ((Element) p.getElementsByTagName("source").item(0)).getAttribute("m_id");
      String speaker = ((Element) p.getElementsByTagName("target").item(0)).getAttribute("m_id");
      Element eventInstance = instances.get(refersTo.get(event));
      Element speakerInstance = instances.get(refersTo.get(speaker));
      if (eventInstance == null || !"SPEECH_COGNITIVE".equals(eventInstance.getAttribute("class"))
          || speakerInstance == null || !mentionTokens.containsKey(event) || mentionTokens.get(event).isEmpty()) {
        continue;
      }
      String type = speakerInstance.getAttribute("ent_type");
      Set<String> names = new HashSet<>();
      addWords(names, speakerInstance.getAttribute("TAG_DESCRIPTOR"));
      for (String m : mentionsOf.getOrDefault(refersTo.get(speaker), List.of())) {
        if ("NAM".equals(mentionSyntax.get(m))) {
          for (String t : mentionTokens.getOrDefault(m, List.of())) {
            addWords(names, tokenText.get(t));
          }
        }
      }
      String cueToken = mentionTokens.get(event).get(0);
      String instance = speakerInstance.getAttribute("instance_id");
      events.add(new GoldEvent(f.getFileName().toString(), sentenceIndex.get(tokenSentence.get(cueToken)),
          tokenText.get(cueToken), instance.isEmpty() ? f + "#" + refersTo.get(speaker) : instance, type, names));
    }
    String published = null;
    NodeList timexes = xml.getElementsByTagName("TIMEX3");
    for (int i = 0; i < timexes.getLength(); i++) {
      Element t = (Element) timexes.item(i);
      if ("CREATION_TIME".equals(t.getAttribute("functionInDocument")) && t.getAttribute("value").length() >= 10) {
        published = t.getAttribute("value").substring(0, 10);
      }
    }
    String id = f.getFileName().toString();
    Article article =
        Article.builder().setArticleId(id).setInputPath(id).setPublishedAt(published).setParagraphs(paragraphs).build();
    return new Doc(id, article, starts, events);
  }

  private static void addWords(Set<String> names, String text) {
    if (text == null) {
      return;
    }
    for (String w : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+")) {
      if (!w.isEmpty()) {
        names.add(w);
      }
    }
  }
}
