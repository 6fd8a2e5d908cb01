// SPDX-License-Identifier: GPL-2.0-or-later
// The main window: the device tree, the details of the selected device,
// the four actions and Detach, and the session panel of an interposed
// device. Calls to the helper never block it.
#pragma once

#include "devicecontroller.h"

#include <QMainWindow>

class AttachDialog;
class BlockDeviceModel;
class DeviceDetails;
class HelperAction;
class HelperActions;
class HelperClient;
class QLabel;
class QMenu;
class QProgressBar;
class QTreeView;
class SessionPanel;

class MainWindow : public QMainWindow
{
	Q_OBJECT

public:
	MainWindow(HelperClient *client, BlockDeviceModel *model, const QString &sysfsRoot = QStringLiteral("/sys"),
		   QWidget *parent = nullptr);

	QTreeView *deviceView() const { return m_view; }
	DeviceDetails *details() const { return m_details; }
	SessionPanel *sessionPanel() const { return m_panel; }
	HelperActions *helperActions() const { return m_actions; }
	QAction *attachAction(Kind kind) const { return m_controller->attachAction(kind); }
	QAction *detachAction() const { return m_controller->detachAction(); }
	QString statusText() const;

	// Selects a device's row (by device number); false if there is none.
	bool selectDevice(dev_t device);
	// Opens the dialog of an action on the selected device.
	AttachDialog *openAttachDialog(Kind kind) { return m_controller->openAttachDialog(kind); }
	// The tree's context menu for the row at INDEX, which it selects: the
	// four actions and Detach, enabled as in the Device menu. The caller
	// shows it (exec) and deletes it.
	QMenu *contextMenuFor(const QModelIndex &index);

Q_SIGNALS:
	void attachDialogOpened(AttachDialog *dialog);

private:
	void buildActions();
	void onActionStarted(HelperAction *action);
	void onActionFinished(HelperAction *action);
	void showPending();

	BlockDeviceModel *m_model;
	HelperActions *m_actions;
	QTreeView *m_view;
	DeviceDetails *m_details;
	SessionPanel *m_panel;
	DeviceController *m_controller;
	QProgressBar *m_busy;
	QLabel *m_status;
};
