// SPDX-License-Identifier: GPL-2.0-or-later
// The block-device model against an invented machine in umockdev (sysfs,
// udev properties and uevents), run under umockdev-wrapper:
//   nvme0n1  (p1 ext4 on /, p2 ext4 on /home, p3 swap)
//   sda      (sda1 xfs on /data, interposed: ipbypass0 + dm-1
//             "interposer-8_1"; sda2 under dm-0 "vg-data")
//   loop0
// and its hotplug: rows appear, change and go in place, selections stay.
#include "blockdevicemodel.h"
#include "udevclient.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/sysmacros.h>
#include <umockdev.h>

namespace {

using Props = QList<std::pair<const char *, QString>>;

} // namespace

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
	void partitionBeforeItsDisk();
	void mountChanges();
	void mappingsParse();

private:
	QString add(const char *name, const QString &parent, unsigned ma, unsigned mi, quint64 bytes,
		    const QString &devtype, const Props &props = {});
	void uevent(const QString &syspath, const char *action);
	void writeMounts(const QString &mountinfo, const QString &swaps);
	QString text(dev_t device, int column) const;

	UMockdevTestbed *m_bed = nullptr;
	QTemporaryDir m_dir;
	QHash<QString, QString> m_paths;
	std::unique_ptr<UdevClient> m_udev;
	std::unique_ptr<BlockDeviceModel> m_model;
	std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QString TestBlockDeviceModel::add(const char *name, const QString &parent, unsigned ma, unsigned mi,
				  quint64 bytes, const QString &devtype, const Props &props)
{
	const QByteArray size = QByteArray::number(bytes / 512);
	const QByteArray dev = QStringLiteral("%1:%2").arg(ma).arg(mi).toUtf8();
	const QByteArray parentPath = parent.isEmpty() ? QByteArray() : m_paths.value(parent).toUtf8();
	gchar *path = umockdev_testbed_add_device(m_bed, "block", name, parent.isEmpty() ? nullptr : parentPath.constData(),
						  "size", size.constData(), "ro", "0", "dev", dev.constData(), nullptr,
						  "DEVTYPE", qPrintable(devtype), "DEVNAME", qPrintable(QStringLiteral("/dev/") + QLatin1String(name)),
						  "MAJOR", qPrintable(QString::number(ma)), "MINOR", qPrintable(QString::number(mi)),
						  nullptr);
	const QString p = QString::fromUtf8(path);
	g_free(path);
	for (const auto &[key, value] : props)
		umockdev_testbed_set_property(m_bed, qPrintable(p), key, qPrintable(value));
	m_paths.insert(QLatin1String(name), p);
	return p;
}

void TestBlockDeviceModel::uevent(const QString &syspath, const char *action)
{
	umockdev_testbed_uevent(m_bed, qPrintable(syspath), action);
}

void TestBlockDeviceModel::writeMounts(const QString &mountinfo, const QString &swaps)
{
	QFile m(m_dir.filePath(QStringLiteral("mountinfo")));
	QVERIFY(m.open(QIODevice::WriteOnly | QIODevice::Truncate));
	m.write(mountinfo.toUtf8());
	QFile s(m_dir.filePath(QStringLiteral("swaps")));
	QVERIFY(s.open(QIODevice::WriteOnly | QIODevice::Truncate));
	s.write("Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n");
	s.write(swaps.toUtf8());
}

QString TestBlockDeviceModel::text(dev_t device, int column) const
{
	return m_model->indexOf(device, column).data().toString();
}

void TestBlockDeviceModel::initTestCase()
{
	// (umockdev_in_mock_environment() asks who provides open(), which
	// under ASan is its interceptor: look at the preload list instead.)
	QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("libumockdev-preload")),
		 "run this test under umockdev-wrapper");
	QVERIFY(m_dir.isValid());
}

