// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop program's benchmark (issue 5): an invented machine of N block
// devices in umockdev (N/5 NVMe disks with four partitions each, every first
// partition mounted), then
//   build   the device model and the main window, until the tree is painted;
//   uevent  a "change" uevent of a visible partition, until its row shows the
//           new label on screen (the view repainted after dataChanged);
//   memory  the process's resident memory with the window up.
// It prints each number, its target and their ratio, and the ratio of the
// build time to that of a tenth of the devices in the same run (how it
// scales, whatever the machine's speed). Not a timed test: it fails only if
// it cannot measure. Run it with tests/bench/gui (docs/gui.md).
//   interposer-gui-bench [--devices N] [--rounds R]   (under umockdev-wrapper)
#include "blockdevicemodel.h"
#include "devicefiltermodel.h"
#include "helperclient.h"
#include "mainwindow.h"
#include "testbed.h"
#include "udevclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTreeView>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/sysmacros.h>

namespace {

constexpr int partitionsPerDisk = 4;
constexpr unsigned nvmeMajor = 259;

[[noreturn]] void fail(const QString &why)
{
	std::fprintf(stderr, "interposer-gui-bench: %s\n", qPrintable(why));
	std::exit(1);
}

// VmRSS of this process in bytes.
qint64 residentBytes()
{
	QFile status(QStringLiteral("/proc/self/status"));
	if (!status.open(QIODevice::ReadOnly))
		fail(QStringLiteral("cannot read /proc/self/status"));
	for (const QByteArray &line : status.readAll().split('\n'))
		if (line.startsWith("VmRSS:"))
			return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
	fail(QStringLiteral("no VmRSS in /proc/self/status"));
}

QString diskName(int disk)
{
	return QStringLiteral("nvme%1n1").arg(disk);
}

QString partitionName(int disk, int part)
{
	return QStringLiteral("nvme%1n1p%2").arg(disk).arg(part);
}

dev_t partitionNumber(int disk, int part)
{
	return makedev(nvmeMajor, unsigned(disk * (partitionsPerDisk + 1) + part));
}

// The machine: devices/5 disks, their partitions, and a mount table.
struct Machine {
	Testbed bed;
	QTemporaryDir mounts;
	int disks = 0;

	explicit Machine(int devices) : disks(devices / (partitionsPerDisk + 1))
	{
		if (!mounts.isValid())
			fail(QStringLiteral("no temporary directory"));
		constexpr quint64 GiB = 1ull << 30;
		QString mountinfo;
		for (int d = 0; d < disks; ++d) {
			const unsigned first = unsigned(d * (partitionsPerDisk + 1));
			bed.addBlock(qPrintable(diskName(d)), {}, nvmeMajor, first, 512 * GiB, QStringLiteral("disk"),
				     {{"ID_MODEL", QStringLiteral("Bench_SSD_%1").arg(d)}});
			for (int p = 1; p <= partitionsPerDisk; ++p) {
				bed.addBlock(qPrintable(partitionName(d, p)), diskName(d), nvmeMajor, first + unsigned(p),
					     128 * GiB, QStringLiteral("partition"),
					     {{"ID_FS_TYPE", QStringLiteral("ext4")},
					      {"ID_FS_LABEL", QStringLiteral("data-%1-%2").arg(d).arg(p)},
					      {"ID_FS_UUID", QStringLiteral("%1-%2").arg(d).arg(p)}});
			}
			mountinfo += QStringLiteral("%1 1 %2:%3 / /srv/disk%4 rw,relatime - ext4 /dev/%5 rw\n")
					     .arg(100 + d).arg(nvmeMajor).arg(first + 1).arg(d).arg(partitionName(d, 1));
		}
		writeMountFiles(mounts.path(), mountinfo, {});
	}

	MountSources sources() const
	{
		return {mounts.filePath(QStringLiteral("mountinfo")), mounts.filePath(QStringLiteral("swaps"))};
	}
};

// Runs the event loop until done() holds after an event was handled, or
// fails after 10 s (a benchmark that cannot finish measured nothing).
template<typename Done>
void runUntil(Done done, const char *what)
{
	QElapsedTimer limit;
	limit.start();
	while (!done()) {
		if (limit.elapsed() > 10000)
			fail(QStringLiteral("%1 did not happen within 10 s").arg(QLatin1String(what)));
		QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
	}
}

// Counts the paints of a widget (the tree's viewport).
class PaintCounter : public QObject
{
public:
	explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
	int paints = 0;

protected:
	bool eventFilter(QObject *watched, QEvent *event) override
	{
		if (event->type() == QEvent::Paint)
			++paints;
		return QObject::eventFilter(watched, event);
	}
};

struct Window {
	UdevClient udev;
	BlockDeviceModel model;
	HelperClient client{QDBusConnection(QStringLiteral("interposer-gui-bench-no-bus"))};
	MainWindow window;

