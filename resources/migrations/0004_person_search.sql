-- 0004: a full-text index of people's names and СНИЛС for search as you type.
-- Local only (rowids differ between profiles); kept in step with person by triggers.
-- Each trigger stays on one line: the migration runner splits statements at line-final ';'.

CREATE VIRTUAL TABLE person_fts USING fts5(search_key, content='person', content_rowid='rowid', prefix='2 3', tokenize='unicode61 remove_diacritics 0');

CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN INSERT INTO person_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END;

CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN INSERT INTO person_fts(person_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key); END;

CREATE TRIGGER person_fts_update AFTER UPDATE OF search_key ON person BEGIN INSERT INTO person_fts(person_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key); INSERT INTO person_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END;

INSERT INTO person_fts(person_fts) VALUES ('rebuild');
