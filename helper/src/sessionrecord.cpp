// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessionrecord.h"

#include <QRegularExpression>

QString interposerUuid(const SessionRecord &r)
{
	return QStringLiteral("INTERPOSER-%1-U%2-T%3").arg(r.id).arg(r.uid).arg(r.startedUsec);
}

QString snapshotUuid(const SessionRecord &r)
{
	return QStringLiteral("INTERPOSER-%1-snap").arg(r.id);
}

bool parseInterposerUuid(const QString &uuid, const QString &id, uint *uid, quint64 *startedUsec)
{
	static const QRegularExpression re(QStringLiteral("^INTERPOSER-(\\d+_\\d+)-U(\\d+)-T(\\d+)$"));
	const auto m = re.match(uuid);
	if (!m.hasMatch() || m.captured(1) != id)
		return false;
	*uid = m.captured(2).toUInt();
	*startedUsec = m.captured(3).toULongLong();
	return true;
}
