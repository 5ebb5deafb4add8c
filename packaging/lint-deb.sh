#!/usr/bin/env bash
# Packs the build folder given (default ./build) into a .deb in a temporary folder and runs lintian
# on it; exit 1 when lintian finds an error. Warnings are printed, not fatal.
# Usage: packaging/lint-deb.sh [BUILD_DIR]
set -euo pipefail
build=$(realpath "${1:-build}")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/*.deb)
echo "lintian $(basename "$deb")"
# The tags listed are about how this is built, not what it holds: a build folder's binaries are
# not hardened (packaging/build-deb.sh's are), and an unreleased version has no upload.
lintian --fail-on error --display-info --suppress-tags \
  hardening-no-bindnow,hardening-no-fortify-functions,hardening-no-relro \
  "$deb"
