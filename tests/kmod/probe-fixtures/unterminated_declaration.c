// SPDX-License-Identifier: GPL-2.0
/*
 * Fails on every kernel, and leaves a declaration open: a file-scope
 * macro that this kernel does not have, used without a semicolon as the
 * kernel's DEFINE_* macros are. The probe after it must not be blamed.
 */
#include <linux/kernel.h>

DEFINE_BLKINTERPOSER_NO_SUCH_THING(probe_unterminated_declaration)
