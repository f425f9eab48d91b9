-- Fieldbook store, schema version 1: the whole mission's data model.
--
-- Conventions (docs/store.md):
--  * Every row that can be exported and merged has a stable `uuid` (TEXT, RFC 4122, lower case)
--    besides its local INTEGER `id`; foreign keys use the local id, packages use the uuid.
--  * Timestamps are UTC ISO-8601 text (`2026-03-15T08:12:03.123Z`); dates `YYYY-MM-DD`.
--  * Factory record tables (workers, time_records, payroll, production, gate_events) are
--    identified by the import they came from and their source line, not by a uuid per row.
--  * Columns holding personal data are marked `-- PERSONAL` and listed in personal_data_columns:
--    they are stored encrypted (see docs/store.md, "Personal data").
--  * audit_trail is append-only: triggers refuse UPDATE and DELETE.

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE personal_data_columns (
    table_name  TEXT NOT NULL,
    column_name TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (table_name, column_name)
) WITHOUT ROWID;

-- People who use this store, and their signing keys ------------------------------------------

CREATE TABLE auditors (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    email        TEXT,
    organisation TEXT,
    gender       TEXT CHECK (gender IN ('F', 'M', 'X')),
    created_at   TEXT NOT NULL
);

-- Ed25519 key pairs; the secret key only ever stored encrypted under the auditor's passphrase
-- (Argon2id + XChaCha20-Poly1305). key_id is minisign's 8-byte key id, hex.
CREATE TABLE auditor_keys (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    auditor_id           INTEGER REFERENCES auditors (id) ON DELETE SET NULL,
    label                TEXT NOT NULL,
    key_id               TEXT NOT NULL UNIQUE,
    public_key           BLOB NOT NULL,
    secret_key_encrypted BLOB NOT NULL,
    kdf_salt             BLOB NOT NULL,
    kdf_opslimit         INTEGER NOT NULL,
    kdf_memlimit         INTEGER NOT NULL,
    nonce                BLOB NOT NULL,
    created_at           TEXT NOT NULL,
    revoked_at           TEXT
);

-- Keys this store trusts: head office's signing keys (to verify packages) and its
-- sealed-box keys (to encrypt personal data in packages for it).
CREATE TABLE trusted_keys (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    purpose    TEXT NOT NULL CHECK (purpose IN ('signing', 'encryption')),
    key_id     TEXT,
    public_key BLOB NOT NULL,
    added_at   TEXT NOT NULL
);

