#!/bin/bash
# Harness self-test: the position oracle (tests/tools/position-oracle.c)
# passes files that are where their filesystem says, and names the sector
# when one is not: a sector of a file is overwritten on the disk under the
# filesystem with the file's next sector (a write that landed one sector
# off), then check-raw and, after a remount, check-files must fail and
# say which sector holds what.
set -uo pipefail
fail() { echo "selftest: $*" >&2; exit 1; }
oracle=$INTERPOSER_BUILD_DIR/tests/guest/position-oracle
dev=/dev/vda file=f04-d-1048576

mkfs.ext4 -q -F "$dev" || fail "mkfs.ext4 $dev failed"
mkdir -p /mnt/oracle && mount "$dev" /mnt/oracle || fail "cannot mount $dev"
"$oracle" write /mnt/oracle/files t || fail "the oracle could not write"
"$oracle" check-raw /mnt/oracle/files t "$dev" 0 || fail "check-raw failed on files that are in place"

# The file's first extent, in 512-byte sectors of $dev.
first=$(filefrag -b512 -v "/mnt/oracle/files/$file" |
	awk '$1 == "0:" { gsub(/[^0-9]+/, " "); split($0, n, " "); print n[4] }')
[ -n "$first" ] || fail "no extent found for $file"
dd if="$dev" of="$dev" bs=512 skip=$((first + 6)) seek=$((first + 5)) count=1 \
	iflag=direct oflag=direct conv=notrunc status=none || fail "dd on $dev failed"

# expect_failure TEXT CMD...: CMD fails and says TEXT.
expect_failure() {
	local want=$1 out
	shift
	if out=$("$@" 2>&1); then
		fail "the oracle passed a misplaced sector: $* said: $out"
	fi
	grep -qF -- "$want" <<<"$out" || fail "the oracle failed without naming the sector: $out"
	echo "selftest oracle: $2 fails as it must: $out"
}
expect_failure "$file sector 5 is not at byte $(((first + 5) * 512)) of $dev: found sector $file@00000006 there" \
	"$oracle" check-raw /mnt/oracle/files t "$dev" 0
umount /mnt/oracle && echo 3 >/proc/sys/vm/drop_caches && mount "$dev" /mnt/oracle ||
	fail "cannot mount $dev again"
expect_failure "first bad sector 5 holds sector $file@00000006" \
	"$oracle" check-files /mnt/oracle/files t
umount /mnt/oracle
echo "selftest: the position oracle passes what is in place and names a misplaced sector"
