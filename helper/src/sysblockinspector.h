// SPDX-License-Identifier: GPL-2.0-or-later
// BlockInspector on the running system: paths through open(2)/fstat(2),
// facts from /sys/dev/block, the mount table through libmount, signatures
// through libblkid.
#pragma once

#include "blockinspector.h"

class SysBlockInspector : public BlockInspector
{
public:
	dev_t resolveBlockDevice(const QString &path) override;
	std::optional<BlockInfo> info(dev_t dev) override;
	bool exclusivelyHeld(dev_t dev) override;
	bool isDirectory(const QString &path) override;
	DirectoryInfo directory(const QString &path) override;
	OpenFileInfo openFile(int fd) override;
	bool mounted(dev_t dev) override;
	ErrorText contentSignature(dev_t dev) override;
};
