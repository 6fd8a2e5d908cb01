// SPDX-License-Identifier: GPL-2.0-or-later
// A device number as the kernel writes it in text ("8:1"): in the module's
// mappings and uevents and in device-mapper tables.
#pragma once

#include <QStringView>
#include <sys/types.h>

// 0 unless text is exactly <major>:<minor> in decimal.
dev_t parseDevNumber(QStringView text);
