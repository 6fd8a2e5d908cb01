// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - the control node /dev/blkinterposer.
 *
 * Every command is an ioctl with a 64-byte struct (see the uapi header).
 * Before any command runs the dispatcher checks, in this order, that the
 * caller has CAP_SYS_ADMIN (EPERM), that the command is one of ours
 * (ENOTTY), and that the size encoded in its number is its struct's
 * (ENOTTY too: the number is then not one of ours); each command then
 * checks that reserved fields and flags are zero (EINVAL). Each open file
 * owns the freezes it made (freeze.c).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/capability.h>
#include <linux/fs.h>
#include <linux/kobject.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "blkinterposer.h"

static bool ip_all_zero(const void *p, size_t n)
{
	return !memchr_inv(p, 0, n);
}

static int ip_decode_dev(const struct blkinterposer_dev *d, dev_t *dev)
{
	if (d->major >= (1U << (32 - MINORBITS)) || d->minor > MINORMASK)
		return -EINVAL;
	*dev = MKDEV(d->major, d->minor);
	return 0;
}

static long ip_cmd_version(struct file *file, void *arg)
{
	struct blkinterposer_version *v = arg;

	memset(v, 0, sizeof(*v));
	v->abi_version = BLKINTERPOSER_ABI_VERSION;
	v->features = BLKINTERPOSER_FEAT_BYPASS | BLKINTERPOSER_FEAT_ATTACH |
		      BLKINTERPOSER_FEAT_FREEZE | BLKINTERPOSER_FEAT_LIST |
		      BLKINTERPOSER_FEAT_REMOVAL;
	return 0;
}

static long ip_cmd_bypass_create(struct file *file, void *arg)
{
	struct blkinterposer_bypass *req = arg;
	dev_t dev;
	int ret;

	if (req->flags || !ip_all_zero(req->reserved, sizeof(req->reserved)) ||
	    req->bypass.major || req->bypass.minor || req->index)
		return -EINVAL;
	ret = ip_decode_dev(&req->original, &dev);
	if (ret)
		return ret;
	mutex_lock(&ip_lock);
	ret = ip_bypass_create(dev, req);
	mutex_unlock(&ip_lock);
	return ret;
}

/* BYPASS_DESTROY, DETACH, FREEZE and THAW name one device. */
static int ip_decode_target(const struct blkinterposer_target *req, dev_t *dev)
{
	if (req->flags || req->reserved0 ||
	    !ip_all_zero(req->reserved, sizeof(req->reserved)))
		return -EINVAL;
	return ip_decode_dev(&req->original, dev);
}

/* A command on one device that runs under ip_lock. */
static long ip_cmd_locked(void *arg, int (*fn)(dev_t dev))
{
	dev_t dev;
	int ret = ip_decode_target(arg, &dev);

	if (ret)
		return ret;
	mutex_lock(&ip_lock);
	ret = fn(dev);
	mutex_unlock(&ip_lock);
	return ret;
}

static long ip_cmd_bypass_destroy(struct file *file, void *arg)
{
	return ip_cmd_locked(arg, ip_bypass_destroy);
}

static long ip_cmd_attach(struct file *file, void *arg)
{
	struct blkinterposer_attach *req = arg;
	dev_t orig, interposer;
	int ret;

	if (req->flags || req->reserved0 ||
	    !ip_all_zero(req->reserved, sizeof(req->reserved)))
		return -EINVAL;
	ret = ip_decode_dev(&req->original, &orig);
	if (!ret)
		ret = ip_decode_dev(&req->interposer, &interposer);
	if (ret)
		return ret;
	mutex_lock(&ip_lock);
	ret = ip_attach(orig, interposer);
	mutex_unlock(&ip_lock);
	return ret;
}

static long ip_cmd_detach(struct file *file, void *arg)
{
	return ip_cmd_locked(arg, ip_detach);
}

static long ip_cmd_freeze(struct file *file, void *arg)
{
	dev_t dev;
	int ret = ip_decode_target(arg, &dev);

	return ret ? ret : ip_freeze(file->private_data, dev);
}

static long ip_cmd_thaw(struct file *file, void *arg)
{
	dev_t dev;
	int ret = ip_decode_target(arg, &dev);

	return ret ? ret : ip_thaw(file->private_data, dev);
}

static long ip_cmd_list(struct file *file, void *arg)
{
	struct blkinterposer_list *req = arg;

	/* count is output only: a caller may hand back what LIST filled in. */
	if (!ip_all_zero(req->reserved, sizeof(req->reserved)))
		return -EINVAL;
	return ip_list(req);
}

struct ip_command {
	unsigned int cmd;
	long (*handler)(struct file *file, void *arg);
};

