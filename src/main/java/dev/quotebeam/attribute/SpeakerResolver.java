package dev.quotebeam.attribute;

import dev.quotebeam.extract.CueLexicon;
import dev.quotebeam.extract.Tokenizer;
import dev.quotebeam.extract.Tokenizer.Token;
import dev.quotebeam.model.Article;
import dev.quotebeam.model.Statement;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves each statement's speaker mention to the actor it names within the article.
 *
 * <p>The article is first scanned for people: capitalised runs with a title ("Secretary Jane Roe"), a known given
 * name ("Jane Roe") or a person's context ("Jane Roe, who runs a bakery", "Jane Roe said"), each split into name and
 * role, and later surname-only mentions ("Roe") joined to the fullest name. Mentions are then resolved in text
 * order by the first rule that applies, recorded in {@code attributionRule}:
 * <ol>
 *   <li>{@code pronoun}: he/she/I → the most recent person before it (a named speaker counts) whose gender
 *       evidence does not contradict the pronoun: he/she after an earlier mention in its sentence ("Jane Roe said
 *       that she …"), then a title ("Mrs.", "spokeswoman"), then the given name; when only the large name lists
 *       contradict, the nearest person stands. it → the most recent organisation (named
 *       organisations in the text count, "the Tenants’ Association");
 *       they/we → the most recent group or organisation. Names inside direct quotes do not count.
 *   <li>{@code name} / {@code surname}: a mention holding a person name → its fullest in-document form, with the
 *       most informative role of the mention or of the article ("Chairman of the Joint Chiefs" over "General").
 *       An appositive name with a role ("Jane Roe, president of the chamber,") is a name even when "Jane" is not
 *       a known given name; {@code given-name}: a lone given name shared by exactly one known person.
 *       A lone word that ends the article's only untitled two- or three-word name ("Elodie Quarm" … "Quarm") is
 *       that person, unless a named organisation of the article holds the word ("Quarm Motor Company").
 *   <li>{@code role-noun}: a title without a name ("the minister") → the person whose role has that head noun,
 *       the latest before, else the first after ({@code role-noun-cataphora}).
 *   <li>{@code org-noun}: "the" + a common noun standing for one organisation ("the company", "the automaker")
 *       → the latest named organisation before it.
 *   <li>{@code group} / {@code organization}: a noun phrase headed by a people noun ("officials") or an
 *       institution or company noun ("parliament", "Motors"), kept as written minus a leading "the", or as the
 *       capitalised name it ends in ("US food maker General Mills" → "General Mills"). A company word wins over a
 *       title word, so "General Mills" is never a person named Mills.
 *       A capitalised name after a company noun is that organisation ("US automaker Acme" → "Acme").
 *   <li>{@code adjacent-name}: any other capitalised mention next to the cue: an organisation when it is one word
 *       that is no known given name (news introduces people by full name, so a lone unintroduced "Acme" is not a
 *       person), follows "the" or is named as an organisation elsewhere in the article; else a person.
 * </ol>
 * Anything else (no mention, "the report", a weekday or month, an unresolvable pronoun) keeps {@code speakerName}
 * null: the resolver never guesses. Weekdays end a capitalised name ("Jane Roe on Monday" → "Jane Roe").
 * Immutable and thread-safe.
 *
 * <p>Example: with "Secretary Jane Roe spoke." earlier, mention {@code "the secretary"} → name {@code Jane Roe},
 * type PERSON, role {@code Secretary}, rule {@code role-noun}.
 */
public final class SpeakerResolver implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "him", "her", "his", "my");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "their", "our");
  private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "de", "on");
  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
  private static final Set<String> LEADING_DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "several", "few", "most", "other", "all",
      "both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds");
  /** Title words that only qualify the title after them ("former Florida governor" is one role). */
  private static final Set<String> TITLE_MODIFIERS = Set.of("former", "acting", "deputy", "interim", "outgoing");
  private static final Set<String> RELATIVES = Set.of("who", "that", "which");
  /** Words after which a name is an example of a group, not its holder's title ("critics like Jane Roe"). */
  private static final Set<String> EXAMPLE_MARKERS = Set.of("like", "including", "as");
  private static final Set<String> PREPOSITIONS = Set.of("of", "in", "for", "at", "on", "from", "with", "to");

  private static final Set<String> POSSESSIVE = Set.of("’", "'");
  /** Function words and verbs that are capitalised only in title-case headlines; they end a name run. */
  private static final Set<String> HEADLINE_WORDS = Set.of(
      "was", "is", "are", "were", "a", "an", "to", "in", "on", "at", "with", "says", "said", "will", "would", "has",
      "have", "had", "not", "this", "that", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their",
      "really", "just", "can", "be", "by", "about", "after", "before", "from", "into", "over", "why", "how", "what",
      "who", "when", "where", "does", "did", "do", "gets", "get", "makes", "make", "wants", "want");
  private static final Map<String, String> PRONOUN_GENDERS =
      Map.of("he", "M", "him", "M", "his", "M", "she", "F", "her", "F", "hers", "F");
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";", "“", "”", "\"");
  private static final Pattern FEMALE_ROLE = Pattern.compile("\\b(?:mrs|ms|miss)\\b|woman\\b");
  private static final Pattern MR = Pattern.compile("\\bmr\\b");
  /** "-man" role words, but not alderman and chairman, which name offices held by women too. */
  private static final Pattern MALE_ROLE = Pattern.compile("\\b(?!alderman\\b|chairman\\b)\\w+man\\b");
  private static final Pattern COMMA = Pattern.compile(",\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Tokenizer tokenizer = new Tokenizer();
  private final CueLexicon cues = CueLexicon.defaults();

  private SpeakerResolver() {}

  /** A resolver with the shipped gazetteer. */
  public static SpeakerResolver withDefaults() {
    return new SpeakerResolver();
  }

  /** Copies of {@code statements} with speakerName, speakerType, role and attributionRule set; same order. */
  public List<Statement> resolve(Article article, List<Statement> statements) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(statements, "statements");
    return new Run(article, statements).resolveAll();
  }

  /** A person, organisation or group seen at {@code position}. */
  private record Entity(int position, String name, String type, String role) {}

  /** A parsed name: role words and the name itself (either may be empty). */
  private record Parsed(String role, String name) {}

  /** A resolution result. */
  private record Resolved(String name, String type, String role, String rule) {}

  private final class Run {
    private final String text;
    private final List<Statement> statements;
    private final BitSet quoted = new BitSet();
    private final List<Entity> mentions = new ArrayList<>();
    private final Map<String, String> roles = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> organizations = new java.util.LinkedHashSet<>();
    /** Two or three capitalised words seen without a title or known given name ("Elodie Quarm"), in text order. */
    private final Set<String> nameShaped = new java.util.LinkedHashSet<>();
    private final Gazetteer gazetteer = Gazetteer.DEFAULT;
    private final Map<String, TreeMap<Integer, Entity>> byType = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, Entity>> byRoleWord = new LinkedHashMap<>();
    private final Map<String, String> fullestCache = new java.util.HashMap<>();
    private List<Integer> tokenStarts;
    private List<Token> tokens;
    /** Per person name: the he/she pronouns that agree with one of its mentions, by pronoun offset. */
    private final Map<String, TreeMap<Integer, String>> pronounGenders = new LinkedHashMap<>();
    private final Map<String, java.util.Optional<String>> givenCache = new java.util.HashMap<>();

    Run(Article article, List<Statement> statements) {
      this.text = article.text();
      this.statements = statements;
      for (Statement s : statements) {
        if (Statement.DIRECT.equals(s.getKind())) {
          quoted.set(s.getCharStart(), s.getCharEnd());
        }
      }
      scanPeople();
    }

    /** Resolves in the text order of the mentions, so a speaker named earlier is an antecedent whatever the list order. */
    List<Statement> resolveAll() {
      int[] positions = new int[statements.size()];
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < statements.size(); i++) {
        Statement s = statements.get(i);
        boolean hasMention = s.getSpeakerText() != null && !s.getSpeakerText().isBlank();
        positions[i] = hasMention ? mentionPosition(s) : s.getCharStart();
        order.add(i);
      }
      order.sort((a, b) -> Integer.compare(positions[a], positions[b]));
      Statement[] out = new Statement[statements.size()];
      for (int i : order) {
        out[i] = resolveOne(statements.get(i), positions[i]);
      }
      return List.of(out);
    }

    private Statement resolveOne(Statement s, int position) {
      String mention = s.getSpeakerText();
      Resolved r = null;
      if (mention != null && !mention.isBlank()) {
        r = resolve(mention.strip(), position);
      }
      Statement.Builder b = s.toBuilder();
      if (r == null) {
        b.setSpeakerName(null).setSpeakerType(Statement.UNKNOWN).setAttributionRule(null);
      } else {
        b.setSpeakerName(r.name()).setSpeakerType(r.type()).setRole(r.role()).setAttributionRule(r.rule());
        boolean guess = "adjacent-name".equals(r.rule()) && Statement.PERSON.equals(r.type())
            && !gazetteer.isFirstName(r.name().split(" ")[0]) && !isNameShaped(List.of(SPACES.split(r.name())));
        if (r.name() != null && !guess) {
          Entity e = new Entity(position, r.name(), r.type(), r.role());
          index(e);
          notePronounAfter(e);
          if (r.role() != null && Statement.PERSON.equals(r.type())) {
            indexRole(e, r.role());
          }
        }
      }
      return b.build();
    }

    // ---- people in the article -------------------------------------------------------------------------------

    private void scanPeople() {
      List<Token> toks = tokenizer.tokenize(text, 0, text.length());
      tokens = toks;
      List<List<Token>> runs = new ArrayList<>();
      List<Token> run = new ArrayList<>();
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        boolean cap = t.isWord() && t.isCapitalized() && !quoted.get(t.start())
            && !HEADLINE_WORDS.contains(t.lower()) && !gazetteer.isWeekday(t.text());
        boolean connector = !run.isEmpty() && (CONNECTORS.contains(t.text()) || POSSESSIVE.contains(t.text()))
            && i + 1 < toks.size() && toks.get(i + 1).isCapitalized()
            && !gazetteer.isCalendarWord(toks.get(i + 1).text());
        boolean newParagraph = !run.isEmpty() && hasNewline(run.get(run.size() - 1).end(), t.start());
        if (newParagraph) {
          runs.add(run);
          run = new ArrayList<>();
        }
        if (cap || connector) {
          run.add(t);
        } else if (!run.isEmpty()) {
          runs.add(run);
          run = new ArrayList<>();
        }
      }
      if (!run.isEmpty()) {
        runs.add(run);
      }
      List<Entity> singles = new ArrayList<>();
      for (List<Token> r : runs) {
        Parsed p = parse(words(r));
        int position = r.get(0).start();
        String organization = organization(words(r));
        if (organization == null && afterCompanyNoun(toks, r.get(0)) && !gazetteer.isFirstName(r.get(0).text())) {
          organization = joinName(words(r));
          p = null;
        }
        if (p == null && organization != null) {
          mentions.add(new Entity(position, organization, Statement.ORGANIZATION, ""));
          continue;
        }
        if (p == null && isNameShaped(words(r))) {
          String role = appositiveRole(toks, r.get(r.size() - 1));
          if (role != null) {
            p = new Parsed(role, String.join(" ", words(r)));
          } else if (speaksOrIsWho(toks, r)) {
            p = new Parsed("", String.join(" ", words(r)));
          } else {
            nameShaped.add(String.join(" ", words(r)));
          }
        }
        if (p != null && !p.name().isEmpty() && (p.name().indexOf(' ') > 0 || !p.role().isEmpty())) {
          mentions.add(new Entity(position, p.name(), Statement.PERSON, p.role()));
          if (!names.contains(p.name())) {
            names.add(p.name());
          }
          if (!p.role().isEmpty()) {
            roles.merge(p.name(), p.role(), (a, b) -> b.length() > a.length() ? b : a);
          }
        } else if (r.size() == 1) {
          singles.add(new Entity(position, r.get(0).text(), Statement.PERSON, ""));
        }
      }
      for (Entity e : singles) {
        String full = fullest(e.name());
        if (full != null) {
          mentions.add(new Entity(e.position(), full, Statement.PERSON, ""));
        }
      }
      mentions.sort((a, b) -> Integer.compare(a.position(), b.position()));
      for (Entity e : mentions) {
        if (Statement.ORGANIZATION.equals(e.type())) {
          organizations.add(e.name());
        }
        index(e);
        String role = roles.get(e.name());
        if (role != null) {
          indexRole(e, role);
        }
      }
      mentions.forEach(this::notePronounAfter);
    }

    /**
     * Whether the word before {@code first} (a comma skipped) is a lower-case company noun: "automaker" in
     * "US automaker Acme", "airline" in "low-cost airline, Acme".
     */
    private boolean afterCompanyNoun(List<Token> toks, Token first) {
      int i = Collections.binarySearch(starts(toks), first.start()) - 1;
      if (i >= 0 && toks.get(i).text().equals(",")) {
        i--;
      }
      return i >= 0 && toks.get(i).isWord() && !toks.get(i).isCapitalized() && gazetteer.isCompanyNoun(toks.get(i).text());
    }

    /**
     * Whether a name-shaped run is a person by its context: "Jane Roe, who runs a bakery", "Jane Roe said",
     * "said Jane Roe".
     */
    private boolean speaksOrIsWho(List<Token> toks, List<Token> run) {
      int first = Collections.binarySearch(starts(toks), run.get(0).start());
      int next = first + run.size();
      if (first > 0 && toks.get(first - 1).isWord() && cues.isCue(toks.get(first - 1).lower())) {
        return true;
      }
      if (next < toks.size() && toks.get(next).isWord() && cues.isCue(toks.get(next).lower())) {
        return true;
      }
      return next + 1 < toks.size() && toks.get(next).text().equals(",") && toks.get(next + 1).lower().equals("who");
    }

    private void indexRole(Entity e, String role) {
      for (String w : SPACES.split(role.toLowerCase(Locale.ROOT))) {
        byRoleWord.computeIfAbsent(w.endsWith(".") ? w.substring(0, w.length() - 1) : w, k -> new TreeMap<>())
            .putIfAbsent(e.position(), e);
      }
    }

    /**
     * The role after a name in an appositive ({@code Jane Roe, president of the chamber,}): the phrase after the
     * comma up to the next comma or sentence end when it holds a title word, else null.
     */
    private String appositiveRole(List<Token> toks, Token last) {
      int i = Collections.binarySearch(starts(toks), last.start()) + 1;
      if (i <= 0 || i >= toks.size() || !toks.get(i).text().equals(",")) {
        return null;
      }
      int from = i + 1;
      boolean title = false;
      int j = from;
      for (; j < toks.size() && j < from + 10 && (toks.get(j).isWord() || POSSESSIVE.contains(toks.get(j).text())); j++) {
        title |= gazetteer.isTitle(toks.get(j).text());
      }
      if (!title || j == from || j >= toks.size() || !",.;".contains(toks.get(j).text())) {
        return null;
      }
      return stripDeterminer(text.substring(toks.get(from).start(), toks.get(j - 1).end()));
    }

    private List<Integer> starts(List<Token> toks) {
      if (tokenStarts == null) {
        List<Integer> out = new ArrayList<>(toks.size());
        for (Token t : toks) {
          out.add(t.start());
        }
        tokenStarts = out;
      }
      return tokenStarts;
    }

    private boolean hasNewline(int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '\n') {
          return true;
        }
      }
      return false;
    }

    private void index(Entity e) {
      byType.computeIfAbsent(e.type(), k -> new TreeMap<>()).put(e.position(), e);
    }

    /**
     * Records the first he/she/his/her after a person mention in its own sentence, before another person or a
     * quote: "Ada Bell, head of the Acme Club, said that she would vote" is evidence that Ada Bell is "she".
     */
    private void notePronounAfter(Entity e) {
      if (!Statement.PERSON.equals(e.type())) {
        return;
      }
      TreeMap<Integer, Entity> people = byType.get(Statement.PERSON);
      int i = Collections.binarySearch(starts(tokens), e.position());
      if (i < 0 || !tokens.get(i).isCapitalized() || PERSON_PRONOUNS.contains(tokens.get(i).lower())) {
        return;
      }
      while (i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).isCapitalized()) {
        i++;
      }
      for (int n = 0; i < tokens.size() && n < 25; i++, n++) {
        Token t = tokens.get(i);
        if (quoted.get(t.start()) || SENTENCE_ENDS.contains(t.text()) || n > 0 && hasNewline(tokens.get(i - 1).end(), t.start())
            || people.containsKey(t.start())) {
          return;
        }
        String g = PRONOUN_GENDERS.get(t.lower());
        if (g != null) {
          pronounGenders.computeIfAbsent(e.name(), k -> new TreeMap<>()).putIfAbsent(t.start(), g);
          return;
        }
      }
    }

    /** Splits capitalised words into role and name; null when there is no name. */
    private Parsed parse(List<String> words) {
      int from = 0;
      while (from < words.size() && LEADING_DETERMINERS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
        from++;
      }
      int nameStart = -1;
      for (int i = from; i < words.size(); i++) {
        if (gazetteer.isFirstName(words.get(i)) && !gazetteer.isTitle(words.get(i))) {
          nameStart = i;
          break;
        }
      }
      if (nameStart < 0) {
        int lastTitle = -1;
        for (int i = from; i < words.size(); i++) {
          if (gazetteer.isTitle(words.get(i))) {
            lastTitle = i;
          }
        }
        if (lastTitle < 0 || lastTitle == words.size() - 1) {
          return null;
        }
        nameStart = lastTitle + 1;
      }
      List<String> name = words.subList(nameStart, words.size());
      for (String w : name) {
        if (CONNECTORS.contains(w) || gazetteer.isOrgHead(w) || !Character.isUpperCase(w.charAt(0))) {
          return null;
        }
      }
      List<String> before = words.subList(from, nameStart);
      boolean example = !before.isEmpty() && EXAMPLE_MARKERS.contains(before.get(before.size() - 1));
      return new Parsed(example ? "" : bestRole(before), String.join(" ", name));
    }

    /**
     * The organisation named by capitalised words, or null: a run holding an institution or company head noun as
     * its last word or before "of" ("Chamber of Commerce", "General Mills", "Tenants’ Association"), from the
     * capitalised words before that noun on. Company words win over a title word, so "General Mills" is never a
     * person, and "Chief Executive Officer of General Mills" names "General Mills".
     */
    private String organization(List<String> words) {
      for (int i = 0; i < words.size(); i++) {
        boolean last = i == words.size() - 1;
        boolean beforeOf = !last && words.get(i + 1).equals("of");
        if (gazetteer.isOrgHead(words.get(i)) && Character.isUpperCase(words.get(i).charAt(0)) && (last || beforeOf)) {
          int from = i;
          while (from > 0 && (Character.isUpperCase(words.get(from - 1).charAt(0))
              || POSSESSIVE.contains(words.get(from - 1)))
              && !LEADING_DETERMINERS.contains(words.get(from - 1).toLowerCase(Locale.ROOT))) {
            from--;
          }
          return joinName(words.subList(from, words.size()));
        }
      }
      return null;
    }

    /** Two or three capitalised words that are neither titles, institutions nor connectors ("Jane Roe"). */
    private boolean isNameShaped(List<String> words) {
      if (words.size() < 2 || words.size() > 3) {
        return false;
      }
      for (String w : words) {
        if (!Character.isUpperCase(w.charAt(0)) || w.length() < 2 || gazetteer.isTitle(w) || gazetteer.isOrgHead(w)
            || CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || w.equals(w.toUpperCase(Locale.ROOT))) {
          return false;
        }
      }
      return true;
    }

    /** The most informative role among title segments: "Chairman of the Board General" → "Chairman of the Board". */
    private String bestRole(List<String> words) {
      List<String> segments = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      boolean hasTitle = false;
      String previous = null;
      for (String w : words) {
        boolean title = gazetteer.isTitle(w);
        if (title && hasTitle && previous != null && !gazetteer.isTitle(previous) && !CONNECTORS.contains(previous)) {
          segments.add(current.toString());
          current.setLength(0);
          hasTitle = false;
        }
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(w);
        hasTitle |= title && !TITLE_MODIFIERS.contains(w.toLowerCase(Locale.ROOT));
        previous = w;
      }
      if (current.length() > 0) {
        segments.add(current.toString());
      }
      String best = "";
      for (String s : segments) {
        if (s.length() > best.length()) {
          best = s;
        }
      }
      return best;
    }

    /** Fullest known person name for {@code name} (same surname, holding all its words), or null. */
    private String fullest(String name) {
      return fullestCache.computeIfAbsent(name, this::findFullest);
    }

    private String findFullest(String name) {
      String[] parts = name.split(" ");
      String surname = surname(parts);
      String best = null;
      int bestSize = 0;
      for (String candidate : names) {
        String[] c = candidate.split(" ");
        if (!surname(c).equals(surname) || c.length < parts.length) {
          continue;
        }
        boolean all = true;
        for (String p : parts) {
          all &= List.of(c).contains(p);
        }
        if (all && c.length > bestSize) {
          best = candidate;
          bestSize = c.length;
        }
      }
      return best;
    }

    /** The only known full name whose first word is {@code given} ("Steve" → "Steve Roe"), or null. */
    private String byGivenName(String given) {
      return givenCache.computeIfAbsent(given, this::findByGivenName).orElse(null);
    }

    private java.util.Optional<String> findByGivenName(String given) {
      String found = null;
      for (String candidate : names) {
        if (candidate.startsWith(given + " ")) {
          if (found != null && !found.equals(candidate)) {
            return java.util.Optional.empty();
          }
          found = candidate;
        }
      }
      return java.util.Optional.ofNullable(found);
    }

    private String surname(String[] parts) {
      int i = parts.length - 1;
      while (i > 0 && SUFFIXES.contains(parts[i].toLowerCase(Locale.ROOT))) {
        i--;
      }
      return parts[i];
    }

    // ---- resolving one mention -------------------------------------------------------------------------------

    private Resolved resolve(String mention, int position) {
      String lower = mention.toLowerCase(Locale.ROOT);
      if (PERSON_PRONOUNS.contains(lower)) {
        Entity e = latestPerson(position, lower.equals("he") || lower.equals("him") || lower.equals("his") ? "M"
            : lower.equals("she") || lower.equals("her") ? "F" : null);
        return new Resolved(e == null ? null : e.name(), Statement.PERSON, e == null ? null : role(e), "pronoun");
      }
      if (lower.equals("it") || lower.equals("its")) {
        Entity e = latest(position, Statement.ORGANIZATION);
        return e == null ? null : new Resolved(e.name(), e.type(), null, "pronoun");
      }
      if (PLURAL_PRONOUNS.contains(lower)) {
        Entity e = latest(position, Statement.GROUP, Statement.ORGANIZATION);
        return e == null ? null : new Resolved(e.name(), e.type(), null, "pronoun");
      }
      String[] parts = COMMA.split(mention);
      String role = "";
      String name = null;
      for (String part : parts) {
        List<String> words = List.of(SPACES.split(part.strip()));
        Parsed p = parse(words);
        if (p != null && name == null) {
          name = p.name();
          role = p.role().length() > role.length() ? p.role() : role;
        } else if (p == null && isRolePhrase(words)) {
          String r = stripDeterminer(part.strip());
          role = r.length() > role.length() ? r : role;
        }
      }
      if (name == null && !role.isEmpty()) {
        for (String part : parts) {
          List<String> words = List.of(SPACES.split(part.strip()));
          if (isNameShaped(words)) {
            name = String.join(" ", words);
            break;
          }
        }
      }
      if (name == null && parts.length > 1 && isNameShaped(List.of(SPACES.split(parts[0].strip())))) {
        name = parts[0].strip();
        if (role.isEmpty()) {
          role = stripDeterminer(mention.substring(mention.indexOf(',') + 1).strip());
        }
      }
      if (name != null) {
        String full = fullest(name);
        String given = full == null && name.indexOf(' ') < 0 ? byGivenName(name) : null;
        String resolved = full != null ? full : given != null ? given : name;
        String bestRole = role.isEmpty() ? roles.get(resolved) : role;
        return new Resolved(resolved, Statement.PERSON, emptyToNull(bestRole),
            given != null ? "given-name" : full != null && !full.equals(name) ? "surname" : "name");
      }
      List<String> words = List.of(SPACES.split(stripDeterminer(mention)));
      String head = head(words);
      if (isUnnamedSource(mention, words)) {
        return new Resolved(null, Statement.PERSON, stripDeterminer(mention), "unnamed-source");
      }
      if (lower.startsWith("the ") && head.equals(words.get(words.size() - 1)) && gazetteer.isCompanyNoun(head)
          && !Character.isUpperCase(head.charAt(0))) {
        Entity e = latest(position, Statement.ORGANIZATION);
        if (e != null) {
          return new Resolved(e.name(), Statement.ORGANIZATION, null, "org-noun");
        }
      }
      String described = describedOrganization(mention);
      if (described != null) {
        return new Resolved(described, Statement.ORGANIZATION, null, "organization");
      }
      if (gazetteer.isTitle(head)) {
        return roleNoun(head, stripDeterminer(mention), position);
      }
      if (gazetteer.isGroupNoun(head)) {
        return new Resolved(groupName(stripDeterminer(mention)), Statement.GROUP, null, "group");
      }
      if (gazetteer.isOrgHead(head)) {
        return new Resolved(organizationName(words, head), Statement.ORGANIZATION, null, "organization");
      }
      if (!Character.isUpperCase(words.get(0).charAt(0))) {
        return null;
      }
      if (words.size() == 1) {
        String full = fullest(words.get(0));
        if (full != null) {
          return new Resolved(full, Statement.PERSON, emptyToNull(roles.get(full)), "surname");
        }
        String named = byGivenName(words.get(0));
        if (named != null) {
          return new Resolved(named, Statement.PERSON, emptyToNull(roles.get(named)), "given-name");
        }
        String shaped = nameShapedWithSurname(words.get(0));
        if (shaped != null) {
          return new Resolved(shaped, Statement.PERSON, null, "surname");
        }
        if (gazetteer.isCalendarWord(words.get(0))) {
          return null;
        }
      }
      String named = stripDeterminer(mention);
      boolean single = words.size() == 1 && !gazetteer.isFirstName(words.get(0));
      boolean org = single || lower.startsWith("the ") || organizations.contains(named);
      return new Resolved(named, org ? Statement.ORGANIZATION : Statement.PERSON, null, "adjacent-name");
    }

    /**
     * The only name-shaped run of the article whose last word is {@code surname}, or null; also null when an
     * organisation of the article holds the word ("Acme" of "Acme Motor Company" is the company).
     */
    private String nameShapedWithSurname(String surname) {
      for (String o : organizations) {
        if ((" " + o + " ").contains(" " + surname + " ")) {
          return null;
        }
      }
      String found = null;
      for (String n : nameShaped) {
        if (n.endsWith(" " + surname) && !organizations.contains(n)) {
          if (found != null) {
            return null;
          }
          found = n;
        }
      }
      return found;
    }

    /**
     * The capitalised name after a lower-case company noun ("US automaker Acme Motors" → "Acme Motors",
     * "low-cost airline, Acme" → "Acme"), or null when the mention does not end that way.
     */
    private String describedOrganization(String mention) {
      List<String> words = new ArrayList<>(List.of(SPACES.split(COMMA.matcher(mention).replaceAll(" ").strip())));
      int end = words.size();
      int from = end;
      while (from > 0 && Character.isUpperCase(words.get(from - 1).charAt(0))) {
        from--;
      }
      if (from == 0 || from == end || !gazetteer.isCompanyNoun(words.get(from - 1))
          || gazetteer.isFirstName(words.get(from))) {
        return null;
      }
      return String.join(" ", words.subList(from, end));
    }

    private Resolved roleNoun(String head, String roleText, int position) {
      String h = head.toLowerCase(Locale.ROOT);
      TreeMap<Integer, Entity> index = byRoleWord.get(h.endsWith(".") ? h.substring(0, h.length() - 1) : h);
      Map.Entry<Integer, Entity> lower = index == null ? null : index.lowerEntry(position);
      Map.Entry<Integer, Entity> higher = index == null ? null : index.ceilingEntry(position);
      Entity before = lower == null ? null : lower.getValue();
      Entity after = higher == null ? null : higher.getValue();
      Entity chosen = before != null ? before : after;
      if (chosen == null) {
        return new Resolved(null, Statement.PERSON, roleText, "role-noun");
      }
      return new Resolved(chosen.name(), Statement.PERSON, emptyToNull(roles.get(chosen.name())),
          before != null ? "role-noun" : "role-noun-cataphora");
    }

    /**
     * Whether the mention describes a speaker the article does not name: an indefinite role or source noun ("a
     * spokesman for the ministry", "a senior administration official", "a source close to her") introduces someone
     * new, so no earlier person with that title is their antecedent and the statement keeps no actor.
     */
    private boolean isUnnamedSource(String mention, List<String> words) {
      String first = SPACES.split(mention.strip(), 2)[0].toLowerCase(Locale.ROOT);
      if (!INDEFINITE.contains(first)) {
        return false;
      }
      for (String w : words) {
        if (PREPOSITIONS.contains(w) || RELATIVES.contains(w)) {
          return false;
        }
        if (gazetteer.isUnnamedSourceNoun(w) || gazetteer.isTitle(w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A group's name with a capital that only opens the sentence lowered ("Officials", "Two officials" →
     * "officials", "two officials"), so that a group named by common words alone reads as such everywhere and
     * "Pentagon officials" keeps its capital.
     */
    private String groupName(String name) {
      String[] words = SPACES.split(name, 2);
      String first = words[0].toLowerCase(Locale.ROOT);
      boolean common = gazetteer.isGroupNoun(first) || QUANTIFIERS.contains(first);
      return common ? first + name.substring(words[0].length()) : name;
    }

    private boolean isRolePhrase(List<String> words) {
      for (String w : words) {
        if (gazetteer.isTitle(w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The organisation as named: when the head is the capitalised last word, the capitalised run ending it
     * ("US food maker General Mills" → "General Mills"); otherwise the whole phrase ("national parliament").
     */
    private String organizationName(List<String> words, String head) {
      int last = words.size() - 1;
      if (!words.get(last).equals(head) || !Character.isUpperCase(head.charAt(0))) {
        return String.join(" ", words);
      }
      int from = last;
      while (from > 0 && (Character.isUpperCase(words.get(from - 1).charAt(0))
          || CONNECTORS.contains(words.get(from - 1)) && from - 1 > 0
              && Character.isUpperCase(words.get(from - 2).charAt(0)))) {
        from--;
      }
      return String.join(" ", words.subList(from, words.size()));
    }

    /** Head noun: the last word before the first preposition ("coalition" in "US-led coalition in X"). */
    private String head(List<String> words) {
      String head = words.get(words.size() - 1);
      for (int i = 1; i < words.size(); i++) {
        if (PREPOSITIONS.contains(words.get(i))) {
          head = words.get(i - 1);
          break;
        }
      }
      return head;
    }

    /**
     * The latest person before {@code position} whose gender does not contradict {@code gender} ("M", "F" or
     * null): earlier pronouns, a given name or a gendered title ("Mrs.", "spokeswoman") is evidence; looks at most 6
     * people back, and falls back to the nearest person when only the large name lists contradict it.
     */
    private Entity latestPerson(int position, String gender) {
      TreeMap<Integer, Entity> index = byType.get(Statement.PERSON);
      Map.Entry<Integer, Entity> e = index == null ? null : index.lowerEntry(position);
      Entity nearest = e == null ? null : e.getValue();
      for (int n = 0; e != null && n < 6; n++, e = index.lowerEntry(e.getKey())) {
        String g = genderOf(e.getValue(), position, true);
        if (gender == null || g == null || g.equals(gender)) {
          return e.getValue();
        }
      }
      return nearest != null && genderOf(nearest, position, false) == null ? nearest : null;
    }

    /**
     * Gender evidence for a person, strongest first: pronouns that referred to it before {@code position}
     * (a majority), a gendered courtesy title ("Mrs.", "spokeswoman"), the given name, a "-man" role word.
     * Without {@code nameLists} the large name lists are not asked: when every person in reach contradicts the
     * pronoun, the nearest one is still taken if only those lists contradict it (they misgender some names).
     */
    private String genderOf(Entity e, int position, boolean nameLists) {
      TreeMap<Integer, String> seen = pronounGenders.get(e.name());
      if (seen != null) {
        int balance = 0;
        for (String g : seen.headMap(position).values()) {
          balance += g.equals("F") ? 1 : -1;
        }
        if (balance != 0) {
          return balance > 0 ? "F" : "M";
        }
      }
      String role = roles.getOrDefault(e.name(), "").toLowerCase(Locale.ROOT);
      if (FEMALE_ROLE.matcher(role).find()) {
        return "F";
      }
      if (MR.matcher(role).find()) {
        return "M";
      }
      String given = nameLists ? gazetteer.gender(e.name().split(" ")[0]) : gazetteer.handListedGender(e.name().split(" ")[0]);
      if (given != null) {
        return given;
      }
      return MALE_ROLE.matcher(role).find() ? "M" : null;
    }

    private Entity latest(int position, String... types) {
      Entity best = null;
      for (String type : types) {
        TreeMap<Integer, Entity> index = byType.get(type);
        Map.Entry<Integer, Entity> e = index == null ? null : index.lowerEntry(position);
        if (e != null && (best == null || e.getKey() > best.position())) {
          best = e.getValue();
        }
      }
      return best;
    }

    private String role(Entity e) {
      return emptyToNull(roles.get(e.name()));
    }

    /**
     * Offset of the statement's speaker mention: inside the statement when it holds its own attribution
     * ({@code The plan, she said, will fail}), else the nearest occurrence before or after it.
     */
    private int mentionPosition(Statement s) {
      String m = s.getSpeakerText();
      if (s.getCue() != null) {
        int inside = text.substring(s.getCharStart(), s.getCharEnd()).indexOf(m + " " + s.getCue());
        if (inside >= 0) {
          return s.getCharStart() + inside;
        }
      }
      int before = text.lastIndexOf(m, s.getCharStart());
      int after = text.indexOf(m, s.getCharEnd());
      if (before >= 0 && before + m.length() > s.getCharStart()) {
        before = -1;
      }
      if (before < 0) {
        return after < 0 ? s.getCharStart() : after;
      }
      if (after < 0) {
        return before;
      }
      return s.getCharStart() - before - m.length() <= after - s.getCharEnd() ? before : after;
    }

    /** Texts of a run's tokens, a possessive {@code ’s} dropped ("Bush’s" → "Bush"). */
    private List<String> words(List<Token> run) {
      List<String> out = new ArrayList<>(run.size());
      for (Token t : run) {
        String w = t.text();
        out.add(w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s")) ? w.substring(0, w.length() - 2) : w);
      }
      return out;
    }
  }

  private static String stripDeterminer(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String d : LEADING_DETERMINERS) {
      if (lower.startsWith(d + " ")) {
        return s.substring(d.length() + 1).strip();
      }
    }
    return s;
  }

  /** Words joined by spaces, with a possessive mark kept on its word ("Tenants’ Association"). */
  private static String joinName(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.length() > 0 && !POSSESSIVE.contains(w)) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
