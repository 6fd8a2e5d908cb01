/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * blkinterposer - put a live block device under device-mapper.
 *
 * The ioctl ABI of /dev/blkinterposer, shared by the kernel module and the
 * privileged helper. Every struct is 64 bytes, its size encoded in its ioctl
 * number; every field is a fixed-width integer; reserved fields and flags
 * must be zero on input and are zero on output, so later ABI versions can
 * give them a meaning. Devices are named by major and minor number.
 *
 * Words: the *original* is the live device (a partition, or a whole disk
 * without partitions); its *bypass* (ipbypass<N>) gives raw, non-exclusive
 * access to it for device-mapper tables; the *interposer* is the
 * device-mapper device that receives every bio addressed to the original
 * while it is attached.
 *
 * Errors, the same for every command:
 *   EPERM        the caller lacks CAP_SYS_ADMIN
 *   ENOTTY       not a command of this module (a known command with
 *                another struct size too: the size is part of the number)
 *   EINVAL       a reserved field or flag is not zero, or a device number
 *                is out of range
 *   EFAULT       the struct could not be read or written
 *   ENXIO        no block device has that number
 * and per command, below.
 */
#ifndef _UAPI_LINUX_BLKINTERPOSER_H
#define _UAPI_LINUX_BLKINTERPOSER_H

#include <linux/const.h>
#include <linux/ioctl.h>
#include <linux/types.h>

#define BLKINTERPOSER_CTL_NAME		"blkinterposer"
#define BLKINTERPOSER_ABI_VERSION	1

/* Bits of blkinterposer_version.features: what this module can do. */
#define BLKINTERPOSER_FEAT_BYPASS	_BITULL(0)
#define BLKINTERPOSER_FEAT_ATTACH	_BITULL(1)
#define BLKINTERPOSER_FEAT_FREEZE	_BITULL(2)
#define BLKINTERPOSER_FEAT_LIST		_BITULL(3)
#define BLKINTERPOSER_FEAT_REMOVAL	_BITULL(4)

/* Bits of blkinterposer_entry.state. */
#define BLKINTERPOSER_STATE_BYPASS	_BITUL(0)	/* a bypass exists */
#define BLKINTERPOSER_STATE_ATTACHED	_BITUL(1)	/* bios are redirected */
#define BLKINTERPOSER_STATE_GONE	_BITUL(2)	/* the original was removed */

/* The uevent (KOBJ_CHANGE on the control device) when an original goes. */
#define BLKINTERPOSER_UEVENT_EVENT	"BLKINTERPOSER_EVENT"	/* =original-gone */
#define BLKINTERPOSER_UEVENT_ORIGINAL	"BLKINTERPOSER_ORIGINAL" /* =major:minor */

/**
 * struct blkinterposer_dev - a block device number
 * @major: major number
 * @minor: minor number
 */
struct blkinterposer_dev {
	__u32 major;
	__u32 minor;
};

/**
 * struct blkinterposer_version - BLKINTERPOSER_IOC_VERSION output
 * @abi_version: BLKINTERPOSER_ABI_VERSION of the running module
 * @reserved0: zero
 * @features: BLKINTERPOSER_FEAT_* bits
 * @reserved: zero
 */
struct blkinterposer_version {
	__u32 abi_version;
	__u32 reserved0;
	__u64 features;
	__u64 reserved[6];
};

/**
 * struct blkinterposer_bypass - BLKINTERPOSER_IOC_BYPASS_CREATE
 * @original: in: the original
 * @bypass: out: the new bypass disk
 * @index: out: N in its name, ipbypass<N>
 * @flags: in: zero
 * @reserved: zero
 *
 * The bypass has the original's size (as it is each time the bypass is
 * opened: an original may grow), block sizes and discard support,
 * always a write cache with FUA (flushes pass through it to the original,
 * whose own setting decides, whenever it changes), is read-only if the
 * original is, and is never scanned for partitions. Errors: ELOOP (the
 * original is a bypass or an interposer), EISDIR (a whole disk that has
 * partitions), EEXIST (the original already has a bypass), EOPNOTSUPP (a
 * zoned device), EBUSY (the original is mounted and the kernel forbids
 * writing to mounted devices: bdev_allow_write_mounted=0, 6.8 and later).
 */
struct blkinterposer_bypass {
	struct blkinterposer_dev original;
	struct blkinterposer_dev bypass;
	__u32 index;
	__u32 flags;
	__u64 reserved[5];
};

