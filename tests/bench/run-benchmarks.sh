#!/usr/bin/env bash
# Record import benchmark (issue 4, "Speed, measured"). Never run by CI.
#
#   tests/bench/run-benchmarks.sh [BUILD_DIR] [SCALES...]     e.g.  tests/bench/run-benchmarks.sh build/ci 1 4 10
#
# For each scale k it generates a synthetic factory of 3,000*k workers over 120 days
# (1x: ~270k time records, ~545k gate events, ~11.5k payroll rows), then times, in the same run:
#   sqlite3   the sqlite3 shell's `.import` of the same CSV files into a fresh database (the yardstick)
#   read      RecordDirectoryReader alone (tests/bench/bench_records read)
#   analyze   `fieldbook-cli analyze` end to end: read every CSV, run every check, write JSON
#   import    the same files into a new audit of a fresh store (RecordStore, one transaction)
#   session   the import wizard's path: RecordImportSession check, then RecordImportJob (same store work)
# Wall seconds and peak RSS come from /usr/bin/time. Ratios are against the sqlite3 shell.
set -euo pipefail

BUILD=${1:-build/ci}
shift || true
SCALES=${*:-1 4 10}
CLI="$BUILD/app/fieldbook-cli"
BENCH="$BUILD/tests/bench_records"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fieldbook-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

for tool in "$CLI" "$BENCH"; do
    [[ -x "$tool" ]] || { echo "missing $tool: cmake --build $BUILD --target fieldbook-cli bench_records" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "sqlite3 shell not found" >&2; exit 1; }

# Runs a command; prints "wall_seconds peak_MiB cpu_seconds" (cpu = user + system, all threads).
measure() {
    local out="$WORK/time.txt"
    /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; exit 1; }
    awk '{ printf "%.2f %.0f %.2f\n", $1, $2 / 1024, $3 + $4 }' "$out"
}

echo "cores: $(nproc), $(sqlite3 --version | cut -d' ' -f1-2), $(uname -sr)"
echo "wall seconds (cpu seconds in brackets), peak RSS in MiB, ratio = wall / sqlite3 wall"
printf "%-5s %10s %10s | %14s | %14s %5s | %14s %5s %5s | %14s %5s %5s | %14s %5s %5s\n" \
    scale time_rec gate_ev sqlite3 read MiB analyze MiB ratio import MiB ratio session MiB ratio
for k in $SCALES; do
    dir="$WORK/x$k"
    "$CLI" generate --out "$dir" --workers $((3000 * k)) --days 120 --seed 1 >/dev/null
    rows_t=$(($(wc -l <"$dir/time_records.csv") - 1))
    rows_g=$(($(wc -l <"$dir/gate_log.csv") - 1))

    {
        echo ".mode csv"
        for f in workers time_records payroll production gate_log; do echo ".import $dir/$f.csv $f"; done
    } >"$WORK/import.sql"
    rm -f "$WORK/shell.db"
    read -r t_sql _ c_sql < <(measure sqlite3 "$WORK/shell.db" ".read $WORK/import.sql")

    read -r t_read m_read c_read < <(measure "$BENCH" read "$dir")
    read -r t_an m_an c_an < <(measure "$CLI" analyze --records "$dir" --params "$dir/params.json" --format json)
    rm -f "$WORK/store.db"*
    read -r t_imp m_imp c_imp < <(measure "$BENCH" import "$dir" "$WORK/store.db")
    rm -f "$WORK/store.db"*
    read -r t_ses m_ses c_ses < <(measure "$BENCH" session "$dir" "$WORK/store.db")

    printf "%-5s %10d %10d | %6.2f (%5.2f) | %6.2f (%5.2f) %5d | %6.2f (%5.2f) %5d %5.2f | %6.2f (%5.2f) %5d %5.2f | %6.2f (%5.2f) %5d %5.2f\n" \
        "${k}x" "$rows_t" "$rows_g" "$t_sql" "$c_sql" "$t_read" "$c_read" "$m_read" "$t_an" "$c_an" "$m_an" \
        "$(echo "$t_an / $t_sql" | bc -l)" "$t_imp" "$c_imp" "$m_imp" "$(echo "$t_imp / $t_sql" | bc -l)" \
        "$t_ses" "$c_ses" "$m_ses" "$(echo "$t_ses / $t_sql" | bc -l)"
    rm -rf "$dir" "$WORK/shell.db" "$WORK/store.db"*
done
