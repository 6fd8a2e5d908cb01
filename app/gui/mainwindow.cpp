// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "attachdialog.h"
#include "blockdevicemodel.h"
#include "devicedetails.h"
#include "helperaction.h"
#include "sessionpanel.h"
#include "sessionwatcher.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(HelperClient *client, BlockDeviceModel *model, SessionWatcher *sessions,
		       const QString &sysfsRoot, QWidget *parent)
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
	m_view->header()->setStretchLastSection(true);
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

	buildActions();

	connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateSelection);
	connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateSelection);
	connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSelection);
	connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSelection);
	connect(sessions, &SessionWatcher::sessionsChanged, this, &MainWindow::updateSelection);
	connect(m_actions, &HelperActions::started, this, &MainWindow::onActionStarted);
	connect(m_actions, &HelperActions::finished, this, &MainWindow::onActionFinished);
	updateSelection();
	resize(1100, 760);
}

void MainWindow::buildActions()
{
	QMenu *deviceMenu = menuBar()->addMenu(tr("&Device"));
	QToolBar *bar = addToolBar(tr("Actions"));
	bar->setObjectName(QStringLiteral("actions"));
	bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
	bar->setMovable(false);
	const QHash<Kind, QString> icons{
		{Kind::Linear, QStringLiteral("view-refresh")},
		{Kind::Delay, QStringLiteral("appointment-soon")},
		{Kind::Snapshot, QStringLiteral("camera-photo")},
		{Kind::Flakey, QStringLiteral("dialog-warning")},
	};
	const QHash<Kind, QKeySequence> keys{
		{Kind::Linear, QKeySequence(Qt::CTRL | Qt::Key_R)},
		{Kind::Delay, QKeySequence(Qt::CTRL | Qt::Key_L)},
		{Kind::Snapshot, QKeySequence(Qt::CTRL | Qt::Key_T)},
		{Kind::Flakey, QKeySequence(Qt::CTRL | Qt::Key_F)},
	};
	for (Kind kind : allKinds()) {
		auto *action = new QAction(QIcon::fromTheme(icons.value(kind)), actionText(kind) + QStringLiteral("…"), this);
		action->setShortcut(keys.value(kind));
		connect(action, &QAction::triggered, this, [this, kind] { openAttachDialog(kind); });
		deviceMenu->addAction(action);
		bar->addAction(action);
		m_attach.insert(kind, action);
	}
	deviceMenu->addSeparator();
	bar->addSeparator();
	m_detach = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Detach"), this);
	m_detach->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
	connect(m_detach, &QAction::triggered, m_panel, &SessionPanel::detach);
	deviceMenu->addAction(m_detach);
	bar->addAction(m_detach);
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

bool MainWindow::selectDevice(dev_t device)
{
	const QModelIndex index = m_model->indexOf(device);
	if (!index.isValid())
		return false;
	m_view->setCurrentIndex(index);
	return true;
}

AttachDialog *MainWindow::openAttachDialog(Kind kind)
{
	const BlockDevice *device = m_model->device(m_view->currentIndex());
	if (!device || !m_attach.value(kind)->isEnabled())
		return nullptr;
	auto *dialog = new AttachDialog(m_actions, *device, kind, this);
	dialog->setAttribute(Qt::WA_DeleteOnClose);
	// Not modal: the window, its charts and other devices stay usable
	// while polkit asks for a password.
	dialog->show();
	Q_EMIT attachDialogOpened(dialog);
	return dialog;
}

void MainWindow::updateSelection()
{
	const QModelIndex current = m_view->currentIndex();
	const BlockDevice *device = m_model->device(current);
	if (!device) {
		m_details->clear();
		m_panel->clearSession();
		m_panel->hide();
		for (QAction *a : std::as_const(m_attach))
			a->setEnabled(false);
		m_detach->setEnabled(false);
		return;
	}
	const int partitions = current.parent().isValid() ? 0 : m_model->rowCount(current.siblingAtColumn(0));
	const SessionInfo *session = m_model->session(device->number);
	const bool busy = m_actions->isBusy(device->node);
	const QString refusal = attachRefusal(*device, partitions);
	m_details->setDevice(*device, m_model->sessionParts(device->number), session ? QString() : refusal);
	const bool interposed = session || !m_model->sessionParts(device->number).isEmpty();
	for (QAction *a : std::as_const(m_attach))
		a->setEnabled(refusal.isEmpty() && !interposed && !busy);
	m_detach->setEnabled(session && session->state == QLatin1String("active") && !busy);
	if (session) {
		m_panel->setSession(*session, *device, m_model->sessionParts(device->number));
		m_panel->show();
	} else {
		m_panel->clearSession();
		m_panel->hide();
	}
}

void MainWindow::onActionStarted(HelperAction *)
{
	showPending();
	updateSelection();
}

void MainWindow::onActionFinished(HelperAction *action)
{
	showPending();
	if (m_actions->pending().isEmpty())
		m_status->setText(action->succeeded() ? tr("%1: done.").arg(action->description())
						      : action->errorText());
	updateSelection();
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
