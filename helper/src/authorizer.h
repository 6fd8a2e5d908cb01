// SPDX-License-Identifier: GPL-2.0-or-later
// polkit, through its D-Bus API: Debian 12 has no polkit-qt for Qt 6, and
// Debian 13's cannot match concurrent answers to requests (docs/helper.md).
// The subject is the caller's unique bus name (never a PID, never anything
// the caller says about itself). Root callers are allowed without asking,
// as polkitd itself would. Anything unexpected (no polkitd, an error, a
// reply of the wrong signature, a caller that left while polkit asked)
// is a refusal.
#pragma once

#include "helpererror.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QHash>
#include <QMap>
#include <QObject>
#include <functional>
#include <optional>

class Authorizer : public QObject
{
	Q_OBJECT
public:
	using Done = std::function<void(std::optional<HelperError> refusal)>;
	// What polkit is told about the action: "device" (the kernel name,
	// always there: sentences name it), "kind", "mode", "store". The
	// policy's messages show them; rules may decide on them.
	using Details = QMap<QString, QString>;

	// A caller may keep this many checks waiting for polkit (a password
	// dialog), all callers together kTotalPending; more are refused at
	// once, so that nobody can make the helper hold unbounded state.
	static constexpr int kPerCallerPending = 4;
	static constexpr int kTotalPending = 32;

	explicit Authorizer(QDBusConnection bus, QObject *parent = nullptr);

	// Calls done exactly once, possibly before returning.
	void check(const QDBusMessage &call, const QString &action, const Details &details,
		   bool noUserInteraction, Done done);

	// The caller's uid as the bus daemon knows it.
	std::optional<uint> callerUid(const QDBusMessage &call) const;

	int pendingChecks() const { return m_pending; }

private:
	QDBusConnection m_bus;
	int m_pending = 0;
	QHash<QString, int> m_pendingByCaller;
};
