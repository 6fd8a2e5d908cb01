// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - checks on the block devices that commands name.
 */
#include <linux/device.h>
#include <linux/kernfs.h>
#include <linux/lockdep.h>
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

/* The walk of ip_builds_on(): the devices found so far, each referenced. */
#define IP_WALK_MAX 64

struct ip_walk {
	struct device *found[IP_WALK_MAX];
	unsigned int count;
	struct block_device *node;	/* whose holders are looked for now */
	struct kobject *holder_dir;	/* its holders/ directory, referenced */
};

static bool ip_walk_found(struct ip_walk *w, struct device *dev)
{
	unsigned int i;

	for (i = 0; i < w->count; i++)
		if (w->found[i] == dev)
			return true;
	return false;
}

static int ip_walk_add(struct ip_walk *w, struct device *dev)
{
	if (ip_walk_found(w, dev))
		return 0;
	if (w->count == IP_WALK_MAX)
		return -E2BIG;
	w->found[w->count++] = get_device(dev);
	return 0;
}

/*
 * class_for_each_device() callback: add @dev if it is built on w->node:
 * a disk whose table or array names it (holders/ has a link named after
 * the disk), or one of w->node's partitions.
 */
static int ip_walk_holder(struct device *dev, void *data)
{
	struct block_device *candidate = dev_to_bdev(dev);
	struct ip_walk *w = data;
	struct kernfs_node *link;

	if (bdev_is_partition(candidate)) {
		if (candidate->bd_disk == w->node->bd_disk && !bdev_is_partition(w->node))
			return ip_walk_add(w, dev);
		return 0;
	}
	if (!w->holder_dir)
		return 0;
	link = kernfs_find_and_get(w->holder_dir->sd, dev_name(dev));
	if (!link)
		return 0;
	kernfs_put(link);
	return ip_walk_add(w, dev);
}

/*
 * @bdev's holders/ directory, referenced, or NULL if its disk is being
 * deleted (which puts the directory whoever holds the disk open): taken
 * as bd_link_disk_holder() takes it.
 */
static struct kobject *ip_holder_dir_get(struct block_device *bdev)
{
	struct kobject *dir = NULL;

	mutex_lock(&bdev->bd_disk->open_mutex);
	if (disk_live(bdev->bd_disk) && bdev->bd_holder_dir)
		dir = kobject_get(bdev->bd_holder_dir);
	mutex_unlock(&bdev->bd_disk->open_mutex);
	return dir;
}

/**
 * ip_builds_on - whether @upper's bios reach @lower through other devices
 * @upper: a device-mapper device (a candidate interposer)
 * @lower: a candidate original
 *
 * Follows, from @lower up, every device built on what was found so far:
 * the disks whose tables or arrays name it (sysfs's holders/, which
 * bd_link_disk_holder() fills), a found disk's partitions, and a found
 * device's bypass (bypasses open their original without claiming it; not
 * @lower's own, the one interposers are meant to be built on).
 * Attaching @lower to an @upper found so would send @upper's own bios back
 * to it without end. What sysfs does not show, a loop device over a file on
 * @lower's filesystem, is not seen. Under ip_lock (the bypasses).
 *
 * Return: true if @upper is found, or if the stack is too large to tell.
 */
bool ip_builds_on(struct block_device *upper, struct block_device *lower)
{
	struct ip_bypass *b;
	struct ip_walk *w;
	unsigned int i;
	bool found;
	int ret;

	lockdep_assert_held(&ip_lock);
	w = kzalloc(sizeof(*w), GFP_KERNEL);
	if (!w)
		return true;
	ret = ip_walk_add(w, &lower->bd_device);
	for (i = 0; i < w->count && !ret; i++) {
		w->node = dev_to_bdev(w->found[i]);
		/*
		 * Not @lower's own: what reaches @lower through it is routed
		 * (ip_bio_remap()) and never redirected again.
		 */
		b = i ? ip_bypass_find(w->node->bd_dev) : NULL;
		if (b)
			ret = ip_walk_add(w, disk_to_dev(b->disk));
		w->holder_dir = ip_holder_dir_get(w->node);
		if (!ret)
			ret = class_for_each_device(lower->bd_device.class, NULL, w,
						    ip_walk_holder);
		kobject_put(w->holder_dir);
	}
	found = ret || ip_walk_found(w, &upper->bd_device);
	for (i = 0; i < w->count; i++)
		put_device(w->found[i]);
	kfree(w);
	return found;
}
