// SPDX-License-Identifier: GPL-2.0
/* Compiles on every kernel. */
#include <linux/kernel.h>

static inline int probe_always(void)
{
	return 0;
}
