// SPDX-License-Identifier: GPL-2.0-or-later
// interposerctl's command lines (DESIGN.md §5): each turned into the right
// helper options, each mistake a usage error (exit status 2).
#include "cliparse.h"

#include <QTest>

class TestCliParse : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void accepted_data();
	void accepted();
	void usageErrors_data();
	void usageErrors();
	void sizes();
};

using Opts = QVariantMap;

void TestCliParse::accepted_data()
{
	QTest::addColumn<QStringList>("args");
	QTest::addColumn<QString>("command");
	QTest::addColumn<QString>("device");
	QTest::addColumn<QString>("kind");
	QTest::addColumn<QVariantMap>("options");
	const QString d = QStringLiteral("/dev/sda1");
	QTest::newRow("list") << QStringList{QStringLiteral("list")} << QStringLiteral("list") << QString() << QString() << Opts{};
	QTest::newRow("linear") << QStringList{QStringLiteral("attach"), d, QStringLiteral("--linear")} << QStringLiteral("attach") << d << QStringLiteral("linear") << Opts{};
	QTest::newRow("delay read") << QStringList{QStringLiteral("attach"), d, QStringLiteral("--delay"), QStringLiteral("50")} << QStringLiteral("attach") << d << QStringLiteral("delay")
				    << Opts{{QStringLiteral("read-ms"), 50u}, {QStringLiteral("write-ms"), 0u}};
	QTest::newRow("delay both") << QStringList{QStringLiteral("attach"), QStringLiteral("--delay"), QStringLiteral("50,7"), d} << QStringLiteral("attach") << d << QStringLiteral("delay")
				    << Opts{{QStringLiteral("read-ms"), 50u}, {QStringLiteral("write-ms"), 7u}};
	QTest::newRow("flakey") << QStringList{QStringLiteral("attach"), d, QStringLiteral("--flakey"), QStringLiteral("10,2"), QStringLiteral("--mode"), QStringLiteral("drop-writes")}
				<< QStringLiteral("attach") << d << QStringLiteral("flakey")
				<< Opts{{QStringLiteral("up-seconds"), 10u}, {QStringLiteral("down-seconds"), 2u}, {QStringLiteral("mode"), QStringLiteral("drop-writes")}};
	QTest::newRow("snapshot") << QStringList{QStringLiteral("attach"), d, QStringLiteral("--snapshot"), QStringLiteral("--store"), QStringLiteral("/var/tmp"), QStringLiteral("--store-size"), QStringLiteral("2G")}
				  << QStringLiteral("attach") << d << QStringLiteral("snapshot")
				  << Opts{{QStringLiteral("store"), QStringLiteral("/var/tmp")}, {QStringLiteral("store-size"), QVariant::fromValue<qulonglong>(2ull << 30)}};
	QTest::newRow("set read only") << QStringList{QStringLiteral("set"), d, QStringLiteral("--delay"), QStringLiteral("80")} << QStringLiteral("set") << d << QStringLiteral("delay")
				       << Opts{{QStringLiteral("read-ms"), 80u}};
	QTest::newRow("detach no interaction") << QStringList{QStringLiteral("detach"), d, QStringLiteral("--no-interaction")} << QStringLiteral("detach") << d << QString()
					       << Opts{{QStringLiteral("auth.no_user_interaction"), true}};
	QTest::newRow("status all") << QStringList{QStringLiteral("status"), QStringLiteral("--json")} << QStringLiteral("status") << QString() << QString() << Opts{};
	QTest::newRow("export") << QStringList{QStringLiteral("export"), d, QStringLiteral("--to"), QStringLiteral("img")} << QStringLiteral("export") << d << QString() << Opts{};
}

