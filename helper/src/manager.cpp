// SPDX-License-Identifier: GPL-2.0-or-later
#include "manager.h"

#include "bussignals.h"
#include "exportjob.h"
#include "exporttarget.h"
#include "helper1adaptor.h"
#include "logtext.h"
#include "objectmanageradaptor.h"
#include "sessionobject.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <cerrno>
#include <fcntl.h>

const QString Manager::serviceName = QStringLiteral("org.interposer.Helper1");
const QString Manager::objectPath = QStringLiteral("/org/interposer/Helper1");

namespace {

const QString kManagerInterface = QStringLiteral("org.interposer.Helper1.Manager");

} // namespace

Manager::Manager(QDBusConnection bus, Backends backends, int idleSeconds, QObject *parent)
	: QObject(parent), m_bus(std::move(bus)), m_backends(backends),
	  m_orchestrator(backends.kernel, backends.dm, backends.stores, backends.intents, backends.caps),
	  m_authorizer(m_bus)
{
	new ManagerAdaptor(this);
	new ObjectManagerAdaptor(this);
	m_idle.setSingleShot(true);
	m_idle.setInterval(idleSeconds * 1000);
	connect(&m_idle, &QTimer::timeout, this, &Manager::idleCheck);
	if (idleSeconds > 0)
		m_idle.start();
}

Manager::~Manager() = default;

bool Manager::start()
{
	if (!m_bus.registerObject(objectPath, this)) {
		qCritical("cannot export %s: %s", qPrintable(objectPath), qPrintable(m_bus.lastError().message()));
		return false;
	}
	// Owning the name first: a second helper (started by hand) must not
	// take a live helper's attach in progress for a crashed one and roll
	// it back. No call is served before recovery ends: the event loop
	// has not started.
	if (!m_bus.registerService(serviceName)) {
		qCritical("cannot own %s: %s", qPrintable(serviceName), qPrintable(m_bus.lastError().message()));
		return false;
	}
	// QtDBus has only the string-based connect for bus signals.
	m_bus.connect(QString(), QStringLiteral("/org/freedesktop/DBus/Local"), QStringLiteral("org.freedesktop.DBus.Local"),
		      QStringLiteral("Disconnected"), this, SLOT(busLost()));
	for (const SessionRecord &r : m_orchestrator.recover(m_backends.inspector)) {
		qInfo("found the session of %s (%s)", qPrintable(forLog(r.original.name)), qPrintable(kindName(r.options.kind)));
		addSession(r);
	}
	return true;
}

void Manager::busLost()
{
	qCritical("interposer-helper lost its connection to the system bus; it ends (the sessions stay, for the next helper)");
	QCoreApplication::exit(1);
}

QString Manager::version() const
{
	return QCoreApplication::applicationVersion();
}

QVariantMap Manager::kernelModule() const
{
	const KernelModuleState s = m_backends.kernel.state();
	return {{QStringLiteral("loaded"), s.loaded},
		{QStringLiteral("version"), s.loaded ? QString::number(s.abiVersion) : QString()},
		{QStringLiteral("error"), s.error.english()},
		{QStringLiteral("cause"), s.cause},
		{QStringLiteral("kernel"), m_backends.caps.release}};
}

QStringList Manager::supportedKinds() const
{
	return allKindNames();
}

QVariantMap Manager::unsupported() const
{
	return m_backends.caps.unsupported();
}

InUse Manager::inUse() const
{
	InUse u;
	for (const SessionObject *s : m_sessions) {
		const SessionRecord &r = s->record();
		u.originals.insert(r.original.dev);
		for (dev_t d : {r.bypass, r.interposer, r.snapshot, r.store})
			if (d)
				u.sessionDevices.insert(d);
	}
	// What the module holds beyond our sessions (another user of it).
	try {
		for (const KernelEntry &e : m_backends.kernel.list()) {
			u.originals.insert(e.original);
			for (dev_t d : {e.bypass, e.interposer})
				if (d)
					u.sessionDevices.insert(d);
		}
	} catch (const HelperError &) {
		// Not loaded: Attach reports that itself.
	}
	return u;
}

