// SPDX-License-Identifier: GPL-2.0-or-later
#include "tables.h"

#include "blockinspector.h"
#include "devnumber.h"

#include <QStringList>

DmTarget linearTable(quint64 sectors, dev_t bypass)
{
	return {0, sectors, QStringLiteral("linear"), devNumber(bypass) + QStringLiteral(" 0")};
}

DmTarget delayTable(quint64 sectors, dev_t bypass, const DelaySettings &d)
{
	// Nine arguments: separate read, write and flush delays (dm-delay 1.3+,
	// both supported kernels).
	const QString b = devNumber(bypass);
	return {0, sectors, QStringLiteral("delay"),
		QStringLiteral("%1 0 %2 %1 0 %3 %1 0 %4").arg(b).arg(d.readMs).arg(d.writeMs).arg(d.flushMs)};
}

DmTarget flakeyTable(quint64 sectors, dev_t bypass, const FlakeySettings &f)
{
	QString feature;
	switch (f.mode) {
	case FlakeyMode::ErrorReads:
		feature = QStringLiteral("error_reads");
		break;
	case FlakeyMode::ErrorWrites:
		feature = QStringLiteral("error_writes");
		break;
	case FlakeyMode::DropWrites:
		feature = QStringLiteral("drop_writes");
		break;
	}
	return {0, sectors, QStringLiteral("flakey"),
		QStringLiteral("%1 0 %2 %3 1 %4").arg(devNumber(bypass)).arg(f.upSeconds).arg(f.downSeconds).arg(feature)};
}

DmTarget originTable(quint64 sectors, dev_t bypass)
{
	return {0, sectors, QStringLiteral("snapshot-origin"), devNumber(bypass)};
}

DmTarget snapshotTable(quint64 sectors, dev_t bypass, dev_t store, quint32 chunkSectors)
{
	// P: persistent, so the exception store survives a helper restart.
	return {0, sectors, QStringLiteral("snapshot"),
		QStringLiteral("%1 %2 P %3").arg(devNumber(bypass), devNumber(store)).arg(chunkSectors)};
}

DmTarget interposerTable(quint64 sectors, dev_t bypass, const AttachOptions &o)
{
	switch (o.kind) {
	case Kind::Linear:
		return linearTable(sectors, bypass);
	case Kind::Delay:
		return delayTable(sectors, bypass, o.delay);
	case Kind::Flakey:
		return flakeyTable(sectors, bypass, o.flakey);
	case Kind::Snapshot:
		break;
	}
	return originTable(sectors, bypass);
}

std::optional<AttachOptions> optionsFromTable(const DmTarget &t, dev_t bypass)
{
	const QStringList a = t.params.split(QLatin1Char(' '), Qt::SkipEmptyParts);
	if (a.isEmpty() || parseDevNumber(a[0]) != bypass)
		return std::nullopt;
	AttachOptions o;
	if (t.type == QLatin1String("linear") && a.size() == 2) {
		o.kind = Kind::Linear;
	} else if (t.type == QLatin1String("snapshot-origin") && a.size() == 1) {
		o.kind = Kind::Snapshot;
	} else if (t.type == QLatin1String("delay") && a.size() == 9) {
		o.kind = Kind::Delay;
		o.delay = {a[2].toUInt(), a[5].toUInt(), a[8].toUInt()};
	} else if (t.type == QLatin1String("flakey") && a.size() == 6) {
		o.kind = Kind::Flakey;
		o.flakey.upSeconds = a[2].toUInt();
		o.flakey.downSeconds = a[3].toUInt();
		if (a[5] == QLatin1String("error_reads"))
			o.flakey.mode = FlakeyMode::ErrorReads;
		else if (a[5] == QLatin1String("error_writes"))
			o.flakey.mode = FlakeyMode::ErrorWrites;
		else if (a[5] == QLatin1String("drop_writes"))
			o.flakey.mode = FlakeyMode::DropWrites;
		else
			return std::nullopt;
	} else {
		return std::nullopt;
	}
	return o;
}

dev_t storeFromSnapshotTable(const DmTarget &t)
{
	const QStringList a = t.params.split(QLatin1Char(' '), Qt::SkipEmptyParts);
	if (t.type != QLatin1String("snapshot") || a.size() < 2)
		return 0;
	return parseDevNumber(a[1]);
}
