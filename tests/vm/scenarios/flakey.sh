#!/bin/bash
# Scenario 4: dm-flakey failing reads, under a mounted filesystem: O_DIRECT
# reads fail during the down interval only, never while up, and never after
# detach.
# 6.12's dm-flakey has error_reads (writes pass while down): fio keeps
# writing verifiable data through the flakey window without reading it
# back, and after detach every file it wrote is read back and verified.
# 6.1's has no such feature: while down it fails every bio, so a write would
# abort the filesystem (its journal or log included). There the filesystem
# is frozen through the module for the flakey window: reads go on, nothing
# writes, and the freeze's holder is killed afterwards, which thaws it.
#   flakey.sh ext4|xfs
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1

setup_busy_fs "$fs"
stop_workload
head -c 1M /dev/urandom >/mnt/orig/flakey-probe
sync
features=$(flakey_read_error_features)
echo "flakey features for failing reads: '${features:-none}'"
if [ -n "$features" ]; then
	start_workload /mnt/orig write-only
else
	echo "6.1 dm-flakey fails writes too while down: freezing $fs for the window"
	hold_freeze "$PART"
fi

# probe_read: one 4k O_DIRECT read of the probe file; prints ok or error.
probe_read() {
	if dd if=/mnt/orig/flakey-probe of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null; then
		echo ok
	else
		echo error
	fi
}

step "attach dm-flakey: up 4 s, down 4 s, reads fail while down"
# dm-flakey's clock starts when its table is loaded, somewhere inside
# `dmsetup create`: the edges are uncertain by as long as that took (long
# on a loaded machine), and reads that close to an edge are not judged.
BYPASS=$(ctl bypass-create "$PART" | cut -d' ' -f1)
before_load=$(date +%s.%N)
dmsetup create ip-flakey --table "0 $(blockdev --getsz "$PART") flakey $BYPASS 0 4 4 $features"
after_load=$(date +%s.%N)
ctl attach "$PART" /dev/mapper/ip-flakey
python3 - "$before_load" "$after_load" /mnt/orig/flakey-probe <<'PY' || fail "reads did not follow the flakey intervals"
import mmap, os, sys, time
loaded_at, path = float(sys.argv[1]), sys.argv[3]
margin = 0.6 + (float(sys.argv[2]) - loaded_at)
print(f"table loaded within {margin - 0.6:.2f} s: reads within {margin:.2f} s of an edge are not judged")
buf = mmap.mmap(-1, 4096)  # page-aligned, as O_DIRECT needs
ok_up = err_down = wrong = 0
while (t := time.time() - loaded_at) < 16.5:
    phase_t = t % 8
    if min(abs(phase_t - 4), phase_t, 8 - phase_t) < margin:
        continue  # too close to an edge to tell
    phase = "up" if phase_t < 4 else "down"
    fd = os.open(path, os.O_RDONLY | os.O_DIRECT)
    try:
        os.preadv(fd, [buf], 0)
        result = "ok"
    except OSError:
        result = "error"
    os.close(fd)
    if (phase, result) == ("up", "ok"):
        ok_up += 1
    elif (phase, result) == ("down", "error"):
        err_down += 1
    else:
        wrong += 1
        print(f"t={t:.2f}: read {result} while {phase}")
print(f"reads: {ok_up} ok while up, {err_down} failed while down, {wrong} wrong")
sys.exit(0 if wrong == 0 and ok_up and err_down else 1)
PY

step "detach: no read fails any more"
release ip-flakey
drop_bypass
if [ -n "$features" ]; then
	stop_workload
	verify_workload_files
else
	release_freeze
fi
for _ in $(seq 50); do
	[ "$(probe_read)" = ok ] || fail "a read failed after detach"
done
assert_module_empty

start_workload /mnt/orig
step "the position oracle's files through dm-flakey while it is up"
interpose ip-flakey "flakey @BYPASS@ 0 3600 1 $features"
oracle_in_session flakey
release ip-flakey
drop_bypass
oracle_after_detach flakey
teardown_busy_fs "$fs"
rmmod blkinterposer
echo "flakey on $fs: errors only while down, none after detach"