void Manager::replyError(const QDBusMessage &call, const HelperError &error)
{
	qInfo("refused %s from %s: %s", qPrintable(call.member()), qPrintable(call.service()),
	      qPrintable(forLog(error.message())));
	if (!call.isReplyRequired())
		return; // the bus would drop the reply (NO_REPLY_EXPECTED)
	// The sentence may quote what the caller sent (an option's name, a
	// path): a call near the bus's message limit (32 MiB) would get a
	// reply above it, and dbus-daemon drops the connection of whoever
	// sends one, leaving the helper off the bus (found by bus-fuzz.py).
	constexpr qsizetype kMaxReplyChars = 8192;
	const QString &text = error.message();
	if (text.size() > kMaxReplyChars) {
		m_bus.send(call.createErrorReply(error.dbusName(), text.left(kMaxReplyChars) + QStringLiteral("… (cut)")));
		return;
	}
	// After the English sentence, its source text and parameters, for a
	// client that asks for them to say it in its user's language
	// (errortext.h). The parameters are in the sentence: they fit where
	// it does.
	m_bus.send(errorReply(call, error, wantsErrorParameters(call)));
}

void Manager::touch()
{
	if (m_idle.interval() > 0)
		m_idle.start();
}

void Manager::idleCheck()
{
	if (!m_sessions.isEmpty() || !m_jobs.isEmpty() || m_authorizer.pendingChecks() > 0) {
		m_idle.start();
		return;
	}
	// Give up the name first: a call that arrives from now on starts a
	// new helper instead of being lost with this one.
	qInfo("idle: exiting");
	m_bus.unregisterService(serviceName);
	QCoreApplication::quit();
}

void Manager::authorized(const QDBusMessage &call, const QString &action, const Authorizer::Details &details,
			 const QVariantMap &options, std::function<void()> work)
{
	bool noInteraction = false;
	try {
		noInteraction = noUserInteraction(options, details.value(QStringLiteral("device")));
	} catch (const HelperError &e) {
		replyError(call, e);
		return;
	}
	m_authorizer.check(call, action, details, noInteraction,
			   [this, call, work](std::optional<HelperError> refusal) {
		touch();
		if (refusal) {
			replyError(call, *refusal);
			return;
		}
		try {
			work();
		} catch (const HelperError &e) {
			replyError(call, e);
		} catch (const std::exception &e) {
			// Nothing may escape into the event loop; the undo stacks
			// have run while unwinding.
			replyError(call, HelperError(HelperError::Kind::Failed,
				ErrorText(QT_TRANSLATE_NOOP("HelperError", "Internal error: %1.")).arg(QString::fromLocal8Bit(e.what()))));
		}
	});
}

QString Manager::attachAction(BlockInspector &inspector, const AttachPlan &plan)
{
	if (plan.options.kind == Kind::Snapshot)
		return plan.options.snapshot.overwrite ? QStringLiteral("org.interposer.overwrite-store")
						       : QStringLiteral("org.interposer.snapshot");
	if (failsMountedWrites(inspector, plan.original.dev, plan.options))
		return QStringLiteral("org.interposer.fail-writes");
	return QStringLiteral("org.interposer.attach");
}

namespace {

// kind, mode and settings: rules read the first two, the messages of the
// policy show the third ("flakey drop-writes").
void addSettingsDetails(Authorizer::Details &d, const AttachOptions &o)
{
	QString settings = kindName(o.kind);
	d.insert(QStringLiteral("kind"), settings);
	if (o.kind == Kind::Flakey) {
		d.insert(QStringLiteral("mode"), flakeyModeName(o.flakey.mode));
		settings += QLatin1Char(' ') + flakeyModeName(o.flakey.mode);
	}
	d.insert(QStringLiteral("settings"), settings);
}

} // namespace

