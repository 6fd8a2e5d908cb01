#!/bin/bash
# The module's benchmark, inside one VM boot (see tests/bench/run). On a
# partition of a ram-backed disk (brd), fio 4k random reads and writes at
# queue depth 1 and 32, O_DIRECT, in five configurations:
#   a  the raw partition, module not loaded
#   b  the raw partition, module loaded, nothing attached (so no hook)
#   h  the raw partition, module loaded, the hook registered because
#      another disk's partition is attached: what every other device
#      pays while something is interposed
#   c  stock dm-linear over the (unmounted) partition
#   d  the partition interposed with dm-linear (through its bypass)
# (throughput.sh), and the stall: the longest latency of a QD1 O_DIRECT
# writer on a mounted ext4 across attaches and detaches, next to the
# longest in a quiet window and across freezes (stall.sh).
# Prints ratios from this one run.
#   guest-bench.sh throughput|stall...
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
RUNTIME=${BENCH_RUNTIME:-1}
ROUNDS=${BENCH_ROUNDS:-3}

modprobe brd rd_nr=2 rd_size=$((768 * 1024)) max_part=4
modprobe -a dm-mod
PART=$(partition_disk /dev/ram0)
echo "kernel $(uname -r), $(nproc) CPUs (QEMU TCG), $PART on brd"

for part in "$@"; do
	. "$INTERPOSER_SOURCE_DIR/tests/bench/$part.sh"
done
