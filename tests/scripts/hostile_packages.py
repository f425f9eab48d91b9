#!/usr/bin/env python3
"""Reproduces issue 13's package-boundary findings with a built fieldbook-cli (and minisign).

    tests/scripts/hostile_packages.py build/ci/app/fieldbook-cli

Builds real signed packages with the CLI (keygen, create-audit, export, sign), bends one rule in
each, and prints what the CLI did with it and whether head office's store changed. On a fixed
build every hostile case says "refused, store unchanged"; the C++ suite TestHostilePackages holds
the same cases as tests.
"""
import hashlib, json, os, sqlite3, struct, subprocess, sys, tempfile

MAGIC = b"FIELDBOOK-PACKAGE\n"


def run(cli, db, *args, check=False):
    p = subprocess.run([cli, "--db", db, *args], capture_output=True, text=True, errors="replace")
    if check and p.returncode != 0:
        sys.exit(f"{' '.join(args)}: exit {p.returncode}\n{p.stdout}{p.stderr}")
    return p


def read_package(path):
    data = open(path, "rb").read()
    assert data.startswith(MAGIC)
    (n,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    at = len(MAGIC) + 4
    manifest = json.loads(data[at:at + n])
    at += n
    entries = []
    for e in manifest["entries"]:
        entries.append([e["name"], data[at:at + e["size"]]])
        at += e["size"]
    return manifest, entries


def write_package(path, manifest, entries):
    manifest = dict(manifest)
    manifest["entries"] = [{"name": name, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                           for name, b in entries]
    m = json.dumps(manifest, separators=(",", ":")).encode()
    with open(path, "wb") as f:
        f.write(MAGIC + struct.pack(">I", len(m)) + m + b"".join(b for _, b in entries))


def counts(db):
    c = sqlite3.connect(db)
    tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    out = {t: c.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    c.close()
    return out


def main():
    cli = os.path.abspath(sys.argv[1])
    d = tempfile.mkdtemp(prefix="hostile-")
    pas = os.path.join(d, "pass")
    open(pas, "w").write("a long auditor passphrase\n")
    auditor, ho = os.path.join(d, "auditor.sqlite"), os.path.join(d, "ho.sqlite")
    out = run(cli, auditor, "keygen", "--name", "Ana Lee", "--out", os.path.join(d, "ana.pub"),
              "--passphrase-file", pas, check=True).stdout
    key = next(w for w in out.replace("(", " ").replace(")", " ").split() if len(w) == 16 and all(ch in "0123456789ABCDEF" for ch in w))
    audit_a = run(cli, auditor, "create-audit", "--facility", "River Textiles", "--country", "KH", "--code", "wrap",
                  check=True).stdout.split()[-1]
    run(cli, auditor, "derive-checklist", "--audit", audit_a, check=True)
    good = os.path.join(d, "a.fieldbook")
    run(cli, auditor, "export", "--audit", audit_a, "--key", key, "--out", good, "--passphrase-file", pas, check=True)
    run(cli, ho, "trust", "--pubkey", os.path.join(d, "ana.pub"), "--label", "Ana Lee (HO register)", check=True)
    audit_b = run(cli, ho, "create-audit", "--facility", "Other Factory", "--country", "VN", "--code", "wrap",
                  check=True).stdout.split()[-1]
    run(cli, ho, "derive-checklist", "--audit", audit_b, check=True)
    c = sqlite3.connect(ho)
    item_b = c.execute("SELECT i.uuid FROM checklist_items i JOIN audits a ON a.id = i.audit_id WHERE a.uuid = ?",
                       (audit_b,)).fetchone()[0]
    c.close()

    def hostile(name, edit):
        manifest, entries = read_package(good)
        for e in entries:
            if e[0] == "audit.json":
                doc = json.loads(e[1])
                edit(doc["tables"])
                e[1] = json.dumps(doc, separators=(",", ":")).encode()
        path = os.path.join(d, name + ".fieldbook")
        write_package(path, manifest, entries)
        run(cli, auditor, "sign", path, "--key", key, "--passphrase-file", pas, check=True)
        return path

    def answer_in_b(t):
        t["checklist_responses"].append({"uuid": "resp-into-b", "item_id": item_b, "answer": "compliant",
                                         "notes": "written by a package of another audit", "updated_at": "now"})

    def local_id(t):
        t["checklist_items"][0]["id"] = 1

    def trail_2020(t):
        t["audit_trail"].append({"at": "2020-01-01T09:00:00.000Z", "actor": "Lead auditor (approved)",
                                 "audit_uuid": audit_a, "entity": "audits", "entity_uuid": audit_a,
                                 "action": "update", "field": "status", "old_value": None, "new_value": "closed"})

    def trail_of_b(t):
        t["audit_trail"].append({"at": t["audits"][0]["created_at"], "actor": "Ana Lee", "audit_uuid": audit_b,
                                 "entity": "audits", "entity_uuid": audit_b, "action": "update", "field": "status",
                                 "old_value": None, "new_value": "closed"})

    def ghost_audit(t):
        for row in t["checklist_items"]:
            row["audit_id"] = "00000000-0000-4000-8000-000000000000"

    cases = [("reference into another audit", hostile("into-b", answer_in_b)),
             ("local id column", hostile("local-id", local_id)),
             ("trail entry dated 2020", hostile("trail-2020", trail_2020)),
             ("trail entry of another audit", hostile("trail-b", trail_of_b)),
             ("rows of an audit that is not in the package", hostile("ghost", ghost_audit))]
    for label, path in cases:
        # (the genuine package is imported last: on an unfixed build the hostile ones pile up)
        before = counts(ho)
        p = run(cli, ho, "import-package", path)
        changed = {t: (before[t], n) for t, n in counts(ho).items() if before.get(t) != n}
        verdict = "refused" if p.returncode != 0 else "IMPORTED"
        print(f"{label}: exit {p.returncode}, {verdict}, "
              f"{'store unchanged' if not changed else 'CHANGED ' + str(changed)}")
        print("   ", (p.stderr or p.stdout).strip().splitlines()[0] if (p.stderr or p.stdout).strip() else "")

    p = run(cli, ho, "import-package", good)
    print(f"genuine package: exit {p.returncode}: {p.stdout.strip().splitlines()[-2] if p.stdout.strip() else p.stderr}")

    # One-time key: a key file that came with the package.
    other = os.path.join(d, "other.sqlite")
    out = run(cli, other, "keygen", "--name", "Mallory", "--out", os.path.join(d, "m.pub"), "--passphrase-file", pas,
              check=True).stdout
    mkey = next(w for w in out.replace("(", " ").replace(")", " ").split() if len(w) == 16 and all(ch in "0123456789ABCDEF" for ch in w))
    audit_m = run(cli, other, "create-audit", "--facility", "F", "--country", "KH", "--code", "wrap",
                  check=True).stdout.split()[-1]
    mp = os.path.join(d, "m.fieldbook")
    run(cli, other, "export", "--audit", audit_m, "--key", mkey, "--out", mp, "--passphrase-file", pas, check=True)
    p = run(cli, ho, "import-package", mp, "--pubkey", os.path.join(d, "m.pub"))
    print(f"one-time key: exit {p.returncode}, warning on stderr: {'WARNING' in p.stderr}")

    # minisign itself, with a trusted comment that is not UTF-8.
    if subprocess.run(["which", "minisign"], capture_output=True).returncode == 0:
        sec, pub, f = os.path.join(d, "ms.key"), os.path.join(d, "ms.pub"), os.path.join(d, "report.txt")
        subprocess.run(["minisign", "-G", "-W", "-p", pub, "-s", sec], capture_output=True, check=True)
        open(f, "wb").write(b"a report\n")
        subprocess.run([b"minisign", b"-S", b"-s", sec.encode(), b"-m", f.encode(), b"-t",
                        b"timestamp:1765000000\tfile:report.txt\tsigner:Nguy\xe1\xbb\x85n \xff\xfe"],
                       capture_output=True, check=True)
        ok = subprocess.run(["minisign", "-Vm", f, "-p", pub], capture_output=True).returncode
        p = run(cli, ho, "verify", f, "--pubkey", pub)
        print(f"non-UTF-8 trusted comment: minisign exit {ok}, fieldbook-cli verify exit {p.returncode}")


if __name__ == "__main__":
    main()
