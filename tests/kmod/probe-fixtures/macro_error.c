// SPDX-License-Identifier: GPL-2.0
/* Fails on every kernel, with the error inside a kernel macro's expansion. */
#include <linux/build_bug.h>

static inline int probe_macro_error(void)
{
	return BUILD_BUG_ON_ZERO(sizeof(int) == 4);
}
