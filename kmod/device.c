// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - checks on the block devices that commands name.
 */
#include <linux/kernfs.h>
#include <linux/module.h>
#include <linux/string.h>

#include "blkinterposer.h"

/* Whether a whole disk has any partition (part_tbl index 0 is the disk). */
static bool ip_disk_has_partitions(struct gendisk *disk)
{
	struct block_device *part;
	unsigned long idx;

	xa_for_each_start(&disk->part_tbl, idx, part, 1)
		return true;
	return false;
}

/**
 * ip_check_original - may @bdev be an original?
 * @bdev: the candidate
 *
 * Return: 0, -ELOOP for a bypass or an interposer (redirecting those would
 * feed a device its own bios), or -EISDIR for a whole disk that has
 * partitions (its partitions' bios would not be caught: interpose those).
 */
int ip_check_original(struct block_device *bdev)
{
	if (ip_is_bypass(bdev->bd_dev) || ip_is_interposer(bdev->bd_dev))
		return -ELOOP;
	if (!bdev_is_partition(bdev) && ip_disk_has_partitions(bdev->bd_disk))
		return -EISDIR;
	return 0;
}

/* Whether @bdev is a device-mapper device: its disk belongs to dm_mod. */
bool ip_is_device_mapper(struct block_device *bdev)
{
	struct module *owner = bdev->bd_disk->fops->owner;

	if (owner)
		return !strcmp(module_name(owner), "dm_mod");
	/* device-mapper built in: its disks are named dm-<minor> */
	return !strncmp(bdev->bd_disk->disk_name, "dm-", 3);
}

/*
 * Whether @upper's disk holds @lower directly, i.e. @lower's holders/
 * directory in sysfs names it: a device-mapper table names @lower itself.
 * Attaching @lower to such an @upper would send @upper's own bios back to
 * it forever.
 */
bool ip_holds_directly(struct block_device *upper, struct block_device *lower)
{
	struct kernfs_node *link;

	if (!lower->bd_holder_dir)
		return false;
	link = kernfs_find_and_get(lower->bd_holder_dir->sd, upper->bd_disk->disk_name);
	kernfs_put(link);
	return !!link;
}
