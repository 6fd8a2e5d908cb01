// SPDX-License-Identifier: GPL-2.0-or-later
#include "guimachine.h"

#include <QCoreApplication>
#include <QTest>

namespace {

constexpr quint64 GiB = 1ull << 30;
constexpr quint64 MiB = 1ull << 20;

} // namespace

QString GuiMachine::fakeHelper()
{
	return QStringLiteral(INTERPOSER_FAKE_HELPER);
}

QString GuiMachine::startHelper(HelperBus &bus, const QString &exportSource)
{
	QString error;
	if (!bus.start(fakeHelper(), exportSource, &error))
		return error;
	return {};
}

GuiMachine::GuiMachine(HelperBus &bus)
{
	const QString disk = QStringLiteral("disk");
	const QString partition = QStringLiteral("partition");
	const auto fs = [](const char *type, const char *label) {
		return Testbed::Props{{"ID_FS_TYPE", QString::fromLatin1(type)}, {"ID_FS_LABEL", QString::fromLatin1(label)},
				      {"ID_FS_UUID", QStringLiteral("uuid-") + QString::fromLatin1(label)}};
	};
	bed.addBlock("sda", {}, 8, 0, 100 * GiB, disk, {{"ID_MODEL", QStringLiteral("TESTDISK")}});
	bed.addBlock("sda1", QStringLiteral("sda"), 8, 1, 40 * GiB, partition, fs("ext4", "root"));
	bed.addBlock("sda2", QStringLiteral("sda"), 8, 2, 60 * GiB, partition, {{"ID_FS_TYPE", QStringLiteral("LVM2_member")}});
	bed.addBlock("sdb", {}, 8, 16, 20 * GiB, disk, fs("xfs", "store"));
	bed.addBlock("sdc", {}, 8, 32, 8 * MiB, disk, {{"ID_FS_TYPE", QStringLiteral("swap")}});
	bed.addBlock("sdd", {}, 8, 48, GiB, disk);
	bed.setAttribute(QStringLiteral("sdd"), "ro", QStringLiteral("1"));
	bed.addBlock("sde", {}, 8, 64, 4 * MiB, disk, fs("ext4", "demo"));
	bed.addBlock("dm-0", {}, 253, 0, 60 * GiB, disk, {{"DM_NAME", QStringLiteral("vg-data")}, {"ID_FS_TYPE", QStringLiteral("ext4")}});
	bed.stack(QStringLiteral("dm-0"), QStringLiteral("sda2"));
	bed.setMappings({});
	writeMountFiles(dir.path(),
			QStringLiteral("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
				       "23 22 8:16 / /store rw,relatime shared:2 - xfs /dev/sdb rw\n"
				       "24 22 8:64 / /demo rw,relatime shared:3 - ext4 /dev/sde rw\n"
				       "25 22 253:0 / /srv rw,relatime shared:4 - ext4 /dev/mapper/vg-data rw\n"),
			QStringLiteral("/dev/sdc                                partition\t8188\t0\t-2\n"));

	udev = std::make_unique<UdevClient>();
	model = std::make_unique<BlockDeviceModel>(
		udev.get(), nullptr,
		MountSources{dir.filePath(QStringLiteral("mountinfo")), dir.filePath(QStringLiteral("swaps"))});
	client = std::make_unique<HelperClient>(bus.connection());
	sessions = std::make_unique<SessionWatcher>(client->bus());
	QObject::connect(sessions.get(), &SessionWatcher::sessionsChanged, model.get(), &BlockDeviceModel::setSessions);
	sessions->refresh();
}

GuiMachine::~GuiMachine()
{
	detachAll();
}

void GuiMachine::addSessionDevices(unsigned n, dev_t number)
{
	const quint64 size = model->device(number)->sizeBytes;
	const QString bypass = QStringLiteral("ipbypass%1").arg(n);
	const QString dm = QStringLiteral("dm-%1").arg(n + 1);
	bed.addBlock(qPrintable(bypass), {}, 252, n, size, QStringLiteral("disk"));
	bed.addBlock(qPrintable(dm), {}, 253, n + 1, size, QStringLiteral("disk"),
		     {{"DM_NAME", QStringLiteral("interposer-%1_%2").arg(major(number)).arg(minor(number))}});
	bed.stack(dm, bypass);
	bed.setMappings(QStringLiteral("%1:%2 bypass=252:%3 interposer=253:%4 state=bypass,attached redirected=0\n")
				.arg(major(number)).arg(minor(number)).arg(n).arg(n + 1));
	bed.uevent(bypass, "add");
	bed.uevent(dm, "add");
}

void GuiMachine::detachAll()
{
	for (const SessionInfo &s : client->sessions())
		client->call(s.path.path(), HelperClient::sessionInterface, QStringLiteral("Detach"), {QVariantMap()}, false);
}
