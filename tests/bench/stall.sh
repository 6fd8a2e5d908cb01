# The benchmark's stall part, sourced by guest-bench.sh: the longest write
# of a QD1 O_DIRECT writer on a mounted ext4 on $PART across freezes, attaches
# and detaches.
load_module
make_fs ext4 "$PART"
mkdir -p /mnt/orig
mount "$PART" /mnt/orig
head -c 64M /dev/zero >/mnt/orig/stall
sync
python3 - /mnt/orig/stall /tmp/stall.log /tmp/stall.stop <<'PY' &
import mmap, os, sys, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_DIRECT)
buf = mmap.mmap(-1, 4096)
log = open(sys.argv[2], "w")
off = 0
while not os.path.exists(sys.argv[3]):
    t = time.time()
    t0 = time.perf_counter()
    os.pwrite(fd, buf, off)
    log.write(f"{t:.6f} {(time.perf_counter() - t0) * 1000:.3f}\n")
    off = (off + 4096) % (64 << 20)
log.close()
PY
writer=$!
wait_until 10 "the writer to start" test -s /tmp/stall.log
mark() { date +%s.%N; }
pause() { python3 -c "import time; time.sleep($1)"; }
windows=()
# window NAME CMD...: run CMD, recording when it started and ended.
window() {
	local name=$1 from
	shift
	from=$(mark)
	"$@"
	windows+=("$name $from $(mark)")
	pause 0.5
}
window quiet pause 2
# Each kind of event STALL_REPS times: the kernel's own freeze (FIFREEZE,
# util-linux fsfreeze), the module's FREEZE+THAW (what ATTACH and DETACH
# each do, DESIGN.md §3), an attach and a detach.
kernel_freeze() { fsfreeze -f /mnt/orig && fsfreeze -u /mnt/orig; }
for ((rep = 0; rep < ${STALL_REPS:-5}; rep++)); do
	window fsfreeze kernel_freeze
	window FREEZE ctl freeze-thaw "$PART"
	# So that every attach measured registers the hook, as a first one does.
	assert_submit_hook off
	BYPASS=$(ctl bypass-create "$PART" | cut -d' ' -f1)
	dmsetup create bench-stall --table "0 $(blockdev --getsz "$PART") linear $BYPASS 0"
	window attach ctl attach "$PART" /dev/mapper/bench-stall
	window detach ctl detach "$PART"
	dmsetup suspend bench-stall
	dmsetup remove bench-stall
	drop_bypass
done
touch /tmp/stall.stop
wait "$writer"
printf '%s\n' "${windows[@]}" >/tmp/stall.windows
python3 - /tmp/stall.log /tmp/stall.windows <<'PY'
import statistics, sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1])]
worst = {}
for line in open(sys.argv[2]):
    name, a, b = line.split()
    a, b = float(a), float(b)
    # writes that overlap [a, b]: started before b and ended after a
    worst.setdefault(name, []).append(max(ms for t, ms in rows if t <= b and t + ms / 1000 >= a))
print("stall: the longest 4k O_DIRECT write on the mounted ext4 during each event (ms)")
for name in ("quiet", "fsfreeze", "FREEZE", "attach", "detach"):
    w = worst[name]
    print(f"  {name:8}: worst {max(w):6.2f}, median {statistics.median(w):6.2f}   "
          f"({', '.join(f'{x:.2f}' for x in w)})")
print(f"all writes: {len(rows)}, median {statistics.median(ms for _, ms in rows):.3f} ms")
print("fsfreeze is the kernel's own freeze (FIFREEZE); FREEZE is the module's, expedited")
print("target: attach and detach <= 20 ms")
PY
umount /mnt/orig
rmmod blkinterposer
