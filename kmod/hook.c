// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - the ftrace hooks.
 *
 * submit_bio_noacct() is where every bio enters the block layer, from
 * filesystems and from drivers stacked above a device (dm-crypt, md) alike.
 * An ftrace callback at its entry looks the bio's device up in ip_routes:
 * - a bio to an attached original, not issued by a bypass: the call
 *   continues in ip_redirect_bio() instead (IPMODIFY, the mechanism
 *   livepatch uses);
 * - a bio to a bypass (device-mapper's, from the interposer's table): it is
 *   re-addressed to the original in place, and submit_bio_noacct() goes on
 *   with it, so the bypass adds no block layer hop of its own. Its sender
 *   holds the bypass open and counts the bio in flight, so the bypass, and
 *   its reference on the original, outlive it.
 * Any other bio costs one load when nothing is routed, and one xarray miss
 * otherwise.
 *
 * ftrace lets one IPMODIFY owner per function; if another module (a
 * livepatch, another block filter) has one on submit_bio_noacct(),
 * registration fails with EBUSY and so does loading this module.
 *
 * A second callback, observing only, sees del_gendisk() so that mappings of
 * a disk being removed are torn down from the kernel side.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/ftrace.h>
#include <linux/string.h>
#include <linux/trace_recursion.h>

#include "blkinterposer.h"

static void notrace ip_submit_hook(unsigned long ip, unsigned long parent_ip,
				   struct ftrace_ops *ops, struct ftrace_regs *fregs)
{
	struct ip_bypass *b;
	struct bio *bio;
	void *entry;
	int bit;

	if (xa_empty(&ip_routes))
		return;
	/* Disables preemption: the xarray lookup is an RCU read section. */
	bit = ftrace_test_recursion_trylock(ip, parent_ip);
	if (bit < 0)
		return;
	bio = (struct bio *)ip_ftrace_arg0(fregs);
	entry = xa_load(&ip_routes, bio->bi_bdev->bd_dev);
	b = ip_route_bypass(entry);
	if (b)
		bio_set_dev(bio, b->orig.bdev);
	else if (entry && bio->bi_end_io != ip_bypass_endio)
		ip_ftrace_redirect(fregs, ip_redirect_bio);
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
	char name[KSYM_NAME_LEN];
	int ret;

	strscpy(name, func, sizeof(name));
	ret = ftrace_set_filter(ops, name, strlen(name), 0);
	if (ret) {
		pr_err("cannot trace %s(): error %d\n", func, ret);
		return ret;
	}
	ret = register_ftrace_function(ops);
	if (ret == -EBUSY && (ops->flags & FTRACE_OPS_FL_IPMODIFY))
		pr_err("cannot hook %s(): another module (a livepatch or another block filter) already redirects it; unload it first\n",
		       func);
	else if (ret)
		pr_err("cannot hook %s(): error %d\n", func, ret);
	if (ret)
		ftrace_free_filter(ops);
	return ret;
}

static void ip_hook_unregister(struct ftrace_ops *ops)
{
	unregister_ftrace_function(ops);
	ftrace_free_filter(ops);
}

int ip_hook_init(void)
{
	int ret;

	ret = ip_hook_register(&ip_del_gendisk_ops, "del_gendisk");
	if (ret)
		return ret;
	ret = ip_hook_register(&ip_submit_ops, "submit_bio_noacct");
	if (ret)
		ip_hook_unregister(&ip_del_gendisk_ops);
	return ret;
}

void ip_hook_exit(void)
{
	ip_hook_unregister(&ip_submit_ops);
	ip_hook_unregister(&ip_del_gendisk_ops);
}
