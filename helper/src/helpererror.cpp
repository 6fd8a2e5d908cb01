// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpererror.h"

HelperError::HelperError(Kind kind, QString message)
	: m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
{
}

QString HelperError::dbusName() const
{
	return dbusName(m_kind);
}

QString HelperError::dbusName(Kind kind)
{
	switch (kind) {
	case Kind::NotAuthorized:
		return QStringLiteral("org.interposer.Error.NotAuthorized");
	case Kind::InvalidArgument:
		return QStringLiteral("org.interposer.Error.InvalidArgument");
	case Kind::NotFound:
		return QStringLiteral("org.interposer.Error.NotFound");
	case Kind::Busy:
		return QStringLiteral("org.interposer.Error.Busy");
	case Kind::NotSupported:
		return QStringLiteral("org.interposer.Error.NotSupported");
	case Kind::KernelModule:
		return QStringLiteral("org.interposer.Error.KernelModule");
	case Kind::Failed:
		break;
	}
	return QStringLiteral("org.interposer.Error.Failed");
}

void throwInvalid(const QString &message)
{
	throw HelperError(HelperError::Kind::InvalidArgument, message);
}

void throwNotFound(const QString &message)
{
	throw HelperError(HelperError::Kind::NotFound, message);
}

void throwBusy(const QString &message)
{
	throw HelperError(HelperError::Kind::Busy, message);
}

void throwNotSupported(const QString &message)
{
	throw HelperError(HelperError::Kind::NotSupported, message);
}

void throwKernelModule(const QString &message)
{
	throw HelperError(HelperError::Kind::KernelModule, message);
}

void throwFailed(const QString &message)
{
	throw HelperError(HelperError::Kind::Failed, message);
}
