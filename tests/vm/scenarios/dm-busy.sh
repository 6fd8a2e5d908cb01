#!/bin/bash
# The problem Interposer solves (DESIGN.md §1): device-mapper cannot put a
# table over a mounted partition, because it opens table devices
# exclusively and the filesystem already holds the partition. After
# unmounting, the same table loads and shows the same data.
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"

disk=$(vm_disk 0)
modprobe dm-mod

step "partition $disk, make ext4, mount it, write files"
part=$(partition_disk "$disk")
sectors=$(blockdev --getsz "$part")
mkfs.ext4 -q -F "$part"
mkdir -p /mnt/orig
mount "$part" /mnt/orig
write_files /mnt/orig/data 16
sync

step "dmsetup create linear over the mounted $part must fail with EBUSY"
if err=$(dmsetup create busy-probe --table "0 $sectors linear $part 0" 2>&1); then
	fail "dmsetup create over mounted $part succeeded: $err"
fi
echo "$err"
grep -q "Device or resource busy" <<<"$err" || fail "the error is not EBUSY: $err"
dmesg | grep -q "linear: Device lookup failed" ||
	fail "the kernel log does not show the linear target's lookup failure"
! dmsetup info busy-probe >/dev/null 2>&1 || fail "a failed create left busy-probe behind"
check_files /mnt/orig/data /mnt/orig/data.sums

step "after umount the same table loads and shows the same files"
cp /mnt/orig/data.sums /tmp/data.sums
umount /mnt/orig
dmsetup create busy-probe --table "0 $sectors linear $part 0"
mkdir -p /mnt/dm
mount -o ro /dev/mapper/busy-probe /mnt/dm
check_files /mnt/dm/data /tmp/data.sums
umount /mnt/dm
dmsetup remove busy-probe
e2fsck -fn "$part" >/dev/null || fail "e2fsck -n reports problems on $part"
echo "dm-busy: EBUSY while mounted, works after umount, data intact"
