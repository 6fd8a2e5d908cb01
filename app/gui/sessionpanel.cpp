// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessionpanel.h"

#include "attachdialog.h"
#include "datasize.h"
#include "exportdialog.h"
#include "helperaction.h"
#include "blockdevicemodel.h"
#include "iochart.h"
#include "sessionwords.h"
#include "snapshotquestion.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The helper reads the snapshot's usage when asked; it sends no signal
// for it, so an open panel asks now and then.
constexpr int kUsageIntervalMs = 2000;
// Settings are sent once the user stops turning a control for this long.
constexpr int kApplyDelayMs = 400;

// A state other than active, as a sentence; empty when active.
QString stateSentence(const SessionInfo &s)
{
	if (s.state == SessionState::Detaching)
		return SessionPanel::tr("Detaching…");
	if (s.state == SessionState::Orphaned)
		return SessionPanel::tr("The device was removed; the session ends once its devices are gone.");
	if (s.state == SessionState::Failed)
		return SessionPanel::tr("Failed: the helper’s log says why (journalctl -u interposer-helper).");
	const QString other = sessionStateText(s);
	return other.isEmpty() ? QString() : other + QLatin1Char('.');
}

} // namespace

SessionPanel::SessionPanel(HelperActions *actions, const QString &sysfsRoot, QWidget *parent)
	: QWidget(parent), m_actions(actions), m_history(new IoHistory(sysfsRoot, this))
{
	auto *layout = new QVBoxLayout(this);
	m_title = new QLabel(this);
	QFont big = m_title->font();
	big.setBold(true);
	m_title->setFont(big);
	layout->addWidget(m_title);
	m_status = new QLabel(this);
	m_status->setWordWrap(true);
	m_status->setAccessibleName(tr("Session state"));
	auto *statusRow = new QHBoxLayout;
	statusRow->addWidget(m_status, 1);
	// The device-mapper words, for who wants them: out of the way.
	m_detailsButton = new QToolButton(this);
	m_detailsButton->setText(tr("Details"));
	m_detailsButton->setAccessibleName(tr("Show the device-mapper details"));
	m_detailsButton->setCheckable(true);
	m_detailsButton->setAutoRaise(true);
	m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
	m_detailsButton->setArrowType(Qt::RightArrow);
	statusRow->addWidget(m_detailsButton, 0, Qt::AlignTop);
	layout->addLayout(statusRow);
	m_details = new QLabel(this);
	m_details->setWordWrap(true);
	m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
	m_details->setAccessibleName(tr("Device-mapper details"));
	m_details->hide();
	layout->addWidget(m_details);
	connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
		m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
		m_details->setVisible(shown);
	});

	auto *charts = new QHBoxLayout;
	m_iops = new IoChart(tr("I/O operations per second"), tr("IOPS"), this);
	m_throughput = new IoChart(tr("Throughput"), tr("MiB/s"), this);
	m_latency = new IoChart(tr("Average latency"), tr("ms"), this);
	for (IoChart *c : {m_iops, m_throughput, m_latency})
		charts->addWidget(c);
	layout->addLayout(charts, 1);

	auto *controls = new QHBoxLayout;
	m_delayBox = new QGroupBox(tr("Delay"), this);
	auto *delayForm = new QFormLayout(m_delayBox);
	m_delay = addDelaySpins(delayForm);
	controls->addWidget(m_delayBox);

	m_flakeyBox = new QGroupBox(tr("Faults"), this);
	auto *flakeyForm = new QFormLayout(m_flakeyBox);
	m_flakey = addFlakeySpins(flakeyForm);
	controls->addWidget(m_flakeyBox);

	m_applyTimer = new QTimer(this);
	m_applyTimer->setSingleShot(true);
	m_applyTimer->setInterval(kApplyDelayMs);
	connect(m_applyTimer, &QTimer::timeout, this, &SessionPanel::applySettings);
	for (QSpinBox *spin : {m_delay.read, m_delay.write, m_flakey.up, m_flakey.down}) {
		spin->setKeyboardTracking(false); // typing "250" is not three changes
		connect(spin, &QSpinBox::valueChanged, this, &SessionPanel::scheduleApply);
	}

	m_snapshotBox = new QGroupBox(tr("Snapshot"), this);
	auto *snapLayout = new QVBoxLayout(m_snapshotBox);
	m_snapshotPath = new QLabel(m_snapshotBox);
	m_snapshotPath->setWordWrap(true);
	m_snapshotPath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
	snapLayout->addWidget(m_snapshotPath);
	m_usage = new QProgressBar(m_snapshotBox);
	m_usage->setAccessibleName(tr("Snapshot store used"));
	m_usage->setRange(0, 1000);
	snapLayout->addWidget(m_usage);
	m_export = new QPushButton(tr("&Export image…"), m_snapshotBox);
	m_export->setAccessibleName(tr("Export the snapshot as an image file"));
	connect(m_export, &QPushButton::clicked, this, &SessionPanel::chooseExportFile);
	snapLayout->addWidget(m_export, 0, Qt::AlignLeft);
	// Wide: its sentence wraps, and a box at its size hint is too narrow
	// and too low for it once the charts take the height (the last lines
	// went under the usage bar).
	controls->addWidget(m_snapshotBox, 4);
	m_usageTimer = new QTimer(this);
	m_usageTimer->setInterval(kUsageIntervalMs);
	connect(m_usageTimer, &QTimer::timeout, this, &SessionPanel::refreshUsage);

	controls->addStretch(1);
	// Alt+D is the Device menu's.
	m_detach = new QPushButton(tr("Det&ach"), this);
	m_detach->setAccessibleName(tr("Detach: put the device back as it was"));
	connect(m_detach, &QPushButton::clicked, this, &SessionPanel::detach);
	controls->addWidget(m_detach, 0, Qt::AlignBottom);
	layout->addLayout(controls);

	connect(m_history, &IoHistory::added, this, [this](const QString &key, const IoPoint &point) {
		if (hasSession() && key == m_session.path.path())
			addPoint(point);
	});
	clearSession();
}

