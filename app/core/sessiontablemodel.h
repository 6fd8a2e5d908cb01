// SPDX-License-Identifier: GPL-2.0-or-later
// Every session on the machine as a table, one row each, sorted by
// device: what the Sessions window lists, whoever started them (this
// window, another, interposerctl, a script). Rows are inserted, removed
// and changed in place as the helper's sessions change, so a selection
// survives.
#pragma once

#include "helperclient.h"

#include <QAbstractTableModel>

class BlockDeviceModel;

class SessionTableModel : public QAbstractTableModel
{
	Q_OBJECT

public:
	enum Column { DeviceColumn, SessionColumn, StartedColumn, ByColumn, ColumnCount };

	explicit SessionTableModel(const BlockDeviceModel *devices, QObject *parent = nullptr);

	const SessionInfo *session(int row) const;

	int rowCount(const QModelIndex &parent = {}) const override;
	int columnCount(const QModelIndex &parent = {}) const override;
	QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
	QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
	void update();

	const BlockDeviceModel *m_devices;
	QList<SessionInfo> m_rows;
};
