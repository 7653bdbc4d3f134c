package dev.quotebeam.bench;

import dev.quotebeam.bench.GeneratedWorld.Actor;
import dev.quotebeam.bench.GeneratedWorld.Target;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One generated news story in plain text (title + paragraphs) and the planted statements a careful reader finds in
 * it: who, which stance, on which day.
 *
 * <p>A story is about one town's policy. Two to four local actors speak, each introduced with full name and role
 * ("Councillor Ada Wickham", "Ada Wickham, head of the Saltham Chamber of Commerce,"), later by surname or
 * pronoun, in varied forms: direct quotes before or after the attribution, "told reporters", reported clauses,
 * "according to", partial quotes. Each actor speaks on one occasion, dated "on Monday", "said Monday", "on March
 * 3" or not at all (then the publication day, as a reader would date it); the date is written on the first of
 * the actor's statements and repeated on a third of the later ones, and a statement without one (a pronoun
 * continuation, say) is dated to the publication day. When an actor's planted change falls between the occasion and the
 * publication day the occasion moves to the publication day, so one article never shows both stances of one
 * actor. Distractors: organisations' statements, reported speech about another actor's position ("Wickham said
 * Brandby had backed the charge") which is never that other actor's stance, scare quotes nobody said, filler
 * with dates that date no statement. About 5 % of pages have no quotes at all.
 */
final class GeneratedArticle {
  /** A planted statement by a person actor: their stance and the day they said it. */
  record Said(Actor actor, String stance, int day) {}

  final int pubDay;
  final int minuteOfDay;
  final int site;
  final String title;
  final List<String> paragraphs = new ArrayList<>();
  final List<Said> said = new ArrayList<>();

  private final GeneratedWorld world;
  private final SplittableRandom rnd;
  private final LocalDate start;
  private final String open;
  private final String close;
  private final Target target;
  private final Set<String> used = new HashSet<>();
  private Actor lastSpeaker;

  GeneratedArticle(GeneratedWorld world, LocalDate start, SplittableRandom rnd) {
    this.world = world;
    this.rnd = rnd;
    this.start = start;
    this.pubDay = rnd.nextInt(world.spanDays);
    this.minuteOfDay = 6 * 60 + rnd.nextInt(14 * 60);
    this.site = rnd.nextInt(world.sites.size());
    boolean curly = rnd.nextInt(10) < 7;
    this.open = curly ? "\u201c" : "\"";
    this.close = curly ? "\u201d" : "\"";
    int town = rnd.nextInt(world.targets.size());
    this.target = world.targets.get(town);
    if (rnd.nextInt(100) < 5) {
      title = fill(pick("noquote-title"), null);
      int n = 2 + rnd.nextInt(3);
      for (int i = 0; i < n; i++) {
        paragraphs.add(fill(pick("noquote-body"), null));
      }
      return;
    }
    List<Actor> local = new ArrayList<>(world.actorsByTown.get(town));
    int speakers = Math.min(local.size(), 2 + rnd.nextInt(3));
    List<Actor> cast = new ArrayList<>();
    for (int i = 0; i < speakers; i++) {
      cast.add(local.remove(rnd.nextInt(local.size())));
    }
    Actor main = cast.get(0);
    String mainStance = main.stanceOn(pubDay);
    title = fill(pick("title-" + mainStance), null).replace("{surname}", main.last());
    paragraphs.add(fill(pick("lead"), null));
    List<Actor> introduced = new ArrayList<>();
    for (Actor a : cast) {
      speak(a);
      introduced.add(a);
      int roll = rnd.nextInt(100);
      if (roll < 20 && introduced.size() >= 2) {
        aboutOther(introduced);
      } else if (roll < 35) {
        paragraphs.add(fill(pick("filler"), null));
      } else if (roll < 45) {
        organisation(town);
      } else if (roll < 50) {
        paragraphs.add(marks(fill(pick("unattributed"), null)));
      }
    }
    if (rnd.nextBoolean()) {
      paragraphs.add(fill(pick("filler"), null));
    }
  }

  /** One actor's statements on one occasion: one to three paragraphs. */
  private void speak(Actor a) {
    int k = 0;
    int roll = rnd.nextInt(100);
    String when;
    if (roll < 45) {
      when = "";
    } else if (roll < 85) {
      k = 1 + rnd.nextInt(5);
      when = (rnd.nextBoolean() ? " on " : " ") + weekday(pubDay - k);
    } else {
      k = 1 + rnd.nextInt(9);
      LocalDate d = start.plusDays(pubDay - k);
      when = " on " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
    }
    if (a.kind() == GeneratedWorld.Kind.CHANGE && a.changeDay() > pubDay - k && a.changeDay() <= pubDay) {
      k = 0;
      when = "";
    }
    int day = pubDay - k;
    String base = a.stanceOn(day);
    int count = 1 + rnd.nextInt(3);
    for (int s = 0; s < count; s++) {
      String stance = !base.equals("neutral") && rnd.nextInt(10) == 0 ? "neutral" : base;
      if (s == 0) {
        first(a, stance, when, day);
      } else if (rnd.nextInt(3) == 0) {
        continuation(a, stance);
      } else if (rnd.nextInt(3) == 0) {
        later(a, stance, when, day);
      } else {
        later(a, stance, "", pubDay);
      }
    }
  }

  private void first(Actor a, String stance, String when, int day) {
    String subject = a.title() != null ? titled(a) : a.full() + ", " + a.appositive() + ",";
    switch (rnd.nextInt(5)) {
      case 0:
        add(open + quote(stance) + "," + close + " " + subject + " said" + when + ".", a, stance, day);
        break;
      case 1:
        add(subject + " told reporters" + when + ": " + open + quote(stance) + "." + close, a, stance, day);
        break;
      case 2:
        add(subject + " said" + when + " that " + clause(a, stance) + ".", a, stance, day);
        break;
      case 3:
        add("According to " + (subject.endsWith(",") ? subject : subject + ",") + " " + clause(a, stance) + ".", a, stance,
            pubDay);
        break;
      default:
        String inverted = when.startsWith(" on ") || when.isEmpty() ? when : " on" + when;
        add((open + quote(stance) + "," + close + " said " + subject + inverted + ".").replace(",.", "."), a, stance,
            day);
    }
  }

  private void later(Actor a, String stance, String when, int day) {
    String s = a.last();
    switch (rnd.nextInt(6)) {
      case 0:
        add(open + quote(stance) + "," + close + " " + s + " said" + when + ".", a, stance, day);
        break;
      case 1:
        add(s + " said" + when + " " + clause(a, stance) + ".", a, stance, day);
        break;
      case 2:
        if (stance.equals("neutral")) {
          add(s + " told reporters" + when + ": " + open + quote(stance) + "." + close, a, stance, day);
        } else {
          add(s + " said " + marks(fill(pick(stance + "-partial"), a)) + ".", a, stance, pubDay);
        }
        break;
      case 3:
        add("According to " + s + ", " + clause(a, stance) + ".", a, stance, pubDay);
        break;
      case 4:
        add(open + quote(stance) + "," + close + " " + s + " said" + when + ". " + open + quote(stance) + "." + close,
            a, stance, day);
        break;
      default:
        String paper = world.sites.get(site).name();
        add(s + " told " + (paper.startsWith("The ") ? paper : "the " + paper) + when + " that " + clause(a, stance) + ".", a, stance, day);
    }
  }

  /** "“…,” she said." or "She added that …": no date of its own, so dated to the publication day. */
  private void continuation(Actor a, String stance) {
    String pron = a.female() ? "she" : "he";
    if (lastSpeaker == a && rnd.nextBoolean()) {
      add(open + quote(stance) + "," + close + " " + pron + " said.", a, stance, pubDay);
    } else if (lastSpeaker == a) {
      add(cap(pron) + " added that " + clause(a, stance) + ".", a, stance, pubDay);
    } else {
      add(open + quote(stance) + "," + close + " " + a.last() + " said.", a, stance, pubDay);
    }
  }

  /** Speaker B reports A's position: B's statement, never A's stance. */
  private void aboutOther(List<Actor> introduced) {
    Actor b = introduced.get(introduced.size() - 1);
    Actor a = introduced.get(rnd.nextInt(introduced.size() - 1));
    String aStance = a.stanceOn(pubDay);
    if (aStance.equals("neutral")) {
      return;
    }
    String text = fill(pick("about-" + aStance), b).replace("{other}", a.last());
    paragraphs.add(b.last() + " said " + text + ".");
    lastSpeaker = b;
  }

  private void organisation(int town) {
    int org = rnd.nextInt(world.organisations.size());
    String name = world.organisations.get(org).replace("{place}", target.place());
    String stance = world.organisationStance(org, town);
    paragraphs.add(cap(name) + " said in a statement that " + fill(pick("org-" + stance), null) + ".");
  }

  private void add(String paragraph, Actor a, String stance, int day) {
    paragraphs.add(paragraph);
    said.add(new Said(a, stance, day));
    lastSpeaker = a;
  }

  private String titled(Actor a) {
    if (a.title().equals("Mayor") && rnd.nextBoolean()) {
      return target.place() + " Mayor " + a.full();
    }
    return a.title() + " " + a.full();
  }

  private String quote(String stance) {
    return fill(pick(stance + "-quote"), null);
  }

  private String clause(Actor a, String stance) {
    return fill(pick(stance + "-clause"), a);
  }

  private String marks(String s) {
    return s.replace("\u2039", open).replace("\u203a", close);
  }

  private String fill(String template, Actor a) {
    String pron = a == null || a.female() ? "she" : "he";
    return template
        .replace("{term}", target.term())
        .replace("{short}", target.shortForm())
        .replace("{place}", target.place())
        .replace("{pro}", target.pro().get(rnd.nextInt(target.pro().size())))
        .replace("{con}", target.con().get(rnd.nextInt(target.con().size())))
        .replace("{weekday}", weekday(pubDay + 1 + rnd.nextInt(5)))
        .replace("{Pron}", cap(pron))
        .replace("{pron}", pron)
        .replace("{poss}", a == null || a.female() ? "her" : "his");
  }

  /** A template of {@code section}, preferring one not used yet in this article (a writer rarely repeats). */
  private String pick(String section) {
    List<String> p = world.phrases(section);
    String t = p.get(rnd.nextInt(p.size()));
    for (int tries = 0; tries < 4 && !used.add(t); tries++) {
      t = p.get(rnd.nextInt(p.size()));
    }
    return t;
  }

  private String weekday(int day) {
    return start.plusDays(day).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
