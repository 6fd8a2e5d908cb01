// SPDX-License-Identifier: GPL-2.0
/*
 * IP_HAVE_DISK_LIMITS: blk_alloc_disk() takes queue limits (6.9), which
 * carry the write-cache and FUA features (6.11).
 */
#include <linux/blkdev.h>

static inline struct gendisk *probe_disk_limits(void)
{
	struct queue_limits lim = { .features = BLK_FEAT_WRITE_CACHE | BLK_FEAT_FUA };

	return blk_alloc_disk(&lim, NUMA_NO_NODE);
}
