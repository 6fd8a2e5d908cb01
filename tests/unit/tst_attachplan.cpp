// SPDX-License-Identifier: GPL-2.0-or-later
// Every refusal of Attach's validation (DESIGN.md §4), on an invented
// machine: the right org.interposer.Error.*, a sentence that names the
// device, and nothing changed.
#include "attachplan.h"
#include "fakemachine.h"
#include "helpererror.h"

#include <QTest>
#include <sys/sysmacros.h>

using Opts = QVariantMap;
Q_DECLARE_METATYPE(QVariantMap)

class TestAttachPlan : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void refusals_data();
	void refusals();
	void accepted_data();
	void accepted();
	void directoryStoreLeavesHalfTheFreeSpace();
	void directoryStoreLeavesAReserve();
	void directoryStoreForASmallOriginal();
	void nothingOpenedExclusivelyBeforeAuthorization();
	void overwriteAllowsAStoreWithASignature();
};

void TestAttachPlan::refusals_data()
{
	QTest::addColumn<QString>("device");
	QTest::addColumn<QString>("kind");
	QTest::addColumn<QVariantMap>("options");
	QTest::addColumn<QString>("error");
	QTest::addColumn<QString>("mentions");

	const QString inv = QStringLiteral("org.interposer.Error.InvalidArgument");
	const QString nf = QStringLiteral("org.interposer.Error.NotFound");
	const QString busy = QStringLiteral("org.interposer.Error.Busy");
	const QString lin = QStringLiteral("linear"), del = QStringLiteral("delay"),
		      fl = QStringLiteral("flakey"), snap = QStringLiteral("snapshot");
	const QString sda1 = QStringLiteral("/dev/sda1"), sda2 = QStringLiteral("/dev/sda2"),
		      sdb = QStringLiteral("/dev/sdb");
	auto store = [](const QString &s) { return Opts{{QStringLiteral("store"), s}}; };
	auto with = [](Opts o, const QString &k, const QVariant &v) { o.insert(k, v); return o; };
	const Opts flakeyOk{{QStringLiteral("up-seconds"), 5u}, {QStringLiteral("down-seconds"), 5u}};

	// The device itself.
	QTest::newRow("relative path") << QStringLiteral("sda1") << lin << Opts{} << inv << QStringLiteral("sda1");
	QTest::newRow("missing path") << QStringLiteral("/dev/nope") << lin << Opts{} << nf << QStringLiteral("/dev/nope");
	QTest::newRow("regular file") << QStringLiteral("/etc/passwd") << lin << Opts{} << inv << QStringLiteral("/etc/passwd");
	QTest::newRow("character device") << QStringLiteral("/dev/null") << lin << Opts{} << inv << QStringLiteral("/dev/null");
	QTest::newRow("directory") << QStringLiteral("/store") << lin << Opts{} << inv << QStringLiteral("/store");
	QTest::newRow("dm by mapper name") << QStringLiteral("/dev/mapper/vg-data") << lin << Opts{} << inv << QStringLiteral("vg-data");
	QTest::newRow("dm by kernel name") << QStringLiteral("/dev/dm-0") << lin << Opts{} << inv << QStringLiteral("/dev/dm-0");
	QTest::newRow("bypass") << QStringLiteral("/dev/ipbypass7") << lin << Opts{} << inv << QStringLiteral("/dev/ipbypass7");
	QTest::newRow("interposer of a session") << QStringLiteral("/dev/dm-9") << lin << Opts{} << inv << QStringLiteral("/dev/dm-9");
	QTest::newRow("whole disk with partitions") << QStringLiteral("/dev/sda") << lin << Opts{} << inv << QStringLiteral("/dev/sda");
	QTest::newRow("no medium") << QStringLiteral("/dev/sr0") << lin << Opts{} << inv << QStringLiteral("/dev/sr0");
	QTest::newRow("read-only") << QStringLiteral("/dev/sdd") << lin << Opts{} << inv << QStringLiteral("/dev/sdd");
	QTest::newRow("already interposed") << sda2 << lin << Opts{} << busy << sda2;
	QTest::newRow("already interposed, other name") << QStringLiteral("/dev/disk/by-uuid/2222-bbbb") << lin << Opts{} << busy << QStringLiteral("2222-bbbb");

	// Kinds and options.
	QTest::newRow("unknown kind") << sda1 << QStringLiteral("mirror") << Opts{} << inv << QStringLiteral("mirror");
	QTest::newRow("empty kind") << sda1 << QString() << Opts{} << inv << sda1;
	QTest::newRow("kind in capitals") << sda1 << QStringLiteral("LINEAR") << Opts{} << inv << QStringLiteral("LINEAR");
	QTest::newRow("option of another kind") << sda1 << lin << Opts{{QStringLiteral("read-ms"), 5u}} << inv << QStringLiteral("read-ms");
	QTest::newRow("unknown option") << sda1 << del << Opts{{QStringLiteral("read-ms"), 5u}, {QStringLiteral("speed"), 5u}} << inv << QStringLiteral("speed");
	QTest::newRow("no-interaction not a boolean") << sda1 << lin << Opts{{QStringLiteral("auth.no_user_interaction"), QStringLiteral("yes")}} << inv << QStringLiteral("auth.no_user_interaction");
	QTest::newRow("delay without delays") << sda1 << del << Opts{} << inv << sda1;
	QTest::newRow("delay of zero") << sda1 << del << Opts{{QStringLiteral("read-ms"), 0u}, {QStringLiteral("write-ms"), 0u}} << inv << sda1;
	QTest::newRow("huge delay") << sda1 << del << Opts{{QStringLiteral("read-ms"), 60001u}} << inv << QStringLiteral("60000");
	QTest::newRow("negative-looking delay") << sda1 << del << Opts{{QStringLiteral("write-ms"), uint(-5)}} << inv << QStringLiteral("4294967291");
	QTest::newRow("delay as signed int") << sda1 << del << Opts{{QStringLiteral("read-ms"), -5}} << inv << QStringLiteral("read-ms");
	QTest::newRow("delay as string") << sda1 << del << Opts{{QStringLiteral("read-ms"), QStringLiteral("50")}} << inv << QStringLiteral("read-ms");
	QTest::newRow("delay as uint64") << sda1 << del << Opts{{QStringLiteral("flush-ms"), QVariant::fromValue<qulonglong>(5)}} << inv << QStringLiteral("flush-ms");
	QTest::newRow("flakey without down") << sda1 << fl << Opts{{QStringLiteral("up-seconds"), 5u}} << inv << QStringLiteral("down-seconds");
	QTest::newRow("flakey never down") << sda1 << fl << with(flakeyOk, QStringLiteral("down-seconds"), 0u) << inv << QStringLiteral("down-seconds");
	QTest::newRow("flakey up too long") << sda1 << fl << with(flakeyOk, QStringLiteral("up-seconds"), 86401u) << inv << QStringLiteral("up-seconds");
	QTest::newRow("flakey unknown mode") << sda1 << fl << with(flakeyOk, QStringLiteral("mode"), QStringLiteral("explode")) << inv << QStringLiteral("explode");
	QTest::newRow("flakey mode not a string") << sda1 << fl << with(flakeyOk, QStringLiteral("mode"), 1u) << inv << QStringLiteral("mode");

	// Snapshot stores.
	QTest::newRow("snapshot without store") << sda1 << snap << Opts{} << inv << QStringLiteral("store");
	QTest::newRow("empty store") << sda1 << snap << store(QString()) << inv << sda1;
	QTest::newRow("relative store") << sda1 << snap << store(QStringLiteral("store")) << inv << QStringLiteral("store");
	QTest::newRow("missing store") << sda1 << snap << store(QStringLiteral("/dev/nope")) << nf << QStringLiteral("/dev/nope");
	QTest::newRow("store is the original") << sda1 << snap << store(sda1) << inv << sda1;
	QTest::newRow("store is the original by uuid") << sda1 << snap << store(QStringLiteral("/dev/disk/by-uuid/1111-aaaa")) << inv << QStringLiteral("1111-aaaa");
	QTest::newRow("store built on the original") << sda2 << snap << store(QStringLiteral("/dev/mapper/vg-data")) << inv << QStringLiteral("vg-data");
	QTest::newRow("store directory on the original") << sda1 << snap << store(QStringLiteral("/on-sda1")) << inv << QStringLiteral("/on-sda1");
	QTest::newRow("store directory on a device built on the original") << sda2 << snap << store(QStringLiteral("/on-vg-data")) << inv << QStringLiteral("/on-vg-data");
	QTest::newRow("store too small") << sda1 << snap << store(QStringLiteral("/dev/sdc")) << inv << QStringLiteral("/dev/sdc");
	QTest::newRow("store-size too small") << sda1 << snap << with(store(QStringLiteral("/store")), QStringLiteral("store-size"), QVariant::fromValue<qulonglong>(1 << 20)) << inv << sda1;
	QTest::newRow("store directory too full") << sda1 << snap << store(QStringLiteral("/tiny")) << inv << QStringLiteral("/tiny");
	QTest::newRow("store-size with a device store") << sda1 << snap << with(store(sdb), QStringLiteral("store-size"), QVariant::fromValue<qulonglong>(1ull << 30)) << inv << sdb;
	QTest::newRow("store-size as uint32") << sda1 << snap << with(store(QStringLiteral("/store")), QStringLiteral("store-size"), 100000000u) << inv << QStringLiteral("store-size");
	QTest::newRow("store mounted") << sdb << snap << store(sda1) << inv << QStringLiteral("ext4");
	QTest::newRow("store held by a driver") << sda1 << snap << store(sdb) << busy << sdb;
	QTest::newRow("store is a whole disk with partitions") << sdb << snap << store(QStringLiteral("/dev/sda")) << inv << QStringLiteral("/dev/sda");
	QTest::newRow("store read-only") << sda1 << snap << store(QStringLiteral("/dev/sdd")) << inv << QStringLiteral("/dev/sdd");
	QTest::newRow("store is a file") << sda1 << snap << store(QStringLiteral("/etc/passwd")) << inv << QStringLiteral("/etc/passwd");
	QTest::newRow("chunk not a power of two") << sda1 << snap << with(store(sdb), QStringLiteral("chunk-sectors"), 12u) << inv << QStringLiteral("12");
	// Stores a caller could read or damage through (issue 16, finding 1).
	QTest::newRow("store holds a filesystem") << sda1 << snap << store(QStringLiteral("/dev/sdf")) << inv << QStringLiteral("ext4");
	QTest::newRow("store is a loop device") << sda1 << snap << store(QStringLiteral("/dev/loop63")) << inv << QStringLiteral("/dev/loop63");
	QTest::newRow("store directory of a user") << sda1 << snap << store(QStringLiteral("/home/user/store")) << inv << QStringLiteral("uid 1000");
	QTest::newRow("store directory writable by all") << sda1 << snap << store(QStringLiteral("/open")) << inv << QStringLiteral("written by others than root (mode 1777)");
	QTest::newRow("store directory on FUSE") << sda1 << snap << store(QStringLiteral("/fuse")) << inv << QStringLiteral("FUSE");
	QTest::newRow("store directory on an unknown device") << sda1 << snap << store(QStringLiteral("/anonymous")) << inv << QStringLiteral("cannot be told");
	QTest::newRow("store directory on a loop device") << sda1 << snap << store(QStringLiteral("/on-loop")) << inv << QStringLiteral("loop device");
	QTest::newRow("store-overwrite with a directory") << sda1 << snap << with(store(QStringLiteral("/store")), QStringLiteral("store-overwrite"), true) << inv << QStringLiteral("store-overwrite");
	QTest::newRow("store-overwrite not a boolean") << sda1 << snap << with(store(sdb), QStringLiteral("store-overwrite"), 1u) << inv << QStringLiteral("store-overwrite");
	QTest::newRow("chunk too small") << sda1 << snap << with(store(sdb), QStringLiteral("chunk-sectors"), 4u) << inv << QStringLiteral("chunk-sectors");
}

