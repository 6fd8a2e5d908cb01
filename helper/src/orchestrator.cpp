// SPDX-License-Identifier: GPL-2.0-or-later
#include "orchestrator.h"

#include "helpererror.h"
#include <sys/utsname.h>
#include "rollback.h"
#include "tables.h"

#include <QDebug>
#include <QSet>

KernelCapabilities KernelCapabilities::ofRelease(const QString &release)
{
	KernelCapabilities caps;
	caps.release = release;
	int maj = 0, min = 0;
	if (sscanf(release.toLatin1().constData(), "%d.%d", &maj, &min) == 2)
		caps.flakeyErrorReads = maj > 6 || (maj == 6 && min >= 5);
	return caps;
}

KernelCapabilities KernelCapabilities::ofRunningKernel()
{
	utsname u{};
	return ofRelease(uname(&u) == 0 ? QString::fromLocal8Bit(u.release) : QString());
}

ErrorText KernelCapabilities::noErrorReads() const
{
	return ErrorText(QT_TRANSLATE_NOOP("HelperError", "dm-flakey of Linux %1 has no error_reads mode (Linux 6.5 added it)"))
		.arg(release);
}

QVariantMap KernelCapabilities::unsupported() const
{
	QVariantMap out;
	if (!flakeyErrorReads)
		out.insert(QStringLiteral("flakey.mode=error-reads"), noErrorReads().english());
	return out;
}

Orchestrator::Orchestrator(KernelControl &kernel, DeviceMapper &dm, StoreFactory &stores,
			   IntentLog &intents, KernelCapabilities caps)
	: m_kernel(kernel), m_dm(dm), m_stores(stores), m_intents(intents), m_caps(caps)
{
}

namespace {

// Every device-mapper device the helper makes carries this uuid prefix
// (sessionrecord.cpp); a name alone proves nothing: an LVM volume group
// called "interposer" makes names like interposer-8_1.
const QString kUuidPrefix = QStringLiteral("INTERPOSER-");

} // namespace

void Orchestrator::step(const char *name)
{
	if (afterStep)
		afterStep(name);
}

void Orchestrator::checkSupported(const AttachOptions &o, const QString &device) const
{
	if (o.kind == Kind::Flakey && o.flakey.mode == FlakeyMode::ErrorReads && !m_caps.flakeyErrorReads)
		throwNotSupported(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot fail only the reads of %1: %2; use error-writes or drop-writes."))
				  .arg(device, m_caps.noErrorReads()));
}

SessionRecord Orchestrator::attach(const AttachPlan &plan, uint uid, quint64 startedUsec)
{
	checkSupported(plan.options, plan.original.name);
	m_intents.begin(plan.original.dev);
	SessionRecord r;
	try {
		r = attachSteps(plan, uid, startedUsec);
	} catch (const HelperError &) {
		// Rolled back while unwinding: nothing of ours is left.
		m_intents.end(plan.original.dev);
		throw;
	}
	m_intents.end(plan.original.dev);
	return r;
}

SessionRecord Orchestrator::attachSteps(const AttachPlan &plan, uint uid, quint64 startedUsec)
{
	SessionRecord r;
	r.id = sessionId(plan.original.dev);
	r.original = plan.original;
	r.sectors = plan.info.sizeBytes / 512;
	r.options = plan.options;
	r.uid = uid;
	r.startedUsec = startedUsec;
	const QString interposerPath = QStringLiteral("/dev/mapper/") + r.interposerName();

	Rollback undo;
	r.bypass = m_kernel.createBypass(r.original);
	undo.push([this, r] { m_kernel.destroyBypass(r.original); });
	step("bypass");

	std::unique_ptr<SparseStore> sparse;
	if (plan.store.type == StorePlan::Type::Directory) {
		// Dropped at the end of attach: from then on only the snapshot
		// holds the loop device, which clears itself when it goes.
		sparse = m_stores.createSparse(plan.store.directory, plan.store.bytes, r.original.name);
		r.store = sparse->dev();
		step("store");
	} else if (plan.store.type == StorePlan::Type::BlockDevice) {
		r.store = plan.store.device.dev;
	}

	// A snapshot is the filesystem at one instant: frozen from before the
	// snapshot exists until ATTACH sends every write through its origin.
	// And the snapshot comes before the origin: snapshot-origin reads its
	// snapshots' chunk size only when it resumes (origin_resume sets the
	// boundary at which it splits writes); one resumed before its snapshot
	// would copy only the first chunk of a write over several, and the
	// rest would change the snapshot. (Suspending the origin around the
	// snapshot's creation, as LVM does, would leave a window in which the
	// helper's death thaws the filesystem into a suspended device, and
	// the thaw's own write hangs with nobody left to resume it.)
	// Declared after the rollback: on a failure the filesystem thaws
	// before anything is undone.
	std::unique_ptr<FreezeHold> frozen;
	if (r.options.kind == Kind::Snapshot) {
		frozen = m_kernel.freeze(r.original);
		step("freeze");
		r.snapshot = m_dm.create(r.snapshotName(), snapshotUuid(r),
					 snapshotTable(r.sectors, r.bypass, r.store,
						       r.options.snapshot.chunkSectors));
		undo.push([this, r] { m_dm.remove(r.snapshotName()); });
		step("snapshot");
	}

	r.interposer = m_dm.create(r.interposerName(), interposerUuid(r),
				   interposerTable(r.sectors, r.bypass, r.options));
	undo.push([this, r] { m_dm.remove(r.interposerName()); });
	step("interposer");

	m_kernel.attach(r.original, {r.interposer, interposerPath});
	undo.push([this, r] { m_kernel.detach(r.original); });
	step("attach");

	if (frozen) {
		frozen.reset();
		step("thaw");
	}
	undo.commit();
	return r;
}

