// SPDX-License-Identifier: GPL-2.0-or-later
#include "attachdialog.h"

#include "datasize.h"
#include "helperaction.h"
#include "helperstatus.h"
#include "optionlimits.h"
#include "sessionnames.h"
#include "textcolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace {

QLabel *sentenceLabel(QWidget *parent)
{
	auto *label = new QLabel(parent);
	label->setWordWrap(true);
	label->setTextFormat(Qt::PlainText);
	label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
	return label;
}

QSpinBox *spinBox(int min, int max, int value, const QString &suffix, const QString &accessibleName, QWidget *parent)
{
	auto *spin = new QSpinBox(parent);
	spin->setRange(min, max);
	spin->setValue(value);
	spin->setSuffix(suffix);
	spin->setAccessibleName(accessibleName);
	return spin;
}

QString interposerName(const BlockDevice &d)
{
	return QStringLiteral("/dev/mapper/") + interposerDmName(sessionId(d.number));
}

// A flakey mode inside the summary's sentence: a phrase of its own, as
// lower-casing the menu's text is wrong in German.
QString modePhrase(const QString &mode)
{
	if (mode == QLatin1String("error-reads"))
		return AttachDialog::tr("fail every read");
	if (mode == QLatin1String("error-writes"))
		return AttachDialog::tr("fail every write");
	return AttachDialog::tr("drop every write silently");
}

// What the session does to the data, and what Detach gives back: only
// Remap and Add latency lose nothing; the faults' damage stays after them.
QString dataSentence(Kind kind, const QString &mode)
{
	switch (kind) {
	case Kind::Linear:
	case Kind::Delay:
		return AttachDialog::tr("Detach puts it back as it was, with no byte lost.");
	case Kind::Snapshot:
		return AttachDialog::tr("Every write reaches the device as before. Detach deletes the snapshot and its store; export the snapshot first to keep it.");
	case Kind::Flakey:
		break;
	}
	if (mode == QLatin1String("error-reads"))
		return AttachDialog::tr("Nothing written is lost, but programs get read errors while it fails, and a filesystem may stop or go read-only; Detach ends the faults, not what they caused.");
	if (mode == QLatin1String("error-writes"))
		return AttachDialog::tr("Writes that fail are lost: programs and the filesystem get the errors, and the filesystem may go read-only. Detach ends the faults; it does not bring back what failed.");
	return AttachDialog::tr("Writes dropped are lost while programs are told they succeeded: files and the filesystem itself can be left damaged. Detach ends the faults; it does not bring back what was dropped.");
}

} // namespace

AttachDialog::AttachDialog(HelperActions *actions, const BlockDevice &device, Kind kind, QWidget *parent)
	: QDialog(parent), m_actions(actions), m_device(device), m_kind(kind)
{
	setWindowTitle(tr("%1 — %2").arg(actionText(kind).remove(QLatin1Char('&')), device.node));
	auto *layout = new QVBoxLayout(this);
	setMinimumWidth(520);

	m_summary = sentenceLabel(this);
	m_summary->setAccessibleName(tr("What will happen"));
	layout->addWidget(m_summary);
	m_warning = sentenceLabel(this);
	m_warning->setAccessibleName(tr("Warning"));
	QFont bold = m_warning->font();
	bold.setBold(true);
	m_warning->setFont(bold);
	layout->addWidget(m_warning);

	switch (kind) {
	case Kind::Linear:
		break;
	case Kind::Delay:
		m_controls = buildDelayControls();
		break;
	case Kind::Snapshot:
		m_controls = buildSnapshotControls();
		break;
	case Kind::Flakey:
		m_controls = buildFlakeyControls();
		break;
	}
	if (m_controls)
		layout->addWidget(m_controls);

	m_error = sentenceLabel(this);
	m_error->setAccessibleName(tr("Error"));
	colourSentences();
	m_error->hide();
	layout->addWidget(m_error);

	auto *busyRow = new QHBoxLayout;
	m_busy = new QProgressBar(this);
	m_busy->setRange(0, 0); // no end known: polkit may be asking for a password
	m_busy->setAccessibleName(tr("Waiting for the helper"));
	m_busy->setMaximumWidth(120);
	m_busyText = sentenceLabel(this);
	m_busyText->setText(tr("Waiting for the helper; you may be asked for an administrator's password."));
	busyRow->addWidget(m_busy);
	busyRow->addWidget(m_busyText, 1);
	layout->addLayout(busyRow);
	m_busy->hide();
	m_busyText->hide();

	m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
	QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
	ok->setText(actionText(kind));
	ok->setAccessibleName(actionText(kind).remove(QLatin1Char('&')));
	m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
	connect(m_buttons, &QDialogButtonBox::accepted, this, &AttachDialog::submit);
	connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
	layout->addWidget(m_buttons);

	updateSummary();
}