void TestAttachPlan::refusals()
{
	QFETCH(QString, device);
	QFETCH(QString, kind);
	QFETCH(QVariantMap, options);
	QFETCH(QString, error);
	QFETCH(QString, mentions);

	FakeMachine m;
	m.add(QStringLiteral("ipbypass7"), 259, 7, 1 << 30);
	m.add(QStringLiteral("dm-9"), 253, 9, 1 << 30);
	m.devices[makedev(253, 9)].info.dmName = QStringLiteral("interposer-8_2");
	m.paths.insert(QStringLiteral("/dev/disk/by-uuid/2222-bbbb"), makedev(8, 2));
	InUse inUse;
	// sda2 is interposed, dm-9 is its interposer; except for the store
	// rows, where sda2 is the device to interpose.
	if (!QByteArray(QTest::currentDataTag()).startsWith("store"))
		inUse.originals.insert(makedev(8, 2));
	inUse.sessionDevices.insert(makedev(253, 9));
	if (QByteArray(QTest::currentDataTag()) == "store held by a driver")
		m.devices[makedev(8, 16)].held = true;
	const QString before = m.fingerprint();
	try {
		validateAttach(m, inUse, device, kind, options, Phase::Authorized);
		QFAIL("accepted");
	} catch (const HelperError &e) {
		QCOMPARE(e.dbusName(), error);
		QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
		QVERIFY2(e.message().endsWith(QLatin1Char('.')), qPrintable(e.message()));
	}
	QCOMPARE(m.fingerprint(), before);
	QVERIFY(m.log.isEmpty());
}

