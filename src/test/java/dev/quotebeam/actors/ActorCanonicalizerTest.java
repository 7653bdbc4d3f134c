package dev.quotebeam.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

  private Map<String, Resolution> resolve(NameCount... names) {
    String block = c.blockKey(names[0].type, names[0].name);
    Map<String, Resolution> byVariant = new TreeMap<>();
    for (Resolution r : c.resolveBlock(block, List.of(names))) {
      byVariant.put(r.variant, r);
    }
    return byVariant;
  }

  @Test
  void surnameJoinsTheOnlyFullNameInItsBlock() {
    Map<String, Resolution> r =
        resolve(
            new NameCount(Statement.PERSON, "Corinne Wexley", 2), new NameCount(Statement.PERSON, "Wexley", 5));
    assertEquals(r.get("Corinne Wexley").actorId, r.get("Wexley").actorId);
    assertEquals("Corinne Wexley", r.get("Wexley").canonicalName);
  }

  @Test
  void twoPeopleWithOneSurnameStayApartAndTheBareSurnameIsNotGuessed() {
    Map<String, Resolution> r =
        resolve(
            new NameCount(Statement.PERSON, "Anna Berg", 1),
            new NameCount(Statement.PERSON, "Lars Berg", 1),
            new NameCount(Statement.PERSON, "Berg", 3));
    assertNotEquals(r.get("Anna Berg").actorId, r.get("Lars Berg").actorId);
    assertNotEquals(r.get("Anna Berg").actorId, r.get("Berg").actorId);
    assertNotEquals(r.get("Lars Berg").actorId, r.get("Berg").actorId);
  }

  @Test
  void middleInitialsAndSuffixesDoNotSplitAPerson() {
    Map<String, Resolution> r =
        resolve(
            new NameCount(Statement.PERSON, "William H. Seely III", 1),
            new NameCount(Statement.PERSON, "William Seely", 1));
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
    String id = resolve(new NameCount(Statement.PERSON, "Ada Lovelace", 1)).get("Ada Lovelace").actorId;
    assertEquals(id, resolve(new NameCount(Statement.PERSON, "ada  lovelace", 7)).get("ada  lovelace").actorId);
    assertEquals("p-", id.substring(0, 2));
    String org =
        resolve(new NameCount(Statement.ORGANIZATION, "the Harbor Council", 1)).get("the Harbor Council").actorId;
    assertEquals(
        org, resolve(new NameCount(Statement.ORGANIZATION, "Harbor Council", 1)).get("Harbor Council").actorId);
    assertEquals("o-", org.substring(0, 2));
  }

  @Test
  void oneWordNamesOfAnyTypeButGroupShareTheSurnameBlockOfFullNames() {
    String block = c.blockKey(Statement.PERSON, "Corinne Wexley");
    assertEquals(block, c.blockKey(Statement.ORGANIZATION, "Wexley"));
    assertEquals(block, c.blockKey(Statement.UNKNOWN, "Wexley"));
    assertNotEquals(block, c.blockKey(Statement.GROUP, "Wexley"));
    assertNotEquals(block, c.blockKey(Statement.ORGANIZATION, "Wexley Holdings"));
  }

  @Test
  void groupNamedByCommonWordsAloneHasNoActorButANamedGroupHas() {
    assertNull(c.blockKey(Statement.GROUP, "officials"));
    assertNull(c.blockKey(Statement.GROUP, "two local officials"));
    assertNotNull(c.blockKey(Statement.GROUP, "Pentagon officials"));
  }

  @Test
  void bareNameGuessedOrganisationInFewerStatementsJoinsTheOnlyFullPersonName() {
    Map<String, Resolution> r =
        resolve(
            new NameCount(Statement.PERSON, "Corinne Wexley", 3),
            new NameCount(Statement.ORGANIZATION, "Wexley", 2));
    assertEquals(r.get("Corinne Wexley").actorId, r.get("Wexley").actorId);
    assertEquals("Corinne Wexley", r.get("Wexley").canonicalName);
  }

  @Test
  void companyTypedOrganisationAtLeastAsOftenDoesNotJoinThePersonOfThatSurname() {
    Map<String, Resolution> r =
        resolve(
            new NameCount(Statement.PERSON, "Henry Ford", 2),
            new NameCount(Statement.ORGANIZATION, "Ford", 2));
    String alone = resolve(new NameCount(Statement.ORGANIZATION, "Ford", 1)).get("Ford").actorId;
    assertEquals(alone, r.get("Ford").actorId);
    assertEquals("o-", alone.substring(0, 2));
    assertEquals(
        resolve(new NameCount(Statement.PERSON, "Henry Ford", 1)).get("Henry Ford").actorId,
        r.get("Henry Ford").actorId);
  }

  @Test
  void bareSurnameWithTwoFullNamesStaysASurnameOnlyPersonWhateverItsGuessedType() {
    Map<String, Resolution> r =
        resolve(
            new NameCount(Statement.PERSON, "Anna Berg", 2),
            new NameCount(Statement.PERSON, "Lars Berg", 1),
            new NameCount(Statement.ORGANIZATION, "Berg", 1),
            new NameCount(Statement.PERSON, "Berg", 1));
    String surnameOnly = resolve(new NameCount(Statement.PERSON, "Berg", 1)).get("Berg").actorId;
    assertEquals(surnameOnly, r.get("Berg").actorId);
    assertNotEquals(r.get("Anna Berg").actorId, r.get("Berg").actorId);
  }

  @Test
  void aNameGivenSeveralTypesIsResolvedOnce() {
    List<Resolution> r =
        c.resolveBlock(
            c.blockKey(Statement.PERSON, "Quill"),
            List.of(
                new NameCount(Statement.PERSON, "Quill", 1),
                new NameCount(Statement.ORGANIZATION, "Quill", 1),
                new NameCount(Statement.UNKNOWN, "Quill", 4)));
    assertEquals(1, r.size());
  }

  @Test
  void bareNameOnlyEverUnknownKeepsAnUnknownId() {
    String id = resolve(new NameCount(Statement.UNKNOWN, "Quill", 2)).get("Quill").actorId;
    assertEquals("u-", id.substring(0, 2));
  }
}
