-- Quarantined rows no longer keep the raw line: a bad row of workers.csv could carry a phone number
-- or a second name in columns Fieldbook never reads, in clear, and packages exported it (issue 13,
-- finding 2). New imports keep only the mapped, non-personal cells (app/records, docs/security.md);
-- this drops what older versions kept. The reason and line number stay, so the auditor still sees
-- which rows were set aside and why.
UPDATE import_quarantine SET raw = '' WHERE raw <> '';
