#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz with Debian's clang-14 (preset "fuzz": ASan + UBSan,
# build/fuzz) and runs each one for SECONDS (default 60) over a copy of its committed corpus.
# Inputs that crash are saved under build/fuzz/crashes/<target>/; the grown corpus stays in
# build/fuzz/corpus/<target>/ (copy the interesting ones into tests/fuzz/corpus by hand).
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 60 csv_reader attlog
# Needs: apt-get install clang-14 libclang-rt-14-dev. Exits 1 when any target found a crash.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"csv_reader record_files attlog minisign country_rules catalog audit_params package_container audit_json_merge"}
build=build/fuzz
jobs=${FUZZ_BUILD_JOBS:-1}

launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
cmake --preset fuzz $launcher >/dev/null
names=""
for t in $targets; do names="$names fuzz_$t"; done
# shellcheck disable=SC2086
nice -n 19 ninja -C "$build" -j"$jobs" $names

# UBSan reports are findings too; Qt's own code is not instrumented.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

status=0
for t in $targets; do
    corpus="$build/corpus/$t"
    crashes="$build/crashes/$t"
    mkdir -p "$corpus" "$crashes"
    cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
    echo "== $t: ${seconds}s"
    if ! "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" >"$build/fuzz-$t.log" 2>&1; then
        echo "   FOUND: see $build/fuzz-$t.log and $crashes/"
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/fuzz-$t.log" | sed 's/^/   /' || true
done
exit $status
