/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * blkinterposer - put a live block device under device-mapper.
 *
 * The ioctl ABI of /dev/blkinterposer, shared by the kernel module and the
 * privileged helper. Every struct has a fixed size that is encoded in its
 * ioctl number; every field is a fixed-width integer; reserved fields must
 * be zero on input (EINVAL otherwise) and are zero on output, so later ABI
 * versions can give them a meaning. Every ioctl needs CAP_SYS_ADMIN.
 */
#ifndef _UAPI_LINUX_BLKINTERPOSER_H
#define _UAPI_LINUX_BLKINTERPOSER_H

#include <linux/const.h>
#include <linux/ioctl.h>
#include <linux/types.h>

#define BLKINTERPOSER_CTL_NAME		"blkinterposer"
#define BLKINTERPOSER_ABI_VERSION	1

/* Bits of blkinterposer_version.features: what this module can do. */
#define BLKINTERPOSER_FEAT_VERSION	_BITULL(0)

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

#define BLKINTERPOSER_IOC_MAGIC		0xDB

#define BLKINTERPOSER_IOC_VERSION \
	_IOR(BLKINTERPOSER_IOC_MAGIC, 0x00, struct blkinterposer_version)

#endif /* _UAPI_LINUX_BLKINTERPOSER_H */
