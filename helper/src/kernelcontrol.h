// SPDX-License-Identifier: GPL-2.0-or-later
// The kernel module blkinterposer, as the helper uses it: one method per
// ioctl of kmod/include/uapi/blkinterposer.h. Behind an interface so the
// orchestration can be tested with an invented kernel; the real one talks
// to /dev/blkinterposer. Failures throw HelperError with a sentence that
// names the device (given as a BlockRef: number and the name people know).
#pragma once

#include "errortext.h"

#include <QList>
#include <QString>
#include <memory>
#include <sys/types.h>

struct BlockRef {
	dev_t dev = 0;
	QString name; // "/dev/sda1", used in sentences only
};

struct KernelModuleState {
	bool loaded = false;
	quint32 abiVersion = 0;
	ErrorText error; // why it cannot be used; empty if it can
	QString cause; // the same as a word (modulecause.h); empty if it can
};

struct KernelEntry {
	dev_t original = 0;
	dev_t bypass = 0;      // 0 if none
	dev_t interposer = 0;  // 0 unless attached
	bool attached = false;
	bool gone = false;     // the original was removed
};

// A filesystem freeze held through the module; thawed when destroyed (the
// module thaws anyway if the helper dies, because the freeze belongs to the
// open file).
class FreezeHold
{
public:
	virtual ~FreezeHold() = default;
};

class KernelControl
{
public:
	virtual ~KernelControl() = default;

	virtual KernelModuleState state() = 0; // never throws
	virtual dev_t createBypass(const BlockRef &original) = 0;
	virtual void destroyBypass(const BlockRef &original) = 0;
	virtual void attach(const BlockRef &original, const BlockRef &interposer) = 0;
	virtual void detach(const BlockRef &original) = 0;
	virtual std::unique_ptr<FreezeHold> freeze(const BlockRef &device) = 0;
	virtual QList<KernelEntry> list() = 0;
};
