// SPDX-License-Identifier: GPL-2.0-or-later
// The main window, its dialogs and the session panel, driven as a user
// would, against the test helper on a private bus (the real Manager and
// D-Bus objects over an invented machine) and an invented udev in
// umockdev. What the helper received is read back from the session it
// made (Kind, Options), not from the GUI.
#include "attachdialog.h"
#include "datasize.h"
#include "devicedetails.h"
#include "devicefiltermodel.h"
#include "exportdialog.h"
#include "guimachine.h"
#include "helperaction.h"
#include "iochart.h"
#include "mainwindow.h"
#include "sessionpanel.h"
#include "sessionsdialog.h"
#include "sessiontablemodel.h"
#include "userguide.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <limits>

namespace {

constexpr int kHelperMs = 20000; // ASan builds on a loaded machine

const dev_t sda = dev(8, 0), sda1 = dev(8, 1), sdb = dev(8, 16), sdc = dev(8, 32), sdd = dev(8, 48), sde = dev(8, 64),
	    dm0 = dev(253, 0);

// A /sys/block/*/stat line of a device that has done nothing.
const QString kIdleStat = QStringLiteral("0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");

// What a user operates in root: buttons, spin and combo boxes, line edits,
// the tree. Toolbar buttons are reached by the menu; a spin box's or combo
// box's own line edit by the box.
bool isControl(const QWidget *w)
{
	return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
	       qobject_cast<const QComboBox *>(w) || qobject_cast<const QLineEdit *>(w) ||
	       qobject_cast<const QTreeView *>(w);
}

bool isShown(const QWidget *w, const QWidget *root)
{
	const QWidget *parent = w->parentWidget();
	return w->isVisibleTo(root) && !parent->inherits("QToolBar") && !w->inherits("QScrollBar") &&
	       !qobject_cast<const QAbstractSpinBox *>(parent) && !qobject_cast<const QComboBox *>(parent);
}

// What a screen reader says: the accessible name, or a button's text.
QString spokenName(const QWidget *w)
{
	const auto *button = qobject_cast<const QAbstractButton *>(w);
	return w->accessibleName().isEmpty() && button ? button->text() : w->accessibleName();
}

QString describe(const QWidget *w)
{
	return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()), spokenName(w));
}

// Presses Tab from the first control of root until focus comes back to it
// (or 200 presses); every enabled control must have had the focus.
QStringList notReachedByTab(QWidget *root)
{
	QList<QWidget *> controls;
	for (QWidget *w : root->findChildren<QWidget *>())
		if (isShown(w, root) && isControl(w) && w->isEnabled())
			controls << w;
	if (controls.isEmpty())
		return {QStringLiteral("%1: no controls").arg(root->windowTitle())};
	root->raise();
	root->activateWindow();
	if (!QTest::qWaitFor([root] { return QApplication::activeWindow() == root; }))
		return {QStringLiteral("%1 never became the active window").arg(root->windowTitle())};
	QWidget *start = controls.first();
	start->setFocus(Qt::TabFocusReason);
	QSet<QWidget *> focused;
	for (int press = 0; press < 200; ++press) {
		QWidget *now = QApplication::focusWidget();
		if (!now)
			return {QStringLiteral("%1: Tab left no widget with the focus").arg(root->windowTitle())};
		// A spin box's or combo box's line edit stands for its box.
		if (QWidget *box = now->parentWidget(); box && (qobject_cast<QAbstractSpinBox *>(box) || qobject_cast<QComboBox *>(box)))
			now = box;
		if (press > 0 && now == start)
			break;
		focused.insert(now);
		QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
	}
	QStringList missed;
	for (QWidget *w : std::as_const(controls))
		if (!focused.contains(w))
			missed << QStringLiteral("%1 in %2: Tab never reaches it").arg(describe(w), root->windowTitle());
	return missed;
}

// Alt+letter's takers in one place (WHERE): by key, who takes it.
class MnemonicTakers
{
public:
	void note(const QString &text, const QString &who)
	{
		if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
			m_takers.insert(key.toString(), who);
	}
	// A letter that two take reaches only one.
	QStringList clashes(const QString &where) const
	{
		QStringList out;
		for (const QString &key : m_takers.uniqueKeys())
			if (m_takers.count(key) > 1)
				out << QStringLiteral("%1 in %2: %3").arg(key, where, QStringList(m_takers.values(key)).join(QStringLiteral(", ")));
		return out;
	}

private:
	QMultiMap<QString, QString> m_takers;
};

// Alt+letter in root as it is shown: its menu bar's menus, its buttons, the
// labels of its fields, its group boxes and its tabs (toolbar buttons show
// no mnemonic).
QStringList duplicateMnemonics(QWidget *root)
{
	MnemonicTakers takers;
	const auto note = [&takers](const QString &text, const QString &who) { takers.note(text, who); };
	if (auto *window = qobject_cast<QMainWindow *>(root))
		for (QAction *menu : window->menuBar()->actions())
			note(menu->text(), QStringLiteral("menu “%1”").arg(menu->text()));
	for (QWidget *w : root->findChildren<QWidget *>()) {
		if (w->window() != root || !isShown(w, root))
			continue;
		if (auto *button = qobject_cast<QAbstractButton *>(w))
			note(button->text(), describe(w));
		else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
			note(label->text(), QStringLiteral("label “%1”").arg(label->text()));
		else if (auto *group = qobject_cast<QGroupBox *>(w))
			note(group->title(), QStringLiteral("group “%1”").arg(group->title()));
		else if (auto *tabs = qobject_cast<QTabBar *>(w))
			for (int i = 0; i < tabs->count(); ++i)
				note(tabs->tabText(i), QStringLiteral("tab “%1”").arg(tabs->tabText(i)));
	}
	return takers.clashes(root->windowTitle());
}

// The same within each menu of the menu bar.
QStringList duplicateMenuMnemonics(QMainWindow *window)
{
	QStringList clashes;
	for (QAction *entry : window->menuBar()->actions()) {
		MnemonicTakers takers;
		for (QAction *a : entry->menu()->actions())
			takers.note(a->text(), a->text());
		clashes << takers.clashes(QStringLiteral("menu ") + entry->text());
	}
	return clashes;
}

// Keys that do something else in most programs: Qt's standard keys on this
// platform, and what browsers and file managers bind on every platform
// (reload, a new tab, the address bar, search). A hand used to them must
// not change a device.
QList<QKeySequence> keysTakenElsewhere()
{
	QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
				 QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
				 QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_K),
				 QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_F5)};
	for (int standard = QKeySequence::HelpContents; standard < 200; ++standard)
		if (standard != QKeySequence::Quit)
			keys << QKeySequence::keyBindings(QKeySequence::StandardKey(standard));
	return keys;
}

} // namespace

#define WAIT_FOR_SESSION(dialog, device)                                           \
	do {                                                                       \
		const QString why = submitAndWaitForSession(dialog, device);       \
		QVERIFY2(why.isEmpty(), qPrintable(why));                          \
	} while (false)

// The window's catalogue and locale in German, for as long as it lives
// (a window made after install() has the German words).
class InGerman
{
public:
	InGerman() = default;
	InGerman(const InGerman &) = delete;
	InGerman &operator=(const InGerman &) = delete;
	~InGerman()
	{
		QCoreApplication::removeTranslator(&m_translator);
		QLocale::setDefault(QLocale::c());
	}

	bool install()
	{
		if (!m_translator.load(QStringLiteral(":/i18n/interposer_de.qm")) ||
		    !QCoreApplication::installTranslator(&m_translator))
			return false;
		QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
		return true;
	}

private:
	QTranslator m_translator;
};

class TestMainWindow : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void initTestCase();
	void init();
	void cleanup();

	void detailsAndWhatIsOffered();
	void detailsAreUpdatedInPlace();
	void theTreeHasIconsAndAFilter();
	void theLayoutIsRemembered();
	void helpOpensTheGuideAndSaysWhatThisIs();
	void aRowsContextMenuOffersItsActions();
	void aNewPartitionWithdrawsItsDisk();
	void dialogsOfferOnlyValidValues();
	void oneDialogPerDevice();
	void dialogsNameTheFilesystemAndWarn();
	void summariesSayWhatHappensToTheData();
	void remapSendsLinearAndDetachUndoesIt();
	void addLatencySendsDelayAndTheDelayChangesLive();
	void injectFaultsSendsFlakey();
	void anotherClientsChangesReachThePanel();
	void aSessionHasOneNameAndItsDetailsApart();
	void anErrorShowsTheHelpersSentence();
	void theHelpersSentenceIsInTheWindowsLanguage();
	void anExportsFailureIsInTheWindowsLanguage();
	void theWindowStaysUsableWhileACallWaits();
	void snapshotUsageAndExport();
	void detachOfASnapshotAsksFirst();
	void theSessionsWindowListsEverySessionAndDetachesAll();
	void aSessionFitsA1366x768Screen();
	void chartsShowIo();
	void chartsFollowAnInterposerKnownLate();
	void chartsKeepEachSessionsMinute();
	void chartAxesAreRoundAndTheirLabelsDistinct();
	void everyControlHasANameAndTakesFocus();
	void tabReachesEveryControl();
	void mnemonicsAndShortcutsDoNotClash_data();
	void mnemonicsAndShortcutsDoNotClash();

