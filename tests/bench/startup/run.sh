#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first painted window, and peak RSS, for a
# bare Qt Widgets window and for telematics-console; median of RUNS (default 5; the runs of the two
# alternate, so a shared machine's load falls on both alike), under one Xvfb
# (1280x800x24) and one private D-Bus session with an unlocked gnome-keyring, HOME in a temp dir.
#
#   tests/bench/startup/run.sh build/tests/bench/startup/bench-bare-window build/app/telematics-console [RUNS]
#
# Each program, started with TC_BENCH_FIRST_PAINT=1, prints "first-paint-ms <since main> <epoch ms>"
# once its window has painted, and quits. "start→paint" is <epoch ms> minus the moment this script
# launched it (so it includes exec, dynamic linking and static initialisers); peak RSS comes from
# /usr/bin/time -v. The console is measured in its usual state: profiles exist (a first run was done
# beforehand), its start-up work (keychain, embedded sandbox) waits until after the first paint.
set -euo pipefail
bare=${1:?bare window binary}
console=${2:?telematics-console binary}
runs=${3:-5}
for tool in xvfb-run dbus-run-session /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
tmp=$(mktemp -d)
# The runtime folder is a tmpfs in a desktop session (/run/user/UID): so here too when /dev/shm is
# one (the console's one-instance lock file is synced to disk where it is made).
run=$(mktemp -d -p "$( [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo "$tmp")")
trap 'rm -rf "$tmp" "$run"' EXIT
mkdir -p "$tmp/home"
chmod 700 "$run"
export HOME=$tmp/home XDG_RUNTIME_DIR=$run XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share \
       XDG_CACHE_HOME=$tmp/home/.cache
unset DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM
cat > "$tmp/inner.sh" <<'INNER'
set -euo pipefail
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
bare=$1 console=$2 runs=$3 out=$4
measure() { # run name binary -> appends "name ms rss_kb main_ms" lines
  local i=$1 name=$2 bin=$3 start line epoch rss
  start=$(date +%s%3N)
  TC_BENCH_FIRST_PAINT=1 /usr/bin/time -v "$bin" 2> "$out/$name.$i.err" >/dev/null || true
  line=$(grep '^first-paint-ms ' "$out/$name.$i.err" | head -1)
  [ -n "$line" ] || { echo "$name run $i printed no first-paint marker:" >&2; cat "$out/$name.$i.err" >&2; exit 1; }
  epoch=$(echo "$line" | awk '{print $3}')
  rss=$(grep 'Maximum resident set size' "$out/$name.$i.err" | awk '{print $NF}')
  echo "$name $((epoch - start)) $rss $(echo "$line" | awk '{print $2}')" >> "$out/results"
}
# One warm-up run each (page cache, font cache), and a first run of the console (creates its
# profiles and the sandbox database, as on any later day).
TC_BENCH_FIRST_PAINT=1 "$bare" 2>/dev/null || true
timeout 20 "$console" >/dev/null 2>&1 & pid=$!
for _ in $(seq 100); do [ -f "$XDG_CONFIG_HOME/telematics-console/profiles.ini" ] && break; sleep 0.1; done
sleep 1; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
TC_BENCH_FIRST_PAINT=1 "$console" 2>/dev/null || true
# Interleaved (bare, console, bare, ...): on a shared machine both see the same load.
for i in $(seq "$runs"); do
  measure "$i" bare "$bare"
  measure "$i" console "$console"
done
INNER
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$tmp/inner.sh" "$bare" "$console" "$runs" "$tmp" \
  2> >(grep -v 'fd limit' >&2)
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-10s %22s %22s %18s\n' program "start→paint ms (med)" "peak RSS MB (med)" "main→paint ms"
for name in bare console; do
  ms=$(awk -v n=$name '$1==n {print $2}' "$tmp/results" | median)
  rss=$(awk -v n=$name '$1==n {print $3}' "$tmp/results" | median)
  inner=$(awk -v n=$name '$1==n {print $4}' "$tmp/results" | median)
  printf '%-10s %22s %22.1f %18s\n' "$name" "$ms" "$(echo "$rss / 1024" | bc -l)" "$inner"
  eval "${name}_ms=$ms ${name}_rss=$rss"
done
printf 'ratio      %22.2f %22.2f   (issue 14: time <= 1.3, RSS <= 1.5)\n' \
  "$(echo "$console_ms / $bare_ms" | bc -l)" "$(echo "$console_rss / $bare_rss" | bc -l)"
echo "runs: $(awk '{printf "%s:%sms/%sKB ", $1, $2, $3}' "$tmp/results")"
