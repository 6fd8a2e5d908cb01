// SPDX-License-Identifier: GPL-2.0-or-later
// The pictures in docs/screenshots/, made anew on every run under Xvfb
// (a real X server, real fonts) against the test helper: the main window,
// each action's dialog, the session panel with charts that move, the
// export dialog and kiosk mode. Written to INTERPOSER_SCREENSHOT_DIR;
// tools/update-screenshots copies them into docs/. Each must show
// something: the right size, and more than a few colours; and each is
// taken once the window shows the state it is of, asserted, and has
// drawn it (settle()).
#include "attachdialog.h"
#include "desktoppalettes.h"
#include "devicedetails.h"
#include "guimachine.h"
#include "iochart.h"
#include "kioskwindow.h"
#include "mainwindow.h"
#include "helperstatus.h"
#include "readinessbanner.h"
#include "sessionpanel.h"
#include "sessionsdialog.h"
#include "sessiontablemodel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QProgressBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace {

constexpr int kHelperMs = 20000;
const dev_t sda1 = dev(8, 1), sdb = dev(8, 16), sde = dev(8, 64);

// Delivers what the windows posted to themselves: layouts to activate,
// the widgets a layout shows (a label added to a shown window is shown
// only so), the charts' scene and legend changes. A grab before it drew
// the details pane empty and the legends of the session shown before.
void settle()
{
	QCoreApplication::sendPostedEvents();
	QCoreApplication::processEvents();
}

// The state the session pictures show: the panel on DEVICE's session,
// its tab shown with every label drawn, the details of DEVICE, and the
// legends naming DEVICE and its interposer.
QString showsSession(MainWindow &window, const QString &device, const QString &interposer)
{
	SessionPanel *panel = window.sessionPanel();
	if (panel->session().device != device)
		return QStringLiteral("the panel shows “%1”").arg(panel->session().device);
	const QString details = window.details()->text();
	if (!details.startsWith(device))
		return QStringLiteral("the details show “%1”").arg(details);
	// The session's own tab is the one shown, every label of it drawn.
	if (window.tabs()->currentIndex() != MainWindow::SessionTab)
		return QStringLiteral("the Session tab is not the one shown");
	for (const QLabel *label : panel->findChildren<QLabel *>())
		if (!label->text().isEmpty() && label->isVisibleTo(panel) && !label->isVisible())
			return QStringLiteral("the panel's “%1” is not drawn").arg(label->text());
	const QStringList legend{device.mid(5) + QStringLiteral(" (original)"), interposer + QStringLiteral(" (interposer)")};
	for (const IoChart *chart : {panel->iopsChart(), panel->throughputChart(), panel->latencyChart()})
		if (chart->legendLabels() != legend)
			return QStringLiteral("a legend says “%1”").arg(chart->legendLabels().join(QStringLiteral(", ")));
	return {};
}

// The application in the dark palette while it lives.
struct DarkDesktop {
	QPalette light = QApplication::palette();
	DarkDesktop() { QApplication::setPalette(breezeDarkPalette()); }
	~DarkDesktop() { QApplication::setPalette(light); }
};

} // namespace

class TestScreenshots : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void initTestCase();
	void mainWindowAndDialogs();
	void sessionPanelWithMovingCharts();
	void kioskMode();
	void firstRunBanner();

private:
	void save(QWidget *widget, const QString &name);

	QString m_out;
	HelperBus m_bus;
};

void TestScreenshots::initTestCase()
{
	QVERIFY2(Testbed::inMockEnvironment(), "run this test under umockdev-wrapper");
	QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb")); // real rendering, not offscreen
	m_out = qEnvironmentVariable("INTERPOSER_SCREENSHOT_DIR");
	QVERIFY2(!m_out.isEmpty() && QDir().mkpath(m_out), "INTERPOSER_SCREENSHOT_DIR must name a directory");
	const QString error = GuiMachine::startHelper(m_bus, QStringLiteral("/dev/zero"));
	QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
	QVERIFY(QTest::qWaitForWindowExposed(widget));
	settle();
	const QImage image = widget->window()->grab().toImage();
	QCOMPARE(image.size(), widget->window()->size() * widget->devicePixelRatio());
	QSet<QRgb> colours;
	for (int y = 0; y < image.height(); y += 3)
		for (int x = 0; x < image.width(); x += 3)
			colours.insert(image.pixel(x, y));
	QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(": a blank picture")));
	const QString path = m_out + QLatin1Char('/') + name + QStringLiteral(".png");
	QVERIFY2(image.save(path), qPrintable(path));
}

