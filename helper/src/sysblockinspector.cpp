// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysblockinspector.h"

#include "devnumber.h"
#include "helpererror.h"
#include "mountbyid.h"
#include "uniquefd.h"

#include <QDir>
#include <blkid/blkid.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <sys/statfs.h>
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

// statfs(2) f_type values (linux/magic.h).
constexpr long kTmpfsMagic = 0x01021994;
constexpr long kRamfsMagic = 0x858458f6;
constexpr long kFuseMagic = 0x65735546;
constexpr long kOverlayMagic = 0x794c7630;

void classify(long type, bool *inMemory, bool *indirect)
{
	*inMemory = type == kTmpfsMagic || type == kRamfsMagic;
	*indirect = type == kFuseMagic || type == kOverlayMagic;
}

using MountTable = std::unique_ptr<libmnt_table, decltype(&mnt_unref_table)>;

MountTable mountTable()
{
	return MountTable(mnt_new_table_from_file("/proc/self/mountinfo"), &mnt_unref_table);
}

// The kernel's new_decode_dev(): how LOOP_GET_STATUS64 encodes lo_device.
dev_t decodeKernelDev(quint64 d)
{
	return makedev(unsigned((d & 0xfff00) >> 8), unsigned((d & 0xff) | ((d >> 12) & 0xfff00)));
}

