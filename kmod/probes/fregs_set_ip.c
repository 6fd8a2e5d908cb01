// SPDX-License-Identifier: GPL-2.0
/* IP_HAVE_FREGS_SET_IP: ftrace_regs_set_instruction_pointer() (6.7). */
#include <linux/ftrace.h>

static inline void probe_fregs_set_ip(struct ftrace_regs *fregs)
{
	ftrace_regs_set_instruction_pointer(fregs, 0);
}
