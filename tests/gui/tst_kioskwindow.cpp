// SPDX-License-Identifier: GPL-2.0-or-later
// Kiosk mode against the test helper on a private bus and an invented
// udev: only the configured devices are shown and acted on, Reset demo
// and the idle timer detach their sessions and no other, controls are
// large and named.
#include "appstyle.h"
#include "attachdialog.h"
#include "devicecontroller.h"
#include "guimachine.h"
#include "kioskwindow.h"
#include "sessionpanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace {

constexpr int kHelperMs = 20000;

const dev_t sda = dev(8, 0), sda1 = dev(8, 1), sdb = dev(8, 16), sdc = dev(8, 32), sdd = dev(8, 48), sde = dev(8, 64);

QStringList names(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
	QStringList out;
	for (int r = 0; r < model->rowCount(parent); ++r) {
		const QModelIndex i = model->index(r, 0, parent);
		out << i.data().toString();
		out << names(model, i);
	}
	return out;
}

} // namespace

class TestKioskWindow : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void initTestCase();
	void init();
	void cleanup();

	void showsOnlyTheKiosksDevices();
	void actsOnlyOnTheKiosksDevices();
	void resetDetachesTheKiosksSessionsOnly();
	void idleTimeResets();
	void snapshotsGoToTheKiosksStore();
	void controlsAreLargeAndNamed();
	void fillsABoothScreenWithTheSessionPanel();
	void oneDetachAndNoUnderlinedLetters();
	void styleIsNeverQtsLastResort();

private:
	bool attach(dev_t device, const QString &node, const QString &kind, const QVariantMap &options);
	bool hasSession(dev_t device) const { return m_machine->model->session(device) != nullptr; }

	HelperBus m_bus;
	std::unique_ptr<GuiMachine> m_machine;
	std::unique_ptr<KioskWindow> m_window;
	KioskConfig m_config;
};

void TestKioskWindow::initTestCase()
{
	QVERIFY2(Testbed::inMockEnvironment(), "run this test under umockdev-wrapper");
	const QString error = GuiMachine::startHelper(m_bus, QStringLiteral("/dev/null"));
	QVERIFY2(error.isEmpty(), qPrintable(error));
	m_config.devices = {QStringLiteral("/dev/sda1"), QStringLiteral("/dev/sdb"), QStringLiteral("/dev/sde")};
	m_config.idleResetSeconds = 300;
	m_config.snapshotStore = QStringLiteral("/store");
}