void AttachDialog::colourSentences()
{
	// Fixed colours were dark: unreadable on a dark desktop.
	for (const auto &[label, colour] : {std::pair{m_warning, warningTextColor(palette())},
					    std::pair{m_error, errorTextColor(palette())}}) {
		QPalette p = label->palette();
		p.setColor(QPalette::WindowText, colour);
		label->setPalette(p);
	}
}

void AttachDialog::changeEvent(QEvent *event)
{
	QDialog::changeEvent(event);
	if (event->type() == QEvent::PaletteChange)
		colourSentences();
}

QWidget *AttachDialog::buildDelayControls()
{
	auto *box = new QWidget(this);
	auto *form = new QFormLayout(box);
	m_delay = addDelaySpins(form);
	m_delay.read->setValue(20);
	m_delay.write->setValue(20);
	connect(m_delay.read, &QSpinBox::valueChanged, this, &AttachDialog::updateSummary);
	connect(m_delay.write, &QSpinBox::valueChanged, this, &AttachDialog::updateSummary);
	return box;
}

QWidget *AttachDialog::buildSnapshotControls()
{
	auto *box = new QWidget(this);
	auto *form = new QFormLayout(box);
	auto *storeRow = new QHBoxLayout;
	m_store = new QLineEdit(box);
	m_store->setPlaceholderText(tr("A directory on another filesystem, or an unused block device"));
	m_store->setAccessibleName(tr("Snapshot store"));
	auto *browse = new QToolButton(box);
	browse->setText(tr("Choose…"));
	browse->setAccessibleName(tr("Choose a directory for the snapshot store"));
	connect(browse, &QToolButton::clicked, this, [this] {
		const QString dir = QFileDialog::getExistingDirectory(this, tr("Directory for the snapshot store"),
								      m_store->text());
		if (!dir.isEmpty())
			m_store->setText(dir);
	});
	storeRow->addWidget(m_store, 1);
	storeRow->addWidget(browse);
	auto *storeLabel = new QLabel(tr("S&tore:"), box);
	storeLabel->setBuddy(m_store);
	form->addRow(storeLabel, storeRow);

	// The store holds the blocks written after the snapshot. Unless told,
	// the helper makes a directory store as large as the device, at most
	// half the free space and leaving a reserve (docs/helper.md), so the
	// value below the least size means "let the helper choose".
	const int minMiB = int(Limits::minStoreBytes >> 20);
	m_storeMiB = spinBox(minMiB - 1, 16 * 1024 * 1024, minMiB - 1, tr(" MiB"), tr("Size of the snapshot store"), box);
	m_storeMiB->setSpecialValueText(tr("Automatic"));
	m_storeMiB->setToolTip(tr("Automatic: in a directory, as large as the device, but at most half of the free space, and always leaving %1 MiB free.")
				       .arg(Limits::storeReserveBytes >> 20));
	form->addRow(tr("Store si&ze:"), m_storeMiB); // Alt+S is the Snapshot button's

	m_chunk = new QComboBox(box);
	m_chunk->setAccessibleName(tr("Chunk size"));
	for (quint32 sectors = Limits::minChunkSectors; sectors <= Limits::maxChunkSectors; sectors *= 2)
		m_chunk->addItem(formatBytes(quint64(sectors) * 512), sectors);
	form->addRow(tr("&Chunk size:"), m_chunk);
	connect(m_store, &QLineEdit::textChanged, this, &AttachDialog::updateSummary);
	return box;
}

