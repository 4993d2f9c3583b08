-- Monitoring indicators look up a person's completed enrolments by status and date
-- (bench_indicators): a covering index halves the CPU time of the two heaviest ones.
CREATE INDEX enrolment_person_outcome ON enrolment(person_id, status, deleted, group_id, outcome_on, route_item_id);
