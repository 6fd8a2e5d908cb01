// SPDX-License-Identifier: GPL-2.0-or-later
// Path resolution on real files: what is not a block device is refused
// with a sentence naming the path, whatever symlinks lead there.
#include "helpererror.h"
#include "mountbyid.h"
#include "sysblockinspector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <sys/stat.h>

class TestSysBlockInspector : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void refusals_data();
	void refusals();
	void directoryOfTheStore();
	void notADirectory();
	void swappedDirectoryIsNotFollowed();
	void mountFoundInTheSecondTable();
	void mountOfAnOpenFile();
};

void TestSysBlockInspector::refusals_data()
{
	QTest::addColumn<QString>("name"); // inside the temporary directory, or absolute
	QTest::addColumn<QString>("error");
	const QString inv = QStringLiteral("org.interposer.Error.InvalidArgument");
	const QString nf = QStringLiteral("org.interposer.Error.NotFound");
	QTest::newRow("regular file") << QStringLiteral("file") << inv;
	QTest::newRow("directory") << QStringLiteral("dir") << inv;
	QTest::newRow("character device") << QStringLiteral("/dev/null") << inv;
	QTest::newRow("symlink to a character device") << QStringLiteral("link-to-null") << inv;
	QTest::newRow("symlink to a file") << QStringLiteral("link-to-file") << inv;
	QTest::newRow("dangling symlink") << QStringLiteral("dangling") << nf;
	QTest::newRow("symlink loop") << QStringLiteral("loop-a") << inv;
	QTest::newRow("missing") << QStringLiteral("missing") << nf;
	QTest::newRow("through a file") << QStringLiteral("file/sub") << nf;
	QTest::newRow("relative") << QStringLiteral("relative:sda1") << inv;
	QTest::newRow("fifo") << QStringLiteral("fifo") << inv;
}

void TestSysBlockInspector::refusals()
{
	QFETCH(QString, name);
	QFETCH(QString, error);
	QTemporaryDir dir;
	QVERIFY(dir.isValid());
	const QString d = dir.path() + QLatin1Char('/');
	QFile f(d + QStringLiteral("file"));
	QVERIFY(f.open(QIODevice::WriteOnly));
	f.close();
	QVERIFY(QDir().mkdir(d + QStringLiteral("dir")));
	QVERIFY(QFile::link(QStringLiteral("/dev/null"), d + QStringLiteral("link-to-null")));
	QVERIFY(QFile::link(d + QStringLiteral("file"), d + QStringLiteral("link-to-file")));
	QVERIFY(QFile::link(d + QStringLiteral("nothing"), d + QStringLiteral("dangling")));
	QVERIFY(QFile::link(d + QStringLiteral("loop-b"), d + QStringLiteral("loop-a")));
	QVERIFY(QFile::link(d + QStringLiteral("loop-a"), d + QStringLiteral("loop-b")));
	QCOMPARE(mkfifo(QFile::encodeName(d + QStringLiteral("fifo")).constData(), 0600), 0);

	QString path = name.startsWith(QLatin1Char('/')) ? name : d + name;
	if (name.startsWith(QLatin1String("relative:")))
		path = name.mid(9);
	SysBlockInspector inspector;
	try {
		inspector.resolveBlockDevice(path);
		QFAIL("accepted");
	} catch (const HelperError &e) {
		QCOMPARE(e.dbusName(), error);
		QVERIFY2(e.message().contains(path), qPrintable(e.message()));
	}
}

void TestSysBlockInspector::directoryOfTheStore()
{
	QTemporaryDir dir;
	QVERIFY(QFile::link(dir.path(), dir.path() + QStringLiteral("-link")));
	SysBlockInspector inspector;
	QVERIFY(inspector.isDirectory(dir.path() + QStringLiteral("-link")));
	const DirectoryInfo info = inspector.directory(dir.path() + QStringLiteral("-link"));
	QFile::remove(dir.path() + QStringLiteral("-link"));
	QCOMPARE(info.path, QFileInfo(dir.path()).canonicalFilePath()); // the link resolved
	QVERIFY(info.fsDev != 0);
	QVERIFY(info.freeBytes > 0);
}

