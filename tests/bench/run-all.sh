#!/usr/bin/env bash
# Every benchmark beside its reference, in one go, and one table of ratios (for the README).
# Ratios measured side by side in the same run survive a shared, loaded machine better than
# absolute figures; each figure is a median of RUNS (default 3). Not a CTest test: no thresholds.
#
#   tests/bench/run-all.sh [build-dir]          (default ./build; build everything first)
#   RUNS=3 ROWS=10000 USERS=1000000 LATENCY_MS=100 tests/bench/run-all.sh
#
# Rows of the table:
#   bulk vs wrk, -c4 and -c16, on the same sandbox route (POST /v1/Registration/Create), ledger on disk
#   the same with the sandbox answering after LATENCY_MS (--latency-ms; wrk feels it too); the
#     bound is concurrency / latency
#   console start-up (first paint) and peak RSS vs a bare Qt Widgets window (tests/bench/startup)
#   sandbox Create at ~USERS users vs a fresh sandbox (tests/bench/sandbox-scale.sh)
#   ledger page at 1,000,000 rows (tests/bench/ledger, made once in $TMPDIR): page open -> first rows
#     shown beside an empty ledger; search -> first results beside a bare SQLite query of the same
#     shape on the same file (and the empty ledger); the longest GUI-thread stall while searching
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
runs=${RUNS:-3}
rows=${ROWS:-10000}
users=${USERS:-1000000}
latency=${LATENCY_MS:-100}
cli=$build/app/cli/telematics-cli
sandbox=$build/app/sandbox/telematics-sandbox
console=$build/app/telematics-console
bare=$build/tests/bench/startup/bench-bare-window
ledgerbench=$build/tests/bench/ledger/ledger-bench
for f in "$cli" "$sandbox"; do [ -x "$f" ] || { echo "build first: $f is missing" >&2; exit 2; }; done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "machine: $(nproc) CPUs; load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/load"
table=()
row() { table+=("$(printf '| %s | %s | %s | %s |' "$1" "$2" "$3" "$4")"); }

for c in 4 16; do
  echo "== bulk vs wrk, -c$c ==" >&2
  line=$(TABLE=1 RUNS=$runs ROWS=$rows BIG=0 CONCURRENCY=$c "$here/bulk/bulk-bench.sh" "$cli" "$sandbox" | tee -a /dev/stderr |
           grep '^BULK ')
  read -r _ _ _ w b ratio cpr <<<"$line"
  row "bulk, $rows rows, concurrency $c" "$(printf '%.0f rows/s' "$b")" "wrk -c$c: $(printf '%.0f' "$w") req/s" \
      "**${ratio}×** ($cpr commits/row)"
done
for c in 4 16; do
  echo "== bulk vs wrk, -c$c, sandbox latency ${latency} ms ==" >&2
  n=$(( c * 2000 / latency * 10 )) # about 20 s of rows at the bound
  [ "$n" -gt "$rows" ] && n=$rows
  line=$(TABLE=1 RUNS=$runs ROWS=$n BIG=0 CONCURRENCY=$c LATENCY_MS=$latency "$here/bulk/bulk-bench.sh" "$cli" "$sandbox" |
           tee -a /dev/stderr | grep '^BULK ')
  read -r _ _ _ w b ratio cpr <<<"$line"
  bound=$(awk -v c="$c" -v l="$latency" 'BEGIN { printf "%.0f", c * 1000 / l }')
  row "bulk, $n rows, concurrency $c, ${latency} ms latency" \
      "$(printf '%.0f rows/s = %.0f%% of the bound (%s/s)' "$b" "$(awk -v b="$b" -v B="$bound" 'BEGIN { print 100 * b / B }')" "$bound")" \
      "wrk -c$c: $(printf '%.0f' "$w") req/s" "**${ratio}×**"
done

if [ -x "$console" ] && [ -x "$bare" ]; then
  echo "== start-up vs bare window ==" >&2
  st=$("$here/startup/run.sh" "$bare" "$console" "$((runs < 5 ? 5 : runs))" | tee -a /dev/stderr)
  bare_ms=$(awk '$1 == "bare" { print $2 }' <<<"$st"); bare_mb=$(awk '$1 == "bare" { print $3 }' <<<"$st")
  con_ms=$(awk '$1 == "console" { print $2 }' <<<"$st"); con_mb=$(awk '$1 == "console" { print $3 }' <<<"$st")
  row "console start → first paint" "$con_ms ms" "bare Qt window: $bare_ms ms" \
      "**$(awk -v a="$con_ms" -v b="$bare_ms" 'BEGIN { printf "%.2f", a / b }')×**"
  row "console peak RSS at first paint" "$con_mb MB" "bare Qt window: $bare_mb MB" \
      "**$(awk -v a="$con_mb" -v b="$bare_mb" 'BEGIN { printf "%.2f", a / b }')×**"
else
  row "console start-up" "not measured" "(build telematics-console and bench-bare-window)" "—"
fi

echo "== sandbox Create, fresh vs ~$users users ==" >&2
line=$(TABLE=1 RUNS=$runs USERS=$users "$here/sandbox-scale.sh" "$sandbox" | tee -a /dev/stderr | grep '^SCALE ')
read -r _ fresh grown ratio fresh_rss grown_rss _ <<<"$line"
row "sandbox Create after $users users" "$(printf '%.0f req/s, RSS %s MiB' "$grown" "$grown_rss")" \
    "$(printf 'fresh sandbox: %.0f req/s, RSS %s MiB' "$fresh" "$fresh_rss")" "**${ratio}×**"
if [ -x "$ledgerbench" ]; then
  echo "== ledger page at 1,000,000 rows ==" >&2
  line=$("$ledgerbench" --rows 1000000 --runs "$((runs < 5 ? 5 : runs))" 2> >(grep -v propagateSizeHints >&2) |
           tee -a /dev/stderr | grep '^LEDGER ')
  read -r _ _ open open0 search search0 sbare stall oldfirst oldcount stall0 <<<"$line"
  row "ledger of 1,000,000 rows: page open → first rows shown" "$open ms" "empty ledger: $open0 ms" \
      "**$(awk -v a="$open" -v b="$open0" 'BEGIN { printf "%.2f", a / b }')×**"
  row "ledger of 1,000,000 rows: search → first results (median of 5 texts)" \
      "$search ms; GUI thread at most $stall ms without its event loop (empty ledger: $stall0 ms)" \
      "bare SQLite query of the same shape: $sbare ms; empty ledger: $search0 ms; before (LIKE, GUI thread): $oldfirst + $oldcount ms" \
      "**$(awk -v a="$search" -v b="$sbare" 'BEGIN { printf "%.2f", a / b }')×** bare"
else
  row "ledger of 1,000,000 rows: open, search" "not measured" "(build ledger-bench)" "—"
fi

echo
echo "load during the run: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) CPUs; medians of $runs"
echo
echo "| figure | measured | beside | ratio |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${table[@]}"
