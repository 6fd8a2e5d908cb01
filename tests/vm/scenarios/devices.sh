#!/bin/bash
# The device matrix: each kind of disk that users have, as the original,
# in one guest. On each, a filesystem stays mounted and busy (fio writing
# and verifying) while:
#  - dm-linear is attached, the position oracle's files are written
#    through it (O_DIRECT and buffered, 4 KiB to 4.5 MiB, in requests up
#    to 3.4 MiB, more than any of these queues takes at once), and it is
#    detached; every file is then found where the filesystem says, read
#    through a path the module never redirects (the whole disk at the
#    partition's offset, an md member, a loop device's backing file);
#  - snapshot-origin is attached and a snapshot made under the module's
#    FREEZE; more files are written through the origin; the snapshot holds
#    the first files and not the new ones; detached, the new files are
#    where they belong;
#  - a few attach/detach cycles (linear, delay, flakey) run under the load;
#  - unmounted, caches dropped, mounted again: every file reads back whole,
#    fio's files verify, and fsck is clean.
# The kinds (see the disks in tests/vm/CMakeLists.txt and vmrun's
# DISK_KINDS): virtio-blk; a small queue (4 KiB per request, 2 segments)
# with a partition at sector 63; NVMe with a 128 KiB transfer limit; a
# whole NVMe namespace of 4096-byte blocks; a 4Kn SCSI disk whose write
# cache is switched on in the middle of a session; an md RAID1; a loop
# device. The NVMe partition and the loop device grow while attached
# (growpart, losetup --set-capacity), and their filesystems with them.
#   devices.sh [NAME...]   the devices to run (default: all)
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"

all=(virtio small-queue nvme nvme4k-whole scsi4k md-raid1 loop)
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=("${all[@]}")

modprobe -a dm-mod dm-delay dm-snapshot dm-flakey loop
load_module

# The snapshots' copy-on-write store: a loop device over a file in the
# guest's memory, its header zeroed before each snapshot (a persistent
# snapshot that finds a header takes over its exceptions).
truncate -s 128M /tmp/cow.img
COW=$(losetup -f --show /tmp/cow.img)

# queue_of DEV: the limits that decide how DEV's queue splits bios.
queue_of() {
	local q
	q=$(disk_sysfs "$1")/queue
	echo "logical block $(cat "$q/logical_block_size") B, max $(cat "$q/max_sectors_kb") KiB and" \
		"$(cat "$q/max_segments") segments per request, write cache: $(cat "$q/write_cache")"
}

# mount_snapshot FS DEV DIR: a snapshot of a mounted filesystem, read-only.
mount_snapshot() {
	mkdir -p "$3"
	if [ "$1" = xfs ]; then
		# Same UUID as the mounted original, and a log to leave alone.
		mount -o ro,nouuid,norecovery "$2" "$3"
	else
		mount -o ro,noload "$2" "$3"
	fi
}

# flushes_of DEV: flush requests completed by DEV's disk (stat field 16).
flushes_of() {
	awk '{ print $16 }' "$(disk_sysfs "$1")/stat"
}

# cache_type DEV MODE: the write cache of DEV's SCSI disk, through MODE
# SELECT ("write back", "write through").
cache_type() {
	echo "$2" >"$(echo "$(disk_sysfs "$1")"/device/scsi_disk/*/cache_type)"
}

# fsyncs DIR N: N small writes, each followed by fsync.
fsyncs() {
	python3 - "$1" "$2" <<'PY'
import os, sys
fd = os.open(os.path.join(sys.argv[1], "fsync-probe"), os.O_WRONLY | os.O_CREAT, 0o644)
for i in range(int(sys.argv[2])):
    os.pwrite(fd, b"x" * 4096, i * 4096)
    os.fsync(fd)
os.close(fd)
PY
}

# grow NAME DEV FS DIR: while DEV is attached, it grows (a partition with
# BLKPG, as growpart does; a loop device's new capacity), and so does its
# filesystem, mounted on DIR. The interposer keeps its size: the new
# sectors must reach DEV all the same, and the filesystem must not fail.
grow() {
	local name=$1 dev=$2 fs=$3 mnt=$4 before disk sys fs_before
	sys=$(dev_sysfs "$dev")
	before=$(blockdev --getsz "$dev")
	fs_before=$(stat -f -c '%b' "$mnt")
	if [ -r "$sys/partition" ]; then
		disk=/dev/$(basename "$(disk_sysfs "$dev")")
		echo ',+' | sfdisk --quiet --no-reread --no-tell-kernel -N "$(cat "$sys/partition")" "$disk" ||
			fail "$name: sfdisk could not grow the partition table's entry"
		partx --update --nr "$(cat "$sys/partition")" "$disk" || fail "$name: partx could not grow $dev"
	else
		truncate -s +96M "$(cat "$sys/loop/backing_file")"
		losetup --set-capacity "$dev"
	fi
	echo "$name: $dev grew from $before to $(blockdev --getsz "$dev") sectors while attached"
	[ "$(blockdev --getsz "$dev")" -gt "$before" ] || fail "$name: $dev did not grow"
	case $fs in
	ext4) resize2fs "$dev" >/tmp/grow.log 2>&1 ;;
	xfs) xfs_growfs "$mnt" >/tmp/grow.log 2>&1 ;;
	esac || { cat /tmp/grow.log; fail "$name: growing $fs on the attached $dev failed"; }
	[ "$(stat -f -c '%b' "$mnt")" -gt "$fs_before" ] ||
		{ cat /tmp/grow.log; fail "$name: $fs on $dev did not grow"; }
	# Past the interposer's end now: the new part of the filesystem.
	touch "$mnt/grown" || fail "$name: the grown filesystem does not take writes"
	sync -f "$mnt"
	! dmesg | grep -E "I/O error|EXT4-fs error|XFS.*(error|Shutting down)" ||
		fail "$name: the filesystem saw errors after growing"
	echo "$name: $fs grew from $fs_before to $(stat -f -c '%b' "$mnt") blocks on the attached $dev"
}

