// SPDX-License-Identifier: GPL-2.0-or-later
#include "kioskconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace {

// The sentences are shown in the kiosk window, so they are translated.
class Kiosk
{
	Q_DECLARE_TR_FUNCTIONS(KioskConfig)
};

} // namespace

KioskConfigResult parseKioskConfig(const QString &text, const QString &fileName)
{
	KioskConfigResult r;
	int idleLine = 0; // where idle-reset-seconds was set
	const QStringList lines = text.split(QLatin1Char('\n'));
	for (qsizetype i = 0; i < lines.size(); ++i) {
		const int number = int(i) + 1;
		const QString line = lines[i].trimmed();
		if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
			continue;
		auto fail = [&](const QString &why) {
			//: %1 is the file, %2 the line number, %3 one of the reasons that follow.
			r.errors << Kiosk::tr("%1, line %2: %3.").arg(fileName, QString::number(number), why);
		};
		const qsizetype eq = line.indexOf(QLatin1Char('='));
		if (eq < 0) {
			//: “key = value” is the syntax of the file: keep key and value as they are.
			fail(Kiosk::tr("“%1” is not “key = value”").arg(line));
			continue;
		}
		const QString key = line.left(eq).trimmed();
		const QString value = line.mid(eq + 1).trimmed();
		if (key == QLatin1String("device")) {
			if (!value.startsWith(QLatin1Char('/')))
				fail(Kiosk::tr("the device path “%1” is not absolute").arg(value));
			else if (r.config.devices.contains(value))
				fail(Kiosk::tr("the device %1 is named twice").arg(value));
			else
				r.config.devices << value;
		} else if (key == QLatin1String("idle-reset-seconds")) {
			bool ok = false;
			const int seconds = value.toInt(&ok);
			if (!ok || seconds < 0 || seconds > 86400)
				//: idle-reset-seconds is a key of the file: keep it as it is.
				fail(Kiosk::tr("idle-reset-seconds takes a number of seconds from 0 to 86400, not “%1”").arg(value));
			else if (idleLine)
				//: idle-reset-seconds is a key of the file: keep it as it is.
				fail(Kiosk::tr("idle-reset-seconds is already set on line %1").arg(idleLine));
			else {
				r.config.idleResetSeconds = seconds;
				idleLine = number;
			}
		} else if (key == QLatin1String("snapshot-store")) {
			if (!value.startsWith(QLatin1Char('/')))
				fail(Kiosk::tr("the snapshot store “%1” is not an absolute path").arg(value));
			else
				r.config.snapshotStore = value;
		} else {
			fail(Kiosk::tr("unknown key “%1”").arg(key));
		}
	}
	return r;
}

KioskConfigResult readKioskConfig(const QString &path)
{
	QFile file(path);
	if (!file.open(QIODevice::ReadOnly)) {
		KioskConfigResult r;
		r.errors << Kiosk::tr("Cannot read %1: %2.").arg(path, file.errorString());
		return r;
	}
	return parseKioskConfig(QString::fromUtf8(file.readAll()), path);
}

QHash<dev_t, QString> resolveKioskDevices(const QStringList &paths, QStringList *errors)
{
	QHash<dev_t, QString> out;
	for (const QString &path : paths) {
		struct stat st;
		QString error;
		if (stat(QFile::encodeName(path).constData(), &st) != 0)
			error = Kiosk::tr("Kiosk device %1: %2.").arg(path, QString::fromLocal8Bit(strerror(errno)));
		else if (!S_ISBLK(st.st_mode))
			error = Kiosk::tr("Kiosk device %1 is not a block device.").arg(path);
		else if (out.contains(st.st_rdev))
			error = Kiosk::tr("Kiosk device %1 is the same device as %2.").arg(path, out.value(st.st_rdev));
		else
			out.insert(st.st_rdev, path);
		if (!error.isEmpty() && errors)
			*errors << error;
	}
	return out;
}
