// SPDX-License-Identifier: GPL-2.0-or-later
// The error every refusal and failure inside the helper is reported by: a
// D-Bus error name of org.interposer.Error.* and a sentence for people that
// names the device and the reason. Thrown inside the helper, turned into a
// D-Bus error reply at the bus boundary (and nowhere else). The sentence
// is an ErrorText: English in the reply's message, translatable by the
// client from the parameters after it (errortext.h).
#pragma once

#include "errortext.h"

#include <QString>
#include <exception>

class HelperError : public std::exception
{
public:
	enum class Kind {
		NotAuthorized,
		InvalidArgument,
		NotFound,
		Busy,
		NotSupported,
		KernelModule,
		Failed,
	};

	HelperError(Kind kind, ErrorText text);

	Kind kind() const { return m_kind; }
	const ErrorText &text() const { return m_text; }
	// The sentence in English.
	const QString &message() const { return m_message; }
	QString dbusName() const;
	const char *what() const noexcept override { return m_utf8.constData(); }

	static QString dbusName(Kind kind);

private:
	Kind m_kind;
	ErrorText m_text;
	QString m_message;
	QByteArray m_utf8;
};

class QDBusMessage;
// The D-Bus error reply to call: the English sentence as its message and,
// withParameters, then the source text (s) and the parameters (av),
// errortext.h.
QDBusMessage errorReply(const QDBusMessage &call, const HelperError &error, bool withParameters);

// Shorthands, so a refusal reads as one line where it happens.
[[noreturn]] void throwInvalid(const ErrorText &text);
[[noreturn]] void throwNotFound(const ErrorText &text);
[[noreturn]] void throwBusy(const ErrorText &text);
[[noreturn]] void throwNotSupported(const ErrorText &text);
[[noreturn]] void throwKernelModule(const ErrorText &text);
[[noreturn]] void throwFailed(const ErrorText &text);
