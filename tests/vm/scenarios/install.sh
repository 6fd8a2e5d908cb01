#!/bin/bash
# tools/install and tools/uninstall on a machine with the system bus,
# udevd and polkitd running and no Interposer: the install builds the
# module through DKMS and loads it, an attach works through D-Bus
# activation of the installed helper, uninstall refuses (and removes
# nothing) while the session is active, and after a detach it removes
# everything: the machine's files are the same before and after, by name.
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"

PART=$(partition_disk "$(vm_disk 0)")
make_fs ext4 "$PART"
mkdir -p /mnt/orig && mount "$PART" /mnt/orig
modprobe -a dm-mod dm-delay dm-snapshot dm-flakey loop
start_system_daemons

# Every name on the root filesystem but the scratch places, and the
# kernel trees that nothing writes into (pruned for speed: 9p is slow).
machine_files() {
	find / -xdev \( -path /tmp -o -path /var/tmp -o -path /root -o -path /results \
		-o -path '/usr/src/linux-*' -o -path '/usr/lib/modules/*/kernel' \) -prune -o -print | sort
}
machine_files >/tmp/files-before
echo "before: $(wc -l </tmp/files-before) names"

step "tools/install from the test build"
"$INTERPOSER_SOURCE_DIR/tools/install" --build-dir "$INTERPOSER_BUILD_DIR" || fail "tools/install failed"
[ -c /dev/blkinterposer ] || fail "the module is not loaded"
modinfo -n blkinterposer | grep -q "/updates/dkms/" || fail "blkinterposer is not DKMS's: $(modinfo -n blkinterposer)"
[ "$(cat /usr/lib/modules-load.d/blkinterposer.conf)" = blkinterposer ] || fail "not loaded at boot"
machine_files >/tmp/files-installed
comm -13 /tmp/files-before /tmp/files-installed >/tmp/files-added
echo "installed: $(wc -l </tmp/files-added) new names, e.g.:"
grep -E 'interposer-helper$|blkinterposer.ko|/interposerctl$' /tmp/files-added | sed 's/^/  /'

step "an attach through D-Bus activation of the installed helper"
interposerctl attach "$PART" --linear || fail "attach failed"
has_owner org.interposer.Helper1 || fail "the helper was not activated"
[ -n "$(cat /sys/class/misc/blkinterposer/mappings)" ] || fail "nothing attached"
echo data >/mnt/orig/written-while-attached && sync

step "tools/uninstall refuses while $PART is interposed, and removes nothing"
if out=$("$INTERPOSER_SOURCE_DIR/tools/uninstall" 2>&1); then
	fail "uninstall went ahead with a session active: $out"
fi
echo "$out"
grep -q "devices are interposed" <<<"$out" || fail "no reason given: $out"
grep -q "interposer-" <<<"$out" || fail "the interposed device is not named: $out"
machine_files | cmp -s - /tmp/files-installed || fail "the refused uninstall changed files: $(machine_files | diff /tmp/files-installed - | head)"
[ -n "$(cat /sys/class/misc/blkinterposer/mappings)" ] || fail "the refused uninstall detached"

step "detach, then tools/uninstall"
interposerctl detach "$PART" || fail "detach failed"
"$INTERPOSER_SOURCE_DIR/tools/uninstall" || fail "tools/uninstall failed"
[ ! -e /sys/module/blkinterposer ] || fail "the module is still loaded"
! pgrep -x interposer-help >/dev/null || fail "the helper still runs"
machine_files >/tmp/files-after
if ! diff /tmp/files-before /tmp/files-after >/tmp/files-diff; then
	cat /tmp/files-diff
	fail "uninstall left the machine different from before ($(grep -c '^[<>]' /tmp/files-diff) names)"
fi
echo "after: $(wc -l </tmp/files-after) names, the same as before"
[ "$(cat /mnt/orig/written-while-attached)" = data ] || fail "the file written while attached is gone"
umount /mnt/orig
check_fs ext4 "$PART"
