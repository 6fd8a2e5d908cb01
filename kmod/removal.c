// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - when an original's disk is deleted (hot-unplug, driver
 * unbind): the del_gendisk hook marks what depends on it, from atomic
 * context; a work item then tears the mappings down under ip_lock and
 * tells userspace with a uevent. Bypasses of a deleted original stay until
 * userspace destroys them (a device-mapper table may still hold them); their
 * bios fail at the original, as any bio to a deleted disk does.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/workqueue.h>

#include "blkinterposer.h"

static void ip_removal_workfn(struct work_struct *work)
{
	mutex_lock(&ip_lock);
	ip_mappings_reap_gone();
	ip_bypasses_report_gone();
	mutex_unlock(&ip_lock);
}

static DECLARE_WORK(ip_removal_work, ip_removal_workfn);

/* From the del_gendisk hook, at its entry. */
void ip_removal_notice(struct gendisk *disk)
{
	bool found = ip_mappings_mark_gone(disk);

	if (ip_bypass_mark_gone(disk) || found)
		schedule_work(&ip_removal_work);
}

void ip_removal_exit(void)
{
	flush_work(&ip_removal_work);
}
