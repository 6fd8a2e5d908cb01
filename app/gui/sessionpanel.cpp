// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessionpanel.h"

#include "attachdialog.h"
#include "datasize.h"
#include "exportdialog.h"
#include "helperaction.h"
#include "iochart.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The helper reads the snapshot's usage when asked; it sends no signal
// for it, so an open panel asks now and then.
constexpr int kUsageIntervalMs = 2000;
// Settings are sent once the user stops turning a control for this long.
constexpr int kApplyDelayMs = 400;

QString stateText(const QString &state)
{
	if (state == QLatin1String("active"))
		return SessionPanel::tr("active");
	if (state == QLatin1String("detaching"))
		return SessionPanel::tr("detaching");
	if (state == QLatin1String("orphaned"))
		return SessionPanel::tr("orphaned: the device was removed");
	if (state == QLatin1String("failed"))
		return SessionPanel::tr("failed: see the system journal");
	return state;
}

} // namespace

SessionPanel::SessionPanel(HelperActions *actions, const QString &sysfsRoot, QWidget *parent)
	: QWidget(parent), m_actions(actions), m_sampler(new IoStatSampler(sysfsRoot, this))
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
	layout->addWidget(m_status);

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

	connect(m_sampler, &IoStatSampler::sampled, this, &SessionPanel::onSampled);
	clearSession();
}

void SessionPanel::setSession(const SessionInfo &s, const BlockDevice &original, const QList<BlockDevice> &parts)
{
	const bool same = s.path == m_session.path;
	const QString knownInterposer = m_interposerName;
	m_session = s;
	m_original = original;
	m_interposerName.clear();
	for (const BlockDevice &p : parts)
		if (p.role == BlockDevice::Role::Interposer)
			m_interposerName = p.name;

	const auto kind = kindFromName(s.kind);
	m_title->setText(tr("%1 under %2").arg(s.device, kind ? targetName(*kind) : s.kind));
	m_status->setText(statusText());
	for (IoChart *c : {m_iops, m_throughput, m_latency})
		c->setSeriesNames(original.name, m_interposerName);

	const QVariantMap &o = s.options;
	m_delayBox->setVisible(s.kind == QLatin1String("delay"));
	m_flakeyBox->setVisible(s.kind == QLatin1String("flakey"));
	// What the helper holds wins over a control not yet applied only
	// when no change of ours is waiting to be sent.
	if (!m_applyTimer->isActive()) {
		m_delay.setQuietly(o);
		m_flakey.setQuietly(o);
	}
	const bool snapshot = s.kind == QLatin1String("snapshot");
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
	const bool active = s.state == QLatin1String("active");
	m_detach->setEnabled(active && !m_actions->isBusy(s.device));
	m_delayBox->setEnabled(active);
	m_flakeyBox->setEnabled(active);
	m_export->setEnabled(active);

	// The interposer first: a point of the charts is added with the
	// original's sample, and takes the interposer's of the same tick.
	const QStringList sampled = m_interposerName.isEmpty() ? QStringList{original.name}
							       : QStringList{m_interposerName, original.name};
	if (!same) {
		for (IoChart *c : {m_iops, m_throughput, m_latency})
			c->clear();
		m_clock.start();
		m_interposerRates = {};
		m_sampler->stop();
		m_sampler->setDevices(sampled);
		m_sampler->start();
	} else if (m_interposerName != knownInterposer) {
		// The helper's session and the interposer's uevent race: the
		// session often comes first. The original's samples go on; the
		// interposer's rates start from its next two samples.
		m_interposerRates = {};
		m_sampler->setDevices(sampled);
	}
}

void SessionPanel::clearSession()
{
	m_session = {};
	m_sampler->stop();
	m_usageTimer->stop();
	m_applyTimer->stop();
	m_title->setText(tr("No session"));
	m_status->clear();
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
	return tr("State: %1. Started %2 by uid %3; the interposer is %4.")
		.arg(stateText(m_session.state), started)
		.arg(m_session.startedByUid)
		.arg(m_session.interposer);
}

void SessionPanel::onSampled(const QString &name, const IoRates &rates)
{
	if (name == m_interposerName) {
		m_interposerRates = rates;
		return;
	}
	if (name != m_original.name)
		return;
	const double t = double(m_clock.elapsed()) / 1000;
	const IoRates &i = m_interposerRates;
	constexpr double MiB = 1024.0 * 1024.0;
	m_iops->addSample(t, rates.iops, i.iops);
	m_throughput->addSample(t, (rates.readBytesPerSecond + rates.writeBytesPerSecond) / MiB,
				(i.readBytesPerSecond + i.writeBytesPerSecond) / MiB);
	m_latency->addSample(t, rates.averageLatencyMs, i.averageLatencyMs);
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
	if (m_session.kind == QLatin1String("delay"))
		o = m_delay.options();
	else if (m_session.kind == QLatin1String("flakey"))
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
	m_usage->setValue(size ? int(used * 1000 / size) : 0);
	m_usage->setFormat(tr("%1 of %2 used").arg(formatBytes(used), formatBytes(size)));
}

void SessionPanel::detach()
{
	if (!hasSession() || m_actions->isBusy(m_session.device))
		return;
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
