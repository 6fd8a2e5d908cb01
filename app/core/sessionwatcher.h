// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's sessions as they change: one GetManagedObjects (without
// blocking), then the ObjectManager's InterfacesAdded/InterfacesRemoved and
// each session's PropertiesChanged. The helper is started by D-Bus for the
// first call and may exit when idle; it has no sessions then.
//
// QtDBus may deliver a signal that the helper sent after its answer to
// GetManagedObjects before that answer (seen: a session's InterfacesAdded,
// then the empty answer of a refresh sent before the Attach, which took
// the new session away for good). So the signals that arrive while a
// refresh is on its way are kept, and applied again on top of its answer:
// each one sets what it names, so applying again one that the answer
// already contains changes nothing.
#pragma once

#include "helperclient.h"

#include <QDBusMessage>
#include <QHash>
#include <QObject>
#include <QVariantMap>

class SessionWatcher : public QObject
{
	Q_OBJECT

public:
	explicit SessionWatcher(QDBusConnection bus, QObject *parent = nullptr);

	// Asks the helper for every session again.
	void refresh();
	QList<SessionInfo> sessions() const;
	// The error of the last refresh (empty if it worked).
	QString lastError() const { return m_error; }

Q_SIGNALS:
	void sessionsChanged(const QList<SessionInfo> &sessions);

private Q_SLOTS:
	// QtDBus connects signals by signature strings only.
	void onInterfacesAdded(const QDBusMessage &signal);
	void onInterfacesRemoved(const QDBusMessage &signal);
	void onPropertiesChanged(const QDBusMessage &signal);

private:
	friend class TestSessionWatcher;

	void onSignal(const QDBusMessage &signal);
	// Applies one of the three signals to m_sessions; true if it changed.
	bool apply(const QDBusMessage &signal);
	// A refresh's answer (nullptr: it failed).
	void finishRefresh(const InterposerManagedObjects *objects);
	void onHelperGone();
	void announce();

	QDBusConnection m_bus;
	QHash<QString, QVariantMap> m_sessions; // object path → Session properties
	QString m_error;
	int m_refreshing = 0;			// refreshes on their way
	QList<QDBusMessage> m_sinceRefresh;	// signals since the first of them
};
