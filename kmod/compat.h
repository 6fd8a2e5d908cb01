/* SPDX-License-Identifier: GPL-2.0 */
/*
 * blkinterposer - the differences between the kernels it supports, in one
 * place: every line Debian ships (6.1, 6.12 and 7.x). Everything else in
 * the module is written against the definitions here and does not test
 * kernel versions itself.
 *
 * The IP_HAVE_* macros come from Kbuild, which compiles a probe for each
 * API against the kernel (6.1 has none of them, 6.12 all but the last,
 * 7.x all).
 */
#ifndef BLKINTERPOSER_COMPAT_H
#define BLKINTERPOSER_COMPAT_H

#include <linux/blkdev.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/ftrace.h>

#ifndef CONFIG_HAVE_DYNAMIC_FTRACE_WITH_ARGS
#error "blkinterposer needs DYNAMIC_FTRACE_WITH_ARGS (x86-64 6.1 and later have it)"
#endif

/*
 * IP_HAVE_BDEV_FILE: block devices are opened as files (6.9).
 * IP_HAVE_BDEV_FREEZE: bdev_freeze()/bdev_thaw() (6.8).
 * IP_HAVE_DISK_LIMITS: blk_alloc_disk() takes queue limits (6.9), which
 *	carry the write-cache and FUA features (6.11).
 * IP_HAVE_OPEN_DISK: block_device_operations.open takes the gendisk (6.5).
 * IP_HAVE_FREGS_SET_IP, IP_HAVE_FREGS_GET_ARG: ftrace_regs accessors.
 * IP_HAVE_CONST_BIN_ATTR: binary sysfs attributes are const in read() and
 *	in a group's bin_attrs (6.16).
 * Each is defined when kmod/probes/<name>.c compiles against the kernel.
 */

#ifdef IP_HAVE_CONST_BIN_ATTR
#define IP_CONST_BIN_ATTR const
#else
#define IP_CONST_BIN_ATTR
#endif

/**
 * struct ip_bdev_ref - an open, non-exclusive reference to a block device
 * @bdev: the device
 *
 * Never exclusive: the original is held exclusively by what is mounted on
 * it, which is the whole point.
 */
struct ip_bdev_ref {
	struct block_device *bdev;
#ifdef IP_HAVE_BDEV_FILE
	struct file *file;
#else
	fmode_t mode;
#endif
};

static inline int ip_bdev_open(dev_t dev, bool write, struct ip_bdev_ref *ref)
{
#ifdef IP_HAVE_BDEV_FILE
	blk_mode_t mode = BLK_OPEN_READ | (write ? BLK_OPEN_WRITE : 0);
	struct file *file = bdev_file_open_by_dev(dev, mode, NULL, NULL);

	if (IS_ERR(file))
		return PTR_ERR(file);
	ref->file = file;
	ref->bdev = file_bdev(file);
#else
	fmode_t mode = FMODE_READ | (write ? FMODE_WRITE : 0);
	struct block_device *bdev = blkdev_get_by_dev(dev, mode, NULL);

	if (IS_ERR(bdev))
		return PTR_ERR(bdev);
	ref->mode = mode;
	ref->bdev = bdev;
#endif
	return 0;
}

static inline void ip_bdev_close(struct ip_bdev_ref *ref)
{
	if (!ref->bdev)
		return;
#ifdef IP_HAVE_BDEV_FILE
	/*
	 * Released now: fput() would defer it to when the task returns to
	 * userspace or, from a work item (the removal's teardown), to the
	 * delayed-fput work, while callers tell userspace that the device
	 * is free once this returns (device-mapper refuses to remove a
	 * device that is still open). blkdev_release() takes the disk's
	 * open_mutex, which nests inside ip_lock.
	 */
	__fput_sync(ref->file);
	ref->file = NULL;
#else
	blkdev_put(ref->bdev, ref->mode);
#endif
	ref->bdev = NULL;
}

