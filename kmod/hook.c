// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - the ftrace hooks.
 *
 * submit_bio_noacct() is where every bio enters the block layer, from
 * filesystems and from drivers stacked above a device (dm-crypt, md) alike.
 * An ftrace callback at its entry looks the bio's device up in the routes:
 * - a bio to an attached original that has not been routed yet: the call
 *   continues in ip_redirect_bio() instead (IPMODIFY, the mechanism
 *   livepatch uses);
 * - a bio to a bypass (device-mapper's, from the interposer's table): it is
 *   re-addressed to the original in place and remapped there (partition
 *   offset, BIO_REMAPPED: see ip_bio_remap()), and submit_bio_noacct() goes
 *   on with it, so the bypass adds no block layer hop of its own. Its
 *   sender holds the bypass open and counts the bio in flight, so the
 *   bypass, and its reference on the original, outlive it;
 * - a bio to an original that carries BIO_REMAPPED: it has been routed
 *   (its sectors are the disk's), and goes on. The block layer submits
 *   such bios again through this function: the remainders of the original
 *   queue's splits, up to 6.17 (NVMe transfer limits, max_sectors,
 *   segments), and what the bio rescuer resubmits. Redirecting them would
 *   add the partition's offset a second time.
 * Any other bio costs a look at one empty bucket of the routes (routes.c).
 *
 * The submit callback is registered only while an original is attached:
 * with nothing attached, no bio pays for ftrace's trampoline. It goes
 * IP_HOOK_LINGER after the last detach, so that attach/detach loops do
 * not patch the kernel's text each time, in a work item on the long-work
 * queue: unregistering waits for RCU-tasks grace periods, up to seconds
 * under load, and an ATTACH meanwhile waits for it. Bypass routes do not
 * need it: a bio to a bypass that the hook does not re-address takes the
 * bypass's own path to the original (bypass.c).
 *
 * ftrace lets one IPMODIFY owner per function; if another module (a
 * livepatch, another block filter) has one on submit_bio_noacct(),
 * registration fails with EBUSY. Loading registers and unregisters once
 * to find that out early, so loading fails then; a module that takes the
 * hook later makes ATTACH fail with ETXTBSY. Other registration errors
 * (ENOMEM; EAGAIN while a BPF trampoline on the function is busy) reach
 * ATTACH as they are.
 *
 * A second callback, observing only, sees del_gendisk() so that mappings of
 * a disk being removed are torn down from the kernel side.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/ftrace.h>
#include <linux/mutex.h>
#include <linux/trace_recursion.h>
#include <linux/workqueue.h>

#include "blkinterposer.h"

static void notrace ip_submit_hook(unsigned long ip, unsigned long parent_ip,
				   struct ftrace_ops *ops, struct ftrace_regs *fregs)
{
	struct bio *bio = (struct bio *)ip_ftrace_arg0(fregs);
	dev_t dev = bio->bi_bdev->bd_dev;
	struct ip_route *r;
	struct ip_bypass *b;
	int bit;

	/* The common case, calling nothing: a bio for another device. */
	if (!ip_route_maybe(dev))
		return;
	/* Disables preemption: the lookup is an RCU read section. */
	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	r = ip_route_find(dev);
	b = ip_route_bypass(r);
	if (b) {
		bio_set_dev(bio, b->orig.bdev);
		ip_bio_remap(bio);
	} else if (r && !bio_flagged(bio, BIO_REMAPPED)) {
		ip_ftrace_redirect(fregs, ip_redirect_bio);
	}
	ftrace_test_recursion_unlock(bit);
}

static void notrace ip_del_gendisk_hook(unsigned long ip, unsigned long parent_ip,
					struct ftrace_ops *ops, struct ftrace_regs *fregs)
{
	int bit;

	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	ip_removal_notice((struct gendisk *)ip_ftrace_arg0(fregs));
	ftrace_test_recursion_unlock(bit);
}

/*
 * PERMANENT: while registered, ftrace cannot be switched off through the
 * ftrace_enabled sysctl, which would silently stop redirecting.
 */
static struct ftrace_ops ip_submit_ops = {
	.func = ip_submit_hook,
	.flags = FTRACE_OPS_FL_IPMODIFY | FTRACE_OPS_FL_PERMANENT,
};

static struct ftrace_ops ip_del_gendisk_ops = {
	.func = ip_del_gendisk_hook,
	.flags = FTRACE_OPS_FL_PERMANENT,
};

