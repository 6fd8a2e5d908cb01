// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessiontablemodel.h"

#include "blockdevicemodel.h"
#include "sessionwords.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>
#include <algorithm>

SessionTableModel::SessionTableModel(const BlockDeviceModel *devices, QObject *parent)
	: QAbstractTableModel(parent), m_devices(devices)
{
	connect(devices, &BlockDeviceModel::sessionsChanged, this, &SessionTableModel::update);
	update();
}

void SessionTableModel::update()
{
	QList<SessionInfo> next = m_devices->sessions();
	QCollator collator;
	collator.setNumericMode(true); // sdb2 before sdb10
	std::sort(next.begin(), next.end(),
		  [&collator](const SessionInfo &a, const SessionInfo &b) { return collator.compare(a.device, b.device) < 0; });
	// Rows that went, then rows that came, by session path; the others
	// are told they changed.
	for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
		const auto gone = std::none_of(next.cbegin(), next.cend(),
					       [&](const SessionInfo &s) { return s.path == m_rows[row].path; });
		if (gone) {
			beginRemoveRows({}, row, row);
			m_rows.removeAt(row);
			endRemoveRows();
		}
	}
	for (int row = 0; row < next.size(); ++row) {
		if (row < m_rows.size() && m_rows[row].path == next[row].path) {
			m_rows[row] = next[row];
			Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
			continue;
		}
		beginInsertRows({}, row, row);
		m_rows.insert(row, next[row]);
		endInsertRows();
	}
}

const SessionInfo *SessionTableModel::session(int row) const
{
	return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
	return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
	return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
	const SessionInfo *s = session(index.row());
	if (!s || role != Qt::DisplayRole)
		return {};
	switch (index.column()) {
	case DeviceColumn:
		return s->device;
	case SessionColumn:
		return sessionLabel(*s);
	case StartedColumn:
		return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(s->started / 1000)), QLocale::ShortFormat);
	case ByColumn:
		return userName(s->startedByUid);
	}
	return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
	if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
		return {};
	switch (section) {
	case DeviceColumn:
		return tr("Device");
	case SessionColumn:
		return tr("Session");
	case StartedColumn:
		return tr("Started");
	case ByColumn:
		return tr("Started by");
	}
	return {};
}