private:
	AttachDialog *open(dev_t device, Kind kind) { return open(m_window.get(), device, kind); }
	AttachDialog *open(MainWindow *window, dev_t device, Kind kind);
	// Submits and waits for the dialog to close with success and the
	// session to arrive; the reason if not.
	QString submitAndWaitForSession(AttachDialog *dialog, dev_t device);
	std::optional<SessionInfo> session(dev_t device) const;
	// A snapshot session of sde (store on /store), selected: the window
	// shows its session panel. The reason if not.
	QString showSnapshotPanel();
	// m_window made anew on m_machine, shown.
	void showNewWindow();
	// sdb and its interposer dm-1 after 1,000 reads and 500 writes of 8
	// sectors each: at 2 and 4 ms on sdb, 3 and 6 ms through dm-1.
	void writeBusyStats();

	QTemporaryDir m_dir;
	QString m_exportSource;
	HelperBus m_bus;
	std::unique_ptr<GuiMachine> m_machine;
	std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
	QVERIFY2(Testbed::inMockEnvironment(), "run this test under umockdev-wrapper");
	QVERIFY(m_dir.isValid());
	// What exports of the helper's snapshots read: 4 MiB, as sde.
	m_exportSource = m_dir.filePath(QStringLiteral("export-source"));
	QFile source(m_exportSource);
	QVERIFY(source.open(QIODevice::WriteOnly));
	QByteArray block(1 << 20, '\0');
	for (int mib = 0; mib < 4; ++mib) {
		for (int i = 0; i < block.size(); ++i)
			block[i] = char((i * 7 + mib * 13) & 0xff);
		source.write(block);
	}
	source.close();
	const QString error = GuiMachine::startHelper(m_bus, m_exportSource);
	QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::init()
{
	m_machine = std::make_unique<GuiMachine>(m_bus);
	showNewWindow();
}

void TestMainWindow::showNewWindow()
{
	m_window = std::make_unique<MainWindow>(m_machine->client.get(), m_machine->model.get(),
						m_machine->dir.path() + QStringLiteral("/nosysfs"));
	m_window->show();
	QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
	m_bus.pauseHelper(false);
	m_window.reset();
	m_machine.reset();
}

AttachDialog *TestMainWindow::open(MainWindow *window, dev_t device, Kind kind)
{
	if (!window->selectDevice(device))
		return nullptr;
	QSignalSpy opened(window, &MainWindow::attachDialogOpened);
	window->attachAction(kind)->trigger();
	return opened.count() == 1 ? opened[0][0].value<AttachDialog *>() : nullptr;
}

std::optional<SessionInfo> TestMainWindow::session(dev_t device) const
{
	for (const SessionInfo &s : m_machine->sessions->sessions())
		if (s.deviceNumber == device)
			return s;
	return std::nullopt;
}

QString TestMainWindow::submitAndWaitForSession(AttachDialog *dialog, dev_t device)
{
	QPointer<AttachDialog> d(dialog);
	QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
	if (!ok->isEnabled())
		return QStringLiteral("the dialog's OK button is disabled");
	ok->click();
	// Success closes the dialog; the session comes by signal.
	if (!QTest::qWaitFor([&] { return d.isNull() || !d->errorText().isEmpty(); }, kHelperMs))
		return QStringLiteral("no answer from the helper");
	if (d)
		return QStringLiteral("the helper refused: ") + d->errorText();
	if (!QTest::qWaitFor([&] { return m_machine->model->session(device) != nullptr; }, kHelperMs))
		return QStringLiteral("the session did not reach the model");
	return {};
}

QString TestMainWindow::showSnapshotPanel()
{
	AttachDialog *dialog = open(sde, Kind::Snapshot);
	if (!dialog)
		return QStringLiteral("no snapshot dialog for sde");
	dialog->findChild<QLineEdit *>()->setText(QStringLiteral("/store"));
	if (const QString why = submitAndWaitForSession(dialog, sde); !why.isEmpty())
		return why;
	return m_window->selectDevice(sde) ? QString() : QStringLiteral("sde has no row");
}

void TestMainWindow::writeBusyStats()
{
	m_machine->bed.setAttribute(QStringLiteral("sdb"), "stat",
				    QStringLiteral("1000 0 8000 2000 500 0 4000 2000 0 0 0 0 0 0 0 0 0\n"));
	m_machine->bed.setAttribute(QStringLiteral("dm-1"), "stat",
				    QStringLiteral("1000 0 8000 3000 500 0 4000 3000 0 0 0 0 0 0 0 0 0\n"));
}

void TestMainWindow::detailsAndWhatIsOffered()
{
	QVERIFY(m_window->selectDevice(sda1));
	const QString details = m_window->details()->text();
	QVERIFY2(details.contains(QLatin1String("/dev/sda1")) && details.contains(QLatin1String("ext4")) &&
		 details.contains(QLatin1String("uuid-root")) && details.contains(QLatin1String("40.0 GiB")),
		 qPrintable(details));
	// One way for sizes and one term for mount points, in the tree as in
	// the details.
	const BlockDeviceModel *model = m_machine->model.get();
	QCOMPARE(model->indexOf(sda1, BlockDeviceModel::SizeColumn).data().toString(), QStringLiteral("40.0 GiB"));
	const QString mounted = model->headerData(BlockDeviceModel::MountPointsColumn, Qt::Horizontal).toString();
	QVERIFY2(details.contains(mounted + QLatin1Char(':')), qPrintable(mounted + QStringLiteral(" not in: ") + details));
	for (Kind k : allKinds())
		QVERIFY(m_window->attachAction(k)->isEnabled());
	QVERIFY(!m_window->detachAction()->isEnabled());
	QVERIFY(m_window->sessionPanel()->isHidden());

	// A disk with partitions, a device-mapper device, a read-only disk
	// (all refused by the helper too): nothing offered,
	// and the pane says why.
	const QList<std::pair<dev_t, const char *>> refused{
		{sda, "has partitions"}, {dm0, "device-mapper device"}, {sdd, "read-only"}};
	for (const auto &[device, why] : refused) {
		QVERIFY(m_window->selectDevice(device));
		for (Kind k : allKinds())
			QVERIFY(!m_window->attachAction(k)->isEnabled());
		QVERIFY2(m_window->details()->text().contains(QLatin1String(why)), qPrintable(m_window->details()->text()));
		QVERIFY(!m_window->openAttachDialog(Kind::Linear));
	}
}

void TestMainWindow::detailsAreUpdatedInPlace()
{
	// A change of the shown device (a new label, by uevent) changes the
	// row's text; the labels stay, and so does what the user selected in
	// one of them.
	QVERIFY(m_window->selectDevice(sdb));
	DeviceDetails *details = m_window->details();
	QPointer<QLabel> label = details->valueLabel(QStringLiteral("Label"));
	QPointer<QLabel> uuid = details->valueLabel(QStringLiteral("UUID"));
	QVERIFY(label && uuid);
	QCOMPARE(label->text(), QStringLiteral("store"));
	uuid->setSelection(0, 4);
	QVERIFY(uuid->hasSelectedText());
	m_machine->bed.setProperty(QStringLiteral("sdb"), "ID_FS_LABEL", QStringLiteral("archive"));
	m_machine->bed.uevent(QStringLiteral("sdb"), "change");
	QTRY_VERIFY2(details->text().contains(QLatin1String("archive")), qPrintable(details->text()));
	QVERIFY2(label, "the label's row was made anew");
	QCOMPARE(label->text(), QStringLiteral("archive"));
	QVERIFY2(uuid && uuid->hasSelectedText(), "the selection in the UUID was lost");
	// A row without a value is hidden, not shown empty.
	QVERIFY(!details->text().contains(QLatin1String("Read-only")));
	QVERIFY(m_window->selectDevice(sdd));
	QVERIFY(details->text().contains(QLatin1String("Read-only")));
	QVERIFY(!details->text().contains(QLatin1String("Label:")));
}

