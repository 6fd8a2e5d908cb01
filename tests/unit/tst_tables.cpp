// SPDX-License-Identifier: GPL-2.0-or-later
// Device-mapper tables for every kind, exactly as the kernel's targets
// parse them, and their reading back for recovery.
#include "attachoptions.h"
#include "helpererror.h"
#include "sessionrecord.h"
#include "tables.h"

#include <QTest>
#include <sys/sysmacros.h>

class TestTables : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void strings_data();
	void strings();
	void roundTrip_data();
	void roundTrip();
	void foreignTablesAreNotOurs();
	void snapshotStore();
	void uuid();
	void reconfigureMerges();
	void reconfigureRefusals();
};

void TestTables::strings_data()
{
	QTest::addColumn<DmTarget>("table");
	QTest::addColumn<QString>("type");
	QTest::addColumn<QString>("params");
	const dev_t b = makedev(259, 3);
	QTest::newRow("linear") << linearTable(2048, b) << QStringLiteral("linear") << QStringLiteral("259:3 0");
	QTest::newRow("delay") << delayTable(2048, b, {50, 0, 7}) << QStringLiteral("delay")
			       << QStringLiteral("259:3 0 50 259:3 0 0 259:3 0 7");
	QTest::newRow("flakey error-reads") << flakeyTable(2048, b, {5, 2, FlakeyMode::ErrorReads}) << QStringLiteral("flakey")
					    << QStringLiteral("259:3 0 5 2 1 error_reads");
	QTest::newRow("flakey error-writes") << flakeyTable(2048, b, {5, 2, FlakeyMode::ErrorWrites}) << QStringLiteral("flakey")
					     << QStringLiteral("259:3 0 5 2 1 error_writes");
	QTest::newRow("flakey drop-writes") << flakeyTable(2048, b, {0, 9, FlakeyMode::DropWrites}) << QStringLiteral("flakey")
					    << QStringLiteral("259:3 0 0 9 1 drop_writes");
	QTest::newRow("origin") << originTable(2048, b) << QStringLiteral("snapshot-origin") << QStringLiteral("259:3");
	QTest::newRow("snapshot") << snapshotTable(2048, b, makedev(7, 1), 16) << QStringLiteral("snapshot")
				  << QStringLiteral("259:3 7:1 P 16");
}

void TestTables::strings()
{
	QFETCH(DmTarget, table);
	QFETCH(QString, type);
	QFETCH(QString, params);
	QCOMPARE(table.start, 0ull);
	QCOMPARE(table.length, 2048ull);
	QCOMPARE(table.type, type);
	QCOMPARE(table.params, params);
}

void TestTables::roundTrip_data()
{
	QTest::addColumn<QString>("kind");
	QTest::addColumn<QVariantMap>("options");
	QTest::newRow("linear") << QStringLiteral("linear") << QVariantMap{};
	QTest::newRow("delay") << QStringLiteral("delay") << QVariantMap{{QStringLiteral("read-ms"), 1u}, {QStringLiteral("write-ms"), 2u}, {QStringLiteral("flush-ms"), 3u}};
	QTest::newRow("flakey") << QStringLiteral("flakey") << QVariantMap{{QStringLiteral("up-seconds"), 4u}, {QStringLiteral("down-seconds"), 5u}, {QStringLiteral("mode"), QStringLiteral("drop-writes")}};
}

void TestTables::roundTrip()
{
	QFETCH(QString, kind);
	QFETCH(QVariantMap, options);
	const AttachOptions o = parseAttachOptions(QStringLiteral("/dev/x"), kind, options);
	const dev_t b = makedev(259, 0);
	const auto back = optionsFromTable(interposerTable(8, b, o), b);
	QVERIFY(back);
	QCOMPARE(optionsToMap(*back), optionsToMap(o));
}

