// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "attachdialog.h"
#include "blockdevicemodel.h"
#include "devicedetails.h"
#include "devicefiltermodel.h"
#include "helperaction.h"
#include "helperstatus.h"
#include "readinessbanner.h"
#include "sessionpanel.h"
#include "sessionsdialog.h"
#include "userguide.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(HelperClient *client, BlockDeviceModel *model, const QString &sysfsRoot, QWidget *parent)
	: QMainWindow(parent), m_model(model), m_actions(new HelperActions(client, this)),
	  m_helperStatus(new HelperStatus(client->bus(), {}, this))
{
	setWindowTitle(tr("Interposer"));
	setWindowIcon(QIcon::fromTheme(QStringLiteral("org.interposer.Interposer")));

	m_filter = new DeviceFilterModel(this);
	m_filter->setSourceModel(model);
	m_view = new QTreeView(this);
	m_view->setModel(m_filter);
	m_view->setAccessibleName(tr("Block devices"));
	m_view->setUniformRowHeights(true);
	m_view->setAllColumnsShowFocus(true);
	m_view->setSelectionMode(QAbstractItemView::SingleSelection);
	m_view->expandAll();
	m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
	// Columns fit the first 100 rows, not Qt's default 1000: with 2,000
	// devices that took 100 ms of the first paint, and 20 ms this way
	// (tests/bench/gui). The rows below are of the same kinds.
	m_view->header()->setResizeContentsPrecision(100);
	m_view->header()->setStretchLastSection(true);
	// A right click (or the Menu key) on a row: its actions.
	m_view->setContextMenuPolicy(Qt::CustomContextMenu);
	connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
		const QModelIndex index = m_filter->mapToSource(m_view->indexAt(at));
		if (!index.isValid())
			return;
		QMenu *menu = contextMenuFor(index);
		menu->exec(m_view->viewport()->mapToGlobal(at));
		delete menu;
	});
	// New disks (hotplug) show their partitions too.
	connect(m_filter, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent, int first, int last) {
		if (!parent.isValid())
			for (int r = first; r <= last; ++r)
				m_view->expand(m_filter->index(r, 0));
	});
	// What the user types narrows the tree; Ctrl+F (Find) goes there.
	m_filterEdit = new QLineEdit(this);
	m_filterEdit->setPlaceholderText(tr("Filter by name, label, filesystem, mount point or session"));
	m_filterEdit->setAccessibleName(tr("Filter devices"));
	m_filterEdit->setClearButtonEnabled(true);
	connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
		// The chosen device stays chosen while it is shown, and is no
		// longer chosen when it is not: a removed current row would
		// move Qt's current to a neighbour the user never chose.
		const QPersistentModelIndex chosen = currentDevice();
		m_filter->setFilterFixedString(text.trimmed());
		m_view->expandAll();
		const QModelIndex shown = m_filter->mapFromSource(chosen);
		if (shown.isValid())
			m_view->setCurrentIndex(shown);
		else
			m_view->selectionModel()->clearCurrentIndex();
		m_controller->setCurrent(m_filter->mapToSource(m_view->currentIndex()));
	});
	auto *find = new QAction(tr("Filter devices"), this);
	find->setShortcuts(QKeySequence::Find);
	connect(find, &QAction::triggered, m_filterEdit, [this] {
		m_filterEdit->setFocus(Qt::ShortcutFocusReason);
		m_filterEdit->selectAll();
	});
	addAction(find);
	auto *left = new QWidget(this);
	auto *leftLayout = new QVBoxLayout(left);
	leftLayout->setContentsMargins(0, 0, 0, 0);
	leftLayout->addWidget(m_filterEdit);
	leftLayout->addWidget(m_view, 1);

	m_details = new DeviceDetails(this);
	m_panel = new SessionPanel(m_actions, sysfsRoot, this);

	// The device and its session side by side with the tree, each a
	// tab of the whole height: below the tree, the session scrolled on a
	// 1366x768 screen (charts, settings and details need about 550 px).
	const auto scrolled = [this](QWidget *inside) {
		auto *scroll = new QScrollArea(this);
		scroll->setWidget(inside);
		scroll->setWidgetResizable(true);
		scroll->setFrameShape(QFrame::NoFrame);
		return scroll;
	};
	m_tabs = new QTabWidget(this);
	m_tabs->setDocumentMode(true);
	m_tabs->addTab(scrolled(m_details), tr("De&vice"));
	m_tabs->addTab(scrolled(m_panel), tr("Sessio&n"));
	m_tabs->setTabEnabled(SessionTab, false);

	auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
	splitter->addWidget(left);
	splitter->addWidget(m_tabs);
	// The session's three charts and settings need about 880 px, which a
	// 1366 px screen leaves the tree's first six columns (the seventh,
	// the session's, is the tab's title then); more room goes to both.
	splitter->setStretchFactor(0, 1);
	splitter->setStretchFactor(1, 1);
	splitter->setSizes({460, 900});
	auto *central = new QWidget(this);
	auto *centralLayout = new QVBoxLayout(central);
	centralLayout->setContentsMargins(0, 0, 0, 0);
	m_banner = new ReadinessBanner(m_helperStatus, central);
	centralLayout->addWidget(m_banner);
	centralLayout->addWidget(splitter, 1);
	setCentralWidget(central);

	m_busy = new QProgressBar(this);
	m_busy->setRange(0, 0);
	m_busy->setMaximumWidth(100);
	m_busy->setAccessibleName(tr("Waiting for the helper"));
	m_busy->hide();
	m_status = new QLabel(this);
	m_status->setAccessibleName(tr("Status"));
	statusBar()->addWidget(m_busy);
	statusBar()->addWidget(m_status, 1);

	m_controller = new DeviceController(model, m_actions, m_panel, m_details, this);
	m_controller->setHelperStatus(m_helperStatus);
	// A session chosen or begun brings its tab forward; the user's own
	// choice of tab stays while the same session is refreshed.
	connect(m_controller, &DeviceController::shownSessionChanged, this, [this](bool shown) {
		m_tabs->setTabEnabled(SessionTab, shown);
		m_tabs->setCurrentIndex(shown ? SessionTab : DeviceTab);
	});
	connect(m_controller, &DeviceController::attachDialogOpened, this, &MainWindow::attachDialogOpened);
	connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_controller,
		[this](const QModelIndex &current) { m_controller->setCurrent(m_filter->mapToSource(current)); });
	buildActions();

	connect(m_actions, &HelperActions::started, this, &MainWindow::onActionStarted);
	connect(m_actions, &HelperActions::finished, this, &MainWindow::onActionFinished);
	resize(1280, 760);
	m_helperStatus->refresh();
}

