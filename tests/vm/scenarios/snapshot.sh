#!/bin/bash
# Scenario 3: a point-in-time snapshot of a mounted, busy filesystem.
# snapshot-origin over the bypass is attached; then, with the filesystem
# frozen through the module, the snapshot (COW on a second disk) is created;
# thaw; writes go on, new files and files rewritten in place by writes over
# many chunks. The origin is suspended around the snapshot's creation:
# snapshot-origin learns at its resume the chunk size at which it splits
# writes, and copies only a write's first chunk until then. (The helper
# makes the snapshot before its origin instead: docs/helper.md.) The snapshot,
# mounted read-only, has every file written before the freeze with its old
# checksum and none written after; fsck of it is clean; after teardown the
# original has the new content.
#   snapshot.sh ext4|xfs
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1

setup_busy_fs "$fs"
cow=$(vm_disk 1)

step "attach snapshot-origin"
interpose ip-origin "snapshot-origin @BYPASS@"
write_files /mnt/orig/before 12
cp /mnt/orig/before.sums /tmp/before.sums

step "freeze, create the snapshot on $cow, thaw: while fio writes"
sectors=$(blockdev --getsz "$PART")
ctl freeze-run "$PART" sh -c "dmsetup suspend ip-origin && \
	dmsetup create ip-snap --table '0 $sectors snapshot $BYPASS $cow P 8' && dmsetup resume ip-origin"
write_files /mnt/orig/after 6
overwrite_files /mnt/orig/before
oracle_in_session snapshot-origin
wait_workload_rounds 1
dmsetup status ip-snap

step "the snapshot holds the files of the instant, and only those"
mkdir -p /mnt/snap
if [ "$fs" = xfs ]; then
	# Same UUID as the mounted original: XFS must be told.
	mount -o ro,nouuid,norecovery /dev/mapper/ip-snap /mnt/snap
else
	mount -o ro,noload /dev/mapper/ip-snap /mnt/snap
fi
check_files /mnt/snap/before /tmp/before.sums
[ ! -e /mnt/snap/after ] || fail "the snapshot has files written after the freeze"
umount /mnt/snap
if [ "$fs" = xfs ]; then
	# A frozen XFS has its log covered but not unmounted: a snapshot of
	# it needs log recovery before xfs_repair (as for LVM snapshots).
	# The snapshot is writable; recovery writes go to the COW store.
	mount -o nouuid /dev/mapper/ip-snap /mnt/snap
	umount /mnt/snap
fi
check_fs "$fs" /dev/mapper/ip-snap

step "tear down: snapshot, detach, origin, bypass"
dmsetup remove ip-snap
release ip-origin
drop_bypass
assert_module_empty
oracle_after_detach snapshot-origin
check_files /mnt/orig/before /mnt/orig/before.sums
check_files /mnt/orig/after /mnt/orig/after.sums

teardown_busy_fs "$fs"
rmmod blkinterposer
echo "snapshot on $fs: the frozen instant, complete and consistent"
