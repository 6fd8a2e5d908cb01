// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - the routes: which device numbers the submit hook acts on.
 *
 * While anything is attached, every bio on the machine passes the hook, and
 * nearly all of them are for devices it leaves alone. The routes live in a
 * small hash table of RCU lists, so that such a bio costs a hash of its
 * device number and one load (its bucket is empty), and a routed one a
 * short walk.
 * Routes are few, two per attached original (it and its bypass). An xarray
 * keyed by device number, the first design, cost about 250 instructions per
 * lookup, hit or miss: device numbers are sparse 32-bit keys, five levels
 * deep.
 *
 * A route is embedded in what it leads to (struct ip_mapping or struct
 * ip_bypass), which outlives every reader that may have found it: see their
 * teardowns.
 */
#include <linux/lockdep.h>

#include "blkinterposer.h"

DEFINE_HASHTABLE(ip_route_table, IP_ROUTE_BITS);

/**
 * ip_route_add - publish a route
 * @r: its device number and kind set
 *
 * Under ip_lock. Return: 0, or -EBUSY if the device number is routed
 * already (callers check for that first, with their own errno).
 */
int ip_route_add(struct ip_route *r)
{
	lockdep_assert_held(&ip_lock);
	if (WARN_ON_ONCE(ip_route_find(r->dev)))
		return -EBUSY;
	hash_add_rcu(ip_route_table, &r->node, r->dev);
	return 0;
}

/* Under ip_lock: new lookups miss @r; readers that found it may still hold it. */
void ip_route_del(struct ip_route *r)
{
	lockdep_assert_held(&ip_lock);
	hash_del_rcu(&r->node);
}