void TestAttachPlan::accepted_data()
{
	QTest::addColumn<QString>("device");
	QTest::addColumn<QString>("kind");
	QTest::addColumn<QVariantMap>("options");
	QTest::newRow("linear by path") << QStringLiteral("/dev/sda1") << QStringLiteral("linear") << Opts{};
	QTest::newRow("linear by uuid") << QStringLiteral("/dev/disk/by-uuid/1111-aaaa") << QStringLiteral("linear") << Opts{};
	QTest::newRow("disk without partitions") << QStringLiteral("/dev/sdb") << QStringLiteral("linear") << Opts{{QStringLiteral("auth.no_user_interaction"), true}};
	QTest::newRow("delay at the limit") << QStringLiteral("/dev/sda1") << QStringLiteral("delay") << Opts{{QStringLiteral("write-ms"), 60000u}};
	QTest::newRow("flakey") << QStringLiteral("/dev/sda1") << QStringLiteral("flakey") << Opts{{QStringLiteral("up-seconds"), 0u}, {QStringLiteral("down-seconds"), 1u}, {QStringLiteral("mode"), QStringLiteral("drop-writes")}};
	QTest::newRow("snapshot on a disk") << QStringLiteral("/dev/sda1") << QStringLiteral("snapshot") << Opts{{QStringLiteral("store"), QStringLiteral("/dev/sdb")}, {QStringLiteral("chunk-sectors"), 16u}};
	QTest::newRow("snapshot in a directory") << QStringLiteral("/dev/sda1") << QStringLiteral("snapshot") << Opts{{QStringLiteral("store"), QStringLiteral("/store")}, {QStringLiteral("store-size"), QVariant::fromValue<qulonglong>(1ull << 30)}};
}

