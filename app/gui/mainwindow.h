// SPDX-License-Identifier: GPL-2.0-or-later
// The main window: the device tree, the details of the selected device,
// the four actions and Detach, and the session panel of an interposed
// device. Calls to the helper never block it.
#pragma once

#include "devicecontroller.h"

#include <QMainWindow>
#include <QPointer>

class AttachDialog;
class BlockDeviceModel;
class DeviceFilterModel;
class DeviceDetails;
class HelperAction;
class HelperActions;
class HelperClient;
class HelperStatus;
class ReadinessBanner;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSplitter;
class QTabWidget;
class QProgressBar;
class QTreeView;
class SessionPanel;
class SessionsDialog;

class MainWindow : public QMainWindow
{
	Q_OBJECT

public:
	MainWindow(HelperClient *client, BlockDeviceModel *model, const QString &sysfsRoot = QStringLiteral("/sys"),
		   QWidget *parent = nullptr);

	QTreeView *deviceView() const { return m_view; }
	DeviceFilterModel *deviceFilter() const { return m_filter; }
	QLineEdit *filterEdit() const { return m_filterEdit; }
	// The chosen device's index in the BlockDeviceModel.
	QModelIndex currentDevice() const;
	DeviceDetails *details() const { return m_details; }
	SessionPanel *sessionPanel() const { return m_panel; }
	// The Device and Session tabs beside the tree.
	enum Tab { DeviceTab, SessionTab };
	QTabWidget *tabs() const { return m_tabs; }
	HelperActions *helperActions() const { return m_actions; }
	HelperStatus *helperStatus() const { return m_helperStatus; }
	ReadinessBanner *readinessBanner() const { return m_banner; }
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
	// Restores the size, the splitter and the columns from settings,
	// and saves them there when the window closes (or saveLayout()).
	void rememberLayoutIn(QSettings *settings);
	void saveLayout();
	// What Help → About says: version, licence, Qt's versions.
	static QString aboutText();
	// The Sessions window (one), shown and raised.
	SessionsDialog *showSessions();
	QAction *sessionsAction() const { return m_sessionsAction; }

Q_SIGNALS:
	void attachDialogOpened(AttachDialog *dialog);

protected:
	void closeEvent(QCloseEvent *event) override;

private:
	void buildActions();
	void onActionStarted(HelperAction *action);
	void onActionFinished(HelperAction *action);
	void showPending();

	BlockDeviceModel *m_model;
	HelperActions *m_actions;
	HelperStatus *m_helperStatus;
	ReadinessBanner *m_banner;
	DeviceFilterModel *m_filter;
	QLineEdit *m_filterEdit;
	QTreeView *m_view;
	QSplitter *m_splitter = nullptr;
	QTabWidget *m_tabs = nullptr;
	QSettings *m_settings = nullptr;
	DeviceDetails *m_details;
	SessionPanel *m_panel;
	DeviceController *m_controller;
	QAction *m_sessionsAction = nullptr;
	QPointer<SessionsDialog> m_sessions;
	QProgressBar *m_busy;
	QLabel *m_status;
};