void Orchestrator::detach(SessionRecord &r)
{
	// Ended only when the whole session is gone: a detach that failed
	// half-way may have destroyed the interposer (the proof the rest is
	// ours) and leave a bare bypass that only the intent claims.
	m_intents.begin(r.original.dev);
	try {
		detachSteps(r);
	} catch (const HelperError &) {
		// While the interposer stands, its uuid is the proof.
		if (isOurs(r.interposerName()))
			m_intents.end(r.original.dev);
		throw;
	}
	m_intents.end(r.original.dev);
}

void Orchestrator::detachSteps(SessionRecord &r)
{
	// Each step is skipped when already done, so that a detach that failed
	// half-way can be called again.
	if (r.snapshot) {
		// A mounted snapshot would make the removal fail half-way: ask
		// first, so that a refusal changes nothing.
		if (auto info = m_dm.info(r.snapshotName()); info && info->openCount > 0)
			throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot of %1 (/dev/mapper/%2) is in use; unmount or close it first."))
				  .arg(r.original.name, r.snapshotName()));
		removeIfOurs(r.snapshotName());
		r.snapshot = 0;
		step("remove-snapshot");
	}
	std::optional<KernelEntry> entry;
	for (const KernelEntry &e : m_kernel.list())
		if (e.original == r.original.dev)
			entry = e;
	if (entry && entry->attached)
		m_kernel.detach(r.original);
	step("detach");
	removeIfOurs(r.interposerName());
	step("remove-interposer");
	if (entry && entry->bypass)
		m_kernel.destroyBypass(r.original);
	step("destroy-bypass");
}

void Orchestrator::reconfigure(SessionRecord &r, const AttachOptions &options)
{
	checkSupported(options, r.original.name);
	m_dm.reload(r.interposerName(), interposerTable(r.sectors, r.bypass, options));
	r.options = options;
}

bool Orchestrator::isOurs(const QString &name) const
{
	const auto info = m_dm.info(name);
	return info && info->uuid.startsWith(kUuidPrefix);
}

void Orchestrator::removeIfOurs(const QString &name)
{
	if (isOurs(name))
		m_dm.remove(name);
}

bool Orchestrator::cleanUpGone(const SessionRecord &r)
{
	// Until the module's work item has torn the mapping down, it holds
	// the interposer open and a removal would be refused as busy.
	for (const KernelEntry &e : m_kernel.list())
		if (e.original == r.original.dev && e.attached)
			return false;
	// The module no longer redirects; its bypass of the dead original
	// stays until destroyed. What is left is ours.
	removeIfOurs(r.snapshotName());
	removeIfOurs(r.interposerName());
	try {
		m_kernel.destroyBypass(r.original);
	} catch (const HelperError &) {
		// Already gone with the original: nothing left to do.
	}
	return true;
}

bool Orchestrator::rollBackEntry(const KernelEntry &e, const QString &id)
{
	SessionRecord r;
	r.id = id;
	r.original = {e.original, QStringLiteral("device %1").arg(devNumber(e.original))};
	qInfo("rolling back the half-done session of %s", qPrintable(r.original.name));
	// Each step on its own: after a removal some are already done.
	bool whole = true;
	auto attempt = [&r, &whole](const char *what, const std::function<void()> &fn) {
		try {
			fn();
		} catch (const HelperError &err) {
			whole = false;
			qWarning("rollback of %s: %s: %s", qPrintable(r.original.name), what, qPrintable(err.message()));
		}
	};
	attempt("snapshot", [&] { removeIfOurs(r.snapshotName()); });
	if (e.attached && !e.gone)
		attempt("detach", [&] { m_kernel.detach(r.original); });
	attempt("interposer", [&] { removeIfOurs(r.interposerName()); });
	if (e.bypass)
		attempt("bypass", [&] { m_kernel.destroyBypass(r.original); });
	return whole;
}

QList<SessionRecord> Orchestrator::recover(BlockInspector &inspector)
{
	try {
		return recoverOrThrow(inspector);
	} catch (const HelperError &e) {
		// Start anyway: a helper that cannot recover can still report
		// (KernelModule property) and refuse with reasons.
		qWarning("cannot rebuild the sessions: %s", qPrintable(e.message()));
		return {};
	}
}

