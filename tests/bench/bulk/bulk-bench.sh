#!/usr/bin/env bash
# Bulk registration throughput: `telematics-cli bulk` over a 10,000-row CSV against the sandbox
# (in memory), beside wrk driving the same endpoint (POST /v1/Registration/Create) with the same
# body shape and the same number of connections; plus peak RSS at 10k and 100k rows (memory must
# stay flat: the CSV is streamed, the ledger holds the rows). Every row goes through ApiClient
# (QNetworkAccessManager) and the ledger on disk commits with synchronous FULL (group commits on
# the journal thread, rows marked ahead; journal_commits per row is printed). RUNS runs of each;
# the median is reported. Not a CTest test.
#
#   tests/bench/bulk/bulk-bench.sh [telematics-cli] [telematics-sandbox]
#   ROWS=10000 BIG=100000 CONCURRENCY=4 DURATION=5s RUNS=3 tests/bench/bulk/bulk-bench.sh
#   EXTRA="--journal-window 64" tests/bench/bulk/bulk-bench.sh   (extra `bulk` flags)
#   LATENCY_MS=100 JITTER_MS=0 ...   the sandbox answers each request that late (--latency-ms), for
#                                    wrk and bulk alike; the bound is CONCURRENCY / latency
#   TABLE=1 ...                      also one line: BULK <conc> <latency> <wrk> <bulk> <ratio> <commits/row>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cli=${1:-${TC_CLI_BIN:-$root/build/app/cli/telematics-cli}}
sandbox=${2:-${TC_SANDBOX_BIN:-$root/build/app/sandbox/telematics-sandbox}}
rows=${ROWS:-10000}
big=${BIG:-100000}
conc=${CONCURRENCY:-4}
duration=${DURATION:-5s}
runs=${RUNS:-3}
extra=${EXTRA:-}
latency=${LATENCY_MS:-0}
jitter=${JITTER_MS:-0}
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is not installed" >&2; exit 2; }
[ -x "$cli" ] && [ -x "$sandbox" ] || { echo "build telematics-cli and telematics-sandbox first" >&2; exit 2; }

tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
mkdir -p "$HOME"

start_sandbox() {
  rm -f "$tmp/line" # (the old line must not be read before the new process truncates the file)
  "$sandbox" --port 0 --latency-ms "$latency" --jitter-ms "$jitter" >"$tmp/line" 2>"$tmp/stderr" &
  pid=$!
  for _ in $(seq 100); do [ -s "$tmp/line" ] && break; sleep 0.05; done
  local line; line=$(head -n1 "$tmp/line")
  [ -n "$line" ] || { echo "sandbox did not start:" >&2; cat "$tmp/stderr" >&2; exit 1; }
  base=$(sed -E 's/.*"base_url": "([^"]*)".*/\1/' <<<"$line")
  local groups=${line#*\"groups\"}
  TC_GROUP_ID=$(sed -E 's/[^{]*\{"instance_id": "([^"]*)".*/\1/' <<<"$groups")
  TC_GROUP_KEY=$(sed -E 's/[^{]*\{[^}]*"instance_key": "([^"]*)".*/\1/' <<<"$groups")
  export TC_GROUP_ID TC_GROUP_KEY TELEMATICS_INSTANCE_KEY=$TC_GROUP_KEY
}
stop_sandbox() { kill "$pid"; wait "$pid" || true; pid=; }

make_csv() { # rows file
  awk -v n="$1" 'BEGIN { print "FirstName,LastName,Email,ClientId";
    for (i = 1; i <= n; i++) printf "Bench%d,Mark,bench%d@example.com,bench-%d\n", i, i, i }' >"$2"
}

json_field() { sed -nE "s/.*\"$1\": ([0-9.]+).*/\1/p" "$2" | head -n1; }

