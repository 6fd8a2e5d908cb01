# Shared helpers for guest scenario scripts (bash, run as root in the VM).
# Source it: . "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
set -euo pipefail

# step TEXT: say what the scenario does next (shows in guest.log and ctest).
step() { echo "== [$SECONDS s] $*"; }

# fail TEXT: end the scenario with a reason.
fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# disk_serial DEV: the serial number vmrun gave the disk DEV (sdX, vdX,
# nvmeXnY), or nothing. virtio-blk has it in sysfs, NVMe in its controller,
# SCSI in the unit serial number VPD page (4 bytes of header first).
disk_serial() {
	local dev=/sys/block/$1
	if [ -r "$dev/serial" ]; then
		cat "$dev/serial"
	elif [ -r "$dev/device/serial" ]; then
		tr -d ' ' <"$dev/device/serial"
	elif [ -r "$dev/device/vpd_pg80" ]; then
		tail -c +5 "$dev/device/vpd_pg80" | tr -d '\0 '
	fi
}

# load_disk_drivers: the drivers of the disk kinds vmrun gave (VM_DISK_KINDS);
# with no udevd in the guest, nothing loads them by itself. virtio-blk is in
# the initramfs already.
load_disk_drivers() {
	[ -z "${DISK_DRIVERS_LOADED:-}" ] || return 0
	case " ${VM_DISK_KINDS:-} " in *" nvme"*) modprobe nvme ;; esac
	case " ${VM_DISK_KINDS:-} " in *" scsi"*) modprobe -a virtio_scsi sd_mod ;; esac
	DISK_DRIVERS_LOADED=1
}

