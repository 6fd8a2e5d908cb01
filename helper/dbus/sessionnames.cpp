// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessionnames.h"

#include <QRegularExpression>
#include <sys/sysmacros.h>

QString sessionId(dev_t original)
{
	return QStringLiteral("%1_%2").arg(major(original)).arg(minor(original));
}

QString interposerDmName(const QString &sessionId)
{
	return QStringLiteral("interposer-") + sessionId;
}

QString snapshotDmName(const QString &sessionId)
{
	return interposerDmName(sessionId) + QStringLiteral("-snap");
}

std::optional<SessionDmName> parseSessionDmName(const QString &name)
{
	static const QRegularExpression re(QStringLiteral(R"(^interposer-(\d+)_(\d+)(-snap)?$)"));
	const auto m = re.match(name);
	if (!m.hasMatch())
		return std::nullopt;
	return SessionDmName{makedev(m.capturedView(1).toUInt(), m.capturedView(2).toUInt()), m.hasCaptured(3)};
}