void TestTables::foreignTablesAreNotOurs()
{
	const dev_t b = makedev(259, 0);
	QVERIFY(!optionsFromTable(linearTable(8, makedev(8, 1)), b)); // over another device
	QVERIFY(!optionsFromTable({0, 8, QStringLiteral("crypt"), QStringLiteral("259:0")}, b));
	QVERIFY(!optionsFromTable({0, 8, QStringLiteral("linear"), QStringLiteral("259:0 100")}, b) == false);
	QVERIFY(!optionsFromTable({0, 8, QStringLiteral("flakey"), QStringLiteral("259:0 0 1 1 1 corrupt_bio_byte")}, b));
	QVERIFY(!optionsFromTable({0, 8, QStringLiteral("delay"), QStringLiteral("259:0 0 5")}, b));
}

void TestTables::snapshotStore()
{
	QCOMPARE(storeFromSnapshotTable(snapshotTable(8, makedev(259, 0), makedev(7, 4), 8)), makedev(7, 4));
	QCOMPARE(storeFromSnapshotTable(linearTable(8, makedev(259, 0))), dev_t(0));
}

void TestTables::uuid()
{
	SessionRecord r;
	r.id = sessionId(makedev(259, 65537));
	r.uid = 1000;
	r.startedUsec = 1234567;
	QCOMPARE(r.id, QStringLiteral("259_65537"));
	uint uid = 0;
	quint64 started = 0;
	QVERIFY(parseInterposerUuid(interposerUuid(r), r.id, &uid, &started));
	QCOMPARE(uid, 1000u);
	QCOMPARE(started, 1234567ull);
	QVERIFY(!parseInterposerUuid(interposerUuid(r), QStringLiteral("8_1"), &uid, &started));
	QVERIFY(!parseInterposerUuid(QStringLiteral("LVM-abc"), r.id, &uid, &started));
}

void TestTables::reconfigureMerges()
{
	AttachOptions d = parseAttachOptions(QStringLiteral("/dev/x"), QStringLiteral("delay"),
					     {{QStringLiteral("read-ms"), 10u}, {QStringLiteral("flush-ms"), 3u}});
	d = parseReconfigureOptions(QStringLiteral("/dev/x"), d, {{QStringLiteral("write-ms"), 20u}});
	QCOMPARE(d.delay, (DelaySettings{10, 20, 3}));
	// Turning the delay down to nothing live is allowed.
	d = parseReconfigureOptions(QStringLiteral("/dev/x"), d, {{QStringLiteral("read-ms"), 0u}, {QStringLiteral("write-ms"), 0u}, {QStringLiteral("flush-ms"), 0u}});
	QCOMPARE(d.delay, (DelaySettings{0, 0, 0}));
}

void TestTables::reconfigureRefusals()
{
	const AttachOptions lin = parseAttachOptions(QStringLiteral("/dev/x"), QStringLiteral("linear"), {});
	const AttachOptions del = parseAttachOptions(QStringLiteral("/dev/x"), QStringLiteral("delay"), {{QStringLiteral("read-ms"), 1u}});
	auto refused = [](const AttachOptions &cur, const QVariantMap &o, HelperError::Kind kind) {
		try {
			parseReconfigureOptions(QStringLiteral("/dev/x"), cur, o);
		} catch (const HelperError &e) {
			return e.kind() == kind && e.message().contains(QLatin1String("/dev/x"));
		}
		return false;
	};
	QVERIFY(refused(lin, {}, HelperError::Kind::NotSupported));
	QVERIFY(refused(del, {{QStringLiteral("mode"), QStringLiteral("drop-writes")}}, HelperError::Kind::InvalidArgument));
	QVERIFY(refused(del, {{QStringLiteral("read-ms"), 70000u}}, HelperError::Kind::InvalidArgument));
	QVERIFY(refused(del, {{QStringLiteral("read-ms"), 5}}, HelperError::Kind::InvalidArgument));
	bool threw = false;
	try {
		parseCommonOnly(QStringLiteral("/dev/x"), QStringLiteral("Detach"), {{QStringLiteral("force"), true}});
	} catch (const HelperError &e) {
		threw = e.kind() == HelperError::Kind::InvalidArgument && e.message().contains(QLatin1String("force"));
	}
	QVERIFY(threw);
}

Q_DECLARE_METATYPE(DmTarget)
QTEST_GUILESS_MAIN(TestTables)
#include "tst_tables.moc"
