// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - bypass disks.
 *
 * device-mapper opens its table devices exclusively, and a mounted
 * filesystem already holds its device exclusively, so no table can name a
 * mounted original. A bypass, ipbypass<N>, gives raw access to the original
 * without claiming it, and tables name the bypass instead.
 *
 * A bio addressed to a bypass never reaches it: the hook re-addresses it to
 * the original as it enters submit_bio_noacct() (hook.c). Should one reach
 * the bypass's queue by another way (while no original is attached, the
 * hook is not registered), ip_bypass_submit_bio() clones it onto the
 * original. Either way it is remapped there (ip_bio_remap()), so the hook
 * never redirects it, nor what the block layer splits off it.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/bio.h>
#include <linux/blkdev.h>
#include <linux/idr.h>
#include <linux/module.h>
#include <linux/rculist.h>
#include <linux/slab.h>

#include "blkinterposer.h"

#define IP_BYPASS_MINORS 1024

/* Every bypass, under ip_lock; readable under RCU by the removal hook. */
LIST_HEAD(ip_bypasses);
static int ip_bypass_major;
static DEFINE_IDA(ip_bypass_ida);
static struct bio_set ip_bypass_bioset;

static void ip_bypass_endio(struct bio *clone)
{
	struct bio *bio = clone->bi_private;
	struct ip_bypass *b = bio->bi_bdev->bd_disk->private_data;

	bio->bi_status = clone->bi_status;
	bio_put(clone);
	bio_endio(bio);
	/* Last: once it drops to zero the bypass may be freed. */
	percpu_ref_put(&b->inflight);
}

static void ip_bypass_submit_bio(struct bio *bio)
{
	struct ip_bypass *b = bio->bi_bdev->bd_disk->private_data;
	struct bio *clone;

	/* A mempool allocation with GFP_NOIO and a rescuer: never NULL. */
	clone = bio_alloc_clone(b->orig.bdev, bio, GFP_NOIO, &ip_bypass_bioset);
	if (!ip_bio_remap(clone)) {
		/* Past the original's end (it shrank): as the original would. */
		bio_put(clone);
		bio_io_error(bio);
		return;
	}
	percpu_ref_get(&b->inflight);
	clone->bi_end_io = ip_bypass_endio;
	clone->bi_private = bio;
	submit_bio_noacct(clone);
}

/* Called under the disk's open_mutex, as is the check in destroy. */
int ip_bypass_open_disk(struct gendisk *disk)
{
	struct ip_bypass *b = disk->private_data;

	if (READ_ONCE(b->dying))
		return -ENXIO;
	/*
	 * The original may have grown (or shrunk) since the bypass was made:
	 * a table loaded now is checked against, and may cover, its size now.
	 */
	set_capacity(disk, bdev_nr_sectors(b->orig.bdev));
	return 0;
}

static const struct block_device_operations ip_bypass_fops = {
	.owner = THIS_MODULE,
	.submit_bio = ip_bypass_submit_bio,
	.open = ip_bypass_open,
};

static void ip_bypass_drained(struct percpu_ref *ref)
{
	struct ip_bypass *b = container_of(ref, struct ip_bypass, inflight);

	complete(&b->drained);
}

/* Under ip_lock. */
struct ip_bypass *ip_bypass_find(dev_t orig_dev)
{
	struct ip_bypass *b;

	list_for_each_entry(b, &ip_bypasses, node)
		if (b->orig_dev == orig_dev)
			return b;
	return NULL;
}

bool ip_is_bypass(dev_t dev)
{
	return MAJOR(dev) == ip_bypass_major;
}

/* The bypass writes where the original can be written, else reads only. */
static int ip_bypass_open_original(struct ip_bypass *b, bool *writable)
{
	int ret = ip_bdev_open(b->orig_dev, true, &b->orig);

	*writable = !ret;
	if (ret == -EACCES || ret == -EROFS)
		ret = ip_bdev_open(b->orig_dev, false, &b->orig);
	else if (ret == -EBUSY)
		/* Only mounts claim writes away from others, and only then. */
		pr_warn("cannot write to %u:%u while it is mounted: this kernel forbids writing to mounted block devices (bdev_allow_write_mounted=0 on its command line)\n",
			MAJOR(b->orig_dev), MINOR(b->orig_dev));
	return ret;
}

/**
 * ip_bypass_create - make ipbypass<N> for an original
 * @orig_dev: the original
 * @out: filled with the bypass's number and index
 *
 * Under ip_lock. Return: 0 or a negative errno (see the uapi header).
 */
