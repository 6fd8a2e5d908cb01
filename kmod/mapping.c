// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - mappings: which original's bios go to which interposer.
 *
 * The hook (hook.c) looks the bio's device number up in the routes and, for
 * an attached original, makes submit_bio_noacct() continue in
 * ip_redirect_bio() instead. The hook cannot hand it what it found, and the
 * callback's RCU section ends before the bio reaches the interposer, so that
 * function looks the mapping up again inside an SRCU read section, which
 * lasts until the bio has been submitted. Detach unpublishes the mapping and
 * then waits for every section that might still have found it: once DETACH
 * returns, this module sends no bio to the interposer any more, and
 * userspace may remove the device-mapper device.
 *
 * A redirected bio is handed to the interposer by changing its device, as
 * md-linear does. The one exception is a bio submitted from inside another
 * submission (current->bio_list is set, e.g. by a driver stacked above the
 * original): submit_bio_noacct() only queues it, to be processed after our
 * section has ended. Such a bio is cloned instead, and the clone's
 * completion is what detach waits for, so no queued bio can reach an
 * interposer that has been let go.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/bio.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/wait_bit.h>

#include "blkinterposer.h"

DEFINE_SRCU(ip_redirect_srcu);
LIST_HEAD(ip_mappings);

struct ip_redirect_clone {
	struct ip_mapping *m;
	struct bio clone;	/* last: bioset front padding */
};

static struct bio_set ip_redirect_bioset;
/*
 * For splits at the interposer's end: a pool of its own, because a split
 * may then be cloned from ip_redirect_bioset while it is held (two bios
 * from one mempool at once can wait for each other forever).
 */
static struct bio_set ip_split_bioset;

static void ip_redirect_clone_endio(struct bio *clone)
{
	struct ip_redirect_clone *rc = container_of(clone, struct ip_redirect_clone, clone);
	struct ip_mapping *m = rc->m;
	struct bio *bio = clone->bi_private;

	bio->bi_status = clone->bi_status;
	bio_put(clone);
	bio_endio(bio);
	if (atomic_dec_and_test(&m->clones))
		wake_up_var(&m->clones);
}

static void ip_redirect_clone(struct ip_mapping *m, struct bio *bio)
{
	struct ip_redirect_clone *rc;
	struct bio *clone;

	/* A mempool allocation with GFP_NOIO and a rescuer: never NULL. */
	clone = bio_alloc_clone(m->interposer.bdev, bio, GFP_NOIO, &ip_redirect_bioset);
	rc = container_of(clone, struct ip_redirect_clone, clone);
	rc->m = m;
	atomic_inc(&m->clones);
	clone->bi_end_io = ip_redirect_clone_endio;
	clone->bi_private = bio;
	submit_bio_noacct(clone);
}

/*
 * Send a bio of an original on to the original itself, remapped so that
 * the hook lets it pass (ip_bio_remap()); one past the original's end
 * fails, as submit_bio_noacct() would fail it (unremapped, the hook would
 * send it here again).
 */
static void ip_pass_to_original(struct bio *bio)
{
	if (ip_bio_remap(bio))
		submit_bio_noacct(bio);
	else
		bio_io_error(bio);
}

/*
 * The interposer covers the original's sectors as they were at ATTACH. An
 * original that has grown since (a partition resized with BLKPG, a loop
 * device's or a disk's new capacity) has sectors past the interposer's
 * end; the filesystem may grow into them. Those sectors go to the original
 * directly: the interposer cannot take them, and failing them would turn
 * the filesystem read-only. A bio that straddles the end is split there.
 *
 * Return: the part of @bio for the interposer, or NULL if none is left.
 */
static struct bio *ip_trim_to_interposer(struct ip_mapping *m, struct bio *bio)
{
	sector_t end = bdev_nr_sectors(m->interposer.bdev);
	struct bio *split;

	if (likely(bio_end_sector(bio) <= end || !bio_sectors(bio)))
		return bio;
	if (bio->bi_iter.bi_sector >= end || !ip_bio_fits(bio)) {
		/* All past the end, or past the original's end too: it fails. */
		ip_pass_to_original(bio);
		return NULL;
	}
	/* As the block layer treats bios it would have to split. */
	if (bio->bi_opf & REQ_NOWAIT) {
		bio_wouldblock_error(bio);
		return NULL;
	}
	if (ip_bio_end_atomic(bio))
		return NULL;
	bio_clear_polled(bio);
	split = bio_split(bio, end - bio->bi_iter.bi_sector, GFP_NOIO, &ip_split_bioset);
	if (IS_ERR_OR_NULL(split)) {
		bio_io_error(bio);
		return NULL;
	}
	bio_chain(split, bio);
	ip_pass_to_original(bio);
	return split;
}

