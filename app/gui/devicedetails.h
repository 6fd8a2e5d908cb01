// SPDX-License-Identifier: GPL-2.0-or-later
// The details pane: everything the list knows of the selected device, and
// why no action is offered for it when none is.
#pragma once

#include "blockdevice.h"

#include <QWidget>

class QFormLayout;
class QLabel;

class DeviceDetails : public QWidget
{
	Q_OBJECT

public:
	explicit DeviceDetails(QWidget *parent = nullptr);

	// refusal: why no action may be taken on it (empty if any may).
	void setDevice(const BlockDevice &device, const QList<BlockDevice> &sessionParts, const QString &refusal);
	void clear();
	QString text() const; // every shown line, for tests

private:
	void addRow(const QString &label, const QString &value);

	QLabel *m_title;
	QWidget *m_rows;
	QFormLayout *m_form;
	QLabel *m_refusal;
};
