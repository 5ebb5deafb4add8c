#!/usr/bin/env bash
# Does the sandbox keep its pace as its users grow? POST /v1/Registration/Create under wrk on a
# fresh in-memory sandbox, then the same sandbox seeded to USERS users (CreateMany, 1000 per call,
# through curl, which is quick) and measured again; RSS after each. Median of RUNS wrk runs each. Not a CTest test.
#
#   tests/bench/sandbox-scale.sh [path/to/telematics-sandbox]
#   USERS=1000000 CONNECTIONS=16 DURATION=5s RUNS=3 tests/bench/sandbox-scale.sh
# Prints "fresh R req/s RSS", "at N users R req/s RSS" and the ratio; with TABLE=1 one line:
#   SCALE <fresh req/s> <at-N req/s> <ratio> <fresh RSS MiB> <at-N RSS MiB> <users>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-${TC_SANDBOX_BIN:-$root/build/app/sandbox/telematics-sandbox}}
users=${USERS:-1000000}
conns=${CONNECTIONS:-16}
duration=${DURATION:-5s}
runs=${RUNS:-3}
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }
[ -x "$bin" ] || { echo "no sandbox executable at $bin" >&2; exit 2; }
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

"$bin" --port 0 >"$tmp/line" 2>"$tmp/stderr" &
pid=$!
for _ in $(seq 100); do [ -s "$tmp/line" ] && break; sleep 0.05; done
line=$(head -n1 "$tmp/line")
[ -n "$line" ] || { echo "sandbox did not start:" >&2; cat "$tmp/stderr" >&2; exit 1; }
base=$(sed -E 's/.*"base_url": "([^"]*)".*/\1/' <<<"$line")
groups=${line#*\"groups\"}
TC_GROUP_ID=$(sed -E 's/[^{]*\{"instance_id": "([^"]*)".*/\1/' <<<"$groups")
TC_GROUP_KEY=$(sed -E 's/[^{]*\{[^}]*"instance_key": "([^"]*)".*/\1/' <<<"$groups")
export TC_GROUP_ID TC_GROUP_KEY

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() { # -> median req/s of RUNS runs
  local r out=()
  wrk -t1 -c"$conns" -d1s -s "$here/registration-create.lua" "$base" >/dev/null
  for r in $(seq "$runs"); do
    out+=("$(wrk -t1 -c"$conns" -d"$duration" -s "$here/registration-create.lua" "$base" |
             sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p')")
  done
  printf '%s\n' "${out[@]}" | median
}

fresh=$(measure)
fresh_rss=$(rss_mib)
# Seed with CreateMany (1000 users a call, one curl over one connection) until USERS users exist.
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }
calls=$(( (users + 999) / 1000 ))
for _ in $(seq "$calls"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$base/v1/Registration/CreateMany"; done \
  >"$tmp/many.curl"
curl -sS -X POST -H "Content-Type: application/json" -H "InstanceId: $TC_GROUP_ID" \
     -H "InstanceKey: $TC_GROUP_KEY" -d '{"Quantity":1000,"CreateAccessToken":false}' -K "$tmp/many.curl"
grown=$(measure)
grown_rss=$(rss_mib)
ratio=$(awk -v a="$grown" -v b="$fresh" 'BEGIN { printf "%.2f", a / b }')
if [ "${TABLE:-0}" = 1 ]; then
  echo "SCALE $fresh $grown $ratio $fresh_rss $grown_rss $users"
else
  printf 'fresh sandbox:        %8.0f req/s  RSS %4d MiB\n' "$fresh" "$fresh_rss"
  printf 'after ~%d users: %8.0f req/s  RSS %4d MiB  (%.2fx fresh)\n' "$users" "$grown" "$grown_rss" "$ratio"
fi
