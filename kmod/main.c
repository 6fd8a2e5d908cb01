// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - put a live block device under device-mapper.
 *
 * Module entry points: bring the parts up in order and take them down in
 * reverse.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>

#include "blkinterposer.h"

static int __init blkinterposer_init(void)
{
	int ret;

	ret = blkinterposer_ctl_init();
	if (ret)
		return ret;

	pr_info("loaded, ABI version %u\n", BLKINTERPOSER_ABI_VERSION);
	return 0;
}

static void __exit blkinterposer_exit(void)
{
	blkinterposer_ctl_exit();
	pr_info("unloaded\n");
}

module_init(blkinterposer_init);
module_exit(blkinterposer_exit);

MODULE_DESCRIPTION("Put a live, mounted block device under device-mapper");
MODULE_AUTHOR("The Interposer developers");
MODULE_LICENSE("GPL");
