package dev.quotebeam.dates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times {@link TimeExpressionRecognizer#timexes} on 1, 2 and 4 MB of news text (the texts of the TimeML files
 * under the given folder, tags stripped, repeated), so that linear growth can be seen: {@code
 * TimeExpressionBenchmark DIR}. A measurement, not a test.
 */
public final class TimeExpressionBenchmark {
  private TimeExpressionBenchmark() {}

  public static void main(String[] args) throws IOException {
    StringBuilder news = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
        news.append(Files.readString(f).replaceAll("<[^>]*>", "")).append('\n');
      }
    }
    TimeExpressionRecognizer recognizer = TimeExpressionRecognizer.withDefaults();
    LocalDate reference = LocalDate.of(2013, 3, 22);
    for (int mb : List.of(1, 1, 2, 4)) {
      StringBuilder text = new StringBuilder();
      while (text.length() < mb * 1_000_000) {
        text.append(news);
      }
      String input = text.substring(0, mb * 1_000_000);
      long t0 = System.nanoTime();
      int found = recognizer.timexes(input, reference).size();
      long t1 = System.nanoTime();
      int dated = recognizer.find(input, reference).size();
      long t2 = System.nanoTime();
      System.out.printf(
          Locale.ROOT, "%d MB: timexes %d in %.0f ms, find %d in %.0f ms%n",
          mb, found, (t1 - t0) / 1e6, dated, (t2 - t1) / 1e6);
    }
  }
}