static const struct ip_command ip_commands[] = {
	{ BLKINTERPOSER_IOC_VERSION, ip_cmd_version },
	{ BLKINTERPOSER_IOC_BYPASS_CREATE, ip_cmd_bypass_create },
	{ BLKINTERPOSER_IOC_BYPASS_DESTROY, ip_cmd_bypass_destroy },
	{ BLKINTERPOSER_IOC_ATTACH, ip_cmd_attach },
	{ BLKINTERPOSER_IOC_DETACH, ip_cmd_detach },
	{ BLKINTERPOSER_IOC_FREEZE, ip_cmd_freeze },
	{ BLKINTERPOSER_IOC_THAW, ip_cmd_thaw },
	{ BLKINTERPOSER_IOC_LIST, ip_cmd_list },
};

/* Every struct is 64 bytes: one buffer on the stack fits them all. */
#define IP_ARG_SIZE 64

static long ip_ctl_ioctl(struct file *file, unsigned int cmd, unsigned long uarg)
{
	void __user *argp = (void __user *)uarg;
	const struct ip_command *c = NULL;
	u64 arg[IP_ARG_SIZE / sizeof(u64)];
	size_t i;
	long ret;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	if (_IOC_TYPE(cmd) != BLKINTERPOSER_IOC_MAGIC)
		return -ENOTTY;
	for (i = 0; i < ARRAY_SIZE(ip_commands); i++)
		if (_IOC_NR(cmd) == _IOC_NR(ip_commands[i].cmd))
			c = &ip_commands[i];
	if (!c || _IOC_DIR(cmd) != _IOC_DIR(c->cmd))
		return -ENOTTY;
	/* The size is part of the number: another size, another command. */
	if (_IOC_SIZE(cmd) != _IOC_SIZE(c->cmd))
		return -ENOTTY;

	BUILD_BUG_ON(sizeof(struct blkinterposer_version) != IP_ARG_SIZE);
	BUILD_BUG_ON(sizeof(struct blkinterposer_bypass) != IP_ARG_SIZE);
	BUILD_BUG_ON(sizeof(struct blkinterposer_attach) != IP_ARG_SIZE);
	BUILD_BUG_ON(sizeof(struct blkinterposer_target) != IP_ARG_SIZE);
	BUILD_BUG_ON(sizeof(struct blkinterposer_entry) != IP_ARG_SIZE);
	BUILD_BUG_ON(sizeof(struct blkinterposer_list) != IP_ARG_SIZE);

	if ((_IOC_DIR(cmd) & _IOC_WRITE) && copy_from_user(arg, argp, IP_ARG_SIZE))
		return -EFAULT;
	ret = c->handler(file, arg);
	if (!ret && (_IOC_DIR(cmd) & _IOC_READ) && copy_to_user(argp, arg, IP_ARG_SIZE))
		return -EFAULT;
	return ret;
}

static int ip_ctl_open(struct inode *inode, struct file *file)
{
	file->private_data = ip_freezes_alloc();
	return file->private_data ? 0 : -ENOMEM;
}

static int ip_ctl_release(struct inode *inode, struct file *file)
{
	ip_freezes_release(file->private_data);
	return 0;
}

static const struct file_operations ip_ctl_fops = {
	.owner = THIS_MODULE,
	.open = ip_ctl_open,
	.release = ip_ctl_release,
	.unlocked_ioctl = ip_ctl_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
	.llseek = noop_llseek,
};

static struct miscdevice ip_ctl_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = BLKINTERPOSER_CTL_NAME,
	.fops = &ip_ctl_fops,
	.mode = 0600,
	.groups = ip_ctl_groups,
};

/* KOBJ_CHANGE on the control device: an original has been removed. */
void ip_ctl_uevent_gone(dev_t orig_dev)
{
	char event[] = BLKINTERPOSER_UEVENT_EVENT "=original-gone";
	char original[48];
	char *envp[3];

	envp[0] = event;
	envp[1] = original;
	envp[2] = NULL;
	snprintf(original, sizeof(original), BLKINTERPOSER_UEVENT_ORIGINAL "=%u:%u",
		 MAJOR(orig_dev), MINOR(orig_dev));
	kobject_uevent_env(&ip_ctl_misc.this_device->kobj, KOBJ_CHANGE, envp);
}

int ip_ctl_init(void)
{
	int ret = misc_register(&ip_ctl_misc);

	if (ret)
		pr_err("cannot register /dev/%s: %d\n", BLKINTERPOSER_CTL_NAME, ret);
	return ret;
}

void ip_ctl_exit(void)
{
	misc_deregister(&ip_ctl_misc);
}
