#!/usr/bin/env bash
# debian13/guest-programs: the programs a Debian 13 guest's scenarios run
# (tests/guest: blkinterposer-ctl, position-oracle, interposer-gui-e2e), built inside the
# Debian 13 build root against its Qt and libraries, without the tests
# (which need what only this machine has: umockdev, dbusmock). The
# product itself comes to that guest as Debian 13 packages
# (debian13/packages).
#   build-guest-programs.sh ROOT SOURCE BUILD
set -euo pipefail
root=$1 src=$2 build=$3
[ -x "$root/usr/bin/cmake" ] && [ -d "$root/usr/include/x86_64-linux-gnu/qt6" ] ||
	{ echo "cmake or Qt 6 missing in $root: run tools/bootstrap.d/debian-root trixie --userland" >&2; exit 1; }
mkdir -p "$build"
# No build type, so no -O2 and no -g: the window's code for
# interposer-gui-e2e is most of the build, 69 s instead of 100 s with
# RelWithDebInfo (two cores). Qt's own code is optimized as packaged, and
# the C tools ask for -O2 themselves (tests/guest/CMakeLists.txt).
# shellcheck disable=SC2016 # expanded in the root
"$src/tools/bootstrap.d/in-root" "$root" --bind "$src" --bind "$build" sh -ec '
	cmake -S "$1" -B "$2" -G Ninja -DCMAKE_BUILD_TYPE= \
		-DBUILD_TESTING=OFF -DINTERPOSER_KERNELS=none -DINTERPOSER_GUEST_PROGRAMS=ON >/dev/null
	cmake --build "$2" --parallel 2 --target blkinterposer-ctl position-oracle interposer-gui-e2e' \
	build "$src" "$build"
for p in blkinterposer-ctl position-oracle interposer-gui-e2e; do
	[ -x "$build/tests/guest/$p" ] || { echo "$build/tests/guest/$p was not built" >&2; exit 1; }
done
echo "built in $(cat "$root/etc/debian_version"): blkinterposer-ctl, position-oracle, interposer-gui-e2e"