# exercise NAME DEV FS [write-cache-switch|grow]: the whole matrix on one
# original.
exercise() {
	local name=$1 dev=$2 fs=$3 extra=${4:-} mnt=/mnt/$1 sectors before flushed kind i
	local -A tables=(
		[linear]="linear @BYPASS@ 0"
		[delay]="delay @BYPASS@ 0 2 @BYPASS@ 0 2"
		[flakey]="flakey @BYPASS@ 0 3600 1"
	)
	step "$name: $fs on $dev ($(queue_of "$dev"))"
	PART=$dev BYPASS=
	make_fs "$fs" "$dev"
	mkdir -p "$mnt"
	mount "$dev" "$mnt"
	start_workload "$mnt"

	step "$name: dm-linear; the oracle's files written through it, then detached"
	interpose "ip-$name" "linear @BYPASS@ 0"
	if [ "$extra" = write-cache-switch ]; then
		cache_type "$dev" "write back"
		echo "$name: the write cache is now: $(queue_of "$dev")"
		before=$(flushes_of "$dev")
		fsyncs "$mnt" 20
		flushed=$(($(flushes_of "$dev") - before))
		echo "$name: 20 fsyncs through the interposer made $flushed flushes of the disk"
		[ "$flushed" -ge 10 ] || fail "$name: the write cache was switched on while attached, and flushes no longer reach the disk ($flushed for 20 fsyncs)"
	fi
	if [ "$extra" = grow ]; then
		grow "$name" "$dev" "$fs" "$mnt"
	fi
	oracle_write "$mnt/linear" "$name-linear"
	release "ip-$name"
	oracle_check_raw "$mnt/linear" "$name-linear" "$dev"

	step "$name: snapshot-origin, a snapshot made under FREEZE, files written after it"
	interpose "ip-$name" "snapshot-origin @BYPASS@"
	dd if=/dev/zero of="$COW" bs=4096 count=1 oflag=direct status=none
	# Its size now, grown or not.
	sectors=$(blockdev --getsz "$dev")
	# The origin suspended around it: snapshot.sh says why.
	ctl freeze-run "$dev" sh -c "dmsetup suspend ip-$name && \
		dmsetup create ip-$name-snap --table '0 $sectors snapshot $BYPASS $COW P 8' && dmsetup resume ip-$name"
	oracle_write "$mnt/after" "$name-after"
	mount_snapshot "$fs" "/dev/mapper/ip-$name-snap" /mnt/snap
	oracle_check_files /mnt/snap/linear "$name-linear"
	[ ! -e /mnt/snap/after ] || fail "$name: the snapshot has files written after it was made"
	umount /mnt/snap
	dmsetup remove "ip-$name-snap"
	release "ip-$name"
	oracle_check_raw "$mnt/after" "$name-after" "$dev"

	step "$name: attach/detach cycles under the load"
	for i in 0 1 2; do
		kind=$(echo linear delay flakey | cut -d' ' -f$((i % 3 + 1)))
		interpose "ip-$name" "${tables[$kind]}"
		release "ip-$name"
	done
	drop_bypass
	assert_module_empty

	step "$name: from the disk again: remount, every file whole, fsck"
	stop_workload
	remount "$dev" "$mnt"
	oracle_check_files "$mnt/linear" "$name-linear"
	oracle_check_files "$mnt/after" "$name-after"
	verify_workload_files
	umount "$mnt"
	check_fs "$fs" "$dev"
	echo "$name: every byte where it belongs"
}

for name in "${wanted[@]}"; do
	case $name in
	virtio)
		dev=$(partition_disk "$(vm_disk 0)")
		exercise "$name" "$dev" xfs
		;;
	small-queue)
		disk=$(vm_disk 1)
		echo 4 >"/sys/block/${disk#/dev/}/queue/max_sectors_kb"
		dev=$(partition_disk "$disk" 63 dos)
		exercise "$name" "$dev" ext4
		;;
	nvme)
		# Room to grow into: the partition ends 64 MiB before the disk.
		disk=$(vm_disk 2)
		dev=$(partition_disk "$disk" 2048 gpt $(($(blockdev --getsz "$disk") - 2048 - 131072 - 34)))
		exercise "$name" "$dev" xfs grow
		;;
	nvme4k-whole)
		dev=$(vm_disk 3)
		exercise "$name" "$dev" ext4
		;;
	scsi4k)
		disk=$(vm_disk 4)
		# Write-through now; switched to write-back once attached.
		cache_type "$disk" "write through"
		dev=$(partition_disk "$disk")
		exercise "$name" "$dev" ext4 write-cache-switch
		;;
	md-raid1)
		modprobe -a md-mod raid1
		members=("$(vm_disk 5)" "$(vm_disk 6)")
		MDADM_NO_UDEV=1 mdadm --create /dev/md0 --run --quiet --level=1 --raid-devices=2 \
			--metadata=1.2 --assume-clean "${members[@]}" || fail "mdadm --create failed"
		exercise "$name" /dev/md0 xfs
		mdadm --stop /dev/md0
		;;
	loop)
		truncate -s 160M /tmp/loop-original.img
		dev=$(losetup -f --show /tmp/loop-original.img)
		exercise "$name" "$dev" ext4 grow
		;;
	*) fail "no device called $name (${all[*]})" ;;
	esac
done
losetup -D
rmmod blkinterposer
echo "devices: ${wanted[*]}: every byte where it belongs"