void TestBlockDeviceModel::init()
{
	m_bed = umockdev_testbed_new();
	m_paths.clear();
	constexpr quint64 GiB = 1ull << 30;
	add("nvme0n1", {}, 259, 0, 476 * GiB, QStringLiteral("disk"), {{"ID_MODEL", QStringLiteral("Samsung_SSD_980")}});
	add("nvme0n1p1", QStringLiteral("nvme0n1"), 259, 1, 100 * GiB, QStringLiteral("partition"),
	    {{"ID_FS_TYPE", QStringLiteral("ext4")}, {"ID_FS_LABEL", QStringLiteral("root")}, {"ID_FS_UUID", QStringLiteral("1111-root")}});
	add("nvme0n1p2", QStringLiteral("nvme0n1"), 259, 2, 360 * GiB, QStringLiteral("partition"),
	    {{"ID_FS_TYPE", QStringLiteral("ext4")}, {"ID_FS_LABEL", QStringLiteral("home")}});
	add("nvme0n1p3", QStringLiteral("nvme0n1"), 259, 3, 16 * GiB, QStringLiteral("partition"),
	    {{"ID_FS_TYPE", QStringLiteral("swap")}});
	add("sda", {}, 8, 0, 2048 * GiB, QStringLiteral("disk"), {{"ID_MODEL", QStringLiteral("WDC_WD20")}});
	const QString sda1 = add("sda1", QStringLiteral("sda"), 8, 1, 1024 * GiB, QStringLiteral("partition"),
				 {{"ID_FS_TYPE", QStringLiteral("xfs")}, {"ID_FS_LABEL", QStringLiteral("data")}});
	const QString sda2 = add("sda2", QStringLiteral("sda"), 8, 2, 1024 * GiB, QStringLiteral("partition"),
				 {{"ID_FS_TYPE", QStringLiteral("LVM2_member")}});
	add("loop0", {}, 7, 0, GiB, QStringLiteral("disk"), {{"ID_FS_TYPE", QStringLiteral("squashfs")}});
	const QString dm0 = add("dm-0", {}, 253, 0, 1024 * GiB, QStringLiteral("disk"),
				{{"DM_NAME", QStringLiteral("vg-data")}, {"ID_FS_TYPE", QStringLiteral("ext4")}});
	umockdev_testbed_set_attribute_link(m_bed, qPrintable(sda2), "holders/dm-0", "../../dm-0");
	umockdev_testbed_set_attribute_link(m_bed, qPrintable(dm0), "slaves/sda2", "../../sda/sda2");
	// sda1's session: the module's bypass and the helper's interposer.
	const QString bypass = add("ipbypass0", {}, 252, 0, 1024 * GiB, QStringLiteral("disk"));
	const QString dm1 = add("dm-1", {}, 253, 1, 1024 * GiB, QStringLiteral("disk"),
				{{"DM_NAME", QStringLiteral("interposer-8_1")}});
	umockdev_testbed_set_attribute_link(m_bed, qPrintable(bypass), "holders/dm-1", "../../dm-1");
	umockdev_testbed_set_attribute_link(m_bed, qPrintable(dm1), "slaves/ipbypass0", "../../ipbypass0");
	Q_UNUSED(sda1);
	gchar *misc = umockdev_testbed_add_device(m_bed, "misc", "blkinterposer", nullptr,
						  "mappings", "8:1 bypass=252:0 interposer=253:1 state=bypass,attached redirected=42\n",
						  nullptr, nullptr);
	m_paths.insert(QStringLiteral("blkinterposer"), QString::fromUtf8(misc));
	g_free(misc);
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
	g_clear_object(&m_bed);
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
	QCOMPARE(text(root, BlockDeviceModel::SizeColumn), QLocale().formattedDataSize(100ll << 30));
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
	s.kind = QStringLiteral("delay");
	s.state = QStringLiteral("active");
	m_model->setSessions({s});
	QCOMPARE(changed.size(), 1);
	QCOMPARE(changed[0][0].value<QModelIndex>(), m_model->indexOf(sda1, BlockDeviceModel::SessionColumn));
	QCOMPARE(text(sda1, BlockDeviceModel::SessionColumn), QStringLiteral("delay (active)"));
	m_model->setSessions({s}); // nothing changed: no signal
	QCOMPARE(changed.size(), 1);
	s.state = QStringLiteral("orphaned");
	m_model->setSessions({s});
	QCOMPARE(changed.size(), 2);
	QCOMPARE(text(sda1, BlockDeviceModel::SessionColumn), QStringLiteral("delay (orphaned)"));
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
	const QString md0 = add("md0", {}, 9, 0, 1ull << 30, QStringLiteral("disk"), {{"ID_FS_TYPE", QStringLiteral("ext4")}});
	uevent(md0, "add");
	QVERIFY(inserted.wait(5000));
	QCOMPARE(reset.size(), 0);
	QCOMPARE(inserted[0][1].toInt(), 2); // dm-0, loop0, md0, nvme0n1, sda
	QCOMPARE(m_model->index(2, 0).data().toString(), QStringLiteral("md0"));
	QCOMPARE(text(makedev(9, 0), BlockDeviceModel::TypeColumn), QStringLiteral("RAID (md)"));
	QCOMPARE(selection.currentIndex(), m_model->indexOf(makedev(8, 1)));
	QCOMPARE(selection.selectedRows().size(), 1);
	QCOMPARE(selection.selectedRows().value(0).data().toString(), QStringLiteral("sda1"));
	// A partition of a disk already listed.
	const QString sda3 = add("sda3", QStringLiteral("sda"), 8, 3, 1ull << 30, QStringLiteral("partition"));
	uevent(sda3, "add");
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
	uevent(m_paths.value(QStringLiteral("loop0")), "remove");
	umockdev_testbed_remove_device(m_bed, qPrintable(m_paths.value(QStringLiteral("loop0"))));
	QVERIFY(removed.wait(5000));
	QVERIFY(!m_model->indexOf(makedev(7, 0)).isValid());
	QCOMPARE(m_model->rowCount(), 3);
	QCOMPARE(selection.currentIndex(), m_model->indexOf(makedev(8, 2)));
	QCOMPARE(selection.selectedRows().value(0).data().toString(), QStringLiteral("sda2"));
	// The selected device itself goes: nothing is selected.
	uevent(m_paths.value(QStringLiteral("sda2")), "remove");
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
	const QString sda2 = m_paths.value(QStringLiteral("sda2"));
	umockdev_testbed_set_property(m_bed, qPrintable(sda2), "ID_FS_TYPE", "ext4");
	umockdev_testbed_set_property(m_bed, qPrintable(sda2), "ID_FS_LABEL", "scratch");
	uevent(sda2, "change");
	QVERIFY(changed.wait(5000));
	const QModelIndex at = m_model->indexOf(makedev(8, 2));
	QCOMPARE(changed[0][0].value<QModelIndex>(), at.siblingAtColumn(0));
	QCOMPARE(changed[0][1].value<QModelIndex>(), at.siblingAtColumn(BlockDeviceModel::ColumnCount - 1));
	QCOMPARE(text(makedev(8, 2), BlockDeviceModel::LabelColumn), QStringLiteral("scratch"));
	QCOMPARE(text(makedev(8, 2), BlockDeviceModel::FilesystemColumn), QStringLiteral("ext4"));
	QCOMPARE(inserted.size() + removed.size(), 0);
}

void TestBlockDeviceModel::partitionBeforeItsDisk()
{
	QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
	const QString sdb = add("sdb", {}, 8, 16, 1ull << 30, QStringLiteral("disk"));
	const QString sdb1 = add("sdb1", QStringLiteral("sdb"), 8, 17, 1ull << 29, QStringLiteral("partition"));
	uevent(sdb1, "add");
	uevent(sdb, "add");
	QVERIFY(QTest::qWaitFor([&] { return m_model->indexOf(makedev(8, 17)).isValid(); }, 5000));
	QCOMPARE(m_model->indexOf(makedev(8, 17)).parent(), m_model->indexOf(makedev(8, 16)));
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
