// SPDX-License-Identifier: GPL-2.0-or-later
// What stands between this machine and a first Attach, known before the
// user asks for one: whether the helper can be started at all, the kernel
// module's state (and, when it is not loaded, whether the running kernel
// has it and whether Secure Boot is on), the helper's version, and the
// kinds and option values it takes here. One GetAll on the Manager,
// without blocking (D-Bus activation starts the helper for it; reading
// properties needs no polkit), again on refresh() and whenever the helper
// comes onto the bus.
#pragma once

#include "kinds.h"

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

class QDBusServiceWatcher;

class HelperStatus : public QObject
{
	Q_OBJECT

public:
	enum class Problem {
		Unknown,	 // not read (yet): nothing is held back
		None,
		HelperMissing,	 // no such service on the bus: not installed
		HelperFailed,	 // dbus-daemon or systemd could not start it
		ModuleNotBuilt,	 // the running kernel has no blkinterposer
		ModuleNotLoaded, // it has one, not loaded
		ModuleNoAnswer,	 // loaded, its control device missing or mute
		ModuleMismatch,	 // module and helper speak other ABIs
		HelperOlderThanModule, // the module was loaded after the helper started
	};

	// filesRoot: where /lib/modules and /sys are ("" the machine's own).
	explicit HelperStatus(QDBusConnection bus, const QString &filesRoot = {}, QObject *parent = nullptr);

	void refresh();
	// Where /lib/modules and /sys are read from, for tests.
	void setFilesRoot(const QString &root) { m_filesRoot = root; }

	Problem problem() const { return m_problem; }
	// Attach cannot work: the helper or the module is not there.
	bool blocksAttach() const;
	// The English detail behind the problem: the bus's error, or the
	// helper's sentence about the module.
	QString detail() const { return m_detail; }
	QString helperVersion() const { return m_version; }
	// The running kernel's release, as the helper says (or uname).
	QString kernelRelease() const { return m_kernel; }
	bool secureBoot() const { return m_secureBoot; }
	// The kind is one the helper takes here (all, until known).
	bool supports(Kind kind) const;
	// "flakey.mode=error-reads" → the helper's English reason; empty if
	// the value is offered.
	QString unsupportedReason(const QString &key) const { return m_unsupported.value(key).toString(); }

Q_SIGNALS:
	void changed();

private:
	void ask(bool startHelper);
	void onReply(const QDBusMessage &reply);
	void onError(const QDBusError &error);
	Problem absentModuleProblem() const;

	QDBusConnection m_bus;
	QString m_filesRoot;
	QDBusServiceWatcher *m_watcher;
	quint64 m_asked = 0; // questions sent
	Problem m_problem = Problem::Unknown;
	QString m_detail;
	QString m_version;
	QString m_kernel;
	bool m_secureBoot = false;
	QStringList m_kinds;
	QVariantMap m_unsupported;
};
