// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - the control node /dev/blkinterposer.
 *
 * Every command is an ioctl with a fixed-size struct. The dispatcher checks,
 * before any command runs, that the caller has CAP_SYS_ADMIN, that the
 * command is known, and that the size encoded in the ioctl number is the
 * size of the command's struct, so that each kind of bad call gets its own
 * errno:
 *
 *   EPERM     the caller lacks CAP_SYS_ADMIN
 *   ENOTTY    not an ioctl of this module
 *   EMSGSIZE  a known command with the wrong struct size
 *   EINVAL    a reserved field that is not zero
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/capability.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/uaccess.h>

#include "blkinterposer.h"

static long ctl_version(void __user *arg)
{
	struct blkinterposer_version v = {
		.abi_version = BLKINTERPOSER_ABI_VERSION,
		.features = BLKINTERPOSER_FEAT_VERSION,
	};

	if (copy_to_user(arg, &v, sizeof(v)))
		return -EFAULT;
	return 0;
}

struct ctl_command {
	unsigned int cmd;
	long (*handler)(void __user *arg);
};

static const struct ctl_command ctl_commands[] = {
	{ BLKINTERPOSER_IOC_VERSION, ctl_version },
};

static long ctl_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	size_t i;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	if (_IOC_TYPE(cmd) != BLKINTERPOSER_IOC_MAGIC)
		return -ENOTTY;

	for (i = 0; i < ARRAY_SIZE(ctl_commands); i++) {
		unsigned int known = ctl_commands[i].cmd;

		if (_IOC_NR(cmd) != _IOC_NR(known))
			continue;
		if (_IOC_DIR(cmd) != _IOC_DIR(known))
			return -ENOTTY;
		if (_IOC_SIZE(cmd) != _IOC_SIZE(known))
			return -EMSGSIZE;
		return ctl_commands[i].handler((void __user *)arg);
	}
	return -ENOTTY;
}

static const struct file_operations ctl_fops = {
	.owner = THIS_MODULE,
	.unlocked_ioctl = ctl_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
	.llseek = noop_llseek,
};

static struct miscdevice ctl_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = BLKINTERPOSER_CTL_NAME,
	.fops = &ctl_fops,
	.mode = 0600,
};

int blkinterposer_ctl_init(void)
{
	int ret = misc_register(&ctl_misc);

	if (ret)
		pr_err("cannot register /dev/%s: %d\n", BLKINTERPOSER_CTL_NAME, ret);
	return ret;
}

void blkinterposer_ctl_exit(void)
{
	misc_deregister(&ctl_misc);
}
