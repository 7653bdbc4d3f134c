package dev.quotebeam.eval;

import dev.quotebeam.actors.ActorsEval;
import dev.quotebeam.bench.CorpusGenerator;
import dev.quotebeam.clean.CleaningEval;
import dev.quotebeam.extract.PolnearEval;
import dev.quotebeam.stance.StanceEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of {@code scripts/evaluate.sh TASK [--data=DIR] [--json] [-v]}: scores the job's own stage classes
 * on a gold corpus and prints a table (and a JSON line with {@code --json}).
 *
 * <p>Tasks and their default data (a folder in the same format may be given with {@code --data}):
 * <ul>
 *   <li>{@code cleaning}: {@code corpora/html}: a scrapinghub-aeb-format folder (body text shingle P/R/F1) and/or a
 *       readability-test-pages-format folder (titles), or a folder holding both;
 *   <li>{@code dates}: {@code corpora/html/htmldate-eval} (publication-day accuracy; only files listed in
 *       {@code eval_default.json} / {@code eval_mediacloud_2020.json} that exist are scored);
 *   <li>{@code quotes}: {@code corpora/quotes/polnear}, split test if present, else dev ({@code --split=} to choose):
 *       content P/R/F1 (exact, >= 50 % overlap; all relations and quote-marked), speaker accuracy;
 *   <li>{@code actors}: {@code corpora/actors/meantime-en} (speech events' speakers, types, person B-cubed);
 *   <li>{@code timex}: {@code corpora/dates/te3-platinum} (TempEval-3 value F1), plus the Recognizers-Text date
 *       cases when no {@code --data} is given;
 *   <li>{@code changes}: a generated corpus ({@code scripts/generate-corpus.sh}; default 2,000 articles in
 *       {@code target/generated-2000}): planted vs detected stance changes;
 *   <li>{@code stance}: {@code corpora/stance} (Emergent accuracy, SemEval-2016 F_avg, VAST macro-F1).
 * </ul>
 */
public final class Evaluate {
  private Evaluate() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: evaluate.sh TASK [--data=DIR] [--json] [-v]   (tasks: " + String.join(", ", tasks()) + ")");
      System.exit(2);
    }
    String task = args[0];
    String corpora = System.getProperty("quotebeam.corpora", "../shared/corpora");
    String data = null;
    boolean json = false;
    boolean verbose = false;
    for (String a : args) {
      if (a.startsWith("--data=")) {
        data = a.substring("--data=".length());
      } else if (a.equals("--json")) {
        json = true;
      } else if (a.equals("-v")) {
        verbose = true;
      }
    }
    EvalReport report = new EvalReport(task);
    switch (task) {
      case "cleaning":
        {
          Path dir = Path.of(data != null ? data : corpora + "/html");
          boolean any = false;
          for (Path d : List.of(dir, dir.resolve("scrapinghub-aeb"))) {
            if (Files.exists(d.resolve("ground-truth.json"))) {
              CleaningEval.aeb(d, verbose, report);
              any = true;
            }
          }
          for (Path d : List.of(dir, dir.resolve("readability-test-pages"))) {
            if (Files.isDirectory(d.resolve("pages"))) {
              CleaningEval.titles(d, verbose, report);
              any = true;
            }
          }
          require(any, dir, "ground-truth.json (scrapinghub-aeb format) or pages/ (readability-test-pages format)");
          break;
        }
      case "dates":
        {
          Path dir = Path.of(data != null ? data : corpora + "/html/htmldate-eval");
          require(Files.exists(dir.resolve("eval_default.json")), dir, "eval_default.json (htmldate-eval format)");
          CleaningEval.dates(dir, verbose, report);
          break;
        }
      case "quotes":
        {
          Path dir = Path.of(data != null ? data : corpora + "/quotes/polnear");
          String split = null;
          for (String a : args) {
            if (a.startsWith("--split=")) {
              split = a.substring("--split=".length());
            }
          }
          for (String candidate : List.of("test", "dev", "train")) {
            if (split == null && Files.isDirectory(dir.resolve(candidate).resolve("attributions"))) {
              split = candidate;
            }
          }
          require(split != null, dir, "test/, dev/ or train/ with attributions/ and text/ (PolNeAR format)");
          PolnearEval.run(dir, split, true, verbose, report);
          break;
        }
      case "actors":
        ActorsEval.run(Path.of(data != null ? data : corpora + "/actors/meantime-en"), report, verbose);
        break;
      case "timex":
        {
          Path te3 = Path.of(data != null ? data : corpora + "/dates/te3-platinum");
          TimexEval.te3(te3, verbose, report);
          if (data == null) {
            TimexEval.recognizers(Path.of(corpora + "/dates/recognizers-text-datetime-en"), verbose, report);
          }
          break;
        }
      case "changes":
        {
          Path corpus =
              data != null
                  ? Path.of(data)
                  : CorpusGenerator.ensureCorpus(2_000, Path.of("target/generated-2000"));
          ChangesEval.run(corpus, Path.of("target/changes-eval-out").resolve(corpus.getFileName().toString()), report, verbose);
          break;
        }
      case "stance":
        StanceEval.run(Path.of(data != null ? data : corpora + "/stance"), report);
        break;
      default:
        System.err.println("evaluate: unknown task '" + task + "' (tasks: " + String.join(", ", tasks()) + ")");
        System.exit(2);
    }
    report.print(System.out, json);
  }

  private static void require(boolean ok, Path dir, String what) {
    if (!ok) {
      System.err.println("evaluate: " + dir + " has no " + what);
      System.exit(2);
    }
  }

  static List<String> tasks() {
    return new ArrayList<>(List.of("cleaning", "dates", "timex", "quotes", "actors", "stance", "changes"));
  }
}
