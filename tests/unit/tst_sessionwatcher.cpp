// SPDX-License-Identifier: GPL-2.0-or-later
// SessionWatcher keeps what the helper's signals said while a refresh
// (GetManagedObjects) was on its way, whatever order QtDBus delivers the
// signal and the answer in: gui/screenshots lost a new session about one
// run in eight when an Attach's InterfacesAdded came before the empty
// answer of the refresh sent just before it.
#include "sessionwatcher.h"

#include <QSignalSpy>
#include <QTest>

class TestSessionWatcher : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void initTestCase() { interposerRegisterDBusTypes(); }
	void addedBeforeAnOlderAnswer();
	void removedBeforeAnOlderAnswer();
	void changedBeforeAnOlderAnswer();
	void signalsAfterTheAnswerStillCount();

private:
	static QDBusMessage added(const QString &path, const QString &state);
	static QDBusMessage removed(const QString &path);
	static QDBusMessage changed(const QString &path, const QString &state);
	static InterposerManagedObjects objects(const QString &path, const QString &state);
	static QStringList states(const SessionWatcher &w);
};

namespace {
const QString kA = QStringLiteral("/org/interposer/Helper1/sessions/8_1");
const QString kB = QStringLiteral("/org/interposer/Helper1/sessions/8_2");
} // namespace

QDBusMessage TestSessionWatcher::added(const QString &path, const QString &state)
{
	QDBusMessage m = QDBusMessage::createSignal(HelperClient::managerPath,
		QStringLiteral("org.freedesktop.DBus.ObjectManager"), QStringLiteral("InterfacesAdded"));
	const InterposerInterfaceProperties interfaces{
		{HelperClient::sessionInterface, QVariantMap{{QStringLiteral("State"), state},
							     {QStringLiteral("Device"), path.section(QLatin1Char('/'), -1)}}}};
	m << QVariant::fromValue(QDBusObjectPath(path)) << QVariant::fromValue(interfaces);
	return m;
}

QDBusMessage TestSessionWatcher::removed(const QString &path)
{
	QDBusMessage m = QDBusMessage::createSignal(HelperClient::managerPath,
		QStringLiteral("org.freedesktop.DBus.ObjectManager"), QStringLiteral("InterfacesRemoved"));
	m << QVariant::fromValue(QDBusObjectPath(path)) << QStringList{HelperClient::sessionInterface};
	return m;
}

QDBusMessage TestSessionWatcher::changed(const QString &path, const QString &state)
{
	QDBusMessage m = QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.DBus.Properties"),
						    QStringLiteral("PropertiesChanged"));
	m << HelperClient::sessionInterface << QVariantMap{{QStringLiteral("State"), state}} << QStringList{};
	return m;
}

InterposerManagedObjects TestSessionWatcher::objects(const QString &path, const QString &state)
{
	InterposerManagedObjects out;
	if (!path.isEmpty())
		out.insert(QDBusObjectPath(path), {{HelperClient::sessionInterface,
						    QVariantMap{{QStringLiteral("State"), state}}}});
	return out;
}

QStringList TestSessionWatcher::states(const SessionWatcher &w)
{
	QStringList out;
	for (auto it = w.m_sessions.cbegin(); it != w.m_sessions.cend(); ++it)
		out.append(it.key().section(QLatin1Char('/'), -1) + QLatin1Char('=') +
			   it->value(QStringLiteral("State")).toString());
	out.sort();
	return out;
}

// A refresh goes out; the helper answers "none", then attaches and says so;
// QtDBus hands over the signal first.
void TestSessionWatcher::addedBeforeAnOlderAnswer()
{
	SessionWatcher w{QDBusConnection(QStringLiteral("none"))};
	QSignalSpy spy(&w, &SessionWatcher::sessionsChanged);
	++w.m_refreshing;
	w.onSignal(added(kA, QStringLiteral("active")));
	const InterposerManagedObjects none;
	w.finishRefresh(&none);
	QCOMPARE(states(w), QStringList{QStringLiteral("8_1=active")});
	QCOMPARE(spy.count(), 2);
	QCOMPARE(spy.last().first().value<QList<SessionInfo>>().size(), 1);
}

void TestSessionWatcher::removedBeforeAnOlderAnswer()
{
	SessionWatcher w{QDBusConnection(QStringLiteral("none"))};
	++w.m_refreshing;
	w.onSignal(removed(kA));
	const InterposerManagedObjects stale = objects(kA, QStringLiteral("active"));
	w.finishRefresh(&stale);
	QCOMPARE(states(w), QStringList{});
}

void TestSessionWatcher::changedBeforeAnOlderAnswer()
{
	SessionWatcher w{QDBusConnection(QStringLiteral("none"))};
	++w.m_refreshing;
	w.onSignal(changed(kA, QStringLiteral("orphaned")));
	const InterposerManagedObjects stale = objects(kA, QStringLiteral("active"));
	w.finishRefresh(&stale);
	QCOMPARE(states(w), QStringList{QStringLiteral("8_1=orphaned")});
}

// Once no refresh is on its way, signals apply once and are not kept.
void TestSessionWatcher::signalsAfterTheAnswerStillCount()
{
	SessionWatcher w{QDBusConnection(QStringLiteral("none"))};
	++w.m_refreshing;
	const InterposerManagedObjects one = objects(kA, QStringLiteral("active"));
	w.finishRefresh(&one);
	QCOMPARE(w.m_refreshing, 0);
	w.onSignal(added(kB, QStringLiteral("active")));
	w.onSignal(removed(kA));
	QVERIFY(w.m_sinceRefresh.isEmpty());
	QCOMPARE(states(w), QStringList{QStringLiteral("8_2=active")});
	// A failed refresh leaves what the signals said.
	++w.m_refreshing;
	w.finishRefresh(nullptr);
	QCOMPARE(states(w), QStringList{QStringLiteral("8_2=active")});
}

QTEST_GUILESS_MAIN(TestSessionWatcher)
#include "tst_sessionwatcher.moc"
