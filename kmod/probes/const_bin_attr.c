// SPDX-License-Identifier: GPL-2.0
/*
 * IP_HAVE_CONST_BIN_ATTR: a binary sysfs attribute's read() and a group's
 * bin_attrs take const attributes (6.16; 6.13 to 6.15 had them as
 * read_new and bin_attrs_new beside the old ones).
 */
#include <linux/sysfs.h>

static ssize_t probe_read(struct file *file, struct kobject *kobj,
			  const struct bin_attribute *attr, char *buf,
			  loff_t off, size_t count)
{
	return 0;
}

static const struct bin_attribute probe_attr = {
	.read = probe_read,
};

static const struct bin_attribute *probe_attrs[] = {
	&probe_attr,
	NULL,
};

static const struct attribute_group probe_group __maybe_unused = {
	.bin_attrs = probe_attrs,
};
