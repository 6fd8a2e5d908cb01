// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessionwords.h"

#include <QCoreApplication>
#include <QHash>
#include <pwd.h>
#include <vector>

namespace {

QString lookUpUserName(uint uid)
{
	passwd pw{};
	passwd *found = nullptr;
	std::vector<char> buffer(16384);
	if (getpwuid_r(uid_t(uid), &pw, buffer.data(), buffer.size(), &found) == 0 && found)
		return QString::fromLocal8Bit(found->pw_name);
	return QCoreApplication::translate("Session", "user %1").arg(uid);
}

} // namespace

QString sessionDoneText(const SessionInfo &s)
{
	if (!s.kind)
		return s.kindName;
	switch (*s.kind) {
	case Kind::Linear:
		return QCoreApplication::translate("Session", "Remapped");
	case Kind::Delay:
		return QCoreApplication::translate("Session", "Latency added");
	case Kind::Snapshot:
		return QCoreApplication::translate("Session", "Snapshot kept");
	case Kind::Flakey:
		break;
	}
	return QCoreApplication::translate("Session", "Faults injected");
}

QString sessionStateText(const SessionInfo &s)
{
	if (!s.state)
		return s.stateName;
	switch (*s.state) {
	case SessionState::Active:
		return {};
	case SessionState::Detaching:
		return QCoreApplication::translate("Session", "detaching");
	case SessionState::Orphaned:
		return QCoreApplication::translate("Session", "device removed");
	case SessionState::Failed:
		break;
	}
	return QCoreApplication::translate("Session", "failed");
}

QString sessionLabel(const SessionInfo &s)
{
	const QString other = sessionStateText(s);
	//: %1 is what was done (“Latency added”), %2 a state other than active (“detaching”)
	return other.isEmpty() ? sessionDoneText(s)
			       : QCoreApplication::translate("Session", "%1 — %2").arg(sessionDoneText(s), other);
}

QString userName(uint uid)
{
	// Asked for every paint of the Sessions window: the user database
	// may be LDAP's, over the network. Names of uids do not change
	// while a program runs, as far as a window needs them.
	static QHash<uint, QString> known;
	if (const auto it = known.constFind(uid); it != known.cend())
		return *it;
	const QString name = lookUpUserName(uid);
	known.insert(uid, name);
	return name;
}
