// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - put a live block device under device-mapper.
 *
 * Module entry points: bring the parts up in order and take them down in
 * reverse. Every bypass and mapping holds a reference on the module, so it
 * cannot be unloaded while anything depends on it.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/rcupdate.h>

#include "blkinterposer.h"

/* Serialises every change of bypasses and mappings (blkinterposer.h). */
DEFINE_MUTEX(ip_lock);

static int __init blkinterposer_init(void)
{
	int ret;

	ret = ip_mapping_init();
	if (ret)
		return ret;
	ret = ip_bypass_init();
	if (ret)
		goto mapping_exit;
	ret = ip_hook_init();
	if (ret)
		goto bypass_exit;
	ret = ip_ctl_init();
	if (ret)
		goto hook_exit;
	pr_info("loaded, ABI version %u\n", BLKINTERPOSER_ABI_VERSION);
	return 0;

hook_exit:
	ip_hook_exit();
bypass_exit:
	ip_bypass_exit();
mapping_exit:
	ip_mapping_exit();
	return ret;
}

static void __exit blkinterposer_exit(void)
{
	ip_ctl_exit();
	ip_hook_exit();
	ip_removal_exit();
	/*
	 * A task the hook sent to ip_redirect_bio() just before it was
	 * unregistered may still be in there, on its way to a mapping that
	 * is gone; completions run our end_io code briefly after their last
	 * reference drops. Wait for both before the code goes away.
	 */
	synchronize_srcu(&ip_redirect_srcu);
	synchronize_rcu();
	rcu_barrier();
	ip_bypass_exit();
	ip_mapping_exit();
	pr_info("unloaded\n");
}

module_init(blkinterposer_init);
module_exit(blkinterposer_exit);

MODULE_DESCRIPTION("Put a live, mounted block device under device-mapper");
MODULE_AUTHOR("The Interposer developers");
MODULE_LICENSE("GPL");