-- The data key that encrypts personal-data columns, wrapped by a passphrase-derived key.
CREATE TABLE data_keys (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    wrapped_key  BLOB NOT NULL,
    kdf_salt     BLOB NOT NULL,
    kdf_opslimit INTEGER NOT NULL,
    kdf_memlimit INTEGER NOT NULL,
    nonce        BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

-- Codes of conduct the user imported (same schema as the built-in catalogs, docs/catalog-format.md).
CREATE TABLE custom_catalogs (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    code_id     TEXT NOT NULL UNIQUE,
    version     TEXT NOT NULL,
    json        TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

-- Facilities and audits ----------------------------------------------------------------------

CREATE TABLE facilities (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    country      TEXT NOT NULL CHECK (length(country) = 2),
    city         TEXT,
    address      TEXT,
    industry     TEXT,
    headcount    INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    -- Facility profile used to derive the checklist (dormitory, canteen, chemicals, ...), JSON object.
    profile_json TEXT NOT NULL DEFAULT '{}',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE audits (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    facility_id   INTEGER NOT NULL REFERENCES facilities (id) ON DELETE RESTRICT,
    title         TEXT NOT NULL,
    -- Codes audited in this visit, JSON array of catalog ids, e.g. ["sa8000","wrap"].
    codes_json    TEXT NOT NULL DEFAULT '[]',
    country       TEXT NOT NULL CHECK (length(country) = 2),
    currency      TEXT,
    language      TEXT NOT NULL DEFAULT 'en',
    audit_type    TEXT NOT NULL DEFAULT 'initial'
                  CHECK (audit_type IN ('initial', 'periodic', 'follow_up', 'special')),
    follow_up_of  INTEGER REFERENCES audits (id) ON DELETE SET NULL,
    status        TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'in_progress', 'completed', 'submitted', 'archived')),
    current_phase TEXT NOT NULL DEFAULT 'plan',
    start_date    TEXT,
    end_date      TEXT,
    period_start  TEXT, -- records period reviewed
    period_end    TEXT,
    scope         TEXT,
    -- Auditor-effect context (Short, Toffel & Hugill 2016): who pays, announced or not.
    paid_by       TEXT CHECK (paid_by IS NULL OR paid_by IN ('brand', 'supplier', 'other')),
    announcement  TEXT CHECK (announcement IS NULL OR announcement IN ('announced', 'semi_announced', 'unannounced')),
    -- Thresholds overriding the resolved code/country rules, JSON object with params.json keys.
    params_json   TEXT NOT NULL DEFAULT '{}',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX audits_facility ON audits (facility_id);

CREATE TABLE audit_team (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    audit_id     INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    auditor_id   INTEGER REFERENCES auditors (id) ON DELETE SET NULL,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT 'auditor' CHECK (role IN ('lead', 'auditor', 'interviewer', 'observer', 'trainee')),
    gender       TEXT CHECK (gender IN ('F', 'M', 'X')),
    years_experience INTEGER,
    visited_before   INTEGER NOT NULL DEFAULT 0 CHECK (visited_before IN (0, 1)),
    updated_at   TEXT NOT NULL
);
CREATE INDEX audit_team_audit ON audit_team (audit_id);

-- Notes per phase of the visit (opening meeting, site tour, closing meeting, ...).
CREATE TABLE phase_notes (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    audit_id   INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    phase      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    completed  INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    agenda_json TEXT NOT NULL DEFAULT '{}', -- meeting agenda points ticked off: {"scope": true, ...}
    updated_at TEXT NOT NULL,
    UNIQUE (audit_id, phase)
);

-- Checklist derived from the code catalogs, frozen into the audit ------------------------------

CREATE TABLE checklist_items (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    audit_id        INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    question_key    TEXT NOT NULL,  -- stable id of the question in its catalog (or crosswalk topic)
    catalog_version TEXT NOT NULL,  -- e.g. "sa8000:2014", so a later catalog never changes this audit
    topic           TEXT,           -- crosswalk topic (child_labour, working_hours, ...)
    section         TEXT NOT NULL,  -- display grouping, e.g. "SA8000 7 Working Hours"
    question        TEXT NOT NULL,
    guidance        TEXT NOT NULL DEFAULT '',
    evidence        TEXT NOT NULL DEFAULT '', -- what to look at
    methods_json    TEXT NOT NULL DEFAULT '[]', -- document_review, worker_interview, management_interview, observation
    default_severity TEXT NOT NULL DEFAULT 'minor',
    applicable      INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
    na_reason       TEXT,
    sort_order      INTEGER NOT NULL,
    UNIQUE (audit_id, question_key)
);
CREATE INDEX checklist_items_audit ON checklist_items (audit_id, sort_order);

-- Every code clause an item answers (several for a crosswalk-shared question).
CREATE TABLE checklist_item_clauses (
    item_id INTEGER NOT NULL REFERENCES checklist_items (id) ON DELETE CASCADE,
    clause  TEXT NOT NULL, -- "code:clause", e.g. "sa8000:7.1", "rba:A3"
    PRIMARY KEY (item_id, clause)
) WITHOUT ROWID;
CREATE INDEX checklist_item_clauses_clause ON checklist_item_clauses (clause);

CREATE TABLE checklist_responses (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    item_id    INTEGER NOT NULL UNIQUE REFERENCES checklist_items (id) ON DELETE CASCADE,
    answer     TEXT CHECK (answer IS NULL OR answer IN
                   ('compliant', 'non_compliant', 'observation', 'not_applicable', 'not_verified')),
    notes      TEXT NOT NULL DEFAULT '',
    answered_by TEXT,
    updated_at TEXT NOT NULL
);

-- Evidence: photos and documents, the bytes themselves and their SHA-256.
CREATE TABLE evidence (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    audit_id     INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    item_id      INTEGER REFERENCES checklist_items (id) ON DELETE SET NULL,
    finding_id   INTEGER REFERENCES findings (id) ON DELETE SET NULL,
    file_name    TEXT NOT NULL,
    mime_type    TEXT NOT NULL,
    size_bytes   INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    content      BLOB NOT NULL,
    thumbnail    BLOB,
    caption      TEXT NOT NULL DEFAULT '',
    captured_at  TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX evidence_audit ON evidence (audit_id);
CREATE INDEX evidence_item ON evidence (item_id);

-- Interviews -----------------------------------------------------------------------------------

CREATE TABLE interviews (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    audit_id         INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('worker', 'management')),
    format           TEXT NOT NULL DEFAULT 'individual' CHECK (format IN ('individual', 'group')),
    location         TEXT NOT NULL DEFAULT 'on_site' CHECK (location IN ('on_site', 'off_site')),
    pseudonym        TEXT NOT NULL, -- e.g. "W-07": how the interview is referred to everywhere
    participants     INTEGER NOT NULL DEFAULT 1 CHECK (participants >= 1),
    -- Link to the register, needed to compare testimony with records. PERSONAL: identifies the worker.
    worker_ref       BLOB,          -- PERSONAL
    department       TEXT,
    gender           TEXT CHECK (gender IS NULL OR gender IN ('F', 'M', 'X')),
    age_band         TEXT,
    tenure_band      TEXT,
    shift            TEXT,
    migrant          INTEGER CHECK (migrant IS NULL OR migrant IN (0, 1)),
    agency           INTEGER CHECK (agency IS NULL OR agency IN (0, 1)),
    interviewee_role TEXT,          -- management interviews: HR, production, H&S ...
    interviewer      TEXT,
    held_at          TEXT,
    -- Structured answers that the interview_record_conflict check compares with the records.
    stated_weekly_hours   REAL,
    stated_rest_days_per_week REAL,
    stated_monthly_pay    REAL,
    stated_deductions     REAL,
    stated_overtime_voluntary INTEGER CHECK (stated_overtime_voluntary IS NULL OR stated_overtime_voluntary IN (0, 1)),
    coaching_suspected    INTEGER CHECK (coaching_suspected IS NULL OR coaching_suspected IN (0, 1)),
    notes            BLOB,          -- PERSONAL: free text
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (audit_id, pseudonym)
);
CREATE INDEX interviews_audit ON interviews (audit_id);

CREATE TABLE interview_answers (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    item_id      INTEGER REFERENCES checklist_items (id) ON DELETE SET NULL,
    question_key TEXT NOT NULL,
    answer       TEXT,           -- structured: yes/no/number/choice
    free_text    BLOB,           -- PERSONAL: what the person said, in their words
    updated_at   TEXT NOT NULL,
    UNIQUE (interview_id, question_key)
);

-- Factory records, as imported -----------------------------------------------------------------

CREATE TABLE record_imports (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    audit_id    INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('workers', 'time_records', 'payroll', 'production', 'gate_log', 'attlog')),
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    row_count   INTEGER NOT NULL DEFAULT 0,
    quarantined INTEGER NOT NULL DEFAULT 0,
    mode        TEXT NOT NULL DEFAULT 'all_or_nothing' CHECK (mode IN ('all_or_nothing', 'quarantine')),
    mapping_json TEXT,
    imported_at TEXT NOT NULL,
    imported_by TEXT
);
CREATE INDEX record_imports_audit ON record_imports (audit_id);

-- Rows that failed validation in a 'quarantine' import: kept, reported, never analysed.
CREATE TABLE import_quarantine (
    id         INTEGER PRIMARY KEY,
    import_id  INTEGER NOT NULL REFERENCES record_imports (id) ON DELETE CASCADE,
    line       INTEGER NOT NULL,
    column_name TEXT,
    reason     TEXT NOT NULL,
    raw        TEXT NOT NULL
);
CREATE INDEX import_quarantine_import ON import_quarantine (import_id);

-- Column mappings for factories whose files use other headers, remembered per facility.
CREATE TABLE column_mappings (
    id           INTEGER PRIMARY KEY,
    facility_id  INTEGER NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    mapping_json TEXT NOT NULL, -- {"worker_id": "Emp No.", ...}
    updated_at   TEXT NOT NULL,
    UNIQUE (facility_id, kind)
);

CREATE TABLE workers (
    id               INTEGER PRIMARY KEY,
    audit_id         INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    import_id        INTEGER REFERENCES record_imports (id) ON DELETE CASCADE,
    source_line      INTEGER,
    worker_id        TEXT NOT NULL, -- the factory's employee number
    birth_date       TEXT,
    hire_date        TEXT,
    id_number        BLOB,          -- PERSONAL: national ID / passport number
    gender           TEXT,
    department       TEXT,
    position         TEXT,
    termination_date TEXT,
    name             BLOB,          -- PERSONAL
    extra_json       TEXT,
    UNIQUE (audit_id, worker_id)
);

CREATE TABLE time_records (
    id            INTEGER PRIMARY KEY,
    audit_id      INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    import_id     INTEGER REFERENCES record_imports (id) ON DELETE CASCADE,
    source_line   INTEGER,
    worker_id     TEXT NOT NULL,
    date          TEXT NOT NULL,
    time_in       INTEGER NOT NULL, -- seconds after midnight
    time_out      INTEGER NOT NULL, -- seconds after midnight; earlier than time_in = next day
    break_minutes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX time_records_audit ON time_records (audit_id);

CREATE TABLE payroll (
    id             INTEGER PRIMARY KEY,
    audit_id       INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    import_id      INTEGER REFERENCES record_imports (id) ON DELETE CASCADE,
    source_line    INTEGER,
    worker_id      TEXT NOT NULL,
    period_start   TEXT NOT NULL,
    period_end     TEXT NOT NULL,
    regular_hours  REAL NOT NULL,
    overtime_hours REAL NOT NULL,
    regular_pay    REAL NOT NULL,
    overtime_pay   REAL NOT NULL,
    bonus          REAL,
    deductions     REAL,
    net_pay        REAL NOT NULL
);
CREATE INDEX payroll_audit ON payroll (audit_id);

CREATE TABLE production (
    id               INTEGER PRIMARY KEY,
    audit_id         INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    import_id        INTEGER REFERENCES record_imports (id) ON DELETE CASCADE,
    source_line      INTEGER,
    date             TEXT NOT NULL,
    department       TEXT NOT NULL,
    units            REAL NOT NULL,
    standard_minutes REAL NOT NULL
);
CREATE INDEX production_audit ON production (audit_id);

CREATE TABLE gate_events (
    id          INTEGER PRIMARY KEY,
    audit_id    INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    import_id   INTEGER REFERENCES record_imports (id) ON DELETE CASCADE,
    source_line INTEGER,
    worker_id   TEXT NOT NULL,
    timestamp   TEXT NOT NULL, -- YYYY-MM-DD HH:MM:SS, factory local time
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out'))
);
CREATE INDEX gate_events_audit ON gate_events (audit_id);

-- Analysis -------------------------------------------------------------------------------------

CREATE TABLE analysis_runs (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    audit_id     INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    params_json  TEXT NOT NULL,
    counts_json  TEXT NOT NULL DEFAULT '{}',
    engine_version TEXT NOT NULL
);

CREATE TABLE analysis_flags (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    audit_id      INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    run_id        INTEGER REFERENCES analysis_runs (id) ON DELETE SET NULL,
    -- Same check + subject across runs: a re-run keeps the auditor's disposition.
    fingerprint   TEXT NOT NULL,
    check_name    TEXT NOT NULL,
    severity      TEXT NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high', 'critical')),
    clauses_json  TEXT NOT NULL DEFAULT '[]',
    workers_json  TEXT NOT NULL DEFAULT '[]',
    dates_json    TEXT NOT NULL DEFAULT '[]',
    summary       TEXT NOT NULL,
    evidence_json TEXT NOT NULL DEFAULT '{}',
    disposition   TEXT NOT NULL DEFAULT 'open' CHECK (disposition IN ('open', 'confirmed', 'dismissed')),
    disposition_reason TEXT,
    disposition_by TEXT,
    disposition_at TEXT,
    finding_id    INTEGER REFERENCES findings (id) ON DELETE SET NULL,
    stale         INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)), -- not raised by the latest run
    UNIQUE (audit_id, fingerprint)
);
CREATE INDEX analysis_flags_audit ON analysis_flags (audit_id, severity);

