package dev.quotebeam.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Guesses the ISO 639-1 language of a text with Optimaize's n-gram profiles, or says it is unsure.
 *
 * <p>The detector reads its 70 built-in profiles once per JVM (a lazy holder: the first call pays about a second)
 * and is immutable afterwards, so one instance serves all threads. Only the first {@value #SAMPLE_CHARS} characters
 * are looked at; texts shorter than {@value #MIN_CHARS} characters and guesses below {@value #MIN_PROBABILITY}
 * give null. Example: {@code guess("Der Minister sagte am Montag, dass ...")} gives {@code "de"}.
 */
final class LanguageGuesser {
  static final int SAMPLE_CHARS = 2000;
  static final int MIN_CHARS = 40;
  static final double MIN_PROBABILITY = 0.90;

  private LanguageGuesser() {}

  /** Lazily built, immutable detector (initialisation-on-demand holder). */
  private static final class Holder {
    static final LanguageDetector DETECTOR = build();
    static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

    private static LanguageDetector build() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read Optimaize's built-in language profiles", e);
      }
    }
  }

  static String guess(String text) {
    if (text == null || text.length() < MIN_CHARS) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    List<DetectedLanguage> probabilities = Holder.DETECTOR.getProbabilities(Holder.TEXTS.forText(sample));
    if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_PROBABILITY) {
      return null;
    }
    String lang = probabilities.get(0).getLocale().getLanguage();
    return lang.length() == 2 ? lang : null;
  }
}
