// SPDX-License-Identifier: GPL-2.0
/*
 * IP_HAVE_CONST_BIN_ATTR: a binary sysfs attribute's read() and a group's
 * bin_attrs take const attributes (6.16; 6.13 to 6.15 had them as
 * read_new and bin_attrs_new beside the old ones).
 */
#include <linux/sysfs.h>

static ssize_t probe_const_bin_attr_read(struct file *file,
					 struct kobject *kobj,
					 const struct bin_attribute *attr,
					 char *buf, loff_t off, size_t count)
{
	return 0;
}

static const struct bin_attribute probe_const_bin_attr_attr = {
	.read = probe_const_bin_attr_read,
};

static const struct bin_attribute *probe_const_bin_attr_attrs[] = {
	&probe_const_bin_attr_attr,
	NULL,
};

static const struct attribute_group probe_const_bin_attr_group __maybe_unused = {
	.bin_attrs = probe_const_bin_attr_attrs,
};
