// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void install(QCoreApplication &app, const QString &name, const QString &dir)
{
	auto *translator = new QTranslator(&app);
	// load() tries each of the locale's UI languages in turn, full
	// (de_AT) and then shortened (de).
	if (translator->load(QLocale::system(), name, QStringLiteral("_"), dir))
		QCoreApplication::installTranslator(translator);
	else
		delete translator;
}

} // namespace

void installTranslations(QCoreApplication &app)
{
	// Qt's catalogue only where the distribution installs one
	// (qt6-translations-l10n on Debian); without it the buttons Qt
	// makes stay English.
	install(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
	install(app, QStringLiteral("interposer"), QStringLiteral(":/i18n"));
}