void TestMainWindow::theTreeHasIconsAndAFilter()
{
	// An icon per row, by kind; typing narrows the tree to the matching
	// rows and the disks above them; Ctrl+F (Find) goes to the filter.
	const QAbstractItemModel *shown = m_window->deviceView()->model();
	for (dev_t d : {sda, sda1, sdb, dm0}) {
		const QModelIndex row = m_window->deviceFilter()->mapFromSource(m_machine->model->indexOf(d));
		QVERIFY2(!row.data(Qt::DecorationRole).value<QIcon>().isNull(), qPrintable(row.data().toString()));
	}
	QCOMPARE(DeviceFilterModel::iconName(BlockDevice::Type::Partition), QStringLiteral("drive-partition"));
	QVERIFY(DeviceFilterModel::iconName(BlockDevice::Type::Nvme) != DeviceFilterModel::iconName(BlockDevice::Type::Md));

	QVERIFY(m_window->selectDevice(sda1));
	QTest::keySequence(m_window.get(), QKeySequence::Find);
	QTRY_VERIFY(m_window->filterEdit()->hasFocus());
	QTest::keyClicks(m_window->filterEdit(), QStringLiteral("ROOT")); // sda1's label, any case
	QCOMPARE(m_window->currentDevice(), m_machine->model->indexOf(sda1)); // still the chosen one
	QCOMPARE(shown->rowCount(), 1);
	const QModelIndex disk = shown->index(0, 0);
	QCOMPARE(disk.data().toString(), QStringLiteral("sda"));
	QCOMPARE(shown->rowCount(disk), 1);
	QCOMPARE(shown->index(0, 0, disk).data().toString(), QStringLiteral("sda1"));
	QVERIFY(m_window->deviceView()->isExpanded(disk));
	m_window->filterEdit()->setText(QStringLiteral("/store"));
	QCOMPARE(shown->rowCount(), 1);
	QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("sdb"));
	// sda1 hidden: nothing is chosen (Qt would choose a neighbour), and
	// nothing is offered.
	QVERIFY2(!m_window->currentDevice().isValid(), qPrintable(m_window->currentDevice().data().toString()));
	QVERIFY2(m_window->details()->text().startsWith(QLatin1String("No device selected")), qPrintable(m_window->details()->text()));
	for (Kind k : allKinds())
		QVERIFY(!m_window->attachAction(k)->isEnabled());
	// Choosing a device the filter hides shows every device again.
	QVERIFY(m_window->selectDevice(sde));
	QVERIFY(m_window->filterEdit()->text().isEmpty());
	QCOMPARE(m_window->currentDevice(), m_machine->model->indexOf(sde));
	QVERIFY(m_window->details()->text().contains(QLatin1String("/dev/sde")));
}

void TestMainWindow::theLayoutIsRemembered()
{
	// Size, the splitter and the columns, kept from one window to the next.
	QTemporaryDir dir;
	QSettings settings(dir.filePath(QStringLiteral("interposer.conf")), QSettings::IniFormat);
	m_window->rememberLayoutIn(&settings);
	m_window->resize(700, 600); // within the offscreen screen's 800x800
	QCoreApplication::processEvents(); // the layout at that size
	auto *splitter = m_window->findChild<QSplitter *>();
	QVERIFY(splitter);
	splitter->setSizes({250, 450});
	QCoreApplication::processEvents();
	const QList<int> sizes = splitter->sizes();
	m_window->close();
	settings.sync();
	QVERIFY(settings.contains(QStringLiteral("MainWindow/geometry")));

	showNewWindow();
	QVERIFY(m_window->size() != QSize(700, 600));
	m_window->rememberLayoutIn(&settings);
	QTRY_COMPARE(m_window->size(), QSize(700, 600));
	QTRY_COMPARE(m_window->findChild<QSplitter *>()->sizes(), sizes);
	m_window.reset(); // before the settings it writes to on close
}

void TestMainWindow::helpOpensTheGuideAndSaysWhatThisIs()
{
	// F1: the guide that ships with the program, in its own window; the
	// first-run band opens it at a section.
	QTest::keySequence(m_window.get(), QKeySequence::HelpContents);
	auto *guide = m_window->findChild<QTextBrowser *>(QStringLiteral("userGuide"));
	QVERIFY2(guide && guide->isVisible(), "F1 showed no guide");
	QVERIFY(guide->toPlainText().startsWith(QLatin1String("Interposer user guide")));
	QCOMPARE(showUserGuide(m_window.get(), QStringLiteral("Troubleshooting")), guide); // one window
	QVERIFY2(guide->textCursor().block().text() == QLatin1String("Troubleshooting"),
		 qPrintable(guide->textCursor().block().text()));
	guide->close();
	QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
	const QString about = MainWindow::aboutText();
	QApplication::setApplicationVersion({});
	QVERIFY2(about.contains(QLatin1String("Interposer 9.8.7")) &&
			 about.contains(QLatin1String("GNU General Public License, version 2 or later")),
		 qPrintable(about));
}

// Hotplug under the chosen device: a partition table written on sdb while
// it is selected makes the disk one the helper refuses.
void TestMainWindow::aRowsContextMenuOffersItsActions()
{
	// A right click on sdb: it becomes the current row, and the menu has
	// the four actions and Detach, enabled as for sdb; one of them opens
	// sdb's dialog. On sda (a disk with partitions) nothing is enabled.
	QVERIFY(m_window->selectDevice(sda1));
	QTreeView *view = m_window->deviceView();
	const QModelIndex sdbRow = m_machine->model->indexOf(sdb);
	QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
	std::unique_ptr<QMenu> menu(m_window->contextMenuFor(sdbRow));
	QCOMPARE(m_window->currentDevice(), sdbRow);
	QStringList texts;
	for (const QAction *a : menu->actions())
		texts << (a->isSeparator() ? QStringLiteral("--") : a->text());
	QStringList expected;
	for (Kind k : allKinds())
		expected << m_window->attachAction(k)->text();
	expected << QStringLiteral("--") << m_window->detachAction()->text();
	QCOMPARE(texts, expected);
	for (int i = 0; i < 4; ++i)
		QVERIFY2(menu->actions()[i]->isEnabled(), qPrintable(texts[i]));
	QVERIFY(!menu->actions()[5]->isEnabled()); // no session yet
	QSignalSpy opened(m_window.get(), &MainWindow::attachDialogOpened);
	menu->actions()[1]->trigger();
	QCOMPARE(opened.count(), 1);
	QCOMPARE(opened[0][0].value<AttachDialog *>()->device().number, sdb);
	opened[0][0].value<AttachDialog *>()->close();

	menu.reset(m_window->contextMenuFor(m_machine->model->indexOf(sda)));
	for (const QAction *a : menu->actions())
		QVERIFY2(!a->isEnabled() || a->isSeparator(), qPrintable(a->text()));

	// The wiring: a request over sdc's row (a right click, the Menu key)
	// shows the menu, closed here as soon as it is up, and sdc is current.
	bool shown = false;
	QTimer::singleShot(0, this, [&shown] {
		if (QWidget *popup = QApplication::activePopupWidget()) {
			shown = true;
			popup->close();
		}
	});
	const QModelIndex sdcRow = m_window->deviceFilter()->mapFromSource(m_machine->model->indexOf(sdc));
	Q_EMIT view->customContextMenuRequested(view->visualRect(sdcRow).center());
	QVERIFY(shown);
	QCOMPARE(m_window->currentDevice(), m_machine->model->indexOf(sdc));
}

void TestMainWindow::aNewPartitionWithdrawsItsDisk()
{
	QVERIFY(m_window->selectDevice(sdb));
	QVERIFY(m_window->attachAction(Kind::Linear)->isEnabled());
	m_machine->bed.addBlock("sdb1", QStringLiteral("sdb"), 8, 17, 10 * 1024 * 1024, QStringLiteral("partition"));
	m_machine->bed.uevent(QStringLiteral("sdb1"), "add");
	QTRY_VERIFY_WITH_TIMEOUT(m_machine->model->device(dev(8, 17)) != nullptr, kHelperMs);
	for (Kind k : allKinds())
		QVERIFY(!m_window->attachAction(k)->isEnabled());
	QVERIFY2(m_window->details()->text().contains(QLatin1String("has partitions")),
		 qPrintable(m_window->details()->text()));
}

void TestMainWindow::oneDialogPerDevice()
{
	const auto shown = [this] {
		int n = 0;
		for (const AttachDialog *d : m_window->findChildren<AttachDialog *>())
			n += d->isVisible();
		return n;
	};
	AttachDialog *first = open(sdb, Kind::Linear);
	QVERIFY(first);
	// Remap again (Ctrl+R twice), and another action: no second dialog.
	QSignalSpy opened(m_window.get(), &MainWindow::attachDialogOpened);
	m_window->attachAction(Kind::Linear)->trigger();
	m_window->attachAction(Kind::Delay)->trigger();
	QCOMPARE(opened.count(), 0);
	QCOMPARE(m_window->openAttachDialog(Kind::Delay), first);
	QCOMPARE(shown(), 1);
	// Another device has a dialog of its own.
	AttachDialog *other = open(sdc, Kind::Flakey);
	QVERIFY(other);
	QVERIFY(other != first);
	QCOMPARE(shown(), 2);
	// Closed, the device's dialog opens anew, of the kind asked for.
	first->close();
	other->close();
	AttachDialog *again = open(sdb, Kind::Delay);
	QVERIFY(again);
	QCOMPARE(again->kind(), Kind::Delay);
	QCOMPARE(shown(), 1);
	again->close();
}

