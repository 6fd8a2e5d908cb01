#!/bin/bash
# `cmake --install` puts exactly the expected files in place, and the
# system files among them are valid for the programs that read them:
# systemd's unit (systemd-analyze verify: no warning at all), the D-Bus
# bus policy and activation file, the polkit policy, the manual pages.
#   check-install.sh BUILD_DIR
set -euo pipefail
build=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

DESTDIR=$root cmake --install "$build" >/dev/null
expected='/usr/bin/interposer
/usr/bin/interposerctl
/usr/lib/systemd/system/interposer-helper.service
/usr/lib/udev/rules.d/60-blkinterposer.rules
/usr/libexec/interposer/interposer-helper
/usr/share/applications/org.interposer.Interposer.desktop
/usr/share/dbus-1/interfaces/org.interposer.Helper1.xml
/usr/share/dbus-1/system-services/org.interposer.Helper1.service
/usr/share/dbus-1/system.d/org.interposer.Helper1.conf
/usr/share/doc/interposer/examples/50-interposer-kiosk.rules.example
/usr/share/doc/interposer/examples/kiosk.conf.example
/usr/share/doc/interposer/examples/org.interposer.Interposer.Kiosk.desktop
/usr/share/icons/hicolor/scalable/apps/org.interposer.Interposer.svg
/usr/share/man/man1/interposer.1
/usr/share/man/man1/interposerctl.1
/usr/share/man/man8/interposer-helper.8
/usr/share/metainfo/org.interposer.Interposer.metainfo.xml
/usr/share/polkit-1/actions/org.interposer.policy'
actual=$(cd "$root" && find . -type f | sed 's|^\.||' | sort)
[ "$actual" = "$expected" ] || fail "installed files differ from the expected list:
$(diff <(echo "$expected") <(echo "$actual"))"
echo "installed: $(wc -l <<<"$actual") files, as expected"

# The unit, with ExecStart pointing into the staging root (verify checks
# that the program exists); any message is a failure, warnings included.
unit=$tmp/interposer-helper.service
sed "s|^ExecStart=/usr|ExecStart=$root/usr|" "$root/usr/lib/systemd/system/interposer-helper.service" >"$unit"
out=$(systemd-analyze verify --man=no "$unit" 2>&1) || fail "systemd-analyze verify: $out"
[ -z "$out" ] || fail "systemd-analyze verify complains: $out"
grep -qx 'Type=dbus' "$unit" && grep -qx 'BusName=org.interposer.Helper1' "$unit" ||
	fail "the unit is not the bus name's service"
for setting in ProtectHome=yes PrivateTmp=yes NoNewPrivileges=yes; do
	grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
done
echo "systemd unit: verified, hardened"

activation=$root/usr/share/dbus-1/system-services/org.interposer.Helper1.service
grep -qx 'Name=org.interposer.Helper1' "$activation" || fail "activation file: wrong Name"
grep -qx 'User=root' "$activation" || fail "activation file: not User=root"
grep -qx 'Exec=/usr/libexec/interposer/interposer-helper' "$activation" || fail "activation file: wrong Exec"
grep -qx 'SystemdService=interposer-helper.service' "$activation" || fail "activation file: no SystemdService"
xmllint --noout "$root/usr/share/dbus-1/system.d/org.interposer.Helper1.conf" || fail "bus policy is not XML"
xmllint --noout --dtdvalid /usr/share/polkit-1/policyconfig-1.dtd \
	"$root/usr/share/polkit-1/actions/org.interposer.policy" || fail "polkit policy invalid"
echo "D-Bus and polkit files: valid"

# The manual pages: groff's every warning is a failure; each names the others.
for page in "$root"/usr/share/man/man*/*; do
	out=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1) || fail "groff: $page: $out"
	[ -z "$out" ] || fail "groff warns about $(basename "$page"): $out"
done
for page in interposer.1 interposerctl.1 interposer-helper.8; do
	for other in interposer.1 interposerctl.1 interposer-helper.8; do
		[ "$page" = "$other" ] && continue
		ref="${other%.*}"
		grep -qF ".BR ${ref//-/\\-} (${other##*.})" "$root"/usr/share/man/man*/"$page" ||
			fail "$page does not refer to $other"
	done
done
echo "manual pages: $(ls "$root"/usr/share/man/man*/* | wc -l), clean under groff -ww"
