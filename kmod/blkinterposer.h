/* SPDX-License-Identifier: GPL-2.0 */
/*
 * blkinterposer - internal declarations shared by the module's files.
 *
 * Locking: ip_lock (a mutex) serialises every change: creating and
 * destroying bypasses and mappings, and the teardown after an original is
 * removed. It is taken before any block device's own locks (open_mutex,
 * the freeze mutex) and never from the I/O path, from a bypass's open, or
 * from the ftrace callbacks, so none of those can deadlock against it. The
 * I/O path reads the routes without it: the ftrace callbacks under RCU,
 * ip_redirect_bio() under SRCU (ip_redirect_srcu), which outlasts its RCU
 * lookup. Both kinds of reader are waited for before a mapping or a bypass
 * leaves, and then it is freed.
 * hook.c's ip_hook_lock, for registering the submit hook, nests inside
 * ip_lock and outside ftrace's own locks.
 */
#ifndef BLKINTERPOSER_H
#define BLKINTERPOSER_H

#include <linux/bio.h>
#include <linux/blkdev.h>
#include <linux/hashtable.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/percpu-refcount.h>
#include <linux/rculist.h>
#include <linux/srcu.h>
#include <linux/types.h>
#include <trace/events/block.h>

#include "compat.h"
#include "include/uapi/blkinterposer.h"

extern struct mutex ip_lock;

/*
 * Exported (GPL) by kernel/rcu/update.c on every supported kernel, and
 * declared only in kernel/rcu/rcu.h: while expedited, synchronize_rcu()
 * is synchronize_rcu_expedited(). See ip_fs_freeze().
 */
void rcu_expedite_gp(void);
void rcu_unexpedite_gp(void);

/**
 * struct ip_route - a device number the submit hook acts on (routes.c)
 * @node: in its bucket of ip_route_table: written under ip_lock, read
 *	under RCU
 * @dev: the device number
 * @bypass: in a struct ip_bypass, whose bios are re-addressed to its
 *	original; else in a struct ip_mapping, whose bios are redirected
 */
struct ip_route {
	struct hlist_node node;
	dev_t dev;
	bool bypass;
};

/**
 * struct ip_mapping - an attached original: its bios go to the interposer
 * @route: the original's device number, routed to this mapping
 * @node: in ip_mappings: written under ip_lock, read under RCU
 * @orig: keeps the original's block device alive while attached
 * @interposer: the device-mapper device that receives the bios
 * @orig_disk: the original's disk, to recognise its deletion
 * @clones: redirected clones in flight (only for bios submitted from
 *	within another submission, see mapping.c)
 * @redirected: per-CPU count of bios redirected
 * @gone: the original's disk is being deleted: the removal work tears the
 *	mapping down (redirecting goes on until then: the deletion's own
 *	final sync still reaches a live disk, and the interposer must see
 *	those writes), and LIST says so
 */
struct ip_mapping {
	struct ip_route route;
	struct list_head node;
	struct ip_bdev_ref orig;
	struct ip_bdev_ref interposer;
	struct gendisk *orig_disk;
	atomic_t clones;
	u64 __percpu *redirected;
	bool gone;
};

/**
 * struct ip_bypass - raw, non-exclusive access to an original
 * @node: in ip_bypasses, under ip_lock
 * @route: the bypass's device number, routed to this bypass
 * @orig_dev: the original's device number
 * @orig: open reference to the original, where the bypass sends its bios
 * @disk: the bypass disk, ipbypass<@index>
 * @index: N in ipbypass<N>, also its minor number
 * @dying: set under the disk's open_mutex once destruction has begun;
 *	opens fail from then on
 * @gone: the original's disk has been deleted
 * @gone_reported: userspace has been told (uevent)
 * @inflight: one reference per cloned bio not yet completed
 * @drained: completed when @inflight has dropped to zero after the kill
 */
struct ip_bypass {
	struct list_head node;
	struct ip_route route;
	dev_t orig_dev;
	struct ip_bdev_ref orig;
	struct gendisk *disk;
	int index;
	bool dying;
	bool gone;
	bool gone_reported;
	struct percpu_ref inflight;
	struct completion drained;
};

/* control.c: the control node */
int ip_ctl_init(void);
void ip_ctl_exit(void);
void ip_ctl_uevent_gone(dev_t orig_dev);

/* device.c: checks on the devices named in commands */
int ip_check_original(struct block_device *bdev);
bool ip_is_device_mapper(struct block_device *bdev);
bool ip_builds_on(struct block_device *upper, struct block_device *lower);

/* bypass.c */
int ip_bypass_init(void);
void ip_bypass_exit(void);
int ip_bypass_create(dev_t orig_dev, struct blkinterposer_bypass *out);
int ip_bypass_destroy(dev_t orig_dev);
struct ip_bypass *ip_bypass_find(dev_t orig_dev);
bool ip_is_bypass(dev_t dev);
bool ip_bypass_mark_gone(struct gendisk *disk);
void ip_bypasses_report_gone(void);
extern struct list_head ip_bypasses;

