// SPDX-License-Identifier: GPL-2.0-or-later
// What `interposerctl list` prints, from the core model over an invented
// machine in umockdev (run under umockdev-wrapper):
//   sda  (sda1 xfs on a mount point with a tab and a comma, interposed
//         through ipbypass0 + dm-1 "interposer-8_1"; sda2 swap)
//   loop0 (empty)
#include "blockdevicemodel.h"
#include "listing.h"
#include "testbed.h"
#include "udevclient.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sys/sysmacros.h>

class TestListing : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void initTestCase();
	void init();
	void cleanup();

	void textHasOneLinePerRowInTreeOrder();
	void textWithoutSessions();
	void jsonNestsPartitionsAndSessionDevices();

private:
	std::unique_ptr<Testbed> m_bed;
	QTemporaryDir m_dir;
	std::unique_ptr<UdevClient> m_udev;
	std::unique_ptr<BlockDeviceModel> m_model;
};

void TestListing::initTestCase()
{
	QVERIFY2(Testbed::inMockEnvironment(), "run this test under umockdev-wrapper");
	QVERIFY(m_dir.isValid());
}

void TestListing::init()
{
	m_bed = std::make_unique<Testbed>();
	constexpr quint64 GiB = 1ull << 30;
	m_bed->addBlock("sda", {}, 8, 0, 20 * GiB, QStringLiteral("disk"), {{"ID_MODEL", QStringLiteral("WDC_WD20")}});
	m_bed->addBlock("sda1", QStringLiteral("sda"), 8, 1, 16 * GiB, QStringLiteral("partition"),
			{{"ID_FS_TYPE", QStringLiteral("xfs")}, {"ID_FS_LABEL", QStringLiteral("data")},
			 {"ID_FS_UUID", QStringLiteral("5a1e-da7a")}});
	m_bed->addBlock("sda2", QStringLiteral("sda"), 8, 2, 4 * GiB, QStringLiteral("partition"),
			{{"ID_FS_TYPE", QStringLiteral("swap")}});
	m_bed->addBlock("loop0", {}, 7, 0, GiB, QStringLiteral("disk"));
	m_bed->addBlock("ipbypass0", {}, 252, 0, 16 * GiB, QStringLiteral("disk"));
	m_bed->addBlock("dm-1", {}, 253, 1, 16 * GiB, QStringLiteral("disk"),
			{{"DM_NAME", QStringLiteral("interposer-8_1")}});
	m_bed->stack(QStringLiteral("dm-1"), QStringLiteral("ipbypass0"));
	m_bed->setMappings(QStringLiteral("8:1 bypass=252:0 interposer=253:1 state=bypass,attached redirected=7\n"));
	// mountinfo escapes the tab as \011; libmount undoes it.
	writeMountFiles(m_dir.path(), QStringLiteral("24 1 8:1 / /srv/a\\011b,c rw,relatime shared:3 - xfs /dev/sda1 rw\n"),
			QStringLiteral("/dev/sda2                               partition\t4194300\t0\t-2\n"));
	m_udev = std::make_unique<UdevClient>();
	QVERIFY(m_udev->isValid());
	m_model = std::make_unique<BlockDeviceModel>(
		m_udev.get(), nullptr,
		MountSources{m_dir.filePath(QStringLiteral("mountinfo")), m_dir.filePath(QStringLiteral("swaps"))});
	SessionInfo s;
	s.device = QStringLiteral("/dev/sda1");
	s.deviceNumber = makedev(8, 1);
	s.kind = Kind::Delay;
	s.kindName = QStringLiteral("delay");
	s.state = SessionState::Active;
	s.stateName = QStringLiteral("active");
	s.interposer = QStringLiteral("/dev/mapper/interposer-8_1");
	s.options = {{QStringLiteral("read-ms"), 50u}};
	s.path = QDBusObjectPath(QStringLiteral("/org/interposer/Helper1/sessions/8_1"));
	m_model->setSessions({s});
}

void TestListing::cleanup()
{
	m_model.reset();
	m_udev.reset();
	m_bed.reset();
}

