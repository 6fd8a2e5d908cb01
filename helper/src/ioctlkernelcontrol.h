// SPDX-License-Identifier: GPL-2.0-or-later
// KernelControl through the ioctls of /dev/blkinterposer.
#pragma once

#include "kernelcontrol.h"
#include "kernelerror.h"
#include "uniquefd.h"

#include <QHash>

class IoctlKernelControl : public KernelControl
{
public:
	explicit IoctlKernelControl(QString controlPath = QStringLiteral("/dev/blkinterposer"));

	KernelModuleState state() override;
	dev_t createBypass(const BlockRef &original) override;
	void destroyBypass(const BlockRef &original) override;
	void attach(const BlockRef &original, const BlockRef &interposer) override;
	void detach(const BlockRef &original) override;
	std::unique_ptr<FreezeHold> freeze(const BlockRef &device) override;
	QList<KernelEntry> list() override;

private:
	int openControl(const ErrorText &forWhat);
	// A command on a blkinterposer_target; returns the control file it
	// ran on (FREEZE's freeze lives as long as that file).
	UniqueFd targetCommand(unsigned long request, const BlockRef &device, KernelCommand command);

	QString m_controlPath;
	// The devices this helper holds frozen (FREEZE), with a count each.
	QHash<dev_t, int> m_heldFreezes;
};
