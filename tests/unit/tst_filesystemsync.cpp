// SPDX-License-Identifier: GPL-2.0-or-later
// Which mount the helper syncs before a freeze: a mount point of the
// device, from a mountinfo file, that leads to the device's filesystem
// when opened; not one that the sandbox or a later mount covers.
#include "filesystemsync.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>

class TestFilesystemSync : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void initTestCase();
	void mountPoint_data();
	void mountPoint();
	void unreadableMountinfo();

private:
	QTemporaryDir m_dir;    // a real directory, on the filesystem of device m_dev
	dev_t m_dev = 0;
	dev_t m_procDev = 0;    // /proc's, another filesystem
};

void TestFilesystemSync::initTestCase()
{
	QVERIFY(m_dir.isValid());
	QDir(m_dir.path()).mkdir(QStringLiteral("my data"));
	struct stat st{};
	QVERIFY(::stat(QFile::encodeName(m_dir.path()).constData(), &st) == 0);
	m_dev = st.st_dev;
	QVERIFY(::stat("/proc", &st) == 0);
	m_procDev = st.st_dev;
	QVERIFY(m_dev != m_procDev);
}

void TestFilesystemSync::mountPoint_data()
{
	QTest::addColumn<QString>("mountinfo"); // @DIR@ the directory, @DEV@ its device, @PROC@ /proc's
	QTest::addColumn<QString>("expected");  // @DIR@ the directory
	QTest::addColumn<bool>("mounted");
	// Lines as the kernel writes them (proc(5)): field 3 is major:minor,
	// a space in a path is \040.
	QTest::newRow("the mount point")
		<< QStringLiteral("22 1 @DEV@ / @DIR@ rw - ext4 /dev/vda1 rw\n") << QStringLiteral("@DIR@") << true;
	QTest::newRow("an escaped space")
		<< QStringLiteral("22 1 @DEV@ / @DIR@/my\\040data rw - ext4 /dev/vda1 rw\n")
		<< QStringLiteral("@DIR@/my data") << true;
	QTest::newRow("mounted twice: the last")
		<< QStringLiteral("22 1 @DEV@ / @DIR@ rw - ext4 /dev/vda1 rw\n"
				  "23 1 @DEV@ / @DIR@/my\\040data rw - ext4 /dev/vda1 rw\n")
		<< QStringLiteral("@DIR@/my data") << true;
	// /proc is another filesystem: as /home is under ProtectHome.
	QTest::newRow("the last is covered: the one before")
		<< QStringLiteral("22 1 @DEV@ / @DIR@ rw - ext4 /dev/vda1 rw\n"
				  "23 1 @DEV@ / /proc rw - ext4 /dev/vda1 rw\n")
		<< QStringLiteral("@DIR@") << true;
	QTest::newRow("covered everywhere: mounted, not reachable")
		<< QStringLiteral("23 1 @DEV@ / /proc rw - ext4 /dev/vda1 rw\n") << QString() << true;
	QTest::newRow("not mounted")
		<< QStringLiteral("30 1 @PROC@ / /proc rw - proc proc rw\n") << QString() << false;
}

void TestFilesystemSync::mountPoint()
{
	QFETCH(QString, mountinfo);
	QFETCH(QString, expected);
	QFETCH(bool, mounted);
	QTemporaryFile file;
	QVERIFY(file.open());
	const auto devText = [](dev_t d) { return QStringLiteral("%1:%2").arg(major(d)).arg(minor(d)); };
	file.write(QString(mountinfo)
			   .replace(QStringLiteral("@DIR@"), m_dir.path())
			   .replace(QStringLiteral("@DEV@"), devText(m_dev))
			   .replace(QStringLiteral("@PROC@"), devText(m_procDev))
			   .toUtf8());
	file.close();
	bool isMounted = !mounted;
	QCOMPARE(FilesystemSync::reachableMountPointOf(m_dev, file.fileName(), &isMounted),
		 QString(expected).replace(QStringLiteral("@DIR@"), m_dir.path()));
	QCOMPARE(isMounted, mounted);
}

void TestFilesystemSync::unreadableMountinfo()
{
	bool mounted = true;
	QCOMPARE(FilesystemSync::reachableMountPointOf(m_dev, QStringLiteral("/nonexistent/mountinfo"), &mounted),
		 QString());
	QVERIFY(!mounted);
}

QTEST_GUILESS_MAIN(TestFilesystemSync)
#include "tst_filesystemsync.moc"
