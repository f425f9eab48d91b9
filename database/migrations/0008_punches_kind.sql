-- fieldbook: foreign keys off
-- record_imports.kind may be 'punches': a time-attendance export with one row per punch
-- (docs/record-files.md "Time clocks") was recorded as 'attlog' because the CHECK listed six kinds.
--
-- SQLite cannot alter a CHECK, so the table is rebuilt as its documentation says (create, copy,
-- drop, rename). The first line above makes the Migrator run this step with foreign keys off:
-- with them on, DROP TABLE first deletes every row of record_imports, and ON DELETE CASCADE would
-- take every worker, time record, payroll line, production and gate row and quarantined line
-- imported with it. With them off the children keep naming record_imports, which the rename makes
-- the new table again; the Migrator runs foreign_key_check before it commits. legacy_alter_table
-- keeps the rename from re-parsing other tables' triggers (as 0007 did). The unique uuid, the index
-- and the tombstone trigger are made again below: they go with the dropped table.
PRAGMA legacy_alter_table = ON;

CREATE TABLE record_imports_v8 (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    audit_id    INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('workers', 'time_records', 'payroll', 'production', 'gate_log', 'attlog',
                                              'punches')),
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    row_count   INTEGER NOT NULL DEFAULT 0,
    quarantined INTEGER NOT NULL DEFAULT 0,
    mode        TEXT NOT NULL DEFAULT 'all_or_nothing' CHECK (mode IN ('all_or_nothing', 'quarantine')),
    mapping_json TEXT,
    imported_at TEXT NOT NULL,
    imported_by TEXT
);
INSERT INTO record_imports_v8 (id, uuid, audit_id, kind, file_name, sha256, row_count, quarantined, mode, mapping_json,
                               imported_at, imported_by)
    SELECT id, uuid, audit_id, kind, file_name, sha256, row_count, quarantined, mode, mapping_json, imported_at,
           imported_by
    FROM record_imports;
DROP TABLE record_imports;
ALTER TABLE record_imports_v8 RENAME TO record_imports;
CREATE INDEX record_imports_audit ON record_imports (audit_id);

CREATE TRIGGER deleted_rows_record_imports AFTER DELETE ON record_imports
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'record_imports', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

PRAGMA legacy_alter_table = OFF;
