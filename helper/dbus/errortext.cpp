// SPDX-License-Identifier: GPL-2.0-or-later
#include "errortext.h"

#include <QDBusMetaType>
#include <QLocale>
#include <cerrno>
#include <cstring>

namespace {

// Making and extending a text allocates, and an allocation may change
// errno: each keeps it as it found it, so that SystemError{errno} may be
// written after them in one expression (the object of a call is made
// before its arguments are read).
class KeepErrno
{
public:
	KeepErrno() : m_saved(errno) {}
	~KeepErrno() { errno = m_saved; }
	KeepErrno(const KeepErrno &) = delete;
	KeepErrno &operator=(const KeepErrno &) = delete;

private:
	int m_saved;
};

// How deep a part may sit in a part in a reply: the helper nests one level
// (a verb in a sentence); more is a malformed or hostile reply.
constexpr int kMaxDepth = 4;

} // namespace

std::optional<QVariant> ErrorText::parameterFromDBus(const QVariant &v, int depth)
{
	switch (v.metaType().id()) {
	case QMetaType::QString:
		return v;
	case QMetaType::LongLong:
		return QVariant::fromValue(v.value<qint64>());
	case QMetaType::ULongLong:
		return QVariant::fromValue(v.value<quint64>());
	default:
		break;
	}
	if (v.metaType() == QMetaType::fromType<SystemError>() || v.metaType() == QMetaType::fromType<ErrorText>())
		return v; // as the helper holds it, before the bus
	if (!v.canConvert<QDBusArgument>())
		return std::nullopt;
	if (v.value<QDBusArgument>().currentSignature() == QLatin1String("(is)"))
		return QVariant::fromValue(qdbus_cast<SystemError>(v.value<QDBusArgument>()));
	if (depth >= kMaxDepth)
		return std::nullopt;
	const std::optional<ErrorText> part = partFromDBus(v, depth + 1);
	return part ? std::optional<QVariant>(QVariant::fromValue(*part)) : std::nullopt;
}

std::optional<ErrorText> ErrorText::partFromDBus(const QVariant &value, int depth)
{
	if (!value.canConvert<QDBusArgument>())
		return std::nullopt;
	const QDBusArgument a = value.value<QDBusArgument>();
	if (a.currentSignature() != QLatin1String("(sav)"))
		return std::nullopt;
	QString source;
	QVariantList parameters;
	a.beginStructure();
	a >> source >> parameters;
	a.endStructure();
	return fromDBusAt(source, QVariant::fromValue(parameters), depth);
}

std::optional<ErrorText> ErrorText::fromDBusAt(const QString &source, const QVariant &parameters, int depth)
{
	if (source.isEmpty())
		return std::nullopt;
	QVariantList list;
	if (parameters.canConvert<QDBusArgument>()) {
		const QDBusArgument a = parameters.value<QDBusArgument>();
		if (a.currentSignature() != QLatin1String("av"))
			return std::nullopt;
		a >> list;
	} else if (parameters.metaType() == QMetaType::fromType<QVariantList>()) {
		list = parameters.toList();
	} else {
		return std::nullopt;
	}
	ErrorText result(source);
	for (const QVariant &v : std::as_const(list)) {
		const std::optional<QVariant> p = parameterFromDBus(v, depth);
		if (!p)
			return std::nullopt;
		result.m_parameters.append(*p);
	}
	return result;
}

bool operator==(SystemError a, SystemError b)
{
	return a.code == b.code;
}

ErrorText::ErrorText(const char *source)
{
	const KeepErrno keep;
	m_source = QString::fromUtf8(source);
}

ErrorText ErrorText::with(const QVariant &parameter) const
{
	const KeepErrno keep;
	ErrorText out = *this;
	out.m_parameters.append(parameter);
	return out;
}

ErrorText ErrorText::arg(const QString &text) const
{
	return with(text);
}

ErrorText ErrorText::arg(qint64 number) const
{
	return with(QVariant::fromValue(number));
}

ErrorText ErrorText::arg(quint64 number) const
{
	return with(QVariant::fromValue(number));
}

ErrorText ErrorText::arg(SystemError error) const
{
	return with(QVariant::fromValue(error));
}

ErrorText ErrorText::arg(const ErrorText &part) const
{
	return with(QVariant::fromValue(part));
}

QString substituteParameters(const QString &pattern, const QStringList &values)
{
	QString out;
	out.reserve(pattern.size());
	for (qsizetype i = 0; i < pattern.size(); ++i) {
		const QChar c = pattern.at(i);
		if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
			qsizetype j = i + 1;
			int n = 0;
			while (j < pattern.size() && pattern.at(j).isDigit() && j < i + 3)
				n = n * 10 + pattern.at(j++).digitValue();
			if (n >= 1 && n <= values.size()) {
				out += values.at(n - 1);
				i = j - 1;
				continue;
			}
		}
		out += c;
	}
	return out;
}

QString ErrorText::english() const
{
	return rendered([](const char *, const QString &source) { return source; });
}

QString ErrorText::rendered(const std::function<QString(const char *, const QString &)> &translate) const
{
	// An untranslated sentence writes its numbers as the English one
	// does; a translated one as its reader's locale.
	const QString pattern = translate(context, m_source);
	const QLocale locale = pattern == m_source ? QLocale::c() : QLocale();
	QStringList values;
	for (const QVariant &p : m_parameters) {
		if (p.metaType() == QMetaType::fromType<SystemError>())
			values.append(QString::fromLocal8Bit(strerror(p.value<SystemError>().code)));
		else if (p.metaType() == QMetaType::fromType<ErrorText>())
			values.append(p.value<ErrorText>().rendered(translate));
		else if (p.metaType().id() == QMetaType::LongLong)
			values.append(locale.toString(p.value<qint64>()));
		else if (p.metaType().id() == QMetaType::ULongLong)
			values.append(locale.toString(p.value<quint64>()));
		else
			values.append(p.toString());
	}
	return substituteParameters(pattern, values);
}

QVariantList ErrorText::toDBus() const
{
	return m_parameters;
}

std::optional<ErrorText> ErrorText::fromDBus(const QString &source, const QVariant &parameters)
{
	return fromDBusAt(source, parameters, 0);
}

std::optional<ErrorText> ErrorText::fromDBus(const QVariant &text)
{
	return partFromDBus(text, 0);
}

QDBusArgument &operator<<(QDBusArgument &arg, const SystemError &error)
{
	arg.beginStructure();
	arg << qint32(error.code) << QString::fromLocal8Bit(strerror(error.code));
	arg.endStructure();
	return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, SystemError &error)
{
	qint32 code = 0;
	QString english;
	arg.beginStructure();
	arg >> code >> english;
	arg.endStructure();
	error.code = code;
	return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const ErrorText &text)
{
	arg.beginStructure();
	arg << text.source() << text.parameters();
	arg.endStructure();
	return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, ErrorText &text)
{
	QString source;
	QVariantList params;
	arg.beginStructure();
	arg >> source >> params;
	arg.endStructure();
	// Parameters it cannot read make no text: a sentence with its %1
	// still in it says less than the English one beside it.
	text = ErrorText::fromDBus(source, params).value_or(ErrorText());
	return arg;
}

void registerErrorTextTypes()
{
	qDBusRegisterMetaType<SystemError>();
	qDBusRegisterMetaType<ErrorText>();
}
