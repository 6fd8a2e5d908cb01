// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshotexport.h"

#include "helpererrortext.h"

#include <QCoreApplication>
#include <QDBusServiceWatcher>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

std::optional<QDBusUnixFileDescriptor> openExportFile(const QString &path, ExistingFile existing, QString *error)
{
	const QByteArray name = QFile::encodeName(path);
	if (existing == ExistingFile::Replace)
		::unlink(name.constData()); // a failure shows in the open below
	const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0600);
	if (fd < 0) {
		*error = QCoreApplication::translate("SnapshotExport", "Cannot open %1 for writing: %2.")
				 .arg(path, QString::fromLocal8Bit(strerror(errno)));
		return std::nullopt;
	}
	const QDBusUnixFileDescriptor handle(fd); // dup()s it
	::close(fd);
	return handle;
}

void discardExportFile(const QString &path)
{
	::unlink(QFile::encodeName(path).constData());
}

ExportFollower::ExportFollower(QDBusConnection bus, Language language, QObject *parent)
	: QObject(parent), m_language(language)
{
	bus.connect(HelperClient::service, QString(), HelperClient::jobInterface, QStringLiteral("Completed"),
		    this, SLOT(onCompleted(QDBusMessage)));
	bus.connect(HelperClient::service, QString(), QStringLiteral("org.freedesktop.DBus.Properties"),
		    QStringLiteral("PropertiesChanged"), this, SLOT(onPropertiesChanged(QDBusMessage)));
	auto *helper = new QDBusServiceWatcher(HelperClient::service, bus, QDBusServiceWatcher::WatchForUnregistration, this);
	connect(helper, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
		if (!m_finished)
			Q_EMIT helperGone();
	});
}

void ExportFollower::follow(const QDBusObjectPath &job)
{
	m_job = job.path();
	m_failures.removeIf([this](QHash<QString, QString>::iterator f) { return f.key() != m_job; });
	if (const auto early = m_early.constFind(m_job); early != m_early.cend())
		finish(early->first, early->second);
	m_early.clear();
}

void ExportFollower::onCompleted(const QDBusMessage &signal)
{
	const QVariantList args = signal.arguments();
	if (args.size() != 2 || m_finished)
		return;
	if (m_job.isEmpty())
		m_early.insert(signal.path(), {args[0].toBool(), args[1].toString()});
	else if (signal.path() == m_job)
		finish(args[0].toBool(), args[1].toString());
}

void ExportFollower::onPropertiesChanged(const QDBusMessage &signal)
{
	const QVariantList args = signal.arguments();
	if (m_finished || args.size() < 2 || args[0].toString() != HelperClient::jobInterface)
		return;
	const QVariantMap changed = interposerDemarshal<QVariantMap>(args[1]);
	// Before Completed, and perhaps before the job's path is known.
	const auto failure = changed.constFind(QStringLiteral("Failure"));
	if (m_language == Language::User && failure != changed.cend() && (m_job.isEmpty() || signal.path() == m_job)) {
		if (const std::optional<ErrorText> text = ErrorText::fromDBus(*failure))
			m_failures.insert(signal.path(), inUserLanguage(*text));
	}
	if (m_job.isEmpty() || signal.path() != m_job)
		return;
	m_progress = changed.value(QStringLiteral("Progress"), m_progress).toDouble();
	m_rate = changed.value(QStringLiteral("Rate"), m_rate).toULongLong();
	Q_EMIT progressed(m_progress, m_rate);
}

void ExportFollower::finish(bool ok, const QString &message)
{
	m_finished = true;
	Q_EMIT completed(ok, ok ? message : m_failures.value(m_job, message));
}
