// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "attachdialog.h"
#include "blockdevicemodel.h"
#include "devicedetails.h"
#include "helperaction.h"
#include "sessionpanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(HelperClient *client, BlockDeviceModel *model, const QString &sysfsRoot, QWidget *parent)
	: QMainWindow(parent), m_model(model), m_actions(new HelperActions(client, this))
{
	setWindowTitle(tr("Interposer"));
	setWindowIcon(QIcon::fromTheme(QStringLiteral("org.interposer.Interposer")));

	m_view = new QTreeView(this);
	m_view->setModel(model);
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
		const QModelIndex index = m_view->indexAt(at);
		if (!index.isValid())
			return;
		QMenu *menu = contextMenuFor(index);
		menu->exec(m_view->viewport()->mapToGlobal(at));
		delete menu;
	});
	// New disks (hotplug) show their partitions too.
	connect(model, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent, int first, int last) {
		if (!parent.isValid())
			for (int r = first; r <= last; ++r)
				m_view->expand(m_model->index(r, 0));
	});

	m_details = new DeviceDetails(this);
	m_panel = new SessionPanel(m_actions, sysfsRoot, this);

	auto *right = new QWidget(this);
	auto *rightLayout = new QVBoxLayout(right);
	rightLayout->setContentsMargins(0, 0, 0, 0);
	rightLayout->addWidget(m_details);
	rightLayout->addWidget(m_panel, 1);
	auto *scroll = new QScrollArea(this);
	scroll->setWidget(right);
	scroll->setWidgetResizable(true);
	scroll->setFrameShape(QFrame::NoFrame);

	auto *splitter = new QSplitter(Qt::Vertical, this);
	splitter->addWidget(m_view);
	splitter->addWidget(scroll);
	splitter->setStretchFactor(0, 2);
	splitter->setStretchFactor(1, 3);
	setCentralWidget(splitter);

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
	connect(m_controller, &DeviceController::attachDialogOpened, this, &MainWindow::attachDialogOpened);
	connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_controller, &DeviceController::setCurrent);
	buildActions();

	connect(m_actions, &HelperActions::started, this, &MainWindow::onActionStarted);
	connect(m_actions, &HelperActions::finished, this, &MainWindow::onActionFinished);
	resize(1100, 760);
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
	deviceMenu->addSeparator();
	QAction *quit = deviceMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
	quit->setShortcut(QKeySequence::Quit);

	QMenu *help = menuBar()->addMenu(tr("&Help"));
	help->addAction(tr("&About Interposer"), this, [this] {
		QMessageBox::about(this, tr("About Interposer"),
				   tr("Interposer %1\nPuts a live, mounted block device under device-mapper and back, without unmounting.")
					   .arg(QApplication::applicationVersion()));
	});
}

QMenu *MainWindow::contextMenuFor(const QModelIndex &index)
{
	// The same QActions as the menu bar's: the controller enables them
	// for the current row, which the click made this one.
	m_view->setCurrentIndex(index);
	auto *menu = new QMenu(this);
	for (Kind kind : allKinds())
		menu->addAction(m_controller->attachAction(kind));
	menu->addSeparator();
	menu->addAction(m_controller->detachAction());
	return menu;
}

bool MainWindow::selectDevice(dev_t device)
{
	const QModelIndex index = m_model->indexOf(device);
	if (!index.isValid())
		return false;
	m_view->setCurrentIndex(index);
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