// The filesystem a loop device's backing file is on, asked of the loop
// driver itself: a path in sysfs may be deleted, or not visible in the
// helper's mount namespace (ProtectHome, PrivateTmp). 0 if unknown.
dev_t loopBackingFilesystem(const QString &devPath, dev_t dev)
{
	UniqueFd fd(::open(QFile::encodeName(devPath).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
	struct stat st{};
	if (!fd.valid() || ::fstat(fd.get(), &st) != 0 || st.st_rdev != dev)
		return 0;
	loop_info64 li{};
	if (::ioctl(fd.get(), LOOP_GET_STATUS64, &li) != 0)
		return 0;
	return decodeKernelDev(li.lo_device);
}

} // namespace

dev_t SysBlockInspector::resolveBlockDevice(const QString &path)
{
	if (!path.startsWith(QLatin1Char('/')))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "“%1” is not an absolute path; name a block device such as /dev/sda1.")).arg(path));
	// O_PATH opens nothing for I/O and follows symlinks; the device number
	// is taken from what was opened, so a link swapped afterwards changes
	// nothing: every later step works with the number, never the path.
	UniqueFd fd(::open(QFile::encodeName(path).constData(), O_PATH | O_CLOEXEC));
	if (!fd.valid()) {
		const int err = errno;
		if (err == ENOENT || err == ENOTDIR)
			throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 does not exist.")).arg(path));
		if (err == ELOOP)
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is a loop of symbolic links, not a block device.")).arg(path));
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 cannot be opened: %2.")).arg(path, SystemError{err}));
	}
	struct stat st{};
	if (::fstat(fd.get(), &st) != 0)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 cannot be examined: %2.")).arg(path, SystemError{errno}));
	if (!S_ISBLK(st.st_mode)) {
		const ErrorText what(S_ISDIR(st.st_mode)   ? QT_TRANSLATE_NOOP("HelperError", "a directory")
				     : S_ISCHR(st.st_mode) ? QT_TRANSLATE_NOOP("HelperError", "a character device")
				     : S_ISREG(st.st_mode) ? QT_TRANSLATE_NOOP("HelperError", "a regular file")
							   : QT_TRANSLATE_NOOP("HelperError", "not a device"));
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is not a block device (it is %2).")).arg(path, what));
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
	info.loop = QFileInfo::exists(dir + QStringLiteral("/loop"));
	if (info.loop) {
		if (const dev_t backing = loopBackingFilesystem(info.devPath(), dev))
			info.slaves.append(backing);
		else
			info.slavesKnown = false;
	}
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
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "“%1” is not an absolute path.")).arg(path));
	UniqueFd fd(::open(QFile::encodeName(path).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
	if (!fd.valid()) {
		const int err = errno;
		if (err == ENOENT)
			throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 does not exist (a directory of the user's home or /tmp may not be visible to the helper).")).arg(path));
		if (err == ENOTDIR)
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is neither a block device nor a directory.")).arg(path));
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 cannot be opened: %2.")).arg(path, SystemError{err}));
	}
	DirectoryInfo out;
	char resolved[64];
	snprintf(resolved, sizeof(resolved), "/proc/self/fd/%d", fd.get());
	out.path = QFileInfo(QString::fromLatin1(resolved)).symLinkTarget();
	struct stat st{};
	struct statvfs vfs{};
	if (::fstat(fd.get(), &st) != 0 || ::fstatvfs(fd.get(), &vfs) != 0)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 cannot be examined: %2.")).arg(path, SystemError{errno}));
	if (vfs.f_flag & ST_RDONLY)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory %1 is on a read-only filesystem (for the helper: under systemd its service may only write below /var/lib/interposer, /mnt, /media, /run/media and /srv).")).arg(path));
	out.fsDev = st.st_dev;
	out.freeBytes = quint64(vfs.f_bavail) * vfs.f_frsize;
	out.owner = st.st_uid;
	out.mode = st.st_mode;
	struct statfs fsInfo{};
	if (::fstatfs(fd.get(), &fsInfo) != 0)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 cannot be examined: %2.")).arg(path, SystemError{errno}));
	classify(long(fsInfo.f_type), &out.inMemory, &out.indirect);

	// btrfs and others report an anonymous st_dev: ask the mount table
	// which block device the filesystem is on.
	if (const MountTable table = mountTable())
		out.sourceDev = mountSourceDevice(mnt_table_find_mountpoint(table.get(),
			QFile::encodeName(out.path).constData(), MNT_ITER_BACKWARD));
	out.pin = std::make_shared<UniqueFd>(fd.release());
	return out;
}

OpenFileInfo SysBlockInspector::openFile(int fd)
{
	OpenFileInfo out;
	struct stat st{};
	struct statfs fsInfo{};
	out.flags = ::fcntl(fd, F_GETFL);
	if (out.flags < 0 || ::fstat(fd, &st) != 0)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The file descriptor cannot be examined: %1.")).arg(SystemError{errno}));
	out.mode = st.st_mode;
	out.fsDev = st.st_dev;
	// An O_PATH descriptor has no filesystem to ask; it is refused anyway.
	if (!(out.flags & O_PATH) && ::fstatfs(fd, &fsInfo) == 0)
		classify(long(fsInfo.f_type), &out.inMemory, &out.indirect);
	// The mount the file was opened through, by its id: a path would
	// name another file in the helper's mount namespace. The caller's
	// namespace is the helper's, or (under the unit's sandbox) the
	// machine's, PID 1's.
	const MountById mount = findMountById(mountIdOf(fd),
		{QStringLiteral("/proc/self/mountinfo"), QStringLiteral("/proc/1/mountinfo")});
	out.mountKnown = mount.found;
	out.sourceDev = mount.source;
	return out;
}

bool SysBlockInspector::mounted(dev_t dev)
{
	const MountTable table = mountTable();
	if (!table)
		return false;
	libmnt_iter *it = mnt_new_iter(MNT_ITER_FORWARD);
	libmnt_fs *fs = nullptr;
	bool found = false;
	while (!found && it && mnt_table_next_fs(table.get(), it, &fs) == 0)
		found = mnt_fs_get_devno(fs) == dev || mountSourceDevice(fs) == dev;
	mnt_free_iter(it);
	return found;
}

ErrorText SysBlockInspector::contentSignature(dev_t dev)
{
	const auto i = info(dev);
	if (!i)
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "nothing that can be read (the device is gone)"));
	// Read-only and without O_EXCL: this runs before authorization.
	UniqueFd fd(::open(QFile::encodeName(i->devPath()).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
	struct stat st{};
	if (!fd.valid())
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "contents that cannot be read (%1)")).arg(SystemError{errno});
	if (::fstat(fd.get(), &st) != 0 || st.st_rdev != dev)
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "contents that cannot be read (%1 is another device now)")).arg(i->devPath());
	std::unique_ptr<blkid_struct_probe, decltype(&blkid_free_probe)> probe(blkid_new_probe(), &blkid_free_probe);
	if (!probe || blkid_probe_set_device(probe.get(), fd.get(), 0, 0) != 0)
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "contents that cannot be probed"));
	blkid_probe_enable_superblocks(probe.get(), 1);
	blkid_probe_set_superblocks_flags(probe.get(), BLKID_SUBLKS_TYPE);
	blkid_probe_enable_partitions(probe.get(), 1);
	blkid_probe_set_partitions_flags(probe.get(), BLKID_PARTS_MAGIC);
	const int rc = blkid_do_safeprobe(probe.get());
	if (rc == 1)
		return {};
	if (rc == -2)
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "several signatures (blkid cannot tell which is valid)"));
	if (rc != 0)
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "contents that cannot be probed"));
	const char *value = nullptr;
	if (blkid_probe_lookup_value(probe.get(), "PTTYPE", &value, nullptr) == 0 && value)
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "a %1 partition table")).arg(QString::fromUtf8(value));
	if (blkid_probe_lookup_value(probe.get(), "TYPE", &value, nullptr) == 0 && value) {
		// The header of an earlier snapshot store (this helper's, after
		// a detach): what follows is old chunks of a snapshot that is
		// gone, not data of its own, and refusing it would make every
		// store device single-use. A live store is held by its snapshot
		// and refused as in use.
		if (qstrcmp(value, "DM_snapshot_cow") == 0)
			return {};
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "a %1 signature")).arg(QString::fromUtf8(value));
	}
	return ErrorText(QT_TRANSLATE_NOOP("HelperError", "a signature blkid does not name"));
}