void SessionPanel::setSession(const SessionInfo &s, const BlockDevice &original, const QList<BlockDevice> &parts)
{
	const bool same = s.path == m_session.path;
	// The question was about another session: it goes (later: it may
	// be the one whose button led here, through a file dialog).
	if (!same && m_question) {
		m_question->deleteLater();
		m_question = nullptr;
	}
	m_session = s;
	m_original = original;
	m_interposerName.clear();
	QString bypass;
	for (const BlockDevice &p : parts) {
		if (p.role == BlockDevice::Role::Interposer)
			m_interposerName = p.name;
		else if (p.role == BlockDevice::Role::Bypass)
			bypass = p.node;
	}

	//: %1 is the device, %2 what was done to it (“Latency added”)
	m_title->setText(tr("%1 — %2").arg(s.device, sessionDoneText(s)));
	m_status->setText(statusText());
	QString details = tr("Device-mapper target %1, on %2").arg(s.kind ? targetName(*s.kind) : s.kindName, s.interposer);
	if (!m_interposerName.isEmpty())
		details += QStringLiteral(" (%1)").arg(m_interposerName);
	details += QLatin1Char('.');
	if (!bypass.isEmpty())
		details += QLatin1Char(' ') + tr("It reaches the device through %1, the kernel module’s bypass.").arg(bypass);
	m_details->setText(details);
	for (IoChart *c : {m_iops, m_throughput, m_latency})
		c->setSeriesNames(original.name, m_interposerName);

	const QVariantMap &o = s.options;
	m_delayBox->setVisible(s.kind == Kind::Delay);
	m_flakeyBox->setVisible(s.kind == Kind::Flakey);
	// What the helper holds wins over a control not yet applied only
	// when no change of ours is waiting to be sent.
	if (!m_applyTimer->isActive()) {
		m_delay.setQuietly(o);
		m_flakey.setQuietly(o);
	}
	const bool snapshot = s.kind == Kind::Snapshot;
	m_snapshotBox->setVisible(snapshot);
	if (snapshot) {
		m_snapshotPath->setText(tr("The filesystem as it was when the snapshot was taken is readable at %1 (mount it read-only).")
						.arg(s.snapshotDevice));
		// The session's cached usage only for a new session: after that the
		// 2 s poll is fresher than what the session watcher last heard.
		if (!same)
			showUsage(s.snapshotUsage.used, s.snapshotUsage.size);
		if (!m_usageTimer->isActive())
			m_usageTimer->start();
	} else {
		m_usageTimer->stop();
	}
	const bool active = s.isActive();
	m_detach->setEnabled(active && !m_actions->isBusy(s.device));
	m_delayBox->setEnabled(active);
	m_flakeyBox->setEnabled(active);
	m_export->setEnabled(active);

	// The helper's session and the interposer's uevent race: the
	// session often comes first, and the interposer is followed once
	// known. Another session's charts: its minute, kept while it was
	// not shown.
	m_history->follow(s.path.path(), original.name, m_interposerName);
	if (!same) {
		for (IoChart *c : {m_iops, m_throughput, m_latency})
			c->clear();
		for (const IoPoint &point : m_history->points(s.path.path()))
			addPoint(point);
	}
}

