// SPDX-License-Identifier: GPL-2.0-or-later
#include "attachplan.h"

#include "helpererror.h"

namespace {

void checkStoreDevice(BlockInspector &inspector, const InUse &inUse, const AttachPlan &plan,
		      StorePlan &store, const QString &path)
{
	const QString orig = plan.original.name;
	const dev_t dev = inspector.resolveBlockDevice(path);
	const auto info = inspector.info(dev);
	if (!info)
		throwNotFound(QStringLiteral("The snapshot store %1 is not a block device the kernel knows.").arg(path));
	if (plan.options.snapshot.storeSize)
		throwInvalid(QStringLiteral("Option store-size for %1 applies to a directory store only; the block device %2 is used whole.")
			     .arg(orig, path));
	if (dev == plan.original.dev || inspector.stacksOn(dev, plan.original.dev))
		throwInvalid(QStringLiteral("The snapshot store %1 is %2 itself, or built on it; a snapshot cannot be stored on its own origin.")
			     .arg(path, orig));
	if (inUse.originals.contains(dev) || inUse.sessionDevices.contains(dev) || info->isBypass())
		throwBusy(QStringLiteral("The snapshot store %1 is part of an Interposer session.").arg(path));
	if (info->hasPartitions)
		throwInvalid(QStringLiteral("The snapshot store %1 is a whole disk with partitions; name a partition or an unused disk.").arg(path));
	if (info->readOnly)
		throwInvalid(QStringLiteral("The snapshot store %1 is read-only.").arg(path));
	if (info->sizeBytes < Limits::minStoreBytes)
		throwInvalid(QStringLiteral("The snapshot store %1 is too small: %2 bytes, at least %3 are needed.")
			     .arg(path).arg(info->sizeBytes).arg(Limits::minStoreBytes));
	if (inspector.exclusivelyHeld(dev))
		throwBusy(QStringLiteral("The snapshot store %1 is in use (mounted, or held by another driver); its contents would be overwritten.").arg(path));
	store.type = StorePlan::Type::BlockDevice;
	store.device = {dev, path};
	store.bytes = info->sizeBytes;
}

void checkStoreDirectory(BlockInspector &inspector, const AttachPlan &plan, StorePlan &store,
			 const QString &path)
{
	const QString orig = plan.original.name;
	const DirectoryInfo dir = inspector.directory(path);
	const dev_t o = plan.original.dev;
	if (inspector.stacksOn(dir.fsDev, o) || (dir.sourceDev && inspector.stacksOn(dir.sourceDev, o)))
		throwInvalid(QStringLiteral("The snapshot store directory %1 is on a filesystem that lives on %2; the store must be on another filesystem.")
			     .arg(path, orig));
	// By default the store can hold a change of every block (and never
	// less than the smallest store, for a small original), or as much as
	// the directory's filesystem has free.
	const quint64 bytes = plan.options.snapshot.storeSize.value_or(
		std::min(std::max(plan.info.sizeBytes, Limits::minStoreBytes), dir.freeBytes));
	if (bytes < Limits::minStoreBytes)
		throwInvalid(QStringLiteral("The snapshot store directory %1 is too small for %2: %3 bytes are free, a store needs at least %4.")
			     .arg(path, orig).arg(dir.freeBytes).arg(Limits::minStoreBytes));
	if (bytes > dir.freeBytes)
		throwInvalid(QStringLiteral("The snapshot store directory %1 is too small for %2: %3 bytes are free, the store needs %4.")
			     .arg(path, orig).arg(dir.freeBytes).arg(bytes));
	store.type = StorePlan::Type::Directory;
	store.directory = dir;
	store.bytes = bytes;
}

} // namespace

AttachPlan validateAttach(BlockInspector &inspector, const InUse &inUse, const QString &device,
			  const QString &kind, const QVariantMap &options)
{
	AttachPlan plan;
	plan.options = parseAttachOptions(device, kind, options);
	const dev_t dev = inspector.resolveBlockDevice(device);
	const auto info = inspector.info(dev);
	if (!info)
		throwNotFound(QStringLiteral("%1 names a block device the kernel does not have.").arg(device));
	plan.original = {dev, device};
	plan.info = *info;

	if (info->isBypass() || inUse.sessionDevices.contains(dev))
		throwInvalid(QStringLiteral("%1 is a device Interposer made for another session; interpose the original device instead.").arg(device));
	if (info->isDeviceMapper())
		throwInvalid(QStringLiteral("%1 is the device-mapper device “%2”; Interposer puts disks and partitions under device-mapper, not device-mapper devices.")
			     .arg(device, info->dmName));
	if (inUse.originals.contains(dev))
		throwBusy(QStringLiteral("%1 is already interposed; detach it first.").arg(device));
	if (info->hasPartitions)
		throwInvalid(QStringLiteral("%1 is a whole disk with partitions; choose one of its partitions.").arg(device));
	if (info->sizeBytes == 0)
		throwInvalid(QStringLiteral("%1 has no medium (its size is 0).").arg(device));
	if (info->readOnly)
		throwInvalid(QStringLiteral("%1 is read-only; device-mapper would need it writable.").arg(device));

	if (plan.options.kind == Kind::Snapshot) {
		const QString &store = plan.options.snapshot.store;
		if (inspector.isDirectory(store))
			checkStoreDirectory(inspector, plan, plan.store, store);
		else
			checkStoreDevice(inspector, inUse, plan, plan.store, store);
	}
	return plan;
}
