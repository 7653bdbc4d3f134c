-- Example DuckDB queries over a quotebeam run's Parquet tables.
--
-- Replace ${out} with the run's output folder (the job's --output, `out` by default), e.g.
--   sed "s|\${out}|$PWD/out|g" docs/queries.sql > /tmp/q.sql && duckdb < /tmp/q.sql
-- For the CSV files use read_csv('${out}/<table>/*.csv', header = true) instead of read_parquet.
-- Columns: docs/schema.md. Each query is preceded by a `-- name:` line (src/test runs every one of them).

-- name: top_actors
-- The 20 most quoted actors, with how they were quoted.
SELECT name, actor_type, statement_count, direct_count, partial_count, indirect_count, article_count,
       source_count, first_date, last_date
FROM read_parquet('${out}/actors/*.parquet')
ORDER BY statement_count DESC, name
LIMIT 20;

-- name: statements_by_source
-- Statements per news source, and how many of them could not be attributed to anyone.
SELECT coalesce(a.source, '(unknown)') AS source,
       count(*) AS statements,
       count(*) FILTER (WHERE s.actor_id IS NULL) AS unattributed,
       count(DISTINCT s.article_id) AS articles
FROM read_parquet('${out}/statements/*.parquet') s
JOIN read_parquet('${out}/articles/*.parquet') a USING (article_id)
GROUP BY ALL
ORDER BY statements DESC, source;

-- name: statements_per_actor_per_week
-- How often each actor spoke, per week (Monday) of the day the words were said.
SELECT actor_name, date_trunc('week', statement_date) AS week, count(*) AS statements
FROM read_parquet('${out}/statements/*.parquet')
WHERE actor_id IS NOT NULL AND statement_date IS NOT NULL
GROUP BY ALL
ORDER BY actor_name, week;

-- name: stance_flips_last_month
-- Stance changes in the last month of the data (the 31 days up to the newest change); on a live feed use
-- `to_date >= current_date - INTERVAL 1 MONTH` instead.
SELECT actor_name, target, from_stance, to_stance, from_date, to_date, to_text
FROM read_parquet('${out}/stance_changes/*.parquet')
WHERE to_date > (SELECT max(to_date) FROM read_parquet('${out}/stance_changes/*.parquet')) - INTERVAL 31 DAY
ORDER BY to_date DESC, actor_name;

-- name: stance_change_evidence
-- Every stance change with both evidence statements and the articles they come from.
SELECT c.actor_name, c.target, c.from_stance || ' -> ' || c.to_stance AS change,
       c.from_date, c.from_text, fa.title AS from_title, fa.url AS from_url,
       c.to_date, c.to_text, ta.title AS to_title, ta.url AS to_url
FROM read_parquet('${out}/stance_changes/*.parquet') c
JOIN read_parquet('${out}/statements/*.parquet') f ON f.statement_id = c.from_statement_id
JOIN read_parquet('${out}/articles/*.parquet') fa ON fa.article_id = f.article_id
JOIN read_parquet('${out}/statements/*.parquet') t ON t.statement_id = c.to_statement_id
JOIN read_parquet('${out}/articles/*.parquet') ta ON ta.article_id = t.article_id
ORDER BY c.actor_name, c.target, c.to_date;

-- name: stance_timeline
-- Each actor's stance per target and period, with the previous period's net stance beside it.
SELECT target, actor_name, period_start, statements, support, oppose, neutral, net_stance,
       lag(net_stance) OVER (PARTITION BY actor_id, target ORDER BY period_start) AS previous_net_stance
FROM read_parquet('${out}/actor_stance/*.parquet')
ORDER BY target, actor_name, period_start;

-- name: stance_balance_per_target
-- Per target: who supports and who opposes it, over all their statements.
SELECT st.target, s.actor_name,
       count(*) FILTER (WHERE st.stance = 'support') AS support,
       count(*) FILTER (WHERE st.stance = 'oppose') AS oppose,
       count(*) FILTER (WHERE st.stance = 'neutral') AS neutral,
       round(avg(st.stance_score), 3) AS mean_score
FROM read_parquet('${out}/statement_stances/*.parquet') st
JOIN read_parquet('${out}/statements/*.parquet') s USING (statement_id)
WHERE s.actor_id IS NOT NULL
GROUP BY ALL
ORDER BY st.target, mean_score DESC, s.actor_name;

-- name: quotes_of_most_quoted_actor
-- The direct quotes of the most quoted actor, newest first, with the article they appeared in.
SELECT s.statement_date, s.text, s.cue, a.source, a.title
FROM read_parquet('${out}/statements/*.parquet') s
JOIN read_parquet('${out}/articles/*.parquet') a USING (article_id)
WHERE s.kind = 'DIRECT'
  AND s.actor_id = (SELECT actor_id FROM read_parquet('${out}/actors/*.parquet')
                    WHERE direct_count > 0 ORDER BY direct_count DESC, statement_count DESC, name LIMIT 1)
ORDER BY s.statement_date DESC NULLS LAST, s.char_start;

-- name: statements_by_kind_and_date_basis
-- How statements were found (DIRECT / PARTIAL / INDIRECT) and how they were dated.
SELECT kind, date_basis, count(*) AS statements,
       round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS percent
FROM read_parquet('${out}/statements/*.parquet')
GROUP BY ALL
ORDER BY statements DESC, kind, date_basis;

-- name: duplicate_articles
-- Syndicated copies and repeated pages, with the original they were matched to.
SELECT d.input_path AS duplicate, d.source AS duplicate_source, o.input_path AS original, o.source AS original_source,
       d.published_at AS duplicate_published, o.published_at AS original_published
FROM read_parquet('${out}/articles/*.parquet') d
JOIN read_parquet('${out}/articles/*.parquet') o ON o.article_id = d.duplicate_of
ORDER BY d.input_path;

-- name: rejects_by_stage_and_reason
-- What failed, where and why (empty when every input was read and analysed).
SELECT stage, reason, count(*) AS rejects, min(input_path) AS example_input, min(detail) AS example_detail
FROM read_parquet('${out}/rejects/*.parquet')
GROUP BY ALL
ORDER BY rejects DESC, stage, reason;
