// SPDX-License-Identifier: GPL-2.0
/* IP_HAVE_BDEV_FREEZE: bdev_freeze() and bdev_thaw() (6.8). */
#include <linux/blkdev.h>

static inline int probe_bdev_freeze(struct block_device *bdev)
{
	return bdev_freeze(bdev) ?: bdev_thaw(bdev);
}
