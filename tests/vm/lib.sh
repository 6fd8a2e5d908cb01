# Shared helpers for guest scenario scripts (bash, run as root in the VM).
# Source it: . "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
set -euo pipefail

# step TEXT: say what the scenario does next (shows in guest.log and ctest).
step() { echo "== $*"; }

# fail TEXT: end the scenario with a reason.
fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# vm_disk N: the block device of the Nth --disk given to vmrun (serial diskN).
vm_disk() {
	local serial
	for serial in /sys/block/*/serial; do
		if [ "$(cat "$serial")" = "disk$1" ]; then
			basename "$(dirname "$serial")" | sed 's|^|/dev/|'
			return 0
		fi
	done
	fail "no virtio disk with serial disk$1"
}

# partition_disk DISK: one GPT partition over the whole disk; prints its node.
# sfdisk's BLKRRPART is synchronous and devtmpfs makes the node before it
# returns, so the node exists when this does.
partition_disk() {
	local disk=$1 part
	echo 'label: gpt
start=2048, type=linux' | sfdisk --quiet "$disk" >/dev/null
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

# check_files DIR SUMS: every file listed in SUMS is in DIR with that content.
check_files() {
	(cd "$1" && sha256sum --quiet -c "$2") || fail "files in $1 do not match $2"
}