void TestMainWindow::dialogsOfferOnlyValidValues()
{
	AttachDialog *delay = open(sdb, Kind::Delay);
	QVERIFY(delay);
	auto spins = delay->findChildren<QSpinBox *>();
	QCOMPARE(spins.size(), 2);
	for (QSpinBox *s : spins) {
		QCOMPARE(s->minimum(), 0);
		QCOMPARE(s->maximum(), 60000);
	}
	QPushButton *ok = delay->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
	spins[0]->setValue(0);
	spins[1]->setValue(0);
	QVERIFY2(!ok->isEnabled(), "a delay of nothing is refused by the helper; it must not be offered");
	spins[1]->setValue(5);
	QVERIFY(ok->isEnabled());
	delay->close();

	AttachDialog *flakey = open(sdb, Kind::Flakey);
	QVERIFY(flakey);
	spins = flakey->findChildren<QSpinBox *>();
	QCOMPARE(spins.size(), 2);
	QCOMPARE(spins[1]->minimum(), 1); // down-seconds
	QCOMPARE(flakey->findChild<QComboBox *>()->count(), 3);
	flakey->close();

	AttachDialog *snapshot = open(sdb, Kind::Snapshot);
	QVERIFY(snapshot);
	ok = snapshot->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
	QVERIFY2(!ok->isEnabled(), "a snapshot needs a store");
	snapshot->findChild<QLineEdit *>()->setText(QStringLiteral("/store"));
	QVERIFY(ok->isEnabled());
	auto *chunk = snapshot->findChild<QComboBox *>();
	QCOMPARE(chunk->count(), 9); // 4 KiB .. 1 MiB
	QCOMPARE(chunk->itemData(0).toUInt(), 8u);
	QCOMPARE(chunk->itemData(8).toUInt(), 2048u);
	auto *size = snapshot->findChild<QSpinBox *>();
	QCOMPARE(size->minimum(), 15); // "Automatic"
	size->setValue(16);
	QCOMPARE(snapshot->options().value(QStringLiteral("store-size")).toULongLong(), 16ull << 20);
	size->setValue(15);
	QVERIFY(!snapshot->options().contains(QStringLiteral("store-size")));
	snapshot->close();
}

void TestMainWindow::dialogsNameTheFilesystemAndWarn()
{
	AttachDialog *root = open(sda1, Kind::Delay);
	QVERIFY(root);
	QVERIFY2(root->summaryText().contains(QStringLiteral("/dev/sda1 (ext4 “root”, mounted on /)")), qPrintable(root->summaryText()));
	QVERIFY2(root->summaryText().contains(QLatin1String("20 ms")), qPrintable(root->summaryText()));
	QVERIFY2(root->warningText().contains(QLatin1String("root filesystem")), qPrintable(root->warningText()));
	root->findChildren<QSpinBox *>()[0]->setValue(250);
	QVERIFY2(root->summaryText().contains(QLatin1String("250 ms")), "the sentence follows the controls");
	root->close();

	AttachDialog *swap = open(sdc, Kind::Flakey);
	QVERIFY(swap);
	QVERIFY2(swap->summaryText().contains(QLatin1String("/dev/sdc (active swap)")), qPrintable(swap->summaryText()));
	QVERIFY2(swap->warningText().contains(QLatin1String("swap")) && swap->warningText().contains(QLatin1String("crash")),
		 qPrintable(swap->warningText()));
	swap->close();

	AttachDialog *plain = open(sdb, Kind::Linear);
	QVERIFY(plain);
	QVERIFY2(plain->summaryText().contains(QStringLiteral("/dev/sdb (xfs “store”, mounted on /store)")), qPrintable(plain->summaryText()));
	QVERIFY2(plain->summaryText().contains(QLatin1String("/dev/mapper/interposer-8_16")), qPrintable(plain->summaryText()));
	QVERIFY(plain->warningText().isEmpty());
	plain->close();
}

void TestMainWindow::summariesSayWhatHappensToTheData()
{
	// "No byte lost" only where it is true: after Remap and Add latency.
	// A snapshot's Detach deletes it; a fault's damage stays.
	const QString noLoss = QStringLiteral("with no byte lost");
	for (Kind kind : {Kind::Linear, Kind::Delay}) {
		AttachDialog *dialog = open(sdb, kind);
		QVERIFY(dialog);
		QVERIFY2(dialog->summaryText().contains(noLoss), qPrintable(dialog->summaryText()));
		dialog->close();
	}
	AttachDialog *snapshot = open(sdb, Kind::Snapshot);
	QVERIFY(snapshot);
	QVERIFY2(!snapshot->summaryText().contains(noLoss) &&
			 snapshot->summaryText().contains(QLatin1String("Detach deletes the snapshot and its store")),
		 qPrintable(snapshot->summaryText()));
	snapshot->close();

	AttachDialog *flakey = open(sdb, Kind::Flakey);
	QVERIFY(flakey);
	auto *mode = flakey->findChild<QComboBox *>();
	const QList<std::pair<const char *, const char *>> said{
		{"error-reads", "programs get read errors"},
		{"error-writes", "Writes that fail are lost"},
		{"drop-writes", "Writes dropped are lost while programs are told they succeeded"},
	};
	for (const auto &[data, sentence] : said) {
		mode->setCurrentIndex(mode->findData(QString::fromLatin1(data)));
		const QString summary = flakey->summaryText();
		QVERIFY2(!summary.contains(noLoss) && summary.contains(QLatin1String(sentence)) &&
				 summary.contains(QLatin1String("Detach ends the faults")),
			 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(data), summary)));
	}
}

void TestMainWindow::remapSendsLinearAndDetachUndoesIt()
{
	AttachDialog *dialog = open(sda1, Kind::Linear);
	QVERIFY(dialog);
	WAIT_FOR_SESSION(dialog, sda1);
	const auto s = session(sda1);
	QVERIFY(s);
	QCOMPARE(s->kindName, QStringLiteral("linear"));
	QCOMPARE(s->device, QStringLiteral("/dev/sda1"));
	QVERIFY(s->options.isEmpty());

	// The window follows: the panel shows the session, Detach is offered,
	// the actions are not.
	QVERIFY(m_window->selectDevice(sda1));
	QVERIFY(!m_window->sessionPanel()->isHidden());
	QCOMPARE(m_window->sessionPanel()->session().path, s->path);
	QVERIFY(m_window->detachAction()->isEnabled());
	QVERIFY(!m_window->attachAction(Kind::Delay)->isEnabled());
	QVERIFY(m_window->currentDevice() == m_machine->model->indexOf(sda1));

	m_window->detachAction()->trigger();
	QTRY_VERIFY_WITH_TIMEOUT(!m_machine->model->session(sda1), kHelperMs);
	QVERIFY(m_window->sessionPanel()->isHidden());
	// The session goes (a signal) before Detach's reply comes.
	QTRY_VERIFY_WITH_TIMEOUT(m_window->attachAction(Kind::Linear)->isEnabled(), kHelperMs);
	QVERIFY2(m_bus.helperLog().contains(QLatin1String("dm.remove interposer-8_1")), qPrintable(m_bus.helperLog()));
}

void TestMainWindow::addLatencySendsDelayAndTheDelayChangesLive()
{
	AttachDialog *dialog = open(sda1, Kind::Delay);
	QVERIFY(dialog);
	auto spins = dialog->findChildren<QSpinBox *>();
	spins[0]->setValue(35);
	spins[1]->setValue(7);
	WAIT_FOR_SESSION(dialog, sda1);
	auto s = session(sda1);
	QCOMPARE(s->kindName, QStringLiteral("delay"));
	QCOMPARE(s->options.value(QStringLiteral("read-ms")).toUInt(), 35u);
	QCOMPARE(s->options.value(QStringLiteral("write-ms")).toUInt(), 7u);

	SessionPanel *panel = m_window->sessionPanel();
	QTRY_COMPARE_WITH_TIMEOUT(panel->readDelay()->value(), 35, kHelperMs);
	QCOMPARE(panel->writeDelay()->value(), 7);
	// The live control: Reconfigure once the user stops turning it.
	panel->readDelay()->setValue(120);
	QTRY_COMPARE_WITH_TIMEOUT(session(sda1)->options.value(QStringLiteral("read-ms")).toUInt(), 120u, kHelperMs);
	QCOMPARE(session(sda1)->options.value(QStringLiteral("write-ms")).toUInt(), 7u);
	QCOMPARE(session(sda1)->path, s->path);
}

