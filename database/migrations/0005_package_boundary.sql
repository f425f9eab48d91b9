-- Package boundary (schema version 5): tombstones and key revocation.
--
-- deleted_rows remembers every row of an audit that was deleted in this store (by the app, by a
-- cascade, or by replacing imported records), so that importing an older package never brings it
-- back, and so that a package can tell head office what its author deleted. Filled by the
-- triggers below, never by hand; a uuid is never reused, so a tombstone never goes stale.
-- docs/store.md (Tombstones) and docs/package-format.md (Deletions).

CREATE TABLE deleted_rows (
    id          INTEGER PRIMARY KEY,
    audit_uuid  TEXT,          -- the audit the row belonged to (null when its parent went first)
    entity      TEXT NOT NULL, -- table
    entity_uuid TEXT NOT NULL, -- the deleted row's uuid
    deleted_at  TEXT NOT NULL,
    UNIQUE (entity, entity_uuid)
);
CREATE INDEX deleted_rows_audit ON deleted_rows (audit_uuid);

-- A signing key this store trusted and then revoked: packages whose signed timestamp is at or
-- after revoked_at are refused (docs/security.md, Package boundary).
ALTER TABLE trusted_keys ADD COLUMN revoked_at TEXT;

CREATE TRIGGER deleted_rows_audits AFTER DELETE ON audits
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES (OLD.uuid, 'audits', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_audit_team AFTER DELETE ON audit_team
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'audit_team', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_phase_notes AFTER DELETE ON phase_notes
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'phase_notes', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_checklist_items AFTER DELETE ON checklist_items
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'checklist_items', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_findings AFTER DELETE ON findings
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'findings', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_evidence AFTER DELETE ON evidence
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'evidence', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_interviews AFTER DELETE ON interviews
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'interviews', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_interview_plans AFTER DELETE ON interview_plans
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'interview_plans', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_record_imports AFTER DELETE ON record_imports
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'record_imports', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_analysis_runs AFTER DELETE ON analysis_runs
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'analysis_runs', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_analysis_flags AFTER DELETE ON analysis_flags
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT uuid FROM audits WHERE id = OLD.audit_id), 'analysis_flags', OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_checklist_responses AFTER DELETE ON checklist_responses
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT a.uuid FROM checklist_items p JOIN audits a ON a.id = p.audit_id WHERE p.id = OLD.item_id), 'checklist_responses', OLD.uuid,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_corrective_actions AFTER DELETE ON corrective_actions
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT a.uuid FROM findings p JOIN audits a ON a.id = p.audit_id WHERE p.id = OLD.finding_id), 'corrective_actions', OLD.uuid,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_interview_answers AFTER DELETE ON interview_answers
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT a.uuid FROM interviews p JOIN audits a ON a.id = p.audit_id WHERE p.id = OLD.interview_id), 'interview_answers', OLD.uuid,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER deleted_rows_interview_plan_workers AFTER DELETE ON interview_plan_workers
BEGIN
    INSERT OR IGNORE INTO deleted_rows (audit_uuid, entity, entity_uuid, deleted_at)
    VALUES ((SELECT a.uuid FROM interview_plans p JOIN audits a ON a.id = p.audit_id WHERE p.id = OLD.plan_id), 'interview_plan_workers', OLD.uuid,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
