#!/usr/bin/env python3
# Structure-aware random mutations of the audit_json_merge seeds (no coverage feedback), for the
# target built without libFuzzer (docs/security.md, Fuzzing). Usage: mutate-audit-json.py SEED_DIR OUT_DIR N SEED
import json, os, random, sys, copy
seed_dir, out, n, rs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(rs)
os.makedirs(out, exist_ok=True)
seeds = []
for f in sorted(os.listdir(seed_dir)):
    try:
        seeds.append(json.loads(open(os.path.join(seed_dir, f), 'rb').read()))
    except Exception:
        pass
seeds = [s for s in seeds if isinstance(s, dict)]
A = 'a0000000-0000-4000-8000-00000000000a'; B = 'b0000000-0000-4000-8000-00000000000b'
uuids = [A, B, 'fa000000-0000-4000-8000-0000000000fa', 'fb000000-0000-4000-8000-0000000000fb', 'find-a', 'find-b',
         'cap-a', 'cap-b', 'team-b', 'phase-b', 'int-b', 'item-b', 'item2-b', 'resp-b', 'ans-b', 'item-a', 'int-a', 'new-1', '']
cols = ['id', 'uuid', 'audit_id', 'facility_id', 'item_id', 'finding_id', 'interview_id', 'plan_id', 'import_id', 'run_id',
        'content', 'follow_up_of', 'auditor_id', 'pseudonym', 'phase', 'notes', 'worker_ref', 'free_text', 'created_at',
        'updated_at', 'at', 'actor', 'entity', 'entity_uuid', 'action', 'field', 'audit_uuid', 'sha256', 'size_bytes', 'name']
tables = ['facilities', 'audits', 'audit_team', 'phase_notes', 'checklist_items', 'checklist_item_clauses', 'checklist_responses',
          'findings', 'finding_clauses', 'corrective_actions', 'evidence', 'interviews', 'interview_answers', 'interview_plans',
          'interview_plan_workers', 'record_imports', 'import_quarantine', 'workers', 'time_records', 'payroll', 'production',
          'gate_events', 'analysis_runs', 'analysis_flags', 'audit_trail', 'sync_conflicts', 'deleted_rows', 'package_imports']
def rvalue():
    return rng.choice([None, '', 0, 1, -1, 2**31 - 1, 2**31, 2**63 - 1, -2**63, 1e300, -1e300, 1.5, True, False,
                       rng.choice(uuids), 'W-2147483647', 'W-01', 'W-9999999999', '2026-03-02T08:00:00Z', '2031-01-01T00:00:00Z',
                       '1999-01-01T00:00:00Z', 'x' * rng.randint(0, 300), {'$sealed': 'AAAA'}, {'$base64': 'AAAA'}, [], {}, [[[]]],
                       'Ana\u0000Lee', '\u202e', "'; DROP TABLE audits; --", 'a"b', 'compliant', 'opening', 'worker', 'critical'])
def nodes(v, path=()):
    yield path, v
    if isinstance(v, dict):
        for k, x in v.items():
            yield from nodes(x, path + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from nodes(x, path + (i,))
def get(doc, path):
    for p in path:
        doc = doc[p]
    return doc
def mutate(doc):
    allnodes = list(nodes(doc))
    path, v = rng.choice(allnodes)
    op = rng.randrange(10)
    if op == 0 and path:
        parent = get(doc, path[:-1]); parent[path[-1]] = rvalue()
    elif op == 1 and isinstance(v, dict):
        v[rng.choice(cols)] = rvalue()
    elif op == 2 and isinstance(v, dict) and v:
        del v[rng.choice(list(v))]
    elif op == 3 and isinstance(v, list) and v:
        v.append(copy.deepcopy(rng.choice(v)))
    elif op == 4 and isinstance(v, dict) and 'uuid' in v:
        v['uuid'] = rng.choice(uuids)
    elif op == 5:
        t = doc.setdefault('tables', {})
        if isinstance(t, dict):
            src = rng.choice(list(t)) if t else 'findings'
            rows = t.get(src) if isinstance(t.get(src), list) else []
            t[rng.choice(tables)] = copy.deepcopy(rows) + ([{}] if rng.random() < 0.3 else [])
    elif op == 6:
        doc['audit_uuid'] = rng.choice([A, B, 'c-new', ''])
        t = doc.get('tables')
        if isinstance(t, dict) and isinstance(t.get('audits'), list) and t['audits'] and isinstance(t['audits'][0], dict):
            t['audits'][0]['uuid'] = doc['audit_uuid']
    elif op == 7:
        doc['deleted'] = [{'entity': rng.choice(tables), 'uuid': rng.choice(uuids), 'deleted_at': rng.choice(['2026-03-03T00:00:00Z', '', 'x'])}
                          for _ in range(rng.randint(1, 3))]
    elif op == 8 and isinstance(v, dict):
        for k in list(v):
            if isinstance(v[k], str) and rng.random() < 0.5:
                v[k] = rng.choice(uuids)
    elif op == 9:
        doc['format_version'] = rng.choice([1, 2, 3, 0, '1', 1.5, None])
for i in range(n):
    doc = copy.deepcopy(rng.choice(seeds))
    for _ in range(rng.randint(1, 6)):
        try:
            mutate(doc)
        except Exception:
            pass
    data = json.dumps(doc, separators=(',', ':')).encode()
    if rng.random() < 0.1 and data:
        b = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        data = bytes(b)
    open(os.path.join(out, 'm%06d' % i), 'wb').write(data)