/**
 * ip_redirect_bio - where submit_bio_noacct() continues for an original
 * @bio: a bio addressed to an attached original, not routed yet
 *
 * Entered from the hook in place of submit_bio_noacct(), with its argument.
 */
void ip_redirect_bio(struct bio *bio)
{
	struct ip_mapping *m;
	int idx;

	idx = srcu_read_lock(&ip_redirect_srcu);
	/* Freed only after an SRCU grace period, so usable after the RCU one. */
	rcu_read_lock();
	m = ip_mapping_of(bio->bi_bdev->bd_dev);
	rcu_read_unlock();
	if (unlikely(!m)) {
		/* Detached since the hook looked: now the hook lets it pass. */
		submit_bio_noacct(bio);
		goto unlock;
	}
	bio = ip_trim_to_interposer(m, bio);
	if (!bio)
		goto unlock;
	if (unlikely((bio->bi_opf & REQ_NOWAIT) && !bdev_nowait(m->interposer.bdev))) {
		/*
		 * The submitter may not block and checked that the original
		 * never makes it; the interposer might. "Would block" makes it
		 * retry from a context that may (the block layer would fail
		 * the bio as unsupported instead).
		 */
		bio_wouldblock_error(bio);
	} else if (unlikely(current->bio_list)) {
		this_cpu_inc(*m->redirected);
		ip_redirect_clone(m, bio);
	} else {
		this_cpu_inc(*m->redirected);
		bio_set_dev(bio, m->interposer.bdev);
		submit_bio_noacct(bio);
	}
unlock:
	srcu_read_unlock(&ip_redirect_srcu, idx);
}

u64 ip_mapping_redirected(struct ip_mapping *m)
{
	u64 sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += *per_cpu_ptr(m->redirected, cpu);
	return sum;
}

/* Under ip_lock. */
bool ip_is_interposer(dev_t dev)
{
	struct ip_mapping *m;

	list_for_each_entry(m, &ip_mappings, node)
		if (m->interposer.bdev->bd_dev == dev)
			return true;
	return false;
}

static int ip_check_interposer(struct ip_mapping *m)
{
	struct block_device *orig = m->orig.bdev, *interposer = m->interposer.bdev;

	if (!ip_is_device_mapper(interposer))
		return -EMEDIUMTYPE;
	if (interposer->bd_dev == orig->bd_dev ||
	    ip_mapping_of(interposer->bd_dev) ||
	    ip_builds_on(interposer, orig))
		return -ELOOP;
	if (ip_is_interposer(interposer->bd_dev))
		return -EBUSY;
	if (bdev_nr_sectors(interposer) < bdev_nr_sectors(orig))
		return -ENOSPC;
	return 0;
}

static void ip_mapping_free(struct ip_mapping *m)
{
	ip_bdev_close(&m->interposer);
	ip_bdev_close(&m->orig);
	free_percpu(m->redirected);
	kfree(m);
}

/**
 * ip_attach - redirect the bios of an original to an interposer
 * @orig_dev: the original
 * @interposer_dev: a device-mapper device at least as large
 *
 * Under ip_lock. Return: 0 or a negative errno (see the uapi header).
 */
int ip_attach(dev_t orig_dev, dev_t interposer_dev)
{
	struct ip_mapping *m;
	int ret;

	lockdep_assert_held(&ip_lock);
	m = kzalloc(sizeof(*m), GFP_KERNEL);
	if (!m)
		return -ENOMEM;
	m->route.dev = orig_dev;
	atomic_set(&m->clones, 0);
	m->redirected = alloc_percpu(u64);
	if (!m->redirected) {
		kfree(m);
		return -ENOMEM;
	}

	ret = ip_bdev_open(orig_dev, false, &m->orig);
	if (ret)
		goto free;
	ret = ip_check_original(m->orig.bdev);
	if (ret)
		goto free;
	if (ip_mapping_of(orig_dev)) {
		ret = -EEXIST;
		goto free;
	}
	ret = ip_bdev_open(interposer_dev, true, &m->interposer);
	if (ret)
		goto free;
	ret = ip_check_interposer(m);
	if (ret)
		goto free;
	m->orig_disk = m->orig.bdev->bd_disk;
	/*
	 * Listed from here on, so that a deletion of the original during the
	 * rest of the attach marks it gone, and the reaper (which waits for
	 * ip_lock) tears it down. Invisible to LIST meanwhile: ip_lock is held.
	 */
	list_add_tail_rcu(&m->node, &ip_mappings);
	/* Before the freeze: patching the kernel's text takes a while. */
	ret = ip_hook_get();
	if (ret)
		goto unlist;

	/*
	 * With the filesystem frozen no write is in flight to the original
	 * when redirecting starts (reads may be; they read the same blocks).
	 */
	ret = ip_fs_freeze(m->orig.bdev);
	if (ret)
		goto put_hook;
	ret = ip_route_add(&m->route);
	ip_bdev_thaw(m->orig.bdev);
	if (ret)
		goto put_hook;

	__module_get(THIS_MODULE);
	pr_info("%pg attached: its bios go to %pg\n", m->orig.bdev, m->interposer.bdev);
	return 0;

put_hook:
	ip_hook_put();
unlist:
	list_del_rcu(&m->node);
	synchronize_rcu();	/* the removal hook may be looking at it */
free:
	ip_mapping_free(m);
	return ret;
}