-- Findings and corrective actions ------------------------------------------------------------

CREATE TABLE findings (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    audit_id     INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    item_id      INTEGER REFERENCES checklist_items (id) ON DELETE SET NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    severity     TEXT NOT NULL CHECK (severity IN ('observation', 'minor', 'major', 'priority', 'critical')),
    evidence_text TEXT NOT NULL DEFAULT '',
    root_cause   TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'withdrawn')),
    -- For a follow-up audit: the finding of the earlier audit this one re-examines.
    previous_finding_uuid TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX findings_audit ON findings (audit_id);

CREATE TABLE finding_clauses (
    finding_id INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    clause     TEXT NOT NULL,
    PRIMARY KEY (finding_id, clause)
) WITHOUT ROWID;

CREATE TABLE corrective_actions (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    finding_id         INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    corrective_action  TEXT NOT NULL DEFAULT '',
    preventive_action  TEXT NOT NULL DEFAULT '',
    responsible        TEXT NOT NULL DEFAULT '',
    due_date           TEXT,
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'in_progress', 'completed', 'verified', 'overdue')),
    verified_at        TEXT,
    verification_notes TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX corrective_actions_finding ON corrective_actions (finding_id);

-- Packages and sync ------------------------------------------------------------------------------

CREATE TABLE package_imports (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    audit_uuid    TEXT NOT NULL,
    package_sha256 TEXT NOT NULL UNIQUE, -- re-importing the same package changes nothing
    signer_key_id TEXT NOT NULL,
    signed_at     TEXT,
    imported_at   TEXT NOT NULL
);

