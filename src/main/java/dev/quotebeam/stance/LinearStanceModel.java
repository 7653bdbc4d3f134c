package dev.quotebeam.stance;

import dev.quotebeam.model.StatementStance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gives a text's stance toward a target it was trained on, from a multinomial logistic regression over word
 * unigrams and bigrams, each feature both on its own and joined with the target.
 *
 * <p>Why: implicit stance ("God is great" against atheism) has no rule-readable cue; with labelled statements
 * on the same target, words learn it. Trained on {@code (target, text, stance)} examples, e.g. {@code
 * ("Fare rise", "buses need the money", support)}; then {@code predict("Fare rise", "the money buses need")}
 * gives {@code support}. A target never seen in training keeps only the target-free features, which carry
 * little: use {@link #knows} and fall back on the rules. Training is deterministic (examples in given order,
 * fixed learning-rate schedule, no randomness) and fast: ten passes over 3,000 tweet-sized texts take a
 * quarter of a second. The
 * weights are derived from the training texts but keep no text; the model is immutable and thread-safe once
 * built. Built from evaluation corpora it must not ship in a product: train it where it is used.
 */
public final class LinearStanceModel implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> LABELS =
      List.of(StatementStance.SUPPORT, StatementStance.OPPOSE, StatementStance.NEUTRAL);

  /** One labelled statement: its target's text, its text and {@code support}, {@code oppose} or {@code neutral}. */
  public record Example(String target, String text, String stance) {
    public Example {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(text, "text");
      if (!LABELS.contains(stance)) {
        throw new IllegalArgumentException("stance must be support, oppose or neutral, got " + stance);
      }
    }
  }

  private final Map<String, double[]> weights;
  private final double[] bias;
  private final Set<String> targets;

  private LinearStanceModel(Map<String, double[]> weights, double[] bias, Set<String> targets) {
    this.weights = weights;
    this.bias = bias;
    this.targets = targets;
  }

  /**
   * Trains by stochastic gradient descent on the log-loss with L2 shrinkage: {@code epochs} passes over {@code
   * examples} in order, learning rate {@code 0.5 / (1 + epoch)}.
   */
  public static LinearStanceModel train(List<Example> examples, int epochs, double l2) {
    Objects.requireNonNull(examples, "examples");
    if (epochs < 1 || !(l2 >= 0)) {
      throw new IllegalArgumentException("epochs must be >= 1 and l2 >= 0, got " + epochs + ", " + l2);
    }
    Map<String, double[]> w = new HashMap<>();
    double[] b = new double[LABELS.size()];
    Set<String> targets = new LinkedHashSet<>();
    List<List<String>> features = new ArrayList<>();
    for (Example e : examples) {
      targets.add(key(e.target()));
      features.add(features(e.target(), e.text()));
    }
    for (int epoch = 0; epoch < epochs; epoch++) {
      double rate = 0.5 / (1 + epoch);
      for (int n = 0; n < examples.size(); n++) {
        List<String> fs = features.get(n);
        double[] p = probabilities(w, b, fs);
        int gold = LABELS.indexOf(examples.get(n).stance());
        double scale = rate / Math.sqrt(fs.size() + 1.0);
        for (int c = 0; c < LABELS.size(); c++) {
          double g = (c == gold ? 1 : 0) - p[c];
          b[c] += scale * g;
          for (String f : fs) {
            double[] wf = w.computeIfAbsent(f, k -> new double[LABELS.size()]);
            wf[c] += scale * (g - l2 * wf[c]);
          }
        }
      }
    }
    return new LinearStanceModel(w, b, Set.copyOf(targets));
  }

  /** Whether {@code target} (compared case-insensitively) was among the training targets. */
  public boolean knows(String target) {
    return targets.contains(key(target));
  }

  /** The most probable stance of {@code text} toward {@code target}. */
  public String predict(String target, String text) {
    double[] p = probabilities(weights, bias, features(target, text));
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      best = p[c] > p[best] ? c : best;
    }
    return LABELS.get(best);
  }

  private static String key(String target) {
    return target.trim().toLowerCase(Locale.ROOT);
  }

  private static List<String> features(String target, String text) {
    String t = key(target) + "|";
    String[] ws = new StanceText(text).words;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ws.length; i++) {
      String uni = ws[i];
      out.add(uni);
      out.add(t + uni);
      if (i + 1 < ws.length) {
        String bi = ws[i] + " " + ws[i + 1];
        out.add(bi);
        out.add(t + bi);
      }
    }
    return out;
  }

  private static double[] probabilities(Map<String, double[]> w, double[] b, List<String> fs) {
    double[] z = b.clone();
    for (String f : fs) {
      double[] wf = w.get(f);
      if (wf != null) {
        for (int c = 0; c < z.length; c++) {
          z[c] += wf[c];
        }
      }
    }
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
    return z;
  }
}