QWidget *AttachDialog::buildFlakeyControls()
{
	auto *box = new QWidget(this);
	auto *form = new QFormLayout(box);
	m_flakey = addFlakeySpins(form);
	m_flakey.up->setValue(10);
	m_flakey.down->setValue(5);
	m_mode = new QComboBox(box);
	m_mode->setAccessibleName(tr("Kind of fault"));
	m_mode->addItem(tr("Fail every read"), QStringLiteral("error-reads"));
	m_mode->addItem(tr("Fail every write"), QStringLiteral("error-writes"));
	m_mode->addItem(tr("Drop every write silently"), QStringLiteral("drop-writes"));
	// The helper's default, and one every kernel has.
	m_mode->setCurrentIndex(m_mode->findData(QStringLiteral("error-writes")));
	form->addRow(tr("&Kind of fault:"), m_mode); // Alt+F is the Inject faults button's
	m_withheld = sentenceLabel(box);
	m_withheld->setAccessibleName(tr("Not offered here"));
	m_withheld->hide();
	form->addRow(m_withheld);
	connect(m_flakey.up, &QSpinBox::valueChanged, this, &AttachDialog::updateSummary);
	connect(m_flakey.down, &QSpinBox::valueChanged, this, &AttachDialog::updateSummary);
	connect(m_mode, &QComboBox::currentIndexChanged, this, &AttachDialog::updateSummary);
	return box;
}

void AttachDialog::withholdUnsupported(const HelperStatus &status)
{
	if (!m_mode)
		return;
	auto *items = qobject_cast<QStandardItemModel *>(m_mode->model());
	QStringList why;
	for (int i = 0; i < m_mode->count(); ++i) {
		const QString mode = m_mode->itemData(i).toString();
		const QString reason = status.unsupportedReason(QStringLiteral("flakey.mode=") + mode);
		items->item(i)->setEnabled(reason.isEmpty());
		if (reason.isEmpty())
			continue;
		// The helper's English reason, said in the user's language
		// where the program knows the case.
		if (mode == QLatin1String("error-reads"))
			why << tr("“%1” needs Linux 6.5 or later; this system runs Linux %2.")
				       .arg(m_mode->itemText(i), status.kernelRelease());
		else
			why << QStringLiteral("%1: %2").arg(m_mode->itemText(i), reason);
	}
	m_withheld->setText(why.join(QLatin1Char(' ')));
	m_withheld->setVisible(!why.isEmpty());
	if (!items->item(m_mode->currentIndex())->isEnabled())
		for (int i = 0; i < m_mode->count(); ++i)
			if (items->item(i)->isEnabled()) {
				m_mode->setCurrentIndex(i);
				break;
			}
}

QVariantMap AttachDialog::options() const
{
	QVariantMap o;
	switch (m_kind) {
	case Kind::Linear:
		break;
	case Kind::Delay:
		o = m_delay.options();
		break;
	case Kind::Snapshot:
		o.insert(QStringLiteral("store"), m_store->text().trimmed());
		if (m_storeMiB->value() != m_storeMiB->minimum())
			o.insert(QStringLiteral("store-size"), quint64(m_storeMiB->value()) << 20);
		o.insert(QStringLiteral("chunk-sectors"), m_chunk->currentData().toUInt());
		break;
	case Kind::Flakey:
		o = m_flakey.options();
		o.insert(QStringLiteral("mode"), m_mode->currentData().toString());
		break;
	}
	return o;
}

