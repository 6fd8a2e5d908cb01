// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - checks on the block devices that commands name.
 */
#include <linux/device.h>
#include <linux/kernfs.h>
#include <linux/module.h>
#include <linux/slab.h>
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
 * feed a device its own bios), -EISDIR for a whole disk that has
 * partitions (its partitions' bios would not be caught: interpose those),
 * or -EOPNOTSUPP for a zoned device (a zone append's result, the sector
 * where the data went, would not come back through device-mapper's
 * targets, and zones must be written in order).
 */
int ip_check_original(struct block_device *bdev)
{
	if (ip_is_bypass(bdev->bd_dev) || ip_is_interposer(bdev->bd_dev))
		return -ELOOP;
	if (bdev_is_zoned(bdev))
		return -EOPNOTSUPP;
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

/* The walk of ip_builds_on(): the devices found so far. */
#define IP_WALK_MAX 64

struct ip_walk {
	dev_t found[IP_WALK_MAX];
	unsigned int count;
	struct block_device *lower;	/* whose holders are looked for now */
};

static bool ip_walk_found(struct ip_walk *w, dev_t dev)
{
	unsigned int i;

	for (i = 0; i < w->count; i++)
		if (w->found[i] == dev)
			return true;
	return false;
}

/* class_for_each_device() callback: add @dev's disk if it holds w->lower. */
static int ip_walk_holder(struct device *dev, void *data)
{
	struct block_device *candidate = dev_to_bdev(dev);
	struct ip_walk *w = data;
	struct kernfs_node *link;

	/* Holders are disks (bd_link_disk_holder() names a disk). */
	if (bdev_is_partition(candidate) || ip_walk_found(w, candidate->bd_dev))
		return 0;
	link = kernfs_find_and_get(w->lower->bd_holder_dir->sd, candidate->bd_disk->disk_name);
	if (!link)
		return 0;
	kernfs_put(link);
	if (w->count == IP_WALK_MAX)
		return -E2BIG;
	w->found[w->count++] = candidate->bd_dev;
	return 0;
}

/**
 * ip_builds_on - whether @upper's bios reach @lower through other devices
 * @upper: a device-mapper device (a candidate interposer)
 * @lower: a candidate original
 *
 * The holders/ directories of sysfs say which disk's table or array names
 * which device (bd_link_disk_holder()); this follows them up from @lower,
 * through every device that holds it, every device that holds those, and
 * so on. Attaching @lower to an @upper found there would send @upper's own
 * bios back to it without end. What sysfs does not show, a loop device
 * over a file on @lower's filesystem, is not seen.
 *
 * Return: true if @upper is found, or if the stack is too large to tell.
 */
bool ip_builds_on(struct block_device *upper, struct block_device *lower)
{
	struct ip_bdev_ref ref = {};
	struct ip_walk *w;
	bool found = true;
	unsigned int i;
	int ret = 0;

	w = kzalloc(sizeof(*w), GFP_KERNEL);
	if (!w)
		return true;
	w->found[w->count++] = lower->bd_dev;
	for (i = 0; i < w->count && !ret; i++) {
		if (w->found[i] == upper->bd_dev)
			goto out;
		/* Open, so that its holders/ directory stays while looked at. */
		if (ip_bdev_open(w->found[i], false, &ref))
			continue;
		w->lower = ref.bdev;
		if (w->lower->bd_holder_dir)
			ret = class_for_each_device(lower->bd_device.class, NULL, w,
						    ip_walk_holder);
		ip_bdev_close(&ref);
	}
	found = ret || ip_walk_found(w, upper->bd_dev);
out:
	kfree(w);
	return found;
}