int ip_bypass_create(dev_t orig_dev, struct blkinterposer_bypass *out)
{
	struct ip_bypass *b;
	struct gendisk *disk;
	bool writable;
	int ret;

	lockdep_assert_held(&ip_lock);
	b = kzalloc(sizeof(*b), GFP_KERNEL);
	if (!b)
		return -ENOMEM;
	b->orig_dev = orig_dev;
	init_completion(&b->drained);

	ret = ip_bypass_open_original(b, &writable);
	if (ret)
		goto free;
	ret = ip_check_original(b->orig.bdev);
	if (ret)
		goto close;
	if (ip_bypass_find(orig_dev)) {
		ret = -EEXIST;
		goto close;
	}
	ret = percpu_ref_init(&b->inflight, ip_bypass_drained, 0, GFP_KERNEL);
	if (ret)
		goto close;
	ret = ida_alloc_max(&ip_bypass_ida, IP_BYPASS_MINORS - 1, GFP_KERNEL);
	if (ret < 0)
		goto exit_ref;
	b->index = ret;

	disk = ip_alloc_disk_like(b->orig.bdev);
	if (IS_ERR(disk)) {
		ret = PTR_ERR(disk);
		goto free_index;
	}
	disk->major = ip_bypass_major;
	disk->first_minor = b->index;
	disk->minors = 1;
	disk->fops = &ip_bypass_fops;
	disk->private_data = b;
	/* Never scan it: a bypass of a whole disk must not grow partitions. */
	disk->flags |= GENHD_FL_NO_PART;
	snprintf(disk->disk_name, DISK_NAME_LEN, "ipbypass%d", b->index);
	set_capacity(disk, bdev_nr_sectors(b->orig.bdev));
	set_disk_ro(disk, !writable || bdev_read_only(b->orig.bdev));
	b->disk = disk;

	/* Routed before it exists, so that its very first bio goes direct. */
	b->route.dev = MKDEV(ip_bypass_major, b->index);
	b->route.bypass = true;
	ret = ip_route_add(&b->route);
	if (ret)
		goto put_disk;
	ret = add_disk(disk);
	if (ret)
		goto unroute;

	list_add_tail_rcu(&b->node, &ip_bypasses);
	__module_get(THIS_MODULE);
	out->bypass.major = ip_bypass_major;
	out->bypass.minor = b->index;
	out->index = b->index;
	pr_info("%s gives raw access to %pg\n", disk->disk_name, b->orig.bdev);
	return 0;

unroute:
	ip_route_del(&b->route);
	synchronize_rcu();
put_disk:
	put_disk(disk);
free_index:
	ida_free(&ip_bypass_ida, b->index);
exit_ref:
	percpu_ref_exit(&b->inflight);
close:
	ip_bdev_close(&b->orig);
free:
	kfree(b);
	return ret;
}

/**
 * ip_bypass_destroy - remove the bypass of an original
 * @orig_dev: the original
 *
 * Under ip_lock. Return: 0, -ENOENT (no bypass) or -EBUSY (it is open,
 * e.g. by a device-mapper table).
 */
int ip_bypass_destroy(dev_t orig_dev)
{
	struct ip_bypass *b;
	bool busy;

	lockdep_assert_held(&ip_lock);
	b = ip_bypass_find(orig_dev);
	if (!b)
		return -ENOENT;

	/* Opens check 'dying' under the same mutex: none can slip in. */
	mutex_lock(&b->disk->open_mutex);
	busy = disk_openers(b->disk) > 0;
	if (!busy)
		WRITE_ONCE(b->dying, true);
	mutex_unlock(&b->disk->open_mutex);
	if (busy)
		return -EBUSY;

	list_del_rcu(&b->node);
	ip_route_del(&b->route);
	/* No hook is re-addressing a bio through it any more. */
	synchronize_rcu();
	pr_info("removing %s\n", b->disk->disk_name);
	/* No new bios after this; then wait for the clones in flight. */
	del_gendisk(b->disk);
	percpu_ref_kill(&b->inflight);
	wait_for_completion(&b->drained);
	percpu_ref_exit(&b->inflight);
	put_disk(b->disk);
	ida_free(&ip_bypass_ida, b->index);
	ip_bdev_close(&b->orig);
	kfree(b);
	module_put(THIS_MODULE);
	return 0;
}

/* From the del_gendisk hook: atomic context, RCU only. */
bool ip_bypass_mark_gone(struct gendisk *disk)
{
	struct ip_bypass *b;
	bool found = false;

	rcu_read_lock();
	list_for_each_entry_rcu(b, &ip_bypasses, node) {
		if (b->orig.bdev->bd_disk == disk) {
			WRITE_ONCE(b->gone, true);
			found = true;
		}
	}
	rcu_read_unlock();
	return found;
}

int ip_bypass_init(void)
{
	int ret;

	ret = bioset_init(&ip_bypass_bioset, BIO_POOL_SIZE, 0, BIOSET_NEED_RESCUER);
	if (ret)
		return ret;
	ip_bypass_major = register_blkdev(0, "ipbypass");
	if (ip_bypass_major < 0) {
		bioset_exit(&ip_bypass_bioset);
		return ip_bypass_major;
	}
	return 0;
}

void ip_bypass_exit(void)
{
	unregister_blkdev(ip_bypass_major, "ipbypass");
	bioset_exit(&ip_bypass_bioset);
}

/* Under ip_lock: tell userspace about bypasses whose original is gone. */
void ip_bypasses_report_gone(void)
{
	struct ip_bypass *b;

	lockdep_assert_held(&ip_lock);
	list_for_each_entry(b, &ip_bypasses, node) {
		if (READ_ONCE(b->gone) && !b->gone_reported) {
			b->gone_reported = true;
			pr_warn("the original of %s was removed\n", b->disk->disk_name);
			ip_ctl_uevent_gone(b->orig_dev);
		}
	}
}
