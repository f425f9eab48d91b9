-- Fieldbook store, schema version 3: indexes for the records behind an analysis flag.
--
-- The record-analysis page shows, for the flag the auditor selects, the factory records it is
-- about: a few workers' time cards on some days, their payroll rows. The version-1 indexes only
-- lead with audit_id, so each of those look-ups read every record of the audit (274,000 time
-- records on the 3,000-worker benchmark factory).
--
-- The audit_id indexes stay: loading a whole audit in file order (RecordStore::loadRecordSet,
-- ORDER BY id) reads them without sorting.
-- gate_events gets no worker index on purpose: gate logs arrive in time order, so an index by
-- worker is written at random places and made the benchmark import 15-40 % slower (CPU time),
-- while a gate_time_mismatch flag is about one worker and scanning one audit's gate events for
-- it takes about 60 ms, off the GUI thread (docs/benchmarks.md).

CREATE INDEX time_records_worker_date ON time_records (audit_id, worker_id, date);
CREATE INDEX payroll_worker ON payroll (audit_id, worker_id);
