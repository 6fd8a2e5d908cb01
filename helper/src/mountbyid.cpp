// SPDX-License-Identifier: GPL-2.0-or-later
#include "mountbyid.h"

#include <QFile>
#include <libmount.h>
#include <memory>
#include <sys/stat.h>

dev_t mountSourceDevice(libmnt_fs *fs)
{
	const char *source = fs ? mnt_fs_get_srcpath(fs) : nullptr;
	struct stat src{};
	if (source && source[0] == '/' && ::stat(source, &src) == 0 && S_ISBLK(src.st_mode))
		return src.st_rdev;
	return 0;
}

MountById findMountById(int mountId, const QStringList &mountinfos)
{
	if (mountId < 0)
		return {};
	for (const QString &path : mountinfos) {
		std::unique_ptr<libmnt_table, decltype(&mnt_unref_table)> table(
			mnt_new_table_from_file(QFile::encodeName(path).constData()), &mnt_unref_table);
		std::unique_ptr<libmnt_iter, decltype(&mnt_free_iter)> it(mnt_new_iter(MNT_ITER_FORWARD), &mnt_free_iter);
		libmnt_fs *fs = nullptr;
		while (table && it && mnt_table_next_fs(table.get(), it.get(), &fs) == 0) {
			if (mnt_fs_get_id(fs) == mountId)
				return {true, mountSourceDevice(fs)};
		}
	}
	return {};
}

int mountIdOf(int fd)
{
	QFile fdinfo(QStringLiteral("/proc/self/fdinfo/%1").arg(fd));
	if (!fdinfo.open(QIODevice::ReadOnly))
		return -1;
	for (const QByteArray &line : fdinfo.readAll().split('\n')) {
		if (line.startsWith("mnt_id:")) {
			bool ok = false;
			const int id = line.mid(7).trimmed().toInt(&ok);
			return ok ? id : -1;
		}
	}
	return -1;
}
