package dev.quotebeam.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void prefixOfTheSha256HexDigest() {
    // FIPS 180-2 test vector: SHA-256("abc").
    assertEquals("ba7816bf8f01", Ids.sha256Hex("abc", 12));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Ids.sha256Hex("abc", 64));
    assertEquals("ba7", Ids.sha256Hex("abc", 3));
  }
}
