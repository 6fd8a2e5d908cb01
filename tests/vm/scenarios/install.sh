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

# The names the guest added to (new) or took from (removed) the root
# filesystem, from the overlay's upper layer (tests/vm/initramfs-init), but
# in the scratch places and in the project's source and build trees: those
# are the user's working copy, not the machine's files (`cmake --install`
# writes its install_manifest.txt into the build tree, and the host's
# install tests may have written it there first, or not). A name that was
# there before and was changed counts as there, as it would on a real
# machine's listing.
machine_changes() {
	python3 - "/lib/modules/$VM_KERNEL" "$INTERPOSER_SOURCE_DIR" "$INTERPOSER_BUILD_DIR" <<'PY' | sort
import os, stat, sys
layers = [("/.vm-upper", "/.vm-lower", "/")]
if os.path.isdir("/.vm-kmods-upper"):
    # The kernel's modules, a share of their own (vmrun --lean-modules).
    layers.append(("/.vm-kmods-upper", "/.vm-kmods-lower", sys.argv[1] + "/"))
skip = {".vm-upper", ".vm-lower", ".vm-kmods-upper", ".vm-kmods-lower", "tmp", "var/tmp", "root", "results"}
skip |= {os.path.realpath(tree).lstrip("/") for tree in sys.argv[2:]}
for upper, lower, prefix in layers:
    for top, dirs, files in os.walk(upper):
        rel = os.path.relpath(top, upper)
        rel = "" if rel == "." else rel + "/"
        dirs[:] = [d for d in dirs if prefix != "/" or rel + d not in skip]
        for name in dirs + files:
            path = rel + name
            st = os.lstat(os.path.join(upper, path))
            if stat.S_ISCHR(st.st_mode) and st.st_rdev == 0:
                print("removed " + prefix + path)  # an overlayfs whiteout
            elif not os.path.lexists(os.path.join(lower, path)):
                print("new " + prefix + path)
PY
}
[ -d /.vm-upper ] && [ -d /.vm-lower/usr ] || fail "the guest offers no overlay layers (tests/vm/initramfs-init)"
machine_changes >/tmp/files-before
echo "before: $(wc -l </tmp/files-before) names changed by the guest's start"

step "tools/install from the test build"
"$INTERPOSER_SOURCE_DIR/tools/install" --build-dir "$INTERPOSER_BUILD_DIR" || fail "tools/install failed"
[ -c /dev/blkinterposer ] || fail "the module is not loaded"
modinfo -n blkinterposer | grep -q "/updates/dkms/" || fail "blkinterposer is not DKMS's: $(modinfo -n blkinterposer)"
[ "$(cat /usr/lib/modules-load.d/blkinterposer.conf)" = blkinterposer ] || fail "not loaded at boot"
machine_changes >/tmp/files-installed
comm -13 /tmp/files-before /tmp/files-installed >/tmp/files-added
echo "installed: $(wc -l </tmp/files-added) new names, e.g.:"
grep -E 'interposer-helper$|blkinterposer.ko|/interposerctl$' /tmp/files-added | sed 's/^/  /'
grep -q '^new /usr/libexec/interposer/interposer-helper$' /tmp/files-added ||
	fail "the listing of changes does not see the installed helper"

step "an attach through D-Bus activation of the installed helper"
interposerctl attach "$PART" --linear || fail "attach failed"
has_owner org.interposer.Helper1 || fail "the helper was not activated"
[ -n "$(cat /sys/class/misc/blkinterposer/mappings)" ] || fail "nothing attached"
echo data >/mnt/orig/written-while-attached && sync

step "tools/uninstall refuses while $PART is interposed, and removes nothing"
machine_changes >/tmp/files-attached
if out=$("$INTERPOSER_SOURCE_DIR/tools/uninstall" 2>&1); then
	fail "uninstall went ahead with a session active: $out"
fi
echo "$out"
grep -q "devices are interposed" <<<"$out" || fail "no reason given: $out"
grep -q "interposer-" <<<"$out" || fail "the interposed device is not named: $out"
machine_changes | cmp -s - /tmp/files-attached || fail "the refused uninstall changed files: $(machine_changes | diff /tmp/files-attached - | head)"
[ -n "$(cat /sys/class/misc/blkinterposer/mappings)" ] || fail "the refused uninstall detached"

step "detach, then tools/uninstall"
interposerctl detach "$PART" || fail "detach failed"
"$INTERPOSER_SOURCE_DIR/tools/uninstall" || fail "tools/uninstall failed"
[ ! -e /sys/module/blkinterposer ] || fail "the module is still loaded"
! pgrep -x interposer-help >/dev/null || fail "the helper still runs"
machine_changes >/tmp/files-after
if ! diff /tmp/files-before /tmp/files-after >/tmp/files-diff; then
	cat /tmp/files-diff
	fail "uninstall left the machine different from before ($(grep -c '^[<>]' /tmp/files-diff) names)"
fi
echo "after: $(wc -l </tmp/files-after) names changed, the same as before"
[ "$(cat /mnt/orig/written-while-attached)" = data ] || fail "the file written while attached is gone"
umount /mnt/orig
check_fs ext4 "$PART"
