#!/bin/bash
# Scenario 5: 60 attach/detach cycles (on each kernel line) mixing linear, delay and flakey
# under the fio load, while the position oracle writes its files across
# the first of them: zero verify errors, every oracle file where it
# belongs, no leaked bypass or device-mapper devices, kernel log clean
# (checked by the harness). Every tenth cycle
# waits for the module's hook to go, so the next attach registers it again
# under the workload. flakey stays up for the whole of a cycle (its failing
# interval is the flakey scenario's).
#   cycles.sh ext4|xfs [COUNT]
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1 count=${2:-60}

setup_busy_fs "$fs"
kinds=(linear delay flakey)
declare -A tables=(
	[linear]="linear @BYPASS@ 0"
	[delay]="delay @BYPASS@ 0 2 @BYPASS@ 0 2"
	[flakey]="flakey @BYPASS@ 0 3600 1"
)

step "$count cycles, with the position oracle writing across them"
"$ORACLE" write /mnt/orig/oracle-cycles cycles >/tmp/oracle-cycles.log 2>&1 &
oracle=$!
ORACLE_TAGS+=(cycles) ORACLE_DEV=$PART ORACLE_MOUNT=/mnt/orig
started=$SECONDS
for ((i = 0; i < count; i++)); do
	kind=${kinds[i % 3]}
	interpose "ip-cycle" "${tables[$kind]}"
	assert_submit_hook on
	release ip-cycle
	# A new bypass every 10 cycles: creation and destruction cycle too.
	# And the hook: it goes once nothing is attached, and the next
	# attach patches it in again under the workload.
	if ((i % 10 == 9)); then
		drop_bypass
		assert_submit_hook off
	fi
done
echo "$count cycles in $((SECONDS - started)) s, the workload did $(workload_rounds) rounds"
wait "$oracle" || { cat /tmp/oracle-cycles.log; fail "the position oracle could not write across the cycles"; }
cat /tmp/oracle-cycles.log
oracle_after_detach cycles
[ -z "$(dmsetup ls | grep -v 'No devices found')" ] || fail "device-mapper devices leaked: $(dmsetup ls)"
assert_module_empty

teardown_busy_fs "$fs"
rmmod blkinterposer
echo "cycles on $fs: $count attach/detach cycles, nothing lost or leaked"