Authorizer::Details Manager::attachDetails(const AttachPlan &plan) const
{
	Authorizer::Details d{{QStringLiteral("device"), plan.info.devPath()}};
	addSettingsDetails(d, plan.options);
	if (plan.store.type == StorePlan::Type::BlockDevice) {
		const auto store = m_backends.inspector.info(plan.store.device.dev);
		d.insert(QStringLiteral("store"), store ? store->devPath() : plan.store.device.name);
	} else if (plan.store.type == StorePlan::Type::Directory) {
		d.insert(QStringLiteral("store"), plan.store.directory.path);
	}
	return d;
}

QDBusObjectPath Manager::Attach(const QString &device, const QString &kind, const QVariantMap &options)
{
	touch();
	setDelayedReply(true);
	const QDBusMessage call = message();
	AttachPlan plan;
	QString action;
	try {
		// Refuse bad input before anyone is asked for a password, and
		// without opening anything for writing or exclusively.
		plan = validateAttach(m_backends.inspector, inUse(), device, kind, options, Phase::BeforeAuthorization);
		action = attachAction(m_backends.inspector, plan);
	} catch (const HelperError &e) {
		replyError(call, e);
		return {};
	}
	// What polkit is asked about is what will be done: from here on the
	// device is named by its kernel name (a symlink the caller repoints
	// while a password is typed changes nothing), a block device store
	// likewise, and a directory store through the directory already open.
	const QString pinnedDevice = plan.info.devPath();
	QVariantMap pinnedOptions = options;
	std::shared_ptr<UniqueFd> keepOpen;
	if (plan.store.type == StorePlan::Type::BlockDevice) {
		if (const auto store = m_backends.inspector.info(plan.store.device.dev))
			pinnedOptions.insert(QStringLiteral("store"), store->devPath());
	} else if (plan.store.type == StorePlan::Type::Directory && plan.store.directory.pin) {
		keepOpen = plan.store.directory.pin;
		pinnedOptions.insert(QStringLiteral("store"),
				     QStringLiteral("/proc/self/fd/%1").arg(keepOpen->get()));
	}
	authorized(call, action, attachDetails(plan), options,
		   [this, call, device, pinnedDevice, kind, options, pinnedOptions, keepOpen, plan, action] {
		// Checked again: things may have changed while polkit asked.
		AttachPlan now = validateAttach(m_backends.inspector, inUse(), pinnedDevice, kind, pinnedOptions,
						Phase::Authorized);
		if (now.original.dev != plan.original.dev || attachAction(m_backends.inspector, now) != action ||
		    now.store.device.dev != plan.store.device.dev)
			throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 changed while authorization was asked; try again.")).arg(device));
		now.original.name = device;             // as the caller named them
		now.options.snapshot.store = plan.options.snapshot.store;
		finishAttach(call, now);
	});
	return {};
}

void Manager::finishAttach(const QDBusMessage &call, const AttachPlan &plan)
{
	const QString &device = plan.original.name;
	const KernelModuleState km = m_backends.kernel.state();
	if (!km.loaded || !km.error.isEmpty())
		throwKernelModule(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot interpose %1: %2.")).arg(device, km.error));
	const auto uid = m_authorizer.callerUid(call);
	if (!uid)
		throw HelperError(HelperError::Kind::NotAuthorized,
				  ErrorText(QT_TRANSLATE_NOOP("HelperError", "Not authorized to change %1: the caller could not be identified.")).arg(device));
	const SessionRecord record = m_orchestrator.attach(plan, *uid,
		quint64(QDateTime::currentMSecsSinceEpoch()) * 1000);
	SessionObject *session = addSession(record);
	qInfo("%s is interposed (%s) by uid %u", qPrintable(forLog(device)), qPrintable(kindName(plan.options.kind)), *uid);
	m_bus.send(call.createReply(QVariant::fromValue(session->path())));
}

SessionObject *Manager::addSession(const SessionRecord &record)
{
	auto *session = new SessionObject(this, record);
	m_bus.registerObject(session->path().path(), session);
	m_sessions.append(session);
	emitInterfacesAdded(m_bus, objectPath, session->path(), {{SessionObject::interfaceName, session->properties()}});
	return session;
}

void Manager::removeSession(SessionObject *session)
{
	m_sessions.removeOne(session);
	m_bus.unregisterObject(session->path().path());
	emitInterfacesRemoved(m_bus, objectPath, session->path(), {SessionObject::interfaceName});
	session->deleteLater();
	touch();
}

namespace {

// Someone else's session is theirs (or root's) to change, even for a
// caller polkit lets act (a kiosk rule, say): asked after polkit, so that a
// caller polkit refuses learns nothing more.
void checkOwner(const SessionRecord &r, std::optional<uint> caller)
{
	if (caller && (*caller == 0 || *caller == r.uid))
		return;
	throw HelperError(HelperError::Kind::NotAuthorized,
			  ErrorText(QT_TRANSLATE_NOOP("HelperError", "Not authorized to change %1: its session was started by uid %2, and only that user or root may change it."))
			  .arg(r.original.name, QString::number(r.uid)));
}

} // namespace

QString Manager::kernelPath(const SessionRecord &r) const
{
	if (const auto info = m_backends.inspector.info(r.original.dev))
		return info->devPath();
	return QStringLiteral("device %1").arg(devNumber(r.original.dev));
}

void Manager::checkJobRoom(const QString &device) const
{
	if (m_jobs.size() >= kMaxJobs)
		throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot export the snapshot of %1 now: %2 exports are running, the most the helper runs at once; try again when one has ended."))
			  .arg(device).arg(m_jobs.size()));
}

