// SPDX-License-Identifier: GPL-2.0-or-later
// The block-device model against an invented machine in umockdev (sysfs,
// udev properties and uevents), run under umockdev-wrapper:
//   nvme0n1  (p1 ext4 on /, p2 ext4 on /home, p3 swap), and nvme0c0n1,
//            its multipath path device, which the kernel hides
//   sda      (sda1 xfs on /data, interposed: ipbypass0 + dm-1
//             "interposer-8_1"; sda2 under dm-0 "vg-data")
//   loop0
// and its hotplug: rows appear, change and go in place, selections stay.
#include "blockdevicemodel.h"
#include "datasize.h"
#include "testbed.h"
#include "udevclient.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/sysmacros.h>

class TestBlockDeviceModel : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void initTestCase();
	void init();
	void cleanup();

	void tree();
	void columns();
	void holdersAndSlaves();
	void sessionPartsBelongToTheirOriginal();
	void sessionsFromTheHelper();
	void hotplugAddKeepsSelection();
	void hotplugRemoveKeepsSelection();
	void changeUpdatesTheRowInPlace();
	void anInterposerNamedAfterItsAdd();
	void partitionBeforeItsDisk();
	void hiddenDisksAreNotListed();
	void emptyDevicesAreNotListed();
	void mountChanges();
	void mappingsParse();

private:
	void writeMounts(const QString &mountinfo, const QString &swaps);
	QString text(dev_t device, int column) const;

	std::unique_ptr<Testbed> m_bed;
	QTemporaryDir m_dir;
	std::unique_ptr<UdevClient> m_udev;
	std::unique_ptr<BlockDeviceModel> m_model;
	std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBlockDeviceModel::writeMounts(const QString &mountinfo, const QString &swaps)
{
	writeMountFiles(m_dir.path(), mountinfo, swaps);
}

QString TestBlockDeviceModel::text(dev_t device, int column) const
{
	return m_model->indexOf(device, column).data().toString();
}

void TestBlockDeviceModel::initTestCase()
{
	QVERIFY2(Testbed::inMockEnvironment(), "run this test under umockdev-wrapper");
	QVERIFY(m_dir.isValid());
}

