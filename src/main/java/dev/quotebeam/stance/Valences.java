package dev.quotebeam.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the sentiment valence of a lower-case English word, from a lexicon file of {@code word valence} lines:
 * {@code "disaster" -> -3.1}, {@code "wonderful" -> 2.7}, an unlisted word 0.
 *
 * <p>Loaded once ({@code vader-valence.txt}, VADER's single words, -4..4; see its {@code LICENSE-vader}). It widens
 * the hand-written opinion lists for whole-text polarity, where informal words ("disgusting", "awesome") abound.
 * Immutable.
 */
final class Valences {
  private final Map<String, Double> valence;

  private Valences(Map<String, Double> valence) {
    this.valence = Map.copyOf(valence);
  }

  /** The word's valence, or 0 when it is not listed. */
  double of(String word) {
    return valence.getOrDefault(word, 0.0);
  }

  /** Reads {@code resource}: {@code #} starts a comment line; other lines are a word, a space and a number. */
  static Valences load(String resource) {
    Map<String, Double> out = new HashMap<>();
    try (InputStream in = Valences.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          int space = line.indexOf(' ');
          out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Valences(out);
  }
}
