// SPDX-License-Identifier: GPL-2.0-or-later
#include "testbed.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

Testbed::Testbed() : m_bed(umockdev_testbed_new())
{
}

Testbed::~Testbed()
{
	g_clear_object(&m_bed);
}

bool Testbed::inMockEnvironment()
{
	return qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("libumockdev-preload"));
}

QString Testbed::addBlock(const char *name, const QString &parent, unsigned ma, unsigned mi, quint64 bytes,
			  const QString &devtype, const Props &props)
{
	const QByteArray size = QByteArray::number(bytes / 512);
	const QByteArray dev = QStringLiteral("%1:%2").arg(ma).arg(mi).toUtf8();
	const QByteArray parentPath = m_paths.value(parent).toUtf8();
	gchar *path = umockdev_testbed_add_device(
		m_bed, "block", name, parent.isEmpty() ? nullptr : parentPath.constData(),
		"size", size.constData(), "ro", "0", "dev", dev.constData(), nullptr,
		"DEVTYPE", qPrintable(devtype), "DEVNAME", qPrintable(QStringLiteral("/dev/") + QLatin1String(name)),
		"MAJOR", qPrintable(QString::number(ma)), "MINOR", qPrintable(QString::number(mi)), nullptr);
	const QString p = QString::fromUtf8(path);
	g_free(path);
	for (const auto &[key, value] : props)
		umockdev_testbed_set_property(m_bed, qPrintable(p), key, qPrintable(value));
	m_paths.insert(QLatin1String(name), p);
	return p;
}

void Testbed::stack(const QString &holder, const QString &slave)
{
	// Relative links, as the kernel makes them: from <dev>/holders/ (or
	// slaves/) back to /sys/devices/virtual/block/<other>, or the same for
	// partitions one level deeper.
	const QString holderLink = QDir(m_paths.value(slave) + QStringLiteral("/holders")).relativeFilePath(m_paths.value(holder));
	const QString slaveLink = QDir(m_paths.value(holder) + QStringLiteral("/slaves")).relativeFilePath(m_paths.value(slave));
	umockdev_testbed_set_attribute_link(m_bed, qPrintable(m_paths.value(slave)), qPrintable(QStringLiteral("holders/") + holder),
					    qPrintable(holderLink));
	umockdev_testbed_set_attribute_link(m_bed, qPrintable(m_paths.value(holder)), qPrintable(QStringLiteral("slaves/") + slave),
					    qPrintable(slaveLink));
}

void Testbed::setAttribute(const QString &name, const char *attribute, const QString &value)
{
	umockdev_testbed_set_attribute(m_bed, qPrintable(m_paths.value(name)), attribute, qPrintable(value));
}

void Testbed::setProperty(const QString &name, const char *property, const QString &value)
{
	umockdev_testbed_set_property(m_bed, qPrintable(m_paths.value(name)), property, qPrintable(value));
}

void Testbed::setMappings(const QString &text)
{
	const QString misc = QStringLiteral("blkinterposer");
	if (!m_paths.contains(misc)) {
		gchar *path = umockdev_testbed_add_device(m_bed, "misc", "blkinterposer", nullptr, "mappings", "",
							  nullptr, nullptr);
		m_paths.insert(misc, QString::fromUtf8(path));
		g_free(path);
	}
	setAttribute(misc, "mappings", text);
}

void Testbed::uevent(const QString &name, const char *action)
{
	umockdev_testbed_uevent(m_bed, qPrintable(m_paths.value(name)), action);
}

void Testbed::remove(const QString &name)
{
	umockdev_testbed_remove_device(m_bed, qPrintable(m_paths.take(name)));
}

void writeMountFiles(const QString &dir, const QString &mountinfo, const QString &swaps)
{
	QFile m(dir + QStringLiteral("/mountinfo"));
	if (!m.open(QIODevice::WriteOnly | QIODevice::Truncate))
		qFatal("cannot write %s", qPrintable(m.fileName()));
	m.write(mountinfo.toUtf8());
	QFile s(dir + QStringLiteral("/swaps"));
	if (!s.open(QIODevice::WriteOnly | QIODevice::Truncate))
		qFatal("cannot write %s", qPrintable(s.fileName()));
	s.write("Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n");
	s.write(swaps.toUtf8());
}
