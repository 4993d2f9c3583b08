-- 0004: a full-text index of people's names and СНИЛС for search as you type, and
-- indexes for every ordering of the staff list.
-- Local only (rowids differ between profiles); kept in step with person by triggers.
-- Each trigger stays on one line: the migration runner splits statements at line-final ';'.

CREATE VIRTUAL TABLE person_fts USING fts5(search_key, content='person', content_rowid='rowid', prefix='1 2 3', tokenize='unicode61 remove_diacritics 0');

CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN INSERT INTO person_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END;

CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN INSERT INTO person_fts(person_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key); END;

CREATE TRIGGER person_fts_update AFTER UPDATE OF search_key ON person BEGIN INSERT INTO person_fts(person_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key); INSERT INTO person_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END;

INSERT INTO person_fts(person_fts) VALUES ('rebuild');

-- Orderings of the staff list walk these indexes and stop after a page. The tombstone
-- flag is left out: deleted rows are rare, and an index led by it made the planner
-- prefer it over the ordering (a full sort at 350,000 people).
-- The name order also carries what the common filters test (search key, dates), so a scan
-- for "all Ивановы" or "young teachers" reads only the index until its page is full.
DROP INDEX person_sort_name;
CREATE INDEX person_sort_name ON person(sort_name, search_key, birth_date, profession_start_date, deleted);
CREATE INDEX person_deleted ON person(deleted);
DROP INDEX person_birth;
CREATE INDEX person_birth ON person(birth_date, sort_name);
DROP INDEX person_profession_start;
CREATE INDEX person_profession_start ON person(profession_start_date, sort_name);
CREATE INDEX person_category ON person(category, sort_name);
