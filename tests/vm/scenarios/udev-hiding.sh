#!/bin/bash
# The shipped udev rule (kmod/60-blkinterposer.rules) under the real udevd:
# a bypass of a mounted ext4 is hidden from udisks and systemd, is not
# probed, and does not take the original's /dev/disk/by-uuid link.
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"

cp "$INTERPOSER_SOURCE_DIR/kmod/60-blkinterposer.rules" /etc/udev/rules.d/
# Partitioned before udevd runs: udevd re-reads a whole disk's partition
# table when a writer closes it (BLKRRPART), and the new partition went
# and came back under partition_disk's check once ("partition /dev/vda1
# did not appear", on a loaded machine). The "add" trigger shows udevd
# the partition.
disk=$(vm_disk 0)
PART=$(partition_disk "$disk")
start_udevd
udevadm trigger --action=add
udev_settle
unset DM_DISABLE_UDEV

make_fs ext4 "$PART"
# udevd learns of the new filesystem from its inotify watch on the closed
# device, which "settle" alone can outrun (seen once: no by-uuid link yet).
# An explicit change event, then settle, has it probed for sure.
udevadm trigger --action=change "$PART"
udev_settle
uuid=$(blkid -s UUID -o value "$PART")
[ "$(readlink -f "/dev/disk/by-uuid/$uuid")" = "$PART" ] ||
	fail "before any bypass, /dev/disk/by-uuid/$uuid does not point to $PART"
mkdir -p /mnt/orig
mount "$PART" /mnt/orig
load_module

step "a bypass of the mounted $PART, with udevd running"
bypass=$(ctl bypass-create "$PART" | cut -d' ' -f1)
udev_settle
props=$(udevadm info --query=property "$bypass")
echo "$props"
for want in UDISKS_IGNORE=1 UDISKS_AUTO=0 SYSTEMD_READY=0 \
	UDEV_DISABLE_PERSISTENT_STORAGE_RULES_FLAG=1; do
	grep -qx "$want" <<<"$props" || fail "$bypass lacks $want"
done
! grep -q '^ID_FS_' <<<"$props" || fail "udev probed the filesystem on $bypass"
link=$(readlink -f "/dev/disk/by-uuid/$uuid" || true)
[ "$link" = "$PART" ] || fail "/dev/disk/by-uuid/$uuid points to $link, not $PART"
! ls -l /dev/disk/by-*/ | grep -q ipbypass || fail "a /dev/disk link names the bypass"
echo "by-uuid/$uuid -> $link; the bypass has no links and is ignored"

ctl bypass-destroy "$PART"
assert_module_empty
umount /mnt/orig
rmmod blkinterposer
udevadm control --exit