void TestMainWindow::anotherClientsChangesReachThePanel()
{
	// interposerctl set, or another window: the panel follows the
	// helper's PropertiesChanged, for the options (the spin boxes) as for
	// the session's end.
	AttachDialog *dialog = open(sda1, Kind::Delay);
	QVERIFY(dialog);
	WAIT_FOR_SESSION(dialog, sda1);
	SessionPanel *panel = m_window->sessionPanel();
	QTRY_COMPARE_WITH_TIMEOUT(panel->readDelay()->value(), 20, kHelperMs);
	const QString path = session(sda1)->path.path();
	const QDBusMessage reply = m_machine->client->call(
		path, HelperClient::sessionInterface, QStringLiteral("Reconfigure"),
		{QVariantMap{{QStringLiteral("read-ms"), 200u}, {QStringLiteral("write-ms"), 9u}}}, false);
	QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
	QTRY_COMPARE_WITH_TIMEOUT(panel->readDelay()->value(), 200, kHelperMs);
	QCOMPARE(panel->writeDelay()->value(), 9);
	m_machine->client->call(path, HelperClient::sessionInterface, QStringLiteral("Detach"), {QVariantMap()}, false);
	QTRY_VERIFY_WITH_TIMEOUT(!panel->hasSession(), kHelperMs);
}

void TestMainWindow::aSessionHasOneNameAndItsDetailsApart()
{
	// The words of the action the user chose, in the tree and the panel;
	// the user by name; dm-delay and the device-mapper paths only under
	// Details.
	AttachDialog *dialog = open(sdb, Kind::Delay);
	QVERIFY(dialog);
	WAIT_FOR_SESSION(dialog, sdb);
	m_machine->addSessionDevices(0, sdb);
	QTRY_COMPARE_WITH_TIMEOUT(m_machine->model->sessionParts(sdb).size(), 2, kHelperMs);
	QVERIFY(m_window->selectDevice(sdb));
	SessionPanel *panel = m_window->sessionPanel();
	QTRY_VERIFY_WITH_TIMEOUT(panel->hasSession(), kHelperMs);
	QCOMPARE(m_machine->model->indexOf(sdb, BlockDeviceModel::SessionColumn).data().toString(),
		 QStringLiteral("Latency added"));
	QStringList shown{panel->statusText()};
	for (QLabel *l : panel->findChildren<QLabel *>())
		if (l->isVisible())
			shown << l->text();
	shown << m_window->details()->text();
	const QString all = shown.join(QLatin1Char('\n'));
	QVERIFY2(all.contains(QStringLiteral("/dev/sdb — Latency added")), qPrintable(all));
	QVERIFY2(panel->statusText().contains(QLatin1String("by root")), qPrintable(panel->statusText()));
	for (const char *word : {"by uid", "dm-delay", "/dev/mapper/", "ipbypass", "(active)"})
		QVERIFY2(!all.contains(QLatin1String(word)), qPrintable(QStringLiteral("“%1” shown in:\n%2").arg(QLatin1String(word), all)));
	QVERIFY(!panel->detailsButton()->isChecked());
	panel->detailsButton()->click();
	QTRY_VERIFY(!panel->detailsText().isEmpty());
	for (const char *word : {"dm-delay", "/dev/mapper/interposer-8_16", "dm-1", "/dev/ipbypass0"})
		QVERIFY2(panel->detailsText().contains(QLatin1String(word)), qPrintable(panel->detailsText()));
}

void TestMainWindow::injectFaultsSendsFlakey()
{
	AttachDialog *dialog = open(sdb, Kind::Flakey);
	QVERIFY(dialog);
	auto spins = dialog->findChildren<QSpinBox *>();
	spins[0]->setValue(3);
	spins[1]->setValue(2);
	auto *mode = dialog->findChild<QComboBox *>();
	mode->setCurrentIndex(mode->findData(QStringLiteral("drop-writes")));
	QVERIFY2(dialog->summaryText().contains(QLatin1String("work for 3 s, then drop every write silently for 2 s")),
		 qPrintable(dialog->summaryText()));
	WAIT_FOR_SESSION(dialog, sdb);
	const auto s = session(sdb);
	QCOMPARE(s->kindName, QStringLiteral("flakey"));
	QCOMPARE(s->options.value(QStringLiteral("up-seconds")).toUInt(), 3u);
	QCOMPARE(s->options.value(QStringLiteral("down-seconds")).toUInt(), 2u);
	QCOMPARE(s->options.value(QStringLiteral("mode")).toString(), QStringLiteral("drop-writes"));
}

void TestMainWindow::anErrorShowsTheHelpersSentence()
{
	// A store on the filesystem of the device itself: the helper refuses.
	AttachDialog *dialog = open(sda1, Kind::Snapshot);
	QVERIFY(dialog);
	QPointer<AttachDialog> d(dialog);
	dialog->findChild<QLineEdit *>()->setText(QStringLiteral("/on-sda1"));
	const QString before = m_bus.helperLog();
	dialog->submit();
	QVERIFY(dialog->isBusy());
	QTRY_VERIFY_WITH_TIMEOUT(d && !d->isBusy(), kHelperMs);
	QVERIFY2(dialog->errorText().contains(QLatin1String("/dev/sda1")) && dialog->errorText().contains(QLatin1String("/on-sda1")),
		 qPrintable(dialog->errorText()));
	QVERIFY(dialog->isVisible());
	QVERIFY(!session(sda1));
	QCOMPARE(m_bus.helperLog(), before); // nothing changed on the machine
	QCOMPARE(m_window->statusText(), dialog->errorText());
	// Corrected, the same dialog goes on.
	dialog->findChild<QLineEdit *>()->setText(QStringLiteral("/store"));
	WAIT_FOR_SESSION(dialog, sda1);
	QCOMPARE(session(sda1)->kindName, QStringLiteral("snapshot"));
}

// The helper sends its sentence's source text and parameters beside the
// English (it is asked to: error.parameters); the window says it in German.
void TestMainWindow::theHelpersSentenceIsInTheWindowsLanguage()
{
	InGerman german;
	QVERIFY(german.install());
	showNewWindow();
	if (QTest::currentTestFailed())
		return;
	AttachDialog *dialog = open(sda1, Kind::Snapshot);
	QVERIFY(dialog);
	QPointer<AttachDialog> d(dialog);
	dialog->findChild<QLineEdit *>()->setText(QStringLiteral("/on-sda1"));
	dialog->submit();
	QTRY_VERIFY_WITH_TIMEOUT(d && !d->isBusy(), kHelperMs);
	const char *source = "The snapshot store directory %1 is on a filesystem that lives on %2; the store must be "
			     "on another filesystem.";
	const QString sentence = QCoreApplication::translate("HelperError", source);
	QVERIFY2(sentence != QLatin1String(source), "the catalogue has no German for the helper's sentence");
	QCOMPARE(dialog->errorText(), sentence.arg(QStringLiteral("/on-sda1"), QStringLiteral("/dev/sda1")));
	QCOMPARE(m_window->statusText(), dialog->errorText());
}

// An export that fails midway ends with Completed's English sentence; the
// job sent its parts before (Job.Failure), and the window says it in
// German: a part translated in turn, the byte in German digits.
void TestMainWindow::anExportsFailureIsInTheWindowsLanguage()
{
	const auto wholeAgain = qScopeGuard([this] { QFile::resize(m_exportSource, 4 << 20); });
	InGerman german;
	QVERIFY(german.install());
	showNewWindow();
	if (QTest::currentTestFailed())
		return;
	AttachDialog *dialog = open(sde, Kind::Snapshot);
	QVERIFY(dialog);
	dialog->findChild<QLineEdit *>()->setText(QStringLiteral("/store"));
	WAIT_FOR_SESSION(dialog, sde);
	QVERIFY(m_window->selectDevice(sde));
	SessionPanel *panel = m_window->sessionPanel();
	QTRY_VERIFY_WITH_TIMEOUT(panel->hasSession(), kHelperMs);
	// The snapshot "device" ends after 1 MiB of its 4.
	QVERIFY(QFile::resize(m_exportSource, 1 << 20));
	QSignalSpy started(panel, &SessionPanel::exportStarted);
	panel->exportTo(m_dir.filePath(QStringLiteral("short.img")));
	QCOMPARE(started.count(), 1);
	QPointer<ExportDialog> exporter(qobject_cast<ExportDialog *>(started[0][0].value<QDialog *>()));
	QVERIFY(exporter);
	QTRY_VERIFY_WITH_TIMEOUT(exporter->state() == ExportDialog::State::Succeeded ||
				 exporter->state() == ExportDialog::State::Failed, kHelperMs);
	QCOMPARE(exporter->state(), ExportDialog::State::Failed);
	const QString sentence = QCoreApplication::translate("HelperError", "Cannot read the snapshot of %1 at byte %2: %3.");
	const QString end = QCoreApplication::translate("HelperError", "end of device");
	QVERIFY2(end != QLatin1String("end of device"), "the catalogue has no German for the helper's words");
	QCOMPARE(exporter->statusText(), sentence.arg(QStringLiteral("/dev/sde"), QStringLiteral("1.048.576"), end));
	exporter->close();
}

