#!/bin/bash
# The ioctl fuzz test (issue 16): tests/tools/blkinterposer-fuzz issues
# random commands, sizes, reserved fields, bad pointers and device numbers
# against /dev/blkinterposer, interleaved with valid sessions (bypass,
# dm-linear, attach, detach) on a mounted ext4 partition, a second
# partition under a dm-linear, a loop device and that dm-linear, while the
# workload (fio, crc32c-verified) writes to the mounted filesystem.
# Afterwards: the fuzzer's oracles all held, nothing is attached and no
# bypass is left (LIST and sysfs), the workload's data verifies, the
# filesystem is writable, not frozen and consistent, the module unloads,
# and the kernel log has no splat.
#   ioctl-fuzz.sh [SEED [ITERATIONS [SECONDS]]]
# SEED decides every call of the fuzzer's first phase (ITERATIONS of them,
# one process); SECONDS only caps the run (the fuzzer says if it cut a
# phase short). The fuzzer's command line is printed: a failure of phase 1
# comes back with the same seed, in this scenario, on the same kernel.
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
seed=${1:-1}
iterations=${2:-10000}
seconds=${3:-120}
FUZZ=$INTERPOSER_BUILD_DIR/tests/guest/blkinterposer-fuzz
[ -x "$FUZZ" ] || fail "$FUZZ is not built"

step "devices: ext4 on a partition (mounted), a partition under dm-linear, a loop device"
disk=$(vm_disk 0)
# 96 MiB for the filesystem, 32 MiB for the dm-linear: the mounted partition
# is the largest device that can be an original (the fuzzer's safety rule).
printf 'label: gpt\nstart=2048, size=196608, type=L\nstart=198656, size=65536, type=L\n' |
	sfdisk --quiet "$disk" >/dev/null || fail "sfdisk could not partition $disk"
p1=${disk}1 p2=${disk}2
[[ $disk =~ [0-9]$ ]] && p1=${disk}p1 p2=${disk}p2
{ [ -b "$p1" ] && [ -b "$p2" ]; } || fail "the partitions of $disk did not appear"
mkfs.ext4 -q -F "$p1"
mkdir -p /mnt/fz
mount "$p1" /mnt/fz
modprobe -a dm-mod loop
dmsetup create fz-lin --table "0 $(blockdev --getsz "$p2") linear $p2 0"
truncate -s 16M /tmp/fz-loop.img
loopdev=$(losetup --find --show /tmp/fz-loop.img)
# Loaded before any I/O starts (see setup_busy_fs in lib.sh).
load_module

step "the workload writes and verifies files on the mounted filesystem"
start_workload /mnt/fz

# A random device number makes the kernel run modprobe for block-major-N
# (BLOCK_LEGACY_AUTOLOAD): slow under emulation, and it would load drivers
# (floppy, brd, md) the test has not asked for. Everything is loaded now.
modprobe_path=$(cat /proc/sys/kernel/modprobe)
echo >/proc/sys/kernel/modprobe
[ -z "$(cat /proc/sys/kernel/modprobe)" ] || fail "cannot switch module autoloading off"

fuzz=("$FUZZ" --seed "$seed" --iterations "$iterations" --seconds "$seconds"
	--workers 2 --concurrent-iterations $((iterations / 2)) --nocap-iterations 1000
	--protect "$p1" --original "$p1" --original "$p2" --original "$loopdev"
	--original /dev/mapper/fz-lin --scratch "$loopdev" --scratch "$p2"
	--resizable "$loopdev")
step "fuzz, seed $seed: ${fuzz[*]}"
started=$SECONDS
status=0
"${fuzz[@]}" || status=$?
echo "the fuzzer took $((SECONDS - started)) s"
echo "$modprobe_path" >/proc/sys/kernel/modprobe
[ "$status" = 0 ] || fail "the fuzzer failed (status $status; seed $seed, see FUZZ FAILURE above)"

step "nothing attached, no bypass left"
[ -z "$(ctl list)" ] || fail "LIST still names: $(ctl list)"
assert_module_empty

step "the workload's data verifies; the filesystem is writable, not frozen, consistent"
stop_workload
verify_workload_files
timeout 30 sh -c 'echo after > /mnt/fz/after-fuzz && sync -f /mnt/fz/after-fuzz' ||
	fail "/mnt/fz cannot be written after the fuzz (frozen?)"
# FIFREEZE fails with EBUSY on a filesystem that is frozen already.
fsfreeze --freeze /mnt/fz || fail "/mnt/fz is frozen after the fuzz"
fsfreeze --unfreeze /mnt/fz
umount /mnt/fz
check_fs ext4 "$p1"

step "the module unloads: it holds no reference"
dmsetup remove fz-lin
losetup -d "$loopdev"
rmmod blkinterposer || fail "rmmod blkinterposer failed: $(cat /sys/module/blkinterposer/refcnt 2>/dev/null) references"

step "the kernel log is clean"
# The harness fails on BUG, WARNING, Oops, general protection faults and
# hung tasks; this adds what a refcount, list, lock or memory checker (when
# the kernel has one), the filesystem and the block layer print (I/O
# errors of the test disk: those of the loop device, resized under its
# users, are expected).
if dmesg | grep -E "KASAN|UBSAN|refcount_t|lockdep|circular locking|list_(add|del) corruption|soft lockup|rcu.*stall|EXT4-fs error|I/O error, dev ${disk##*/},|Buffer I/O error on dev ${disk##*/}|Call Trace|BUG:|WARNING:|Oops"; then
	fail "the kernel log shows the lines above"
fi
echo "ioctl fuzz, seed $seed: clean"
