// SPDX-License-Identifier: GPL-2.0
/* Fails on every kernel: only a warning, which the probes make an error. */
#include <linux/blkdev.h>

static inline void probe_warning_only(struct block_device *bdev)
{
	int *p = bdev;

	(void)p;
}
