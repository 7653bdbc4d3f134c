package dev.quotebeam.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quotebeam.model.StatementStance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearStanceModelTest {
  private static final String TARGET = "Night buses";

  private static List<LinearStanceModel.Example> examples() {
    List<LinearStanceModel.Example> out = new ArrayList<>();
    String[][] rows = {
      {"shift workers finally get home safely", "support"},
      {"a lifeline for shift workers", "support"},
      {"get home safely after late shifts", "support"},
      {"noisy engines keep the street awake", "oppose"},
      {"the street stays awake with noisy engines", "oppose"},
      {"empty seats and noisy engines all night", "oppose"},
      {"the timetable was published on Monday", "neutral"},
      {"the council published the timetable", "neutral"},
    };
    for (String[] r : rows) {
      out.add(new LinearStanceModel.Example(TARGET, r[0], r[1]));
    }
    return out;
  }

  @Test
  void learnsWordsOfEachStance() {
    LinearStanceModel m = LinearStanceModel.train(examples(), 10, 1e-4);
    assertEquals(
        List.of(StatementStance.SUPPORT, StatementStance.OPPOSE, StatementStance.NEUTRAL),
        List.of(
            m.predict(TARGET, "shift workers can get home"),
            m.predict(TARGET, "those noisy engines again"),
            m.predict(TARGET, "timetable published")));
  }

  @Test
  void trainingIsDeterministic() {
    LinearStanceModel a = LinearStanceModel.train(examples(), 3, 1e-4);
    LinearStanceModel b = LinearStanceModel.train(examples(), 3, 1e-4);
    String text = "shift workers and noisy engines on the timetable";
    assertEquals(a.predict(TARGET, text), b.predict(TARGET, text));
  }

  @Test
  void knowsOnlyItsTrainingTargetsIgnoringCase() {
    LinearStanceModel m = LinearStanceModel.train(examples(), 1, 1e-4);
    assertTrue(m.knows("night BUSES "));
    assertFalse(m.knows("Tram extension"));
  }

  @Test
  void rejectsAnUnknownLabel() {
    assertThrows(IllegalArgumentException.class, () -> new LinearStanceModel.Example(TARGET, "text", "FAVOR"));
  }
}
