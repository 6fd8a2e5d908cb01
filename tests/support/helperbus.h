// SPDX-License-Identifier: GPL-2.0-or-later
// A private system bus (a real dbus-daemon) with the test helper on it
// (tests/integration/fake-helper.cpp: the real Manager and D-Bus objects
// over the invented machine of tests/unit/fakes), for the GUI tests. The
// tests run as root here, and the helper lets root through without
// polkit.
#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

class HelperBus
{
public:
	HelperBus() = default;
	~HelperBus();
	HelperBus(const HelperBus &) = delete;
	HelperBus &operator=(const HelperBus &) = delete;

	// Starts the bus and the helper; false with *error on failure.
	// exportSource: what the helper's exports read (a file). No helper
	// if fakeHelper is empty; helperEnvironment: NAME=VALUE settings of
	// its environment (fake-helper.cpp's INTERPOSER_FAKE_*).
	bool start(const QString &fakeHelper, const QString &exportSource, QString *error,
		   const QStringList &helperEnvironment = {});
	QDBusConnection connection() const;
	// SIGSTOP / SIGCONT: a helper that does not answer (as when polkit
	// waits for a password).
	void pauseHelper(bool paused);
	// What the helper changed on its machine so far, one line each.
	QString helperLog();

private:
	QTemporaryDir m_dir;
	QProcess m_daemon;
	QProcess m_helper;
	QString m_address;
	QString m_log;
};
