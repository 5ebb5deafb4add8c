#!/usr/bin/env bash
# Throughput of the sandbox's POST /v1/Registration/Create under wrk, in memory and with --db
# (SQLite WAL), at 1, 4 and 16 connections. Not a CTest test.
#
#   tests/bench/sandbox-wrk.sh [path/to/telematics-sandbox]
#   DURATION=5s tests/bench/sandbox-wrk.sh          # shorter runs (default 10s)
#
# Prints one line per run: mode, connections, req/s, latency (avg/p50/p90/p99/max), HTTP statuses.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-${TC_SANDBOX_BIN:-$root/build/app/sandbox/telematics-sandbox}}
duration=${DURATION:-10s}
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }
[ -x "$bin" ] || { echo "no sandbox executable at $bin (build it, or pass its path)" >&2; exit 2; }

tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

start_sandbox() { # args: extra flags; sets pid, base, TC_GROUP_ID, TC_GROUP_KEY
  "$bin" --port 0 "$@" >"$tmp/line" 2>"$tmp/stderr" &
  pid=$!
  for _ in $(seq 100); do [ -s "$tmp/line" ] && break; sleep 0.05; done
  local line; line=$(head -n1 "$tmp/line")
  [ -n "$line" ] || { echo "sandbox did not start:" >&2; cat "$tmp/stderr" >&2; exit 1; }
  base=$(sed -E 's/.*"base_url": "([^"]*)".*/\1/' <<<"$line")
  # groups[0]: the first instance_id/instance_key pair after "groups"
  local groups=${line#*\"groups\"}
  TC_GROUP_ID=$(sed -E 's/[^{]*\{"instance_id": "([^"]*)".*/\1/' <<<"$groups")
  TC_GROUP_KEY=$(sed -E 's/[^{]*\{[^}]*"instance_key": "([^"]*)".*/\1/' <<<"$groups")
  export TC_GROUP_ID TC_GROUP_KEY
}

stop_sandbox() { kill "$pid"; wait "$pid" || true; pid=; }

echo "sandbox: $bin"
echo "wrk $(wrk --version 2>&1 | head -n1 | cut -d' ' -f2), duration $duration, CPUs $(nproc)"
for mode in memory db; do
  for c in 1 4 16; do
    if [ "$mode" = db ]; then start_sandbox --db "$tmp/bench-$c.db"; else start_sandbox; fi
    t=2; [ "$c" -lt 2 ] && t=1
    # warm-up, then the measured run
    wrk -t"$t" -c"$c" -d1s -s "$here/registration-create.lua" "$base" >/dev/null
    out=$(wrk -t"$t" -c"$c" -d"$duration" --latency -s "$here/registration-create.lua" "$base")
    result=$(grep '^RESULT' <<<"$out" | sed 's/^RESULT //')
    printf '%-6s -t%d -c%-2d %s\n' "$mode" "$t" "$c" "$result"
    if [ "$mode" = db ]; then
      size=$(du -k "$tmp/bench-$c.db"* | awk '{s+=$1} END {print s}')
      printf '       database after the run: %s KiB\n' "$size"
    fi
    stop_sandbox
  done
done
