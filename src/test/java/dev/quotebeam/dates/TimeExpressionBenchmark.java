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
    for (int mb : List.of(1, 2, 4)) {
      StringBuilder text = new StringBuilder();
      while (text.length() < mb * 1_000_000) {
        text.append(news);
      }
      String input = text.substring(0, mb * 1_000_000);
      long timexMs = Long.MAX_VALUE;
      long findMs = Long.MAX_VALUE;
      int found = 0;
      int dated = 0;
      for (int run = 0; run < 5; run++) { // the fastest of five runs: the machine is shared
        long t0 = System.nanoTime();
        found = recognizer.timexes(input, reference).size();
        long t1 = System.nanoTime();
        dated = recognizer.find(input, reference).size();
        long t2 = System.nanoTime();
        timexMs = Math.min(timexMs, (t1 - t0) / 1_000_000);
        findMs = Math.min(findMs, (t2 - t1) / 1_000_000);
      }
      System.out.printf(
          Locale.ROOT, "%d MB: timexes %d in %d ms, find %d in %d ms (fastest of 5)%n", mb, found, timexMs, dated, findMs);
    }
  }
}