# disk_with_serial SERIAL: prints the block device whose serial is SERIAL.
disk_with_serial() {
	local dev
	for dev in /sys/block/*; do
		# nvmeXcYnZ: one path of a multipath NVMe namespace, not a disk to use
		[[ ${dev##*/} =~ ^nvme[0-9]+c[0-9]+n[0-9]+$ ]] && continue
		if [ "$(disk_serial "${dev##*/}" 2>/dev/null)" = "$1" ]; then
			echo "/dev/${dev##*/}"
			return 0
		fi
	done
	return 1
}

# vm_disk N: the block device of the Nth --disk given to vmrun (serial diskN).
# NVMe and SCSI disks appear asynchronously once their driver is loaded.
vm_disk() {
	load_disk_drivers
	wait_until 30 "disk$1 (a ${VM_DISK_KINDS:-virtio} disk) to appear" disk_with_serial "disk$1" >/dev/null
	disk_with_serial "disk$1"
}

# partition_disk DISK [START [LABEL [SIZE]]]: one partition from sector
# START (in the disk's logical blocks; default 2048, 1 MiB on a 512-byte
# disk and 8 MiB on a 4Kn one) to the end, or of SIZE sectors, in a LABEL
# (gpt or dos) table; prints its node. sfdisk's BLKRRPART is synchronous
# and devtmpfs makes the node before it returns, so the node exists when
# this does.
partition_disk() {
	local disk=$1 start=${2:-2048} label=${3:-gpt} size=${4:+, size=$4} part
	printf 'label: %s\nstart=%s%s, type=L\n' "$label" "$start" "$size" | sfdisk --quiet "$disk" >/dev/null ||
		fail "sfdisk could not partition $disk from sector $start"
	part=${disk}1
	[[ $disk =~ [0-9]$ ]] && part=${disk}p1
	[ -b "$part" ] || fail "partition $part did not appear"
	echo "$part"
}

# write_files DIR COUNT: COUNT files of random data; their sums in DIR.sums.
write_files() {
	local dir=$1 count=$2 i
	mkdir -p "$dir"
	for ((i = 0; i < count; i++)); do
		head -c $((64 * 1024 + i * 4096)) /dev/urandom >"$dir/file$i"
	done
	(cd "$dir" && sha256sum file*) >"$dir.sums"
}

# overwrite_files DIR: each file of write_files's DIR rewritten in place by
# one direct write of its whole size (one bio over many 4 KiB chunks, as a
# database's page writes are), and DIR.sums remade. A snapshot must keep
# the old content of every chunk such a write covers, not the first alone.
overwrite_files() {
	local dir=$1 f
	for f in "$dir"/file*; do
		dd if=/dev/urandom of="$f" bs="$(stat -c %s "$f")" count=1 iflag=fullblock \
			oflag=direct conv=notrunc,fsync status=none || fail "cannot overwrite $f"
	done
	(cd "$dir" && sha256sum file*) >"$dir.sums"
}

# check_files DIR SUMS: every file listed in SUMS is in DIR with that content.
check_files() {
	(cd "$1" && sha256sum --quiet -c "$2") || fail "files in $1 do not match $2"
}

# ---- where the data lands -------------------------------------------------

ORACLE=$INTERPOSER_BUILD_DIR/tests/guest/position-oracle

# dev_sysfs DEV: DEV's directory in sysfs, found by its number: /dev/mapper
# nodes are not symlinks when libdevmapper makes them.
dev_sysfs() {
	readlink -f "/sys/dev/block/$((0x$(stat -Lc %t "$1"))):$((0x$(stat -Lc %T "$1")))"
}

# disk_sysfs DEV: the sysfs directory of the disk DEV is (or is a partition of).
disk_sysfs() {
	local sys
	sys=$(dev_sysfs "$1")
	if [ -r "$sys/partition" ]; then
		readlink -f "$sys/.."
	else
		echo "$sys"
	fi
}

# raw_view DEV: "PATH OFFSET": where DEV's bytes are, through a path the
# module never redirects: the whole disk under a partition (at the
# partition's start), the first member of an md RAID1 (at its data offset),
# the backing file of a loop device (at its offset), a whole disk itself.
raw_view() {
	local sys member
	sys=$(dev_sysfs "$1")
	if [ -r "$sys/partition" ]; then
		echo "/dev/$(basename "$(disk_sysfs "$1")") $(($(cat "$sys/start") * 512))"
	elif [ -d "$sys/md" ]; then
		member=$(basename "$(readlink -f "$sys/md/rd0")")
		echo "/dev/${member#dev-} $(($(cat "$sys/md/$member/offset") * 512))"
	elif [ -r "$sys/loop/backing_file" ]; then
		echo "$(cat "$sys/loop/backing_file") $(cat "$sys/loop/offset")"
	else
		echo "$1 0"
	fi
}

# oracle_write DIR TAG: known files in DIR (see tests/tools/position-oracle.c).
oracle_write() { "$ORACLE" write "$1" "$2" || fail "the position oracle could not write $2 in $1"; }

# oracle_check_raw DIR TAG DEV: the files of TAG in DIR, on the mounted
# filesystem of DEV, are where the filesystem says, read through raw_view.
oracle_check_raw() {
	# shellcheck disable=SC2046 # two words: path and offset
	"$ORACLE" check-raw "$1" "$2" $(raw_view "$3") || fail "data written through the interposer of $3 is not where it belongs"
}

# oracle_check_files DIR TAG: every file of TAG reads back whole.
oracle_check_files() { "$ORACLE" check-files "$1" "$2" || fail "the files of $2 in $1 changed"; }

# remount DEV DIR: unmount DIR, drop every cache, mount DEV on it again, so
# what is read next comes from the disk.
remount() {
	umount "$2"
	echo 3 >/proc/sys/vm/drop_caches
	mount "$1" "$2"
}

# ---- the module and its test tool ----------------------------------------

CTL=$INTERPOSER_BUILD_DIR/tests/guest/blkinterposer-ctl

# ctl ARGS...: blkinterposer-ctl, failing the scenario if it fails.
ctl() { "$CTL" "$@" || fail "blkinterposer-ctl $* failed"; }

# expect_errno NAME CMD...: CMD must fail, naming errno NAME ("[EEXIST]").
expect_errno() {
	local want=$1 out
	shift
	if out=$("$@" 2>&1); then
		fail "$* succeeded, expected $want"
	fi
	grep -qF "[$want]" <<<"$out" || fail "$* failed, but not with $want: $out"
	echo "refused as expected: $out"
}

load_module() {
	insmod "$INTERPOSER_KMOD" || fail "insmod $INTERPOSER_KMOD failed"
	[ -c /dev/blkinterposer ] || fail "/dev/blkinterposer did not appear"
}

MAPPINGS=/sys/class/misc/blkinterposer/mappings

# The module holds nothing: no mapping, no bypass disk.
assert_module_empty() {
	[ -z "$(cat "$MAPPINGS")" ] || fail "the module still holds: $(cat "$MAPPINGS")"
	! ls /sys/block | grep -q '^ipbypass' || fail "a bypass disk leaked: $(ls /sys/block)"
}

# submit_hook_registered: an ftrace callback is on submit_bio_noacct(). The
# module registers its hook only while an original is attached, and lets
# it go a second after the last detach; no other module here hooks it
# (except the refusal scenario's squatter, which it asserts around).
ENABLED_FUNCTIONS=/sys/kernel/tracing/enabled_functions
submit_hook_registered() {
	[ -r "$ENABLED_FUNCTIONS" ] || fail "$ENABLED_FUNCTIONS is missing: is tracefs mounted?"
	grep -q '^submit_bio_noacct ' "$ENABLED_FUNCTIONS"
}
submit_hook_unregistered() { ! submit_hook_registered; }

# assert_submit_hook on|off: registered now, or gone within 30 s.
assert_submit_hook() {
	case $1 in
	on) submit_hook_registered || fail "nothing hooks submit_bio_noacct() while attached" ;;
	off) wait_until 30 "the submit_bio_noacct() hook to go" submit_hook_unregistered ;;
	*) fail "assert_submit_hook on|off, not $1" ;;
	esac
}