static inline int ip_bdev_freeze(struct block_device *bdev)
{
#ifdef IP_HAVE_BDEV_FREEZE
	return bdev_freeze(bdev);
#else
	return freeze_bdev(bdev);
#endif
}

static inline int ip_bdev_thaw(struct block_device *bdev)
{
#ifdef IP_HAVE_BDEV_FREEZE
	return bdev_thaw(bdev);
#else
	return thaw_bdev(bdev);
#endif
}

/*
 * A bio-based disk whose limits are those of @orig, so that device-mapper,
 * which stacks the limits of its table devices, sees the original's block
 * sizes, alignment and discard.
 *
 * Write cache and FUA are not the original's, which can change at any
 * time (its sysfs write_cache, a SCSI disk's cache_type, a revalidation
 * after a drive's cache setting changed): the bypass always has both.
 * Device-mapper then passes REQ_PREFLUSH and REQ_FUA down to it, the hook
 * hands them to the original, and the original's own queue decides as it
 * does for every bio: it strips them while it has no write cache, and
 * emulates FUA with a flush where it lacks FUA. Copying the original's
 * state here instead would leave device-mapper stripping every flush for
 * good once the original's cache went from write-through to write-back.
 */
static inline struct gendisk *ip_alloc_disk_like(struct block_device *orig)
{
#ifdef IP_HAVE_DISK_LIMITS
	struct queue_limits lim;

	blk_set_stacking_limits(&lim);
	queue_limits_stack_bdev(&lim, orig, 0, "blkinterposer");
	lim.features |= BLK_FEAT_WRITE_CACHE | BLK_FEAT_FUA;
	return blk_alloc_disk(&lim, NUMA_NO_NODE);
#else
	struct gendisk *disk = blk_alloc_disk(NUMA_NO_NODE);

	if (!disk)
		return ERR_PTR(-ENOMEM);
	blk_set_stacking_limits(&disk->queue->limits);
	disk_stack_limits(disk, orig, 0);
	blk_queue_write_cache(disk->queue, true, true);
	return disk;
#endif
}

/*
 * The bypass's block_device_operations.open, whose arguments changed;
 * bypass.c implements ip_bypass_open_disk().
 */
int ip_bypass_open_disk(struct gendisk *disk);

#ifdef IP_HAVE_OPEN_DISK
static inline int ip_bypass_open(struct gendisk *disk, blk_mode_t mode)
{
	return ip_bypass_open_disk(disk);
}
#else
static inline int ip_bypass_open(struct block_device *bdev, fmode_t mode)
{
	return ip_bypass_open_disk(bdev->bd_disk);
}
#endif

/*
 * An atomic write (6.11 on) must not be split: end it as the block layer
 * ends one it would have to split, and say so. False for any other bio.
 */
static inline bool ip_bio_end_atomic(struct bio *bio)
{
#ifdef REQ_ATOMIC
	if (bio->bi_opf & REQ_ATOMIC) {
		bio->bi_status = BLK_STS_INVAL;
		bio_endio(bio);
		return true;
	}
#endif
	return false;
}

/* The first argument of a traced function, at its entry. */
static __always_inline unsigned long ip_ftrace_arg0(struct ftrace_regs *fregs)
{
#ifdef IP_HAVE_FREGS_GET_ARG
	return ftrace_regs_get_argument(fregs, 0);
#else
	return regs_get_kernel_argument(&fregs->regs, 0);
#endif
}

/* Make the traced call continue in @fn instead (as livepatch does). */
static __always_inline void ip_ftrace_redirect(struct ftrace_regs *fregs, void *fn)
{
#ifdef IP_HAVE_FREGS_SET_IP
	ftrace_regs_set_instruction_pointer(fregs, (unsigned long)fn);
#else
	ftrace_instruction_pointer_set(fregs, (unsigned long)fn);
#endif
}

#endif /* BLKINTERPOSER_COMPAT_H */