void TestMainWindow::theWindowStaysUsableWhileACallWaits()
{
	AttachDialog *dialog = open(sda1, Kind::Linear);
	QVERIFY(dialog);
	QPointer<AttachDialog> d(dialog);
	// A helper that does not answer, as while polkit asks for a password.
	m_bus.pauseHelper(true);
	dialog->submit();
	QVERIFY(dialog->isBusy());
	QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
	QVERIFY(m_window->helperActions()->isBusy(QStringLiteral("/dev/sda1")));
	QVERIFY2(m_window->statusText().contains(QLatin1String("waiting for the helper")), qPrintable(m_window->statusText()));
	// The window answers: another device can be chosen and acted on.
	QVERIFY(m_window->selectDevice(sdb));
	QTest::qWait(0);
	QVERIFY(m_window->details()->text().contains(QLatin1String("/dev/sdb")));
	QVERIFY(m_window->attachAction(Kind::Delay)->isEnabled());
	QVERIFY(m_window->selectDevice(sda1));
	QVERIFY2(!m_window->attachAction(Kind::Delay)->isEnabled(), "no second call on a device with one pending");
	m_bus.pauseHelper(false);
	QTRY_VERIFY_WITH_TIMEOUT(d.isNull(), kHelperMs);
	QTRY_VERIFY_WITH_TIMEOUT(session(sda1), kHelperMs);
	QVERIFY(!m_window->helperActions()->isBusy(QStringLiteral("/dev/sda1")));
}

void TestMainWindow::snapshotUsageAndExport()
{
	AttachDialog *dialog = open(sde, Kind::Snapshot);
	QVERIFY(dialog);
	dialog->findChild<QLineEdit *>()->setText(QStringLiteral("/store"));
	QCOMPARE(dialog->findChild<QSpinBox *>()->text(), QStringLiteral("Automatic"));
	WAIT_FOR_SESSION(dialog, sde);
	const auto s = session(sde);
	QCOMPARE(s->kindName, QStringLiteral("snapshot"));
	QCOMPARE(s->options.value(QStringLiteral("store")).toString(), QStringLiteral("/store"));
	QVERIFY2(!s->options.contains(QStringLiteral("store-size")), "the helper chooses the size unless told");

	QVERIFY(m_window->selectDevice(sde));
	SessionPanel *panel = m_window->sessionPanel();
	QTRY_VERIFY_WITH_TIMEOUT(panel->hasSession(), kHelperMs);
	QVERIFY(!panel->exportButton()->isHidden());
	const InterposerSnapshotUsage usage = session(sde)->snapshotUsage;
	QVERIFY(usage.size > 0);
	QCOMPARE(panel->usageBar()->text(), QStringLiteral("%1 of %2 used").arg(formatBytes(usage.used), formatBytes(usage.size)));
	QCOMPARE(panel->usageBar()->value(), int(usage.used * 1000 / usage.size));
	// Where to read the snapshot, in full, and the usage in its bar.
	QLabel *where = nullptr;
	for (QLabel *label : panel->findChildren<QLabel *>())
		if (label->text().contains(s->snapshotDevice))
			where = label;
	QVERIFY2(where, "no sentence names the snapshot device");
	QTRY_VERIFY2(where->height() >= where->heightForWidth(where->width()), "the sentence is cut");
	QVERIFY2(panel->usageBar()->width() > panel->usageBar()->fontMetrics().horizontalAdvance(panel->usageBar()->text()),
		 "the usage does not fit its bar");
	QVERIFY(panel->readDelay()->isHidden() || !panel->readDelay()->isVisibleTo(panel));

	const QString image = m_dir.filePath(QStringLiteral("sde.img"));
	QSignalSpy started(panel, &SessionPanel::exportStarted);
	panel->exportTo(image);
	QCOMPARE(started.count(), 1);
	QPointer<ExportDialog> exporter(qobject_cast<ExportDialog *>(started[0][0].value<QDialog *>()));
	QVERIFY(exporter);
	QTRY_VERIFY_WITH_TIMEOUT(exporter->state() == ExportDialog::State::Succeeded ||
				 exporter->state() == ExportDialog::State::Failed, kHelperMs);
	QVERIFY2(exporter->state() == ExportDialog::State::Succeeded, qPrintable(exporter->statusText()));
	QCOMPARE(exporter->progress(), 1.0);
	QFile a(image), b(m_exportSource);
	QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
	QVERIFY2(a.readAll() == b.readAll(), "the image differs from the snapshot");
	QCOMPARE(QFileInfo(image).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
	exporter->close();
}

void TestMainWindow::detachOfASnapshotAsksFirst()
{
	// Detach deletes a snapshot and its store: the window asks, names
	// what goes, and offers Export in the same question. Cancel keeps it.
	const QString why = showSnapshotPanel();
	QVERIFY2(why.isEmpty(), qPrintable(why));
	SessionPanel *panel = m_window->sessionPanel();
	QTRY_VERIFY_WITH_TIMEOUT(panel->hasSession(), kHelperMs);
	const auto s = session(sde);
	QVERIFY(s);
	const QString before = m_bus.helperLog();
	m_window->detachAction()->trigger();
	QPointer<QMessageBox> question = panel->detachQuestion();
	QVERIFY2(question, "Detach of a snapshot asked nothing");
	QVERIFY(question->isVisible());
	const QString text = question->text() + QLatin1Char(' ') + question->informativeText();
	for (const QString &named : {s->snapshotDevice, QStringLiteral("/store"), QStringLiteral("/dev/sde"),
				     formatBytes(s->snapshotUsage.used)})
		QVERIFY2(text.contains(named), qPrintable(QStringLiteral("“%1” does not name %2").arg(text, named)));
	QStringList buttons;
	for (QAbstractButton *b : question->buttons())
		buttons << b->text();
	QVERIFY2(buttons.contains(QStringLiteral("&Export image…")), qPrintable(buttons.join(QLatin1Char('|'))));
	QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
	// Ctrl+D again while it is open: the same question, not a second.
	m_window->detachAction()->trigger();
	QCOMPARE(panel->findChildren<QMessageBox *>().size(), 1);

	question->button(QMessageBox::Cancel)->click();
	QTRY_VERIFY(question.isNull());
	QCOMPARE(m_bus.helperLog(), before); // nothing asked of the helper
	QVERIFY(session(sde));
	QVERIFY(m_window->detachAction()->isEnabled());

	m_window->detachAction()->trigger();
	question = panel->detachQuestion();
	QVERIFY(question);
	QAbstractButton *drop = nullptr;
	for (QAbstractButton *b : question->buttons())
		if (question->buttonRole(b) == QMessageBox::DestructiveRole)
			drop = b;
	QVERIFY(drop);
	drop->click();
	QTRY_VERIFY_WITH_TIMEOUT(!m_machine->model->session(sde), kHelperMs);
	QTRY_VERIFY(question.isNull());
	QVERIFY2(m_bus.helperLog().contains(QLatin1String("dm.remove interposer-8_64")), qPrintable(m_bus.helperLog()));
}

void TestMainWindow::theSessionsWindowListsEverySessionAndDetachesAll()
{
	// Sessions of this window and of another client, one window for
	// them, Detach all asking first for the snapshot it deletes.
	AttachDialog *delay = open(sdb, Kind::Delay);
	QVERIFY(delay);
	WAIT_FOR_SESSION(delay, sdb);
	const QString why = showSnapshotPanel();
	QVERIFY2(why.isEmpty(), qPrintable(why));
	const QDBusMessage reply = m_machine->client->call(
		HelperClient::managerPath, HelperClient::managerInterface, QStringLiteral("Attach"),
		{QStringLiteral("/dev/sda1"), QStringLiteral("linear"), QVariantMap()}, false);
	QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

	SessionsDialog *dialog = m_window->showSessions();
	QVERIFY(dialog && dialog->isVisible());
	QCOMPARE(m_window->showSessions(), dialog); // one window
	const SessionTableModel *model = dialog->model();
	QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, kHelperMs);
	QStringList rows;
	for (int row = 0; row < model->rowCount(); ++row)
		rows << model->index(row, SessionTableModel::DeviceColumn).data().toString() + QLatin1Char(' ') +
				model->index(row, SessionTableModel::SessionColumn).data().toString() + QLatin1Char(' ') +
				model->index(row, SessionTableModel::ByColumn).data().toString();
	QCOMPARE(rows, (QStringList{QStringLiteral("/dev/sda1 Remapped root"), QStringLiteral("/dev/sdb Latency added root"),
				    QStringLiteral("/dev/sde Snapshot kept root")}));
	QVERIFY(!dialog->detachButton()->isEnabled()); // none chosen
	QVERIFY(dialog->detachAllButton()->isEnabled());
	QCOMPARE(duplicateMnemonics(dialog), QStringList());

	// The chosen row's Detach: a delay, no question.
	dialog->view()->selectRow(1);
	QVERIFY(dialog->detachButton()->isEnabled());
	dialog->detachButton()->click();
	QVERIFY(!dialog->question());
	QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kHelperMs);
	QVERIFY(!m_machine->model->session(sdb));

	const QString before = m_bus.helperLog();
	dialog->detachAllButton()->click();
	QPointer<QMessageBox> question = dialog->question();
	QVERIFY2(question, "Detach all deletes a snapshot without asking");
	QVERIFY2(question->informativeText().contains(session(sde)->snapshotDevice) &&
			 question->text().contains(QLatin1String("/dev/sde")) && !question->text().contains(QLatin1String("/dev/sdb")),
		 qPrintable(question->text() + QLatin1Char('\n') + question->informativeText()));
	question->button(QMessageBox::Cancel)->click();
	QTRY_VERIFY(question.isNull());
	QCOMPARE(m_bus.helperLog(), before);
	QCOMPARE(model->rowCount(), 2);

	dialog->detachAllButton()->click();
	question = dialog->question();
	QVERIFY(question);
	for (QAbstractButton *b : question->buttons())
		if (question->buttonRole(b) == QMessageBox::DestructiveRole)
			b->click();
	QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, kHelperMs);
	for (dev_t d : {sda1, sde})
		QVERIFY(!m_machine->model->session(d));
	QVERIFY(!dialog->detachAllButton()->isEnabled());
}

