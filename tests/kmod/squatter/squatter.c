// SPDX-License-Identifier: GPL-2.0
/*
 * ipmodify_squatter - a test module that owns an IPMODIFY ftrace hook on
 * submit_bio_noacct() and does nothing with it, as a livepatch or another
 * block filter would. While it is loaded, blkinterposer must refuse to load
 * with a clear message, and, if it was loaded first, to attach.
 */
#include <linux/ftrace.h>
#include <linux/module.h>
#include <linux/string.h>

static void notrace squatter_hook(unsigned long ip, unsigned long parent_ip,
				  struct ftrace_ops *ops, struct ftrace_regs *fregs)
{
}

static struct ftrace_ops squatter_ops = {
	.func = squatter_hook,
	.flags = FTRACE_OPS_FL_IPMODIFY,
};

static int __init squatter_init(void)
{
	static char name[] = "submit_bio_noacct";
	int ret;

	ret = ftrace_set_filter(&squatter_ops, name, strlen(name), 0);
	if (!ret)
		ret = register_ftrace_function(&squatter_ops);
	return ret;
}

static void __exit squatter_exit(void)
{
	unregister_ftrace_function(&squatter_ops);
	ftrace_free_filter(&squatter_ops);
}

module_init(squatter_init);
module_exit(squatter_exit);
MODULE_DESCRIPTION("Test: hold an IPMODIFY hook on submit_bio_noacct");
MODULE_LICENSE("GPL");