void MainWindow::buildActions()
{
	QMenu *deviceMenu = menuBar()->addMenu(tr("&Device"));
	QToolBar *bar = addToolBar(tr("Actions"));
	bar->setObjectName(QStringLiteral("actions"));
	bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
	bar->setMovable(false);
	// Ctrl and the action's place in the bar: the letters were keys that
	// mean something else almost everywhere (Ctrl+R reloads, Ctrl+T opens
	// a tab, Ctrl+L goes to the address, Ctrl+F finds), and a device must
	// not be remapped by a hand used to them (tst_mainwindow checks).
	const QHash<Kind, QKeySequence> keys{
		{Kind::Linear, QKeySequence(Qt::CTRL | Qt::Key_1)},
		{Kind::Delay, QKeySequence(Qt::CTRL | Qt::Key_2)},
		{Kind::Snapshot, QKeySequence(Qt::CTRL | Qt::Key_3)},
		{Kind::Flakey, QKeySequence(Qt::CTRL | Qt::Key_4)},
	};
	for (Kind kind : allKinds()) {
		QAction *action = m_controller->attachAction(kind);
		action->setShortcut(keys.value(kind));
		deviceMenu->addAction(action);
		bar->addAction(action);
	}
	deviceMenu->addSeparator();
	bar->addSeparator();
	QAction *detach = m_controller->detachAction();
	detach->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
	deviceMenu->addAction(detach);
	bar->addAction(detach);
	// Every session of the machine, and Detach all.
	m_sessionsAction = new QAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("Sessi&ons…"), this);
	m_sessionsAction->setToolTip(tr("Every session on this machine, and Detach all"));
	connect(m_sessionsAction, &QAction::triggered, this, &MainWindow::showSessions);
	deviceMenu->addAction(m_sessionsAction);
	bar->addAction(m_sessionsAction);
	deviceMenu->addSeparator();
	QAction *quit = deviceMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
	quit->setShortcut(QKeySequence::Quit);

	QMenu *help = menuBar()->addMenu(tr("&Help"));
	QAction *guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User guide"), this,
					 [this] { showUserGuide(this); });
	guide->setShortcuts(QKeySequence::HelpContents);
	help->addAction(tr("&About Interposer"), this,
			[this] { QMessageBox::about(this, tr("About Interposer"), aboutText()); });
}

