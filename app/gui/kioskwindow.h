// SPDX-License-Identifier: GPL-2.0-or-later
// Kiosk mode (interposer --kiosk), for booth demos: full screen, large
// touch-friendly controls, only the devices /etc/interposer/kiosk.conf
// names, a "Reset demo" that detaches their sessions, and the same reset
// after a time without input so every visitor starts afresh.
#pragma once

#include "kioskconfig.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QWidget>

class BlockDeviceModel;
class DeviceController;
class HelperActions;
class HelperClient;
class HelperStatus;
class QLabel;
class QPushButton;
class QTreeView;
class SessionPanel;

// The kiosk's devices, and the disks that hold them, of the whole tree.
class KioskDeviceFilter : public QSortFilterProxyModel
{
	Q_OBJECT

public:
	KioskDeviceFilter(const QSet<dev_t> &allowed, QObject *parent = nullptr);

protected:
	bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
	bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
	QSet<dev_t> m_allowed;
};

// Time without input: any key, click, touch or wheel in the program
// starts it again.
class IdleTimer : public QObject
{
	Q_OBJECT

public:
	explicit IdleTimer(int seconds, QObject *parent = nullptr);
	bool isActive() const { return m_timer.isActive(); }
	int remainingMs() const { return m_timer.remainingTime(); }

Q_SIGNALS:
	void idle();

protected:
	bool eventFilter(QObject *watched, QEvent *event) override;

private:
	QTimer m_timer;
};

class KioskWindow : public QWidget
{
	Q_OBJECT

public:
	// allowed: the kiosk's devices by number (resolveKioskDevices);
	// problems: what was wrong with the configuration, shown to whoever
	// sets the kiosk up.
	KioskWindow(HelperClient *client, BlockDeviceModel *model, const KioskConfig &config,
		    const QSet<dev_t> &allowed, const QStringList &problems,
		    const QString &sysfsRoot = QStringLiteral("/sys"), QWidget *parent = nullptr);

	QTreeView *deviceView() const { return m_view; }
	KioskDeviceFilter *deviceFilter() const { return m_filter; }
	DeviceController *controller() const { return m_controller; }
	SessionPanel *sessionPanel() const { return m_panel; }
	HelperStatus *helperStatus() const { return m_helperStatus; }
	IdleTimer *idleTimer() const { return m_idle; }
	QPushButton *resetButton() const { return m_reset; }
	bool selectDevice(dev_t device);

	// Detaches every session of the kiosk's devices and closes dialogs.
	void resetDemo();

	// Full screen on its screen, and staying so: see the definition.
	void showOnWholeScreen();

private:
	BlockDeviceModel *m_model;
	QSet<dev_t> m_allowed;
	HelperActions *m_actions;
	KioskDeviceFilter *m_filter;
	QTreeView *m_view;
	SessionPanel *m_panel;
	DeviceController *m_controller;
	IdleTimer *m_idle = nullptr;
	QPushButton *m_reset;
	QLabel *m_status;
	HelperStatus *m_helperStatus;
};