	explicit Window(const Machine &machine) : model(&udev, nullptr, machine.sources()), window(&client, &model)
	{
	}
};

struct BuildResult {
	double modelMs = 0;
	double paintedMs = 0;
};

// From nothing to the painted window; the window is kept in *out.
BuildResult build(const Machine &machine, std::unique_ptr<Window> *out)
{
	QElapsedTimer clock;
	clock.start();
	auto w = std::make_unique<Window>(machine);
	BuildResult r;
	r.modelMs = clock.nsecsElapsed() / 1e6;
	if (w->model.rowCount() != machine.disks)
		fail(QStringLiteral("the model has %1 disks of %2").arg(w->model.rowCount()).arg(machine.disks));
	PaintCounter painted(w->window.deviceView()->viewport());
	w->window.resize(1200, 800);
	w->window.show();
	runUntil([&] { return painted.paints > 0; }, "the first paint of the device tree");
	r.paintedMs = clock.nsecsElapsed() / 1e6;
	*out = std::move(w);
	return r;
}

// A change uevent of a partition whose row is on screen, until the row
// shows the new label and the view has been painted since.
double ueventToRow(Machine &machine, Window &w, int round)
{
	QTreeView *view = w.window.deviceView();
	// The visible partitions: the first disk's rows are at the top.
	const int disk = 0;
	const int part = 1 + round % partitionsPerDisk;
	const dev_t number = partitionNumber(disk, part);
	const QModelIndex label = w.model.indexOf(number, BlockDeviceModel::LabelColumn);
	// The column may be right of the tree's half of the window.
	view->scrollTo(w.window.deviceFilter()->mapFromSource(label));
	QCoreApplication::processEvents();
	if (!view->viewport()->rect().intersects(view->visualRect(w.window.deviceFilter()->mapFromSource(label))))
		fail(QStringLiteral("%1 is not on screen").arg(partitionName(disk, part)));
	const QString text = QStringLiteral("round-%1").arg(round);
	machine.bed.setProperty(partitionName(disk, part), "ID_FS_LABEL", text);

	bool changed = false;
	PaintCounter painter(view->viewport());
	int paintsBefore = 0;
	const auto connection = QObject::connect(&w.model, &QAbstractItemModel::dataChanged, view,
		[&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
			if (topLeft.parent() == label.parent() && topLeft.row() <= label.row() &&
			    label.row() <= bottomRight.row() && label.data().toString() == text) {
				changed = true;
				paintsBefore = painter.paints;
			}
		});
	QElapsedTimer clock;
	clock.start();
	machine.bed.uevent(partitionName(disk, part), "change");
	runUntil([&] { return changed && painter.paints > paintsBefore; }, "the row's update on screen");
	const double ms = clock.nsecsElapsed() / 1e6;
	QObject::disconnect(connection);
	return ms;
}

void printRatio(const char *what, double value, const char *unit, double target)
{
	std::printf("%-34s %10.1f %-3s target < %6.0f %-3s ratio %.3f%s\n", what, value, unit, target, unit,
		    value / target, value < target ? "" : "  MISSED");
}

} // namespace

int main(int argc, char **argv)
{
	QApplication app(argc, argv);
	QCommandLineParser parser;
	const QCommandLineOption devicesOption(QStringLiteral("devices"), QStringLiteral("block devices (default 2000)"),
					       QStringLiteral("N"), QStringLiteral("2000"));
	const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("uevents to time (default 40)"),
					      QStringLiteral("R"), QStringLiteral("40"));
	parser.addOptions({devicesOption, roundsOption});
	parser.addHelpOption();
	parser.process(app);
	const int devices = parser.value(devicesOption).toInt();
	const int rounds = parser.value(roundsOption).toInt();
	if (devices < 10 * (partitionsPerDisk + 1) || rounds < 1)
		fail(QStringLiteral("--devices must be at least 50 and --rounds at least 1"));
	if (!Testbed::inMockEnvironment())
		fail(QStringLiteral("run under umockdev-wrapper"));

	const qint64 baseline = residentBytes();
	std::printf("interposer-gui-bench: %d block devices (%d disks), platform %s\n", devices,
		    devices / (partitionsPerDisk + 1), qPrintable(QGuiApplication::platformName()));

	// A tenth first (the scaling reference), then the whole machine, each
	// in a testbed of its own.
	BuildResult small;
	{
		Machine machine(devices / 10);
		std::unique_ptr<Window> w;
		small = build(machine, &w);
	}
	Machine machine(devices);
	std::unique_ptr<Window> w;
	const BuildResult big = build(machine, &w);

	QList<double> uevents;
	for (int i = 0; i < rounds; ++i)
		uevents.append(ueventToRow(machine, *w, i));
	std::sort(uevents.begin(), uevents.end());
	const qint64 resident = residentBytes();

	printRatio("model and window made (ms)", big.modelMs, "ms", 500);
	printRatio("build to painted window (ms)", big.paintedMs, "ms", 500);
	std::printf("%-34s %10.3f (%d devices: %.1f ms; linear would be 10)\n", "scaling: build ratio x10 devices",
		    big.paintedMs / small.paintedMs, devices / 10, small.paintedMs);
	printRatio("uevent to row on screen, median", uevents[uevents.size() / 2], "ms", 100);
	printRatio("uevent to row on screen, max", uevents.last(), "ms", 100);
	printRatio("resident memory (MiB)", resident / 1048576.0, "MiB", 150);
	std::printf("%-34s %10.1f MiB (QApplication alone: %.1f MiB)\n", "of which since start",
		    (resident - baseline) / 1048576.0, baseline / 1048576.0);
	return 0;
}
