#!/bin/bash
# Harness self-test: the emulator runs kernel code that the kernel patches
# while another vCPU executes it. One vCPU flips a static key that the
# scheduler's hot paths test (kernel.sched_schedstats: text_poke_bp() with a
# transient int3) while busy loops make every vCPU switch tasks. Under
# QEMU 7.2's multi-threaded TCG the guest dies with "Oops: int3" within a
# second; every scenario patches code the same way (module loading, ftrace),
# only less often. vmrun fails the run on the Oops.
#   VM_POKE_SECONDS  how long to flip (default 15; the harness selftest: 5)
set -euo pipefail
busy=()
for _ in $(seq "$(nproc)"); do
	(while :; do /bin/true; done) &
	busy+=($!)
done
flips=0
end=$((SECONDS + ${VM_POKE_SECONDS:-15}))
while [ $SECONDS -lt "$end" ]; do
	echo 1 >/proc/sys/kernel/sched_schedstats
	echo 0 >/proc/sys/kernel/sched_schedstats
	flips=$((flips + 1))
done
kill "${busy[@]}"
echo "selftest: flipped the sched_schedstats key $flips times on $(nproc) busy CPUs"
[ "$flips" -gt 100 ] || { echo "selftest: too few flips to prove anything" >&2; exit 1; }
