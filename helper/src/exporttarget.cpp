// SPDX-License-Identifier: GPL-2.0-or-later
#include "exporttarget.h"

#include "helpererror.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

ErrorText fileType(mode_t mode)
{
	if (S_ISFIFO(mode))
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "a FIFO"));
	if (S_ISSOCK(mode))
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "a socket"));
	if (S_ISDIR(mode))
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "a directory"));
	if (S_ISBLK(mode))
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "a block device"));
	if (S_ISCHR(mode))
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "a character device"));
	return ErrorText(QT_TRANSLATE_NOOP("HelperError", "not a regular file"));
}

} // namespace

void checkExportTarget(BlockInspector &inspector, const SessionRecord &r, const OpenFileInfo &f)
{
	const QString &device = r.original.name;
	// A FIFO or socket whose reader never reads would hold the copy in
	// write() for ever; a device is not a file the caller may write.
	if (!S_ISREG(f.mode))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The export of %1 must go into a regular file; the file descriptor is %2."))
			     .arg(device, fileType(f.mode)));
	if ((f.flags & O_PATH) || (f.flags & O_ACCMODE) == O_RDONLY)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The file descriptor for the export of %1 is not open for writing.")).arg(device));
	if (f.flags & O_APPEND)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The file for the export of %1 is open for appending (O_APPEND): the image would follow the file's old contents. Open it without O_APPEND."))
			     .arg(device));
	if (f.indirect)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The file for the export of %1 is on a FUSE or overlay filesystem: a process answers its writes and may hold them for ever, and the device behind it is unknown. Choose a file on a local disk."))
			     .arg(device));
	// btrfs reports an anonymous device number for its files: which disks
	// it lives on, only its mount tells. A mount no table has (a caller
	// in a container) leaves that unknown, and the file may be on the
	// original itself.
	if (major(f.fsDev) == 0 && !f.inMemory && !f.mountKnown)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The file for the export of %1 is on a filesystem without a device number of its own, opened through a mount that neither the helper's nor the machine's mount table has: whether that filesystem lives on %1 cannot be told. Choose a file on a filesystem the machine mounts."))
			     .arg(device));
	// Anonymous device numbers (major 0: btrfs, tmpfs) name no block
	// device; the mount's source does, when there is one. A store the
	// helper made is a loop device whose base is the st_dev of its file,
	// anonymous or not.
	const QList<dev_t> homes = {f.fsDev, f.sourceDev};
	for (const dev_t home : homes) {
		if (!home)
			continue;
		if (major(home) != 0 && inspector.stacksOn(home, r.original.dev))
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The file for the export of %1 is on a filesystem on %1 itself: every block written would be copied into the snapshot store until it overflows. Choose a file on another filesystem."))
				     .arg(device));
		if (r.store && (home == r.store || inspector.stacksOn(r.store, home)))
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The file for the export of %1 is on the filesystem that holds its snapshot store: the export would take the store's space. Choose a file on another filesystem."))
				     .arg(device));
	}
}