void TestBlockDeviceModel::init()
{
	m_bed = std::make_unique<Testbed>();
	constexpr quint64 GiB = 1ull << 30;
	m_bed->addBlock("nvme0n1", {}, 259, 0, 476 * GiB, QStringLiteral("disk"), {{"ID_MODEL", QStringLiteral("Samsung_SSD_980")}});
	m_bed->addBlock("nvme0n1p1", QStringLiteral("nvme0n1"), 259, 1, 100 * GiB, QStringLiteral("partition"),
	    {{"ID_FS_TYPE", QStringLiteral("ext4")}, {"ID_FS_LABEL", QStringLiteral("root")}, {"ID_FS_UUID", QStringLiteral("1111-root")}});
	m_bed->addBlock("nvme0n1p2", QStringLiteral("nvme0n1"), 259, 2, 360 * GiB, QStringLiteral("partition"),
	    {{"ID_FS_TYPE", QStringLiteral("ext4")}, {"ID_FS_LABEL", QStringLiteral("home")}});
	m_bed->addBlock("nvme0n1p3", QStringLiteral("nvme0n1"), 259, 3, 16 * GiB, QStringLiteral("partition"),
	    {{"ID_FS_TYPE", QStringLiteral("swap")}});
	// NVMe multipath's path device: a hidden disk, no /dev node for users.
	m_bed->addBlock("nvme0c0n1", {}, 259, 4, 476 * GiB, QStringLiteral("disk"), {{"ID_MODEL", QStringLiteral("Samsung_SSD_980")}});
	m_bed->setAttribute(QStringLiteral("nvme0c0n1"), "hidden", QStringLiteral("1"));
	m_bed->addBlock("sda", {}, 8, 0, 2048 * GiB, QStringLiteral("disk"), {{"ID_MODEL", QStringLiteral("WDC_WD20")}});
	m_bed->addBlock("sda1", QStringLiteral("sda"), 8, 1, 1024 * GiB, QStringLiteral("partition"),
				 {{"ID_FS_TYPE", QStringLiteral("xfs")}, {"ID_FS_LABEL", QStringLiteral("data")}});
	m_bed->addBlock("sda2", QStringLiteral("sda"), 8, 2, 1024 * GiB, QStringLiteral("partition"),
				 {{"ID_FS_TYPE", QStringLiteral("LVM2_member")}});
	m_bed->addBlock("loop0", {}, 7, 0, GiB, QStringLiteral("disk"), {{"ID_FS_TYPE", QStringLiteral("squashfs")}});
	// A loop device with no file bound: size 0, nothing to list.
	m_bed->addBlock("loop1", {}, 7, 1, 0, QStringLiteral("disk"));
	m_bed->addBlock("dm-0", {}, 253, 0, 1024 * GiB, QStringLiteral("disk"),
				{{"DM_NAME", QStringLiteral("vg-data")}, {"ID_FS_TYPE", QStringLiteral("ext4")}});
	m_bed->stack(QStringLiteral("dm-0"), QStringLiteral("sda2"));
	// sda1's session: the module's bypass and the helper's interposer.
	m_bed->addBlock("ipbypass0", {}, 252, 0, 1024 * GiB, QStringLiteral("disk"));
	m_bed->addBlock("dm-1", {}, 253, 1, 1024 * GiB, QStringLiteral("disk"),
				{{"DM_NAME", QStringLiteral("interposer-8_1")}});
	m_bed->stack(QStringLiteral("dm-1"), QStringLiteral("ipbypass0"));
	m_bed->setMappings(QStringLiteral("8:1 bypass=252:0 interposer=253:1 state=bypass,attached redirected=42\n"));
	writeMounts(QStringLiteral("22 1 259:1 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p1 rw\n"
				   "23 22 259:2 / /home rw,relatime shared:2 - ext4 /dev/nvme0n1p2 rw\n"
				   "24 22 8:1 / /data rw,relatime shared:3 - xfs /dev/sda1 rw\n"
				   "25 22 0:22 / /proc rw,nosuid - proc proc rw\n"),
		    QStringLiteral("/dev/nvme0n1p3                          partition\t16777212\t0\t-2\n"));
	m_udev = std::make_unique<UdevClient>();
	QVERIFY(m_udev->isValid());
	m_model = std::make_unique<BlockDeviceModel>(
		m_udev.get(), nullptr,
		MountSources{m_dir.filePath(QStringLiteral("mountinfo")), m_dir.filePath(QStringLiteral("swaps"))});
	// Qt's own checks of the model's invariants, after every change.
	m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBlockDeviceModel::cleanup()
{
	m_tester.reset();
	m_model.reset();
	m_udev.reset();
	m_bed.reset();
}

void TestBlockDeviceModel::tree()
{
	// Top level, in numeric name order; no bypass or interposer rows.
	QStringList top;
	for (int r = 0; r < m_model->rowCount(); ++r)
		top << m_model->index(r, 0).data().toString();
	QCOMPARE(top, (QStringList{QStringLiteral("dm-0"), QStringLiteral("loop0"), QStringLiteral("nvme0n1"), QStringLiteral("sda")}));
	const QModelIndex nvme = m_model->indexOf(makedev(259, 0));
	QCOMPARE(m_model->rowCount(nvme), 3);
	QCOMPARE(m_model->index(2, 0, nvme).data().toString(), QStringLiteral("nvme0n1p3"));
	QCOMPARE(m_model->index(2, 0, nvme).parent(), nvme);
	QCOMPARE(m_model->rowCount(m_model->indexOf(makedev(8, 0))), 2);
	QCOMPARE(m_model->rowCount(m_model->indexOf(makedev(7, 0))), 0);
	QVERIFY(!m_model->indexOf(makedev(252, 0)).isValid());
	QVERIFY(!m_model->indexOf(makedev(253, 1)).isValid());
}

void TestBlockDeviceModel::columns()
{
	const dev_t root = makedev(259, 1);
	QCOMPARE(text(root, BlockDeviceModel::NameColumn), QStringLiteral("nvme0n1p1"));
	QCOMPARE(text(root, BlockDeviceModel::SizeColumn), formatBytes(100ll << 30));
	QCOMPARE(text(root, BlockDeviceModel::TypeColumn), QStringLiteral("Partition"));
	QCOMPARE(text(root, BlockDeviceModel::FilesystemColumn), QStringLiteral("ext4"));
	QCOMPARE(text(root, BlockDeviceModel::LabelColumn), QStringLiteral("root"));
	QCOMPARE(text(root, BlockDeviceModel::MountPointsColumn), QStringLiteral("/"));
	const BlockDevice *b = m_model->device(root);
	QVERIFY(b);
	QVERIFY(b->isRoot());
	QCOMPARE(b->uuid, QStringLiteral("1111-root"));
	QCOMPARE(b->node, QStringLiteral("/dev/nvme0n1p1"));
	QCOMPARE(b->disk, makedev(259, 0));
	QCOMPARE(text(makedev(259, 2), BlockDeviceModel::MountPointsColumn), QStringLiteral("/home"));
	QCOMPARE(text(makedev(259, 3), BlockDeviceModel::MountPointsColumn), QStringLiteral("[swap]"));
	QVERIFY(m_model->device(makedev(259, 3))->swap);
	QCOMPARE(text(makedev(259, 0), BlockDeviceModel::TypeColumn), QStringLiteral("NVMe disk"));
	QCOMPARE(m_model->device(makedev(259, 0))->model, QStringLiteral("Samsung SSD 980"));
	QCOMPARE(text(makedev(7, 0), BlockDeviceModel::TypeColumn), QStringLiteral("Loop device"));
	QCOMPARE(text(makedev(253, 0), BlockDeviceModel::TypeColumn), QStringLiteral("Device-mapper"));
	QCOMPARE(m_model->device(makedev(253, 0))->model, QStringLiteral("vg-data"));
	QCOMPARE(text(makedev(8, 0), BlockDeviceModel::TypeColumn), QStringLiteral("Disk"));
	QCOMPARE(m_model->headerData(BlockDeviceModel::MountPointsColumn, Qt::Horizontal).toString(), QStringLiteral("Mounted at"));
}

void TestBlockDeviceModel::holdersAndSlaves()
{
	QCOMPARE(m_model->device(makedev(8, 2))->holders, QStringList{QStringLiteral("dm-0")});
	QVERIFY(m_model->device(makedev(8, 2))->inUse());
	QCOMPARE(m_model->device(makedev(253, 0))->slaves, QStringList{QStringLiteral("sda2")});
	QVERIFY(!m_model->device(makedev(7, 0))->inUse());
}

void TestBlockDeviceModel::sessionPartsBelongToTheirOriginal()
{
	const dev_t sda1 = makedev(8, 1);
	const QList<BlockDevice> parts = m_model->sessionParts(sda1);
	QCOMPARE(parts.size(), 2);
	QCOMPARE(parts[0].role, BlockDevice::Role::Bypass);
	QCOMPARE(parts[0].name, QStringLiteral("ipbypass0"));
	QCOMPARE(parts[1].role, BlockDevice::Role::Interposer);
	QCOMPARE(parts[1].name, QStringLiteral("dm-1"));
	QCOMPARE(parts[1].original, sda1);
	QCOMPARE(text(sda1, BlockDeviceModel::SessionColumn), QStringLiteral("interposed"));
	QVERIFY(m_model->indexOf(sda1).data(BlockDeviceModel::InSessionRole).toBool());
	QVERIFY(!m_model->indexOf(makedev(8, 2)).data(BlockDeviceModel::InSessionRole).toBool());
	QVERIFY(m_model->sessionParts(makedev(8, 2)).isEmpty());
}

void TestBlockDeviceModel::sessionsFromTheHelper()
{
	const dev_t sda1 = makedev(8, 1);
	QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
	SessionInfo s;
	s.deviceNumber = sda1;
	s.kind = Kind::Delay;
	s.kindName = QStringLiteral("delay");
	s.state = SessionState::Active;
	s.stateName = QStringLiteral("active");
	m_model->setSessions({s});
	QCOMPARE(changed.size(), 1);
	QCOMPARE(changed[0][0].value<QModelIndex>(), m_model->indexOf(sda1, BlockDeviceModel::SessionColumn));
	// The words of the action, not the helper's kind and state.
	QCOMPARE(text(sda1, BlockDeviceModel::SessionColumn), QStringLiteral("Latency added"));
	m_model->setSessions({s}); // nothing changed: no signal
	QCOMPARE(changed.size(), 1);
	s.state = SessionState::Orphaned;
	s.stateName = QStringLiteral("orphaned");
	m_model->setSessions({s});
	QCOMPARE(changed.size(), 2);
	QCOMPARE(text(sda1, BlockDeviceModel::SessionColumn), QStringLiteral("Latency added — device removed"));
	m_model->setSessions({});
	QCOMPARE(changed.size(), 3);
	QCOMPARE(text(sda1, BlockDeviceModel::SessionColumn), QStringLiteral("interposed"));
}

void TestBlockDeviceModel::hotplugAddKeepsSelection()
{
	QItemSelectionModel selection(m_model.get());
	selection.setCurrentIndex(m_model->indexOf(makedev(8, 1)), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
	QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
	QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
	// md0 sorts before sda: the selected partition's disk moves down a row.
	m_bed->addBlock("md0", {}, 9, 0, 1ull << 30, QStringLiteral("disk"), {{"ID_FS_TYPE", QStringLiteral("ext4")}});
	m_bed->uevent(QStringLiteral("md0"), "add");
	QVERIFY(inserted.wait(5000));
	QCOMPARE(reset.size(), 0);
	QCOMPARE(inserted[0][1].toInt(), 2); // dm-0, loop0, md0, nvme0n1, sda
	QCOMPARE(m_model->index(2, 0).data().toString(), QStringLiteral("md0"));
	QCOMPARE(text(makedev(9, 0), BlockDeviceModel::TypeColumn), QStringLiteral("RAID (md)"));
	QCOMPARE(selection.currentIndex(), m_model->indexOf(makedev(8, 1)));
	QCOMPARE(selection.selectedRows().size(), 1);
	QCOMPARE(selection.selectedRows().value(0).data().toString(), QStringLiteral("sda1"));
	// A partition of a disk already listed.
	m_bed->addBlock("sda3", QStringLiteral("sda"), 8, 3, 1ull << 30, QStringLiteral("partition"));
	m_bed->uevent(QStringLiteral("sda3"), "add");
	QVERIFY(inserted.wait(5000));
	QCOMPARE(inserted.last()[0].value<QModelIndex>(), m_model->indexOf(makedev(8, 0)));
	QCOMPARE(inserted.last()[1].toInt(), 2);
	QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("sda1"));
}

void TestBlockDeviceModel::hotplugRemoveKeepsSelection()
{
	QItemSelectionModel selection(m_model.get());
	selection.setCurrentIndex(m_model->indexOf(makedev(8, 2)), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
	QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
	// loop0 goes: rows below move up, the selection follows.
	m_bed->uevent(QStringLiteral("loop0"), "remove");
	m_bed->remove(QStringLiteral("loop0"));
	QVERIFY(removed.wait(5000));
	QVERIFY(!m_model->indexOf(makedev(7, 0)).isValid());
	QCOMPARE(m_model->rowCount(), 3);
	QCOMPARE(selection.currentIndex(), m_model->indexOf(makedev(8, 2)));
	QCOMPARE(selection.selectedRows().value(0).data().toString(), QStringLiteral("sda2"));
	// The selected device itself goes: nothing is selected.
	m_bed->uevent(QStringLiteral("sda2"), "remove");
	QVERIFY(removed.wait(5000));
	QVERIFY(!m_model->indexOf(makedev(8, 2)).isValid());
	QVERIFY(selection.selectedRows().isEmpty());
	QCOMPARE(m_model->rowCount(m_model->indexOf(makedev(8, 0))), 1);
}

void TestBlockDeviceModel::changeUpdatesTheRowInPlace()
{
	QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
	QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
	QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
	const QString sda2 = QStringLiteral("sda2");
	m_bed->setProperty(sda2, "ID_FS_TYPE", QStringLiteral("ext4"));
	m_bed->setProperty(sda2, "ID_FS_LABEL", QStringLiteral("scratch"));
	m_bed->uevent(sda2, "change");
	QVERIFY(changed.wait(5000));
	const QModelIndex at = m_model->indexOf(makedev(8, 2));
	QCOMPARE(changed[0][0].value<QModelIndex>(), at.siblingAtColumn(0));
	QCOMPARE(changed[0][1].value<QModelIndex>(), at.siblingAtColumn(BlockDeviceModel::ColumnCount - 1));
	QCOMPARE(text(makedev(8, 2), BlockDeviceModel::LabelColumn), QStringLiteral("scratch"));
	QCOMPARE(text(makedev(8, 2), BlockDeviceModel::FilesystemColumn), QStringLiteral("ext4"));
	QCOMPARE(inserted.size() + removed.size(), 0);
}

void TestBlockDeviceModel::anInterposerNamedAfterItsAdd()
{
	// device-mapper's "add" comes before the helper loads a table, so
	// without a name: a row, until the "change" that names it. Where udev
	// leaves DM_NAME unset, sysfs's dm/name names it.
	const dev_t sda2 = makedev(8, 2);
	m_bed->addBlock("dm-7", {}, 253, 7, 1ull << 30, QStringLiteral("disk"));
	m_bed->uevent(QStringLiteral("dm-7"), "add");
	QVERIFY(QTest::qWaitFor([&] { return m_model->indexOf(makedev(253, 7)).isValid(); }, 5000));
	m_bed->setProperty(QStringLiteral("dm-7"), "DM_NAME", QStringLiteral("interposer-8_2"));
	m_bed->uevent(QStringLiteral("dm-7"), "change");
	QVERIFY(QTest::qWaitFor([&] { return !m_model->indexOf(makedev(253, 7)).isValid(); }, 5000));
	QCOMPARE(m_model->sessionParts(sda2).size(), 1);
	QCOMPARE(m_model->sessionParts(sda2)[0].name, QStringLiteral("dm-7"));

	m_bed->addBlock("dm-8", {}, 253, 8, 1ull << 30, QStringLiteral("disk"));
	m_bed->setAttribute(QStringLiteral("dm-8"), "dm/name", QStringLiteral("interposer-8_2-snap"));
	m_bed->uevent(QStringLiteral("dm-8"), "add");
	QVERIFY(QTest::qWaitFor([&] { return m_model->sessionParts(sda2).size() == 2; }, 5000));
	QVERIFY(!m_model->indexOf(makedev(253, 8)).isValid());
	QCOMPARE(m_model->sessionParts(sda2)[1].role, BlockDevice::Role::Snapshot);
}

void TestBlockDeviceModel::partitionBeforeItsDisk()
{
	QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
	m_bed->addBlock("sdb", {}, 8, 16, 1ull << 30, QStringLiteral("disk"));
	m_bed->addBlock("sdb1", QStringLiteral("sdb"), 8, 17, 1ull << 29, QStringLiteral("partition"));
	m_bed->uevent(QStringLiteral("sdb1"), "add");
	m_bed->uevent(QStringLiteral("sdb"), "add");
	QVERIFY(QTest::qWaitFor([&] { return m_model->indexOf(makedev(8, 17)).isValid(); }, 5000));
	QCOMPARE(m_model->indexOf(makedev(8, 17)).parent(), m_model->indexOf(makedev(8, 16)));
}

void TestBlockDeviceModel::hiddenDisksAreNotListed()
{
	// Listed at the start: tree() sees no nvme0c0n1. Nor when one comes:
	// a second controller's path to a new namespace, then md0, whose row
	// is the first (and only) one inserted, events being handled in order.
	QVERIFY(!m_model->indexOf(makedev(259, 4)).isValid());
	QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
	m_bed->addBlock("nvme1c1n1", {}, 259, 5, 1ull << 30, QStringLiteral("disk"));
	m_bed->setAttribute(QStringLiteral("nvme1c1n1"), "hidden", QStringLiteral("1"));
	m_bed->uevent(QStringLiteral("nvme1c1n1"), "add");
	m_bed->addBlock("md0", {}, 9, 0, 1ull << 30, QStringLiteral("disk"));
	m_bed->uevent(QStringLiteral("md0"), "add");
	QVERIFY(inserted.wait(5000));
	QCOMPARE(inserted.size(), 1);
	QCOMPARE(m_model->index(inserted[0][1].toInt(), 0).data().toString(), QStringLiteral("md0"));
	QVERIFY(!m_model->indexOf(makedev(259, 5)).isValid());
	QCOMPARE(m_model->rowCount(), 5); // dm-0, loop0, md0, nvme0n1, sda
}

void TestBlockDeviceModel::emptyDevicesAreNotListed()
{
	// loop1 has no file bound (size 0): no row at the start. Nor when an
	// unbound loop2 comes: md0, which comes after it, is the one row
	// inserted, events being handled in order.
	QVERIFY(!m_model->indexOf(makedev(7, 1)).isValid());
	QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
	QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
	m_bed->addBlock("loop2", {}, 7, 2, 0, QStringLiteral("disk"));
	m_bed->uevent(QStringLiteral("loop2"), "add");
	m_bed->addBlock("md0", {}, 9, 0, 1ull << 30, QStringLiteral("disk"));
	m_bed->uevent(QStringLiteral("md0"), "add");
	QVERIFY(inserted.wait(5000));
	QCOMPARE(inserted.size(), 1);
	QCOMPARE(m_model->index(inserted[0][1].toInt(), 0).data().toString(), QStringLiteral("md0"));
	QVERIFY(!m_model->indexOf(makedev(7, 2)).isValid());

	// losetup binds a file to loop2: its "change" says 64 MiB, a row.
	m_bed->setAttribute(QStringLiteral("loop2"), "size", QString::number(64 * 2048));
	m_bed->uevent(QStringLiteral("loop2"), "change");
	QVERIFY(inserted.wait(5000));
	QVERIFY(m_model->indexOf(makedev(7, 2)).isValid());
	QCOMPARE(m_model->indexOf(makedev(7, 2), BlockDeviceModel::SizeColumn).data().toString(), formatBytes(64ull << 20));

	// losetup -d: size 0 again, and the row goes.
	m_bed->setAttribute(QStringLiteral("loop2"), "size", QStringLiteral("0"));
	m_bed->uevent(QStringLiteral("loop2"), "change");
	QVERIFY(removed.wait(5000));
	QVERIFY(!m_model->indexOf(makedev(7, 2)).isValid());
	QVERIFY(m_model->indexOf(makedev(9, 0)).isValid());

	// An autoclear loop3 under dm-5 (a snapshot's directory store): as
	// dm-5 goes, loop3 is unbound, and its "change" may come first. The
	// "remove" of dm-5 reads its slave loop3 again: still no row.
	m_bed->addBlock("loop3", {}, 7, 3, 64ull << 20, QStringLiteral("disk"));
	m_bed->addBlock("dm-5", {}, 253, 5, 64ull << 20, QStringLiteral("disk"), {{"DM_NAME", QStringLiteral("vg-tmp")}});
	m_bed->stack(QStringLiteral("dm-5"), QStringLiteral("loop3"));
	m_bed->uevent(QStringLiteral("loop3"), "add");
	m_bed->uevent(QStringLiteral("dm-5"), "add");
	QTRY_VERIFY_WITH_TIMEOUT(m_model->indexOf(makedev(253, 5)).isValid(), 5000);
	QVERIFY(m_model->indexOf(makedev(7, 3)).isValid());
	m_bed->setAttribute(QStringLiteral("loop3"), "size", QStringLiteral("0"));
	m_bed->uevent(QStringLiteral("loop3"), "change");
	QTRY_VERIFY_WITH_TIMEOUT(!m_model->indexOf(makedev(7, 3)).isValid(), 5000);
	m_bed->uevent(QStringLiteral("dm-5"), "remove");
	m_bed->remove(QStringLiteral("dm-5"));
	QTRY_VERIFY_WITH_TIMEOUT(!m_model->indexOf(makedev(253, 5)).isValid(), 5000);
	QVERIFY(!m_model->indexOf(makedev(7, 3)).isValid());
}

void TestBlockDeviceModel::mountChanges()
{
	QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
	writeMounts(QStringLiteral("22 1 259:1 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p1 rw\n"
				   "23 22 259:2 / /home rw,relatime shared:2 - ext4 /dev/nvme0n1p2 rw\n"
				   "26 22 253:0 / /srv rw,relatime shared:4 - ext4 /dev/mapper/vg-data rw\n"),
		    QString());
	m_model->refreshMounts();
	// sda1 unmounted, dm-0 mounted, nvme0n1p3 no longer swap: three rows.
	QCOMPARE(changed.size(), 3);
	QCOMPARE(text(makedev(8, 1), BlockDeviceModel::MountPointsColumn), QString());
	QCOMPARE(text(makedev(253, 0), BlockDeviceModel::MountPointsColumn), QStringLiteral("/srv"));
	QVERIFY(!m_model->device(makedev(259, 3))->swap);
	m_model->refreshMounts();
	QCOMPARE(changed.size(), 3);
}

void TestBlockDeviceModel::mappingsParse()
{
	const InterposerMappings m = parseInterposerMappings(QStringLiteral(
		"8:1 bypass=252:0 interposer=253:1 state=bypass,attached redirected=42\n"
		"8:2 bypass=252:1 interposer=0:0 state=bypass redirected=0\n"
		"garbage\n"));
	QCOMPARE(m.size(), 2);
	QCOMPARE(m.value(makedev(8, 1)).bypass, makedev(252, 0));
	QCOMPARE(m.value(makedev(8, 1)).interposer, makedev(253, 1));
	QVERIFY(m.value(makedev(8, 1)).attached);
	QVERIFY(!m.value(makedev(8, 2)).attached);
}

QTEST_GUILESS_MAIN(TestBlockDeviceModel)
#include "tst_blockdevicemodel.moc"
