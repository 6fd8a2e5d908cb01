// SPDX-License-Identifier: GPL-2.0-or-later
// A sentence of the helper's for people, with its parameters kept apart
// from it, so that it can be said in the language of whoever reads it.
//
// The helper runs without a language of its own: it sends the English
// sentence as the D-Bus error's message (for interposerctl, logs and
// clients that know nothing more), and after it, to a client that asks,
// the source text and the parameters. The window translates the source text in the context
// "HelperError" from its catalogues (translations/), and puts in the
// parameters: numbers in the user's locale, an errno as the C library
// says it there, a part of the sentence (a verb, a reason) translated in
// turn. The window asks for the parameters (option error.parameters):
// GLib's clients read an error only if its body is one string.
// docs/helper.md, "Refusals in the reader's language", says more.
//
// Each source text is marked where it is written:
//   throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is already interposed; detach it first."))
//                     .arg(device));
// so lupdate finds it (the catalogues scan helper/src).
#pragma once

#include <QDBusArgument>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

// A system error number, said by the C library of whoever shows it.
struct SystemError {
	int code = 0;
};
Q_DECLARE_METATYPE(SystemError)

class ErrorText
{
public:
	// The context of every source text in the catalogues.
	static constexpr const char *context = "HelperError";

	ErrorText() = default;
	// source: a text marked with QT_TRANSLATE_NOOP("HelperError", ...),
	// or one sent by the helper.
	explicit ErrorText(const char *source);
	explicit ErrorText(QString source) : m_source(std::move(source)) {}

	// The next parameter: what %1, then %2, ... stand for. Numbers are
	// written in the reader's locale; a SystemError by strerror(); an
	// ErrorText is translated itself. Making a text and these keep errno
	// as they found it: SystemError{errno} may follow them in one
	// expression.
	ErrorText arg(const QString &text) const;
	ErrorText arg(const char *) const = delete; // say which: a name, or a text to translate
	ErrorText arg(qint64 number) const;
	ErrorText arg(quint64 number) const;
	ErrorText arg(int number) const { return arg(qint64(number)); }
	ErrorText arg(unsigned number) const { return arg(quint64(number)); }
	ErrorText arg(long number) const { return arg(qint64(number)); }
	ErrorText arg(unsigned long number) const { return arg(quint64(number)); }
	ErrorText arg(SystemError error) const;
	ErrorText arg(const ErrorText &part) const;
	// Several at once, in order, as QString::arg(a, b, ...).
	template<typename A, typename B, typename... More>
	ErrorText arg(const A &a, const B &b, const More &...more) const
	{
		return arg(a).arg(b, more...);
	}

	const QString &source() const { return m_source; }
	const QVariantList &parameters() const { return m_parameters; }
	bool isEmpty() const { return m_source.isEmpty(); }

	// The sentence in English, as the helper logs and sends it.
	QString english() const;
	// The sentence through translate (context, source) -> text; numbers in
	// the default QLocale, errnos by this process's strerror().
	QString rendered(const std::function<QString(const char *, const QString &)> &translate) const;

	// The parameters as the error reply carries them (av: s, x, t, (is),
	// (sav)), and back; nullopt if the reply has none or ill-formed ones.
	QVariantList toDBus() const;
	static std::optional<ErrorText> fromDBus(const QString &source, const QVariant &parameters);
	// A whole text as one (sav) value (Job.Failure); the same checks.
	static std::optional<ErrorText> fromDBus(const QVariant &text);

	friend bool operator==(const ErrorText &, const ErrorText &) = default;

private:
	// This text with one parameter more (errno kept).
	ErrorText with(const QVariant &parameter) const;
	// What a reply carries, checked, depth parts deep.
	static std::optional<ErrorText> fromDBusAt(const QString &source, const QVariant &parameters, int depth);
	static std::optional<ErrorText> partFromDBus(const QVariant &value, int depth);
	static std::optional<QVariant> parameterFromDBus(const QVariant &v, int depth);

	QString m_source;
	QVariantList m_parameters; // QString, qint64, quint64, SystemError, ErrorText
};
Q_DECLARE_METATYPE(ErrorText)

bool operator==(SystemError a, SystemError b);

// Substitutes %1..%99 in pattern in one pass, as QString::arg(a, b, ...)
// does: a parameter that holds "%2" stays as it is.
QString substituteParameters(const QString &pattern, const QStringList &values);

QDBusArgument &operator<<(QDBusArgument &arg, const SystemError &error);
const QDBusArgument &operator>>(const QDBusArgument &arg, SystemError &error);
QDBusArgument &operator<<(QDBusArgument &arg, const ErrorText &text);
const QDBusArgument &operator>>(const QDBusArgument &arg, ErrorText &text);

// Registers SystemError and ErrorText with the meta-type and D-Bus type
// systems (interposerRegisterDBusTypes calls it).
void registerErrorTextTypes();
