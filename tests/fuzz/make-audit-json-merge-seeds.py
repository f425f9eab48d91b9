#!/usr/bin/env python3
# Makes the seed corpus of tests/fuzz/corpus/audit_json_merge from real exports (scripts/fuzz.sh does
# not run this; see docs/security.md, Fuzzing). Usage: make-audit-json-merge-seeds.py SRC_DIR OUT_DIR
# SRC_DIR holds:
#   seeded_a.json / seeded_b.json  (AuditPackage::build of the fuzz target's own store)
#   cli_*.fieldbook                (fieldbook-cli export), trimmed to a few rows per table
# plus hostile variants, each bending one rule of the package boundary.
import json, struct, sys, copy, os
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

def container_entries(path):
    b = open(path, 'rb').read()
    magic = b'FIELDBOOK-PACKAGE\n'
    assert b.startswith(magic)
    n = struct.unpack('>I', b[len(magic):len(magic)+4])[0]
    start = len(magic) + 4
    manifest = json.loads(b[start:start+n])
    pos = start + n
    entries = {}
    for e in manifest['entries']:
        entries[e['name']] = b[pos:pos+int(e['size'])]
        pos += int(e['size'])
    return entries

def trim(audit, keep=3):
    a = copy.deepcopy(audit)
    for name, rows in a['tables'].items():
        a['tables'][name] = rows[:keep]
    # keep references consistent: drop rows whose uuid references point at dropped rows
    uuids = {name: {r.get('uuid') for r in rows} for name, rows in a['tables'].items()}
    refs = {'item_id': 'checklist_items', 'finding_id': 'findings', 'interview_id': 'interviews',
            'plan_id': 'interview_plans', 'import_id': 'record_imports', 'run_id': 'analysis_runs'}
    for name, rows in a['tables'].items():
        kept = []
        for r in rows:
            ok = True
            for col, parent in refs.items():
                if r.get(col) is not None and r[col] not in uuids.get(parent, set()):
                    if col in ('item_id', 'finding_id', 'run_id') and name not in ('checklist_item_clauses', 'checklist_responses', 'finding_clauses', 'corrective_actions'):
                        r[col] = None
                    else:
                        ok = False
            if ok:
                kept.append(r)
        a['tables'][name] = kept
    a['tables']['audit_trail'] = [t for t in a['tables'].get('audit_trail', [])
                                  if t.get('entity') not in uuids or t.get('entity_uuid') in uuids[t['entity']]][:keep]
    return a

def write(name, obj):
    data = obj if isinstance(obj, bytes) else json.dumps(obj, separators=(',', ':')).encode()
    open(os.path.join(out, name), 'wb').write(data)
    print(name, len(data))

A = json.load(open(os.path.join(src, 'seeded_a.json')))
B = json.load(open(os.path.join(src, 'seeded_b.json')))
write('seeded_a', trim(A, 4))
write('seeded_b', trim(B, 4))
cli = []
for f in sorted(os.listdir(src)):
    if f.endswith('.fieldbook'):
        audit = json.loads(container_entries(os.path.join(src, f))['audit.json'])
        t = trim(audit, 3)
        write('cli_' + f[:-len('.fieldbook')], t)
        cli.append(t)

a = trim(A, 4)
AU = a['audit_uuid']
def variant(name, edit, base=a):
    v = copy.deepcopy(base)
    edit(v)
    write('hostile_' + name, v)
