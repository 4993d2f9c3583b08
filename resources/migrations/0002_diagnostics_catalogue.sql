-- 0002: competence framework, diagnostics, catalogue and applications.

CREATE TABLE competence_area (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  code         TEXT NOT NULL,
  name         TEXT NOT NULL,
  for_managers INTEGER NOT NULL DEFAULT 0,
  sort_order   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE competence (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  area_id    TEXT NOT NULL REFERENCES competence_area(id) DEFERRABLE INITIALLY DEFERRED,
  code       TEXT NOT NULL,
  name       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX competence_by_area ON competence(area_id, sort_order);
CREATE INDEX competence_code ON competence(code);

CREATE TABLE instrument (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  name                 TEXT NOT NULL,
  kind                 TEXT NOT NULL CHECK (kind IN ('federal', 'regional', 'self_assessment', 'observation')),
  threshold_pronounced REAL NOT NULL DEFAULT 0.50,   -- share of max below which: pronounced deficit
  threshold_partial    REAL NOT NULL DEFAULT 0.75,   -- below which: partial deficit
  description          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE instrument_item (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  instrument_id TEXT NOT NULL REFERENCES instrument(id) DEFERRABLE INITIALLY DEFERRED,
  code          TEXT NOT NULL,
  text          TEXT NOT NULL DEFAULT '',
  competence_id TEXT NOT NULL REFERENCES competence(id) DEFERRABLE INITIALLY DEFERRED,
  max_score     REAL NOT NULL DEFAULT 1,
  sort_order    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX instrument_item_instrument ON instrument_item(instrument_id, sort_order);

CREATE TABLE diagnostic (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  person_id     TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  instrument_id TEXT NOT NULL REFERENCES instrument(id) DEFERRABLE INITIALLY DEFERRED,
  taken_on      TEXT NOT NULL,      -- ISO date
  source        TEXT NOT NULL CHECK (source IN ('manual', 'questionnaire', 'import')),
  source_file   TEXT,
  import_key    TEXT                -- person|instrument|date: re-import does not duplicate
);
CREATE INDEX diagnostic_person ON diagnostic(person_id, taken_on);
CREATE UNIQUE INDEX diagnostic_import_key ON diagnostic(import_key) WHERE import_key IS NOT NULL;
CREATE INDEX diagnostic_municipality ON diagnostic(municipality_id, taken_on);

CREATE TABLE diagnostic_score (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  diagnostic_id TEXT NOT NULL REFERENCES diagnostic(id) DEFERRABLE INITIALLY DEFERRED,
  competence_id TEXT NOT NULL REFERENCES competence(id) DEFERRABLE INITIALLY DEFERRED,
  score         REAL NOT NULL,
  max_score     REAL NOT NULL,
  level         INTEGER NOT NULL CHECK (level IN (0, 1, 2))   -- 0 none, 1 partial, 2 pronounced
);
CREATE INDEX diagnostic_score_diagnostic ON diagnostic_score(diagnostic_id, competence_id);
CREATE INDEX diagnostic_score_competence ON diagnostic_score(competence_id, level);

-- Local only: column mappings remembered per import source.
CREATE TABLE import_mapping (
  source_name  TEXT PRIMARY KEY,
  mapping_json TEXT NOT NULL,
  updated_at   INTEGER NOT NULL
);

CREATE TABLE programme (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  title             TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('PK', 'PP')),   -- повышение квалификации / переподготовка
  hours             INTEGER NOT NULL CHECK (hours > 0),
  form              TEXT NOT NULL CHECK (form IN ('full_time', 'blended', 'distance')),
  provider_org_id   TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
  target_categories TEXT NOT NULL DEFAULT '',
  in_frdpp          INTEGER NOT NULL DEFAULT 0,
  frdpp_number      TEXT,
  network_form      INTEGER NOT NULL DEFAULT 0,
  network_partners  TEXT NOT NULL DEFAULT '',
  expertise_status  TEXT NOT NULL DEFAULT 'none'
                    CHECK (expertise_status IN ('none', 'in_review', 'approved', 'rejected')),
  quality_management INTEGER NOT NULL DEFAULT 0,  -- a programme on managing education quality
  completion_attendance REAL NOT NULL DEFAULT 0.8, -- share of sessions attended to complete
  grading           TEXT NOT NULL DEFAULT 'pass_fail' CHECK (grading IN ('pass_fail', 'five_point', 'points')),
  description       TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'archived'))
);
CREATE INDEX programme_title ON programme(title);

CREATE TABLE programme_module (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  programme_id TEXT NOT NULL REFERENCES programme(id) DEFERRABLE INITIALLY DEFERRED,
  title        TEXT NOT NULL,
  hours        INTEGER NOT NULL,
  sort_order   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX programme_module_programme ON programme_module(programme_id, sort_order);

CREATE TABLE programme_expertise (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  programme_id     TEXT NOT NULL REFERENCES programme(id) DEFERRABLE INITIALLY DEFERRED,
  expert_person_id TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  verdict          TEXT NOT NULL DEFAULT 'pending' CHECK (verdict IN ('pending', 'approved', 'revise', 'rejected')),
  comment          TEXT NOT NULL DEFAULT '',
  decided_on       TEXT
);
CREATE INDEX programme_expertise_programme ON programme_expertise(programme_id);

CREATE TABLE event (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  kind      TEXT NOT NULL CHECK (kind IN ('seminar', 'master_class', 'internship', 'conference',
                                          'competition', 'community', 'mentoring')),
  title     TEXT NOT NULL,
  starts_on TEXT,
  ends_on   TEXT,
  hours     INTEGER NOT NULL DEFAULT 0,
  form      TEXT NOT NULL DEFAULT 'full_time' CHECK (form IN ('full_time', 'blended', 'distance')),
  organiser_org_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_dates ON event(starts_on);

CREATE TABLE material (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  title TEXT NOT NULL,
  kind  TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'video', 'course', 'test', 'link')),
  url   TEXT NOT NULL DEFAULT '',
  hours INTEGER NOT NULL DEFAULT 0,
  programme_id TEXT REFERENCES programme(id) DEFERRABLE INITIALLY DEFERRED,   -- a pre-course material of a programme
  description TEXT NOT NULL DEFAULT ''
);

-- Which competences a programme, module, event or material develops.
CREATE TABLE catalogue_competence (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  item_kind     TEXT NOT NULL CHECK (item_kind IN ('programme', 'module', 'event', 'material')),
  item_id       TEXT NOT NULL,
  competence_id TEXT NOT NULL REFERENCES competence(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX catalogue_competence_item ON catalogue_competence(item_kind, item_id);
CREATE INDEX catalogue_competence_competence ON catalogue_competence(competence_id);

CREATE TABLE application (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  kind            TEXT NOT NULL CHECK (kind IN ('individual', 'mass')),
  organisation_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
  target_kind     TEXT NOT NULL CHECK (target_kind IN ('programme', 'event')),
  target_id       TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'submitted'
                  CHECK (status IN ('submitted', 'under_review', 'approved', 'enrolled', 'rejected')),
  reject_reason   TEXT NOT NULL DEFAULT '',
  submitted_on    TEXT NOT NULL
);
CREATE INDEX application_status ON application(status, submitted_on);
CREATE INDEX application_target ON application(target_kind, target_id);

-- The people of an application: one for individual, many for mass.
CREATE TABLE application_person (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  application_id TEXT NOT NULL REFERENCES application(id) DEFERRABLE INITIALLY DEFERRED,
  person_id      TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX application_person_application ON application_person(application_id);
CREATE INDEX application_person_person ON application_person(person_id);

CREATE TABLE application_status_change (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  application_id TEXT NOT NULL REFERENCES application(id) DEFERRABLE INITIALLY DEFERRED,
  status         TEXT NOT NULL,
  changed_at     INTEGER NOT NULL,
  comment        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_status_change_application ON application_status_change(application_id, changed_at);
