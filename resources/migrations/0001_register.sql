-- 0001: the register, users and the sync plumbing.
-- Every synced table carries: id (UUID text), rev (server revision last seen, 0 = never
-- synced), updated_at (UTC ms), updated_by (user id), deleted (tombstone) and its scope
-- key municipality_id (NULL = region-wide). Outbox rows are written by triggers
-- (see core/storage/synctriggers.cpp) in the same transaction as the change.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT
);

CREATE TABLE sync_capture (
  one     INTEGER PRIMARY KEY CHECK (one = 1),
  capture INTEGER NOT NULL DEFAULT 1
);
INSERT INTO sync_capture(one, capture) VALUES (1, 1);

CREATE TABLE outbox (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  table_name TEXT NOT NULL,
  row_id     TEXT NOT NULL,
  op         TEXT NOT NULL CHECK (op IN ('insert', 'update')),
  base_rev   INTEGER NOT NULL,
  changed    TEXT,             -- JSON array of changed column names for updates
  created_at INTEGER NOT NULL
);
CREATE INDEX outbox_row ON outbox(table_name, row_id);

CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT
);

CREATE TABLE sync_conflict (
  id          TEXT PRIMARY KEY,
  table_name  TEXT NOT NULL,
  row_id      TEXT NOT NULL,
  mine        TEXT NOT NULL,    -- JSON of the local row
  theirs      TEXT NOT NULL,    -- JSON of the server row
  created_at  INTEGER NOT NULL,
  resolved_at INTEGER
);

CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         INTEGER NOT NULL,
  user_id    TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id     TEXT NOT NULL,
  action     TEXT NOT NULL,
  details    TEXT
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);

CREATE TABLE municipality (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  name       TEXT NOT NULL,
  code       TEXT,
  kind       TEXT NOT NULL DEFAULT 'district'
             CHECK (kind IN ('district', 'city_district', 'municipal_okrug', 'city'))
);
CREATE INDEX municipality_name ON municipality(name);

CREATE TABLE organisation (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  name       TEXT NOT NULL,
  short_name TEXT,
  kind       TEXT NOT NULL CHECK (kind IN ('school', 'kindergarten', 'college',
                                           'further_education', 'methodical_service', 'partner')),
  inn        TEXT,
  address    TEXT,
  head_name  TEXT,
  phone      TEXT,
  email      TEXT
);
CREATE INDEX organisation_municipality ON organisation(municipality_id, name);
CREATE INDEX organisation_name ON organisation(name);

CREATE TABLE person (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  organisation_id       TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
  last_name             TEXT NOT NULL,
  first_name            TEXT NOT NULL,
  middle_name           TEXT NOT NULL DEFAULT '',
  sex                   TEXT CHECK (sex IN ('M', 'F')),
  birth_date            TEXT,         -- ISO yyyy-mm-dd
  profession_start_date TEXT,         -- ISO; start of pedagogical experience
  hire_date             TEXT,
  position              TEXT NOT NULL DEFAULT '',
  subjects              TEXT NOT NULL DEFAULT '',   -- "; "-separated
  category              TEXT NOT NULL DEFAULT 'none'
                        CHECK (category IN ('none', 'conformity', 'first', 'highest')),
  is_manager            INTEGER NOT NULL DEFAULT 0,
  snils                 TEXT,         -- 11 digits, checksum-validated by the application
  email                 TEXT,
  phone                 TEXT,
  -- " lastname firstname middlename snils" in lower case: word-prefix search
  search_key            TEXT NOT NULL DEFAULT '',
  sort_name             TEXT NOT NULL DEFAULT ''    -- lower-case full name for ordering
);
CREATE INDEX person_sort_name ON person(deleted, sort_name);
CREATE INDEX person_org ON person(organisation_id, sort_name);
CREATE INDEX person_municipality ON person(municipality_id, sort_name);
CREATE INDEX person_position ON person(position, sort_name);
CREATE INDEX person_birth ON person(birth_date);
CREATE INDEX person_profession_start ON person(profession_start_date);
CREATE INDEX person_snils ON person(snils);

CREATE TABLE role_assignment (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  person_id TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  role      TEXT NOT NULL CHECK (role IN ('tutor', 'methodologist', 'mentor', 'expert',
                                          'instructor', 'regional_active')),
  since     TEXT,
  until     TEXT
);
CREATE INDEX role_assignment_person ON role_assignment(person_id);
CREATE INDEX role_assignment_role ON role_assignment(role);

CREATE TABLE app_user (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  login        TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role         TEXT NOT NULL CHECK (role IN ('admin', 'iro', 'methodologist', 'tutor',
                                             'instructor', 'coordinator')),
  person_id    TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
);
