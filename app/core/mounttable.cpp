// SPDX-License-Identifier: GPL-2.0-or-later
#include "mounttable.h"

#include <QFile>
#include <libmount.h>
#include <memory>

namespace {

using Table = std::unique_ptr<libmnt_table, decltype(&mnt_unref_table)>;
using Iterator = std::unique_ptr<libmnt_iter, decltype(&mnt_free_iter)>;

Table newTable()
{
	return Table(mnt_new_table(), &mnt_unref_table);
}

template<typename Fn>
void forEach(libmnt_table *table, Fn fn)
{
	Iterator it(mnt_new_iter(MNT_ITER_FORWARD), &mnt_free_iter);
	if (!it)
		return;
	libmnt_fs *fs;
	while (mnt_table_next_fs(table, it.get(), &fs) == 0)
		fn(fs);
}

QString text(const char *s)
{
	return s ? QString::fromUtf8(s) : QString();
}

} // namespace

MountTable MountTable::read(const MountSources &sources)
{
	MountTable out;
	Table mounts = newTable();
	if (mounts && mnt_table_parse_file(mounts.get(), QFile::encodeName(sources.mountinfo).constData()) == 0) {
		forEach(mounts.get(), [&out](libmnt_fs *fs) {
			const QString target = text(mnt_fs_get_target(fs));
			if (const dev_t dev = mnt_fs_get_devno(fs))
				out.m_byNumber[dev].append(target);
			const QString source = text(mnt_fs_get_srcpath(fs));
			if (source.startsWith(QLatin1String("/dev/")))
				out.m_bySource[source].append(target);
		});
	}
	Table swapList = newTable();
	if (swapList && QFile::exists(sources.swaps) &&
	    mnt_table_parse_swaps(swapList.get(), QFile::encodeName(sources.swaps).constData()) == 0) {
		forEach(swapList.get(), [&out](libmnt_fs *fs) {
			if (const char *source = mnt_fs_get_srcpath(fs))
				out.m_swaps.insert(QString::fromUtf8(source));
		});
	}
	return out;
}

QStringList MountTable::mountPoints(dev_t device, const QString &node) const
{
	QStringList points = m_byNumber.value(device);
	for (const QString &p : m_bySource.value(node))
		if (!points.contains(p))
			points.append(p);
	return points;
}

bool MountTable::isRoot(dev_t device, const QString &node) const
{
	return mountPoints(device, node).contains(QStringLiteral("/"));
}
