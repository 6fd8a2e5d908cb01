// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperaction.h"

#include "helpererrortext.h"

#include <QDBusPendingReply>

HelperAction::HelperAction(const QString &device, const QString &description, const QDBusPendingCall &call,
			   QObject *parent)
	: QObject(parent), m_device(device), m_description(description)
{
	auto *watcher = new QDBusPendingCallWatcher(call, this);
	connect(watcher, &QDBusPendingCallWatcher::finished, this, &HelperAction::onFinished);
}

void HelperAction::onFinished(QDBusPendingCallWatcher *watcher)
{
	watcher->deleteLater();
	const QDBusMessage reply = watcher->reply();
	m_finished = true;
	if (reply.type() == QDBusMessage::ErrorMessage) {
		// The helper's own errors are sentences for people, in their
		// language where the catalogues have them; the bus's (no
		// helper, timeout) are not, so they get one.
		if (reply.errorName().startsWith(QLatin1String("org.interposer.Error.")))
			m_error = helperErrorSentence(reply);
		else
			m_error = tr("Interposer's helper did not answer about %1: %2").arg(m_device, reply.errorMessage());
	} else if (!reply.arguments().isEmpty()) {
		m_resultPath = reply.arguments().constFirst().value<QDBusObjectPath>();
	}
	Q_EMIT finished(this);
}

HelperActions::HelperActions(HelperClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

HelperAction *HelperActions::start(const QString &device, const QString &description, const QDBusPendingCall &call)
{
	auto *action = new HelperAction(device, description, call, this);
	m_pending.append(action);
	connect(action, &HelperAction::finished, this, [this](HelperAction *a) {
		m_pending.removeOne(a);
		Q_EMIT finished(a);
		a->deleteLater();
	});
	Q_EMIT started(action);
	return action;
}

HelperAction *HelperActions::attach(const QString &device, Kind kind, const QVariantMap &options)
{
	QString what;
	switch (kind) {
	case Kind::Linear:
		what = tr("Remapping %1");
		break;
	case Kind::Delay:
		what = tr("Adding latency to %1");
		break;
	case Kind::Snapshot:
		what = tr("Taking a snapshot of %1");
		break;
	case Kind::Flakey:
		what = tr("Injecting faults into %1");
		break;
	}
	return start(device, what.arg(device),
		     m_client->asyncCall(HelperClient::managerPath, HelperClient::managerInterface, QStringLiteral("Attach"),
					 {device, kindName(kind), askingForErrorParameters(options)}, true));
}

HelperAction *HelperActions::detach(const SessionInfo &s)
{
	return start(s.device, tr("Detaching %1").arg(s.device),
		     m_client->asyncCall(s.path.path(), HelperClient::sessionInterface, QStringLiteral("Detach"),
					 {askingForErrorParameters({})}, true));
}

HelperAction *HelperActions::reconfigure(const SessionInfo &s, const QVariantMap &options)
{
	return start(s.device, tr("Changing the settings of %1").arg(s.device),
		     m_client->asyncCall(s.path.path(), HelperClient::sessionInterface, QStringLiteral("Reconfigure"),
					 {askingForErrorParameters(options)}, true));
}

HelperAction *HelperActions::exportSnapshot(const SessionInfo &s, const QDBusUnixFileDescriptor &fd)
{
	return start(s.device, tr("Exporting the snapshot of %1").arg(s.device),
		     m_client->asyncCall(s.path.path(), HelperClient::sessionInterface, QStringLiteral("ExportSnapshot"),
					 {QVariant::fromValue(fd), askingForErrorParameters({})}, true));
}

HelperAction *HelperActions::cancelJob(const QString &device, const QDBusObjectPath &job)
{
	return start(device, tr("Cancelling the export of %1").arg(device),
		     m_client->asyncCall(job.path(), HelperClient::jobInterface, QStringLiteral("Cancel"), {}, true));
}

bool HelperActions::isBusy(const QString &device) const
{
	return std::any_of(m_pending.cbegin(), m_pending.cend(),
			   [&](const HelperAction *a) { return a->device() == device; });
}