void TestMainWindow::aSessionFitsA1366x768Screen()
{
	// A laptop's 1366x768, the window maximized under a desktop's top
	// bar: the session of each kind with settings, whole, no scrolling,
	// charts of a useful height. Its tab comes forward by itself.
	m_window->resize(1366, 700);
	const QString why = showSnapshotPanel();
	QVERIFY2(why.isEmpty(), qPrintable(why));
	AttachDialog *delay = open(sdb, Kind::Delay);
	QVERIFY(delay);
	WAIT_FOR_SESSION(delay, sdb);
	AttachDialog *faults = open(sda1, Kind::Flakey);
	QVERIFY(faults);
	WAIT_FOR_SESSION(faults, sda1);
	SessionPanel *panel = m_window->sessionPanel();
	for (dev_t device : {sde, sdb, sda1}) {
		QVERIFY(m_window->selectDevice(sdd)); // no session: the Device tab
		QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::DeviceTab));
		QVERIFY(!m_window->tabs()->isTabEnabled(MainWindow::SessionTab));
		QVERIFY(m_window->selectDevice(device));
		QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::SessionTab));
		auto *scroll = qobject_cast<QScrollArea *>(m_window->tabs()->currentWidget());
		QVERIFY(scroll);
		QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible(),
			     qPrintable(QStringLiteral("%1: the panel needs %2 px wide, has %3")
						.arg(panel->session().device)
						.arg(panel->minimumSizeHint().width())
						.arg(scroll->viewport()->width())));
		QTRY_VERIFY2(!scroll->verticalScrollBar()->isVisible(),
			     qPrintable(QStringLiteral("%1: the panel needs %2 px, has %3")
						.arg(panel->session().device)
						.arg(panel->minimumSizeHint().height())
						.arg(scroll->viewport()->height())));
		QVERIFY2(panel->iopsChart()->height() >= 200, qPrintable(QString::number(panel->iopsChart()->height())));
	}
	// The user's own choice of tab stays while the session is refreshed
	// (here by another client's change of the delay).
	QVERIFY(m_window->selectDevice(sdb));
	m_window->tabs()->setCurrentIndex(MainWindow::DeviceTab);
	const QDBusMessage reply = m_machine->client->call(
		session(sdb)->path.path(), HelperClient::sessionInterface, QStringLiteral("Reconfigure"),
		{QVariantMap{{QStringLiteral("read-ms"), 77u}}}, false);
	QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
	QTRY_COMPARE_WITH_TIMEOUT(panel->readDelay()->value(), 77, kHelperMs);
	QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::DeviceTab));
}

void TestMainWindow::chartsShowIo()
{
	// Stat files before the session: the sampler needs two samples.
	AttachDialog *dialog = open(sdb, Kind::Linear);
	QVERIFY(dialog);
	WAIT_FOR_SESSION(dialog, sdb);
	m_machine->addSessionDevices(0, sdb);
	m_machine->bed.setAttribute(QStringLiteral("sdb"), "stat", kIdleStat);
	m_machine->bed.setAttribute(QStringLiteral("dm-1"), "stat", kIdleStat);
	QTRY_COMPARE_WITH_TIMEOUT(m_machine->model->sessionParts(sdb).size(), 2, kHelperMs);

	// The panel reads <sysfs>/class/block/<name>/stat: here umockdev's.
	MainWindow window(m_machine->client.get(), m_machine->model.get(), QStringLiteral("/sys"));
	QVERIFY(window.selectDevice(sdb));
	SessionPanel *panel = window.sessionPanel();
	QVERIFY(panel->hasSession());
	IoStatSampler *sampler = panel->sampler();
	writeBusyStats();
	QSignalSpy sampled(sampler, &IoStatSampler::sampled);
	QTRY_VERIFY_WITH_TIMEOUT(panel->iopsChart()->sampleCount() >= 1 && panel->iopsChart()->lastValue(0) > 0, 5000);
	QVERIFY(panel->iopsChart()->lastValue(1) > 0);
	QVERIFY(panel->throughputChart()->lastValue(0) > 0);
	QVERIFY(panel->latencyChart()->lastValue(0) > 0);
	QVERIFY2(panel->latencyChart()->lastValue(1) > panel->latencyChart()->lastValue(0),
		 "the interposer's latency includes the original's");
}

// The order a real machine often has: the helper's session reaches the
// window before udev's event of the interposer. The charts must take the
// interposer on once it is known.
void TestMainWindow::chartsFollowAnInterposerKnownLate()
{
	m_machine->bed.setAttribute(QStringLiteral("sdb"), "stat", kIdleStat);
	MainWindow window(m_machine->client.get(), m_machine->model.get(), QStringLiteral("/sys"));
	AttachDialog *dialog = open(&window, sdb, Kind::Linear);
	QVERIFY(dialog);
	WAIT_FOR_SESSION(dialog, sdb);
	SessionPanel *panel = window.sessionPanel();
	QVERIFY(panel->hasSession());
	QVERIFY(m_machine->model->sessionParts(sdb).isEmpty());

	QSignalSpy sampled(panel->sampler(), &IoStatSampler::sampled);
	m_machine->addSessionDevices(0, sdb);
	m_machine->bed.setAttribute(QStringLiteral("dm-1"), "stat", kIdleStat);
	QTRY_COMPARE_WITH_TIMEOUT(m_machine->model->sessionParts(sdb).size(), 2, kHelperMs);
	const auto sampledDm1 = [&sampled] {
		return std::any_of(sampled.cbegin(), sampled.cend(),
				   [](const QList<QVariant> &args) { return args[0].toString() == QLatin1String("dm-1"); });
	};
	// The interposer's first rates need a baseline sample of its own.
	QTRY_VERIFY2_WITH_TIMEOUT(sampledDm1(), "the interposer dm-1 is never sampled", 5000);
	writeBusyStats();
	QTRY_VERIFY_WITH_TIMEOUT(panel->iopsChart()->lastValue(1) > 0, 5000);
}

