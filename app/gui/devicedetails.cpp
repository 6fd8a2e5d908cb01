// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicedetails.h"

#include "datasize.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <sys/sysmacros.h>

namespace {

QString typeName(BlockDevice::Type type)
{
	switch (type) {
	case BlockDevice::Type::Disk:
		return DeviceDetails::tr("Disk");
	case BlockDevice::Type::Partition:
		return DeviceDetails::tr("Partition");
	case BlockDevice::Type::Loop:
		return DeviceDetails::tr("Loop device");
	case BlockDevice::Type::Nvme:
		return DeviceDetails::tr("NVMe namespace");
	case BlockDevice::Type::Md:
		return DeviceDetails::tr("RAID (md)");
	case BlockDevice::Type::DeviceMapper:
		return DeviceDetails::tr("Device-mapper device");
	case BlockDevice::Type::Other:
		break;
	}
	return DeviceDetails::tr("Other");
}

} // namespace

DeviceDetails::DeviceDetails(QWidget *parent) : QWidget(parent)
{
	auto *layout = new QVBoxLayout(this);
	m_title = new QLabel(this);
	QFont big = m_title->font();
	big.setPointSizeF(big.pointSizeF() * 1.3);
	big.setBold(true);
	m_title->setFont(big);
	m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
	layout->addWidget(m_title);
	auto *rows = new QWidget(this);
	m_form = new QFormLayout(rows);
	m_form->setContentsMargins(0, 0, 0, 0);
	const QStringList names{tr("Type"),	   tr("Size"),	       tr("Device number"), tr("Filesystem"),
				tr("Label"),	   tr("UUID"),	       tr("Mounted at"),    tr("Read-only"),
				tr("Used by"),	   tr("Built on")};
	Q_ASSERT(names.size() == RowCount);
	for (const QString &name : names) {
		auto *value = new QLabel(rows);
		value->setTextFormat(Qt::PlainText);
		value->setWordWrap(true);
		value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
		value->setAccessibleName(name);
		m_form->addRow(name + QLatin1Char(':'), value);
		m_values << value;
	}
	layout->addWidget(rows);
	m_refusal = new QLabel(this);
	m_refusal->setWordWrap(true);
	m_refusal->setAccessibleName(tr("Why no action is offered"));
	layout->addWidget(m_refusal);
	layout->addStretch(1);
	clear();
}

void DeviceDetails::clear()
{
	m_title->setText(tr("No device selected"));
	for (int row = 0; row < RowCount; ++row)
		setRow(Row(row), {});
	m_refusal->hide();
}

void DeviceDetails::setRow(Row row, const QString &value)
{
	// Unchanged text is not set again: setText() drops a selection.
	if (m_values[row]->text() != value)
		m_values[row]->setText(value);
	m_form->setRowVisible(row, !value.isEmpty());
}

void DeviceDetails::setDevice(const BlockDevice &d, const QString &refusal)
{
	const QString title = d.model.isEmpty() ? d.node : tr("%1 — %2").arg(d.node, d.model);
	if (m_title->text() != title)
		m_title->setText(title);
	const QLocale locale;
	setRow(Type, typeName(d.type));
	setRow(Size, tr("%1 (%2 bytes)").arg(formatBytes(d.sizeBytes), locale.toString(d.sizeBytes)));
	setRow(Number, QStringLiteral("%1:%2").arg(major(d.number)).arg(minor(d.number)));
	setRow(Filesystem, d.swap ? tr("%1 (active swap)").arg(d.fsType) : d.fsType);
	setRow(Label, d.label);
	setRow(Uuid, d.uuid);
	setRow(MountPoints, locale.createSeparatedList(d.mountPoints));
	setRow(ReadOnly, d.readOnly ? tr("yes") : QString());
	setRow(UsedBy, locale.createSeparatedList(d.holders));
	setRow(BuiltOn, locale.createSeparatedList(d.slaves));
	if (m_refusal->text() != refusal)
		m_refusal->setText(refusal);
	m_refusal->setVisible(!refusal.isEmpty());
}

QLabel *DeviceDetails::valueLabel(const QString &name) const
{
	for (QLabel *value : m_values)
		if (value->accessibleName() == name)
			return value;
	return nullptr;
}

QString DeviceDetails::text() const
{
	QStringList lines{m_title->text()};
	for (int row = 0; row < RowCount; ++row)
		if (m_form->isRowVisible(row))
			lines << qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())->text() +
					 QLatin1Char(' ') + m_values[row]->text();
	if (!m_refusal->isHidden())
		lines << m_refusal->text();
	return lines.join(QLatin1Char('\n'));
}
