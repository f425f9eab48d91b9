-- Real factory exports (formats.md version 2 of the record files, issue 15) and per-audit
-- tombstones (issue 13).
--
-- time_records: a forgotten clock-in or clock-out is a row with time_in or time_out NULL (a
-- "missing punch": kept and reported, counts no hours); department is where the worker worked that
-- day (transfers, loans between lines); source is 'clock' or 'manual'. The note column of the
-- file is not kept: free text may name people, and no check needs it.
-- SQLite cannot relax NOT NULL in place, so the table is rebuilt. legacy_alter_table keeps the
-- rename from re-parsing the triggers of other tables (which name deleted_rows, rebuilt below).
PRAGMA legacy_alter_table = ON;

CREATE TABLE time_records_v7 (
    id            INTEGER PRIMARY KEY,
    audit_id      INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    import_id     INTEGER REFERENCES record_imports (id) ON DELETE CASCADE,
    source_line   INTEGER,
    worker_id     TEXT NOT NULL,
    date          TEXT NOT NULL,
    time_in       INTEGER,          -- seconds after midnight; NULL: the clock-in is missing
    time_out      INTEGER,          -- seconds after midnight; earlier than time_in = next day; NULL: missing
    break_minutes INTEGER NOT NULL DEFAULT 0,
    department    TEXT,             -- where the worker worked that day, when the export says
    source        TEXT CHECK (source IN ('clock', 'manual'))
);
INSERT INTO time_records_v7 (id, audit_id, import_id, source_line, worker_id, date, time_in, time_out, break_minutes)
    SELECT id, audit_id, import_id, source_line, worker_id, date, time_in, time_out, break_minutes FROM time_records;
DROP TABLE time_records;
ALTER TABLE time_records_v7 RENAME TO time_records;
CREATE INDEX time_records_audit ON time_records (audit_id);
CREATE INDEX time_records_worker_date ON time_records (audit_id, worker_id, date);

-- payroll: paid hours with no time records behind them, both included in regular_hours.
ALTER TABLE payroll ADD COLUMN leave_hours REAL;
ALTER TABLE payroll ADD COLUMN holiday_hours REAL;

-- deleted_rows was unique on (entity, entity_uuid) across audits: a tombstone another audit's
-- package brought for a uuid made the real deletion of that row, later, in its own audit, an
-- ignored insert, so the deletion was neither remembered nor sent. Now one tombstone per audit.
CREATE TABLE deleted_rows_v7 (
    id          INTEGER PRIMARY KEY,
    audit_uuid  TEXT,          -- the audit the row belonged to (null when its parent went first)
    entity      TEXT NOT NULL, -- table
    entity_uuid TEXT NOT NULL, -- the deleted row's uuid
    deleted_at  TEXT NOT NULL
);
INSERT INTO deleted_rows_v7 (id, audit_uuid, entity, entity_uuid, deleted_at)
    SELECT id, audit_uuid, entity, entity_uuid, deleted_at FROM deleted_rows;
DROP TABLE deleted_rows;
ALTER TABLE deleted_rows_v7 RENAME TO deleted_rows;
CREATE UNIQUE INDEX deleted_rows_key ON deleted_rows (coalesce(audit_uuid, ''), entity, entity_uuid);
CREATE INDEX deleted_rows_audit ON deleted_rows (audit_uuid);

PRAGMA legacy_alter_table = OFF;
