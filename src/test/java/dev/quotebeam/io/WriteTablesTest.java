package dev.quotebeam.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many shards a table gets when the shard count is automatic. */
class WriteTablesTest {
  @Test
  void autoShardsKeepEveryShardWithinItsRowBudget() {
    assertEquals(1, WriteTables.autoShards(0, 200_000), "an empty table still has one shard");
    assertEquals(1, WriteTables.autoShards(200_000, 200_000));
    assertEquals(2, WriteTables.autoShards(200_001, 200_000));
    assertEquals(50, WriteTables.autoShards(1_000_000, 20_000));
    assertEquals(99_999, WriteTables.autoShards(Long.MAX_VALUE / 2, 1), "file names have five digits");
  }

  @Test
  void theArticlesTableWhichCarriesTheTextGetsSmallerShards() {
    assertEquals(WriteTables.AUTO_ROWS_PER_SHARD / 10, WriteTables.rowsPerShard(Tables.ARTICLES));
    assertEquals(WriteTables.AUTO_ROWS_PER_SHARD, WriteTables.rowsPerShard(Tables.STATEMENTS));
  }
}
