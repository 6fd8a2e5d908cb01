// SPDX-License-Identifier: GPL-2.0-or-later
#include "intentlog.h"

#include "helpererror.h"
#include "sessionnames.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

IntentLog::IntentLog(QString directory) : m_directory(std::move(directory))
{
	QDir().mkpath(m_directory);
	::chmod(QFile::encodeName(m_directory).constData(), 0700);
}

QString IntentLog::path(dev_t original) const
{
	return m_directory + QLatin1Char('/') + sessionId(original);
}

void IntentLog::begin(dev_t original)
{
	// Without the mark a crash would leave a bypass the next helper must
	// not touch: refuse to start rather than leave one.
	const int fd = ::open(QFile::encodeName(path(original)).constData(),
			      O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot record the change of device %1 in %2: %3."))
			    .arg(sessionId(original), m_directory, SystemError{errno}));
	::close(fd);
}

void IntentLog::end(dev_t original)
{
	::unlink(QFile::encodeName(path(original)).constData());
}

bool IntentLog::contains(dev_t original) const
{
	return QFile::exists(path(original));
}

QList<dev_t> IntentLog::all() const
{
	QList<dev_t> out;
	const auto names = QDir(m_directory).entryList(QDir::Files);
	for (const QString &name : names)
		if (const auto parsed = parseSessionDmName(QStringLiteral("interposer-") + name); parsed && !parsed->snapshot)
			out.append(parsed->original);
	return out;
}
