// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemsync.h"

#include "uniquefd.h"

#include <QFile>
#include <fcntl.h>
#include <libmount.h>
#include <memory>
#include <unistd.h>

namespace FilesystemSync {

QString mountPointOf(dev_t dev, const QString &mountinfo)
{
	std::unique_ptr<libmnt_table, decltype(&mnt_unref_table)> table(
		mnt_new_table_from_file(QFile::encodeName(mountinfo).constData()), &mnt_unref_table);
	if (!table)
		return {};
	libmnt_fs *fs = mnt_table_find_devno(table.get(), dev, MNT_ITER_BACKWARD);
	const char *target = fs ? mnt_fs_get_target(fs) : nullptr;
	return target ? QFile::decodeName(target) : QString();
}

void syncMounted(dev_t dev)
{
	const QString target = mountPointOf(dev);
	if (target.isEmpty())
		return;
	const UniqueFd fd(::open(QFile::encodeName(target).constData(),
				 O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW));
	if (fd.valid())
		::syncfs(fd.get());
}

} // namespace FilesystemSync
