// SPDX-License-Identifier: GPL-2.0-or-later
// I/O statistics of block devices for live charts: read without privilege
// from /sys/class/block/<name>/stat (disks, partitions and dm-N alike) and
// turned into rates between two samples.
#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QTimer;

// One stat file, field by field as the kernel's Documentation/block/stat.rst
// orders them. Sectors are always 512-byte units in this file, whatever the
// device's logical block size; ticks are milliseconds. The discard and flush
// fields stay 0 where the kernel does not write them (11 or 15 fields).
struct DiskStats {
	quint64 readIos = 0;
	quint64 readMerges = 0;
	quint64 readSectors = 0;
	quint64 readTicksMs = 0;
	quint64 writeIos = 0;
	quint64 writeMerges = 0;
	quint64 writeSectors = 0;
	quint64 writeTicksMs = 0;
	quint64 inFlight = 0;
	quint64 ioTicksMs = 0;
	quint64 timeInQueueMs = 0;
	quint64 discardIos = 0;
	quint64 discardMerges = 0;
	quint64 discardSectors = 0;
	quint64 discardTicksMs = 0;
	quint64 flushIos = 0;
	quint64 flushTicksMs = 0;
};

// 11, 15 or 17 unsigned decimal numbers separated by blanks; anything else
// is nullopt.
std::optional<DiskStats> parseDiskStats(const QString &text);

struct IoRates {
	double iops = 0;
	double readBytesPerSecond = 0;
	double writeBytesPerSecond = 0;
	// Mean time of the reads and writes completed in between, from issue to
	// completion; 0 when none completed.
	double averageLatencyMs = 0;
};
Q_DECLARE_METATYPE(IoRates)

// The rates between two samples elapsedMs apart. All zero when elapsedMs is
// not positive or a counter went back (the device was made anew under the
// same name), rather than a huge number.
IoRates ioRates(const DiskStats &before, const DiskStats &after, qint64 elapsedMs);

// Samples the stat files of the devices it follows, by a timer or when
// told, and reports each device's rates from its second sample on.
class IoStatSampler : public QObject
{
	Q_OBJECT

public:
	// Milliseconds from any origin, never going back.
	using Clock = std::function<qint64()>;

	explicit IoStatSampler(QString sysfsRoot = QStringLiteral("/sys"), QObject *parent = nullptr);
	// Tests hand in their own clock to know the elapsed times exactly.
	IoStatSampler(QString sysfsRoot, Clock clockMs, QObject *parent = nullptr);

	// Kernel names (sda1, dm-0); the last samples of names still followed
	// are kept, so their rates go on without a gap.
	void setDevices(const QStringList &kernelNames);
	void sampleNow();
	// Samples at once, for a baseline, then every intervalMs.
	void start(int intervalMs = 1000);
	// Forgets the samples too: rates after the next start() cover only
	// the time since.
	void stop();
	bool isRunning() const;

Q_SIGNALS:
	void sampled(const QString &name, const IoRates &rates);
	// The device's stat file could not be read or parsed; the reason names
	// the file. Its rates start again from the next two samples.
	void unavailable(const QString &name, const QString &reason);

private:
	struct Sample {
		DiskStats stats;
		qint64 atMs;
	};

	QString m_sysfsRoot;
	Clock m_clockMs;
	QStringList m_devices;
	QHash<QString, Sample> m_last;
	QTimer *m_timer;
};