void Manager::liveSession(const QPointer<SessionObject> &session) const
{
	// polkit may have taken minutes: the session may be gone meanwhile.
	if (!session || !m_sessions.contains(session.data()))
		throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The session has already ended.")));
}

void Manager::detach(SessionObject *session, const QDBusMessage &call, const QVariantMap &options)
{
	touch();
	const SessionRecord &r = session->record();
	try {
		parseCommonOnly(r.original.name, QStringLiteral("Detach"), options);
	} catch (const HelperError &e) {
		replyError(call, e);
		return;
	}
	QPointer<SessionObject> guard(session);
	const Authorizer::Details details{{QStringLiteral("device"), kernelPath(r)},
					  {QStringLiteral("kind"), kindName(r.options.kind)}};
	authorized(call, QStringLiteral("org.interposer.detach"), details, options, [this, guard, call] {
		liveSession(guard);
		checkOwner(guard->record(), m_authorizer.callerUid(call));
		guard->setState(sessionStateName(SessionState::Detaching));
		try {
			m_orchestrator.detach(guard->record());
		} catch (const HelperError &) {
			guard->setState(sessionStateName(SessionState::Active));
			throw;
		}
		qInfo("%s is detached", qPrintable(forLog(guard->record().original.name)));
		removeSession(guard.data());
		m_bus.send(call.createReply());
	});
}

void Manager::reconfigure(SessionObject *session, const QDBusMessage &call, const QVariantMap &options)
{
	touch();
	const SessionRecord &r = session->record();
	AttachOptions asked;
	try {
		asked = parseReconfigureOptions(r.original.name, r.options, options);
	} catch (const HelperError &e) {
		replyError(call, e);
		return;
	}
	Authorizer::Details details{{QStringLiteral("device"), kernelPath(r)}};
	addSettingsDetails(details, asked);
	// Turning faults that lose writes on for a mounted filesystem is
	// asked as its own action, whatever the session's kind was.
	const bool failsWrites = failsMountedWrites(m_backends.inspector, r.original.dev, asked);
	const QString action = failsWrites ? QStringLiteral("org.interposer.fail-writes")
					   : QStringLiteral("org.interposer.reconfigure");
	QPointer<SessionObject> guard(session);
	authorized(call, action, details, options, [this, guard, call, options, failsWrites] {
		liveSession(guard);
		SessionRecord &rec = guard->record();
		checkOwner(rec, m_authorizer.callerUid(call));
		const AttachOptions next = parseReconfigureOptions(rec.original.name, rec.options, options);
		if (failsMountedWrites(m_backends.inspector, rec.original.dev, next) != failsWrites)
			throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 was mounted or unmounted while authorization was asked; try again."))
				  .arg(rec.original.name));
		m_orchestrator.reconfigure(rec, next);
		guard->announce({QStringLiteral("Options")});
		m_bus.send(call.createReply());
	});
}

