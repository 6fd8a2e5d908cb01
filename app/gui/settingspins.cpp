// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingspins.h"

#include "optionlimits.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QSpinBox>

namespace {

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
