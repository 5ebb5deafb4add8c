#!/usr/bin/env bash
# Builds the release .deb: a build of its own (./build-deb, or $TC_DEB_BUILD_DIR) compiled and
# linked (the programs and the console's sandbox module) with the hardening flags of dpkg-buildflags (stack protector, FORTIFY_SOURCE, RELRO,
# BIND_NOW, PIE, format checks), no tests, then `cpack -G DEB`. Prints the .deb's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${TC_DEB_BUILD_DIR:-build-deb}
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cppflags=$(dpkg-buildflags --get CPPFLAGS)
cxxflags=$(dpkg-buildflags --get CXXFLAGS)
ldflags=$(dpkg-buildflags --get LDFLAGS)
gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
command -v ccache >/dev/null && gen+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Build type None: only the flags above (dpkg-buildflags brings -O2 -g), as Debian builds do.
cmake -S . -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=None -DBUILD_TESTING=OFF \
  -DCMAKE_CXX_FLAGS="$cppflags $cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
  -DCMAKE_MODULE_LINKER_FLAGS="$ldflags" >&2
cmake --build "$dir" -j"${TC_JOBS:-$(nproc)}" >&2
rm -f "$dir"/*.deb
(cd "$dir" && cpack -G DEB >&2)
ls "$(realpath "$dir")"/*.deb
