-- Interview sampling plans (schema version 4).
--
-- Which workers the auditor chose to interview, drawn from the register by the rule in
-- docs/interviews.md. The plan names workers by the factory's employee number only (never a
-- name) and never records which interview a planned worker became: that link is personal
-- data and lives sealed in interviews.worker_ref.

CREATE TABLE interview_plans (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    audit_id    INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    seed        INTEGER NOT NULL CHECK (seed >= 0),   -- the draw is reproducible from seed + rule + register
    rule_json   TEXT NOT NULL,                        -- SampleRule: minimum, cap, individual share, group size...
    workforce   INTEGER NOT NULL CHECK (workforce >= 0), -- workers on the register when drawn
    sample_size INTEGER NOT NULL CHECK (sample_size >= 0),
    strata_json TEXT NOT NULL DEFAULT '{}',           -- {"strata": [...], "uncovered": [...]} as drawn
    drawn_at    TEXT NOT NULL,
    drawn_by    TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
-- Not unique per audit: two auditors' packages of one team audit may each bring a plan; the
-- most recently drawn one is in force.
CREATE INDEX interview_plans_audit ON interview_plans (audit_id, drawn_at);

CREATE TABLE interview_plan_workers (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    plan_id          INTEGER NOT NULL REFERENCES interview_plans (id) ON DELETE CASCADE,
    worker_id        TEXT NOT NULL, -- the factory's employee number, as in workers.worker_id
    stratum          TEXT NOT NULL, -- "department · gender · shift"
    reason           TEXT NOT NULL CHECK (reason IN ('proportional', 'young_worker', 'recent_hire', 'coverage',
                                                     'replacement')),
    format           TEXT NOT NULL DEFAULT 'individual' CHECK (format IN ('individual', 'group')),
    group_number     INTEGER CHECK (group_number IS NULL OR group_number >= 1),
    status           TEXT NOT NULL DEFAULT 'selected' CHECK (status IN ('selected', 'excluded')),
    -- A fixed choice, never free text: why a worker was left out must not become a note about them.
    exclusion_reason TEXT CHECK (exclusion_reason IS NULL OR exclusion_reason IN ('absent', 'left', 'declined',
                                                                                  'unsafe', 'other')),
    sort_order       INTEGER NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (plan_id, worker_id)
);
CREATE INDEX interview_plan_workers_plan ON interview_plan_workers (plan_id, sort_order);