void TestScreenshots::mainWindowAndDialogs()
{
	GuiMachine machine(m_bus);
	MainWindow window(machine.client.get(), machine.model.get(), machine.dir.path() + QStringLiteral("/nosysfs"));
	window.resize(1366, 700); // a laptop's screen, maximized under a top bar
	window.show();
	QVERIFY(window.selectDevice(sda1));
	save(&window, QStringLiteral("main-window"));
	{
		DarkDesktop dark;
		save(&window, QStringLiteral("main-window-dark"));
	}
	const QList<std::pair<Kind, QString>> dialogs{{Kind::Linear, QStringLiteral("dialog-remap")},
						      {Kind::Delay, QStringLiteral("dialog-latency")},
						      {Kind::Snapshot, QStringLiteral("dialog-snapshot")},
						      {Kind::Flakey, QStringLiteral("dialog-faults")}};
	for (const auto &[kind, name] : dialogs) {
		AttachDialog *dialog = window.openAttachDialog(kind);
		QVERIFY(dialog);
		dialog->setStore(QStringLiteral("/store"));
		save(dialog, name);
		dialog->close();
	}
	// A refusal, as the dialog shows it.
	AttachDialog *dialog = window.openAttachDialog(Kind::Snapshot);
	dialog->setStore(QStringLiteral("/on-sda1"));
	QPointer<AttachDialog> d(dialog);
	dialog->submit();
	QTRY_VERIFY_WITH_TIMEOUT(d && !d->errorText().isEmpty(), kHelperMs);
	save(dialog, QStringLiteral("dialog-refused"));
	dialog->close();
}

void TestScreenshots::sessionPanelWithMovingCharts()
{
	GuiMachine machine(m_bus);
	// A delay session on sda1, its devices as udev shows them, and I/O
	// counters that grow: reads at 2 ms on sda1, plus 25 ms in dm-1.
	const QDBusMessage reply = machine.client->call(HelperClient::managerPath, HelperClient::managerInterface,
		QStringLiteral("Attach"), {QStringLiteral("/dev/sda1"), QStringLiteral("delay"),
					   QVariantMap{{QStringLiteral("read-ms"), 25u}, {QStringLiteral("write-ms"), 10u}}}, false);
	QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
	QTRY_VERIFY_WITH_TIMEOUT(machine.model->session(sda1), kHelperMs);
	machine.addSessionDevices(0, sda1);
	QTRY_COMPARE_WITH_TIMEOUT(machine.model->sessionParts(sda1).size(), 2, kHelperMs);
	quint64 ios = 0, tick = 0;
	const auto grow = [&] {
		++tick;
		const quint64 step = 80 + 60 * ((tick * 7) % 5); // uneven, as real load is
		ios += step;
		const auto line = [&](quint64 ms) {
			return QStringLiteral("%1 0 %2 %3 %4 0 %5 %6 0 0 0 0 0 0 0 0 0\n")
				.arg(ios).arg(ios * 64).arg(ios * ms).arg(ios / 3).arg(ios * 16).arg(ios / 3 * ms);
		};
		machine.bed.setAttribute(QStringLiteral("sda1"), "stat", line(2));
		machine.bed.setAttribute(QStringLiteral("dm-1"), "stat", line(27));
	};
	grow();
	QTimer load;
	connect(&load, &QTimer::timeout, this, grow);
	load.start(300);

	MainWindow window(machine.client.get(), machine.model.get(), QStringLiteral("/sys"));
	window.resize(1366, 700);
	window.show();
	QVERIFY(window.selectDevice(sda1));
	SessionPanel *panel = window.sessionPanel();
	QTRY_VERIFY_WITH_TIMEOUT(panel->latencyChart()->sampleCount() >= 6, 15000);
	QVERIFY(panel->latencyChart()->lastValue(1) > panel->latencyChart()->lastValue(0));
	settle();
	QString why = showsSession(window, QStringLiteral("/dev/sda1"), QStringLiteral("dm-1"));
	QVERIFY2(why.isEmpty(), qPrintable(why));
	QCOMPARE(panel->readDelay()->value(), 25);
	save(&window, QStringLiteral("session-panel"));
	{
		DarkDesktop dark;
		settle();
		save(&window, QStringLiteral("session-panel-dark"));
	}

	// A snapshot session's panel, and its export under way.
	const QDBusMessage snap = machine.client->call(HelperClient::managerPath, HelperClient::managerInterface,
		QStringLiteral("Attach"), {QStringLiteral("/dev/sde"), QStringLiteral("snapshot"),
					   QVariantMap{{QStringLiteral("store"), QStringLiteral("/store")}}}, false);
	QVERIFY2(snap.type() == QDBusMessage::ReplyMessage, qPrintable(snap.errorMessage()));
	QTRY_VERIFY_WITH_TIMEOUT(machine.model->session(sde), kHelperMs);
	machine.addSessionDevices(1, sde);
	QTRY_COMPARE_WITH_TIMEOUT(machine.model->sessionParts(sde).size(), 2, kHelperMs);
	QVERIFY(window.selectDevice(sde));
	QTRY_VERIFY_WITH_TIMEOUT(panel->hasSession(), kHelperMs);
	settle();
	why = showsSession(window, QStringLiteral("/dev/sde"), QStringLiteral("dm-2"));
	QVERIFY2(why.isEmpty(), qPrintable(why));
	QVERIFY(!panel->usageBar()->isHidden());
	save(&window, QStringLiteral("session-snapshot"));

	// Detach of the snapshot: the question before it is deleted.
	window.detachAction()->trigger();
	QMessageBox *question = panel->detachQuestion();
	QVERIFY(question);
	QVERIFY(question->informativeText().contains(QLatin1String("/store")));
	save(question, QStringLiteral("detach-snapshot-question"));
	question->button(QMessageBox::Cancel)->click();

	// Every session of the machine.
	SessionsDialog *sessions = window.showSessions();
	QTRY_COMPARE_WITH_TIMEOUT(sessions->model()->rowCount(), 2, kHelperMs);
	save(sessions, QStringLiteral("sessions"));
	sessions->close();
	load.stop();
}

