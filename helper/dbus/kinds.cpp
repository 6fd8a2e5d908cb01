// SPDX-License-Identifier: GPL-2.0-or-later
#include "kinds.h"

const QList<Kind> &allKinds()
{
	static const QList<Kind> kinds{Kind::Linear, Kind::Delay, Kind::Snapshot, Kind::Flakey};
	return kinds;
}

QString kindName(Kind kind)
{
	switch (kind) {
	case Kind::Linear:
		return QStringLiteral("linear");
	case Kind::Delay:
		return QStringLiteral("delay");
	case Kind::Snapshot:
		return QStringLiteral("snapshot");
	case Kind::Flakey:
		break;
	}
	return QStringLiteral("flakey");
}

std::optional<Kind> kindFromName(const QString &name)
{
	for (Kind k : allKinds())
		if (kindName(k) == name)
			return k;
	return std::nullopt;
}

QStringList allKindNames()
{
	QStringList names;
	for (Kind k : allKinds())
		names << kindName(k);
	return names;
}

QString sessionStateName(SessionState state)
{
	switch (state) {
	case SessionState::Active:
		return QStringLiteral("active");
	case SessionState::Detaching:
		return QStringLiteral("detaching");
	case SessionState::Orphaned:
		return QStringLiteral("orphaned");
	case SessionState::Failed:
		break;
	}
	return QStringLiteral("failed");
}

std::optional<SessionState> sessionStateFromName(const QString &name)
{
	for (SessionState s : {SessionState::Active, SessionState::Detaching, SessionState::Orphaned, SessionState::Failed})
		if (sessionStateName(s) == name)
			return s;
	return std::nullopt;
}
