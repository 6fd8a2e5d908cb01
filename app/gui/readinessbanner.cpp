// SPDX-License-Identifier: GPL-2.0-or-later
#include "readinessbanner.h"

#include "helperstatus.h"
#include "textcolors.h"
#include "userguide.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

struct Advice {
	QString text;	 // the cause, and what follows from it
	QString command; // what to type; may be empty
};

const char kReload[] = "sudo modprobe -r blkinterposer && sudo modprobe blkinterposer";

Advice adviceFor(const HelperStatus &s)
{
	using P = HelperStatus::Problem;
	switch (s.problem()) {
	case P::Unknown:
	case P::None:
		break;
	case P::HelperMissing:
		return {ReadinessBanner::tr("The Interposer helper is not installed, so nothing can be attached or detached. Install it:"),
			QStringLiteral("sudo apt install interposer-helper")};
	case P::HelperFailed:
		return {ReadinessBanner::tr("The Interposer helper did not start (%1), so nothing can be attached or detached. Its log says why:")
				.arg(s.detail()),
			QStringLiteral("journalctl -u interposer-helper")};
	case P::ModuleNotBuilt:
		return {ReadinessBanner::tr("The kernel module blkinterposer is not installed for the running kernel (Linux %1), so nothing can be attached. Install it, and DKMS builds it for this kernel (if it is installed, “sudo dkms autoinstall” says why it was not built):")
				.arg(s.kernelRelease()),
			QStringLiteral("sudo apt install blkinterposer-dkms")};
	case P::ModuleNotLoaded:
		if (s.secureBoot())
			return {ReadinessBanner::tr("The kernel module blkinterposer is not loaded, and Secure Boot is on: the kernel loads it once the key DKMS signs it with is enrolled. Enrol it, reboot, choose “Enrol MOK” and type the password you chose (the user guide’s “Secure Boot” has the steps):"),
				QStringLiteral("sudo mokutil --import /var/lib/dkms/mok.pub")};
		return {ReadinessBanner::tr("The kernel module blkinterposer is not loaded, so nothing can be attached. Load it (if that fails, the kernel log says why, and the user guide’s “Troubleshooting” what to do):"),
			QStringLiteral("sudo modprobe blkinterposer")};
	case P::ModuleNoAnswer:
		return {ReadinessBanner::tr("The kernel module blkinterposer is loaded but does not answer (%1), so nothing can be attached. Load it again:")
				.arg(s.detail()),
			QString::fromLatin1(kReload)};
	case P::HelperOlderThanModule:
		return {ReadinessBanner::tr("The kernel module blkinterposer was loaded after the helper started, and the helper may use only what was there when it started. Start it again (or wait a minute: it ends when idle):"),
			QStringLiteral("sudo systemctl restart interposer-helper")};
	case P::ModuleMismatch:
		return {ReadinessBanner::tr("The kernel module blkinterposer and the helper are of different versions (%1), so nothing can be attached. Install the same version of blkinterposer-dkms and interposer-helper, then load the module again:")
				.arg(s.detail()),
			QString::fromLatin1(kReload)};
	}
	// Works, but the helper is not of this program's version: what is
	// shown may not match what it does.
	const QString mine = QApplication::applicationVersion();
	if (!s.helperVersion().isEmpty() && !mine.isEmpty() && s.helperVersion() != mine)
		return {ReadinessBanner::tr("The helper is version %1 and this program version %2: install the same version of both.")
				.arg(s.helperVersion(), mine),
			{}};
	return {};
}

} // namespace

ReadinessBanner::ReadinessBanner(HelperStatus *status, QWidget *parent) : QFrame(parent), m_status(status)
{
	setFrameShape(QFrame::StyledPanel);
	setAccessibleName(tr("Problem"));
	auto *layout = new QHBoxLayout(this);
	m_icon = new QLabel(this);
	const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
	m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
	layout->addWidget(m_icon, 0, Qt::AlignTop);
	auto *words = new QVBoxLayout;
	m_text = new QLabel(this);
	m_text->setWordWrap(true);
	m_text->setTextFormat(Qt::PlainText);
	m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
	words->addWidget(m_text);
	m_command = new QLabel(this);
	m_command->setTextFormat(Qt::PlainText);
	m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
	m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
	m_command->setAccessibleName(tr("Command"));
	words->addWidget(m_command);
	layout->addLayout(words, 1);
	auto *buttons = new QVBoxLayout;
	m_again = new QPushButton(tr("Chec&k again"), this);
	m_again->setAccessibleName(tr("Check again whether Interposer can work"));
	connect(m_again, &QPushButton::clicked, m_status, &HelperStatus::refresh);
	buttons->addWidget(m_again);
	m_guide = new QPushButton(tr("User &guide"), this);
	m_guide->setAccessibleName(tr("Open the user guide at Troubleshooting"));
	connect(m_guide, &QPushButton::clicked, this,
		[this] { showUserGuide(window(), QStringLiteral("Troubleshooting")); });
	buttons->addWidget(m_guide);
	buttons->addStretch(1);
	layout->addLayout(buttons);
	connect(m_status, &HelperStatus::changed, this, &ReadinessBanner::showAdvice);
	colour();
	showAdvice();
}

void ReadinessBanner::setGuideOffered(bool offered)
{
	m_guide->setVisible(offered);
}

QString ReadinessBanner::text() const
{
	return isHidden() ? QString() : m_text->text();
}

QString ReadinessBanner::command() const
{
	return isHidden() ? QString() : m_command->text();
}

void ReadinessBanner::showAdvice()
{
	const Advice advice = adviceFor(*m_status);
	m_text->setText(advice.text);
	m_command->setText(advice.command);
	m_command->setVisible(!advice.command.isEmpty());
	setVisible(!advice.text.isEmpty());
}

void ReadinessBanner::colour()
{
	QPalette p = m_text->palette();
	p.setColor(QPalette::WindowText, warningTextColor(palette()));
	m_text->setPalette(p);
}

void ReadinessBanner::changeEvent(QEvent *event)
{
	QFrame::changeEvent(event);
	if (event->type() == QEvent::PaletteChange)
		colour();
}