/* routes.c: the routes, in a hash table of RCU lists */
#define IP_ROUTE_BITS 6
extern struct hlist_head ip_route_table[1 << IP_ROUTE_BITS];
int ip_route_add(struct ip_route *r);
void ip_route_del(struct ip_route *r);

/* False: @dev is certainly not routed. Any context; calls nothing. */
static inline bool ip_route_maybe(dev_t dev)
{
	return !hlist_empty(&ip_route_table[hash_min(dev, HASH_BITS(ip_route_table))]);
}

/* The route of @dev, or NULL. Under RCU or ip_lock. */
static inline struct ip_route *ip_route_find(dev_t dev)
{
	struct ip_route *r;

	hash_for_each_possible_rcu(ip_route_table, r, node, dev, lockdep_is_held(&ip_lock))
		if (r->dev == dev)
			return r;
	return NULL;
}

static inline struct ip_mapping *ip_route_mapping(struct ip_route *r)
{
	return r && !r->bypass ? container_of(r, struct ip_mapping, route) : NULL;
}

static inline struct ip_bypass *ip_route_bypass(struct ip_route *r)
{
	return r && r->bypass ? container_of(r, struct ip_bypass, route) : NULL;
}

/* Whether a bio ends within its device, as submit_bio_noacct() checks it. */
static inline bool ip_bio_fits(struct bio *bio)
{
	sector_t capacity = bdev_nr_sectors(bio->bi_bdev);
	unsigned int sectors = bio_sectors(bio);

	return !sectors || (sectors <= capacity &&
			    bio->bi_iter.bi_sector <= capacity - sectors);
}

/**
 * ip_bio_remap - finish a bio's entry into its (original) device, as the
 *	block layer does when the bio enters submit_bio_noacct()
 * @bio: a bio addressed to an original, with sectors relative to it
 *
 * Adds the partition's offset and sets BIO_REMAPPED, like
 * blk_partition_remap(), for whole disks too. The flag is this module's
 * one mark of a bio that has been routed already: its sectors are the
 * disk's, it goes on to the disk, and the submit hook never redirects it
 * (a second redirect would add the offset again). The block layer keeps
 * the flag on what it splits off or resubmits of such a bio (the
 * remainders of a split, up to 6.17 submitted again through
 * submit_bio_noacct(); bios the rescuer resubmits), so those go on to the
 * disk too. Bios from filesystems and from drivers stacked above carry it
 * never: bio_set_dev() clears it.
 *
 * Return: false, changing nothing, if the bio ends past the device's end:
 * submit_bio_noacct()'s own check fails it then.
 */
static inline bool ip_bio_remap(struct bio *bio)
{
	struct block_device *bdev = bio->bi_bdev;
	sector_t from = bio->bi_iter.bi_sector;

	if (unlikely(!ip_bio_fits(bio)))
		return false;
	if (bio_sectors(bio)) {
		bio->bi_iter.bi_sector += bdev->bd_start_sect;
		trace_block_bio_remap(bio, bdev->bd_dev, from);
	}
	bio_set_flag(bio, BIO_REMAPPED);
	return true;
}

/* The mapping of an attached original, or NULL. Under RCU or ip_lock. */
static inline struct ip_mapping *ip_mapping_of(dev_t dev)
{
	return ip_route_mapping(ip_route_find(dev));
}

/* mapping.c */
extern struct srcu_struct ip_redirect_srcu;
extern struct list_head ip_mappings;
int ip_mapping_init(void);
void ip_mapping_exit(void);
int ip_attach(dev_t orig_dev, dev_t interposer_dev);
int ip_detach(dev_t orig_dev);
bool ip_is_interposer(dev_t dev);
void ip_redirect_bio(struct bio *bio);
u64 ip_mapping_redirected(struct ip_mapping *m);
bool ip_mappings_mark_gone(struct gendisk *disk);
void ip_mappings_reap_gone(void);

/* hook.c: the ftrace hooks */
int ip_hook_init(void);
void ip_hook_exit(void);
int ip_hook_get(void);
void ip_hook_put(void);

/* removal.c: teardown after an original's disk is deleted */
void ip_removal_notice(struct gendisk *disk);
void ip_removal_exit(void);

/* freeze.c: freezes owned by an open file */
int ip_fs_freeze(struct block_device *bdev);
struct ip_freezes;
struct ip_freezes *ip_freezes_alloc(void);
void ip_freezes_release(struct ip_freezes *fz);
int ip_freeze(struct ip_freezes *fz, dev_t dev);
int ip_thaw(struct ip_freezes *fz, dev_t dev);

/* list.c: LIST and the sysfs view */
int ip_list(struct blkinterposer_list *req);
extern const struct attribute_group *ip_ctl_groups[];

#endif /* BLKINTERPOSER_H */
