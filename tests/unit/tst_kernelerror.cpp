// SPDX-License-Identifier: GPL-2.0-or-later
// What the helper says for each errno the module returns for the commands
// it uses (kmod's uapi header): the D-Bus error kind, and a sentence that
// names the command, the device, the interposer where it matters, and the
// reason. The VM scenarios produce most of these errnos from the real
// module; ETXTBSY and EAGAIN need a rival ftrace user at the wrong moment,
// so their sentences are only checked here.
#include "helpererror.h"
#include "kernelerror.h"

#include <QTest>
#include <cerrno>
#include <cstring>

#include "blkinterposer.h"

using Kind = HelperError::Kind;
Q_DECLARE_METATYPE(HelperError::Kind)
Q_DECLARE_METATYPE(KernelCommand)

class TestKernelError : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void sentence_data();
	void sentence();
};

void TestKernelError::sentence_data()
{
	QTest::addColumn<KernelCommand>("command");
	QTest::addColumn<int>("err");
	QTest::addColumn<Kind>("kind");
	QTest::addColumn<QString>("sentence");

	const auto row = [](const char *name, KernelCommand command, int err, Kind kind, const QString &sentence) {
		QTest::newRow(name) << command << err << kind << sentence;
	};
	using C = KernelCommand;
	row("attach EPERM", C::Attach, EPERM, Kind::KernelModule,
	    QStringLiteral("The kernel refused to attach /dev/vdb1: the helper lacks CAP_SYS_ADMIN."));
	row("detach EACCES", C::Detach, EACCES, Kind::KernelModule,
	    QStringLiteral("The kernel refused to detach /dev/vdb1: the helper lacks CAP_SYS_ADMIN."));
	row("bypass ENXIO", C::CreateBypass, ENXIO, Kind::NotFound,
	    QStringLiteral("Cannot create a bypass for /dev/vdb1: the kernel has no such block device."));
	row("attach EMEDIUMTYPE", C::Attach, EMEDIUMTYPE, Kind::InvalidArgument,
	    QStringLiteral("Cannot attach /dev/vdb1: /dev/mapper/web is not a device-mapper device."));
	row("attach ENOSPC", C::Attach, ENOSPC, Kind::InvalidArgument,
	    QStringLiteral("Cannot attach /dev/vdb1: /dev/mapper/web is smaller than it."));
	row("attach EEXIST", C::Attach, EEXIST, Kind::Busy,
	    QStringLiteral("Cannot attach /dev/vdb1: it is already interposed."));
	row("bypass EEXIST", C::CreateBypass, EEXIST, Kind::Busy,
	    QStringLiteral("Cannot create a bypass for /dev/vdb1: it already has one."));
	row("attach ELOOP", C::Attach, ELOOP, Kind::InvalidArgument,
	    QStringLiteral("Cannot attach /dev/vdb1 to /dev/mapper/web: one of them is a bypass or an interposer, or /dev/mapper/web is built on /dev/vdb1."));
	row("bypass ELOOP", C::CreateBypass, ELOOP, Kind::InvalidArgument,
	    QStringLiteral("Cannot create a bypass for /dev/vdb1: it is itself a bypass or an interposer."));
	row("bypass EISDIR", C::CreateBypass, EISDIR, Kind::InvalidArgument,
	    QStringLiteral("Cannot create a bypass for /dev/vdb1: it is a whole disk with partitions; choose a partition."));
	row("attach EBUSY", C::Attach, EBUSY, Kind::Busy,
	    QStringLiteral("Cannot attach /dev/vdb1: /dev/mapper/web already receives another device's bios, or the filesystem on /dev/vdb1 is frozen by someone else."));
	row("bypass EBUSY", C::CreateBypass, EBUSY, Kind::Busy,
	    QStringLiteral("Cannot create a bypass for /dev/vdb1: it is mounted, and this kernel forbids writing to mounted block devices (it was booted with bdev_allow_write_mounted=0); Interposer cannot work on it until it is unmounted or the machine boots without that setting."));
	row("bypass EOPNOTSUPP", C::CreateBypass, EOPNOTSUPP, Kind::NotSupported,
	    QStringLiteral("Cannot create a bypass for /dev/vdb1: it is a zoned device (host-managed SMR or NVMe ZNS), which Interposer does not support."));
	row("attach EOPNOTSUPP", C::Attach, EOPNOTSUPP, Kind::NotSupported,
	    QStringLiteral("Cannot attach /dev/vdb1: it is a zoned device (host-managed SMR or NVMe ZNS), which Interposer does not support."));
	row("destroy EBUSY", C::DestroyBypass, EBUSY, Kind::Busy,
	    QStringLiteral("Cannot remove the bypass of /dev/vdb1: the bypass is still open (a device-mapper table uses it)."));
	row("freeze EBUSY", C::Freeze, EBUSY, Kind::Busy,
	    QStringLiteral("Cannot freeze the filesystem on /dev/vdb1: its filesystem is frozen by someone else (fsfreeze)."));
	row("attach ETXTBSY", C::Attach, ETXTBSY, Kind::KernelModule,
	    QStringLiteral("Cannot attach /dev/vdb1: another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first."));
	row("attach EAGAIN", C::Attach, EAGAIN, Kind::Busy,
	    QStringLiteral("Cannot attach /dev/vdb1: the kernel is busy with its hook on submit_bio_noacct() (a BPF program is attaching to it); try again."));
	row("detach ENOENT", C::Detach, ENOENT, Kind::NotFound,
	    QStringLiteral("Cannot detach /dev/vdb1: it is not interposed."));
	row("destroy ENOENT", C::DestroyBypass, ENOENT, Kind::NotFound,
	    QStringLiteral("Cannot remove the bypass of /dev/vdb1: it has none."));
	row("attach ENOTTY", C::Attach, ENOTTY, Kind::KernelModule,
	    QStringLiteral("Cannot attach /dev/vdb1: the loaded blkinterposer module does not speak ABI version %1.").arg(BLKINTERPOSER_ABI_VERSION));
	row("freeze EMSGSIZE", C::Freeze, EMSGSIZE, Kind::KernelModule,
	    QStringLiteral("Cannot freeze the filesystem on /dev/vdb1: the loaded blkinterposer module does not speak ABI version %1.").arg(BLKINTERPOSER_ABI_VERSION));
	// Whatever the locale's words for it.
	row("attach ENOMEM", C::Attach, ENOMEM, Kind::Failed,
	    QStringLiteral("Cannot attach /dev/vdb1: %1.").arg(QString::fromLocal8Bit(strerror(ENOMEM))));
}

void TestKernelError::sentence()
{
	QFETCH(KernelCommand, command);
	QFETCH(int, err);
	QFETCH(Kind, kind);
	QFETCH(QString, sentence);
	const BlockRef original{0, QStringLiteral("/dev/vdb1")};
	const BlockRef interposer{0, QStringLiteral("/dev/mapper/web")};

	try {
		throwKernelError(command, err, original,
				 command == KernelCommand::Attach ? &interposer : nullptr);
	} catch (const HelperError &e) {
		QCOMPARE(e.message(), sentence);
		QCOMPARE(e.kind(), kind);
		return;
	}
	QFAIL("throwKernelError returned");
}

QTEST_GUILESS_MAIN(TestKernelError)
#include "tst_kernelerror.moc"
