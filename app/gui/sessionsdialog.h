// SPDX-License-Identifier: GPL-2.0-or-later
// The Sessions window: every session on the machine, whoever started it
// (this window, another, interposerctl, a script), with Detach for the
// chosen one and Detach all. Detaching snapshots asks first
// (snapshotquestion.h). Not modal: it follows the sessions as they change.
#pragma once

#include "helperclient.h"

#include <QDialog>
#include <QPointer>

class BlockDeviceModel;
class HelperActions;
class QMessageBox;
class QPushButton;
class QTableView;
class SessionTableModel;

class SessionsDialog : public QDialog
{
	Q_OBJECT

public:
	SessionsDialog(const BlockDeviceModel *devices, HelperActions *actions, QWidget *parent = nullptr);

	QTableView *view() const { return m_view; }
	SessionTableModel *model() const { return m_model; }
	QPushButton *detachButton() const { return m_detach; }
	QPushButton *detachAllButton() const { return m_detachAll; }
	// The question before snapshots are deleted, while it is open.
	QMessageBox *question() const;

	void detachChosen();
	void detachAll();

private:
	// Detaches these, asking first if any is a snapshot.
	void detach(const QList<SessionInfo> &sessions);
	void updateButtons();
	const SessionInfo *chosen() const;

	HelperActions *m_actions;
	SessionTableModel *m_model;
	QTableView *m_view;
	QPushButton *m_detach;
	QPushButton *m_detachAll;
	QPointer<QMessageBox> m_question;
};
