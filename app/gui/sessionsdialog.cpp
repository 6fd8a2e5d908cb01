// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessionsdialog.h"

#include "helperaction.h"
#include "sessiontablemodel.h"
#include "snapshotquestion.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

SessionsDialog::SessionsDialog(const BlockDeviceModel *devices, HelperActions *actions, QWidget *parent)
	: QDialog(parent), m_actions(actions), m_model(new SessionTableModel(devices, this))
{
	setWindowTitle(tr("Sessions"));
	auto *layout = new QVBoxLayout(this);
	auto *intro = new QLabel(tr("Every device under Interposer on this machine, whoever put it there."), this);
	intro->setWordWrap(true);
	layout->addWidget(intro);
	m_view = new QTableView(this);
	m_view->setModel(m_model);
	m_view->setAccessibleName(tr("Sessions"));
	m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
	m_view->setSelectionMode(QAbstractItemView::SingleSelection);
	m_view->verticalHeader()->hide();
	m_view->horizontalHeader()->setStretchLastSection(true);
	m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
	layout->addWidget(m_view, 1);

	auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
	m_detach = buttons->addButton(tr("&Detach"), QDialogButtonBox::ActionRole);
	m_detachAll = buttons->addButton(tr("Detach &all"), QDialogButtonBox::ActionRole);
	m_detachAll->setAccessibleName(tr("Detach every session"));
	connect(m_detach, &QPushButton::clicked, this, &SessionsDialog::detachChosen);
	connect(m_detachAll, &QPushButton::clicked, this, &SessionsDialog::detachAll);
	connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
	layout->addWidget(buttons);

	for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
		connect(m_model, signal, this, &SessionsDialog::updateButtons);
	connect(m_model, &QAbstractItemModel::dataChanged, this, &SessionsDialog::updateButtons);
	connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsDialog::updateButtons);
	connect(m_actions, &HelperActions::started, this, &SessionsDialog::updateButtons);
	connect(m_actions, &HelperActions::finished, this, &SessionsDialog::updateButtons);
	resize(640, 320);
	updateButtons();
}

QMessageBox *SessionsDialog::question() const
{
	return m_question;
}

// The selected row: the current one may be unselected (a table takes its
// first row as current when it gets the focus), and Detach must act on
// what the user sees chosen.
const SessionInfo *SessionsDialog::chosen() const
{
	const QModelIndexList rows = m_view->selectionModel()->selectedRows();
	return rows.isEmpty() ? nullptr : m_model->session(rows.constFirst().row());
}

void SessionsDialog::updateButtons()
{
	const SessionInfo *chosen = this->chosen();
	m_detach->setEnabled(chosen && chosen->isActive() && !m_actions->isBusy(chosen->device));
	bool any = false;
	for (int row = 0; row < m_model->rowCount(); ++row)
		any = any || (m_model->session(row)->isActive() && !m_actions->isBusy(m_model->session(row)->device));
	m_detachAll->setEnabled(any);
}

void SessionsDialog::detachChosen()
{
	if (const SessionInfo *chosen = this->chosen())
		detach({*chosen});
}

void SessionsDialog::detachAll()
{
	QList<SessionInfo> all;
	for (int row = 0; row < m_model->rowCount(); ++row)
		all << *m_model->session(row);
	detach(all);
}

void SessionsDialog::detach(const QList<SessionInfo> &sessions)
{
	QList<SessionInfo> now, snapshots;
	for (const SessionInfo &s : sessions) {
		if (!s.isActive() || m_actions->isBusy(s.device))
			continue;
		now << s;
		if (s.kind == Kind::Snapshot)
			snapshots << s;
	}
	// At the answer, the sessions asked about that are still there:
	// one may have ended, and another begun on its device, meanwhile.
	QSet<QString> paths;
	for (const SessionInfo &s : std::as_const(now))
		paths.insert(s.path.path());
	const auto go = [this, paths] {
		for (int row = 0; row < m_model->rowCount(); ++row) {
			const SessionInfo *s = m_model->session(row);
			if (paths.contains(s->path.path()) && s->isActive() && !m_actions->isBusy(s->device))
				m_actions->detach(*s);
		}
	};
	if (snapshots.isEmpty()) {
		go();
		return;
	}
	if (m_question)
		m_question->deleteLater();
	QMessageBox *box = m_question = snapshotLossQuestion(snapshots, this);
	connect(box, &QMessageBox::buttonClicked, this, [box, go](QAbstractButton *button) {
		if (box->buttonRole(button) == QMessageBox::DestructiveRole)
			go();
	});
	m_question->open();
}
