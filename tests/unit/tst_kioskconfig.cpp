// SPDX-License-Identifier: GPL-2.0-or-later
// kiosk.conf: the settings, each mistake named by file and line while the
// other lines still count, and device paths resolved by stat() alone.
#include "kioskconfig.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>

class TestKioskConfig : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void fullFile();
	void layout();
	void mistakes_data();
	void mistakes();
	void everyMistakeInOneFile();
	void readFile();
	void missingFile();
	void theShippedExample();
	void snapshotStore();
	void resolve();
	void resolveRefusals();
};

namespace {

const QString name = QStringLiteral("kiosk.conf");

bool writeFile(const QString &path, const QByteArray &content)
{
	QFile f(path);
	return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// A block device node of this machine, for stat() only: the first that
// /sys/dev/block lists and /dev has under its kernel name.
QString someBlockDevice(dev_t *number)
{
	const auto entries = QDir(QStringLiteral("/sys/dev/block")).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
	for (const QFileInfo &entry : entries) {
		const QString node = QStringLiteral("/dev/") + QFileInfo(entry.symLinkTarget()).fileName();
		const QStringList majorMinor = entry.fileName().split(QLatin1Char(':'));
		struct stat st;
		if (majorMinor.size() == 2 && stat(QFile::encodeName(node).constData(), &st) == 0 && S_ISBLK(st.st_mode) &&
		    st.st_rdev == makedev(majorMinor[0].toUInt(), majorMinor[1].toUInt())) {
			*number = st.st_rdev;
			return node;
		}
	}
	return {};
}

} // namespace

void TestKioskConfig::fullFile()
{
	const auto r = parseKioskConfig(QStringLiteral(
		"# Devices the kiosk shows and may act on, one per line\n"
		"device = /dev/disk/by-partlabel/demo\n"
		"device = /dev/vdb1\n"
		"# Detach everything after this many seconds without input (0: never)\n"
		"idle-reset-seconds = 120\n"), name);
	QCOMPARE(r.errors, QStringList());
	QCOMPARE(r.config.devices, (QStringList{QStringLiteral("/dev/disk/by-partlabel/demo"), QStringLiteral("/dev/vdb1")}));
	QCOMPARE(r.config.idleResetSeconds, 120);
}

void TestKioskConfig::layout()
{
	const auto r = parseKioskConfig(QStringLiteral(
		"\n"
		"   # indented comment = not a setting\n"
		"\t\n"
		"device=/dev/sdb1\r\n"
		"  device \t=   /dev/disk/by-label/with space  \n"
		"#device = /dev/sdc\n"
		"idle-reset-seconds=0"), name);
	QCOMPARE(r.errors, QStringList());
	QCOMPARE(r.config.devices, (QStringList{QStringLiteral("/dev/sdb1"), QStringLiteral("/dev/disk/by-label/with space")}));
	QCOMPARE(r.config.idleResetSeconds, 0);

	const auto empty = parseKioskConfig(QStringLiteral("# nothing set\n"), name);
	QCOMPARE(empty.errors, QStringList());
	QCOMPARE(empty.config.devices, QStringList());
	QCOMPARE(empty.config.idleResetSeconds, 300);
}

// The mistake is on line 3, between good lines; line 2 sets
// idle-reset-seconds, which stays set.
void TestKioskConfig::mistakes_data()
{
	QTest::addColumn<QString>("line");
	QTest::addColumn<QString>("error");
	QTest::newRow("unknown key") << QStringLiteral("colour = blue") << QStringLiteral("kiosk.conf, line 3: unknown key “colour”.");
	QTest::newRow("no =") << QStringLiteral("device /dev/sdc") << QStringLiteral("kiosk.conf, line 3: “device /dev/sdc” is not “key = value”.");
	QTest::newRow("relative path") << QStringLiteral("device = sdc") << QStringLiteral("kiosk.conf, line 3: the device path “sdc” is not absolute.");
	QTest::newRow("no path") << QStringLiteral("device =") << QStringLiteral("kiosk.conf, line 3: the device path “” is not absolute.");
	QTest::newRow("duplicate device") << QStringLiteral("device = /dev/sdb1") << QStringLiteral("kiosk.conf, line 3: the device /dev/sdb1 is named twice.");
	QTest::newRow("idle set twice") << QStringLiteral("idle-reset-seconds = 10") << QStringLiteral("kiosk.conf, line 3: idle-reset-seconds is already set on line 2.");
	const QString range = QStringLiteral("kiosk.conf, line 3: idle-reset-seconds takes a number of seconds from 0 to 86400, not “%1”.");
	for (const char *value : {"soon", "", "-1", "86401", "1.5", "99999999999"})
		QTest::newRow(value) << QStringLiteral("idle-reset-seconds = ") + QLatin1String(value) << range.arg(QLatin1String(value));
}

void TestKioskConfig::mistakes()
{
	QFETCH(QString, line);
	QFETCH(QString, error);
	const auto r = parseKioskConfig(QStringLiteral("device = /dev/sdb1\nidle-reset-seconds = 60\n") + line + QStringLiteral("\ndevice = /dev/sdc1\n"), name);
	QCOMPARE(r.errors, QStringList{error});
	QCOMPARE(r.config.devices, (QStringList{QStringLiteral("/dev/sdb1"), QStringLiteral("/dev/sdc1")}));
	QCOMPARE(r.config.idleResetSeconds, 60);
}

void TestKioskConfig::everyMistakeInOneFile()
{
	const auto r = parseKioskConfig(QStringLiteral(
		"device = /dev/vdb1\n"
		"colour = blue\n"
		"device /dev/sdc\n"
		"\n"
		"device = vdb2\n"
		"device = /dev/vdb1\n"
		"idle-reset-seconds = 90000\n"
		"idle-reset-seconds = 45\n"
		"idle-reset-seconds = 50\n"
		"device = /dev/vdb3\n"), QStringLiteral("/etc/interposer/kiosk.conf"));
	QCOMPARE(r.errors, (QStringList{
		QStringLiteral("/etc/interposer/kiosk.conf, line 2: unknown key “colour”."),
		QStringLiteral("/etc/interposer/kiosk.conf, line 3: “device /dev/sdc” is not “key = value”."),
		QStringLiteral("/etc/interposer/kiosk.conf, line 5: the device path “vdb2” is not absolute."),
		QStringLiteral("/etc/interposer/kiosk.conf, line 6: the device /dev/vdb1 is named twice."),
		QStringLiteral("/etc/interposer/kiosk.conf, line 7: idle-reset-seconds takes a number of seconds from 0 to 86400, not “90000”."),
		QStringLiteral("/etc/interposer/kiosk.conf, line 9: idle-reset-seconds is already set on line 8."),
	}));
	QCOMPARE(r.config.devices, (QStringList{QStringLiteral("/dev/vdb1"), QStringLiteral("/dev/vdb3")}));
	QCOMPARE(r.config.idleResetSeconds, 45);
}

void TestKioskConfig::readFile()
{
	QTemporaryDir dir;
	QVERIFY(dir.isValid());
	const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
	QVERIFY(writeFile(path, "device = /dev/vdb1\nidle-reset-seconds = x\n"));
	const auto r = readKioskConfig(path);
	QCOMPARE(r.errors, QStringList{path + QStringLiteral(", line 2: idle-reset-seconds takes a number of seconds from 0 to 86400, not “x”.")});
	QCOMPARE(r.config.devices, QStringList{QStringLiteral("/dev/vdb1")});
}

void TestKioskConfig::theShippedExample()
{
	const auto r = readKioskConfig(QStringLiteral(INTERPOSER_KIOSK_EXAMPLE));
	QCOMPARE(r.errors, QStringList());
	QCOMPARE(r.config.devices, QStringList{QStringLiteral("/dev/sdb1")});
	QCOMPARE(r.config.idleResetSeconds, 300);
	QCOMPARE(r.config.snapshotStore, QStringLiteral("/var/lib/interposer/stores"));
}

void TestKioskConfig::snapshotStore()
{
	auto r = parseKioskConfig(QStringLiteral("snapshot-store = /srv/demo-store\n"), name);
	QCOMPARE(r.errors, QStringList());
	QCOMPARE(r.config.snapshotStore, QStringLiteral("/srv/demo-store"));
	r = parseKioskConfig(QStringLiteral("device = /dev/vdb1\nsnapshot-store = store\n"), name);
	QCOMPARE(r.errors, QStringList{QStringLiteral("kiosk.conf, line 2: the snapshot store “store” is not an absolute path.")});
	QCOMPARE(r.config.snapshotStore, QString());
	QCOMPARE(r.config.devices, QStringList{QStringLiteral("/dev/vdb1")});
}

void TestKioskConfig::missingFile()
{
	QTemporaryDir dir;
	QVERIFY(dir.isValid());
	const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
	const auto r = readKioskConfig(path);
	QCOMPARE(r.errors, QStringList{QStringLiteral("Cannot read %1: No such file or directory.").arg(path)});
	QCOMPARE(r.config.devices, QStringList());
	QCOMPARE(r.config.idleResetSeconds, 300);
}

// A real block device node (metadata only: nothing is opened), directly
// and through a symlink, which is the same device.
void TestKioskConfig::resolve()
{
	dev_t number = 0;
	const QString node = someBlockDevice(&number);
	QVERIFY2(!node.isEmpty(), "no /dev node for any device in /sys/dev/block: this test needs one block device node to stat()");
	QTemporaryDir dir;
	QVERIFY(dir.isValid());
	const QString link = dir.filePath(QStringLiteral("by-partlabel-demo"));
	QVERIFY(QFile::link(node, link));

	QStringList errors;
	QCOMPARE(resolveKioskDevices({link}, &errors), (QHash<dev_t, QString>{{number, link}}));
	QCOMPARE(errors, QStringList());

	QCOMPARE(resolveKioskDevices({node, link}, &errors), (QHash<dev_t, QString>{{number, node}}));
	QCOMPARE(errors, QStringList{QStringLiteral("Kiosk device %1 is the same device as %2.").arg(link, node)});
}

void TestKioskConfig::resolveRefusals()
{
	QTemporaryDir dir;
	QVERIFY(dir.isValid());
	const QString file = dir.filePath(QStringLiteral("file"));
	QVERIFY(writeFile(file, "not a device\n"));
	const QString missing = dir.filePath(QStringLiteral("missing"));
	const QString linkToNull = dir.filePath(QStringLiteral("null"));
	QVERIFY(QFile::link(QStringLiteral("/dev/null"), linkToNull));

	QStringList errors;
	QCOMPARE(resolveKioskDevices({file, missing, QStringLiteral("/dev/null"), linkToNull}, &errors), (QHash<dev_t, QString>{}));
	QCOMPARE(errors, (QStringList{
		QStringLiteral("Kiosk device %1 is not a block device.").arg(file),
		QStringLiteral("Kiosk device %1: No such file or directory.").arg(missing),
		QStringLiteral("Kiosk device /dev/null is not a block device."),
		QStringLiteral("Kiosk device %1 is not a block device.").arg(linkToNull),
	}));
}

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
