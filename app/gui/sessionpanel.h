// SPDX-License-Identifier: GPL-2.0-or-later
// The panel of one session: live charts of the original and its
// interposer from /sys/class/block/*/stat (no privilege needed), the
// settings that can change live (delay, faults), the snapshot's usage and
// export, and Detach.
#pragma once

#include "blockdevice.h"
#include "helperclient.h"
#include "iohistory.h"
#include "iostats.h"
#include "settingspins.h"

#include <QPointer>
#include <QWidget>

class BlockDeviceModel;
class HelperAction;
class HelperActions;
class IoChart;
class QGroupBox;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

class SessionPanel : public QWidget
{
	Q_OBJECT

public:
	SessionPanel(HelperActions *actions, const QString &sysfsRoot, QWidget *parent = nullptr);

	// Shows a session; the same session again updates the panel in place.
	void setSession(const SessionInfo &session, const BlockDevice &original, const QList<BlockDevice> &parts);
	void clearSession();
	const SessionInfo &session() const { return m_session; }
	bool hasSession() const { return !m_session.path.path().isEmpty(); }

	IoChart *iopsChart() const { return m_iops; }
	IoChart *throughputChart() const { return m_throughput; }
	IoChart *latencyChart() const { return m_latency; }
	QSpinBox *readDelay() const { return m_delay.read; }
	QSpinBox *writeDelay() const { return m_delay.write; }
	QPushButton *detachButton() const { return m_detach; }
	QPushButton *exportButton() const { return m_export; }
	QProgressBar *usageBar() const { return m_usage; }
	IoStatSampler *sampler() const { return m_history->sampler(); }
	// Keeps the last minute of every session of the model, shown or not.
	void followSessions(const BlockDeviceModel *model);
	QString statusText() const;
	// The device-mapper words, under the Details button.
	QString detailsText() const;
	QToolButton *detailsButton() const { return m_detailsButton; }

	// Detach; of a snapshot, once the user said yes to losing it (a
	// window-modal question, which can export it first) unless told not
	// to ask.
	void detach();
	// The question Detach of a snapshot asks, while it is open.
	QMessageBox *detachQuestion() const;
	// The kiosk's snapshots are the demo's own, dropped by Reset too.
	void setAskBeforeDeletingSnapshot(bool ask) { m_askBeforeDeletingSnapshot = ask; }
	// Export image… to a file already chosen.
	void exportTo(const QString &fileName);
	// Sends the delay or fault settings of the controls now.
	void applySettings();

Q_SIGNALS:
	void exportStarted(QDialog *dialog);

private:
	void addPoint(const IoPoint &point);
	void refreshUsage();
	void showUsage(quint64 used, quint64 size);
	void chooseExportFile();
	void scheduleApply();
	void askBeforeDeletingSnapshot();
	void detachNow();

	HelperActions *m_actions;
	SessionInfo m_session;
	BlockDevice m_original;
	QString m_interposerName;
	IoHistory *m_history;

	QLabel *m_title;
	QLabel *m_status;
	QToolButton *m_detailsButton;
	QLabel *m_details;
	IoChart *m_iops;
	IoChart *m_throughput;
	IoChart *m_latency;
	QGroupBox *m_delayBox;
	DelaySpins m_delay;
	QGroupBox *m_flakeyBox;
	FlakeySpins m_flakey;
	QTimer *m_applyTimer;
	QGroupBox *m_snapshotBox;
	QLabel *m_snapshotPath;
	QProgressBar *m_usage;
	QPushButton *m_export;
	QTimer *m_usageTimer;
	QPushButton *m_detach;
	QPointer<QMessageBox> m_question;
	bool m_askBeforeDeletingSnapshot = true;
	quint64 m_usedBytes = 0;
};
