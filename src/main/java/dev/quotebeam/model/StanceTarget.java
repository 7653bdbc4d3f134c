package dev.quotebeam.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A stance target declared in a pipeline spec: the proposition statements are scored for or against.
 *
 * <p>{@code terms} mark a statement as concerning the target (any term, case-insensitive, word-bounded, in the
 * statement or its sentence); {@code articleTerms}, when given, additionally require the article to mention one
 * of them (so "we will scrap it" counts for "a congestion charge in Eastfield" only in an article about that town). The
 * optional cue lists add target-specific phrases that signal support or opposition. Immutable.
 *
 * <p>{@code kind} says what the target is: a {@link #TOPIC} (a policy or cause people are for or against: "a
 * congestion charge") or a {@link #CLAIM} (a proposition that is asserted, denied or reported: "the
 * mayor will resign"); the two are scored by different rules.
 */
public final class StanceTarget implements Serializable {
  public static final String TOPIC = "topic";
  public static final String CLAIM = "claim";

  private final String id;
  private final String kind;
  private final String label;
  private final String description;
  private final List<String> terms;
  private final List<String> articleTerms;
  private final List<String> supportCues;
  private final List<String> opposeCues;

  public StanceTarget(
      String id,
      String label,
      String description,
      List<String> terms,
      List<String> articleTerms,
      List<String> supportCues,
      List<String> opposeCues) {
    this(id, TOPIC, label, description, terms, articleTerms, supportCues, opposeCues);
  }

  public StanceTarget(
      String id,
      String kind,
      String label,
      String description,
      List<String> terms,
      List<String> articleTerms,
      List<String> supportCues,
      List<String> opposeCues) {
    this.id = Objects.requireNonNull(id, "id");
    if (!TOPIC.equals(kind) && !CLAIM.equals(kind)) {
      throw new IllegalArgumentException("kind must be topic or claim: " + kind);
    }
    this.kind = kind;
    this.label = Objects.requireNonNull(label, "label");
    this.description = description == null ? "" : description;
    this.terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    this.articleTerms = articleTerms == null ? List.of() : List.copyOf(articleTerms);
    this.supportCues = supportCues == null ? List.of() : List.copyOf(supportCues);
    this.opposeCues = opposeCues == null ? List.of() : List.copyOf(opposeCues);
  }

  public String id() {
    return id;
  }

  /** {@link #TOPIC} or {@link #CLAIM}. */
  public String kind() {
    return kind;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  public List<String> terms() {
    return terms;
  }

  public List<String> articleTerms() {
    return articleTerms;
  }

  public List<String> supportCues() {
    return supportCues;
  }

  public List<String> opposeCues() {
    return opposeCues;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StanceTarget)) {
      return false;
    }
    StanceTarget t = (StanceTarget) o;
    return id.equals(t.id)
        && kind.equals(t.kind)
        && label.equals(t.label)
        && description.equals(t.description)
        && terms.equals(t.terms)
        && articleTerms.equals(t.articleTerms)
        && supportCues.equals(t.supportCues)
        && opposeCues.equals(t.opposeCues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, label, description, terms, articleTerms, supportCues, opposeCues);
  }

  @Override
  public String toString() {
    return "StanceTarget{" + id + ": " + label + ", terms=" + terms + "}";
  }
}
