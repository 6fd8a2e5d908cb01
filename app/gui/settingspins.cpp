// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingspins.h"

#include "optionlimits.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace {

const QString readMs = QStringLiteral("read-ms");
const QString writeMs = QStringLiteral("write-ms");
const QString upSeconds = QStringLiteral("up-seconds");
const QString downSeconds = QStringLiteral("down-seconds");

void setQuietly(QSpinBox *spin, const QVariant &value)
{
	const QSignalBlocker block(spin);
	spin->setValue(value.toInt());
}

QSpinBox *addRow(QFormLayout *form, const QString &label, quint32 min, quint32 max, const QString &suffix,
		 const QString &accessibleName)
{
	auto *spin = new QSpinBox(form->parentWidget());
	spin->setRange(int(min), int(max));
	spin->setSuffix(suffix);
	spin->setAccessibleName(accessibleName);
	form->addRow(label, spin);
	return spin;
}

} // namespace

DelaySpins addDelaySpins(QFormLayout *form)
{
	const QString ms = QCoreApplication::translate("SettingSpins", " ms");
	return {addRow(form, QCoreApplication::translate("SettingSpins", "&Reads wait:"), 0, Limits::maxDelayMs, ms,
		       QCoreApplication::translate("SettingSpins", "Delay of every read")),
		addRow(form, QCoreApplication::translate("SettingSpins", "&Writes wait:"), 0, Limits::maxDelayMs, ms,
		       QCoreApplication::translate("SettingSpins", "Delay of every write"))};
}

FlakeySpins addFlakeySpins(QFormLayout *form)
{
	const QString s = QCoreApplication::translate("SettingSpins", " s");
	return {addRow(form, QCoreApplication::translate("SettingSpins", "&Works for:"), 0, Limits::maxFlakeySeconds, s,
		       QCoreApplication::translate("SettingSpins", "Seconds working")),
		addRow(form, QCoreApplication::translate("SettingSpins", "&Then fails for:"), Limits::minFlakeyDownSeconds,
		       Limits::maxFlakeySeconds, s, QCoreApplication::translate("SettingSpins", "Seconds failing"))};
}

QVariantMap DelaySpins::options() const
{
	return {{readMs, uint(read->value())}, {writeMs, uint(write->value())}};
}

void DelaySpins::setQuietly(const QVariantMap &options) const
{
	::setQuietly(read, options.value(readMs));
	::setQuietly(write, options.value(writeMs));
}

QVariantMap FlakeySpins::options() const
{
	return {{upSeconds, uint(up->value())}, {downSeconds, uint(down->value())}};
}

void FlakeySpins::setQuietly(const QVariantMap &options) const
{
	::setQuietly(up, options.value(upSeconds));
	::setQuietly(down, options.value(downSeconds));
}
