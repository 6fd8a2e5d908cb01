#!/bin/bash
# Scenario 1: a mounted, busy filesystem goes under dm-linear and back.
# The interposer's own I/O counters prove the bios flow through it; after
# detach they stop; the position oracle finds its files where they belong
# on the raw disk, and whole after a remount; fio's verify and fsck prove
# nothing was lost.
#   linear.sh ext4|xfs
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1

setup_busy_fs "$fs"

step "bypass + dm-linear over it + attach, under the workload"
bypass=$(ctl bypass-create "$PART" | cut -d' ' -f1)
sectors=$(blockdev --getsz "$PART")
dmsetup create ip-linear --table "0 $sectors linear $bypass 0"
dm=$(dm_kname ip-linear)
before=$(completed_ios "$dm")
ctl attach "$PART" /dev/mapper/ip-linear
cat "$MAPPINGS"

step "the workload's I/O now flows through $dm"
wait_workload_rounds 2
during=$(completed_ios "$dm")
echo "$dm completed $((during - before)) I/Os while attached"
[ $((during - before)) -ge 1000 ] || fail "only $((during - before)) I/Os went through $dm"
redirected=$(sed -n 's/.*redirected=\([0-9]*\).*/\1/p' "$MAPPINGS")
[ "$redirected" -ge 1000 ] || fail "the module counted only $redirected redirected bios"

step "the position oracle's files, written through $dm"
oracle_in_session linear

step "an RWF_NOWAIT read of the attached $PART may say EAGAIN, never fail"
# io_uring and preadv2(RWF_NOWAIT) send REQ_NOWAIT bios, which device-mapper
# may not support; the module must answer "would block", not "unsupported".
python3 - "$PART" <<'PY' || fail "an RWF_NOWAIT read of the attached original failed"
import errno, mmap, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_DIRECT)
buf = mmap.mmap(-1, 4096)
try:
    os.preadv(fd, [buf], 0, os.RWF_NOWAIT)
    print("RWF_NOWAIT read: done")
except OSError as e:
    print(f"RWF_NOWAIT read: {errno.errorcode[e.errno]}")
    sys.exit(0 if e.errno == errno.EAGAIN else 1)
PY

step "detach: the I/O goes straight to $PART again"
ctl detach "$PART"
after_detach=$(completed_ios "$dm")
wait_workload_rounds 2
[ "$(completed_ios "$dm")" = "$after_detach" ] || fail "$dm still sees I/O after detach"
oracle_after_detach linear
dmsetup remove ip-linear
ctl bypass-destroy "$PART"
assert_module_empty

teardown_busy_fs "$fs"
rmmod blkinterposer
echo "linear on $fs: interposed, detached, nothing lost"
