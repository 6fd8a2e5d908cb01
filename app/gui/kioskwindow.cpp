// SPDX-License-Identifier: GPL-2.0-or-later
#include "kioskwindow.h"

#include "attachdialog.h"
#include "attachkind.h"
#include "blockdevicemodel.h"
#include "devicecontroller.h"
#include "helperaction.h"
#include "helperstatus.h"
#include "readinessbanner.h"
#include "sessionpanel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTreeView>
#include <QVBoxLayout>

KioskDeviceFilter::KioskDeviceFilter(const QSet<dev_t> &allowed, QObject *parent)
	: QSortFilterProxyModel(parent), m_allowed(allowed)
{
	// A disk stays when one of its partitions is allowed.
	setRecursiveFilteringEnabled(true);
}

bool KioskDeviceFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
	const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
	return m_allowed.contains(dev_t(index.data(BlockDeviceModel::DeviceNumberRole).toULongLong()));
}

bool KioskDeviceFilter::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
	// A visitor needs the name, what is on it, and whether it is interposed.
	return sourceColumn == BlockDeviceModel::NameColumn || sourceColumn == BlockDeviceModel::SizeColumn ||
	       sourceColumn == BlockDeviceModel::FilesystemColumn || sourceColumn == BlockDeviceModel::MountPointsColumn ||
	       sourceColumn == BlockDeviceModel::SessionColumn;
}

IdleTimer::IdleTimer(int seconds, QObject *parent) : QObject(parent)
{
	m_timer.setSingleShot(true);
	m_timer.setInterval(seconds * 1000);
	connect(&m_timer, &QTimer::timeout, this, &IdleTimer::idle);
	qApp->installEventFilter(this);
	m_timer.start();
}

bool IdleTimer::eventFilter(QObject *watched, QEvent *event)
{
	switch (event->type()) {
	case QEvent::KeyPress:
	case QEvent::MouseButtonPress:
	case QEvent::MouseMove:
	case QEvent::TouchBegin:
	case QEvent::TouchUpdate:
	case QEvent::Wheel:
		m_timer.start();
		break;
	default:
		break;
	}
	return QObject::eventFilter(watched, event);
}

namespace {

// A touch screen has no keyboard whose letters a button could underline:
// the action's text without its mnemonic. On a button "&&" stays (it
// shows one "&"); in a name it becomes one "&".
QString withoutMnemonic(QString text, bool onButton)
{
	for (qsizetype i = 0; i < text.size(); ++i) {
		if (text[i] != QLatin1Char('&'))
			continue;
		if (onButton && i + 1 < text.size() && text[i + 1] == QLatin1Char('&'))
			++i; // "&&" kept whole
		else
			text.remove(i, 1); // and the character after it stays
	}
	return text;
}

QPushButton *bigButton(QAction *action, QWidget *parent)
{
	auto *button = new QPushButton(parent);
	button->setMinimumHeight(72);
	button->setMinimumWidth(220);
	button->setFocusPolicy(Qt::StrongFocus);
	const auto follow = [button, action] {
		button->setText(withoutMnemonic(action->text(), true));
		button->setAccessibleName(withoutMnemonic(action->text(), false).remove(QStringLiteral("…")));
		button->setIcon(action->icon());
		button->setEnabled(action->isEnabled());
	};
	follow();
	QObject::connect(action, &QAction::changed, button, follow);
	QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
	return button;
}

} // namespace

