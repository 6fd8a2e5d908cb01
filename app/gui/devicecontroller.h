// SPDX-License-Identifier: GPL-2.0-or-later
// What may be done to the chosen device, as actions any window can put in
// a menu, a toolbar or on big kiosk buttons: the four kinds, enabled only
// where the helper would accept them and no call is in flight, and
// Detach. It keeps the details pane and the session panel on the chosen
// device as the model changes.
#pragma once

#include "kinds.h"

#include <QHash>
#include <QObject>
#include <QPersistentModelIndex>
#include <QString>

class AttachDialog;
class BlockDeviceModel;
class DeviceDetails;
class HelperActions;
class HelperStatus;
class QAction;
class QWidget;
class SessionPanel;

class DeviceController : public QObject
{
	Q_OBJECT

public:
	// details may be null (the kiosk shows none).
	DeviceController(BlockDeviceModel *model, HelperActions *actions, SessionPanel *panel, DeviceDetails *details,
			 QWidget *window);

	QAction *attachAction(Kind kind) const { return m_attach.value(kind); }
	QAction *detachAction() const { return m_detach; }
	// An index of the BlockDeviceModel (not of a proxy).
	void setCurrent(const QModelIndex &index);
	QModelIndex current() const { return m_current; }
	// Opens the dialog of an action on the chosen device; null if the
	// action is not offered for it. One dialog a device: while one is
	// open, any action on that device brings it forward and returns it
	// (attachDialogOpened is not emitted again).
	AttachDialog *openAttachDialog(Kind kind);
	// What the helper takes on this machine: no action while it or the
	// kernel module is missing, no kind or option value it refuses here.
	void setHelperStatus(HelperStatus *status);
	// What a snapshot's store field starts with (the kiosk's own store).
	void setDefaultStore(const QString &store) { m_defaultStore = store; }

Q_SIGNALS:
	void attachDialogOpened(AttachDialog *dialog);
	// The panel began or stopped showing a session (another one than
	// before: not on a refresh of the same).
	void shownSessionChanged(bool shown);

private:
	void refresh();
	void setShownSession(const QString &path);
	// Refreshes only when the change is the current device's row: a
	// uevent on any of thousands of other devices must not rebuild the
	// details and the panel.
	void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
	// Refreshes when the rows are the current device's partitions.
	void onRowsInserted(const QModelIndex &parent);

	BlockDeviceModel *m_model;
	HelperActions *m_actions;
	SessionPanel *m_panel;
	DeviceDetails *m_details;
	QWidget *m_window;
	QPersistentModelIndex m_current;
	QHash<Kind, QAction *> m_attach;
	QAction *m_detach;
	QString m_defaultStore;
	QString m_shownSession; // its object path; empty: none
	HelperStatus *m_status = nullptr;
};
