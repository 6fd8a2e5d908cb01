// SPDX-License-Identifier: GPL-2.0-or-later
#include "devnumber.h"

#include <QString> // QStringView::toUInt is defined inline there
#include <sys/sysmacros.h>

dev_t parseDevNumber(QStringView text)
{
	const qsizetype colon = text.indexOf(QLatin1Char(':'));
	if (colon <= 0)
		return 0;
	bool okMajor = false, okMinor = false;
	const uint ma = text.left(colon).toUInt(&okMajor);
	const uint mi = text.mid(colon + 1).toUInt(&okMinor);
	return okMajor && okMinor ? makedev(ma, mi) : 0;
}
