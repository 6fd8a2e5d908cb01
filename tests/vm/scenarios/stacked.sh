#!/bin/bash
# Scenario 6: a driver stacked above the original. dm-crypt (cryptsetup,
# plain mode) holds the original partition and the filesystem lives on the
# crypt device. Interposing the original must catch dm-crypt's bios (the
# interposer's counters prove it) and lose nothing. dm-crypt submits reads
# from inside its own submission, so this also drives the module's cloning
# path for nested bios.
#   stacked.sh ext4|xfs
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
fs=$1

disk=$(vm_disk 0)
PART=$(partition_disk "$disk")
modprobe -a dm-mod dm-crypt
head -c 64 /dev/urandom >/tmp/crypt.key
cryptsetup open --type plain --cipher aes-xts-plain64 --key-size 512 \
	--key-file /tmp/crypt.key "$PART" upper
make_fs "$fs" /dev/mapper/upper
mkdir -p /mnt/orig
mount /dev/mapper/upper /mnt/orig
load_module
start_workload /mnt/orig

step "interpose $PART, which dm-crypt holds"
interpose ip-under "linear @BYPASS@ 0"
dm=$(dm_kname ip-under)
before=$(completed_ios "$dm")
wait_workload_rounds 2
during=$(completed_ios "$dm")
echo "$dm completed $((during - before)) I/Os coming from dm-crypt above"
[ $((during - before)) -ge 1000 ] || fail "only $((during - before)) I/Os from dm-crypt reached $dm"
# Through dm-crypt and the interposer; read back, once detached, through
# dm-crypt straight to the original.
oracle_in_session stacked /dev/mapper/upper

step "detach and tear down"
release ip-under
drop_bypass
assert_module_empty
oracle_after_detach stacked
stop_workload
remount /dev/mapper/upper /mnt/orig
oracle_check_files /mnt/orig/oracle-stacked stacked
umount /mnt/orig
check_fs "$fs" /dev/mapper/upper
cryptsetup close upper
rmmod blkinterposer
echo "stacked on $fs: dm-crypt's bios were interposed, nothing lost"
