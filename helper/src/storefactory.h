// SPDX-License-Identifier: GPL-2.0-or-later
// Snapshot stores in a directory: an unnamed sparse file (O_TMPFILE, so the
// helper never creates a name in a directory a caller chose) behind a loop
// device that clears itself when its last user, the snapshot, lets go.
#pragma once

#include "blockinspector.h"

#include <memory>

// Keeps the loop device configured while alive; afterwards only its users
// (the snapshot device) keep it.
class SparseStore
{
public:
	virtual ~SparseStore() = default;
	virtual dev_t dev() const = 0;
	virtual QString name() const = 0; // /dev/loopN
};

class StoreFactory
{
public:
	virtual ~StoreFactory() = default;
	virtual std::unique_ptr<SparseStore> createSparse(const DirectoryInfo &directory,
							  quint64 bytes, const QString &forDevice) = 0;
};

class LoopStoreFactory : public StoreFactory
{
public:
	std::unique_ptr<SparseStore> createSparse(const DirectoryInfo &directory, quint64 bytes,
						  const QString &forDevice) override;
};