void SessionPanel::followSessions(const BlockDeviceModel *model)
{
	const auto update = [this, model] {
		QHash<QString, std::pair<QString, QString>> followed;
		for (const SessionInfo &s : model->sessions()) {
			const BlockDevice *original = model->device(dev_t(s.deviceNumber));
			if (!original)
				continue;
			QString interposer;
			for (const BlockDevice &p : model->sessionParts(original->number))
				if (p.role == BlockDevice::Role::Interposer)
					interposer = p.name;
			followed.insert(s.path.path(), {original->name, interposer});
		}
		m_history->followOnly(followed);
	};
	connect(model, &BlockDeviceModel::sessionsChanged, this, update);
	// A session's interposer comes by uevent: its original's row changes.
	connect(model, &QAbstractItemModel::dataChanged, this, update);
	update();
}

void SessionPanel::clearSession()
{
	if (m_question) { // its session has ended
		m_question->deleteLater();
		m_question = nullptr;
	}
	m_session = {};
	m_usageTimer->stop();
	m_applyTimer->stop();
	m_title->setText(tr("No session"));
	m_status->clear();
	m_details->clear();
	m_delayBox->hide();
	m_flakeyBox->hide();
	m_snapshotBox->hide();
	m_detach->setEnabled(false);
}

QString SessionPanel::statusText() const
{
	if (!hasSession())
		return {};
	const QString started = QLocale().toString(
		QDateTime::fromMSecsSinceEpoch(qint64(m_session.started / 1000)), QLocale::ShortFormat);
	const QString state = stateSentence(m_session);
	const QString when = tr("Started %1 by %2.").arg(started, userName(m_session.startedByUid));
	return state.isEmpty() ? when : state + QLatin1Char(' ') + when;
}

QMessageBox *SessionPanel::detachQuestion() const
{
	return m_question;
}

QString SessionPanel::detailsText() const
{
	return m_details->text();
}

void SessionPanel::addPoint(const IoPoint &point)
{
	const IoRates &o = point.original;
	const IoRates &i = point.interposer;
	constexpr double MiB = 1024.0 * 1024.0;
	m_iops->addSample(point.seconds, o.iops, i.iops);
	m_throughput->addSample(point.seconds, (o.readBytesPerSecond + o.writeBytesPerSecond) / MiB,
				(i.readBytesPerSecond + i.writeBytesPerSecond) / MiB);
	m_latency->addSample(point.seconds, o.averageLatencyMs, i.averageLatencyMs);
}

void SessionPanel::scheduleApply()
{
	if (hasSession())
		m_applyTimer->start();
}

