// SPDX-License-Identifier: GPL-2.0-or-later
#include "datasize.h"

#include <QLocale>

QString formatBytes(quint64 bytes)
{
	return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}
