// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpererror.h"

#include <QDBusMessage>

HelperError::HelperError(Kind kind, ErrorText text)
	: m_kind(kind), m_text(std::move(text)), m_message(m_text.english()), m_utf8(m_message.toUtf8())
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

QDBusMessage errorReply(const QDBusMessage &call, const HelperError &error, bool withParameters)
{
	QDBusMessage reply = call.createErrorReply(error.dbusName(), error.message());
	if (withParameters && !error.text().isEmpty())
		reply << error.text().source() << QVariant::fromValue(error.text().toDBus());
	return reply;
}

void throwInvalid(const ErrorText &text)
{
	throw HelperError(HelperError::Kind::InvalidArgument, text);
}

void throwNotFound(const ErrorText &text)
{
	throw HelperError(HelperError::Kind::NotFound, text);
}

void throwBusy(const ErrorText &text)
{
	throw HelperError(HelperError::Kind::Busy, text);
}

void throwNotSupported(const ErrorText &text)
{
	throw HelperError(HelperError::Kind::NotSupported, text);
}

void throwKernelModule(const ErrorText &text)
{
	throw HelperError(HelperError::Kind::KernelModule, text);
}

void throwFailed(const ErrorText &text)
{
	throw HelperError(HelperError::Kind::Failed, text);
}