# ---- filesystems and device-mapper --------------------------------------

# make_fs FS DEV: ext4 or xfs on DEV.
make_fs() {
	case "$1" in
	ext4) mkfs.ext4 -q -F "$2" ;;
	xfs) mkfs.xfs -q -f "$2" ;;
	*) fail "unknown filesystem $1" ;;
	esac
}

# check_fs FS DEV: the unmounted filesystem on DEV is consistent.
check_fs() {
	local out
	case "$1" in
	ext4) out=$(e2fsck -fn "$2" 2>&1) || fail "e2fsck -fn reports problems on $2: $out" ;;
	xfs) out=$(xfs_repair -n "$2" 2>&1) || fail "xfs_repair -n reports problems on $2: $out" ;;
	esac
	echo "$1 on $2 is clean"
}

# dm_kname NAME: the kernel name (dm-N) of a device-mapper device.
dm_kname() {
	echo "dm-$(dmsetup info -c --noheadings -o minor "$1" | tr -d ' ')"
}

# completed_ios DEV: reads + writes completed (/sys/block/DEV/stat).
completed_ios() {
	awk '{ print $1 + $5 }' "/sys/block/$1/stat"
}

# wait_until SECONDS DESCRIPTION CMD...: poll CMD until it succeeds; a
# bounded wait for a condition, failing with DESCRIPTION on timeout.
# WAIT_DIAGNOSE=FUNCTION wait_until ...: FUNCTION prints what a timeout
# needs to be understood, before the failure.
wait_until() {
	local limit=$1 what=$2 deadline
	shift 2
	deadline=$((SECONDS + limit))
	until "$@"; do
		if [ "$SECONDS" -ge "$deadline" ]; then
			[ -z "${WAIT_DIAGNOSE:-}" ] || "$WAIT_DIAGNOSE" >&2
			fail "timed out after ${limit} s waiting for $what"
		fi
		sleep 0.1
	done
}

# ---- the busy workload ---------------------------------------------------

# The fio job of the workload; its files are busy.<job>.0 in the directory.
# 1 MiB a job: a round (2 x 256 writes, then their reads) takes about a
# second under TCG, so the scenarios' "N more rounds" and the wait for
# the last round at stop_workload cost seconds, not tens of them (a
# module scenario on one vCPU: 48 s with 4 MiB rounds, 40 s with these).
workload_fio() {
	fio --name=busy --directory="$WORKLOAD_DIR" --size=1M --bs=4k \
		--rw=randwrite --direct=1 --ioengine=psync --numjobs=2 \
		--verify=crc32c --verify_fatal=1 --fsync=64 "$@"
}