T = lambda v: v['tables']
variant('foreign_row', lambda v: T(v)['findings'].append(dict(T(v)['findings'][0], uuid='find-b')))
variant('ref_into_other_audit', lambda v: T(v)['corrective_actions'].append(dict(T(v)['corrective_actions'][0], uuid='cap-new', finding_id='find-b')))
variant('id_column', lambda v: T(v)['findings'][0].update(id=1))
variant('excluded_column', lambda v: T(v)['audits'][0].update(follow_up_of=2))
variant('unknown_table', lambda v: T(v).update(auditors=[{'uuid': 'x', 'name': 'Mallory'}]))
variant('sqlite_table', lambda v: T(v).update(sqlite_master=[{'type': 'table'}]))
variant('second_audit', lambda v: T(v)['audits'].append(dict(T(v)['audits'][0], uuid='b0000000-0000-4000-8000-00000000000b')))
variant('trail_of_other_audit', lambda v: T(v)['audit_trail'].append({'at': '2026-03-02T09:00:00Z', 'actor': 'Mallory', 'audit_uuid': 'b0000000-0000-4000-8000-00000000000b', 'entity': 'findings', 'entity_uuid': 'find-b', 'action': 'update', 'field': 'title', 'old_value': None, 'new_value': 'x'}))
variant('trail_about_other_row', lambda v: T(v)['audit_trail'].append({'at': '2026-03-02T09:00:00Z', 'actor': 'Mallory', 'audit_uuid': AU, 'entity': 'findings', 'entity_uuid': 'find-b', 'action': 'update', 'field': 'title', 'old_value': None, 'new_value': 'x'}))
variant('tombstone_of_other_row', lambda v: v.update(deleted=[{'entity': 'findings', 'uuid': 'find-b', 'deleted_at': '2026-03-03T00:00:00Z'}, {'entity': 'findings', 'uuid': 'find-a', 'deleted_at': '2026-03-03T00:00:00Z'}, {'entity': 'interviews', 'uuid': 'gone-1', 'deleted_at': '2026-03-03T00:00:00Z'}]))
variant('sealed_where_not_personal', lambda v: T(v)['findings'][0].update(title={'$sealed': 'AAAA'}))
variant('personal_in_clear', lambda v: T(v)['interviews'][0].update(notes='said in clear'))
variant('huge_numbers', lambda v: (T(v)['interviews'][0].update(participants=1e300),
                                   T(v)['findings'][0].update(severity=-1e300, title=9.3e18),
                                   T(v)['phase_notes'][0].update(completed=1.5, agenda_json=-9223372036854775809)))
variant('interview_renamed', lambda v: T(v)['interviews'].extend([dict(T(v)['interviews'][0], uuid='int-new1'),
                                                                 dict(T(v)['interviews'][0], uuid='int-new2', pseudonym='W-99')]))
variant('phase_natural_key', lambda v: T(v)['phase_notes'].append(dict(T(v)['phase_notes'][0], uuid='phase-new', body='other')))
variant('duplicate_uuid', lambda v: T(v)['findings'].append(dict(T(v)['findings'][0])))
variant('ref_not_string', lambda v: T(v)['findings'][0].update(audit_id=1))
variant('control_chars_actor', lambda v: T(v)['audit_trail'].append({'at': '2026-03-02T09:00:00Z', 'actor': 'Ana\u0007', 'audit_uuid': AU, 'entity': 'findings', 'entity_uuid': 'find-a', 'action': 'update', 'field': 'title'}))
deep = b'[' * 1100 + b']' * 1100
s = json.dumps(a, separators=(',', ':')).encode()
write('hostile_deep_nesting', s.replace(b'"Locked exit"', b'[' * 1000 + b']' * 1000, 1))
write('hostile_deep_nesting_over_limit', s.replace(b'"Locked exit"', deep, 1))
write('hostile_not_an_object', b'[' + s + b']')
write('hostile_empty', b'')
if cli:
    c = cli[0]
    write('hostile_cli_of_seeded_facility', dict(c, tables=dict(c['tables'], facilities=[dict(c['tables']['facilities'][0], uuid='fb000000-0000-4000-8000-0000000000fb')], audits=[dict(c['tables']['audits'][0], facility_id='fb000000-0000-4000-8000-0000000000fb')])))
# Review of freshName (issue 13): two new interviews with the largest int as number.
variant('interview_number_overflow', lambda v: T(v)['interviews'].extend([dict(T(v)['interviews'][0], uuid='int-max1', pseudonym='W-2147483647'),
                                                                          dict(T(v)['interviews'][0], uuid='int-max2', pseudonym='W-2147483647')]))
