#!/usr/bin/env python3
"""The subtlety curve of docs/checks.md (issue 15): every record check's pattern planted at full,
half and quarter strength (`fieldbook-cli generate --plant CHECK --strength S`), on tidy and on
messy compliant factories (`--realism`), SEEDS factories each; recall and precision per check and
strength. Interview checks are left out: interviews are no record file.

  scripts/subtlety-curve.py [--seeds 5] [--workers 400] [--days 91] [--write]

--write replaces the table between the subtlety-curve markers of docs/checks.md. Needs a built
fieldbook-cli (CLI, default build/ci/app/fieldbook-cli).

Recall: planted patterns found (a flag of the check naming every planted worker and at least one
planted day). Precision: of the flags the check raised at low severity or above (all of them for
missing_punches, which is info by design), the share that is the planted pattern.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.environ.get("CLI", os.path.join(ROOT, "build", "ci", "app", "fieldbook-cli"))
STRENGTHS = [1.0, 0.5, 0.25]
REALISMS = ["tidy", "messy"]
BEGIN = "<!-- subtlety-curve:begin -->"
END = "<!-- subtlety-curve:end -->"


def checks():
    # The plantable checks are listed by the error message of an unknown name.
    err = subprocess.run([CLI, "generate", "--out", os.devnull, "--plant", "?"], capture_output=True,
                         text=True).stderr
    names = err.split("(checks: ")[1].rstrip(")\n").split(", ")
    return [n for n in names if n not in ("interview_record_conflict", "coached_interviews")]


def matches(flag, pattern):
    if flag["check"] != pattern["check"]:
        return False
    if not set(pattern["workers"]) <= set(flag["workers"]):
        return False
    return not pattern["dates"] or bool(set(pattern["dates"]) & set(flag["dates"]))


def run(check, strength, realism, seed, workers, days, work):
    folder = os.path.join(work, f"{check}-{strength}-{realism}-{seed}")
    gen = subprocess.run([CLI, "generate", "--out", folder, "--workers", str(workers), "--days", str(days),
                          "--seed", str(seed), "--realism", realism, "--plant", check, "--strength",
                          str(strength)], capture_output=True, text=True)
    if gen.returncode != 0:
        sys.exit(f"generate failed: {gen.stderr}")
    planted_file = os.path.join(folder, "planted.json")
    if not os.path.exists(planted_file):
        return None  # could not be planted in this factory
    planted = json.load(open(planted_file))
    out = subprocess.run([CLI, "analyze", "--records", folder, "--params", os.path.join(folder, "params.json"),
                          "--format", "json"], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"analyze failed: {out.stderr}")
    flags = [f for f in json.loads(out.stdout)["flags"] if f["check"] == check and
             (f["severity"] != "info" or check == "missing_punches")]
    found = sum(1 for p in planted if any(matches(f, p) for f in flags))
    true_flags = sum(1 for f in flags if any(matches(f, p) for p in planted))
    return found, len(planted), true_flags, len(flags)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=400)
    parser.add_argument("--days", type=int, default=91)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for check in checks():
            cells = []
            for realism in REALISMS:
                for strength in STRENGTHS:
                    found = planted = true_flags = flags = 0
                    for seed in range(1, args.seeds + 1):
                        r = run(check, strength, realism, seed, args.workers, args.days, work)
                        if r:
                            found += r[0]
                            planted += r[1]
                            true_flags += r[2]
                            flags += r[3]
                    precision = f"{true_flags / flags:.2f}" if flags else "–"
                    cells.append(f"{found}/{planted} ({precision})" if planted else "not planted")
            rows.append(f"| `{check}` | " + " | ".join(cells) + " |")
            print(rows[-1], flush=True)
    header = ("| check | tidy, full | tidy, half | tidy, quarter | messy, full | messy, half | messy, quarter |\n"
              "|---|---|---|---|---|---|---|")
    table = (f"Recall (precision) over {args.seeds} seeds, {args.workers} workers × {args.days} days, "
             f"measured with `scripts/subtlety-curve.py --seeds {args.seeds} --workers {args.workers} "
             f"--days {args.days}`:\n\n" + header + "\n" + "\n".join(rows) + "\n")
    if args.write:
        path = os.path.join(ROOT, "docs", "checks.md")
        text = open(path, encoding="utf-8").read()
        start = text.index(BEGIN) + len(BEGIN)
        end = text.index(END)
        open(path, "w", encoding="utf-8").write(text[:start] + "\n" + table + text[end:])
    else:
        print(table)


if __name__ == "__main__":
    main()
