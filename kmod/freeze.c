// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - filesystem freezes owned by an open file.
 *
 * FREEZE freezes the filesystem on a device until THAW on the same open
 * file of the control node, or until that file is released: when the
 * process closes it or dies, however it dies. No crash of the caller can
 * leave a filesystem frozen.
 */
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/slab.h>

#include "blkinterposer.h"

struct ip_freeze {
	struct list_head node;
	dev_t dev;
	struct ip_bdev_ref ref;
};

struct ip_freezes {
	struct mutex lock;	/* protects list */
	struct list_head list;
};

struct ip_freezes *ip_freezes_alloc(void)
{
	struct ip_freezes *fz = kzalloc(sizeof(*fz), GFP_KERNEL);

	if (!fz)
		return NULL;
	mutex_init(&fz->lock);
	INIT_LIST_HEAD(&fz->list);
	return fz;
}

static struct ip_freeze *ip_freeze_find(struct ip_freezes *fz, dev_t dev)
{
	struct ip_freeze *f;

	list_for_each_entry(f, &fz->list, node)
		if (f->dev == dev)
			return f;
	return NULL;
}

/**
 * ip_fs_freeze - freeze the filesystem on a device, if it has one
 * @bdev: the device
 *
 * freeze_super() takes each freeze level's percpu rwsem for writing, and
 * each of those waits for an RCU grace period (rcu_sync_enter()); writers
 * already wait during the second and third. A normal grace period lasts
 * jiffies; expedited, as suspend does it, microseconds, for IPIs to the
 * CPUs, three times per freeze. Every freeze of this module is one that
 * writers wait behind: attach, detach, and FREEZE around a snapshot.
 * The setting is machine-wide while it lasts, which includes the freeze's
 * writeback of dirty data; a caller that syncs (syncfs) first keeps that
 * short.
 *
 * Return: 0 or the freeze's error.
 */
int ip_fs_freeze(struct block_device *bdev)
{
	int ret;

	rcu_expedite_gp();
	ret = ip_bdev_freeze(bdev);
	rcu_unexpedite_gp();
	return ret;
}

int ip_freeze(struct ip_freezes *fz, dev_t dev)
{
	struct ip_freeze *f;
	int ret;

	mutex_lock(&fz->lock);
	if (ip_freeze_find(fz, dev)) {
		ret = -EALREADY;
		goto unlock;
	}
	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f) {
		ret = -ENOMEM;
		goto unlock;
	}
	f->dev = dev;
	ret = ip_bdev_open(dev, false, &f->ref);
	if (ret)
		goto free;
	ret = ip_fs_freeze(f->ref.bdev);
	if (ret)
		goto close;
	list_add(&f->node, &fz->list);
	mutex_unlock(&fz->lock);
	return 0;

close:
	ip_bdev_close(&f->ref);
free:
	kfree(f);
unlock:
	mutex_unlock(&fz->lock);
	return ret;
}

static int ip_freeze_end(struct ip_freeze *f)
{
	int ret = ip_bdev_thaw(f->ref.bdev);

	ip_bdev_close(&f->ref);
	kfree(f);
	return ret;
}

int ip_thaw(struct ip_freezes *fz, dev_t dev)
{
	struct ip_freeze *f;
	int ret = -ENOENT;

	mutex_lock(&fz->lock);
	f = ip_freeze_find(fz, dev);
	if (f) {
		list_del(&f->node);
		ret = ip_freeze_end(f);
	}
	mutex_unlock(&fz->lock);
	return ret;
}

/* The file is being released: thaw whatever it still holds. */
void ip_freezes_release(struct ip_freezes *fz)
{
	struct ip_freeze *f, *next;

	list_for_each_entry_safe(f, next, &fz->list, node)
		ip_freeze_end(f);
	kfree(fz);
}
