package dev.quotebeam.stance;

import dev.quotebeam.model.StanceTarget;
import dev.quotebeam.model.Statement;
import dev.quotebeam.model.StatementStance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives each statement's stance toward claims (targets that are propositions, such as a rumour, rather than
 * policies): support when it asserts the claim, oppose when it denies it, neutral when it only reports it.
 *
 * <p>For a claim with terms {@code [mayor, resign]}: {@code "Mayor to resign next week"} gives {@code support,
 * [term:mayor, asserted]}; {@code "Mayor denies she will resign"} gives {@code oppose, [term:mayor,
 * refuted:deny]}; {@code "Mayor reportedly set to resign"} and {@code "Will the mayor resign?"} give {@code
 * neutral}. A statement concerns a claim when it names one of the claim's terms (as in {@link StanceScorer}).
 * Rules, first that applies:
 *
 * <ol>
 *   <li>a refutation word ({@code refutations.txt}: "deny", "hoax", "false", "not") -> oppose, -0.7;
 *   <li>a hedge ({@code hedges.txt}: "reportedly", "claims", "may", "sources") or a question mark -> neutral, 0;
 *   <li>otherwise the statement restates the claim as fact -> support, +0.6.
 * </ol>
 *
 * <p>Why a separate scorer: toward a policy, a bare mention is neutral ({@link StanceScorer}); toward a claim,
 * repeating it unhedged is what asserting it looks like. Immutable and thread-safe.
 */
public final class ClaimStanceScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double REFUTED = -0.7;
  private static final double ASSERTED = 0.6;

  private final List<StanceTarget> claims;
  private final List<PhraseList> terms;

  public ClaimStanceScorer(List<StanceTarget> claims) {
    Objects.requireNonNull(claims, "claims");
    this.claims = List.copyOf(claims);
    List<PhraseList> ts = new ArrayList<>();
    for (StanceTarget c : this.claims) {
      ts.add(PhraseList.ofTerms(c.terms()));
    }
    this.terms = List.copyOf(ts);
  }

  /** One {@link StatementStance} per (statement, claim) the statement concerns, by statement then claim. */
  public List<StatementStance> score(List<Statement> statements) {
    Objects.requireNonNull(statements, "statements");
    List<StatementStance> out = new ArrayList<>();
    for (Statement s : statements) {
      StanceText text = new StanceText(s.getText());
      for (int i = 0; i < claims.size(); i++) {
        List<PhraseList.Match> found = terms.get(i).findAll(text, 0, text.size());
        if (found.isEmpty()) {
          continue;
        }
        List<String> cues = new ArrayList<>();
        cues.add("term:" + found.get(0).label);
        double score = assess(text, s.getText().indexOf('?') >= 0, cues);
        String stance =
            score > 0 ? StatementStance.SUPPORT : score < 0 ? StatementStance.OPPOSE : StatementStance.NEUTRAL;
        out.add(
            StatementStance.create(
                s.getStatementId(), s.getActorId(), claims.get(i).id(), stance, score, List.copyOf(cues),
                s.getStatementDate()));
      }
    }
    return out;
  }

  private static double assess(StanceText t, boolean question, List<String> cues) {
    List<PhraseList.Match> refutations = StanceLexicon.REFUTATIONS.findAll(t, 0, t.size());
    if (!refutations.isEmpty()) {
      cues.add("refuted:" + refutations.get(0).label);
      return REFUTED;
    }
    List<PhraseList.Match> hedges = StanceLexicon.HEDGES.findAll(t, 0, t.size());
    if (!hedges.isEmpty() || question) {
      cues.add(hedges.isEmpty() ? "hedged:?" : "hedged:" + hedges.get(0).label);
      return 0;
    }
    cues.add("asserted");
    return ASSERTED;
  }
}
