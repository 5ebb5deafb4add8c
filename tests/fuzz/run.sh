#!/usr/bin/env bash
# Runs each libFuzzer harness of tests/fuzz for N minutes (default 10), one after the other.
#   tests/fuzz/run.sh [minutes] [harness ...]      harnesses: jwt api-answer csv sandbox-request traffic
# Builds them first with clang, coverage, ASan and UBSan into ./build-fuzz (or $TC_FUZZ_BUILD_DIR;
# -DTC_FUZZ=ON, only the `fuzzers` target). Each harness starts from its seed corpus
# (tests/fuzz/corpus/<name>, never written to) and keeps what it learns in build-fuzz/corpus/<name>;
# a crash is written to build-fuzz/findings/<name>/ and stops that harness. At the end one line per
# harness: executions, corpus size, and the findings. Exit 1 when any harness found something.
# A finding, once fixed, goes into tests/fuzz/corpus/<name>/ so FuzzCorpus<Name> replays it in every build.
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-10}
shift || true
all=(jwt api-answer csv sandbox-request traffic)
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all[@]}")
case $minutes in '' | *[!0-9]*) echo "usage: tests/fuzz/run.sh [minutes] [harness ...]" >&2; exit 2 ;; esac

dir=${TC_FUZZ_BUILD_DIR:-build-fuzz}
gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
command -v ccache >/dev/null && gen+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
[ -f "$dir/CMakeCache.txt" ] || CC=clang CXX=clang++ cmake -S . -B "$dir" "${gen[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTC_FUZZ=ON -DTC_BENCH=OFF >&2
cmake --build "$dir" --target fuzzers -j"$(nproc)" >&2

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen
summary=()
status=0
for h in "${harnesses[@]}"; do
  bin=$dir/tests/fuzz/fuzz-$h
  [ -x "$bin" ] || { echo "no harness '$h' (known: ${all[*]})" >&2; exit 2; }
  corpus=$dir/corpus/$h findings=$dir/findings/$h log=$dir/fuzz-$h.log
  mkdir -p "$corpus" "$findings"
  echo "== $h: $minutes min (log: $log)" >&2
  rc=0
  "$bin" -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "tests/fuzz/corpus/$h" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  found=$(find "$findings" -type f | wc -l)
  line="$h: ${execs:-?} executions in $minutes min, corpus $(find "$corpus" -type f | wc -l) files, $found findings"
  if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
    status=1
    line="$line (exit $rc; see $log and $findings)"
  fi
  summary+=("$line")
  echo "$line" >&2
done
printf '%s\n' "${summary[@]}"
exit $status
