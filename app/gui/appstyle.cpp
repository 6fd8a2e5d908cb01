// SPDX-License-Identifier: GPL-2.0-or-later
#include "appstyle.h"

#include <QApplication>
#include <QStyle>

#include <cstring>

bool styleAskedFor(int argc, char **argv)
{
	for (int i = 1; i < argc; ++i) {
		const char *arg = argv[i];
		if (arg[0] == '-' && arg[1] == '-')
			++arg;
		if (!std::strcmp(arg, "-style") || !std::strncmp(arg, "-style=", 7))
			return true;
	}
	return false;
}

void chooseStyle(bool asked)
{
	if (asked || qEnvironmentVariableIsSet("QT_STYLE_OVERRIDE"))
		return;
	if (QApplication::style()->name().compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
		QApplication::setStyle(QStringLiteral("Fusion"));
}
