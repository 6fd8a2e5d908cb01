// SPDX-License-Identifier: GPL-2.0-or-later
// The GUI end to end, inside a VM guest (tests/vm/scenarios/helper-e2e.sh)
// under Xvfb, with the real helper, dbus-daemon, polkitd, udevd and
// module: a click on Remap for the mounted, busy partition creates the
// session, the chart shows I/O through the interposer, a click on Detach
// ends it.
//   interposer-gui-e2e         INTERPOSER_E2E_DEVICE=/dev/vda1, and
//                              INTERPOSER_SCREENSHOT=FILE for a picture
#include "attachdialog.h"
#include "blockdevicemodel.h"
#include "helperclient.h"
#include "iochart.h"
#include "mainwindow.h"
#include "sessionpanel.h"
#include "sessionwatcher.h"
#include "udevclient.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <sys/stat.h>

namespace {

// TCG guests are slow, and polkit and the helper are started on demand.
constexpr int kHelperMs = 60000;

} // namespace

class GuiEndToEnd : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void remapChartDetach();
};

void GuiEndToEnd::remapChartDetach()
{
	const QString node = qEnvironmentVariable("INTERPOSER_E2E_DEVICE");
	struct stat st;
	QVERIFY2(!node.isEmpty() && ::stat(QFile::encodeName(node).constData(), &st) == 0 && S_ISBLK(st.st_mode),
		 "INTERPOSER_E2E_DEVICE must name a block device");
	HelperClient client;
	QVERIFY2(client.bus().isConnected(), "no system bus");
	UdevClient udev;
	BlockDeviceModel model(&udev);
	SessionWatcher sessions(client.bus());
	connect(&sessions, &SessionWatcher::sessionsChanged, &model, &BlockDeviceModel::setSessions);
	sessions.refresh();
	MainWindow window(&client, &model);
	window.show();
	QVERIFY(QTest::qWaitForWindowExposed(&window));
	QVERIFY2(window.selectDevice(st.st_rdev), qPrintable(node));
	const BlockDevice *device = model.device(st.st_rdev);
	QVERIFY2(!device->mountPoints.isEmpty(), "the partition is meant to be mounted and busy");

	// Clicks, as a user's: the toolbar's Remap, then the dialog's button.
	auto *toolbar = window.findChild<QToolBar *>();
	QWidget *remap = toolbar->widgetForAction(window.attachAction(Kind::Linear));
	QVERIFY(remap && remap->isEnabled());
	QSignalSpy opened(&window, &MainWindow::attachDialogOpened);
	QTest::mouseClick(remap, Qt::LeftButton);
	QCOMPARE(opened.count(), 1);
	QPointer<AttachDialog> dialog(opened[0][0].value<AttachDialog *>());
	QVERIFY(QTest::qWaitForWindowExposed(dialog));
	QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
	QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->errorText().isEmpty(), kHelperMs);
	QVERIFY2(dialog.isNull(), qPrintable(dialog ? dialog->errorText() : QString()));
	qInfo("the dialog closed: the helper attached %s", qPrintable(node));
	QTRY_VERIFY_WITH_TIMEOUT(model.session(st.st_rdev), kHelperMs);
	qInfo("the session is in the model");
	QCOMPARE(model.session(st.st_rdev)->kindName, QStringLiteral("linear"));
	QTRY_COMPARE_WITH_TIMEOUT(model.sessionParts(st.st_rdev).size(), 2, kHelperMs); // bypass, interposer
	qInfo("its bypass and interposer are known");

	// The workload's I/O, through the interposer, on the charts.
	SessionPanel *panel = window.sessionPanel();
	QVERIFY(panel->isVisible());
	QTRY_VERIFY_WITH_TIMEOUT(panel->iopsChart()->lastValue(1) > 0, kHelperMs);
	QTRY_VERIFY_WITH_TIMEOUT(panel->throughputChart()->lastValue(1) > 0, kHelperMs);
	qInfo("charts: %d samples; last: %.0f IOPS original, %.0f IOPS interposer", panel->iopsChart()->sampleCount(),
	      panel->iopsChart()->lastValue(0), panel->iopsChart()->lastValue(1));
	const QString picture = qEnvironmentVariable("INTERPOSER_SCREENSHOT");
	if (!picture.isEmpty())
		QVERIFY2(window.grab().save(picture), qPrintable(picture));

	QWidget *detach = toolbar->widgetForAction(window.detachAction());
	QVERIFY(detach && detach->isEnabled());
	QTest::mouseClick(detach, Qt::LeftButton);
	QTRY_VERIFY_WITH_TIMEOUT(!model.session(st.st_rdev), kHelperMs);
	QTRY_VERIFY_WITH_TIMEOUT(model.sessionParts(st.st_rdev).isEmpty(), kHelperMs);
	QVERIFY(panel->isHidden());
}

QTEST_MAIN(GuiEndToEnd)
#include "gui-e2e.moc"