void Manager::exportSnapshot(SessionObject *session, const QDBusMessage &call,
			     const QDBusUnixFileDescriptor &fd, const QVariantMap &options)
{
	touch();
	const SessionRecord &r = session->record();
	try {
		parseCommonOnly(r.original.name, QStringLiteral("ExportSnapshot"), options);
		if (!r.snapshot)
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is interposed with kind %2; only a snapshot can be exported."))
				     .arg(r.original.name, kindName(r.options.kind)));
		if (!fd.isValid())
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The file descriptor for the export of %1 is not valid.")).arg(r.original.name));
		checkExportTarget(m_backends.inspector, r, m_backends.inspector.openFile(fd.fileDescriptor()));
		checkJobRoom(r.original.name);
	} catch (const HelperError &e) {
		replyError(call, e);
		return;
	}
	QPointer<SessionObject> guard(session);
	const QDBusUnixFileDescriptor target = fd;
	const Authorizer::Details details{{QStringLiteral("device"), kernelPath(r)},
					  {QStringLiteral("kind"), kindName(r.options.kind)}};
	authorized(call, QStringLiteral("org.interposer.export"), details, options,
		   [this, guard, call, target] {
		liveSession(guard);
		// No owner check: an export changes nothing of the session, and
		// polkit's org.interposer.export decides who may read it.
		const SessionRecord &rec = guard->record();
		checkJobRoom(rec.original.name);
		UniqueFd source;
		try {
			source = m_backends.dm.openForReading(rec.snapshotName());
		} catch (const HelperError &e) {
			throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot read the snapshot of %1: %2")).arg(rec.original.name, e.text()));
		}
		UniqueFd out(::fcntl(target.fileDescriptor(), F_DUPFD_CLOEXEC, 3));
		if (!out.valid())
			throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot take the file descriptor for the export of %1: %2."))
				    .arg(rec.original.name, SystemError{errno}));
		auto *job = new ExportJob(++m_jobCounter, std::move(source), std::move(out),
					  rec.sectors * 512, rec.original.name, m_bus, this);
		job->setOwner(call.service(), m_authorizer.callerUid(call).value_or(uint(-1)));
		m_bus.registerObject(job->path().path(), job);
		m_jobs.append(job);
		connect(job, &ExportJob::finished, this, [this, job] {
			m_jobs.removeOne(job);
			m_bus.unregisterObject(job->path().path());
			job->deleteLater();
			touch();
		});
		job->start();
		m_bus.send(call.createReply(QVariant::fromValue(job->path())));
	});
}

InterposerSnapshotUsage Manager::snapshotUsage(const SessionRecord &record) const
{
	if (!record.snapshot)
		return {};
	try {
		const auto [used, size] = m_orchestrator.snapshotUsage(record);
		return {used, size};
	} catch (const HelperError &) {
		return {};
	}
}

void Manager::originGone(dev_t original)
{
	for (SessionObject *s : std::as_const(m_sessions)) {
		if (s->record().original.dev != original)
			continue;
		if (s->state() != sessionStateName(SessionState::Orphaned)) {
			qWarning("the original %s was removed: cleaning up", qPrintable(forLog(s->record().original.name)));
			s->setState(sessionStateName(SessionState::Orphaned));
		}
		try {
			if (!m_orchestrator.cleanUpGone(s->record()))
				return; // again on the module's original-gone uevent
		} catch (const HelperError &e) {
			qWarning("cleanup of %s failed: %s", qPrintable(forLog(s->record().original.name)), qPrintable(forLog(e.message())));
			s->setState(sessionStateName(SessionState::Failed));
			return;
		}
		removeSession(s);
		return;
	}
}

InterposerManagedObjects Manager::GetManagedObjects()
{
	touch();
	InterposerManagedObjects out;
	for (const SessionObject *s : std::as_const(m_sessions))
		out.insert(s->path(), {{SessionObject::interfaceName, s->properties()}});
	return out;
}