# start_workload DIR [write-only]: fio writes and verifies (crc32c) files in
# DIR, with O_DIRECT so every I/O reaches the device, in rounds until
# stop_workload. write-only: the rounds write verifiable data but do not
# read it back (for while reads are meant to fail); verify_workload_files
# checks it afterwards. $WORKLOAD_STATE/rounds counts finished rounds.
start_workload() {
	WORKLOAD_DIR=$1
	local verify=1
	[ "${2:-}" = write-only ] && verify=0
	WORKLOAD_STATE=$(mktemp -d /tmp/workload.XXXXXX)
	echo 0 >"$WORKLOAD_STATE/rounds"
	(
		round=0
		while [ ! -e "$WORKLOAD_STATE/stop" ]; do
			if ! workload_fio --do_verify=$verify \
				--output="$WORKLOAD_STATE/round.log" >/dev/null 2>&1; then
				echo "workload: fio round $round failed:" >&2
				cat "$WORKLOAD_STATE/round.log" >&2
				exit 1
			fi
			round=$((round + 1))
			echo "$round" >"$WORKLOAD_STATE/rounds"
		done
	) &
	WORKLOAD_PID=$!
	trap 'kill $WORKLOAD_PID 2>/dev/null' EXIT
	wait_until 60 "the first workload round" workload_rounds_at_least 1
}

# verify_workload_files: read back and check what the last round wrote.
verify_workload_files() {
	workload_fio --verify_only --output="$WORKLOAD_STATE/verify.log" >/dev/null 2>&1 || {
		cat "$WORKLOAD_STATE/verify.log" >&2
		fail "the workload's files do not verify"
	}
	echo "workload: the files written last verify clean (crc32c)"
}

workload_rounds() { cat "$WORKLOAD_STATE/rounds"; }
workload_rounds_at_least() { [ "$(workload_rounds)" -ge "$1" ]; }

# wait_workload_rounds N: let the workload finish N more rounds.
wait_workload_rounds() {
	local target=$(($(workload_rounds) + $1))
	wait_until 120 "$1 more workload rounds" workload_rounds_at_least "$target"
}

stop_workload() {
	touch "$WORKLOAD_STATE/stop"
	wait "$WORKLOAD_PID" || fail "the workload failed (fio verify)"
	trap - EXIT
	echo "workload: $(workload_rounds) rounds of write + crc32c verify, all clean"
}

# setup_busy_fs FS: partition disk 0, make FS, mount it on /mnt/orig, load
# the module and start the workload there. Sets PART.
# The module is loaded before the I/O starts: ftrace patches
# submit_bio_noacct() with a transient int3 while loading, and under QEMU
# 7.2's multi-threaded TCG a vCPU running that code meanwhile has once (in ~60
# loads) executed the stale int3 after the patch was complete ("Oops: int3",
# with the final "call" already in memory): an emulator bug, fixed in the
# QEMU 10 that tools/bootstrap installs (docs/testing.md); the order stays,
# so the scenarios do not depend on it.
setup_busy_fs() {
	local disk
	disk=$(vm_disk 0)
	PART=$(partition_disk "$disk")
	make_fs "$1" "$PART"
	mkdir -p /mnt/orig
	mount "$PART" /mnt/orig
	modprobe -a dm-mod dm-delay dm-snapshot dm-flakey
	load_module
	start_workload /mnt/orig
}

