#!/bin/bash
# Scenario 7: the original's disk is hot-unplugged (QEMU device_del) while
# interposed and under I/O. No oops (the harness checks the kernel log);
# the module tears the mapping down by itself, lets go of the interposer,
# then says so with a uevent (device-mapper removes the interposer at once
# then), keeps the bypass (marked gone) until userspace destroys it, and
# later ioctls naming the original fail cleanly.
#   removal.sh ext4|xfs
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1

setup_busy_fs "$fs"
step "first a session that ends normally: the position oracle's files"
interpose ip-rm "linear @BYPASS@ 0"
oracle_in_session removal
release ip-rm
oracle_after_detach removal
ORACLE_TAGS=() # the disk goes below: nothing to read back then

devnum=$(printf '%d:%d' "$(stat -c '0x%t' "$PART")" "$(stat -c '0x%T' "$PART")")
udevadm monitor --kernel --property --subsystem-match=misc >/tmp/uevents 2>&1 &
monitor=$!
interpose ip-rm "linear @BYPASS@ 0"
interposer=$(dmsetup info -c --noheadings -o major,minor ip-rm | tr -d ' ')
wait_workload_rounds 1
# The order of two things in the kernel: the interposer's last close
# (device-mapper's dm_blk_close) and the module's uevent. Userspace that
# hears the uevent must find the interposer free to remove.
tracing=/sys/kernel/tracing
echo dm_blk_close ip_ctl_uevent_gone >"$tracing/set_ftrace_filter"
echo function >"$tracing/current_tracer"
echo >"$tracing/trace"

step "hot-unplug the disk under $PART ($devnum) while fio writes"
host_request device_del vdisk0
wait_until 60 "the disk to go" test ! -e "/sys/class/block/$(basename "$PART")"
wait_until 30 "the module to detach by itself" sh -c "! grep -q attached $MAPPINGS"
cat "$MAPPINGS"
grep -q "^$devnum .*state=bypass,gone" "$MAPPINGS" || fail "the bypass is not marked gone"
wait_until 10 "the uevent" grep -q "BLKINTERPOSER_EVENT=original-gone" /tmp/uevents
grep -q "BLKINTERPOSER_ORIGINAL=$devnum" /tmp/uevents || fail "the uevent does not name $devnum"
grep BLKINTERPOSER /tmp/uevents
# Now, as a program that hears the uevent would: no retry, no wait.
dmsetup remove ip-rm || fail "the interposer could not be removed right after the uevent"
grep -E "dm_blk_close|ip_ctl_uevent_gone" "$tracing/trace" >/tmp/order || true
echo nop >"$tracing/current_tracer" # which empties the trace
cat /tmp/order
[ "$(grep -m1 -oE "dm_blk_close|ip_ctl_uevent_gone" /tmp/order)" = dm_blk_close ] ||
	fail "the uevent came before the module let go of the interposer"

step "later commands on the gone original fail cleanly"
expect_errno ENOENT "$CTL" detach "$devnum"
expect_errno ENXIO "$CTL" attach "$devnum" "$interposer"
expect_errno ENXIO "$CTL" freeze-thaw "$devnum"

step "userspace cleans up"
# The workload's I/O fails now, as it must on a removed disk.
kill "$WORKLOAD_PID" 2>/dev/null || true
wait "$WORKLOAD_PID" 2>/dev/null || true
trap - EXIT
kill "$monitor"
umount /mnt/orig
ctl bypass-destroy "$devnum"
assert_module_empty
rmmod blkinterposer
echo "removal on $fs: torn down from the kernel side, uevent sent, no oops"