void TestScreenshots::kioskMode()
{
	GuiMachine machine(m_bus);
	KioskConfig config;
	config.devices = {QStringLiteral("/dev/sdb"), QStringLiteral("/dev/sde")};
	config.snapshotStore = QStringLiteral("/store");
	KioskWindow window(machine.client.get(), machine.model.get(), config, {sdb, sde}, {},
			   machine.dir.path() + QStringLiteral("/nosysfs"));
	window.resize(1280, 800); // full screen on a booth's display; a fixed size here
	window.show();
	save(&window, QStringLiteral("kiosk"));
}

void TestScreenshots::firstRunBanner()
{
	// A machine whose kernel has the module, not loaded: the band says
	// so before any click, with the command.
	HelperBus bus;
	QString error;
	QVERIFY2(bus.start(GuiMachine::fakeHelper(), QStringLiteral("/dev/zero"), &error,
			   {QStringLiteral("INTERPOSER_FAKE_MODULE=not-loaded")}),
		 qPrintable(error));
	QTemporaryDir root;
	QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("lib/modules/6.12.118+deb13-amd64"))));
	QFile dep(root.filePath(QStringLiteral("lib/modules/6.12.118+deb13-amd64/modules.dep")));
	QVERIFY(dep.open(QIODevice::WriteOnly) && dep.write("updates/dkms/blkinterposer.ko.xz:\n") > 0);
	dep.close();
	GuiMachine machine(bus);
	MainWindow window(machine.client.get(), machine.model.get(), machine.dir.path() + QStringLiteral("/nosysfs"));
	window.helperStatus()->setFilesRoot(root.path());
	window.helperStatus()->refresh();
	window.resize(1366, 700);
	window.show();
	QVERIFY(window.selectDevice(sda1));
	QTRY_VERIFY_WITH_TIMEOUT(window.readinessBanner()->command() == QLatin1String("sudo modprobe blkinterposer"), kHelperMs);
	QVERIFY(!window.attachAction(Kind::Linear)->isEnabled());
	save(&window, QStringLiteral("first-run"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
