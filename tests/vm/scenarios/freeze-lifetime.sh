#!/bin/bash
# Scenario 9: a freeze belongs to the file that made it. A process holding
# FREEZE that is killed with SIGKILL leaves the filesystem thawed: a writer
# blocked by the freeze finishes within a second of the kill.
#   freeze-lifetime.sh ext4|xfs
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1

setup_busy_fs "$fs"

step "a process freezes $PART and holds it"
hold_freeze "$PART"

step "a writer blocks on the frozen filesystem"
python3 -c '
import os, sys, time
print("ready", flush=True)
fd = os.open("/mnt/orig/after-freeze", os.O_WRONLY | os.O_CREAT)
os.write(fd, b"written after the thaw\n")
os.fsync(fd)
print(f"{time.time():.3f}", flush=True)
' >/tmp/writer.out &
writer=$!
# The writer must be blocked in the kernel by the freeze (state D) before
# the holder dies: wait for that state rather than sleeping a fixed time.
wait_until 30 "the writer to start" grep -q ready /tmp/writer.out
wait_until 30 "the writer to block" grep -qE "^State:\s+D" "/proc/$writer/status"
[ "$(wc -l </tmp/writer.out)" = 1 ] || fail "the writer finished while the filesystem was frozen"

step "SIGKILL the holder: the filesystem thaws"
killed_at=$(date +%s.%N)
kill -KILL "$HOLDER_PID"
wait "$writer" || fail "the writer failed"
done_at=$(tail -n 1 /tmp/writer.out)
delay=$(python3 -c "print(f'{$done_at - $killed_at:.3f}')")
echo "the writer finished ${delay} s after the kill"
python3 -c "import sys; sys.exit(0 if $delay < 1.0 else 1)" ||
	fail "writes resumed only ${delay} s after the holder died"
wait "$HOLDER_PID" 2>/dev/null || true

step "THAW without FREEZE is refused; a freeze on one file is the file's only"
expect_errno ENOENT "$CTL" thaw "$PART"
ctl freeze-thaw "$PART"
assert_module_empty
teardown_busy_fs "$fs"
rmmod blkinterposer
echo "freeze lifetime on $fs: the kill thawed within ${delay} s"
