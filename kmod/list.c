// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - what the module holds, for LIST and for people:
 * /sys/class/misc/blkinterposer/mappings has a line per original, as many
 * as there are,
 *   <major>:<minor> bypass=<major>:<minor> interposer=<major>:<minor>
 *   state=<bypass,attached,gone: those that hold> redirected=<bios>
 * with 0:0 for what does not exist, each padded with spaces to
 * IP_LINE_SIZE bytes with its newline.
 */
#include <linux/device.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include <linux/uaccess.h>

#include "blkinterposer.h"

static void ip_set_dev(struct blkinterposer_dev *d, dev_t dev)
{
	d->major = MAJOR(dev);
	d->minor = MINOR(dev);
}

static struct blkinterposer_entry *ip_entry_for(struct blkinterposer_entry *e,
						u32 *n, dev_t orig)
{
	u32 i;

	for (i = 0; i < *n; i++)
		if (MKDEV(e[i].original.major, e[i].original.minor) == orig)
			return &e[i];
	ip_set_dev(&e[*n].original, orig);
	return &e[(*n)++];
}

/*
 * A snapshot of every original the module knows, one entry each. Under
 * ip_lock. Returns a kvmalloc'ed array of *count entries, or NULL.
 */
static struct blkinterposer_entry *ip_collect(u32 *count)
{
	struct blkinterposer_entry *entries, *e;
	struct ip_mapping *m;
	struct ip_bypass *b;
	u32 max = 1, n = 0;

	lockdep_assert_held(&ip_lock);
	list_for_each_entry(b, &ip_bypasses, node)
		max++;
	list_for_each_entry(m, &ip_mappings, node)
		max++;
	entries = kvcalloc(max, sizeof(*entries), GFP_KERNEL);
	if (!entries)
		return NULL;

	list_for_each_entry(b, &ip_bypasses, node) {
		e = ip_entry_for(entries, &n, b->orig_dev);
		ip_set_dev(&e->bypass, disk_devt(b->disk));
		e->bypass_index = b->index;
		e->state |= BLKINTERPOSER_STATE_BYPASS;
		if (READ_ONCE(b->gone))
			e->state |= BLKINTERPOSER_STATE_GONE;
	}
	list_for_each_entry(m, &ip_mappings, node) {
		e = ip_entry_for(entries, &n, m->route.dev);
		ip_set_dev(&e->interposer, m->interposer.bdev->bd_dev);
		e->state |= BLKINTERPOSER_STATE_ATTACHED;
		if (READ_ONCE(m->gone))
			e->state |= BLKINTERPOSER_STATE_GONE;
		e->redirected = ip_mapping_redirected(m);
	}
	*count = n;
	return entries;
}

int ip_list(struct blkinterposer_list *req)
{
	struct blkinterposer_entry *entries;
	u32 n;
	int ret = 0;

	mutex_lock(&ip_lock);
	entries = ip_collect(&n);
	mutex_unlock(&ip_lock);
	if (!entries)
		return -ENOMEM;
	if (copy_to_user(u64_to_user_ptr(req->entries), entries,
			 array_size(min(n, req->capacity), sizeof(*entries))))
		ret = -EFAULT;
	req->count = n;
	kvfree(entries);
	return ret;
}

static const char *const ip_state_names[] = { "bypass", "attached", "gone" };

/*
 * Every line of the mappings file takes IP_LINE_SIZE bytes. A read of a
 * sysfs file gets at most a page, and each read makes the text anew: were
 * lines as long as their numbers, a counter that grew a digit or an
 * original attached between two reads would move the text under the
 * reader, who would get a line torn at the page's end (the ioctl fuzzer
 * met one with 74 originals). With lines of a size that divides any page,
 * each read of whole pages gets whole lines, each of one moment, as a
 * seq_file in /proc gives them. The longest line: three device numbers of
 * "4095:1048575", "bypass,attached,gone", a u64 and the words, 115 bytes
 * and the newline.
 */
#define IP_LINE_SIZE 128

/* The text of the mappings file, kvmalloc'ed; its length in *len. */
static char *ip_mappings_text(size_t *len)
{
	struct blkinterposer_entry *entries, *e;
	unsigned int bit;
	const char *sep;
	char *text, *line;
	size_t used;
	u32 i, n;

	BUILD_BUG_ON(PAGE_SIZE % IP_LINE_SIZE);
	mutex_lock(&ip_lock);
	entries = ip_collect(&n);
	mutex_unlock(&ip_lock);
	if (!entries)
		return NULL;
	text = kvmalloc(array_size(n, IP_LINE_SIZE), GFP_KERNEL);
	if (!text)
		goto out;
	for (i = 0; i < n; i++) {
		e = &entries[i];
		line = text + (size_t)i * IP_LINE_SIZE;
		used = scnprintf(line, IP_LINE_SIZE,
				 "%u:%u bypass=%u:%u interposer=%u:%u state=",
				 e->original.major, e->original.minor,
				 e->bypass.major, e->bypass.minor,
				 e->interposer.major, e->interposer.minor);
		sep = "";
		for (bit = 0; bit < ARRAY_SIZE(ip_state_names); bit++) {
			if (e->state & BIT(bit)) {
				used += scnprintf(line + used, IP_LINE_SIZE - used,
						  "%s%s", sep, ip_state_names[bit]);
				sep = ",";
			}
		}
		used += scnprintf(line + used, IP_LINE_SIZE - used,
				  " redirected=%llu", e->redirected);
		memset(line + used, ' ', IP_LINE_SIZE - 1 - used);
		line[IP_LINE_SIZE - 1] = '\n';
	}
	*len = (size_t)n * IP_LINE_SIZE;
out:
	kvfree(entries);
	return text;
}

/*
 * A binary attribute, not a text one: text attributes end at a page, 32
 * originals here, and a longer list would be cut short without a word.
 * Each read makes the text anew and hands out the part asked for.
 */
static ssize_t mappings_read(struct file *file, struct kobject *kobj,
			     IP_CONST_BIN_ATTR struct bin_attribute *attr, char *buf,
			     loff_t off, size_t count)
{
	size_t len;
	char *text = ip_mappings_text(&len);
	ssize_t ret;

	if (!text)
		return -ENOMEM;
	ret = memory_read_from_buffer(buf, count, &off, text, len);
	kvfree(text);
	return ret;
}

static BIN_ATTR_RO(mappings, 0);

static IP_CONST_BIN_ATTR struct bin_attribute *ip_ctl_bin_attrs[] = {
	&bin_attr_mappings,
	NULL,
};

static const struct attribute_group ip_ctl_group = {
	.bin_attrs = ip_ctl_bin_attrs,
};

const struct attribute_group *ip_ctl_groups[] = {
	&ip_ctl_group,
	NULL,
};
