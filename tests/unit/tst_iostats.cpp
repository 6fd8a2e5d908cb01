// SPDX-License-Identifier: GPL-2.0-or-later
// Block-device I/O statistics: the stat file's three lengths, rates with
// exact numbers, and the sampler over an invented sysfs with its own clock.
#include "iostats.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestIoStats : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void parseSeventeen();
	void parseFifteen();
	void parseEleven();
	void refusals_data();
	void refusals();
	void rates();
	void noIo();
	void zeros_data();
	void zeros();
	void sampler();
	void samplerStartAndStop();
	void missingDevice();
	void unparseableFile();
};

namespace {

using Rates = std::tuple<double, double, double, double>; // iops, read B/s, write B/s, latency ms

Rates tuple(const IoRates &r)
{
	return {r.iops, r.readBytesPerSecond, r.writeBytesPerSecond, r.averageLatencyMs};
}

QString numbers(int count)
{
	QStringList out;
	for (int i = 1; i <= count; ++i)
		out << QString::number(i);
	return out.join(QLatin1Char(' '));
}

DiskStats stats(quint64 readIos, quint64 readSectors, quint64 readTicks, quint64 writeIos, quint64 writeSectors, quint64 writeTicks)
{
	DiskStats s;
	s.readIos = readIos;
	s.readSectors = readSectors;
	s.readTicksMs = readTicks;
	s.writeIos = writeIos;
	s.writeSectors = writeSectors;
	s.writeTicksMs = writeTicks;
	return s;
}

bool writeFile(const QString &path, const QByteArray &content)
{
	QFile f(path);
	return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace

// /sys/class/block/vda/stat of the machine this was written on (kernel 6.x).
void TestIoStats::parseSeventeen()
{
	const auto s = parseDiskStats(QStringLiteral(
		"  493837    28519 16447458   534336   200822    47447 34556800    89834        0    58360   635747    60992       61 41637912    10144    37368     1432\n"));
	QVERIFY(s);
	QCOMPARE(s->readIos, 493837u);
	QCOMPARE(s->readMerges, 28519u);
	QCOMPARE(s->readSectors, 16447458u);
	QCOMPARE(s->readTicksMs, 534336u);
	QCOMPARE(s->writeIos, 200822u);
	QCOMPARE(s->writeMerges, 47447u);
	QCOMPARE(s->writeSectors, 34556800u);
	QCOMPARE(s->writeTicksMs, 89834u);
	QCOMPARE(s->inFlight, 0u);
	QCOMPARE(s->ioTicksMs, 58360u);
	QCOMPARE(s->timeInQueueMs, 635747u);
	QCOMPARE(s->discardIos, 60992u);
	QCOMPARE(s->discardMerges, 61u);
	QCOMPARE(s->discardSectors, 41637912u);
	QCOMPARE(s->discardTicksMs, 10144u);
	QCOMPARE(s->flushIos, 37368u);
	QCOMPARE(s->flushTicksMs, 1432u);
}

void TestIoStats::parseFifteen()
{
	const auto s = parseDiskStats(numbers(15));
	QVERIFY(s);
	QCOMPARE(s->readIos, 1u);
	QCOMPARE(s->timeInQueueMs, 11u);
	QCOMPARE(s->discardIos, 12u);
	QCOMPARE(s->discardTicksMs, 15u);
	QCOMPARE(s->flushIos, 0u);
	QCOMPARE(s->flushTicksMs, 0u);
}

void TestIoStats::parseEleven()
{
	const auto s = parseDiskStats(QStringLiteral("\t") + numbers(11) + QStringLiteral("\n"));
	QVERIFY(s);
	QCOMPARE(s->readIos, 1u);
	QCOMPARE(s->writeTicksMs, 8u);
	QCOMPARE(s->timeInQueueMs, 11u);
	QCOMPARE(s->discardIos, 0u);
	QCOMPARE(s->flushTicksMs, 0u);
	// Beyond 32 bits: the kernel's I/O and sector counters are 64 bits.
	const auto big = parseDiskStats(QStringLiteral("18446744073709551615 ") + numbers(10));
	QVERIFY(big);
	QCOMPARE(big->readIos, std::numeric_limits<quint64>::max());
}

void TestIoStats::refusals_data()
{
	QTest::addColumn<QString>("text");
	QTest::newRow("empty") << QString();
	QTest::newRow("words") << QStringLiteral("no such device");
	QTest::newRow("ten") << numbers(10);
	QTest::newRow("twelve") << numbers(12);
	QTest::newRow("sixteen") << numbers(16);
	QTest::newRow("eighteen") << numbers(18);
	QTest::newRow("negative") << QStringLiteral("-1 ") + numbers(10);
	QTest::newRow("plus sign") << QStringLiteral("+1 ") + numbers(10);
	QTest::newRow("fraction") << QStringLiteral("1.5 ") + numbers(10);
	QTest::newRow("hexadecimal") << QStringLiteral("0x10 ") + numbers(10);
	QTest::newRow("a word among numbers") << numbers(5) + QStringLiteral(" x ") + numbers(5);
	QTest::newRow("beyond 64 bits") << QStringLiteral("18446744073709551616 ") + numbers(10);
}

void TestIoStats::refusals()
{
	QFETCH(QString, text);
	QVERIFY(!parseDiskStats(text));
}

// Two seconds: 150 reads of 4000 sectors taking 300 ms in all, 50 writes
// of 1000 sectors taking 100 ms.
void TestIoStats::rates()
{
	const DiskStats before = stats(1000, 80000, 5000, 400, 20000, 900);
	const DiskStats after = stats(1150, 84000, 5300, 450, 21000, 1000);
	QCOMPARE(tuple(ioRates(before, after, 2000)), Rates(100, 4000 * 512 / 2, 1000 * 512 / 2, 2));
}

void TestIoStats::noIo()
{
	const DiskStats s = stats(1000, 80000, 5000, 400, 20000, 900);
	QCOMPARE(tuple(ioRates(s, s, 1000)), Rates(0, 0, 0, 0));
}

void TestIoStats::zeros_data()
{
	QTest::addColumn<DiskStats>("after");
	QTest::addColumn<qint64>("elapsedMs");
	QTest::newRow("no time") << stats(1150, 84000, 5300, 450, 21000, 1000) << qint64(0);
	QTest::newRow("time went back") << stats(1150, 84000, 5300, 450, 21000, 1000) << qint64(-1000);
	QTest::newRow("reads went back") << stats(999, 84000, 5300, 450, 21000, 1000) << qint64(1000);
	QTest::newRow("read sectors went back") << stats(1150, 79999, 5300, 450, 21000, 1000) << qint64(1000);
	QTest::newRow("read ticks went back") << stats(1150, 84000, 4999, 450, 21000, 1000) << qint64(1000);
	QTest::newRow("writes went back") << stats(1150, 84000, 5300, 399, 21000, 1000) << qint64(1000);
	QTest::newRow("write sectors went back") << stats(1150, 84000, 5300, 450, 19999, 1000) << qint64(1000);
	QTest::newRow("write ticks went back") << stats(1150, 84000, 5300, 450, 21000, 899) << qint64(1000);
	QTest::newRow("device made anew") << stats(3, 24, 1, 0, 0, 0) << qint64(1000);
}

void TestIoStats::zeros()
{
	QFETCH(DiskStats, after);
	QFETCH(qint64, elapsedMs);
	const DiskStats before = stats(1000, 80000, 5000, 400, 20000, 900);
	QCOMPARE(tuple(ioRates(before, after, elapsedMs)), Rates(0, 0, 0, 0));
}

void TestIoStats::sampler()
{
	QTemporaryDir sys;
	QVERIFY(sys.isValid());
	const QString dir = sys.path() + QStringLiteral("/class/block/sda1");
	QVERIFY(QDir().mkpath(dir));
	const QString stat = dir + QStringLiteral("/stat");
	qint64 now = 5000;
	IoStatSampler sampler(sys.path(), [&now] { return now; });
	QSignalSpy sampled(&sampler, &IoStatSampler::sampled);
	QSignalSpy unavailable(&sampler, &IoStatSampler::unavailable);
	sampler.setDevices({QStringLiteral("sda1")});

	QVERIFY(writeFile(stat, "1000 0 80000 5000 400 0 20000 900 1 0 0\n"));
	sampler.sampleNow();
	QCOMPARE(sampled.size(), 0);

	QVERIFY(writeFile(stat, "1150 0 84000 5300 450 0 21000 1000 2 0 0\n"));
	now += 500;
	sampler.sampleNow();
	QCOMPARE(sampled.size(), 1);
	QCOMPARE(sampled[0][0].toString(), QStringLiteral("sda1"));
	QCOMPARE(tuple(sampled[0][1].value<IoRates>()), Rates(400, 4000 * 512 * 2, 1000 * 512 * 2, 2));

	// A device added keeps the samples of the one still followed.
	QVERIFY(QDir().mkpath(sys.path() + QStringLiteral("/class/block/dm-0")));
	QVERIFY(writeFile(sys.path() + QStringLiteral("/class/block/dm-0/stat"), "0 0 0 0 0 0 0 0 0 0 0\n"));
	sampler.setDevices({QStringLiteral("dm-0"), QStringLiteral("sda1")});
	QVERIFY(writeFile(stat, "1160 0 84000 5310 450 0 21000 1000 2 0 0\n"));
	now += 1000;
	sampler.sampleNow();
	QCOMPARE(sampled.size(), 2);
	QCOMPARE(sampled[1][0].toString(), QStringLiteral("sda1"));
	QCOMPARE(tuple(sampled[1][1].value<IoRates>()), Rates(10, 0, 0, 1));
	QCOMPARE(unavailable.size(), 0);
}

// start() takes the baseline at once; stop() forgets it.
void TestIoStats::samplerStartAndStop()
{
	QTemporaryDir sys;
	QVERIFY(sys.isValid());
	const QString dir = sys.path() + QStringLiteral("/class/block/vdb");
	QVERIFY(QDir().mkpath(dir));
	const QString stat = dir + QStringLiteral("/stat");
	qint64 now = 0;
	IoStatSampler sampler(sys.path(), [&now] { return now; });
	QSignalSpy sampled(&sampler, &IoStatSampler::sampled);
	sampler.setDevices({QStringLiteral("vdb")});

	QVERIFY(writeFile(stat, "0 0 0 0 0 0 0 0 0 0 0\n"));
	sampler.start(3600 * 1000); // not to fire during the test
	QVERIFY(writeFile(stat, "0 0 0 0 5 0 80 20 0 0 0\n"));
	now = 1000;
	sampler.sampleNow();
	QCOMPARE(sampled.size(), 1);
	QCOMPARE(tuple(sampled[0][1].value<IoRates>()), Rates(5, 0, 80 * 512, 4));

	sampler.stop();
	now = 2000;
	sampler.sampleNow();
	QCOMPARE(sampled.size(), 1);
}

void TestIoStats::missingDevice()
{
	QTemporaryDir sys;
	QVERIFY(sys.isValid());
	IoStatSampler sampler(sys.path(), [] { return qint64(0); });
	QSignalSpy sampled(&sampler, &IoStatSampler::sampled);
	QSignalSpy unavailable(&sampler, &IoStatSampler::unavailable);
	sampler.setDevices({QStringLiteral("sdz")});
	sampler.sampleNow();
	QCOMPARE(unavailable.size(), 1);
	QCOMPARE(unavailable[0][0].toString(), QStringLiteral("sdz"));
	const QString reason = unavailable[0][1].toString();
	QVERIFY2(reason.contains(sys.path() + QStringLiteral("/class/block/sdz/stat")), qPrintable(reason));
	QCOMPARE(sampled.size(), 0);
}

// A file that is not a stat file is reported, and the rates start over
// from the next two good samples.
void TestIoStats::unparseableFile()
{
	QTemporaryDir sys;
	QVERIFY(sys.isValid());
	const QString dir = sys.path() + QStringLiteral("/class/block/sda");
	QVERIFY(QDir().mkpath(dir));
	const QString stat = dir + QStringLiteral("/stat");
	qint64 now = 0;
	IoStatSampler sampler(sys.path(), [&now] { return now; });
	QSignalSpy sampled(&sampler, &IoStatSampler::sampled);
	QSignalSpy unavailable(&sampler, &IoStatSampler::unavailable);
	sampler.setDevices({QStringLiteral("sda")});

	QVERIFY(writeFile(stat, "1 0 8 1 0 0 0 0 0 0 0\n"));
	sampler.sampleNow();
	QVERIFY(writeFile(stat, "1 2 3\n"));
	now = 1000;
	sampler.sampleNow();
	QCOMPARE(unavailable.size(), 1);
	const QString reason = unavailable[0][1].toString();
	QVERIFY2(reason.contains(stat), qPrintable(reason));

	QVERIFY(writeFile(stat, "2 0 16 2 0 0 0 0 0 0 0\n"));
	now = 2000;
	sampler.sampleNow();
	QCOMPARE(sampled.size(), 0);
	QVERIFY(writeFile(stat, "4 0 32 4 0 0 0 0 0 0 0\n"));
	now = 3000;
	sampler.sampleNow();
	QCOMPARE(sampled.size(), 1);
	QCOMPARE(tuple(sampled[0][1].value<IoRates>()), Rates(2, 16 * 512, 0, 1));
}

QTEST_GUILESS_MAIN(TestIoStats)
#include "tst_iostats.moc"
