// SPDX-License-Identifier: GPL-2.0-or-later
// Where an export may go, by where its file's filesystem lives: the
// filesystems whose device number names no disk (btrfs, tmpfs, NFS), found
// through the mount the file was opened through, or not found at all.
#include "exporttarget.h"
#include "fakemachine.h"
#include "helpererror.h"

#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

class TestExportTarget : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void target_data();
	void target();
};

void TestExportTarget::target_data()
{
	QTest::addColumn<quint32>("fsMajor");     // the file's st_dev
	QTest::addColumn<quint32>("fsMinor");
	QTest::addColumn<quint32>("sourceMinor"); // of sda (major 8): the mount's source, 0 none
	QTest::addColumn<bool>("mountKnown");
	QTest::addColumn<bool>("inMemory");
	QTest::addColumn<QString>("refusal");     // empty: accepted
	// The original is sda1 (8:1), mounted.
	QTest::newRow("ext4 on sdb") << 8u << 16u << 16u << true << false << QString();
	QTest::newRow("ext4 on the original") << 8u << 1u << 1u << true << false << QStringLiteral("on /dev/sda1 itself");
	QTest::newRow("btrfs on sdb") << 0u << 40u << 16u << true << false << QString();
	QTest::newRow("btrfs on the original") << 0u << 40u << 1u << true << false << QStringLiteral("on /dev/sda1 itself");
	QTest::newRow("NFS: no source device") << 0u << 41u << 0u << true << false << QString();
	QTest::newRow("tmpfs, mount not found") << 0u << 42u << 0u << false << true << QString();
	QTest::newRow("btrfs, mount not found") << 0u << 40u << 0u << false << false << QStringLiteral("cannot be told");
	QTest::newRow("ext4, mount not found") << 8u << 16u << 0u << false << false << QString();
	QTest::newRow("ext4 on the original, mount not found") << 8u << 1u << 0u << false << false << QStringLiteral("on /dev/sda1 itself");
}

void TestExportTarget::target()
{
	QFETCH(quint32, fsMajor);
	QFETCH(quint32, fsMinor);
	QFETCH(quint32, sourceMinor);
	QFETCH(bool, mountKnown);
	QFETCH(bool, inMemory);
	QFETCH(QString, refusal);
	FakeMachine m;
	SessionRecord r;
	r.original = {makedev(8, 1), QStringLiteral("/dev/sda1")};
	OpenFileInfo f;
	f.mode = S_IFREG | 0600;
	f.flags = O_WRONLY;
	f.fsDev = makedev(fsMajor, fsMinor);
	f.sourceDev = sourceMinor ? makedev(8, sourceMinor) : 0;
	f.mountKnown = mountKnown;
	f.inMemory = inMemory;
	try {
		checkExportTarget(m, r, f);
		QVERIFY2(refusal.isEmpty(), "accepted");
	} catch (const HelperError &e) {
		QVERIFY2(!refusal.isEmpty(), qPrintable(e.message()));
		QCOMPARE(e.dbusName(), QStringLiteral("org.interposer.Error.InvalidArgument"));
		QVERIFY2(e.message().contains(QStringLiteral("/dev/sda1")), qPrintable(e.message()));
		QVERIFY2(e.message().contains(refusal), qPrintable(e.message()));
	}
}

QTEST_GUILESS_MAIN(TestExportTarget)
#include "tst_exporttarget.moc"