void TestListing::textHasOneLinePerRowInTreeOrder()
{
	// The tab and the comma of the mount point are escaped as mountinfo
	// does, so a script can split on both; the bypass and interposer are
	// no lines of their own.
	QCOMPARE(deviceListText(*m_model),
		 QStringLiteral("/dev/loop0\tloop\t1073741824\t-\t-\t-\t-\t-\n"
				"/dev/sda\tdisk\t21474836480\t-\t-\t-\t-\t-\n"
				"/dev/sda1\tpartition\t17179869184\txfs\t/srv/a\\011b\\054c\tdelay\tactive\t/dev/mapper/interposer-8_1\n"
				"/dev/sda2\tpartition\t4294967296\tswap\t[SWAP]\t-\t-\t-\n"));
}

void TestListing::textWithoutSessions()
{
	m_model->setSessions({});
	const QStringList lines = deviceListText(*m_model).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
	QCOMPARE(lines.size(), 4);
	QCOMPARE(lines[2], QStringLiteral("/dev/sda1\tpartition\t17179869184\txfs\t/srv/a\\011b\\054c\t-\t-\t-"));
}

void TestListing::jsonNestsPartitionsAndSessionDevices()
{
	const QJsonArray disks = deviceListJson(*m_model);
	QCOMPARE(disks.size(), 2);
	const QJsonObject loop = disks[0].toObject();
	QCOMPARE(loop[QStringLiteral("node")].toString(), QStringLiteral("/dev/loop0"));
	QCOMPARE(loop[QStringLiteral("type")].toString(), QStringLiteral("loop"));
	QVERIFY(loop[QStringLiteral("session")].isNull());
	QCOMPARE(loop[QStringLiteral("partitions")].toArray().size(), 0);

	const QJsonObject sda = disks[1].toObject();
	QCOMPARE(sda[QStringLiteral("device-number")].toString(), QStringLiteral("8:0"));
	QCOMPARE(sda[QStringLiteral("model")].toString(), QStringLiteral("WDC WD20")); // ID_MODEL's _ read back as spaces
	const QJsonArray partitions = sda[QStringLiteral("partitions")].toArray();
	QCOMPARE(partitions.size(), 2);
	const QJsonObject sda1 = partitions[0].toObject();
	QCOMPARE(sda1[QStringLiteral("name")].toString(), QStringLiteral("sda1"));
	QCOMPARE(sda1[QStringLiteral("size-bytes")].toInteger(), 16ll << 30);
	QCOMPARE(sda1[QStringLiteral("label")].toString(), QStringLiteral("data"));
	QCOMPARE(sda1[QStringLiteral("uuid")].toString(), QStringLiteral("5a1e-da7a"));
	QCOMPARE(sda1[QStringLiteral("mount-points")].toArray(), QJsonArray{QStringLiteral("/srv/a\tb,c")});
	QCOMPARE(sda1[QStringLiteral("read-only")].toBool(true), false);
	const QJsonObject session = sda1[QStringLiteral("session")].toObject();
	QCOMPARE(session[QStringLiteral("kind")].toString(), QStringLiteral("delay"));
	QCOMPARE(session[QStringLiteral("options")].toObject()[QStringLiteral("read-ms")].toInt(), 50);
	QCOMPARE(session[QStringLiteral("session")].toString(), QStringLiteral("/org/interposer/Helper1/sessions/8_1"));
	const QJsonArray parts = sda1[QStringLiteral("session-devices")].toArray();
	QCOMPARE(parts.size(), 2);
	QStringList roles;
	for (const QJsonValue &part : parts)
		roles << part[QStringLiteral("role")].toString() + QLatin1Char('=') + part[QStringLiteral("device-number")].toString();
	roles.sort();
	QCOMPARE(roles, (QStringList{QStringLiteral("bypass=252:0"), QStringLiteral("interposer=253:1")}));

	const QJsonObject sda2 = partitions[1].toObject();
	QCOMPARE(sda2[QStringLiteral("swap")].toBool(), true);
	QCOMPARE(sda2[QStringLiteral("mount-points")].toArray().size(), 0);
	QVERIFY(sda2[QStringLiteral("session")].isNull());

	// What the program prints is valid JSON that reads back the same.
	const QByteArray printed = QJsonDocument(disks).toJson();
	QCOMPARE(QJsonDocument::fromJson(printed).array(), disks);
}

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"
