// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemsync.h"

#include "uniquefd.h"

#include <QFile>
#include <fcntl.h>
#include <libmount.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace FilesystemSync {

namespace {

// The first mount point of `dev` (the last mounted first) whose directory,
// opened, is on `dev`; its path in *target.
UniqueFd openMountOf(dev_t dev, const QString &mountinfo, bool *mounted, QString *target)
{
	*mounted = false;
	std::unique_ptr<libmnt_table, decltype(&mnt_unref_table)> table(
		mnt_new_table_from_file(QFile::encodeName(mountinfo).constData()), &mnt_unref_table);
	std::unique_ptr<libmnt_iter, decltype(&mnt_free_iter)> it(mnt_new_iter(MNT_ITER_BACKWARD), &mnt_free_iter);
	libmnt_fs *fs = nullptr;
	while (table && it && mnt_table_next_fs(table.get(), it.get(), &fs) == 0) {
		const char *path = mnt_fs_get_target(fs);
		if (mnt_fs_get_devno(fs) != dev || !path)
			continue;
		*mounted = true;
		UniqueFd fd(::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW));
		struct stat st{};
		if (fd.valid() && ::fstat(fd.get(), &st) == 0 && st.st_dev == dev) {
			*target = QFile::decodeName(path);
			return fd;
		}
	}
	return UniqueFd();
}

} // namespace

QString reachableMountPointOf(dev_t dev, const QString &mountinfo, bool *mounted)
{
	bool isMounted = false;
	QString target;
	openMountOf(dev, mountinfo, &isMounted, &target);
	if (mounted)
		*mounted = isMounted;
	return target;
}

void syncMounted(dev_t dev)
{
	bool mounted = false;
	QString target;
	const UniqueFd fd = openMountOf(dev, QStringLiteral("/proc/self/mountinfo"), &mounted, &target);
	if (fd.valid())
		::syncfs(fd.get());
	else if (mounted)
		// Mounted where the helper cannot reach it (under /home, which
		// the unit's sandbox covers): syncing everything writes it back
		// too, and what waits is this call, not the filesystem's writers.
		::sync();
}

} // namespace FilesystemSync