void SessionPanel::applySettings()
{
	m_applyTimer->stop();
	if (!hasSession())
		return;
	QVariantMap o;
	if (m_session.kind == Kind::Delay)
		o = m_delay.options();
	else if (m_session.kind == Kind::Flakey)
		o = m_flakey.options();
	else
		return;
	HelperAction *action = m_actions->reconfigure(m_session, o);
	connect(action, &HelperAction::finished, this, [this](HelperAction *a) {
		if (!a->succeeded())
			m_status->setText(a->errorText());
	});
}

void SessionPanel::refreshUsage()
{
	if (!hasSession())
		return;
	auto *watcher = new QDBusPendingCallWatcher(
		m_actions->client()->asyncCall(m_session.path.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
					       QStringLiteral("Get"),
					       {HelperClient::sessionInterface, QStringLiteral("SnapshotUsage")}, false),
		this);
	const QString path = m_session.path.path();
	connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, path](QDBusPendingCallWatcher *w) {
		w->deleteLater();
		const QDBusPendingReply<QDBusVariant> reply = *w;
		if (reply.isError() || path != m_session.path.path())
			return;
		const auto usage = interposerDemarshal<InterposerSnapshotUsage>(reply.value().variant());
		showUsage(usage.used, usage.size);
	});
}

void SessionPanel::showUsage(quint64 used, quint64 size)
{
	m_usedBytes = used;
	m_usage->setValue(size ? int(used * 1000 / size) : 0);
	m_usage->setFormat(tr("%1 of %2 used").arg(formatBytes(used), formatBytes(size)));
}

void SessionPanel::detach()
{
	if (!hasSession() || m_actions->isBusy(m_session.device))
		return;
	if (m_session.kind == Kind::Snapshot && m_askBeforeDeletingSnapshot)
		askBeforeDeletingSnapshot();
	else
		detachNow();
}

void SessionPanel::askBeforeDeletingSnapshot()
{
	if (m_question) {
		m_question->raise();
		m_question->activateWindow();
		return;
	}
	SessionInfo asShown = m_session;
	asShown.snapshotUsage.used = m_usedBytes; // the 2 s poll's, fresher
	m_question = snapshotLossQuestion({asShown}, this);
	QPushButton *exportFirst = m_question->addButton(tr("&Export image…"), QMessageBox::ActionRole);
	// The question is about this session, not whatever the panel shows
	// when it is answered (it is closed when the panel's session changes).
	const QDBusObjectPath path = m_session.path;
	QMessageBox *box = m_question;
	connect(box, &QMessageBox::buttonClicked, this, [this, path, box, exportFirst](QAbstractButton *button) {
		if (path != m_session.path)
			return;
		if (box->buttonRole(button) == QMessageBox::DestructiveRole)
			detachNow();
		else if (button == exportFirst)
			// After the box has handled its click: the file dialog's
			// own event loop may see the session end and the box go.
			QMetaObject::invokeMethod(this, &SessionPanel::chooseExportFile, Qt::QueuedConnection);
	});
	m_question->open();
}

void SessionPanel::detachNow()
{
	m_detach->setEnabled(false);
	HelperAction *action = m_actions->detach(m_session);
	connect(action, &HelperAction::finished, this, [this](HelperAction *a) {
		if (!a->succeeded()) {
			m_status->setText(a->errorText());
			m_detach->setEnabled(hasSession());
		}
	});
}

void SessionPanel::chooseExportFile()
{
	const QString file = QFileDialog::getSaveFileName(this, tr("Export the snapshot of %1").arg(m_session.device),
							  QStringLiteral("%1.img").arg(m_original.name),
							  tr("Disk images (*.img);;All files (*)"));
	if (!file.isEmpty())
		exportTo(file);
}

void SessionPanel::exportTo(const QString &fileName)
{
	if (!hasSession())
		return;
	auto *dialog = new ExportDialog(m_actions, m_session, fileName, this);
	dialog->setAttribute(Qt::WA_DeleteOnClose);
	dialog->show();
	Q_EMIT exportStarted(dialog);
	dialog->start();
}
