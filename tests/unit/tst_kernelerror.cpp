// SPDX-License-Identifier: GPL-2.0-or-later
// What the helper says for each errno the module returns (kmod's uapi
// header): the D-Bus error kind, and a sentence that names the device, the
// second device where the command has one, and the reason. The VM
// scenarios produce most of these errnos from the real module; ETXTBSY and
// EAGAIN need a rival ftrace user at the wrong moment, so their sentences
// are only checked here.
#include "helpererror.h"
#include "kernelerror.h"

#include <QTest>
#include <cerrno>

using Kind = HelperError::Kind;
Q_DECLARE_METATYPE(HelperError::Kind)

class TestKernelError : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void sentence_data();
	void sentence();
};

void TestKernelError::sentence_data()
{
	QTest::addColumn<int>("err");
	QTest::addColumn<Kind>("kind");
	QTest::addColumn<QString>("reason");

	QTest::newRow("EPERM") << EPERM << Kind::KernelModule << QStringLiteral("lacks CAP_SYS_ADMIN");
	QTest::newRow("EACCES") << EACCES << Kind::KernelModule << QStringLiteral("lacks CAP_SYS_ADMIN");
	QTest::newRow("ENXIO") << ENXIO << Kind::NotFound << QStringLiteral("no such block device");
	QTest::newRow("EMEDIUMTYPE") << EMEDIUMTYPE << Kind::InvalidArgument
				     << QStringLiteral("/dev/mapper/web is not a device-mapper device");
	QTest::newRow("ENOSPC") << ENOSPC << Kind::InvalidArgument
				<< QStringLiteral("/dev/mapper/web is smaller than it");
	QTest::newRow("EEXIST") << EEXIST << Kind::Busy << QStringLiteral("already interposed");
	QTest::newRow("ELOOP") << ELOOP << Kind::InvalidArgument << QStringLiteral("itself a bypass or an interposer");
	QTest::newRow("EISDIR") << EISDIR << Kind::InvalidArgument << QStringLiteral("whole disk with partitions");
	QTest::newRow("EBUSY") << EBUSY << Kind::Busy << QStringLiteral("in use");
	QTest::newRow("ETXTBSY") << ETXTBSY << Kind::KernelModule
				 << QStringLiteral("another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first");
	QTest::newRow("EAGAIN") << EAGAIN << Kind::Busy << QStringLiteral("try again");
	QTest::newRow("ENOENT") << ENOENT << Kind::NotFound << QStringLiteral("has nothing of it");
	QTest::newRow("ENOTTY") << ENOTTY << Kind::KernelModule << QStringLiteral("does not speak ABI version");
	QTest::newRow("EMSGSIZE") << EMSGSIZE << Kind::KernelModule << QStringLiteral("does not speak ABI version");
	QTest::newRow("ENOMEM") << ENOMEM << Kind::Failed << QStringLiteral("Cannot allocate memory");
}

void TestKernelError::sentence()
{
	QFETCH(int, err);
	QFETCH(Kind, kind);
	QFETCH(QString, reason);
	const BlockRef original{0, QStringLiteral("/dev/vdb1")};
	const BlockRef interposer{0, QStringLiteral("/dev/mapper/web")};

	try {
		throwKernelError("attach", err, original, &interposer);
	} catch (const HelperError &e) {
		QCOMPARE(e.kind(), kind);
		QVERIFY2(e.message().contains(QLatin1String("attach /dev/vdb1")), qPrintable(e.message()));
		QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
		QVERIFY2(e.message().endsWith(QLatin1Char('.')), qPrintable(e.message()));
		return;
	}
	QFAIL("throwKernelError returned");
}

QTEST_GUILESS_MAIN(TestKernelError)
#include "tst_kernelerror.moc"
