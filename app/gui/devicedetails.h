// SPDX-License-Identifier: GPL-2.0-or-later
// The details pane: everything the list knows of the selected device, and
// why no action is offered for it when none is. Its rows are made once
// and updated in place: the pane is refreshed on every change of the
// device (a uevent, a mount, a session's state), and rebuilding them
// flickered and lost a selection in their text.
#pragma once

#include "blockdevice.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

class DeviceDetails : public QWidget
{
	Q_OBJECT

public:
	explicit DeviceDetails(QWidget *parent = nullptr);

	// refusal: why no action may be taken on it (empty if any may).
	void setDevice(const BlockDevice &device, const QString &refusal);
	void clear();
	QString text() const; // every shown line, for tests
	// The label of a row's value ("Size", ...), for tests.
	QLabel *valueLabel(const QString &name) const;

private:
	enum Row { Type, Size, Number, Filesystem, Label, Uuid, MountPoints, ReadOnly, UsedBy, BuiltOn, RowCount };
	// Sets a row's value; a row without one is hidden.
	void setRow(Row row, const QString &value);

	QLabel *m_title;
	QFormLayout *m_form;
	QList<QLabel *> m_values;
	QLabel *m_refusal;
};
