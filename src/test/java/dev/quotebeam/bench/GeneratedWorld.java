package dev.quotebeam.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fictional world a generated corpus is written about: towns with one policy each (the stance targets), the
 * people who talk about them with their planted stance over time, and the phrase and layout templates.
 *
 * <p>Built once per corpus from {@code src/test/resources/bench/} and a seed; its size depends only on the
 * number of actors (capped), never on the number of articles, so a million-article corpus needs no more memory
 * than a thousand-article one. Every actor speaks on the one target of their town and follows one trajectory:
 * constant support, constant oppose, neutral, or exactly one change between support and oppose on a planted day.
 */
final class GeneratedWorld {
  static final String RES = "/bench/";

  enum Kind {
    SUPPORT,
    OPPOSE,
    NEUTRAL,
    CHANGE
  }

  record Target(String id, String label, String place, String term, String shortForm, List<String> terms,
      List<String> pro, List<String> con) {}

  record Site(String key, String name, String domain, String layout, String urlStyle) {}

  /** A person; {@code title} ("Councillor") or {@code appositive} ("head of the X Chamber of Commerce") is set. */
  record Actor(int index, String first, String last, boolean female, int town, String title, String appositive,
      Kind kind, String from, String to, int changeDay) {
    String full() {
      return first + " " + last;
    }

    /** The planted stance ("support", "oppose", "neutral") on {@code day}. */
    String stanceOn(int day) {
      switch (kind) {
        case SUPPORT:
          return "support";
        case OPPOSE:
          return "oppose";
        case NEUTRAL:
          return "neutral";
        default:
          return day < changeDay ? from : to;
      }
    }
  }

  final List<Target> targets;
  final List<Site> sites;
  final List<Actor> actors;
  final List<List<Actor>> actorsByTown;
  final List<String> reporters;
  final List<String> organisations;
  final Map<String, List<String>> phrases;
  final Map<String, String> layouts = new LinkedHashMap<>();
  final int spanDays;

  GeneratedWorld(int actorCount, int spanDays, long seed) {
    this.spanDays = spanDays;
    SplittableRandom rnd = new SplittableRandom(seed);
    targets = targets(lines("targets.txt"));
    sites = sites(lines("sites.txt"));
    for (Site s : sites) {
      layouts.putIfAbsent(s.layout(), resource("layouts/" + s.layout() + ".html"));
    }
    phrases = sections(lines("phrases.txt"));
    organisations = lines("organisations.txt");
    List<String> female = lines("first-names-female.txt");
    List<String> male = lines("first-names-male.txt");
    List<String> titles = lines("titles.txt");
    List<String> appositives = lines("appositives.txt");
    List<String> surnames = new ArrayList<>();
    for (String head : lines("surname-heads.txt")) {
      for (String tail : lines("surname-tails.txt")) {
        surnames.add(head + tail);
      }
    }
    shuffle(surnames, rnd);
    int reporterCount = 12;
    if (actorCount + reporterCount > surnames.size()) {
      throw new IllegalArgumentException("at most " + (surnames.size() - reporterCount) + " actors");
    }
    List<Actor> all = new ArrayList<>();
    actorsByTown = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      actorsByTown.add(new ArrayList<>());
    }
    for (int i = 0; i < actorCount; i++) {
      boolean isFemale = rnd.nextBoolean();
      List<String> firsts = isFemale ? female : male;
      String first = firsts.get(rnd.nextInt(firsts.size()));
      int town = i % targets.size();
      String title = null;
      String appositive = null;
      if (i < targets.size()) {
        title = "Mayor";
      } else if (rnd.nextInt(10) < 6) {
        title = titles.get(rnd.nextInt(titles.size()));
      } else {
        appositive = appositives.get(rnd.nextInt(appositives.size())).replace("{place}", targets.get(town).place());
      }
      int roll = rnd.nextInt(100);
      Kind kind = roll < 25 ? Kind.CHANGE : roll < 40 ? Kind.NEUTRAL : roll < 70 ? Kind.SUPPORT : Kind.OPPOSE;
      boolean supportFirst = rnd.nextBoolean();
      int changeDay = spanDays * 3 / 10 + rnd.nextInt(Math.max(1, spanDays * 4 / 10));
      Actor a = new Actor(i, first, surnames.get(i), isFemale, town, title, appositive, kind,
          supportFirst ? "support" : "oppose", supportFirst ? "oppose" : "support", changeDay);
      all.add(a);
      actorsByTown.get(town).add(a);
    }
    actors = List.copyOf(all);
    List<String> reps = new ArrayList<>();
    for (int i = 0; i < reporterCount; i++) {
      List<String> firsts = rnd.nextBoolean() ? female : male;
      reps.add(firsts.get(rnd.nextInt(firsts.size())) + " " + surnames.get(surnames.size() - 1 - i));
    }
    reporters = List.copyOf(reps);
  }

  /** The constant stance of organisation {@code org} on the target of {@code town}: a fixed function of both. */
  String organisationStance(int org, int town) {
    return ((org * 31 + town * 17) % 3 == 0) ? "support" : "oppose";
  }

  List<String> phrases(String section) {
    List<String> p = phrases.get(section);
    if (p == null) {
      throw new IllegalStateException("phrases.txt has no [" + section + "]");
    }
    return p;
  }

  static String resource(String name) {
    try (InputStream in = GeneratedWorld.class.getResourceAsStream(RES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of a resource without comments; blank lines kept as "" (they separate blocks). */
  private static List<String> rawLines(String name) {
    List<String> out = new ArrayList<>();
    for (String line : resource(name).split("\n", -1)) {
      if (!line.startsWith("#")) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String l : rawLines(name)) {
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  private static List<Target> targets(List<String> lines) {
    List<Target> out = new ArrayList<>();
    Map<String, String> block = new LinkedHashMap<>();
    for (String l : lines) {
      int colon = l.indexOf(':');
      String key = l.substring(0, colon).strip();
      if (key.equals("id") && !block.isEmpty()) {
        out.add(target(block));
        block.clear();
      }
      block.put(key, l.substring(colon + 1).strip());
    }
    out.add(target(block));
    return List.copyOf(out);
  }

  private static Target target(Map<String, String> b) {
    return new Target(b.get("id"), b.get("label"), b.get("place"), b.get("term"), b.get("short"),
        split(b.get("terms")), split(b.get("pro")), split(b.get("con")));
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split(";")) {
      out.add(p.strip());
    }
    return List.copyOf(out);
  }

  private static List<Site> sites(List<String> lines) {
    List<Site> out = new ArrayList<>();
    for (String l : lines) {
      String[] f = l.split("\\|");
      String name = f[0].strip();
      out.add(new Site(f[2].strip(), name, f[1].strip(), f[2].strip(), f[3].strip()));
    }
    return List.copyOf(out);
  }

  private static Map<String, List<String>> sections(List<String> lines) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String l : lines) {
      if (l.startsWith("[") && l.endsWith("]")) {
        current = new ArrayList<>();
        out.put(l.substring(1, l.length() - 1), current);
      } else if (current != null) {
        current.add(l);
      }
    }
    return out;
  }

  private static void shuffle(List<String> list, SplittableRandom rnd) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      String t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