QList<SessionRecord> Orchestrator::recoverOrThrow(BlockInspector &inspector)
{
	QList<SessionRecord> sessions;
	const KernelModuleState state = m_kernel.state();
	if (!state.loaded || !state.error.isEmpty())
		return sessions;
	QSet<QString> claimed;
	for (const KernelEntry &e : m_kernel.list()) {
		const QString id = sessionId(e.original);
		SessionRecord r;
		r.id = id;
		claimed.insert(r.interposerName());
		claimed.insert(r.snapshotName());
		const auto info = m_dm.info(r.interposerName());
		const bool ourInterposer = info && info->uuid.startsWith(kUuidPrefix + id + QLatin1Char('-'));
		if (e.attached && (!ourInterposer || info->dev != e.interposer)) {
			// Redirected to something that is not ours: another
			// user of the module. Leave it alone.
			continue;
		}
		if (!ourInterposer && !m_intents.contains(e.original)) {
			// A bypass nobody of ours was changing: made by hand
			// (blkinterposer-ctl) or by another tool.
			continue;
		}
		const auto orig = inspector.info(e.original);
		r.original = {e.original, orig ? orig->devPath() : QStringLiteral("device %1").arg(devNumber(e.original))};
		std::optional<AttachOptions> options;
		if (info && e.attached && !e.gone && parseInterposerUuid(info->uuid, id, &r.uid, &r.startedUsec)) {
			// A crash during Reconfigure may have left it suspended.
			if (info->suspended) {
				if (info->inactiveTable)
					m_dm.clearInactive(r.interposerName());
				m_dm.resume(r.interposerName());
			}
			const auto table = m_dm.table(r.interposerName());
			if (table.size() == 1)
				options = optionsFromTable(table[0], e.bypass);
		}
		if (options && options->kind == Kind::Snapshot) {
			const auto snap = m_dm.info(r.snapshotName());
			const auto table = snap && snap->liveTable && !snap->suspended ? m_dm.table(r.snapshotName())
										 : QList<DmTarget>{};
			if (table.size() == 1 && storeFromSnapshotTable(table[0])) {
				r.snapshot = snap->dev;
				r.store = storeFromSnapshotTable(table[0]);
				const auto store = inspector.info(r.store);
				options->snapshot.store = store ? store->devPath() : QStringLiteral("device %1").arg(devNumber(r.store));
				options->snapshot.chunkSectors = table[0].params.section(QLatin1Char(' '), 3, 3).toUInt();
			} else {
				// No live snapshot: a crash between a detach's removal
				// of the snapshot and its DETACH, or one removed by
				// hand. (An attach makes the snapshot before ATTACH.)
				options.reset();
			}
		}
		if (!options) {
			// The intent stays if a step failed: the next start
			// tries again.
			if (rollBackEntry(e, id))
				m_intents.end(e.original);
			continue;
		}
		m_intents.end(e.original);
		r.bypass = e.bypass;
		r.interposer = e.interposer;
		r.sectors = orig ? orig->sizeBytes / 512 : 0;
		r.options = *options;
		sessions.append(r);
	}
	// Ours, but with no original the module knows: a crash between the
	// last steps of a detach. Remove them, snapshots first.
	QStringList leftovers;
	for (const QString &name : m_dm.names())
		if (name.startsWith(QLatin1String("interposer-")) && !claimed.contains(name) && isOurs(name))
			leftovers.append(name);
	std::sort(leftovers.begin(), leftovers.end(), [](const QString &a, const QString &b) {
		return a.endsWith(QLatin1String("-snap")) > b.endsWith(QLatin1String("-snap"));
	});
	for (const QString &name : leftovers) {
		try {
			m_dm.remove(name);
		} catch (const HelperError &err) {
			qWarning("cannot remove leftover %s: %s", qPrintable(name), qPrintable(err.message()));
		}
	}
	// Intents of originals the module no longer knows: the change
	// ended (or the device went) before the crash.
	QSet<dev_t> known;
	for (const KernelEntry &e : m_kernel.list())
		known.insert(e.original);
	for (const dev_t original : m_intents.all())
		if (!known.contains(original))
			m_intents.end(original);
	return sessions;
}

std::pair<quint64, quint64> Orchestrator::snapshotUsage(const SessionRecord &r) const
{
	// dm-snapshot status: "<allocated>/<total> <metadata>" in sectors, or
	// "Invalid" / "Overflow" when the store ran full.
	const auto status = m_dm.status(r.snapshotName());
	if (status.size() != 1)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot read the snapshot usage of %1.")).arg(r.original.name));
	const QString first = status[0].params.section(QLatin1Char(' '), 0, 0);
	const auto parts = first.split(QLatin1Char('/'));
	if (parts.size() != 2)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot of %1 is %2.")).arg(r.original.name, first));
	return {parts[0].toULongLong() * 512, parts[1].toULongLong() * 512};
}
