// SPDX-License-Identifier: GPL-2.0
/*
 * blkinterposer - its files, compiled as one unit.
 *
 * Each file keeps its one job; compiled together, the compiler reads the
 * kernel's headers once instead of once a file, and most of a build is
 * those headers: for 6.12, 3.6-4.0 s instead of 9.4-9.8 s natively, and
 * DKMS's build in an emulated guest 108 s instead of 193 s
 * (docs/kernel-module.md). The kernel builds its scheduler this way
 * (kernel/sched/build_policy.c). A name a file keeps to itself (static)
 * must not be another file's; tests/kmod/sparse compiles each file alone.
 */
#include "main.c"
#include "control.c"
#include "device.c"
#include "bypass.c"
#include "mapping.c"
#include "routes.c"
#include "hook.c"
#include "removal.c"
#include "freeze.c"
#include "list.c"