void AttachDialog::updateSummary()
{
	const QString dev = describeDevice(m_device);
	QString what;
	bool valid = true;
	switch (m_kind) {
	case Kind::Linear:
		what = tr("%1 will be remapped through dm-linear: its I/O passes unchanged through %2.")
			       .arg(dev, interposerName(m_device));
		break;
	case Kind::Delay:
		what = tr("Every read of %1 will wait %2 ms and every write %3 ms before it reaches the device, until you change or detach it.")
			       .arg(dev).arg(m_delay.read->value()).arg(m_delay.write->value());
		// The helper refuses a delay that delays nothing.
		valid = m_delay.read->value() > 0 || m_delay.write->value() > 0;
		break;
	case Kind::Snapshot:
		what = tr("A snapshot will keep %1 as it is at this instant, readable at %2-snap. Blocks written afterwards are first copied into the store; if the store fills up, the snapshot is lost but the device goes on working.")
			       .arg(dev, interposerName(m_device));
		valid = !m_store->text().trimmed().isEmpty();
		break;
	case Kind::Flakey:
		//: %3 is “fail every read”, “fail every write” or “drop every write silently”.
		what = tr("%1 will work for %2 s, then %3 for %4 s, in turn, until you detach it.")
			       .arg(dev)
			       .arg(m_flakey.up->value())
			       .arg(modePhrase(m_mode->currentData().toString()))
			       .arg(m_flakey.down->value());
		break;
	}
	if (!m_device.mountPoints.isEmpty() || m_device.swap)
		what += QLatin1Char(' ') + tr("It stays in use: no program is stopped, nothing is unmounted.");
	what += QLatin1Char(' ') + dataSentence(m_kind, m_mode ? m_mode->currentData().toString() : QString());
	m_summary->setText(what);

	QStringList warnings;
	if (m_device.isRoot())
		warnings << tr("This is the root filesystem: the whole system runs on it.");
	if (m_device.swap)
		warnings << tr("This is active swap: the memory of every program may pass through it.");
	if (m_kind == Kind::Flakey && (m_device.isRoot() || m_device.swap))
		warnings << tr("Faults here can crash programs or the whole system.");
	else if (m_kind == Kind::Flakey && !m_device.mountPoints.isEmpty())
		warnings << tr("Faults can make the mounted filesystem go read-only or lose recent writes.");
	if (m_kind == Kind::Delay && (m_device.isRoot() || m_device.swap))
		warnings << tr("A long delay slows down every program.");
	m_warning->setText(warnings.join(QLatin1Char(' ')));
	m_warning->setVisible(!warnings.isEmpty());
	m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && !isBusy());
}

void AttachDialog::setStore(const QString &store)
{
	if (m_store)
		m_store->setText(store);
}

QString AttachDialog::summaryText() const
{
	return m_summary->text();
}

QString AttachDialog::warningText() const
{
	return m_warning->text();
}

QString AttachDialog::withheldText() const
{
	return m_withheld && !m_withheld->isHidden() ? m_withheld->text() : QString();
}

QString AttachDialog::errorText() const
{
	return m_error->isVisible() ? m_error->text() : QString();
}

void AttachDialog::submit()
{
	if (isBusy() || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
		return;
	m_error->hide();
	m_pending = m_actions->attach(m_device.node, m_kind, options());
	connect(m_pending, &HelperAction::finished, this, &AttachDialog::onFinished);
	setBusy(true);
}

void AttachDialog::setBusy(bool busy)
{
	if (m_controls)
		m_controls->setEnabled(!busy);
	m_busy->setVisible(busy);
	m_busyText->setVisible(busy);
	// Closing while the helper works does not cancel the call: the main
	// window reports its outcome.
	m_buttons->button(QDialogButtonBox::Cancel)->setText(busy ? tr("&Close") : tr("Cancel"));
	updateSummary();
}

void AttachDialog::onFinished(HelperAction *action)
{
	m_pending = nullptr;
	setBusy(false);
	if (action->succeeded()) {
		accept();
		return;
	}
	m_error->setText(action->errorText());
	m_error->show();
	adjustSize(); // the refusal comes in below the controls
}
