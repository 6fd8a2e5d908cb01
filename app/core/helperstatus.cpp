// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperstatus.h"

#include "helperclient.h"
#include "modulecause.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QFile>
#include <QRegularExpression>
#include <sys/utsname.h>

namespace {

QString unameRelease()
{
	utsname u{};
	return uname(&u) == 0 ? QString::fromLocal8Bit(u.release) : QString();
}

} // namespace

HelperStatus::HelperStatus(QDBusConnection bus, const QString &filesRoot, QObject *parent)
	: QObject(parent), m_bus(bus), m_filesRoot(filesRoot),
	  m_watcher(new QDBusServiceWatcher(HelperClient::service, bus, QDBusServiceWatcher::WatchForRegistration, this))
{
	// Installed, restarted or activated by someone else: read again,
	// without starting it (a helper that dies after taking its name
	// would be started, register, be asked again, ...).
	connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] { ask(false); });
}

void HelperStatus::refresh()
{
	ask(true);
}

void HelperStatus::ask(bool startHelper)
{
	QDBusMessage call = QDBusMessage::createMethodCall(HelperClient::service, HelperClient::managerPath,
							   QStringLiteral("org.freedesktop.DBus.Properties"),
							   QStringLiteral("GetAll"));
	call << HelperClient::managerInterface;
	call.setAutoStartService(startHelper);
	auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
	// Only the answer to the last question counts: an older one (a
	// timeout after 25 s) must not undo a newer.
	const quint64 serial = ++m_asked;
	connect(watcher, &QDBusPendingCallWatcher::finished, this,
		[this, serial, startHelper](QDBusPendingCallWatcher *w) {
			w->deleteLater();
			if (serial != m_asked)
				return;
			if (!w->isError())
				onReply(w->reply());
			else if (startHelper)
				onError(w->error());
			// Asked without starting it, a helper gone again (ended,
			// crashed) says nothing of whether it can be started.
		});
}

bool HelperStatus::blocksAttach() const
{
	return m_problem != Problem::Unknown && m_problem != Problem::None;
}

bool HelperStatus::supports(Kind kind) const
{
	return m_kinds.isEmpty() || m_kinds.contains(kindName(kind));
}

void HelperStatus::onError(const QDBusError &error)
{
	// Only what says the helper cannot be had: no such service, or
	// dbus-daemon could not start it. A timeout (a helper busy, or
	// stopped in a debugger) or a lost bus holds nothing back.
	// Activation through systemd answers with systemd's own errors
	// (a masked or missing unit) or times out when the unit dies.
	if (error.type() == QDBusError::ServiceUnknown)
		m_problem = Problem::HelperMissing;
	else if (error.name().startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn.")) ||
		 error.name().startsWith(QLatin1String("org.freedesktop.systemd1.")) ||
		 error.type() == QDBusError::TimedOut)
		m_problem = Problem::HelperFailed;
	else
		m_problem = Problem::Unknown;
	m_detail = error.message();
	m_version.clear();
	m_kernel = unameRelease();
	m_kinds.clear();
	m_unsupported.clear();
	Q_EMIT changed();
}

void HelperStatus::onReply(const QDBusMessage &reply)
{
	const QVariantMap props = interposerDemarshal<QVariantMap>(reply.arguments().value(0));
	const QVariantMap module = interposerDemarshal<QVariantMap>(props.value(QStringLiteral("KernelModule")));
	m_version = props.value(QStringLiteral("Version")).toString();
	m_kinds = props.value(QStringLiteral("SupportedKinds")).toStringList();
	m_unsupported = interposerDemarshal<QVariantMap>(props.value(QStringLiteral("Unsupported")));
	m_kernel = module.value(QStringLiteral("kernel")).toString();
	if (m_kernel.isEmpty())
		m_kernel = unameRelease(); // a helper older than the key
	m_detail = module.value(QStringLiteral("error")).toString();
	const QString cause = module.value(QStringLiteral("cause")).toString();
	if (cause == QLatin1String(ModuleCause::NotLoaded))
		m_problem = absentModuleProblem();
	else if (cause == QLatin1String(ModuleCause::NoAnswer))
		m_problem = Problem::ModuleNoAnswer;
	else if (cause == QLatin1String(ModuleCause::AbiMismatch))
		m_problem = Problem::ModuleMismatch;
	else if (cause == QLatin1String(ModuleCause::LoadedAfterHelper))
		m_problem = Problem::HelperOlderThanModule;
	else if (!module.value(QStringLiteral("loaded")).toBool())
		m_problem = absentModuleProblem(); // a helper older than "cause"
	else
		m_problem = m_detail.isEmpty() ? Problem::None : Problem::ModuleNoAnswer;
	// Whether Secure Boot would refuse a module signed by a key not
	// enrolled: EFI's variable, four bytes of attributes then the value.
	QFile var(m_filesRoot + QStringLiteral("/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c"));
	const QByteArray bytes = var.open(QIODevice::ReadOnly) ? var.read(5) : QByteArray();
	m_secureBoot = bytes.size() == 5 && bytes.at(4) == 1;
	Q_EMIT changed();
}

HelperStatus::Problem HelperStatus::absentModuleProblem() const
{
	// depmod's list of the running kernel's modules, which DKMS updates
	// when it installs one: "updates/dkms/blkinterposer.ko.xz: ...". The
	// helper cannot read it (its sandbox hides the module tree).
	QFile dep(QStringLiteral("%1/lib/modules/%2/modules.dep").arg(m_filesRoot, m_kernel));
	if (!dep.open(QIODevice::ReadOnly))
		return Problem::ModuleNotBuilt;
	static const QRegularExpression entry(QStringLiteral("(^|/)blkinterposer\\.ko(\\.[a-z]+)?:"));
	while (!dep.atEnd())
		if (entry.match(QString::fromUtf8(dep.readLine())).hasMatch())
			return Problem::ModuleNotLoaded;
	return Problem::ModuleNotBuilt;
}
