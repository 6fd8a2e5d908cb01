// SPDX-License-Identifier: GPL-2.0
/* IP_HAVE_FREGS_GET_ARG: ftrace_regs_get_argument() (6.5 on x86-64). */
#include <linux/ftrace.h>

static inline unsigned long probe_fregs_get_arg(struct ftrace_regs *fregs)
{
	return ftrace_regs_get_argument(fregs, 0);
}