/**
 * struct blkinterposer_attach - BLKINTERPOSER_IOC_ATTACH
 * @original: the original
 * @interposer: the device-mapper device that will receive its bios
 * @flags: zero
 * @reserved0: zero
 * @reserved: zero
 *
 * Freezes the filesystem on the original (if any), starts redirecting, and
 * thaws. Errors: EMEDIUMTYPE (the interposer is not a device-mapper
 * device), ENOSPC (the interposer is smaller than the original), EEXIST (the
 * original is already attached), ELOOP (the original is a bypass or an
 * interposer, the interposer is an original or the original itself, or the
 * interposer is built on the original: its table names the original, or a
 * device that is built on it, as sysfs's holders/ show), EOPNOTSUPP (a
 * zoned original), EBUSY (the interposer already
 * receives another original's bios; on 6.1 also: the filesystem on the
 * original was frozen with FIFREEZE), EISDIR (a whole disk that has
 * partitions), ETXTBSY (another module, a livepatch or another block
 * filter, took the hook on submit_bio_noacct() since this one was loaded);
 * rarely, an error of ftrace's from registering that hook (ENOMEM, or
 * EAGAIN while a BPF program attaches to the function: try again).
 */
struct blkinterposer_attach {
	struct blkinterposer_dev original;
	struct blkinterposer_dev interposer;
	__u32 flags;
	__u32 reserved0;
	__u64 reserved[5];
};

/**
 * struct blkinterposer_target - names an original, for BYPASS_DESTROY,
 * DETACH, FREEZE and THAW
 * @original: the original
 * @flags: zero
 * @reserved0: zero
 * @reserved: zero
 *
 * BYPASS_DESTROY: ENOENT (no bypass), EBUSY (the bypass is open).
 * DETACH: ENOENT (not attached); freezes, stops redirecting, waits until no
 *   redirect is in progress, thaws and lets go of the interposer. Bios
 *   redirected before may still be in flight in the interposer: suspend it
 *   (device-mapper waits for them) before removing it.
 * FREEZE: freezes the filesystem on the device (if any) until THAW on the
 *   same open file, or until that file is closed (so a dying process never
 *   leaves a filesystem frozen); EALREADY (this file already froze it).
 * THAW: ENOENT (this file holds no freeze of it).
 * FREEZE and THAW accept any block device, not only originals.
 */
struct blkinterposer_target {
	struct blkinterposer_dev original;
	__u32 flags;
	__u32 reserved0;
	__u64 reserved[6];
};

/**
 * struct blkinterposer_entry - one original known to the module
 * @original: the original
 * @bypass: its bypass, or 0:0
 * @interposer: its interposer while attached, or 0:0
 * @state: BLKINTERPOSER_STATE_* bits
 * @bypass_index: N of ipbypass<N> if there is a bypass
 * @redirected: bios redirected to the interposer since attach
 * @reserved: zero
 */
struct blkinterposer_entry {
	struct blkinterposer_dev original;
	struct blkinterposer_dev bypass;
	struct blkinterposer_dev interposer;
	__u32 state;
	__u32 bypass_index;
	__u64 redirected;
	__u64 reserved[3];
};

/**
 * struct blkinterposer_list - BLKINTERPOSER_IOC_LIST
 * @entries: in: user address of an array of @capacity entries
 * @capacity: in: how many entries fit there
 * @count: out: how many originals the module knows; if more than
 *	@capacity, only @capacity were written: call again with more room
 * @reserved: zero
 */
struct blkinterposer_list {
	__u64 entries;
	__u32 capacity;
	__u32 count;
	__u64 reserved[6];
};

#define BLKINTERPOSER_IOC_MAGIC		0xDB

#define BLKINTERPOSER_IOC_VERSION \
	_IOR(BLKINTERPOSER_IOC_MAGIC, 0x00, struct blkinterposer_version)
#define BLKINTERPOSER_IOC_BYPASS_CREATE \
	_IOWR(BLKINTERPOSER_IOC_MAGIC, 0x01, struct blkinterposer_bypass)
#define BLKINTERPOSER_IOC_BYPASS_DESTROY \
	_IOW(BLKINTERPOSER_IOC_MAGIC, 0x02, struct blkinterposer_target)
#define BLKINTERPOSER_IOC_ATTACH \
	_IOW(BLKINTERPOSER_IOC_MAGIC, 0x03, struct blkinterposer_attach)
#define BLKINTERPOSER_IOC_DETACH \
	_IOW(BLKINTERPOSER_IOC_MAGIC, 0x04, struct blkinterposer_target)
#define BLKINTERPOSER_IOC_FREEZE \
	_IOW(BLKINTERPOSER_IOC_MAGIC, 0x05, struct blkinterposer_target)
#define BLKINTERPOSER_IOC_THAW \
	_IOW(BLKINTERPOSER_IOC_MAGIC, 0x06, struct blkinterposer_target)
#define BLKINTERPOSER_IOC_LIST \
	_IOWR(BLKINTERPOSER_IOC_MAGIC, 0x07, struct blkinterposer_list)

#endif /* _UAPI_LINUX_BLKINTERPOSER_H */
