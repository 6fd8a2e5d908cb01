// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicecontroller.h"

#include "attachdialog.h"
#include "attachkind.h"
#include "blockdevicemodel.h"
#include "devicedetails.h"
#include "helperaction.h"
#include "helperstatus.h"
#include "sessionpanel.h"

#include <QAction>
#include <QIcon>

DeviceController::DeviceController(BlockDeviceModel *model, HelperActions *actions, SessionPanel *panel,
				   DeviceDetails *details, QWidget *window)
	: QObject(window), m_model(model), m_actions(actions), m_panel(panel), m_details(details), m_window(window)
{
	const QHash<Kind, QString> icons{
		{Kind::Linear, QStringLiteral("view-refresh")},
		{Kind::Delay, QStringLiteral("appointment-soon")},
		{Kind::Snapshot, QStringLiteral("camera-photo")},
		{Kind::Flakey, QStringLiteral("dialog-warning")},
	};
	for (Kind kind : allKinds()) {
		auto *action = new QAction(QIcon::fromTheme(icons.value(kind)), actionText(kind) + QStringLiteral("…"), this);
		connect(action, &QAction::triggered, this, [this, kind] { openAttachDialog(kind); });
		m_attach.insert(kind, action);
	}
	m_detach = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Detach"), this);
	connect(m_detach, &QAction::triggered, m_panel, &SessionPanel::detach);
	m_panel->followSessions(model);

	connect(model, &QAbstractItemModel::dataChanged, this, &DeviceController::onDataChanged);
	connect(model, &QAbstractItemModel::rowsInserted, this, &DeviceController::onRowsInserted);
	connect(model, &QAbstractItemModel::rowsRemoved, this, &DeviceController::refresh);
	connect(model, &QAbstractItemModel::modelReset, this, &DeviceController::refresh);
	connect(actions, &HelperActions::started, this, &DeviceController::refresh);
	connect(actions, &HelperActions::finished, this, &DeviceController::refresh);
	refresh();
}

void DeviceController::setHelperStatus(HelperStatus *status)
{
	m_status = status;
	connect(status, &HelperStatus::changed, this, &DeviceController::refresh);
	// A refusal may be the first sign of a module unloaded since.
	connect(m_actions, &HelperActions::finished, status, [status](HelperAction *action) {
		if (!action->succeeded())
			status->refresh();
	});
	refresh();
}

void DeviceController::setCurrent(const QModelIndex &index)
{
	m_current = index.siblingAtColumn(0);
	refresh();
}

AttachDialog *DeviceController::openAttachDialog(Kind kind)
{
	const BlockDevice *device = m_model->device(m_current);
	if (!device || !m_attach.value(kind)->isEnabled())
		return nullptr;
	// A second dialog for the device would stack on the first, and two
	// submits would race for one device: the open one comes forward.
	// The dialogs are the window's children and know their device; a
	// closed one is not gone yet (WA_DeleteOnClose deletes it later).
	for (AttachDialog *open : m_window->findChildren<AttachDialog *>(Qt::FindDirectChildrenOnly)) {
		if (open->isVisible() && open->device().number == device->number) {
			open->raise();
			open->activateWindow();
			return open;
		}
	}
	auto *dialog = new AttachDialog(m_actions, *device, kind, m_window);
	dialog->setAttribute(Qt::WA_DeleteOnClose);
	if (m_status) {
		dialog->withholdUnsupported(*m_status);
		// Opened before the helper's first answer, or before a new one.
		connect(m_status, &HelperStatus::changed, dialog,
			[dialog, status = m_status] { dialog->withholdUnsupported(*status); });
	}
	if (kind == Kind::Snapshot && !m_defaultStore.isEmpty())
		dialog->setStore(m_defaultStore);
	// Not modal: the window, its charts and other devices stay usable
	// while polkit asks for a password.
	dialog->show();
	Q_EMIT attachDialogOpened(dialog);
	return dialog;
}

void DeviceController::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
	if (m_current.isValid() && topLeft.parent() == m_current.parent() && topLeft.row() <= m_current.row() &&
	    m_current.row() <= bottomRight.row())
		refresh();
}

void DeviceController::onRowsInserted(const QModelIndex &parent)
{
	// A partition of the chosen disk: the disk is no longer offered.
	if (m_current.isValid() && parent == m_current)
		refresh();
}

void DeviceController::refresh()
{
	const BlockDevice *device = m_model->device(m_current);
	if (!device) {
		if (m_details)
			m_details->clear();
		m_panel->clearSession();
		m_panel->hide();
		for (QAction *a : std::as_const(m_attach))
			a->setEnabled(false);
		m_detach->setEnabled(false);
		setShownSession({});
		return;
	}
	const int partitions = m_current.parent().isValid() ? 0 : m_model->rowCount(m_current);
	const SessionInfo *session = m_model->session(device->number);
	const QList<BlockDevice> parts = m_model->sessionParts(device->number);
	const bool busy = m_actions->isBusy(device->node);
	const QString refusal = attachRefusal(*device, partitions);
	if (m_details)
		m_details->setDevice(*device, session ? QString() : refusal);
	const bool interposed = session || !parts.isEmpty();
	for (auto it = m_attach.cbegin(); it != m_attach.cend(); ++it)
		it.value()->setEnabled(refusal.isEmpty() && !interposed && !busy &&
				       !(m_status && (m_status->blocksAttach() || !m_status->supports(it.key()))));
	m_detach->setEnabled(session && session->isActive() && !busy);
	if (session) {
		m_panel->setSession(*session, *device, parts);
		m_panel->show();
	} else {
		m_panel->clearSession();
		m_panel->hide();
	}
	setShownSession(session ? session->path.path() : QString());
}

void DeviceController::setShownSession(const QString &path)
{
	if (path == m_shownSession)
		return;
	m_shownSession = path;
	Q_EMIT shownSessionChanged(!path.isEmpty());
}
