// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportdialog.h"

#include "attachdialog.h"
#include "datasize.h"
#include "helperaction.h"
#include "snapshotexport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(HelperActions *actions, const SessionInfo &session, const QString &fileName, QWidget *parent)
	: QDialog(parent), m_actions(actions), m_session(session), m_fileName(fileName),
	  m_follower(new ExportFollower(actions->client()->bus(), ExportFollower::Language::User, this))
{
	setWindowTitle(tr("Export image of %1").arg(session.device));
	auto *layout = new QVBoxLayout(this);
	m_text = new QLabel(this);
	m_text->setWordWrap(true);
	m_text->setTextFormat(Qt::PlainText);
	m_text->setAccessibleName(tr("Export status"));
	layout->addWidget(m_text);
	m_bar = new QProgressBar(this);
	m_bar->setRange(0, 1000);
	m_bar->setAccessibleName(tr("Export progress"));
	m_bar->setFormat(QStringLiteral("%p%"));
	layout->addWidget(m_bar);
	m_rate = new QLabel(this);
	m_rate->setAccessibleName(tr("Export rate"));
	layout->addWidget(m_rate);
	m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
	m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the export"));
	connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
		if (m_state == State::Running || m_state == State::Starting)
			cancel();
		else
			reject();
	});
	layout->addWidget(m_buttons);
	setMinimumWidth(420);

	connect(m_follower, &ExportFollower::completed, this, &ExportDialog::finish);
	connect(m_follower, &ExportFollower::progressed, this, [this](double progress, quint64 rate) {
		m_progress = progress;
		m_bar->setValue(int(progress * 1000));
		m_rate->setText(tr("%1/s").arg(formatBytes(rate)));
	});
	connect(m_follower, &ExportFollower::helperGone, this, [this] {
		if (m_state == State::Starting || m_state == State::Running)
			finish(false, tr("The helper went away during the export of %1.").arg(m_session.device));
	});
}

bool ExportDialog::start()
{
	m_text->setText(tr("Exporting the snapshot of %1 to %2…").arg(m_session.device, m_fileName));
	QString error;
	// The file dialog has asked whether to replace an existing file.
	const auto handle = openExportFile(m_fileName, ExistingFile::Replace, &error);
	if (!handle) {
		finish(false, error);
		return false;
	}
	m_madeFile = true;
	HelperAction *action = m_actions->exportSnapshot(m_session, *handle);
	connect(action, &HelperAction::finished, this, &ExportDialog::onStarted);
	return true;
}

void ExportDialog::onStarted(HelperAction *action)
{
	if (!action->succeeded()) {
		finish(false, action->errorText());
		return;
	}
	m_job = action->resultPath();
	m_state = State::Running;
	m_follower->follow(m_job); // may finish at once
}

void ExportDialog::cancel()
{
	if (m_state != State::Running)
		return;
	m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
	HelperAction *action = m_actions->cancelJob(m_session.device, m_job);
	connect(action, &HelperAction::finished, this, [this](HelperAction *a) {
		// A refused cancel leaves the export running.
		m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
		if (!a->succeeded())
			m_rate->setText(a->errorText());
	});
}

void ExportDialog::finish(bool ok, const QString &message)
{
	m_state = ok ? State::Succeeded : State::Failed;
	if (ok) {
		m_progress = 1;
		m_bar->setValue(1000);
		m_text->setText(tr("The snapshot of %1 is in %2.").arg(m_session.device, m_fileName));
	} else {
		m_text->setText(message);
		if (m_madeFile)
			discardExportFile(m_fileName);
	}
	m_madeFile = false;
	m_rate->clear();
	m_buttons->setStandardButtons(QDialogButtonBox::Close);
	m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
	m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
}

QString ExportDialog::statusText() const
{
	return m_text->text();
}