void TestMainWindow::chartsKeepEachSessionsMinute()
{
	// Two sessions; the charts of the one chosen again show what it did
	// while the other was shown, not an empty minute.
	for (const auto &[device, node] : {std::pair{sdb, QStringLiteral("sdb")}, std::pair{sde, QStringLiteral("sde")}}) {
		AttachDialog *dialog = open(device, Kind::Linear);
		QVERIFY(dialog);
		WAIT_FOR_SESSION(dialog, device);
		m_machine->bed.setAttribute(node, "stat", kIdleStat);
	}
	m_machine->addSessionDevices(0, sdb);
	m_machine->addSessionDevices(1, sde);
	for (const char *dm : {"dm-1", "dm-2"})
		m_machine->bed.setAttribute(QString::fromLatin1(dm), "stat", kIdleStat);
	QTRY_COMPARE_WITH_TIMEOUT(m_machine->model->sessionParts(sde).size(), 2, kHelperMs);

	MainWindow window(m_machine->client.get(), m_machine->model.get(), QStringLiteral("/sys"));
	SessionPanel *panel = window.sessionPanel();
	QVERIFY(window.selectDevice(sdb));
	QTRY_VERIFY_WITH_TIMEOUT(panel->iopsChart()->sampleCount() >= 2, 5000);
	const int sdbBefore = panel->iopsChart()->sampleCount();
	QVERIFY(window.selectDevice(sde));
	QVERIFY(panel->iopsChart()->legendLabels().value(0).startsWith(QLatin1String("sde")));
	const int sdeBefore = panel->iopsChart()->sampleCount();
	// Two more seconds of sde, shown: sdb is sampled meanwhile.
	QTRY_VERIFY_WITH_TIMEOUT(panel->iopsChart()->sampleCount() >= sdeBefore + 2, 5000);
	QVERIFY(window.selectDevice(sdb));
	QVERIFY(panel->iopsChart()->legendLabels().value(0).startsWith(QLatin1String("sdb")));
	QVERIFY2(panel->iopsChart()->sampleCount() >= sdbBefore + 2,
		 qPrintable(QStringLiteral("sdb had %1 points, has %2 after two seconds away")
				    .arg(sdbBefore)
				    .arg(panel->iopsChart()->sampleCount())));
}

void TestMainWindow::chartAxesAreRoundAndTheirLabelsDistinct()
{
	QCOMPARE(IoChart::axisTop(0), 1.0);
	QCOMPARE(IoChart::axisTop(0.9), 1.0);
	QCOMPARE(IoChart::axisTop(1), 2.0);
	QCOMPARE(IoChart::axisTop(50), 60.0);
	QCOMPARE(IoChart::axisTop(60), 100.0);
	QCOMPARE(IoChart::axisTop(3000), 4000.0);
	QCOMPARE(IoChart::axisTop(-5), 1.0);
	QCOMPARE(IoChart::axisTop(std::numeric_limits<double>::quiet_NaN()), 1.0);
	QCOMPARE(IoChart::axisTop(std::numeric_limits<double>::infinity()), 1.0);
	// Three labels, 0, half and top: never two alike ("0 1 1" for 0, 0.5, 1).
	for (double highest : {0.0, 0.5, 1.5, 3.0, 7.0, 30.0, 111.0, 5e5}) {
		const double top = IoChart::axisTop(highest);
		const QByteArray format = IoChart::axisLabelFormat(top).toLatin1();
		QSet<QString> labels;
		for (double tick : {0.0, top / 2, top})
			labels.insert(QString::asprintf(format.constData(), tick));
		QVERIFY2(labels.size() == 3, qPrintable(QStringLiteral("top %1").arg(top)));
	}
}

void TestMainWindow::everyControlHasANameAndTakesFocus()
{
	// Every control of the window, the four dialogs, the panel of a
	// snapshot session and the export dialog: a name for screen readers,
	// and reachable by Tab (toolbar buttons are reached by the menu).
	const QString why = showSnapshotPanel();
	QVERIFY2(why.isEmpty(), qPrintable(why));
	m_window->sessionPanel()->exportTo(m_dir.filePath(QStringLiteral("a11y.img")));
	QStringList missing;
	const auto check = [&missing](QWidget *root) {
		for (QWidget *w : root->findChildren<QWidget *>()) {
			if (!isShown(w, root))
				continue;
			const bool control = isControl(w);
			if (!control && !qobject_cast<QProgressBar *>(w) && !qobject_cast<IoChart *>(w))
				continue;
			if (spokenName(w).isEmpty())
				missing << QStringLiteral("%1 in %2: no accessible name").arg(QString::fromLatin1(w->metaObject()->className()), root->windowTitle());
			if (control && !(w->focusPolicy() & Qt::TabFocus))
				missing << QStringLiteral("%1 in %2: not reachable by Tab").arg(describe(w), root->windowTitle());
		}
	};
	check(m_window.get());
	auto *exportDialog = m_window->sessionPanel()->findChild<ExportDialog *>();
	QVERIFY(exportDialog);
	check(exportDialog);
	// One dialog a device at a time: each in turn.
	for (Kind k : allKinds()) {
		AttachDialog *attach = open(sdb, k);
		QVERIFY(attach);
		check(attach);
		attach->close();
	}
	QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestMainWindow::tabReachesEveryControl()
{
	// The keyboard alone: Tab, from the first control on, visits every
	// enabled control of the window (with a snapshot session's panel), of
	// the export dialog and of each of the four dialogs, and comes round.
	const QString why = showSnapshotPanel();
	QVERIFY2(why.isEmpty(), qPrintable(why));
	QStringList missed = notReachedByTab(m_window.get());
	m_window->sessionPanel()->exportTo(m_dir.filePath(QStringLiteral("tab.img")));
	auto *exportDialog = m_window->sessionPanel()->findChild<ExportDialog *>();
	QVERIFY(exportDialog);
	missed << notReachedByTab(exportDialog);
	for (Kind k : allKinds()) {
		AttachDialog *attach = open(sdb, k);
		QVERIFY(attach);
		// The delay dialog's OK is disabled for a delay of nothing; give it
		// one so that every control is enabled.
		if (auto *spin = attach->findChild<QSpinBox *>(); spin && k == Kind::Delay)
			spin->setValue(10);
		missed << notReachedByTab(attach);
		attach->close();
	}
	QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));
}

void TestMainWindow::mnemonicsAndShortcutsDoNotClash_data()
{
	QTest::addColumn<QString>("language");
	for (const char *language : {"en", "de", "es", "fr", "ru"})
		QTest::newRow(language) << QString::fromLatin1(language);
}

void TestMainWindow::mnemonicsAndShortcutsDoNotClash()
{
	// Alt+letter leads to one place in the window, with the panel of each
	// kind of session that has controls (snapshot, flakey, delay), in each
	// menu, and in each of the four dialogs, in English and in each
	// translation; no shortcut is a key that means something else
	// elsewhere, and none is given twice.
	QFETCH(QString, language);
	QTranslator translator;
	struct Uninstall {
		QTranslator *t;
		~Uninstall() { QCoreApplication::removeTranslator(t); }
	} uninstall{&translator};
	if (language != QLatin1String("en")) {
		QVERIFY(translator.load(QStringLiteral(":/i18n/interposer_%1.qm").arg(language)));
		QVERIFY(QCoreApplication::installTranslator(&translator));
		// The window's words are chosen when it is made.
		showNewWindow();
		if (QTest::currentTestFailed())
			return;
		QCOMPARE(m_window->menuBar()->actions().value(0)->text() == QLatin1String("&Device"), false);
	}
	QStringList clashes = duplicateMenuMnemonics(m_window.get());
	for (Kind k : allKinds()) {
		AttachDialog *attach = open(sdb, k);
		QVERIFY(attach);
		clashes << duplicateMnemonics(attach);
		attach->close();
	}
	const QString why = showSnapshotPanel();
	QVERIFY2(why.isEmpty(), qPrintable(why));
	clashes << duplicateMnemonics(m_window.get());
	AttachDialog *flakey = open(sdb, Kind::Flakey);
	QVERIFY(flakey);
	auto *mode = flakey->findChild<QComboBox *>();
	mode->setCurrentIndex(mode->findData(QStringLiteral("drop-writes")));
	WAIT_FOR_SESSION(flakey, sdb);
	QVERIFY(m_window->selectDevice(sdb));
	QTRY_VERIFY(m_window->sessionPanel()->hasSession());
	clashes << duplicateMnemonics(m_window.get());
	AttachDialog *delay = open(sdc, Kind::Delay);
	QVERIFY(delay);
	WAIT_FOR_SESSION(delay, sdc);
	QVERIFY(m_window->selectDevice(sdc));
	QTRY_VERIFY(m_window->sessionPanel()->hasSession());
	clashes << duplicateMnemonics(m_window.get());

	const QList<QKeySequence> taken = keysTakenElsewhere();
	QMap<QString, QString> given;
	for (QAction *a : m_window->findChildren<QAction *>()) {
		for (const QKeySequence &key : a->shortcuts()) {
			if (a->shortcuts() == QKeySequence::keyBindings(QKeySequence::Quit) ||
			    a->shortcuts() == QKeySequence::keyBindings(QKeySequence::Find) ||
			    a->shortcuts() == QKeySequence::keyBindings(QKeySequence::HelpContents))
				continue; // their own: Quit, Find (the filter), Help (the guide)
			if (taken.contains(key))
				clashes << QStringLiteral("“%1” has %2, which means something else elsewhere").arg(a->text(), key.toString());
			if (given.contains(key.toString()))
				clashes << QStringLiteral("%1 is both “%2” and “%3”").arg(key.toString(), given.value(key.toString()), a->text());
			given.insert(key.toString(), a->text());
		}
	}
	QVERIFY2(given.size() >= 5, qPrintable(QStringList(given.keys()).join(QLatin1Char(' ')))); // the kinds, Detach, Quit
	QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
