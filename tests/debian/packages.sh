#!/bin/bash
# The Debian packages in a guest with the system bus, udevd and polkitd and
# no Interposer: dpkg -i builds the module through DKMS and loads it; an
# attach and a detach work through D-Bus activation of the installed
# helper, from the packages' files only (the build tree is not used);
# removing the module's package is refused while a device is interposed;
# purging all four leaves none of their files and the module unloaded.
#   packages.sh DIR   DIR has the .deb files (debian/packages made them)
# INTERPOSER_DKMS_KERNELS (default: the running kernel): the kernels whose
# headers the guest has, for each of which DKMS must have built and
# installed the module (a Debian 13 guest has its own and the backports
# kernel).
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
debs=$1
packages=(interposer interposerctl interposer-helper blkinterposer-dkms)

PART=$(partition_disk "$(vm_disk 0)")
make_fs ext4 "$PART"
mkdir -p /mnt/orig && mount "$PART" /mnt/orig
modprobe -a dm-mod dm-delay dm-snapshot dm-flakey loop
start_system_daemons
for p in "${packages[@]}"; do
	! dpkg-query -W "$p" >/dev/null 2>&1 || fail "$p is installed before the test"
done
[ ! -e /usr/bin/interposerctl ] || fail "interposerctl is on the machine before the test"

step "dpkg -i the four packages"
skip_manual_page_index
files=()
for p in "${packages[@]}"; do
	files+=("$(ls "$debs/${p}_"*.deb)")
done
dpkg -i "${files[@]}" || fail "dpkg -i failed"
for p in "${packages[@]}"; do
	[ "$(dpkg-query -W -f='${Status}' "$p")" = "install ok installed" ] || fail "$p is not installed"
done
[ -c /dev/blkinterposer ] || fail "the package did not load the module"
modinfo -n blkinterposer | grep -q "/updates/dkms/" || fail "blkinterposer is not DKMS's: $(modinfo -n blkinterposer)"
dkms status -m blkinterposer | tee /tmp/dkms-status
for kernel in ${INTERPOSER_DKMS_KERNELS:-$VM_KERNEL}; do
	grep -q "^blkinterposer/[^,]*, $kernel, [^:]*: installed" /tmp/dkms-status ||
		fail "DKMS did not build and install the module for $kernel"
	ls "/lib/modules/$kernel/updates/dkms/blkinterposer.ko"* >/dev/null ||
		fail "the module DKMS built for $kernel is not in /lib/modules/$kernel/updates/dkms"
done
dpkg -L "${packages[@]}" | sort -u >/tmp/package-files

step "attach and detach through the installed helper"
! has_owner org.interposer.Helper1 || fail "the helper runs before anyone called it"
interposerctl attach "$PART" --delay 5 || fail "attach failed"
has_owner org.interposer.Helper1 || fail "the helper was not activated"
helper=$(readlink -f "/proc/$(pgrep -x interposer-help)/exe")
[ "$helper" = /usr/libexec/interposer/interposer-helper ] || fail "the helper runs from $helper"
dpkg -S "$helper" | grep -q '^interposer-helper:' || fail "$helper is not the package's"
[ -n "$(cat /sys/class/misc/blkinterposer/mappings)" ] || fail "nothing attached"
echo data >/mnt/orig/written-while-attached && sync

step "removing blkinterposer-dkms is refused while $PART is interposed"
if out=$(dpkg -r blkinterposer-dkms 2>&1); then
	fail "blkinterposer-dkms was removed with a device interposed: $out"
fi
echo "$out" | grep -q "devices are interposed" || fail "no reason given: $out"
echo "refused as expected: $(echo "$out" | grep "devices are interposed")"
# dpkg marks the package as wanted removed, and leaves it installed.
[ "$(dpkg-query -W -f='${db:Status-Status}' blkinterposer-dkms)" = installed ] ||
	fail "the refused removal left blkinterposer-dkms as: $(dpkg-query -W -f='${Status}' blkinterposer-dkms)"
[ -n "$(dkms status -m blkinterposer)" ] || fail "the refused removal removed the module from DKMS"
[ -n "$(cat /sys/class/misc/blkinterposer/mappings)" ] || fail "the refused removal detached"

interposerctl detach "$PART" || fail "detach failed"
assert_module_empty

step "dpkg --purge the four packages"
pkill -x interposer-help || true
wait_until 30 "the idle helper to end" sh -c '! pgrep -x interposer-help >/dev/null'
dpkg --purge "${packages[@]}" || fail "dpkg --purge failed"
[ ! -e /sys/module/blkinterposer ] || fail "the module is still loaded"
left=$(while read -r f; do [ ! -f "$f" ] || echo "$f"; done </tmp/package-files)
[ -z "$left" ] || fail "files left after the purge: $left"
# The helper made /var/lib/interposer/stores when it started; purged, empty.
[ ! -e /var/lib/interposer ] || fail "the purge left /var/lib/interposer: $(find /var/lib/interposer)"
! ls /lib/modules/*/updates/dkms/blkinterposer.ko* 2>/dev/null || fail "DKMS left the module behind"
[ "$(cat /mnt/orig/written-while-attached)" = data ] || fail "the file written while attached is gone"
umount /mnt/orig
check_fs ext4 "$PART"
