#!/bin/bash
# Scenario 2: dm-delay with 50 ms on reads under a mounted, busy filesystem:
# reads measured on the filesystem take at least 50 ms while attached and
# are fast again after detach.
#   delay.sh ext4|xfs
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1

setup_busy_fs "$fs"
# The probe file exists before anything is measured.
head -c 4M /dev/urandom >/mnt/orig/latency-probe
sync

base=$(read_latency_ms /mnt/orig)
echo "read latency before: ${base} ms"

step "attach dm-delay: 50 ms on reads, none on writes"
interpose ip-delay "delay @BYPASS@ 0 50 @BYPASS@ 0 0"
slow=$(read_latency_ms /mnt/orig)
echo "read latency attached: ${slow} ms"
[ "$slow" -ge 50 ] || fail "reads took ${slow} ms with a 50 ms delay attached"
oracle_in_session delay

step "detach: reads are fast again"
release ip-delay
drop_bypass
oracle_after_detach delay
after=$(read_latency_ms /mnt/orig)
echo "read latency after: ${after} ms"
[ "$after" -lt 25 ] || fail "reads still take ${after} ms after detach"
assert_module_empty

teardown_busy_fs "$fs"
rmmod blkinterposer
echo "delay on $fs: ${base} ms -> ${slow} ms -> ${after} ms"
