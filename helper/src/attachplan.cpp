// SPDX-License-Identifier: GPL-2.0-or-later
#include "attachplan.h"

#include "helpererror.h"

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

void checkStoreDevice(BlockInspector &inspector, const InUse &inUse, const AttachPlan &plan,
		      StorePlan &store, const QString &path, Phase phase)
{
	const QString orig = plan.original.name;
	const dev_t dev = inspector.resolveBlockDevice(path);
	const auto info = inspector.info(dev);
	if (!info)
		throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 is not a block device the kernel knows.")).arg(path));
	if (plan.options.snapshot.storeSize)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Option store-size for %1 applies to a directory store only; the block device %2 is used whole."))
			     .arg(orig, path));
	if (dev == plan.original.dev || inspector.stacksOn(dev, plan.original.dev))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 is %2 itself, or built on it; a snapshot cannot be stored on its own origin."))
			     .arg(path, orig));
	if (inUse.originals.contains(dev) || inUse.sessionDevices.contains(dev) || info->isBypass())
		throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 is part of an Interposer session.")).arg(path));
	if (info->hasPartitions)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 is a whole disk with partitions; name a partition or an unused disk.")).arg(path));
	if (info->readOnly)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 is read-only.")).arg(path));
	if (info->sizeBytes < Limits::minStoreBytes)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 is too small: %2 bytes, at least %3 are needed."))
			     .arg(path).arg(info->sizeBytes).arg(Limits::minStoreBytes));
	// A loop device's backing file may be a user's (udisks sets them up
	// without a password): through it, they could read every old block
	// of the snapshot, or change what a later mount of it shows.
	if (info->loop || inspector.stacksOnLoop(dev))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 is a loop device or built on one: whoever owns its backing file could read or change the snapshot. Name a disk or partition, or a directory (the helper makes its own store file there).")).arg(path));
	if (!plan.options.snapshot.overwrite) {
		const ErrorText held = inspector.contentSignature(dev);
		if (!held.isEmpty())
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 holds %2; the snapshot would overwrite it. Wipe it first (wipefs -a), or pass the option store-overwrite (an administrator is asked every time)."))
				     .arg(path, held));
	}
	if (phase == Phase::Authorized && inspector.exclusivelyHeld(dev))
		throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store %1 is in use (mounted, or held by another driver); its contents would be overwritten.")).arg(path));
	store.type = StorePlan::Type::BlockDevice;
	store.device = {dev, path};
	store.bytes = info->sizeBytes;
}

void checkStoreDirectory(BlockInspector &inspector, const AttachPlan &plan, StorePlan &store,
			 const QString &path)
{
	const QString orig = plan.original.name;
	if (plan.options.snapshot.overwrite)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Option store-overwrite for %1 applies to a block device store only; %2 is a directory."))
			     .arg(orig, path));
	const DirectoryInfo dir = inspector.directory(path);
	// Whoever may write the directory, or controls its filesystem, could
	// reach the store file; the helper's own directory, /var/lib/interposer/stores,
	// is root's alone.
	const ErrorText why = dir.owner != 0
		? ErrorText(QT_TRANSLATE_NOOP("HelperError", "belongs to uid %1")).arg(QString::number(dir.owner))
		: ErrorText(QT_TRANSLATE_NOOP("HelperError", "may be written by others than root (mode %1)"))
			  .arg(QStringLiteral("%1").arg(dir.mode & 07777, 4, 8, QLatin1Char('0')));
	if (dir.owner != 0 || (dir.mode & (S_IWGRP | S_IWOTH)))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory %1 %2; a store directory must belong to root and be writable by root only, such as /var/lib/interposer/stores."))
			     .arg(path, why));
	if (dir.indirect)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory %1 is on a FUSE or overlay filesystem: the device behind it is unknown, and a process may see what is written. Choose a directory on a local disk.")).arg(path));
	const dev_t o = plan.original.dev;
	const dev_t home = dir.sourceDev ? dir.sourceDev : (major(dir.fsDev) ? dir.fsDev : 0);
	if (!home && !dir.inMemory)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory %1 is on a filesystem whose device cannot be told; the store must be on a filesystem known not to live on %2."))
			     .arg(path, orig));
	if (inspector.stacksOn(dir.fsDev, o) || (home && inspector.stacksOn(home, o)))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory %1 is on a filesystem that lives on %2; the store must be on another filesystem."))
			     .arg(path, orig));
	if (home && inspector.stacksOnLoop(home))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory %1 is on a filesystem on a loop device: whoever owns its backing file could read or change the snapshot. Choose a directory on a disk.")).arg(path));
	// By default the store can hold a change of every block (and never
	// less than the smallest store, for a small original), but takes at
	// most half of the free space and leaves a reserve: a full root
	// filesystem would hurt more than an overflowing snapshot.
	const quint64 reserve = dir.freeBytes > Limits::storeReserveBytes ? dir.freeBytes - Limits::storeReserveBytes : 0;
	const quint64 bytes = plan.options.snapshot.storeSize.value_or(
		std::min({std::max(plan.info.sizeBytes, Limits::minStoreBytes), dir.freeBytes / 2, reserve}));
	if (bytes < Limits::minStoreBytes)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory %1 is too small for %2: %3 bytes are free; a store of at least %4 bytes that leaves half of them, and %5 bytes, to the filesystem's other users does not fit. Give store-size to use more."))
			     .arg(path, orig).arg(dir.freeBytes).arg(Limits::minStoreBytes).arg(Limits::storeReserveBytes));
	if (bytes > dir.freeBytes)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory %1 is too small for %2: %3 bytes are free, the store needs %4."))
			     .arg(path, orig).arg(dir.freeBytes).arg(bytes));
	store.type = StorePlan::Type::Directory;
	store.directory = dir;
	store.bytes = bytes;
}

} // namespace

AttachPlan validateAttach(BlockInspector &inspector, const InUse &inUse, const QString &device,
			  const QString &kind, const QVariantMap &options, Phase phase)
{
	AttachPlan plan;
	plan.options = parseAttachOptions(device, kind, options);
	const dev_t dev = inspector.resolveBlockDevice(device);
	const auto info = inspector.info(dev);
	if (!info)
		throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 names a block device the kernel does not have.")).arg(device));
	plan.original = {dev, device};
	plan.info = *info;

	if (info->isBypass() || inUse.sessionDevices.contains(dev))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is a device Interposer made for another session; interpose the original device instead.")).arg(device));
	if (info->isDeviceMapper())
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is the device-mapper device “%2”; Interposer puts disks and partitions under device-mapper, not device-mapper devices."))
			     .arg(device, info->dmName));
	if (inUse.originals.contains(dev))
		throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is already interposed; detach it first.")).arg(device));
	if (info->hasPartitions)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is a whole disk with partitions; choose one of its partitions.")).arg(device));
	if (info->sizeBytes == 0)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 has no medium (its size is 0).")).arg(device));
	if (info->readOnly)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is read-only; device-mapper would need it writable.")).arg(device));

	if (plan.options.kind == Kind::Snapshot) {
		const QString &store = plan.options.snapshot.store;
		if (inspector.isDirectory(store))
			checkStoreDirectory(inspector, plan, plan.store, store);
		else
			checkStoreDevice(inspector, inUse, plan, plan.store, store, phase);
	}
	return plan;
}

bool failsMountedWrites(BlockInspector &inspector, dev_t original, const AttachOptions &options)
{
	return options.kind == Kind::Flakey && options.flakey.mode != FlakeyMode::ErrorReads &&
	       inspector.mounted(original);
}
