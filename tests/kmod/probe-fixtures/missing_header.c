// SPDX-License-Identifier: GPL-2.0
/* Fails on every kernel, fatally: the compiler stops at this file. */
#include <linux/blkinterposer_no_such_header.h>

static inline int probe_missing_header(void)
{
	return 0;
}
