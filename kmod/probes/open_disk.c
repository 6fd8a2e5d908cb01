// SPDX-License-Identifier: GPL-2.0
/* IP_HAVE_OPEN_DISK: block_device_operations.open takes the gendisk (6.5). */
#include <linux/blkdev.h>

static int probe_open_disk_open(struct gendisk *disk, blk_mode_t mode)
{
	return 0;
}

static const struct block_device_operations probe_open_disk_fops __maybe_unused = {
	.open = probe_open_disk_open,
};
