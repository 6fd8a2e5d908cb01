#!/bin/bash
# Harness self-test: a healthy guest. Proves what scenarios rely on: root,
# the expected kernel, a writable overlay root, the build tree visible, the
# requested disks present, host tools usable.
set -euo pipefail
fail() { echo "selftest: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "not root in the guest"
[ "$(uname -r)" = "$VM_KERNEL" ] || fail "booted $(uname -r), wanted $VM_KERNEL"
[ "$(findmnt -no FSTYPE /)" = overlay ] || fail "root is not the overlay"
touch /usr/interposer-overlay-probe || fail "the overlay root is not writable"
[ -x "$VM_SELFTEST_DIR/pass.sh" ] || fail "the source tree is not visible at $VM_SELFTEST_DIR"
count=0
for serial in /sys/block/vd*/serial; do
	[ -e "$serial" ] && count=$((count + 1))
done
[ "$count" = "$VM_DISK_COUNT" ] || fail "saw $count virtio disks, wanted $VM_DISK_COUNT"
modprobe dm-mod || fail "modprobe dm-mod failed"
echo "selftest: kernel $(uname -r), $count disks, overlay root, dm-mod loaded"