# teardown_busy_fs FS: stop the workload; unmount, drop the caches and
# mount again, and check that every file the position oracle wrote in this
# scenario (oracle_in_session) reads back whole; unmount, check the
# filesystem.
teardown_busy_fs() {
	local tag
	stop_workload
	if [ ${#ORACLE_TAGS[@]} -gt 0 ]; then
		remount "$ORACLE_DEV" "$ORACLE_MOUNT"
		for tag in "${ORACLE_TAGS[@]}"; do
			oracle_check_files "$ORACLE_MOUNT/oracle-$tag" "$tag"
		done
	fi
	umount /mnt/orig
	check_fs "$1" "$PART"
}

# oracle_in_session TAG [DEV [MOUNT]]: while DEV ($PART) is attached, the
# position oracle's files go into MOUNT/oracle-TAG (/mnt/orig, DEV's
# filesystem) through the interposer; oracle_after_detach TAG checks,
# once DEV is detached, that they are where its filesystem says, through
# a path the module does not touch (raw_view). DEV may be a device stacked
# above the original (dm-crypt): it is read through that device, which
# then reaches the original directly.
ORACLE_TAGS=()
oracle_in_session() {
	ORACLE_DEV=${2:-$PART} ORACLE_MOUNT=${3:-/mnt/orig}
	oracle_write "$ORACLE_MOUNT/oracle-$1" "$1"
	ORACLE_TAGS+=("$1")
}
oracle_after_detach() {
	oracle_check_raw "$ORACLE_MOUNT/oracle-$1" "$1" "$ORACLE_DEV"
}

# ---- interposing ---------------------------------------------------------

# interpose NAME TABLE_TAIL: bypass for $PART (once), a device-mapper device
# NAME with "0 <sectors> TABLE_TAIL" where @BYPASS@ stands for the bypass,
# and attach. Sets BYPASS.
interpose() {
	local name=$1 table=$2 sectors
	if [ -z "${BYPASS:-}" ]; then
		BYPASS=$(ctl bypass-create "$PART" | cut -d' ' -f1)
	fi
	sectors=$(blockdev --getsz "$PART")
	dmsetup create "$name" --table "0 $sectors ${table//@BYPASS@/$BYPASS}"
	ctl attach "$PART" "/dev/mapper/$name"
}

# release NAME: detach $PART and remove the device-mapper device NAME.
# Suspending first waits for bios redirected before DETACH that are still
# in flight in NAME (dm's remove alone does not wait for them).
release() {
	ctl detach "$PART"
	dmsetup suspend "$1"
	dmsetup remove "$1"
}

# drop_bypass: destroy the bypass of $PART.
drop_bypass() {
	ctl bypass-destroy "$PART"
	BYPASS=
}

# read_latency_ms DIR: mean latency of 4k O_DIRECT random reads of a file
# in DIR over 2 seconds, in whole milliseconds.
read_latency_ms() {
	local out
	out=$(fio --name=probe --directory="$1" --filename=latency-probe --size=4M \
		--bs=4k --rw=randread --direct=1 --ioengine=psync --time_based \
		--runtime=2 --output-format=json 2>/dev/null) || fail "the latency probe failed"
	python3 -c 'import json,sys; print(round(json.load(sys.stdin)["jobs"][0]["read"]["clat_ns"]["mean"] / 1e6))' <<<"$out"
}

# flakey_read_error_features: the dm-flakey feature words that make reads
# (only) fail while down. 6.12 has the error_reads feature; 6.1 does not,
# and there a featureless table does exactly that. Both say version 1.5.0,
# so the feature is probed on a scratch device.
flakey_read_error_features() {
	dmsetup create ip-probe-zero --table "0 8 zero"
	if dmsetup create ip-probe-flakey \
		--table "0 8 flakey /dev/mapper/ip-probe-zero 0 1 1 1 error_reads" 2>/dev/null; then
		dmsetup remove ip-probe-flakey
		echo "1 error_reads"
	fi
	dmsetup remove ip-probe-zero
}

# ---- a desktop's system services -----------------------------------------

# start_desktop_services: Interposer installed by `cmake --install` (the
# configured prefix, /usr), then what a desktop runs: the system bus
# (which activates the helper from its installed files), udevd, polkitd.
# INTERPOSER_DEBS: install the Debian packages there instead (interposer,
# interposerctl and interposer-helper; the module is the one the scenario
# loaded).
start_desktop_services() {
	if [ -n "${INTERPOSER_DEBS:-}" ]; then
		skip_manual_page_index
		dpkg -i "$INTERPOSER_DEBS"/interposer_*.deb "$INTERPOSER_DEBS"/interposerctl_*.deb \
			"$INTERPOSER_DEBS"/interposer-helper_*.deb >/tmp/dpkg.log 2>&1 ||
			{ cat /tmp/dpkg.log; fail "dpkg -i of the packages in $INTERPOSER_DEBS failed"; }
	else
		cmake --install "$INTERPOSER_BUILD_DIR" >/dev/null
	fi
	[ -x /usr/libexec/interposer/interposer-helper ] || fail "the helper was not installed"
	grep -q '^User=root$' /usr/share/dbus-1/system-services/org.interposer.Helper1.service ||
		fail "the activation file does not run the helper as root"
	start_system_daemons
}

# skip_manual_page_index: dpkg's man-db trigger indexes every manual page
# of the system (the host's, here) whenever a package adds or removes one:
# about two minutes under TCG, at each dpkg -i and again at --purge. Its
# postinst does so only while /var/lib/man-db/auto-update exists; the
# debconf answer man-db/auto-update changes that file at man-db's own
# configure only, not before a trigger. The file removed is the guest's
# (its overlay), not the host's.
skip_manual_page_index() {
	rm -f /var/lib/man-db/auto-update
}

# start_udevd: udevd, as the system runs it, answering before it is asked
# to settle: "udevadm settle" right after "systemd-udevd --daemon" failed
# once on a loaded host ("Failed to wait for daemon to reply: Broken
# pipe", udev-hiding on 6.12, a one-vCPU guest).
start_udevd() {
	/lib/systemd/systemd-udevd --daemon
	wait_until 60 "udevd to answer" udevadm control --ping
}

# udev_settle: udev's queue empty. A settle whose connection breaks is
# asked again (see start_udevd); its own timeout fails as before.
udev_settle() {
	local out tries=0
	until out=$(udevadm settle 2>&1); do
		tries=$((tries + 1))
		grep -q "Failed to wait for daemon to reply" <<<"$out" && [ "$tries" -lt 5 ] ||
			fail "udevadm settle: $out"
		echo "udevadm settle: $out; again"
	done
}

# start_system_daemons: the system bus, udevd and polkitd, nothing installed.
start_system_daemons() {
	modprobe loop # a real system has the static node /dev/loop-control that loads it
	mkdir -p /run/dbus
	# DBUS_DEBUG_OUTPUT keeps the forked bus's stderr, which the helpers it
	# activates inherit: their warnings land in the log a failure prints.
	DBUS_DEBUG_OUTPUT=1 dbus-daemon --system --fork 2>>/tmp/system-bus.log
	start_udevd
	udevadm trigger --action=add --subsystem-match=block
	udev_settle
	unset DM_DISABLE_UDEV # from here on, udev makes the device-mapper nodes
	start_polkitd
	wait_until 60 "polkitd on the system bus" has_owner org.freedesktop.PolicyKit1
}

start_polkitd() { /usr/lib/polkit-1/polkitd --no-debug >>/tmp/polkitd.log 2>&1 & }

# session_field FIELD: a field of $PART's session, from `interposerctl
# status $PART --json`; interposer_kname: its interposer's kernel name.
session_field() {
	interposerctl status "$PART" --json |
		/usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"
}
interposer_kname() { basename "$(readlink -f "$(session_field interposer)")"; }

# ios_at_least DEV N: DEV has completed at least N I/Os (completed_ios).
ios_at_least() { [ "$(completed_ios "$1")" -ge "$2" ]; }

# has_owner NAME: someone owns NAME on the system bus.
has_owner() {
	dbus-send --system --print-reply --dest=org.freedesktop.DBus / \
		org.freedesktop.DBus.NameHasOwner "string:$1" | grep -q 'boolean true'
}

# restart_polkitd: polkitd reads rules when it starts (and on inotify,
# which is not a synchronisation point): restart it after adding a rule.
restart_polkitd() {
	pkill -x polkitd
	wait_until 30 "polkitd gone" sh -c '! pgrep -x polkitd >/dev/null'
	start_polkitd
	wait_until 60 "polkitd on the system bus again" has_owner org.freedesktop.PolicyKit1
}

# host_request WORDS...: ask the harness on the host (see vmrun), e.g.
# "device_del vdisk0" to hot-unplug the first --disk. Fails on refusal.
host_request() {
	local reply
	rm -f /results/host-reply
	echo "$*" >/results/host-request.tmp
	mv /results/host-request.tmp /results/host-request
	wait_until 30 "the host to answer '$*'" test -e /results/host-reply
	reply=$(cat /results/host-reply)
	rm -f /results/host-reply
	[ "$reply" = ok ] || fail "the host refused '$*': $reply"
}

# hold_freeze DEV: a background process freezes DEV through the module and
# holds the freeze until release_freeze kills it (closing its file thaws).
hold_freeze() {
	rm -f /tmp/holder.out
	mkfifo /tmp/holder.out
	"$CTL" freeze "$1" --hold >/tmp/holder.out &
	HOLDER_PID=$!
	local said
	read -r said </tmp/holder.out
	echo "holder: $said"
}

release_freeze() {
	kill -KILL "$HOLDER_PID"
	wait "$HOLDER_PID" 2>/dev/null || true
}