void TestCliParse::accepted()
{
	QFETCH(QStringList, args);
	QFETCH(QString, command);
	QFETCH(QString, device);
	QFETCH(QString, kind);
	QFETCH(QVariantMap, options);
	QString error;
	const auto r = parseCommandLine(args, &error);
	QVERIFY2(r, qPrintable(error));
	QCOMPARE(r->command, command);
	QCOMPARE(r->device, device);
	QCOMPARE(r->kind, kind);
	QCOMPARE(r->options, options);
	for (auto it = options.cbegin(); it != options.cend(); ++it)
		QCOMPARE(r->options.value(it.key()).metaType(), it.value().metaType());
}

void TestCliParse::usageErrors_data()
{
	QTest::addColumn<QStringList>("args");
	const QString d = QStringLiteral("/dev/sda1");
	auto L = [](std::initializer_list<const char *> l) {
		QStringList out;
		for (const char *s : l)
			out << QString::fromLatin1(s);
		return out;
	};
	QTest::newRow("nothing") << QStringList{};
	QTest::newRow("unknown command") << L({"frobnicate"});
	QTest::newRow("attach without kind") << L({"attach", "/dev/sda1"});
	QTest::newRow("attach two kinds") << L({"attach", "/dev/sda1", "--linear", "--delay", "5"});
	QTest::newRow("attach without device") << L({"attach", "--linear"});
	QTest::newRow("negative delay") << L({"attach", "/dev/sda1", "--delay", "-5"});
	QTest::newRow("delay with unit") << L({"attach", "/dev/sda1", "--delay", "5ms"});
	QTest::newRow("three delays") << L({"attach", "/dev/sda1", "--delay", "1,2,3"});
	QTest::newRow("delay beyond uint32") << L({"attach", "/dev/sda1", "--delay", "4294967296"});
	QTest::newRow("delay missing value") << L({"attach", "/dev/sda1", "--delay"});
	QTest::newRow("flakey one number") << L({"attach", "/dev/sda1", "--flakey", "5"});
	QTest::newRow("mode without flakey") << L({"attach", "/dev/sda1", "--linear", "--mode", "drop-writes"});
	QTest::newRow("snapshot without store") << L({"attach", "/dev/sda1", "--snapshot"});
	QTest::newRow("store without snapshot") << L({"attach", "/dev/sda1", "--linear", "--store", "/x"});
	QTest::newRow("bad size") << L({"attach", "/dev/sda1", "--snapshot", "--store", "/x", "--store-size", "lots"});
	QTest::newRow("set without delay") << L({"set", "/dev/sda1"});
	QTest::newRow("set linear") << L({"set", "/dev/sda1", "--linear"});
	QTest::newRow("export without to") << L({"export", "/dev/sda1"});
	QTest::newRow("detach two devices") << L({"detach", "/dev/sda1", "/dev/sda2"});
	QTest::newRow("detach json") << L({"detach", "/dev/sda1", "--json"});
	QTest::newRow("list with device") << L({"list", "/dev/sda1"});
	QTest::newRow("unknown option") << L({"list", "--all"});
	Q_UNUSED(d);
}

void TestCliParse::usageErrors()
{
	QFETCH(QStringList, args);
	QString error;
	QVERIFY(!parseCommandLine(args, &error));
	QVERIFY(!error.isEmpty());
}

void TestCliParse::sizes()
{
	QCOMPARE(parseSize(QStringLiteral("512")), 512ull);
	QCOMPARE(parseSize(QStringLiteral("4K")), 4096ull);
	QCOMPARE(parseSize(QStringLiteral("512M")), 512ull << 20);
	QCOMPARE(parseSize(QStringLiteral("2GiB")), 2ull << 30);
	QCOMPARE(parseSize(QStringLiteral("1t")), 1ull << 40);
	QVERIFY(!parseSize(QStringLiteral("")));
	QVERIFY(!parseSize(QStringLiteral("-1G")));
	QVERIFY(!parseSize(QStringLiteral("1.5G")));
	QVERIFY(!parseSize(QStringLiteral("99999999999T")));
}

QTEST_GUILESS_MAIN(TestCliParse)
#include "tst_cliparse.moc"