-- Conflicting edits found while merging packages: shown to the user, never silently dropped.
CREATE TABLE sync_conflicts (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    audit_id       INTEGER REFERENCES audits (id) ON DELETE CASCADE,
    package_id     INTEGER REFERENCES package_imports (id) ON DELETE CASCADE,
    entity         TEXT NOT NULL,
    entity_uuid    TEXT NOT NULL,
    field          TEXT NOT NULL,
    local_value    TEXT,
    incoming_value TEXT,
    resolution     TEXT CHECK (resolution IS NULL OR resolution IN ('kept_local', 'took_incoming')),
    created_at     TEXT NOT NULL
);

-- Audit trail ----------------------------------------------------------------------------------

CREATE TABLE audit_trail (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    audit_uuid  TEXT,
    entity      TEXT NOT NULL, -- table name
    entity_uuid TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX audit_trail_audit ON audit_trail (audit_uuid, id);

CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail
BEGIN
    SELECT RAISE(ABORT, 'audit_trail is append-only');
END;

CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail
BEGIN
    SELECT RAISE(ABORT, 'audit_trail is append-only');
END;

INSERT INTO personal_data_columns (table_name, column_name, reason) VALUES
    ('workers', 'name', 'worker name'),
    ('workers', 'id_number', 'national ID or passport number'),
    ('interviews', 'worker_ref', 'links testimony to an identifiable worker'),
    ('interviews', 'notes', 'interview free text'),
    ('interview_answers', 'free_text', 'interview free text');
