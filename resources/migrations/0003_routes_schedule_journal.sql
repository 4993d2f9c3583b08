-- 0003: routes (ИОМ), resources, groups and schedule, journal, documents, monitoring
-- and support (mentoring, communities, portfolio, surveys).

CREATE TABLE route (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  person_id       TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  tutor_person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  diagnostic_id   TEXT REFERENCES diagnostic(id) DEFERRABLE INITIALLY DEFERRED,
  period_start    TEXT NOT NULL,
  period_end      TEXT NOT NULL,
  hours_budget    INTEGER,
  accepted_forms  TEXT NOT NULL DEFAULT 'full_time;blended;distance',
  status          TEXT NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'agreed', 'in_progress', 'completed', 'cancelled')),
  agreed_on       TEXT,
  agreed_by       TEXT,
  notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX route_person ON route(person_id, period_start);
CREATE INDEX route_tutor ON route(tutor_person_id);
CREATE INDEX route_municipality ON route(municipality_id, status);

CREATE TABLE route_item (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  route_id      TEXT NOT NULL REFERENCES route(id) DEFERRABLE INITIALLY DEFERRED,
  stage         TEXT NOT NULL CHECK (stage IN ('pre', 'course', 'post')),
  kind          TEXT NOT NULL CHECK (kind IN ('programme', 'module', 'event', 'material',
                                              'mentoring', 'community', 'consultation', 'product')),
  ref_id        TEXT,               -- programme / module / event / material id
  competence_id TEXT REFERENCES competence(id) DEFERRABLE INITIALLY DEFERRED,
  title         TEXT NOT NULL DEFAULT '',
  hours         INTEGER NOT NULL DEFAULT 0,
  planned_start TEXT,
  planned_end   TEXT,
  responsible_person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  status        TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  evidence      TEXT NOT NULL DEFAULT '',
  sort_order    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX route_item_route ON route_item(route_id, stage, sort_order);
CREATE INDEX route_item_ref ON route_item(ref_id);

CREATE TABLE site (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  name            TEXT NOT NULL,
  organisation_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
  address         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE room (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  site_id  TEXT NOT NULL REFERENCES site(id) DEFERRABLE INITIALLY DEFERRED,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL DEFAULT 'classroom' CHECK (kind IN ('workshop', 'classroom', 'hall', 'lab', 'online')),
  capacity INTEGER NOT NULL CHECK (capacity >= 0)
);
CREATE INDEX room_site ON room(site_id);

CREATE TABLE equipment (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  room_id  TEXT REFERENCES room(id) DEFERRABLE INITIALLY DEFERRED,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL DEFAULT 'equipment' CHECK (kind IN ('equipment', 'software')),
  quantity INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX equipment_room ON equipment(room_id);

CREATE TABLE instructor (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  person_id    TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,  -- NULL for an external instructor
  full_name    TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  external     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE instructor_availability (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  instructor_id TEXT NOT NULL REFERENCES instructor(id) DEFERRABLE INITIALLY DEFERRED,
  weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time    TEXT NOT NULL,   -- HH:MM
  end_time      TEXT NOT NULL,
  date_from     TEXT,
  date_to       TEXT
);
CREATE INDEX instructor_availability_instructor ON instructor_availability(instructor_id);

CREATE TABLE study_group (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  programme_id TEXT NOT NULL REFERENCES programme(id) DEFERRABLE INITIALLY DEFERRED,
  code         TEXT NOT NULL,
  starts_on    TEXT NOT NULL,
  ends_on      TEXT NOT NULL,
  capacity     INTEGER NOT NULL DEFAULT 25,
  status       TEXT NOT NULL DEFAULT 'forming'
               CHECK (status IN ('forming', 'running', 'finished', 'cancelled')),
  curator_person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX study_group_programme ON study_group(programme_id, starts_on);
CREATE INDEX study_group_dates ON study_group(starts_on);

CREATE TABLE enrolment (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  group_id       TEXT NOT NULL REFERENCES study_group(id) DEFERRABLE INITIALLY DEFERRED,
  person_id      TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  application_id TEXT REFERENCES application(id) DEFERRABLE INITIALLY DEFERRED,
  route_item_id  TEXT REFERENCES route_item(id) DEFERRABLE INITIALLY DEFERRED,
  enrolled_on    TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'enrolled'
                 CHECK (status IN ('enrolled', 'transferred', 'withdrawn', 'completed',
                                   'not_completed', 'expelled')),
  outcome_on     TEXT,
  final_title    TEXT NOT NULL DEFAULT '',   -- e.g. the defended project
  final_result   TEXT NOT NULL DEFAULT ''    -- pass / fail / 2..5 / points
);
CREATE INDEX enrolment_group ON enrolment(group_id);
CREATE INDEX enrolment_person ON enrolment(person_id);

CREATE TABLE session (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  group_id  TEXT NOT NULL REFERENCES study_group(id) DEFERRABLE INITIALLY DEFERRED,
  starts_at TEXT NOT NULL,      -- local ISO date-time yyyy-mm-ddThh:mm
  ends_at   TEXT NOT NULL,
  module_id TEXT REFERENCES programme_module(id) DEFERRABLE INITIALLY DEFERRED,
  topic     TEXT NOT NULL DEFAULT '',
  kind      TEXT NOT NULL DEFAULT 'lecture' CHECK (kind IN ('lecture', 'practice', 'internship', 'attestation')),
  room_id   TEXT REFERENCES room(id) DEFERRABLE INITIALLY DEFERRED,
  hours     REAL NOT NULL DEFAULT 2
);
CREATE INDEX session_group ON session(group_id, starts_at);
CREATE INDEX session_room ON session(room_id, starts_at);
CREATE INDEX session_time ON session(starts_at);

CREATE TABLE session_instructor (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  session_id    TEXT NOT NULL REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
  instructor_id TEXT NOT NULL REFERENCES instructor(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX session_instructor_session ON session_instructor(session_id);
CREATE INDEX session_instructor_instructor ON session_instructor(instructor_id);

CREATE TABLE session_equipment (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  session_id   TEXT NOT NULL REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
  equipment_id TEXT NOT NULL REFERENCES equipment(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX session_equipment_session ON session_equipment(session_id);
CREATE INDEX session_equipment_equipment ON session_equipment(equipment_id);

-- One journal mark: attendance and, optionally, an intermediate grade.
CREATE TABLE journal_mark (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  session_id TEXT NOT NULL REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
  person_id  TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  attendance TEXT CHECK (attendance IN ('present', 'absent', 'excused', 'late')),
  grade      TEXT NOT NULL DEFAULT ''     -- pass / fail / 2..5 / points
);
CREATE UNIQUE INDEX journal_mark_cell ON journal_mark(session_id, person_id);
CREATE INDEX journal_mark_person ON journal_mark(person_id);

CREATE TABLE certificate (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  enrolment_id TEXT NOT NULL REFERENCES enrolment(id) DEFERRABLE INITIALLY DEFERRED,
  person_id    TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  programme_id TEXT NOT NULL REFERENCES programme(id) DEFERRABLE INITIALLY DEFERRED,
  doc_kind     TEXT NOT NULL CHECK (doc_kind IN ('pk_certificate', 'pp_diploma', 'study_reference')),
  series       TEXT NOT NULL DEFAULT '',
  number       TEXT NOT NULL,
  reg_number   TEXT NOT NULL DEFAULT '',
  issued_on    TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'original' CHECK (status IN ('original', 'duplicate'))
);
CREATE INDEX certificate_person ON certificate(person_id);
CREATE INDEX certificate_issued ON certificate(issued_on);

CREATE TABLE indicator_target (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  indicator_code TEXT NOT NULL,
  year           INTEGER NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('region', 'municipality', 'organisation')),
  level_id       TEXT,
  target_value   REAL NOT NULL
);
CREATE INDEX indicator_target_code ON indicator_target(indicator_code, year);

CREATE TABLE mentoring_pair (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  mentor_person_id TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  mentee_person_id TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  starts_on        TEXT NOT NULL,
  ends_on          TEXT,
  status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'finished', 'cancelled'))
);
CREATE INDEX mentoring_pair_mentee ON mentoring_pair(mentee_person_id);
CREATE INDEX mentoring_pair_mentor ON mentoring_pair(mentor_person_id);

CREATE TABLE community (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'professional'
       CHECK (kind IN ('professional', 'methodical_active', 'managerial_active', 'young_teachers'))
);

CREATE TABLE community_member (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  community_id TEXT NOT NULL REFERENCES community(id) DEFERRABLE INITIALLY DEFERRED,
  person_id    TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  joined_on    TEXT
);
CREATE INDEX community_member_person ON community_member(person_id);

CREATE TABLE portfolio_item (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  person_id TEXT NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  kind      TEXT NOT NULL CHECK (kind IN ('product', 'competition', 'publication', 'other')),
  title     TEXT NOT NULL,
  dated_on  TEXT,
  url       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX portfolio_item_person ON portfolio_item(person_id);

CREATE TABLE survey_response (
  id TEXT PRIMARY KEY, rev INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0, municipality_id TEXT,
  survey_code TEXT NOT NULL,
  person_id   TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  group_id    TEXT REFERENCES study_group(id) DEFERRABLE INITIALLY DEFERRED,
  answered_on TEXT NOT NULL,
  answers     TEXT NOT NULL DEFAULT '{}',    -- JSON
  satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5)
);
CREATE INDEX survey_response_group ON survey_response(group_id);