SessionsDialog *MainWindow::showSessions()
{
	if (!m_sessions) {
		m_sessions = new SessionsDialog(m_model, m_actions, this);
		m_sessions->setAttribute(Qt::WA_DeleteOnClose);
	}
	m_sessions->show();
	m_sessions->raise();
	m_sessions->activateWindow();
	return m_sessions;
}

QString MainWindow::aboutText()
{
	return tr("Interposer %1\n\nPuts a live, mounted block device under device-mapper and back, without unmounting.\n\nLicence: GNU General Public License, version 2 or later.\nBuilt with Qt %2, running on Qt %3.")
		.arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

QMenu *MainWindow::contextMenuFor(const QModelIndex &index)
{
	// The same QActions as the menu bar's: the controller enables them
	// for the current row, which the click made this one.
	m_view->setCurrentIndex(m_filter->mapFromSource(index));
	auto *menu = new QMenu(this);
	for (Kind kind : allKinds())
		menu->addAction(m_controller->attachAction(kind));
	menu->addSeparator();
	menu->addAction(m_controller->detachAction());
	return menu;
}

void MainWindow::rememberLayoutIn(QSettings *settings)
{
	m_settings = settings;
	if (!settings)
		return;
	restoreGeometry(settings->value(QStringLiteral("MainWindow/geometry")).toByteArray());
	m_splitter->restoreState(settings->value(QStringLiteral("MainWindow/splitter")).toByteArray());
	m_view->header()->restoreState(settings->value(QStringLiteral("MainWindow/columns")).toByteArray());
}

void MainWindow::saveLayout()
{
	if (!m_settings)
		return;
	m_settings->setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
	m_settings->setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
	m_settings->setValue(QStringLiteral("MainWindow/columns"), m_view->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
	saveLayout();
	QMainWindow::closeEvent(event);
}

QModelIndex MainWindow::currentDevice() const
{
	return m_filter->mapToSource(m_view->currentIndex()).siblingAtColumn(0);
}

bool MainWindow::selectDevice(dev_t device)
{
	const QModelIndex index = m_model->indexOf(device);
	if (!index.isValid())
		return false;
	// A device the filter hides is shown again, with all the others.
	if (!m_filter->mapFromSource(index).isValid())
		m_filterEdit->clear();
	m_view->setCurrentIndex(m_filter->mapFromSource(index));
	return true;
}

void MainWindow::onActionStarted(HelperAction *)
{
	showPending();
}

void MainWindow::onActionFinished(HelperAction *action)
{
	showPending();
	if (m_actions->pending().isEmpty())
		m_status->setText(action->succeeded() ? tr("%1: done.").arg(action->description())
						      : action->errorText());
}

void MainWindow::showPending()
{
	const QList<HelperAction *> pending = m_actions->pending();
	m_busy->setVisible(!pending.isEmpty());
	if (!pending.isEmpty())
		m_status->setText(tr("%1… (waiting for the helper)").arg(pending.constLast()->description()));
}

QString MainWindow::statusText() const
{
	return m_status->text();
}
