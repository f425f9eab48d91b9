#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz with Debian's clang-14 (preset "fuzz": ASan + UBSan,
# build/fuzz) and runs each one for SECONDS (default 60) over a copy of its committed corpus.
# Inputs that crash are saved under build/fuzz/crashes/<target>/; the grown corpus stays in
# build/fuzz/corpus/<target>/ (copy the interesting ones into tests/fuzz/corpus by hand).
#   scripts/fuzz.sh [SECONDS] [TARGET[:SECONDS]...]   e.g. scripts/fuzz.sh 60 csv_reader attlog:120
# FUZZ_PARALLEL=N runs the targets in N lanes at once (round robin, each lane one target at a time);
# FUZZ_BUILD_JOBS=N builds with ninja -jN (default 1). Runs are niced (19): they yield to builds.
# Needs: apt-get install clang-14 libclang-rt-14-dev. Exits 1 when any target found a crash.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"csv_reader record_files attlog minisign country_rules catalog audit_params package_container audit_json_merge xlsx_workbook"}
build=build/fuzz
jobs=${FUZZ_BUILD_JOBS:-1}

launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
cmake --preset fuzz $launcher >/dev/null
names=""
for t in $targets; do names="$names fuzz_${t%%:*}"; done
# shellcheck disable=SC2086
nice -n 10 ninja -C "$build" -j"$jobs" $names

# UBSan reports are findings too; Qt's own code is not instrumented.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

lanes=${FUZZ_PARALLEL:-1}
# One target: its own log and crash folder; prints its stats when done. Fails when it found something.
run_target() {
    t=${1%%:*}
    secs=$seconds
    case $1 in *:*) secs=${1#*:} ;; esac
    corpus="$build/corpus/$t"
    crashes="$build/crashes/$t"
    mkdir -p "$corpus" "$crashes"
    cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
    echo "== $t: ${secs}s"
    rc=0
    nice -n 19 "$build/tests/fuzz/fuzz_$t" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" >"$build/fuzz-$t.log" 2>&1 || rc=1
    [ $rc -eq 0 ] || echo "   $t FOUND: see $build/fuzz-$t.log and $crashes/"
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/fuzz-$t.log" | sed "s/^/   $t /" || true
    return $rc
}

status=0
if [ "$lanes" -le 1 ]; then
    for t in $targets; do
        run_target "$t" || status=1
    done
    exit $status
fi
i=0
pids=""
while [ $i -lt "$lanes" ]; do
    lane_targets=$(echo $targets | tr ' ' '\n' | awk -v n="$lanes" -v i="$i" 'NR % n == i % n' | tr '\n' ' ')
    (
        lane_status=0
        for t in $lane_targets; do run_target "$t" || lane_status=1; done
        exit $lane_status
    ) &
    pids="$pids $!"
    i=$((i + 1))
done
for p in $pids; do
    wait "$p" || status=1
done
exit $status
