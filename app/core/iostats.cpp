// SPDX-License-Identifier: GPL-2.0-or-later
#include "iostats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

namespace {

// The fields in the order of the file.
constexpr quint64 DiskStats::*fields[] = {
	&DiskStats::readIos, &DiskStats::readMerges, &DiskStats::readSectors, &DiskStats::readTicksMs,
	&DiskStats::writeIos, &DiskStats::writeMerges, &DiskStats::writeSectors, &DiskStats::writeTicksMs,
	&DiskStats::inFlight, &DiskStats::ioTicksMs, &DiskStats::timeInQueueMs,
	&DiskStats::discardIos, &DiskStats::discardMerges, &DiskStats::discardSectors, &DiskStats::discardTicksMs,
	&DiskStats::flushIos, &DiskStats::flushTicksMs,
};

// The counters the rates use. The tick counters are 32 bits in the kernel
// and wrap after 49 days of I/O time: that too looks like going back, and
// costs one sample.
bool wentBack(const DiskStats &before, const DiskStats &after)
{
	return after.readIos < before.readIos || after.writeIos < before.writeIos ||
	       after.readSectors < before.readSectors || after.writeSectors < before.writeSectors ||
	       after.readTicksMs < before.readTicksMs || after.writeTicksMs < before.writeTicksMs;
}

IoStatSampler::Clock monotonicMs()
{
	QElapsedTimer timer;
	timer.start();
	return [timer] { return timer.elapsed(); };
}

} // namespace

std::optional<DiskStats> parseDiskStats(const QString &text)
{
	const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
	if (words.size() != 11 && words.size() != 15 && words.size() != 17)
		return std::nullopt;
	DiskStats s;
	for (qsizetype i = 0; i < words.size(); ++i) {
		bool ok = false;
		s.*fields[i] = words[i].toULongLong(&ok);
		// toULongLong takes a leading '+' too; the kernel writes digits only.
		if (!ok || !words[i].front().isDigit())
			return std::nullopt;
	}
	return s;
}

IoRates ioRates(const DiskStats &before, const DiskStats &after, qint64 elapsedMs)
{
	if (elapsedMs <= 0 || wentBack(before, after))
		return {};
	const double seconds = elapsedMs / 1000.0;
	const quint64 ios = (after.readIos - before.readIos) + (after.writeIos - before.writeIos);
	// Each I/O adds its own time to the ticks, so their growth over the
	// I/Os completed is the mean time of one (iostat's await).
	const quint64 ticks = (after.readTicksMs - before.readTicksMs) + (after.writeTicksMs - before.writeTicksMs);
	IoRates r;
	r.iops = ios / seconds;
	r.readBytesPerSecond = (after.readSectors - before.readSectors) * 512.0 / seconds;
	r.writeBytesPerSecond = (after.writeSectors - before.writeSectors) * 512.0 / seconds;
	r.averageLatencyMs = ios ? double(ticks) / ios : 0;
	return r;
}

IoStatSampler::IoStatSampler(QString sysfsRoot, QObject *parent)
	: IoStatSampler(std::move(sysfsRoot), monotonicMs(), parent)
{
}

IoStatSampler::IoStatSampler(QString sysfsRoot, Clock clockMs, QObject *parent)
	: QObject(parent)
	, m_sysfsRoot(std::move(sysfsRoot))
	, m_clockMs(std::move(clockMs))
	, m_timer(new QTimer(this))
{
	connect(m_timer, &QTimer::timeout, this, &IoStatSampler::sampleNow);
}

void IoStatSampler::setDevices(const QStringList &kernelNames)
{
	m_devices = kernelNames;
	m_last.removeIf([&kernelNames](const auto &it) { return !kernelNames.contains(it.key()); });
}

void IoStatSampler::sampleNow()
{
	const qint64 now = m_clockMs();
	// A copy: a slot may call setDevices().
	const QStringList devices = m_devices;
	for (const QString &name : devices) {
		const QString path = m_sysfsRoot + QStringLiteral("/class/block/") + name + QStringLiteral("/stat");
		QFile file(path);
		std::optional<DiskStats> stats;
		QString reason;
		if (!file.open(QIODevice::ReadOnly))
			reason = tr("Cannot read %1: %2.").arg(path, file.errorString());
		else if (!(stats = parseDiskStats(QString::fromLatin1(file.readAll()))))
			reason = tr("%1 does not hold 11, 15 or 17 numbers.").arg(path);
		if (!stats) {
			m_last.remove(name);
			Q_EMIT unavailable(name, reason);
			continue;
		}
		const auto last = m_last.constFind(name);
		if (last != m_last.cend())
			Q_EMIT sampled(name, ioRates(last->stats, *stats, now - last->atMs));
		m_last.insert(name, {*stats, now});
	}
}

void IoStatSampler::start(int intervalMs)
{
	sampleNow();
	m_timer->start(intervalMs);
}

bool IoStatSampler::isRunning() const
{
	return m_timer->isActive();
}

void IoStatSampler::stop()
{
	m_timer->stop();
	m_last.clear();
}
