// SPDX-License-Identifier: GPL-2.0
/* IP_HAVE_BDEV_FILE: block devices are opened as files (6.9). */
#include <linux/blkdev.h>

static inline struct file *probe_bdev_file(dev_t dev)
{
	return bdev_file_open_by_dev(dev, BLK_OPEN_READ, NULL, NULL);
}