KioskWindow::KioskWindow(HelperClient *client, BlockDeviceModel *model, const KioskConfig &config,
			 const QSet<dev_t> &allowed, const QStringList &problems, const QString &sysfsRoot,
			 QWidget *parent)
	: QWidget(parent), m_model(model), m_allowed(allowed), m_actions(new HelperActions(client, this)),
	  m_filter(new KioskDeviceFilter(allowed, this))
{
	setWindowTitle(tr("Interposer demo"));
	setObjectName(QStringLiteral("kiosk"));
	// Large for fingers and for people watching from a few steps away.
	QFont big = font();
	big.setPointSizeF(big.pointSizeF() * 1.6);
	setFont(big);

	m_filter->setSourceModel(model);
	auto *layout = new QVBoxLayout(this);
	auto *header = new QHBoxLayout;
	auto *title = new QLabel(tr("Interposer: put a live disk under device-mapper, without unmounting"), this);
	QFont titleFont = big;
	titleFont.setBold(true);
	titleFont.setPointSizeF(big.pointSizeF() * 1.2);
	title->setFont(titleFont);
	title->setWordWrap(true);
	header->addWidget(title, 1);
	m_reset = new QPushButton(tr("Reset demo"), this);
	m_reset->setMinimumHeight(72);
	m_reset->setMinimumWidth(220);
	m_reset->setAccessibleName(tr("Reset demo: detach every session"));
	connect(m_reset, &QPushButton::clicked, this, &KioskWindow::resetDemo);
	header->addWidget(m_reset);
	layout->addLayout(header);

	m_status = new QLabel(this);
	m_status->setWordWrap(true);
	m_status->setAccessibleName(tr("Status"));
	m_status->setText(problems.join(QLatin1Char('\n')));
	layout->addWidget(m_status);
	m_helperStatus = new HelperStatus(client->bus(), {}, this);
	auto *banner = new ReadinessBanner(m_helperStatus, this);
	banner->setGuideOffered(false);
	// Touch buttons, as the kiosk's others: tall, no underlined letters.
	for (QPushButton *button : banner->findChildren<QPushButton *>()) {
		button->setText(button->text().remove(QLatin1Char('&')));
		button->setMinimumHeight(56);
	}
	layout->addWidget(banner);

	auto *middle = new QHBoxLayout;
	m_view = new QTreeView(this);
	m_view->setModel(m_filter);
	m_view->setAccessibleName(tr("Demo devices"));
	m_view->setSelectionMode(QAbstractItemView::SingleSelection);
	m_view->setAllColumnsShowFocus(true);
	m_view->setIconSize(QSize(32, 32));
	m_view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 10px; }"));
	m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
	m_view->expandAll();
	connect(m_filter, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
	middle->addWidget(m_view, 1);

	m_panel = new SessionPanel(m_actions, sysfsRoot, this);
	// One Detach: the big one below the actions. The panel's own, small,
	// would be a second button for the same.
	m_panel->detachButton()->hide();
	// A demo's snapshot is a throwaway, as Reset treats it: no question a
	// visitor must answer, and no file dialog on a booth's screen.
	m_panel->setAskBeforeDeletingSnapshot(false);
	m_controller = new DeviceController(model, m_actions, m_panel, nullptr, this);
	m_controller->setDefaultStore(config.snapshotStore);
	m_controller->setHelperStatus(m_helperStatus);
	connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
		[this](const QModelIndex &current) { m_controller->setCurrent(m_filter->mapToSource(current)); });
	auto *buttons = new QVBoxLayout;
	for (Kind kind : allKinds())
		buttons->addWidget(bigButton(m_controller->attachAction(kind), this));
	buttons->addWidget(bigButton(m_controller->detachAction(), this));
	buttons->addStretch(1);
	middle->addLayout(buttons);
	layout->addLayout(middle, 2);
	layout->addWidget(m_panel, 3);

	connect(m_actions, &HelperActions::finished, this, [this](HelperAction *a) {
		m_status->setText(a->succeeded() ? QString() : a->errorText());
	});
	if (config.idleResetSeconds > 0) {
		m_idle = new IdleTimer(config.idleResetSeconds, this);
		connect(m_idle, &IdleTimer::idle, this, &KioskWindow::resetDemo);
	}
	// The first of the kiosk's devices, chosen: a visitor sees what to do.
	const QModelIndex first = m_filter->index(0, 0);
	m_view->setCurrentIndex(m_filter->rowCount(first) ? m_filter->index(0, 0, first) : first);
	m_helperStatus->refresh();
}

bool KioskWindow::selectDevice(dev_t device)
{
	const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(device));
	if (!index.isValid())
		return false;
	m_view->setCurrentIndex(index);
	return true;
}

void KioskWindow::showOnWholeScreen()
{
	// A booth has no window manager (linuxfb, eglfs; offscreen in the
	// tests). There a top-level that was never sized by hand is sized to
	// its size hint again when its layout changes, as when the session
	// panel appears, and nothing puts it back to full screen. A size
	// given first keeps it.
	setGeometry(screen()->geometry());
	showFullScreen();
}

void KioskWindow::resetDemo()
{
	for (AttachDialog *dialog : findChildren<AttachDialog *>())
		dialog->close();
	for (dev_t device : std::as_const(m_allowed)) {
		const SessionInfo *session = m_model->session(device);
		if (session && session->isActive() && !m_actions->isBusy(session->device))
			m_actions->detach(*session);
	}
}
