#!/bin/bash
# Scenario 7: the original's disk is hot-unplugged (QEMU device_del) while
# interposed and under I/O. No oops (the harness checks the kernel log);
# the module tears the mapping down by itself, says so with a uevent, keeps
# the bypass (marked gone) until userspace destroys it, and later ioctls
# naming the original fail cleanly.
#   removal.sh ext4|xfs
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1

setup_busy_fs "$fs"
devnum=$(printf '%d:%d' "$(stat -c '0x%t' "$PART")" "$(stat -c '0x%T' "$PART")")
udevadm monitor --kernel --property --subsystem-match=misc >/tmp/uevents 2>&1 &
monitor=$!
interpose ip-rm "linear @BYPASS@ 0"
wait_workload_rounds 1

step "hot-unplug the disk under $PART ($devnum) while fio writes"
host_request device_del vdisk0
wait_until 60 "the disk to go" test ! -e "/sys/class/block/$(basename "$PART")"
wait_until 30 "the module to detach by itself" sh -c "! grep -q attached $MAPPINGS"
cat "$MAPPINGS"
grep -q "^$devnum .*state=bypass,gone" "$MAPPINGS" || fail "the bypass is not marked gone"
wait_until 10 "the uevent" grep -q "BLKINTERPOSER_EVENT=original-gone" /tmp/uevents
grep -q "BLKINTERPOSER_ORIGINAL=$devnum" /tmp/uevents || fail "the uevent does not name $devnum"
grep BLKINTERPOSER /tmp/uevents

step "later commands on the gone original fail cleanly"
expect_errno ENOENT "$CTL" detach "$devnum"
expect_errno ENXIO "$CTL" attach "$devnum" /dev/mapper/ip-rm
expect_errno ENXIO "$CTL" freeze-thaw "$devnum"

step "userspace cleans up"
# The workload's I/O fails now, as it must on a removed disk.
kill "$WORKLOAD_PID" 2>/dev/null || true
wait "$WORKLOAD_PID" 2>/dev/null || true
trap - EXIT
kill "$monitor"
umount /mnt/orig
dmsetup remove ip-rm
ctl bypass-destroy "$devnum"
assert_module_empty
rmmod blkinterposer
echo "removal on $fs: torn down from the kernel side, uevent sent, no oops"
