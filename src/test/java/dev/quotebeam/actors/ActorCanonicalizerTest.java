package dev.quotebeam.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.quotebeam.actors.ActorCanonicalizer.NameCount;
import dev.quotebeam.actors.ActorCanonicalizer.Resolution;
import dev.quotebeam.model.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ActorCanonicalizerTest {
  private final ActorCanonicalizer c = new ActorCanonicalizer();

  private Map<String, Resolution> resolve(String type, NameCount... names) {
    String block = c.blockKey(type, names[0].name);
    Map<String, Resolution> byVariant = new TreeMap<>();
    for (Resolution r : c.resolveBlock(block, List.of(names))) {
      byVariant.put(r.variant, r);
    }
    return byVariant;
  }

  @Test
  void surnameJoinsTheOnlyFullNameInItsBlock() {
    Map<String, Resolution> r =
        resolve(Statement.PERSON, new NameCount("Corinne Wexley", 2), new NameCount("Wexley", 5));
    assertEquals(r.get("Corinne Wexley").actorId, r.get("Wexley").actorId);
    assertEquals("Corinne Wexley", r.get("Wexley").canonicalName);
  }

  @Test
  void twoPeopleWithOneSurnameStayApartAndTheBareSurnameIsNotGuessed() {
    Map<String, Resolution> r =
        resolve(
            Statement.PERSON,
            new NameCount("Anna Berg", 1),
            new NameCount("Lars Berg", 1),
            new NameCount("Berg", 3));
    assertNotEquals(r.get("Anna Berg").actorId, r.get("Lars Berg").actorId);
    assertNotEquals(r.get("Anna Berg").actorId, r.get("Berg").actorId);
    assertNotEquals(r.get("Lars Berg").actorId, r.get("Berg").actorId);
  }

  @Test
  void middleInitialsAndSuffixesDoNotSplitAPerson() {
    Map<String, Resolution> r =
        resolve(Statement.PERSON, new NameCount("William H. Seely III", 1), new NameCount("William Seely", 1));
    assertEquals(r.get("William H. Seely III").actorId, r.get("William Seely").actorId);
  }

  @Test
  void declaredAliasesMapToTheirCanonicalName() {
    ActorCanonicalizer c = new ActorCanonicalizer(java.util.Map.of("Pentagon", List.of("U.S. Defense Department", "Department of Defense")));
    assertEquals("Pentagon", c.alias("the U.S. Defense Department"));
    assertEquals("Pentagon", c.alias("the Pentagon"));
    assertEquals("Harbor Council", c.alias("Harbor Council"));
  }

  @Test
  void idsAreStableAndTyped() {
    String id = resolve(Statement.PERSON, new NameCount("Ada Lovelace", 1)).get("Ada Lovelace").actorId;
    assertEquals(id, resolve(Statement.PERSON, new NameCount("ada  lovelace", 7)).get("ada  lovelace").actorId);
    assertEquals("p-", id.substring(0, 2));
    String org = resolve(Statement.ORGANIZATION, new NameCount("the Harbor Council", 1)).get("the Harbor Council").actorId;
    assertEquals(org, resolve(Statement.ORGANIZATION, new NameCount("Harbor Council", 1)).get("Harbor Council").actorId);
    assertEquals("o-", org.substring(0, 2));
  }
}