void TestSysBlockInspector::notADirectory()
{
	SysBlockInspector inspector;
	QVERIFY(!inspector.isDirectory(QStringLiteral("/dev/null")));
	QVERIFY(!inspector.isDirectory(QStringLiteral("relative")));
	QVERIFY_THROWS_EXCEPTION(HelperError, inspector.directory(QStringLiteral("/dev/null")));
}

// The time-of-check/time-of-use defence of directory stores (issue 16):
// while polkit asks, the caller renames the checked directory away and
// puts another in its place. The helper checks again, and makes the store,
// through the directory it opened (Manager::Attach passes /proc/self/fd/N),
// so the swap changes nothing.
void TestSysBlockInspector::swappedDirectoryIsNotFollowed()
{
	QTemporaryDir parent;
	const QString store = parent.filePath(QStringLiteral("store"));
	const QString moved = parent.filePath(QStringLiteral("moved"));
	QVERIFY(QDir().mkdir(store));
	SysBlockInspector inspector;
	const DirectoryInfo checked = inspector.directory(store);
	QVERIFY(checked.pin && checked.pin->valid());
	QVERIFY(QDir().rename(store, moved));
	QVERIFY(QDir().mkdir(store)); // the impostor
	const DirectoryInfo again =
		inspector.directory(QStringLiteral("/proc/self/fd/%1").arg(checked.pin->get()));
	QCOMPARE(again.path, QFileInfo(moved).canonicalFilePath());
	QCOMPARE(again.fsDev, checked.fsDev);
}

// The caller's file came through a mount of the caller's namespace: not in
// the helper's table (the first), in the machine's (the second). Its
// source is a block device node; a tmpfs has none.
void TestSysBlockInspector::mountFoundInTheSecondTable()
{
	QTemporaryDir dir;
	QVERIFY(dir.isValid());
	struct stat null{};
	QVERIFY(::stat("/dev/null", &null) == 0); // a node that exists, not a block device
	const QString helpers = dir.filePath(QStringLiteral("helper-mountinfo"));
	const QString machines = dir.filePath(QStringLiteral("machine-mountinfo"));
	QFile a(helpers), b(machines);
	QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
	a.write("1022 1001 0:40 / /home rw - btrfs /dev/loop-nonexistent rw\n"
		"1023 1001 0:41 / /tmp rw - tmpfs tmpfs rw\n");
	b.write("22 1 0:40 / /home rw - btrfs /dev/loop-nonexistent rw\n"
		"23 1 0:41 / /tmp rw - tmpfs tmpfs rw\n"
		"24 1 0:42 / /srv rw - btrfs /dev/null rw\n");
	a.close();
	b.close();
	const QStringList both = {helpers, machines};
	QVERIFY(!findMountById(22, {helpers}).found);
	QVERIFY(findMountById(22, both).found);
	QCOMPARE(findMountById(22, both).source, dev_t(0)); // the node does not exist
	QVERIFY(findMountById(1023, both).found);
	QCOMPARE(findMountById(1023, both).source, dev_t(0)); // tmpfs: no node
	QVERIFY(findMountById(24, both).found);
	QCOMPARE(findMountById(24, both).source, dev_t(0)); // a node, not a block device
	QVERIFY(!findMountById(99, both).found);
	QVERIFY(!findMountById(-1, both).found);
}

// A real file: the mount its descriptor came through is in this process's
// own table, and openFile says so.
void TestSysBlockInspector::mountOfAnOpenFile()
{
	QTemporaryFile file;
	QVERIFY(file.open());
	const int id = mountIdOf(file.handle());
	QVERIFY(id >= 0);
	QVERIFY(findMountById(id, {QStringLiteral("/proc/self/mountinfo")}).found);
	QVERIFY(SysBlockInspector().openFile(file.handle()).mountKnown);
	QCOMPARE(mountIdOf(-1), -1);
}

QTEST_GUILESS_MAIN(TestSysBlockInspector)
#include "tst_sysblockinspector.moc"
