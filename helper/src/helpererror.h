// SPDX-License-Identifier: GPL-2.0-or-later
// The error every refusal and failure inside the helper is reported by: a
// D-Bus error name of org.interposer.Error.* and a sentence for people that
// names the device and the reason. Thrown inside the helper, turned into a
// D-Bus error reply at the bus boundary (and nowhere else).
#pragma once

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

	HelperError(Kind kind, QString message);

	Kind kind() const { return m_kind; }
	const QString &message() const { return m_message; }
	QString dbusName() const;
	const char *what() const noexcept override { return m_utf8.constData(); }

	static QString dbusName(Kind kind);

private:
	Kind m_kind;
	QString m_message;
	QByteArray m_utf8;
};

// Shorthands, so a refusal reads as one line where it happens.
[[noreturn]] void throwInvalid(const QString &message);
[[noreturn]] void throwNotFound(const QString &message);
[[noreturn]] void throwBusy(const QString &message);
[[noreturn]] void throwNotSupported(const QString &message);
[[noreturn]] void throwKernelModule(const QString &message);
[[noreturn]] void throwFailed(const QString &message);
