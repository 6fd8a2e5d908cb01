#!/bin/bash
# A kernel booted with bdev_allow_write_mounted=0 (6.8 and later) lets
# nothing open a mounted block device for writing, so no bypass can be made
# for a mounted original: BYPASS_CREATE is refused with EBUSY, the kernel
# log says why, and nothing is left behind. Unmounted, it works.
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"

grep -qw bdev_allow_write_mounted=0 /proc/cmdline ||
	fail "booted without bdev_allow_write_mounted=0: $(cat /proc/cmdline)"
PART=$(partition_disk "$(vm_disk 0)")
make_fs ext4 "$PART"
mkdir -p /mnt/orig
mount "$PART" /mnt/orig
load_module

step "BYPASS_CREATE for the mounted $PART"
expect_errno EBUSY "$CTL" bypass-create "$PART"
dmesg | grep "blkinterposer: cannot write to .* while it is mounted: this kernel forbids writing to mounted block devices" ||
	fail "the kernel log does not say why the bypass was refused"
assert_module_empty

step "unmounted, the same call works"
umount /mnt/orig
ctl bypass-create "$PART"
ctl bypass-destroy "$PART"
assert_module_empty
rmmod blkinterposer
echo "write-mounted: refused with the reason while mounted, made once unmounted"
