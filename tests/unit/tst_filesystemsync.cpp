// SPDX-License-Identifier: GPL-2.0-or-later
// Which mount the helper syncs before a freeze: the filesystem whose
// device number is the device's, from a mountinfo file.
#include "filesystemsync.h"

#include <QTemporaryFile>
#include <QTest>
#include <sys/sysmacros.h>

class TestFilesystemSync : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void mountPoint_data();
	void mountPoint();
	void unreadableMountinfo();
};

// Lines as the kernel writes them (proc(5)); field 3 is major:minor.
static const char mountinfo[] =
	"22 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw\n"
	"30 22 0:25 / /proc rw,nosuid shared:12 - proc proc rw\n"
	"41 22 254:17 / /srv/my\\040data rw,relatime shared:20 - xfs /dev/vdb1 rw\n"
	"42 22 259:3 / /mnt/first rw - ext4 /dev/nvme0n1p3 rw\n"
	"43 22 259:3 /sub /mnt/again rw - ext4 /dev/nvme0n1p3 rw\n";

void TestFilesystemSync::mountPoint_data()
{
	QTest::addColumn<quint32>("major");
	QTest::addColumn<quint32>("minor");
	QTest::addColumn<QString>("target");
	QTest::newRow("root") << 254u << 1u << QStringLiteral("/");
	QTest::newRow("escaped space") << 254u << 17u << QStringLiteral("/srv/my data");
	QTest::newRow("mounted twice: the last") << 259u << 3u << QStringLiteral("/mnt/again");
	QTest::newRow("not mounted") << 254u << 2u << QString();
	QTest::newRow("same minor, other major") << 8u << 1u << QString();
}

void TestFilesystemSync::mountPoint()
{
	QFETCH(quint32, major);
	QFETCH(quint32, minor);
	QFETCH(QString, target);
	QTemporaryFile file;
	QVERIFY(file.open());
	file.write(mountinfo);
	file.close();
	QCOMPARE(FilesystemSync::mountPointOf(makedev(major, minor), file.fileName()), target);
}

void TestFilesystemSync::unreadableMountinfo()
{
	QCOMPARE(FilesystemSync::mountPointOf(makedev(254, 1), QStringLiteral("/nonexistent/mountinfo")),
		 QString());
}

QTEST_GUILESS_MAIN(TestFilesystemSync)
#include "tst_filesystemsync.moc"