void TestKioskWindow::init()
{
	m_machine = std::make_unique<GuiMachine>(m_bus);
	m_window = std::make_unique<KioskWindow>(m_machine->client.get(), m_machine->model.get(), m_config,
						 QSet<dev_t>{sda1, sdb, sde}, QStringList(),
						 m_machine->dir.path() + QStringLiteral("/nosysfs"));
	m_window->show();
	QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKioskWindow::cleanup()
{
	m_window.reset();
	m_machine.reset();
}

bool TestKioskWindow::attach(dev_t device, const QString &node, const QString &kind, const QVariantMap &options)
{
	// As another program would (root: no polkit).
	const QDBusMessage reply = m_machine->client->call(HelperClient::managerPath, HelperClient::managerInterface,
							   QStringLiteral("Attach"), {node, kind, options}, false);
	if (reply.type() != QDBusMessage::ReplyMessage) {
		qWarning("%s", qPrintable(reply.errorMessage()));
		return false;
	}
	return QTest::qWaitFor([&] { return hasSession(device); }, kHelperMs);
}

void TestKioskWindow::showsOnlyTheKiosksDevices()
{
	// sda stays as the disk of sda1; sda2, sdc, sdd and dm-0 are gone.
	QCOMPARE(names(m_window->deviceFilter()),
		 (QStringList{QStringLiteral("sda"), QStringLiteral("sda1"), QStringLiteral("sdb"), QStringLiteral("sde")}));
	QCOMPARE(m_window->deviceFilter()->columnCount(), 5);
	// The first device a visitor can act on is chosen already.
	QCOMPARE(m_window->controller()->current().data(BlockDeviceModel::DeviceNumberRole).toULongLong(), quint64(sda1));
	QVERIFY(m_window->controller()->attachAction(Kind::Delay)->isEnabled());
	QVERIFY(!m_window->selectDevice(sdd));
}

void TestKioskWindow::actsOnlyOnTheKiosksDevices()
{
	QVERIFY(m_window->selectDevice(sda));
	QVERIFY2(!m_window->controller()->attachAction(Kind::Linear)->isEnabled(), "a disk with partitions");
	QVERIFY(m_window->selectDevice(sde));
	QSignalSpy opened(m_window->controller(), &DeviceController::attachDialogOpened);
	m_window->controller()->attachAction(Kind::Linear)->trigger();
	QCOMPARE(opened.count(), 1);
	QPointer<AttachDialog> dialog(opened[0][0].value<AttachDialog *>());
	QCOMPARE(dialog->device().node, QStringLiteral("/dev/sde"));
	dialog->submit();
	QTRY_VERIFY_WITH_TIMEOUT(hasSession(sde), kHelperMs);
	QTRY_VERIFY(dialog.isNull());
	QVERIFY(m_window->controller()->detachAction()->isEnabled());
	QVERIFY(!m_window->sessionPanel()->isHidden());
}

void TestKioskWindow::resetDetachesTheKiosksSessionsOnly()
{
	QVERIFY(attach(sde, QStringLiteral("/dev/sde"), QStringLiteral("delay"), {{QStringLiteral("read-ms"), 5u}}));
	QVERIFY(attach(sda1, QStringLiteral("/dev/sda1"), QStringLiteral("linear"), {}));
	QVERIFY(attach(sdc, QStringLiteral("/dev/sdc"), QStringLiteral("linear"), {}));
	// An open dialog goes too: the next visitor starts afresh.
	QVERIFY(m_window->selectDevice(sdb));
	AttachDialog *dialog = m_window->controller()->openAttachDialog(Kind::Flakey);
	QVERIFY(dialog);
	QPointer<AttachDialog> open(dialog);

	m_window->resetButton()->click();
	QTRY_VERIFY_WITH_TIMEOUT(!hasSession(sde) && !hasSession(sda1), kHelperMs);
	QVERIFY(open.isNull() || !open->isVisible());
	QVERIFY2(hasSession(sdc), "a session the kiosk does not own is not its to end");
}

void TestKioskWindow::idleTimeResets()
{
	QVERIFY(m_window->idleTimer());
	QVERIFY(m_window->idleTimer()->isActive());
	QVERIFY(attach(sdb, QStringLiteral("/dev/sdb"), QStringLiteral("linear"), {}));
	Q_EMIT m_window->idleTimer()->idle();
	QTRY_VERIFY_WITH_TIMEOUT(!hasSession(sdb), kHelperMs);

	// Input starts the time again: a timer of one second runs out, a key
	// starts it anew.
	IdleTimer timer(1);
	QSignalSpy idle(&timer, &IdleTimer::idle);
	QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
	QVERIFY(!timer.isActive());
	QTest::keyClick(m_window->deviceView(), Qt::Key_Down);
	QVERIFY(timer.isActive());
}

void TestKioskWindow::snapshotsGoToTheKiosksStore()
{
	QVERIFY(m_window->selectDevice(sde));
	AttachDialog *dialog = m_window->controller()->openAttachDialog(Kind::Snapshot);
	QVERIFY(dialog);
	QCOMPARE(dialog->options().value(QStringLiteral("store")).toString(), QStringLiteral("/store"));
	QPointer<AttachDialog> d(dialog);
	dialog->submit();
	QTRY_VERIFY_WITH_TIMEOUT(hasSession(sde), kHelperMs);
	QCOMPARE(m_machine->model->session(sde)->options.value(QStringLiteral("store")).toString(), QStringLiteral("/store"));
}

void TestKioskWindow::controlsAreLargeAndNamed()
{
	const QList<QPushButton *> buttons = m_window->findChildren<QPushButton *>();
	QVERIFY(buttons.size() >= 6); // four kinds, Detach, Reset demo
	for (QPushButton *b : buttons) {
		if (!b->isVisibleTo(m_window.get()))
			continue;
		QVERIFY2(b->height() >= 64, qPrintable(b->text()));
		QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
		QVERIFY(b->focusPolicy() & Qt::TabFocus);
	}
	QVERIFY(m_window->font().pointSizeF() > QApplication::font().pointSizeF() * 1.5);
}

void TestKioskWindow::fillsABoothScreenWithTheSessionPanel()
{
	// As main() shows it, on a booth's 1920x1080 screen (booth-screen.json).
	// Without a window manager (offscreen here, linuxfb in tools/demo)
	// nothing but the kiosk keeps it full screen.
	m_window.reset();
	m_window = std::make_unique<KioskWindow>(m_machine->client.get(), m_machine->model.get(), m_config,
						 QSet<dev_t>{sda1, sdb, sde}, QStringList(),
						 m_machine->dir.path() + QStringLiteral("/nosysfs"));
	m_window->showOnWholeScreen();
	QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
	const QRect screen = m_window->screen()->geometry();
	QCOMPARE(m_window->geometry(), screen);
	QVERIFY(m_window->sessionPanel()->isHidden());

	QVERIFY(attach(sda1, QStringLiteral("/dev/sda1"), QStringLiteral("snapshot"),
		       {{QStringLiteral("store"), QStringLiteral("/store")}}));
	QTRY_VERIFY(!m_window->sessionPanel()->isHidden());
	// The panel's layout request, and the window system's answer to it.
	QCoreApplication::sendPostedEvents();
	QCoreApplication::processEvents();
	QCOMPARE(m_window->geometry(), screen);
	// The panel's sentences are whole at the kiosk's size, too.
	for (QLabel *label : m_window->sessionPanel()->findChildren<QLabel *>()) {
		if (label->isVisibleTo(m_window.get()) && label->wordWrap())
			QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
	}
}

void TestKioskWindow::oneDetachAndNoUnderlinedLetters()
{
	// With a session the panel shows: its own small Detach stays hidden
	// beside the big one. A touch button underlines no letter: its text
	// has no mnemonic.
	QVERIFY(attach(sde, QStringLiteral("/dev/sde"), QStringLiteral("linear"), {}));
	QVERIFY(m_window->selectDevice(sde));
	QTRY_VERIFY(!m_window->sessionPanel()->isHidden());
	QStringList detach;
	for (QPushButton *b : m_window->findChildren<QPushButton *>()) {
		if (!b->isVisibleTo(m_window.get()))
			continue;
		QVERIFY2(QKeySequence::mnemonic(b->text()).isEmpty(), qPrintable(b->text()));
		if (b->accessibleName().startsWith(QLatin1String("Detach")))
			detach.append(b->accessibleName());
	}
	QCOMPARE(detach, QStringList{QStringLiteral("Detach")});
	QVERIFY(m_window->controller()->detachAction()->isEnabled());
}

void TestKioskWindow::styleIsNeverQtsLastResort()
{
	// Offscreen, as a booth's linuxfb, offers no style of its own: Qt's
	// last resort is the old Windows look, which chooseStyle() replaces
	// with Fusion, unless the user asked for a style.
	const QString before = QApplication::style()->name();
	// A style asked for by the environment would be kept: none here.
	const QByteArray override = qgetenv("QT_STYLE_OVERRIDE");
	qunsetenv("QT_STYLE_OVERRIDE");
	QApplication::setStyle(QStringLiteral("Windows"));
	chooseStyle(false);
	QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
	QApplication::setStyle(QStringLiteral("Windows"));
	chooseStyle(true);
	QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("windows"));
	QApplication::setStyle(before);
	if (!override.isNull())
		qputenv("QT_STYLE_OVERRIDE", override);

	char program[] = "interposer", kiosk[] = "--kiosk", style[] = "-style", name[] = "Windows",
	     joined[] = "--style=Windows", config[] = "--config";
	char *plain[] = {program, kiosk, config, name};
	char *separate[] = {program, kiosk, style, name};
	char *equals[] = {program, joined};
	QVERIFY(!styleAskedFor(4, plain));
	QVERIFY(styleAskedFor(4, separate));
	QVERIFY(styleAskedFor(2, equals));
}

QTEST_MAIN(TestKioskWindow)
#include "tst_kioskwindow.moc"
