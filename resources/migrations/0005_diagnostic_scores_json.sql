-- A diagnostic's scores move into the diagnostic row itself:
--   scores = {"<competence code>": [score, max, level], ...}
-- so an import of a region (35,000 people x 40 competences) writes and syncs 35,000
-- rows, not 1.4 million. Competence codes are stable (names are editable), which makes
-- them the key (indexed by competence_code of 0002). diagnostic_score becomes a
-- read-only view with the old columns.
ALTER TABLE diagnostic ADD COLUMN scores TEXT NOT NULL DEFAULT '{}';

UPDATE diagnostic SET scores = (
  SELECT json_group_object(x.code, json_array(x.score, x.max_score, x.level))
  FROM (SELECT c.code, s.score, s.max_score, s.level
        FROM diagnostic_score s JOIN competence c ON c.id = s.competence_id
        WHERE s.diagnostic_id = diagnostic.id AND s.deleted = 0 ORDER BY c.code) x)
WHERE id IN (SELECT diagnostic_id FROM diagnostic_score WHERE deleted = 0);

-- Score changes not yet pushed become changes of their diagnostic's scores.
INSERT INTO outbox(table_name, row_id, op, base_rev, changed, created_at)
  SELECT 'diagnostic', d.id, 'update', d.rev, '["scores"]', max(o.created_at)
  FROM outbox o JOIN diagnostic_score s ON s.id = o.row_id JOIN diagnostic d ON d.id = s.diagnostic_id
  WHERE o.table_name = 'diagnostic_score'
  GROUP BY d.id;
DELETE FROM outbox WHERE table_name = 'diagnostic_score';
DELETE FROM sync_conflict WHERE table_name = 'diagnostic_score';

DROP TABLE diagnostic_score;


CREATE VIEW diagnostic_score AS
  SELECT d.id AS diagnostic_id, c.id AS competence_id, j.key AS competence_code,
         json_extract(j.value, '$[0]') AS score, json_extract(j.value, '$[1]') AS max_score,
         json_extract(j.value, '$[2]') AS level, d.deleted AS deleted, d.municipality_id AS municipality_id
  FROM diagnostic d JOIN json_each(d.scores) j JOIN competence c ON c.code = j.key;
