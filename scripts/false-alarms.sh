#!/bin/sh
# False alarms on messy compliant factories (issue 15): generates SEEDS factories with
# `fieldbook-cli generate --realism messy` (WORKERS x DAYS, each with its params.json), analyses
# each, and prints per seed the flags at medium or worse by check, then the total. A compliant
# factory must raise none. Needs a built fieldbook-cli (CLI, default build/ci/app/fieldbook-cli).
#   scripts/false-alarms.sh [SEEDS] [WORKERS] [DAYS]     e.g. scripts/false-alarms.sh 20 800 91
set -eu
cd "$(dirname "$0")/.."
seeds=${1:-20}
workers=${2:-800}
days=${3:-91}
cli=${CLI:-build/ci/app/fieldbook-cli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
total=0
seed=1
while [ "$seed" -le "$seeds" ]; do
    dir="$work/seed$seed"
    "$cli" generate --realism messy --workers "$workers" --days "$days" --seed "$seed" --out "$dir" >/dev/null
    "$cli" analyze --records "$dir" --params "$dir/params.json" --format json >"$dir.json"
    summary=$(python3 - "$dir.json" <<'PY'
import json, sys, collections
flags = json.load(open(sys.argv[1]))["flags"]
rank = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
loud = collections.Counter(f["check"] for f in flags if rank[f["severity"]] >= 2)
quiet = collections.Counter(f["check"] for f in flags if rank[f["severity"]] < 2)
print(sum(loud.values()), dict(loud) or "-", "| info/low:", dict(quiet) or "-")
PY
)
    echo "seed $seed: $summary"
    total=$((total + ${summary%% *}))
    seed=$((seed + 1))
done
echo "medium-or-worse flags over $seeds messy compliant factories of $workers workers x $days days: $total"
[ "$total" -eq 0 ]