run_bulk() { # rows -> sets rate, rss_kb, wall
  local n=$1 csv=$tmp/in-$1.csv
  make_csv "$n" "$csv"
  rm -f "$tmp/ledger-$n.sqlite"*
  /usr/bin/time -f '%M %e' -o "$tmp/time" "$cli" --base-url "$base" --json bulk "$csv" --instance-id "$TC_GROUP_ID" \
      --out "$tmp/out-$n.csv" --ledger "$tmp/ledger-$n.sqlite" --concurrency "$conc" $extra >"$tmp/bulk.json" 2>"$tmp/bulk.err" \
      || { echo "bulk failed:" >&2; tail -5 "$tmp/bulk.err" >&2; exit 1; }
  local done; done=$(tr -d ' \n' <"$tmp/bulk.json" | sed -nE 's/.*"done":([0-9]+).*/\1/p')
  [ "$done" = "$n" ] || { echo "bulk registered $done of $n rows" >&2; exit 1; }
  read -r rss_kb wall <"$tmp/time"
  local ms; ms=$(tr -d ' \n' <"$tmp/bulk.json" | sed -nE 's/.*"elapsed_ms":([0-9]+).*/\1/p')
  rate=$(awk -v n="$n" -v ms="$ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')
  local commits; commits=$(tr -d ' \n' <"$tmp/bulk.json" | sed -nE 's/.*"journal_commits":([0-9]+).*/\1/p')
  per_row=$(awk -v c="${commits:-0}" -v n="$n" 'BEGIN { printf "%.3f", c / n }')
}

echo "telematics-cli: $cli"
echo "CPUs $(nproc), concurrency $conc, wrk duration $duration, sandbox latency ${latency} ms (jitter ${jitter})"

start_sandbox
# wrk: the same route, the same body shape the bulk run sends (CreateAccessToken false, 4 fields).
cat >"$tmp/create.lua" <<'LUA'
wrk.method = "POST"
wrk.path = "/v1/Registration/Create"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["InstanceId"] = os.getenv("TC_GROUP_ID")
wrk.headers["InstanceKey"] = os.getenv("TC_GROUP_KEY")
wrk.body = '{"CreateAccessToken":false,"Email":"bench@example.com","FirstName":"Bench","LastName":"Mark",' ..
           '"UserFields":{"ClientId":"bench"}}'
LUA
stop_sandbox

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
wrk_rates=() bulk_rates=() rss=() commit_rates=()
for r in $(seq "$runs"); do
  start_sandbox
  wrk -t1 -c"$conc" -d1s -s "$tmp/create.lua" "$base" >/dev/null
  w=$(wrk -t1 -c"$conc" -d"$duration" -s "$tmp/create.lua" "$base" | sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p')
  stop_sandbox
  start_sandbox
  run_bulk "$rows"
  stop_sandbox
  wrk_rates+=("$w") bulk_rates+=("$rate") rss+=("$rss_kb") commit_rates+=("$per_row")
  printf 'run %d: wrk -c%s %8.0f req/s   bulk %d rows %8.0f rows/s (%.2fx)  wall %ss  peak RSS %d MiB  commits/row %s\n' \
    "$r" "$conc" "$w" "$rows" "$rate" "$(awk -v a="$rate" -v b="$w" 'BEGIN { print a / b }')" "$wall" $((rss_kb / 1024)) \
    "$per_row"
done
wrk_rate=$(printf '%s\n' "${wrk_rates[@]}" | median)
small_rate=$(printf '%s\n' "${bulk_rates[@]}" | median)
small_rss=$(printf '%s\n' "${rss[@]}" | sort -n | tail -n1)
commits_per_row=$(printf '%s\n' "${commit_rates[@]}" | median)

printf 'median of %d: wrk -c%-3s %8.0f req/s\n' "$runs" "$conc" "$wrk_rate"
printf 'median of %d: bulk %6d rows, concurrency %-3s %8.0f rows/s  (%.2fx wrk)  peak RSS (max) %d MiB\n' \
  "$runs" "$rows" "$conc" "$small_rate" "$(awk -v a="$small_rate" -v b="$wrk_rate" 'BEGIN { print a / b }')" $((small_rss / 1024))

[ "${TABLE:-0}" = 1 ] && echo "BULK $conc $latency $wrk_rate $small_rate $(awk -v a="$small_rate" -v b="$wrk_rate" \
  'BEGIN { printf "%.2f", a / b }') $commits_per_row"

if [ "$big" -gt 0 ]; then
  start_sandbox
  run_bulk "$big"
  stop_sandbox
  printf 'bulk %6d rows, concurrency %-3s %8.0f rows/s                wall %ss  peak RSS %d MiB\n' \
    "$big" "$conc" "$rate" "$wall" $((rss_kb / 1024))
fi
