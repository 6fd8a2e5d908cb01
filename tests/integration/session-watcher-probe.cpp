// SPDX-License-Identifier: GPL-2.0-or-later
// The GUI's SessionWatcher on the system bus, printing the sessions as
// one JSON line at every change, for bus-test.py to follow.
#include "sessionwatcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

int main(int argc, char **argv)
{
	QCoreApplication app(argc, argv);
	setvbuf(stdout, nullptr, _IOLBF, 0);
	SessionWatcher watcher(QDBusConnection::systemBus());
	QObject::connect(&watcher, &SessionWatcher::sessionsChanged, &app, [](const QList<SessionInfo> &sessions) {
		QJsonArray list;
		for (const SessionInfo &s : sessions)
			list.append(QJsonObject{{QStringLiteral("device"), s.device},
						{QStringLiteral("kind"), s.kindName},
						{QStringLiteral("state"), s.stateName},
						{QStringLiteral("options"), QJsonObject::fromVariantMap(s.options)}});
		printf("%s\n", QJsonDocument(list).toJson(QJsonDocument::Compact).constData());
	});
	watcher.refresh();
	return app.exec();
}