void TestAttachPlan::accepted()
{
	QFETCH(QString, device);
	QFETCH(QString, kind);
	QFETCH(QVariantMap, options);
	FakeMachine m;
	const AttachPlan plan = validateAttach(m, {}, device, kind, options, Phase::Authorized);
	QCOMPARE(plan.original.name, device);
	QCOMPARE(kindName(plan.options.kind), kind);
	QVERIFY(m.log.isEmpty());
}

void TestAttachPlan::directoryStoreLeavesHalfTheFreeSpace()
{
	FakeMachine m;
	const AttachPlan plan = validateAttach(m, {}, QStringLiteral("/dev/sda2"), QStringLiteral("snapshot"),
					       {{QStringLiteral("store"), QStringLiteral("/store")}}, Phase::Authorized);
	QCOMPARE(plan.store.type, StorePlan::Type::Directory);
	// 60 GiB original, 10 GiB free: half of the free space.
	QCOMPARE(plan.store.bytes, plan.store.directory.freeBytes / 2);
}

void TestAttachPlan::directoryStoreLeavesAReserve()
{
	// 300 MiB free: half would leave 150 MiB, less than the reserve.
	FakeMachine m;
	const AttachPlan plan = validateAttach(m, {}, QStringLiteral("/dev/sda2"), QStringLiteral("snapshot"),
					       {{QStringLiteral("store"), QStringLiteral("/small")}}, Phase::Authorized);
	QCOMPARE(plan.store.bytes, plan.store.directory.freeBytes - Limits::storeReserveBytes);
}

void TestAttachPlan::directoryStoreForASmallOriginal()
{
	// An 8 MiB original: its own size would be below the smallest store.
	FakeMachine m;
	const AttachPlan plan = validateAttach(m, {}, QStringLiteral("/dev/sdc"), QStringLiteral("snapshot"),
					       {{QStringLiteral("store"), QStringLiteral("/store")}}, Phase::Authorized);
	QCOMPARE(plan.store.bytes, Limits::minStoreBytes);
}

void TestAttachPlan::nothingOpenedExclusivelyBeforeAuthorization()
{
	FakeMachine m;
	const QVariantMap options{{QStringLiteral("store"), QStringLiteral("/dev/sdb")}};
	validateAttach(m, {}, QStringLiteral("/dev/sda1"), QStringLiteral("snapshot"), options, Phase::BeforeAuthorization);
	QCOMPARE(m.exclusiveProbes, 0);
	validateAttach(m, {}, QStringLiteral("/dev/sda1"), QStringLiteral("snapshot"), options, Phase::Authorized);
	QCOMPARE(m.exclusiveProbes, 1);
}

void TestAttachPlan::overwriteAllowsAStoreWithASignature()
{
	FakeMachine m;
	const AttachPlan plan = validateAttach(m, {}, QStringLiteral("/dev/sda1"), QStringLiteral("snapshot"),
		{{QStringLiteral("store"), QStringLiteral("/dev/sdf")}, {QStringLiteral("store-overwrite"), true}},
		Phase::Authorized);
	QCOMPARE(plan.store.type, StorePlan::Type::BlockDevice);
	QVERIFY(plan.options.snapshot.overwrite);
}

QTEST_GUILESS_MAIN(TestAttachPlan)
#include "tst_attachplan.moc"