static int ip_hook_register(struct ftrace_ops *ops, const char *func)
{
	int ret;

	ret = register_ftrace_function(ops);
	if (ret == -EBUSY && (ops->flags & FTRACE_OPS_FL_IPMODIFY))
		pr_err("cannot hook %s(): another module (a livepatch or another block filter) already redirects it; unload it first\n",
		       func);
	else if (ret)
		pr_err("cannot hook %s(): error %d\n", func, ret);
	return ret;
}

/*
 * By address, not by name: both functions are exported, and a filter by
 * name makes ftrace look up the name of every traceable function, which
 * for those of a big module (xfs) scans that module's symbols once per
 * function: 3 s of loading under emulation. ftrace_location() takes the
 * function's address past its ENDBR, where the kernel has one (IBT, from
 * Debian's 6.12), to the __fentry__ call.
 */
static int ip_hook_filter(struct ftrace_ops *ops, void *func, const char *name)
{
	int ret = ftrace_set_filter_ip(ops, (unsigned long)func, 0, 0);

	if (ret)
		pr_err("cannot trace %s(): error %d\n", name, ret);
	return ret;
}

#define IP_HOOK_LINGER HZ

static DEFINE_MUTEX(ip_hook_lock);	/* protects the two below */
static unsigned int ip_hook_users;	/* attached mappings */
static bool ip_hook_on;			/* ip_submit_ops is registered */

static void ip_hook_idle(struct work_struct *work)
{
	mutex_lock(&ip_hook_lock);
	if (!ip_hook_users && ip_hook_on) {
		unregister_ftrace_function(&ip_submit_ops);
		ip_hook_on = false;
	}
	mutex_unlock(&ip_hook_lock);
}

static DECLARE_DELAYED_WORK(ip_hook_idle_work, ip_hook_idle);

/**
 * ip_hook_get - have the submit hook registered, for a new mapping
 *
 * Return: 0, or -ETXTBSY if another module took submit_bio_noacct()'s
 * IPMODIFY hook since this one was loaded (or another ftrace error).
 */
int ip_hook_get(void)
{
	int ret = 0;

	mutex_lock(&ip_hook_lock);
	if (!ip_hook_on) {
		ret = ip_hook_register(&ip_submit_ops, "submit_bio_noacct");
		if (ret == -EBUSY)
			ret = -ETXTBSY;
		if (ret)
			goto unlock;
		ip_hook_on = true;
	}
	ip_hook_users++;
unlock:
	mutex_unlock(&ip_hook_lock);
	return ret;
}

/* A mapping is gone, and no redirect of it is in progress any more. */
void ip_hook_put(void)
{
	mutex_lock(&ip_hook_lock);
	if (!--ip_hook_users)
		mod_delayed_work(system_long_wq, &ip_hook_idle_work, IP_HOOK_LINGER);
	mutex_unlock(&ip_hook_lock);
}

int ip_hook_init(void)
{
	int ret;

	ret = ip_hook_filter(&ip_del_gendisk_ops, del_gendisk, "del_gendisk");
	if (ret)
		return ret;
	ret = ip_hook_filter(&ip_submit_ops, submit_bio_noacct, "submit_bio_noacct");
	if (ret)
		goto free_del_gendisk;
	ret = ip_hook_register(&ip_del_gendisk_ops, "del_gendisk");
	if (ret)
		goto free_submit;
	/* Fail loading now, not the first attach, if the hook is taken. */
	ret = ip_hook_register(&ip_submit_ops, "submit_bio_noacct");
	if (ret)
		goto unregister_del_gendisk;
	unregister_ftrace_function(&ip_submit_ops);
	return 0;

unregister_del_gendisk:
	unregister_ftrace_function(&ip_del_gendisk_ops);
free_submit:
	ftrace_free_filter(&ip_submit_ops);
free_del_gendisk:
	ftrace_free_filter(&ip_del_gendisk_ops);
	return ret;
}

/* Nothing is attached any more: every mapping holds the module. */
void ip_hook_exit(void)
{
	cancel_delayed_work_sync(&ip_hook_idle_work);
	if (ip_hook_on)
		unregister_ftrace_function(&ip_submit_ops);
	ftrace_free_filter(&ip_submit_ops);
	unregister_ftrace_function(&ip_del_gendisk_ops);
	ftrace_free_filter(&ip_del_gendisk_ops);
}
