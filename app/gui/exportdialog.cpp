// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportdialog.h"

#include "attachdialog.h"
#include "helperaction.h"

#include <QDBusServiceWatcher>
#include <QDBusUnixFileDescriptor>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

ExportDialog::ExportDialog(HelperActions *actions, const SessionInfo &session, const QString &fileName, QWidget *parent)
	: QDialog(parent), m_actions(actions), m_session(session), m_fileName(fileName)
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

	QDBusConnection &bus = m_actions->client()->bus();
	// Before the call: a short export may complete before its reply is read.
	bus.connect(HelperClient::service, QString(), HelperClient::jobInterface, QStringLiteral("Completed"),
		    this, SLOT(onCompleted(QDBusMessage)));
	bus.connect(HelperClient::service, QString(), QStringLiteral("org.freedesktop.DBus.Properties"),
		    QStringLiteral("PropertiesChanged"), this, SLOT(onPropertiesChanged(QDBusMessage)));
	auto *helper = new QDBusServiceWatcher(HelperClient::service, bus, QDBusServiceWatcher::WatchForUnregistration, this);
	connect(helper, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
		if (m_state == State::Starting || m_state == State::Running)
			finish(false, tr("The helper went away during the export of %1.").arg(m_session.device));
	});
}

bool ExportDialog::start()
{
	m_text->setText(tr("Exporting the snapshot of %1 to %2…").arg(m_session.device, m_fileName));
	// Not truncated here: a refused export leaves the file as it was; the
	// helper ends a regular file at the image's end. 0600: the image holds
	// every file of the filesystem, other users' too.
	const int fd = ::open(QFile::encodeName(m_fileName).constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600);
	if (fd < 0) {
		finish(false, tr("Cannot open %1 for writing: %2.").arg(m_fileName, QString::fromLocal8Bit(strerror(errno))));
		return false;
	}
	const QDBusUnixFileDescriptor handle(fd); // dup()s it
	::close(fd);
	HelperAction *action = m_actions->exportSnapshot(m_session, handle);
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
	if (m_early.contains(m_job.path())) {
		const auto [ok, message] = m_early.value(m_job.path());
		finish(ok, message);
	}
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

void ExportDialog::onCompleted(const QDBusMessage &signal)
{
	const QVariantList args = signal.arguments();
	if (args.size() != 2)
		return;
	const bool ok = args[0].toBool();
	const QString message = args[1].toString();
	if (m_state == State::Starting)
		m_early.insert(signal.path(), {ok, message});
	else if (m_state == State::Running && signal.path() == m_job.path())
		finish(ok, message);
}

void ExportDialog::onPropertiesChanged(const QDBusMessage &signal)
{
	const QVariantList args = signal.arguments();
	if (m_state != State::Running || signal.path() != m_job.path() || args.size() < 2)
		return;
	const QVariantMap changed = interposerDemarshal<QVariantMap>(args[1]);
	if (changed.contains(QStringLiteral("Progress"))) {
		m_progress = changed.value(QStringLiteral("Progress")).toDouble();
		m_bar->setValue(int(m_progress * 1000));
	}
	if (changed.contains(QStringLiteral("Rate")))
		m_rate->setText(tr("%1/s").arg(formatBytes(changed.value(QStringLiteral("Rate")).toULongLong())));
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
	}
	m_rate->clear();
	m_buttons->setStandardButtons(QDialogButtonBox::Close);
	m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
	m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
}

QString ExportDialog::statusText() const
{
	return m_text->text();
}
