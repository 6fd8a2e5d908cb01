#!/usr/bin/env bash
# debian/packages: dpkg-buildpackage -b -us -uc in a copy of the source tree
# (the files git tracks or would track), then lintian, which must report
# no error. The packages are left in OUT for vm/packages.
#   build-packages.sh SOURCE OUT [ROOT]
# ROOT: build and check them inside that Debian build root (another
# release's compiler, Qt, debhelper and lintian), which must be root's.
set -euo pipefail
src=$1 out=$2 root=${3:-}
# in_release CMD...: CMD on this machine, or in ROOT with OUT bound there.
in_release() {
	if [ -n "$root" ]; then
		"$src/tools/bootstrap.d/in-root" "$root" --bind "$out" "$@"
	else
		# As in-root does: untranslated output (appstreamcli's verdict).
		LC_ALL=C.UTF-8 "$@"
	fi
}
if [ -n "$root" ]; then
	[ -x "$root/usr/bin/dpkg-buildpackage" ] && [ -x "$root/usr/bin/lintian" ] ||
		{ echo "dpkg-buildpackage or lintian missing in $root: run tools/bootstrap.d/debian-root trixie --userland" >&2; exit 1; }
else
	command -v dpkg-buildpackage >/dev/null && command -v lintian >/dev/null ||
		{ echo "dpkg-buildpackage or lintian missing: run tools/bootstrap" >&2; exit 1; }
fi
git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
	{ echo "$src is not a git checkout: the package is built from the files git tracks" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/interposer"
git -C "$src" ls-files -co --exclude-standard -z | (cd "$src" && cpio -0 -pdm --quiet "$out/interposer")
in_release sh -c 'cd "$1" && dpkg-buildpackage -b -us -uc' build "$out/interposer" >"$out/build.log" 2>&1 || {
	tail -40 "$out/build.log"
	echo "dpkg-buildpackage failed: $out/build.log" >&2
	exit 1
}
rm -rf "$out/interposer" # the packages are what is kept
ls "$out"/*.deb
for p in interposer interposerctl interposer-helper blkinterposer-dkms; do
	ls "$out/${p}_"*.deb >/dev/null 2>&1 || { echo "no package $p was built" >&2; exit 1; }
done
# A server without a desktop installs interposerctl without Qt's widgets,
# charts or SVG, and without the window.
ctl_depends=$(dpkg-deb -f "$(ls "$out"/interposerctl_*.deb)" Depends)
! grep -qiE 'widgets|charts|svg|libgl|interposer \(' <<<"$ctl_depends" ||
	{ echo "interposerctl depends on the desktop's libraries: $ctl_depends" >&2; exit 1; }
! dpkg-deb -c "$(ls "$out"/interposer_*.deb)" | grep -q 'interposerctl' ||
	{ echo "the interposer package still has interposerctl" >&2; exit 1; }
echo "interposerctl: its own package, depending on: $ctl_depends"
# Errors fail; warnings and notes are shown. Run as root, lintian says so.
status=0
changes=$(ls "$out"/*.changes)
in_release lintian --fail-on error --tag-display-limit 0 -I "$changes" >"$out/lintian.log" 2>&1 || status=$?
grep -v 'root privileges' "$out/lintian.log" || true
[ "$status" = 0 ] || { echo "lintian reports errors (exit $status)" >&2; exit 1; }
echo "lintian: no errors"

# The packaged metainfo, for the release's own appstreamcli: not a word
# but the verdict (as install/desktop for the build: each release's
# AppStream names the developer its own way, app/gui/data/CMakeLists.txt).
# ($out was emptied at the start.)
dpkg-deb -x "$(ls "$out"/interposer_*.deb)" "$out/unpacked"
metainfo=$out/unpacked/usr/share/metainfo/org.interposer.Interposer.metainfo.xml
[ -f "$metainfo" ] || { echo "the interposer package has no metainfo" >&2; exit 1; }
appstream=$(in_release appstreamcli --version)
check=$(in_release appstreamcli validate --no-net "$metainfo" 2>&1) ||
	{ echo "$check"; echo "appstreamcli: the packaged metainfo is not valid" >&2; exit 1; }
complaints=$(grep -vE '^$|^(✔ )?Validation was successful' <<<"$check" || true)
rm -rf "$out/unpacked"
[ -z "$complaints" ] || { echo "$complaints"; echo "$appstream complains about the packaged metainfo" >&2; exit 1; }
echo "metainfo: valid for $appstream"
