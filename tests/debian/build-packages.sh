#!/usr/bin/env bash
# debian/packages: dpkg-buildpackage -b -us -uc in a copy of the source tree
# (the files git tracks or would track), then lintian, which must report
# no error. The packages are left in OUT for vm/packages.
#   build-packages.sh SOURCE OUT
set -euo pipefail
src=$1 out=$2
command -v dpkg-buildpackage >/dev/null && command -v lintian >/dev/null ||
	{ echo "dpkg-buildpackage or lintian missing: run tools/bootstrap" >&2; exit 1; }
git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
	{ echo "$src is not a git checkout: the package is built from the files git tracks" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/interposer"
git -C "$src" ls-files -co --exclude-standard -z | (cd "$src" && cpio -0 -pdm --quiet "$out/interposer")
(cd "$out/interposer" && dpkg-buildpackage -b -us -uc) >"$out/build.log" 2>&1 || {
	tail -40 "$out/build.log"
	echo "dpkg-buildpackage failed: $out/build.log" >&2
	exit 1
}
rm -rf "$out/interposer" # the packages are what is kept
ls "$out"/*.deb
for p in interposer interposer-helper blkinterposer-dkms; do
	ls "$out/${p}_"*.deb >/dev/null 2>&1 || { echo "no package $p was built" >&2; exit 1; }
done
# Errors fail; warnings and notes are shown. Run as root, lintian says so.
status=0
lintian --fail-on error --tag-display-limit 0 -I "$out"/*.changes >"$out/lintian.log" 2>&1 || status=$?
grep -v 'root privileges' "$out/lintian.log" || true
[ "$status" = 0 ] || { echo "lintian reports errors (exit $status)" >&2; exit 1; }
echo "lintian: no errors"
