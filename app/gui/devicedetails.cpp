// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicedetails.h"

#include "attachdialog.h"
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

QString partName(const BlockDevice &part)
{
	switch (part.role) {
	case BlockDevice::Role::Bypass:
		return DeviceDetails::tr("Bypass");
	case BlockDevice::Role::Interposer:
		return DeviceDetails::tr("Interposer");
	case BlockDevice::Role::Snapshot:
		return DeviceDetails::tr("Snapshot");
	case BlockDevice::Role::Plain:
		break;
	}
	return {};
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
	m_rows = new QWidget(this);
	m_form = new QFormLayout(m_rows);
	m_form->setContentsMargins(0, 0, 0, 0);
	layout->addWidget(m_rows);
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
	while (m_form->rowCount() > 0)
		m_form->removeRow(0);
	m_refusal->hide();
}

void DeviceDetails::addRow(const QString &label, const QString &value)
{
	if (value.isEmpty())
		return;
	auto *v = new QLabel(value, m_rows);
	v->setTextFormat(Qt::PlainText);
	v->setWordWrap(true);
	v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
	v->setAccessibleName(label);
	m_form->addRow(label + QLatin1Char(':'), v);
}

void DeviceDetails::setDevice(const BlockDevice &d, const QList<BlockDevice> &parts, const QString &refusal)
{
	clear();
	m_title->setText(d.model.isEmpty() ? d.node : tr("%1 — %2").arg(d.node, d.model));
	const QLocale locale;
	addRow(tr("Type"), typeName(d.type));
	addRow(tr("Size"), tr("%1 (%2 bytes)").arg(formatBytes(d.sizeBytes), locale.toString(d.sizeBytes)));
	addRow(tr("Device number"), QStringLiteral("%1:%2").arg(major(d.number)).arg(minor(d.number)));
	addRow(tr("Filesystem"), d.swap ? tr("%1 (active swap)").arg(d.fsType) : d.fsType);
	addRow(tr("Label"), d.label);
	addRow(tr("UUID"), d.uuid);
	addRow(tr("Mounted at"), locale.createSeparatedList(d.mountPoints));
	addRow(tr("Read-only"), d.readOnly ? tr("yes") : QString());
	addRow(tr("Used by"), locale.createSeparatedList(d.holders));
	addRow(tr("Built on"), locale.createSeparatedList(d.slaves));
	for (const BlockDevice &p : parts)
		addRow(partName(p), tr("%1 (%2)").arg(p.node, p.name));
	m_refusal->setText(refusal);
	m_refusal->setVisible(!refusal.isEmpty());
}

QString DeviceDetails::text() const
{
	QStringList lines{m_title->text()};
	for (int r = 0; r < m_form->rowCount(); ++r) {
		auto *label = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::LabelRole)->widget());
		auto *value = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::FieldRole)->widget());
		lines << label->text() + QLatin1Char(' ') + value->text();
	}
	if (!m_refusal->isHidden())
		lines << m_refusal->text();
	return lines.join(QLatin1Char('\n'));
}
