// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysblockinspector.h"

#include "devnumber.h"
#include "helpererror.h"
#include "uniquefd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libmount.h>
#include <memory>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>

namespace {

QString sysfsDir(dev_t dev)
{
	return QStringLiteral("/sys/dev/block/%1:%2").arg(major(dev)).arg(minor(dev));
}

QString readAttribute(const QString &path)
{
	QFile f(path);
	if (!f.open(QIODevice::ReadOnly))
		return {};
	return QString::fromUtf8(f.readAll()).trimmed();
}

// The devices named by the entries of /sys/.../slaves or holders.
QList<dev_t> linkedDevices(const QString &dir)
{
	QList<dev_t> out;
	const auto names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
	for (const QString &name : names) {
		if (const dev_t dev = parseDevNumber(readAttribute(dir + QLatin1Char('/') + name + QStringLiteral("/dev"))))
			out.append(dev);
	}
	return out;
}

QString errnoText(int err)
{
	return QString::fromLocal8Bit(strerror(err));
}

} // namespace

dev_t SysBlockInspector::resolveBlockDevice(const QString &path)
{
	if (!path.startsWith(QLatin1Char('/')))
		throwInvalid(QStringLiteral("“%1” is not an absolute path; name a block device such as /dev/sda1.").arg(path));
	// O_PATH opens nothing for I/O and follows symlinks; the device number
	// is taken from what was opened, so a link swapped afterwards changes
	// nothing: every later step works with the number, never the path.
	UniqueFd fd(::open(QFile::encodeName(path).constData(), O_PATH | O_CLOEXEC));
	if (!fd.valid()) {
		const int err = errno;
		if (err == ENOENT || err == ENOTDIR)
			throwNotFound(QStringLiteral("%1 does not exist.").arg(path));
		if (err == ELOOP)
			throwInvalid(QStringLiteral("%1 is a loop of symbolic links, not a block device.").arg(path));
		throwInvalid(QStringLiteral("%1 cannot be opened: %2.").arg(path, errnoText(err)));
	}
	struct stat st{};
	if (::fstat(fd.get(), &st) != 0)
		throwFailed(QStringLiteral("%1 cannot be examined: %2.").arg(path, errnoText(errno)));
	if (!S_ISBLK(st.st_mode)) {
		const char *what = S_ISDIR(st.st_mode) ? "a directory"
				 : S_ISCHR(st.st_mode) ? "a character device"
				 : S_ISREG(st.st_mode) ? "a regular file"
				 : "not a device";
		throwInvalid(QStringLiteral("%1 is not a block device (it is %2).").arg(path, QLatin1String(what)));
	}
	return st.st_rdev;
}

std::optional<BlockInfo> SysBlockInspector::info(dev_t dev)
{
	const QString dir = sysfsDir(dev);
	const QFileInfo link(dir);
	if (!link.exists())
		return std::nullopt;
	BlockInfo info;
	info.dev = dev;
	info.name = QFileInfo(link.canonicalFilePath()).fileName();
	info.sizeBytes = readAttribute(dir + QStringLiteral("/size")).toULongLong() * 512;
	info.partition = QFileInfo::exists(dir + QStringLiteral("/partition"));
	info.readOnly = readAttribute(dir + QStringLiteral("/ro")) == QLatin1String("1");
	if (!info.partition) {
		const auto children = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
		for (const QString &child : children) {
			if (QFileInfo::exists(dir + QLatin1Char('/') + child + QStringLiteral("/partition"))) {
				info.hasPartitions = true;
				break;
			}
		}
	}
	info.dmName = readAttribute(dir + QStringLiteral("/dm/name"));
	info.dmUuid = readAttribute(dir + QStringLiteral("/dm/uuid"));
	info.slaves = linkedDevices(dir + QStringLiteral("/slaves"));
	// A loop device is built on the filesystem of its backing file.
	struct stat backing{};
	const QString file = readAttribute(dir + QStringLiteral("/loop/backing_file"));
	if (!file.isEmpty() && ::stat(QFile::encodeName(file).constData(), &backing) == 0)
		info.slaves.append(backing.st_dev);
	info.holders = linkedDevices(dir + QStringLiteral("/holders"));
	return info;
}

bool SysBlockInspector::exclusivelyHeld(dev_t dev)
{
	// There is no node of our own to open by number without mknod, so go
	// through the kernel name under /dev, and make sure it is the device.
	auto i = info(dev);
	if (!i)
		return false;
	UniqueFd fd(::open(QFile::encodeName(i->devPath()).constData(),
			   O_RDONLY | O_EXCL | O_CLOEXEC | O_NONBLOCK));
	if (!fd.valid())
		return true; // EBUSY, or it cannot be checked: count it as held
	struct stat st{};
	return !(::fstat(fd.get(), &st) == 0 && st.st_rdev == dev);
}

bool SysBlockInspector::isDirectory(const QString &path)
{
	struct stat st{};
	return path.startsWith(QLatin1Char('/')) &&
	       ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

DirectoryInfo SysBlockInspector::directory(const QString &path)
{
	if (!path.startsWith(QLatin1Char('/')))
		throwInvalid(QStringLiteral("“%1” is not an absolute path.").arg(path));
	UniqueFd fd(::open(QFile::encodeName(path).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
	if (!fd.valid()) {
		const int err = errno;
		if (err == ENOENT)
			throwNotFound(QStringLiteral("%1 does not exist (a directory of the user's home or /tmp may not be visible to the helper).").arg(path));
		if (err == ENOTDIR)
			throwInvalid(QStringLiteral("%1 is neither a block device nor a directory.").arg(path));
		throwInvalid(QStringLiteral("%1 cannot be opened: %2.").arg(path, errnoText(err)));
	}
	DirectoryInfo out;
	char resolved[64];
	snprintf(resolved, sizeof(resolved), "/proc/self/fd/%d", fd.get());
	out.path = QFileInfo(QString::fromLatin1(resolved)).symLinkTarget();
	struct stat st{};
	struct statvfs vfs{};
	if (::fstat(fd.get(), &st) != 0 || ::fstatvfs(fd.get(), &vfs) != 0)
		throwFailed(QStringLiteral("%1 cannot be examined: %2.").arg(path, errnoText(errno)));
	if (vfs.f_flag & ST_RDONLY)
		throwInvalid(QStringLiteral("The snapshot store directory %1 is on a read-only filesystem (for the helper: its service may only write below /var, /srv, /mnt, /media and other mounts outside /usr, /boot and /etc).").arg(path));
	out.fsDev = st.st_dev;
	out.freeBytes = quint64(vfs.f_bavail) * vfs.f_frsize;

	// btrfs and others report an anonymous st_dev: ask the mount table
	// which block device the filesystem is on.
	std::unique_ptr<libmnt_table, decltype(&mnt_unref_table)> table(
		mnt_new_table_from_file("/proc/self/mountinfo"), &mnt_unref_table);
	if (table) {
		libmnt_fs *fs = mnt_table_find_mountpoint(table.get(),
			QFile::encodeName(out.path).constData(), MNT_ITER_BACKWARD);
		const char *source = fs ? mnt_fs_get_srcpath(fs) : nullptr;
		struct stat src{};
		if (source && ::stat(source, &src) == 0 && S_ISBLK(src.st_mode))
			out.sourceDev = src.st_rdev;
	}
	out.pin = std::make_shared<UniqueFd>(fd.release());
	return out;
}
