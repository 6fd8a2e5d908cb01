// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpererrortext.h"

#include "errortext.h"

#include <QCoreApplication>
#include <QDBusMessage>

QString helperErrorSentence(const QDBusMessage &reply)
{
	const QVariantList args = reply.arguments();
	if (args.size() >= 3 && args.at(1).metaType() == QMetaType::fromType<QString>()) {
		if (const std::optional<ErrorText> text = ErrorText::fromDBus(args.at(1).toString(), args.at(2)))
			return inUserLanguage(*text);
	}
	return reply.errorMessage();
}

QString inUserLanguage(const ErrorText &text)
{
	return text.rendered([](const char *context, const QString &source) {
		return QCoreApplication::translate(context, source.toUtf8().constData());
	});
}

QVariantMap askingForErrorParameters(QVariantMap options)
{
	options.insert(QStringLiteral("error.parameters"), true);
	return options;
}
