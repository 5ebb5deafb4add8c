#!/usr/bin/env bash
# The clean-install proof: builds the .deb (packaging/build-deb.sh), installs it with apt into a
# fresh Debian 12 root (debootstrap; the pristine root is cached in ./build-clean-install), and
# there checks --version of the three programs, starts the sandbox and logs in with the CLI (inside
# a private D-Bus session with an unlocked gnome-keyring), and starts the console offscreen until
# its first paint. Needs root (debootstrap, chroot, mount) and the network (Debian's mirror).
#
# Usage: sudo packaging/clean-install.sh [PACKAGE.deb]     (no argument: build it first)
# Environment: TC_MIRROR (default http://deb.debian.org/debian), TC_CLEAN_INSTALL_CACHE.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "clean-install.sh: run as root (debootstrap, chroot)" >&2; exit 2; }
mirror=${TC_MIRROR:-http://deb.debian.org/debian}
cache=$(realpath -m "${TC_CLEAN_INSTALL_CACHE:-build-clean-install}")
step() { printf '\n== %s\n' "$*"; }

if [ $# -ge 1 ]; then
  deb=$(realpath "$1")
else
  step "building the .deb (packaging/build-deb.sh)"
  deb=$(packaging/build-deb.sh | tail -n 1)
fi
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends

command -v debootstrap >/dev/null || apt-get -o DPkg::Lock::Timeout=600 install -y -qq debootstrap >&2
mkdir -p "$cache"
if [ ! -d "$cache/bookworm-minbase" ]; then
  step "debootstrap bookworm (minbase) into $cache (once; cached)"
  rm -rf "$cache/bookworm-minbase.tmp"
  debootstrap --variant=minbase bookworm "$cache/bookworm-minbase.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -n 20 "$cache/debootstrap.log" >&2; exit 1; }
  mv "$cache/bookworm-minbase.tmp" "$cache/bookworm-minbase"
fi

root=$(mktemp -d "$cache/root.XXXXXX")
cleanup() {
  for m in dev/pts dev proc sys; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
step "a fresh root: a copy of the cached one"
cp -a "$cache/bookworm-minbase/." "$root/"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "apt-get install ./$(basename "$deb") (with its Recommends, as a person's apt would)"
in_root sh -c "echo 'deb $mirror bookworm main' > /etc/apt/sources.list"
in_root apt-get -qq update
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" >/dev/null
in_root dpkg -s telematics-console | grep -E '^(Status|Version):'
in_root dpkg -L telematics-console | grep -E 'bin/|man1|completions|applications|metainfo|doc/'

step "--version"
for p in telematics-console telematics-cli telematics-sandbox; do in_root "$p" --version; done

step "missing libraries (ldd)"
for p in telematics-console telematics-cli telematics-sandbox; do
  if in_root ldd "/usr/bin/$p" | grep 'not found'; then echo "$p: missing libraries" >&2; exit 1; fi
done
# The console's embedded sandbox, a module it loads only when a profile needs it.
module=$(in_root dpkg -L telematics-console | grep '/telematics-console/libtelematics-sandbox\.so$')
[ -n "$module" ] || { echo "the sandbox module is not in the package" >&2; exit 1; }
if in_root ldd "$module" | grep 'not found'; then echo "$module: missing libraries" >&2; exit 1; fi
echo "none"

step "the sandbox, and an admin login with the CLI (private D-Bus session, unlocked gnome-keyring)"
cat >"$root/tmp/walk.sh" <<'WALK'
set -eu
export HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
telematics-sandbox --port 0 >/tmp/sb.json &
sb=$!
i=0; while [ ! -s /tmp/sb.json ] && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
field() { sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p" /tmp/sb.json | head -n 1; }
base=$(field base_url)
echo "sandbox listening at $base"
# The admin object holds instance_id, email and password (in that order of appearance).
admin=$(sed -n 's/.*"admin": *{\([^}]*\)}.*/\1/p' /tmp/sb.json)
id=$(echo "$admin" | sed -n 's/.*"instance_id": *"\([^"]*\)".*/\1/p')
email=$(echo "$admin" | sed -n 's/.*"email": *"\([^"]*\)".*/\1/p')
password=$(echo "$admin" | sed -n 's/.*"password": *"\([^"]*\)".*/\1/p')
TELEMATICS_PASSWORD=$password telematics-cli --base-url "$base" login admin --instance-id "$id" --email "$email"
echo "login: exit $?"
telematics-cli --base-url "$base" --json status | cut -c1-300
echo
kill "$sb"; wait "$sb" || true

echo
echo "== the console, offscreen, until its first paint"
QT_QPA_PLATFORM=offscreen TC_BENCH_FIRST_PAINT=1 timeout 60 telematics-console --no-sandbox
echo "console: exit $?"
echo "== its first run: the embedded sandbox (a module) starts and the sandbox profiles appear"
QT_QPA_PLATFORM=offscreen timeout 60 telematics-console >/tmp/console.log 2>&1 &
console=$!
i=0; while ! grep -qs 'environment=sandbox' "$HOME/.config/telematics-console/profiles.ini" && [ $i -lt 300 ]; do
  i=$((i + 1)); sleep 0.1
done
grep -q 'sandbox module loaded' /tmp/console.log || { cat /tmp/console.log; echo "the sandbox module did not load" >&2; exit 1; }
grep -s 'environment=sandbox' "$HOME/.config/telematics-console/profiles.ini" ||
  { cat /tmp/console.log; echo "no sandbox profiles" >&2; exit 1; }
kill "$console"; wait "$console" || true
WALK
in_root dbus-run-session -- sh /tmp/walk.sh

step "clean install: OK"
