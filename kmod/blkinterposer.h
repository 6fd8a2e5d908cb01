/* SPDX-License-Identifier: GPL-2.0 */
/*
 * blkinterposer - internal declarations shared by the module's files.
 */
#ifndef BLKINTERPOSER_H
#define BLKINTERPOSER_H

#include <linux/module.h>

#include "include/uapi/blkinterposer.h"

int blkinterposer_ctl_init(void);
void blkinterposer_ctl_exit(void);

#endif /* BLKINTERPOSER_H */