/*
 * Stop redirecting and let go. @frozen: the caller froze the original's
 * filesystem and it is thawed here once no redirect is in progress.
 */
static void ip_mapping_teardown(struct ip_mapping *m, bool frozen)
{
	ip_route_del(&m->route);
	list_del_rcu(&m->node);
	/*
	 * Every redirect that may have found the mapping has submitted.
	 * Expedited: the filesystem is frozen meanwhile, so this wait is
	 * what writers see as the detach stall.
	 */
	synchronize_srcu_expedited(&ip_redirect_srcu);
	if (frozen)
		ip_bdev_thaw(m->orig.bdev);
	/* Queued clones (see the top of this file) have completed. */
	wait_var_event(&m->clones, !atomic_read(&m->clones));
	/*
	 * Readers of the routes and of ip_mappings (the submit hook, the
	 * removal hook, ip_redirect_bio()'s lookup) hold RCU, not SRCU.
	 */
	synchronize_rcu_expedited();
	ip_hook_put();
	pr_info("%pg detached from %pg after %llu bios\n", m->orig.bdev,
		m->interposer.bdev, ip_mapping_redirected(m));
	ip_mapping_free(m);
	module_put(THIS_MODULE);
}

/**
 * ip_detach - send an original's bios to the original again
 * @orig_dev: the original
 *
 * Under ip_lock. Return: 0 or -ENOENT (not attached).
 */
int ip_detach(dev_t orig_dev)
{
	struct ip_mapping *m;

	lockdep_assert_held(&ip_lock);
	m = ip_mapping_of(orig_dev);
	if (!m)
		return -ENOENT;
	/* Quiesce writes as for attach; a failed freeze is no reason to stay. */
	ip_mapping_teardown(m, !ip_fs_freeze(m->orig.bdev));
	return 0;
}

/* From the del_gendisk hook: atomic context. */
bool ip_mappings_mark_gone(struct gendisk *disk)
{
	struct ip_mapping *m;
	bool found = false;

	rcu_read_lock();
	list_for_each_entry_rcu(m, &ip_mappings, node) {
		if (m->orig_disk == disk) {
			WRITE_ONCE(m->gone, true);
			found = true;
		}
	}
	rcu_read_unlock();
	return found;
}

/*
 * Under ip_lock: tear down every mapping whose original was deleted. The
 * uevent comes after the teardown, so userspace that hears it may remove
 * the interposer: the module no longer holds it.
 */
void ip_mappings_reap_gone(void)
{
	struct ip_mapping *m, *next;
	struct ip_bypass *b;
	dev_t orig_dev;

	lockdep_assert_held(&ip_lock);
	/* Only ip_lock's holder unlinks mappings: @next stays. */
	list_for_each_entry_safe(m, next, &ip_mappings, node) {
		if (!READ_ONCE(m->gone))
			continue;
		pr_warn("%pg was removed while attached: detaching\n", m->orig.bdev);
		orig_dev = m->route.dev;
		b = ip_bypass_find(orig_dev);
		if (b)
			b->gone_reported = true;
		/*
		 * The teardown drops the mapping's reference on the module,
		 * and the uevent needs the control device: no unload between.
		 */
		__module_get(THIS_MODULE);
		ip_mapping_teardown(m, false);
		ip_ctl_uevent_gone(orig_dev);
		module_put(THIS_MODULE);
	}
}

int ip_mapping_init(void)
{
	int ret;

	ret = bioset_init(&ip_redirect_bioset, BIO_POOL_SIZE,
			  offsetof(struct ip_redirect_clone, clone),
			  BIOSET_NEED_RESCUER);
	if (ret)
		return ret;
	ret = bioset_init(&ip_split_bioset, BIO_POOL_SIZE, 0, BIOSET_NEED_RESCUER);
	if (ret)
		bioset_exit(&ip_redirect_bioset);
	return ret;
}

void ip_mapping_exit(void)
{
	bioset_exit(&ip_split_bioset);
	bioset_exit(&ip_redirect_bioset);
}
