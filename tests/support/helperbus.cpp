// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperbus.h"

#include <QFile>
#include <csignal>

namespace {

constexpr int kStartMs = 30000; // ASan-built programs start slowly on a loaded machine

// Children get neither umockdev's preload (the test runs under
// umockdev-wrapper) nor the test's bus addresses.
QProcessEnvironment childEnvironment(const QString &systemBus)
{
	QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
	env.remove(QStringLiteral("LD_PRELOAD"));
	env.remove(QStringLiteral("UMOCKDEV_DIR"));
	env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
	if (!systemBus.isEmpty())
		env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), systemBus);
	return env;
}

// Reads lines until one equals `want`; the output so far in *seen.
bool waitForLine(QProcess &p, const QByteArray &want, QString *seen)
{
	QByteArray all;
	while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
		while (p.canReadLine()) {
			const QByteArray line = p.readLine().trimmed();
			all += line + '\n';
			if (line == want || (want.isEmpty() && !line.isEmpty())) {
				*seen = QString::fromUtf8(all);
				return true;
			}
		}
		if (!p.waitForReadyRead(kStartMs))
			break;
	}
	*seen = QString::fromUtf8(all + p.readAllStandardError());
	return false;
}

} // namespace

HelperBus::~HelperBus()
{
	pauseHelper(false);
	for (QProcess *p : {&m_helper, &m_daemon}) {
		if (p->state() == QProcess::NotRunning)
			continue;
		p->terminate();
		if (!p->waitForFinished(10000))
			p->kill();
		p->waitForFinished();
	}
}

bool HelperBus::start(const QString &fakeHelper, const QString &exportSource, QString *error,
		      const QStringList &helperEnvironment)
{
	if (!m_dir.isValid()) {
		*error = QStringLiteral("no temporary directory");
		return false;
	}
	const QString socket = m_dir.filePath(QStringLiteral("system_bus_socket"));
	QFile pattern(QStringLiteral(INTERPOSER_BUS_CONF));
	QFile conf(m_dir.filePath(QStringLiteral("bus.conf")));
	if (!pattern.open(QIODevice::ReadOnly) || !conf.open(QIODevice::WriteOnly)) {
		*error = QStringLiteral("cannot copy %1 to %2").arg(pattern.fileName(), conf.fileName());
		return false;
	}
	conf.write(pattern.readAll().replace("@SOCKET@", socket.toUtf8()));
	conf.close();

	m_daemon.setProcessEnvironment(childEnvironment({}));
	m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
	m_daemon.start(QStringLiteral(INTERPOSER_DBUS_DAEMON),
		       {QStringLiteral("--config-file=") + conf.fileName(), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
	QString seen;
	if (!m_daemon.waitForStarted(kStartMs) || !waitForLine(m_daemon, {}, &seen)) {
		*error = QStringLiteral("dbus-daemon did not start: %1 %2").arg(m_daemon.errorString(), seen);
		return false;
	}
	m_address = seen.trimmed();

	if (fakeHelper.isEmpty())
		return true; // a machine without the helper
	QProcessEnvironment env = childEnvironment(m_address);
	for (const QString &setting : helperEnvironment)
		env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
	m_helper.setProcessEnvironment(env);
	m_helper.start(fakeHelper, {exportSource});
	if (!m_helper.waitForStarted(kStartMs) || !waitForLine(m_helper, "ready", &seen)) {
		*error = QStringLiteral("the test helper %1 did not get ready: %2").arg(fakeHelper, seen);
		return false;
	}
	return true;
}

QDBusConnection HelperBus::connection() const
{
	// A name of its own: a test may have several buses.
	return QDBusConnection::connectToBus(m_address, QStringLiteral("interposer-test-bus ") + m_address);
}

void HelperBus::pauseHelper(bool paused)
{
	if (m_helper.state() == QProcess::Running)
		::kill(pid_t(m_helper.processId()), paused ? SIGSTOP : SIGCONT);
}

QString HelperBus::helperLog()
{
	// The helper writes a change before it replies, so what a reply the
	// test saw followed is in the pipe already: read it all, not waiting.
	while (m_helper.waitForReadyRead(0))
		;
	m_log += QString::fromUtf8(m_helper.readAllStandardOutput());
	return m_log;
}
