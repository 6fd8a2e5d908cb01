// SPDX-License-Identifier: GPL-2.0-or-later
// "Export image…": the program opens the destination file itself, with
// the user's own rights, and hands the helper the descriptor; the dialog
// follows the helper's job (progress, rate) and can cancel it.
#pragma once

#include "helperclient.h"

#include <QDialog>

class ExportFollower;
class HelperAction;
class HelperActions;
class QDialogButtonBox;
class QLabel;
class QProgressBar;

class ExportDialog : public QDialog
{
	Q_OBJECT

public:
	ExportDialog(HelperActions *actions, const SessionInfo &session, const QString &fileName,
		     QWidget *parent = nullptr);

	// Opens the file and starts the export; false (with the reason shown)
	// if the file cannot be opened.
	bool start();
	void cancel();

	enum class State { Starting, Running, Succeeded, Failed };
	State state() const { return m_state; }
	QString statusText() const;
	double progress() const { return m_progress; }

private:
	void onStarted(HelperAction *action);
	void finish(bool ok, const QString &message);

	HelperActions *m_actions;
	SessionInfo m_session;
	QString m_fileName;
	State m_state = State::Starting;
	bool m_madeFile = false; // removed again if the export does not succeed
	QDBusObjectPath m_job;
	double m_progress = 0;
	ExportFollower *m_follower;
	QLabel *m_text;
	QProgressBar *m_bar;
	QLabel *m_rate;
	QDialogButtonBox *m_buttons;
};
