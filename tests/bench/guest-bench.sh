#!/bin/bash
# The module's benchmark, inside one VM boot (see tests/bench/run). On a
# partition of a ram-backed disk (brd), fio 4k random reads and writes at
# queue depth 1 and 32, O_DIRECT, in four configurations:
#   a  the raw partition, module not loaded
#   b  the raw partition, module loaded (hook active, nothing interposed)
#   c  stock dm-linear over the (unmounted) partition
#   d  the partition interposed with dm-linear (through its bypass)
# and the stall: the longest latency of a QD1 O_DIRECT writer on a mounted
# ext4 across an attach and across a detach, next to the longest in a quiet
# window and across a bare FREEZE+THAW (which attach and detach each do).
# Prints ratios from this one run.
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
RUNTIME=${BENCH_RUNTIME:-3}
ROUNDS=${BENCH_ROUNDS:-3}

modprobe brd rd_nr=1 rd_size=$((768 * 1024)) max_part=4
modprobe -a dm-mod
PART=$(partition_disk /dev/ram0)
echo "kernel $(uname -r), $(nproc) CPUs (QEMU TCG), $PART on brd"
echo "$ROUNDS interleaved rounds of a, b, c, d; ${RUNTIME} s per job; medians"

declare -A iops
# run CONFIG DEVICE: the four fio jobs; appends IOPS to iops[CONFIG/job].
run() {
	local config=$1 dev=$2 rw qd out
	for rw in randread randwrite; do
		for qd in 1 32; do
			out=$(fio --name=bench --filename="$dev" --bs=4k --rw=$rw --direct=1 \
				--ioengine=libaio --iodepth=$qd --time_based --runtime="$RUNTIME" \
				--size=256M --output-format=json) || fail "fio $rw QD$qd on $dev failed"
			iops[$config/$rw-qd$qd]+=" $(python3 -c '
import json, sys
j = json.load(sys.stdin)["jobs"][0]
print(round(j["read"]["iops"] + j["write"]["iops"]))' <<<"$out")"
		done
	done
}

sectors=$(blockdev --getsz "$PART")
# Interleaved, so that whatever else the machine does hits every
# configuration alike; each round loads and unloads the module.
for ((round = 1; round <= ROUNDS; round++)); do
	run a "$PART"
	load_module
	run b "$PART"
	dmsetup create bench-plain --table "0 $sectors linear $PART 0"
	run c /dev/mapper/bench-plain
	dmsetup remove bench-plain
	interpose bench-interposed "linear @BYPASS@ 0"
	run d "$PART"
	release bench-interposed
	drop_bypass
	rmmod blkinterposer
	echo "round $round done"
done

echo
python3 - <<PY
import statistics
raw = {$(for k in "${!iops[@]}"; do printf '"%s": "%s", ' "$k" "${iops[$k]}"; done)}
med = {k: statistics.median(map(int, v.split())) for k, v in raw.items()}
print(f"{'job':16} {'a':>9} {'b':>9} {'c':>9} {'d':>9}   {'b/a':>6} {'d/a':>6} {'d/c':>6}   (IOPS, medians)")
for job in ("randread-qd1", "randwrite-qd1", "randread-qd32", "randwrite-qd32"):
    a, b, c, d = (med[f"{x}/{job}"] for x in "abcd")
    print(f"{job:16} {a:9.0f} {b:9.0f} {c:9.0f} {d:9.0f}   {b/a:6.3f} {d/a:6.3f} {d/c:6.3f}")
print("spread of a (max/min over rounds):",
      ", ".join(f"{job} {max(v)/min(v):.2f}" for job in ("randread-qd1", "randwrite-qd1", "randread-qd32", "randwrite-qd32")
                for v in [list(map(int, raw[f"a/{job}"].split()))]))
PY
echo "targets: b/a >= 0.99, d/a >= 0.95, d/c >= 0.98"

# ---- the stall ----------------------------------------------------------
load_module
make_fs ext4 "$PART"
mkdir -p /mnt/orig
mount "$PART" /mnt/orig
head -c 64M /dev/zero >/mnt/orig/stall
sync
python3 - /mnt/orig/stall /tmp/stall.log <<'PY' &
import mmap, os, sys, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_DIRECT)
buf = mmap.mmap(-1, 4096)
log = open(sys.argv[2], "w")
off = 0
end = time.time() + 14
while (t := time.time()) < end:
    t0 = time.perf_counter()
    os.pwrite(fd, buf, off)
    log.write(f"{t:.6f} {(time.perf_counter() - t0) * 1000:.3f}\n")
    off = (off + 4096) % (64 << 20)
log.close()
PY
writer=$!
mark() { date +%s.%N; }
wait_until 10 "the writer to start" test -s /tmp/stall.log
sleep_until() { python3 -c "import time; time.sleep(max(0, $1 - time.time()))"; }
t0=$(mark)
# quiet window: 2 s of nothing, as a noise floor for this machine
sleep_until "$t0 + 2"; quiet_from=$t0 quiet_to=$(mark)
# the freeze alone, which ATTACH and DETACH each do once (DESIGN.md §3)
freeze_from=$(mark); ctl freeze-thaw "$PART"; freeze_to=$(mark)
sleep_until "$freeze_to + 1"
attach_from=$(mark); interpose bench-stall "linear @BYPASS@ 0"; attach_to=$(mark)
sleep_until "$attach_to + 2"
detach_from=$(mark); ctl detach "$PART"; detach_to=$(mark)
dmsetup remove bench-stall
drop_bypass
wait "$writer"
python3 - /tmp/stall.log "$quiet_from" "$quiet_to" "$freeze_from" "$freeze_to" \
	"$attach_from" "$attach_to" "$detach_from" "$detach_to" <<'PY'
import sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1])]
w = list(map(float, sys.argv[2:]))
def worst(a, b):
    # writes that overlap [a, b]: started before b and ended after a
    lat = [ms for t, ms in rows if t <= b and t + ms / 1000 >= a]
    return max(lat), len(lat)
for name, (a, b) in (("quiet", w[0:2]), ("freeze", w[2:4]), ("attach", w[4:6]), ("detach", w[6:8])):
    ms, n = worst(a, b)
    print(f"stall {name:6}: longest write {ms:7.2f} ms over {n} writes in a {1000*(b-a):.0f} ms window")
print(f"all writes: {len(rows)}, median {sorted(ms for _, ms in rows)[len(rows)//2]:.3f} ms")
print("target: attach and detach <= 20 ms")
PY
umount /mnt/orig
rmmod blkinterposer
