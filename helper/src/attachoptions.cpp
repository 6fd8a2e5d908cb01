// SPDX-License-Identifier: GPL-2.0-or-later
#include "attachoptions.h"

#include "helpererror.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QMetaType>
#include <QSet>

namespace {

const QString kNoInteraction = QStringLiteral("auth.no_user_interaction");
const QString kErrorParameters = QString::fromLatin1(errorParametersOption);

// D-Bus signature letters as people read them in the API documentation.
QString typeLetter(int metaType)
{
	switch (metaType) {
	case QMetaType::UInt:
		return QStringLiteral("u (uint32)");
	case QMetaType::ULongLong:
		return QStringLiteral("t (uint64)");
	case QMetaType::QString:
		return QStringLiteral("s (string)");
	case QMetaType::Bool:
		return QStringLiteral("b (boolean)");
	default:
		return QString::fromLatin1(QMetaType(metaType).name());
	}
}

class OptionReader
{
public:
	OptionReader(const QString &device, const QVariantMap &options)
		: m_device(device), m_options(options)
	{
	}

	void allow(std::initializer_list<QString> keys)
	{
		for (const auto &k : keys)
			m_allowed.insert(k);
	}

	// Refuses keys that this call does not take, naming the ones it does.
	void rejectUnknown(const ErrorText &context) const
	{
		for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
			if (it.key() == kErrorParameters)
				typed(kErrorParameters, QMetaType::Bool);
			if (m_allowed.contains(it.key()) || it.key() == kNoInteraction || it.key() == kErrorParameters)
				continue;
			QStringList known(m_allowed.cbegin(), m_allowed.cend());
			known.append(kNoInteraction);
			known.append(kErrorParameters);
			known.sort();
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Unknown option “%1” for %2 of %3; it takes: %4."))
				     .arg(it.key(), context, m_device, known.join(QLatin1String(", "))));
		}
	}

	bool has(const QString &key) const { return m_options.contains(key); }

	QVariant typed(const QString &key, int metaType) const
	{
		const QVariant v = m_options.value(key);
		if (v.metaType().id() != metaType)
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Option “%1” for %2 must be of D-Bus type %3, not %4."))
				     .arg(key, m_device, typeLetter(metaType), typeLetter(v.metaType().id())));
		return v;
	}

	quint32 uint32In(const QString &key, quint32 min, quint32 max, const ErrorText &unit) const
	{
		const quint32 v = typed(key, QMetaType::UInt).toUInt();
		if (v < min || v > max)
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Option “%1” for %2 is %3 %4; it must be between %5 and %6 %4."))
				     .arg(key, m_device).arg(v).arg(unit).arg(min).arg(max));
		return v;
	}

	QString string(const QString &key) const { return typed(key, QMetaType::QString).toString(); }
	quint64 uint64(const QString &key) const { return typed(key, QMetaType::ULongLong).toULongLong(); }

private:
	QString m_device;
	QVariantMap m_options;
	QSet<QString> m_allowed;
};

const QString kReadMs = QStringLiteral("read-ms");
const QString kWriteMs = QStringLiteral("write-ms");
const QString kFlushMs = QStringLiteral("flush-ms");
const QString kUp = QStringLiteral("up-seconds");
const QString kDown = QStringLiteral("down-seconds");
const QString kMode = QStringLiteral("mode");
const QString kStore = QStringLiteral("store");
const QString kStoreSize = QStringLiteral("store-size");
const QString kChunk = QStringLiteral("chunk-sectors");
const QString kOverwrite = QStringLiteral("store-overwrite");

void readDelay(const OptionReader &r, DelaySettings &d)
{
	const ErrorText ms(QT_TRANSLATE_NOOP("HelperError", "ms"));
	if (r.has(kReadMs))
		d.readMs = r.uint32In(kReadMs, 0, Limits::maxDelayMs, ms);
	if (r.has(kWriteMs))
		d.writeMs = r.uint32In(kWriteMs, 0, Limits::maxDelayMs, ms);
	if (r.has(kFlushMs))
		d.flushMs = r.uint32In(kFlushMs, 0, Limits::maxDelayMs, ms);
}

void readFlakey(const QString &device, const OptionReader &r, FlakeySettings &f)
{
	const ErrorText s(QT_TRANSLATE_NOOP("HelperError", "s"));
	if (r.has(kUp))
		f.upSeconds = r.uint32In(kUp, 0, Limits::maxFlakeySeconds, s);
	if (r.has(kDown))
		f.downSeconds = r.uint32In(kDown, Limits::minFlakeyDownSeconds, Limits::maxFlakeySeconds, s);
	if (r.has(kMode)) {
		const QString mode = r.string(kMode);
		if (mode == QLatin1String("error-reads"))
			f.mode = FlakeyMode::ErrorReads;
		else if (mode == QLatin1String("error-writes"))
			f.mode = FlakeyMode::ErrorWrites;
		else if (mode == QLatin1String("drop-writes"))
			f.mode = FlakeyMode::DropWrites;
		else
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Unknown flakey mode “%1” for %2; the modes are error-reads, error-writes and drop-writes."))
				     .arg(mode, device));
	}
}

} // namespace

QString flakeyModeName(FlakeyMode mode)
{
	switch (mode) {
	case FlakeyMode::ErrorReads:
		return QStringLiteral("error-reads");
	case FlakeyMode::ErrorWrites:
		return QStringLiteral("error-writes");
	case FlakeyMode::DropWrites:
		break;
	}
	return QStringLiteral("drop-writes");
}

bool wantsErrorParameters(const QDBusMessage &call)
{
	for (const QVariant &a : call.arguments()) {
		if (!a.canConvert<QDBusArgument>() || a.value<QDBusArgument>().currentSignature() != QLatin1String("a{sv}"))
			continue;
		const QVariant v = qdbus_cast<QVariantMap>(a.value<QDBusArgument>()).value(kErrorParameters);
		return v.metaType().id() == QMetaType::Bool && v.toBool();
	}
	return false;
}

bool noUserInteraction(const QVariantMap &options, const QString &device)
{
	const OptionReader r(device, options);
	return r.has(kNoInteraction) && r.typed(kNoInteraction, QMetaType::Bool).toBool();
}

AttachOptions parseAttachOptions(const QString &device, const QString &kind,
				 const QVariantMap &options)
{
	const auto k = kindFromName(kind);
	if (!k)
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Unknown kind “%1” for %2; the kinds are %3."))
			     .arg(kind, device, allKindNames().join(QLatin1String(", "))));
	noUserInteraction(options, device);
	AttachOptions out;
	out.kind = *k;
	OptionReader r(device, options);
	const ErrorText context = ErrorText(QT_TRANSLATE_NOOP("HelperError", "kind %1")).arg(kind);
	switch (*k) {
	case Kind::Linear:
		r.rejectUnknown(context);
		break;
	case Kind::Delay:
		r.allow({kReadMs, kWriteMs, kFlushMs});
		r.rejectUnknown(context);
		readDelay(r, out.delay);
		if (out.delay == DelaySettings{})
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "A delay of 0 ms on reads, writes and flushes of %1 would change nothing; give read-ms, write-ms or flush-ms above 0 (or use kind linear)."))
				     .arg(device));
		break;
	case Kind::Flakey:
		r.allow({kUp, kDown, kMode});
		r.rejectUnknown(context);
		if (!r.has(kUp) || !r.has(kDown))
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Kind flakey for %1 needs both up-seconds and down-seconds.")).arg(device));
		readFlakey(device, r, out.flakey);
		break;
	case Kind::Snapshot:
		r.allow({kStore, kStoreSize, kChunk, kOverwrite});
		r.rejectUnknown(context);
		if (!r.has(kStore))
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Kind snapshot for %1 needs option store: a block device or a directory on another filesystem.")).arg(device));
		out.snapshot.store = r.string(kStore);
		if (out.snapshot.store.isEmpty())
			throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Option store for %1 is empty.")).arg(device));
		if (r.has(kStoreSize)) {
			const quint64 size = r.uint64(kStoreSize);
			if (size < Limits::minStoreBytes)
				throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Option store-size for %1 is %2 bytes; a snapshot store needs at least %3 bytes."))
					     .arg(device).arg(size).arg(Limits::minStoreBytes));
			out.snapshot.storeSize = size;
		}
		if (r.has(kOverwrite))
			out.snapshot.overwrite = r.typed(kOverwrite, QMetaType::Bool).toBool();
		if (r.has(kChunk)) {
			const quint32 c = r.uint32In(kChunk, Limits::minChunkSectors, Limits::maxChunkSectors,
						     ErrorText(QT_TRANSLATE_NOOP("HelperError", "sectors")));
			if (c & (c - 1))
				throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Option chunk-sectors for %1 is %2; it must be a power of two."))
					     .arg(device).arg(c));
			out.snapshot.chunkSectors = c;
		}
		break;
	}
	return out;
}

AttachOptions parseReconfigureOptions(const QString &device, const AttachOptions &current,
				      const QVariantMap &options)
{
	noUserInteraction(options, device);
	AttachOptions out = current;
	OptionReader r(device, options);
	const ErrorText context(QStringLiteral("Reconfigure")); // the API's name, in every language
	switch (current.kind) {
	case Kind::Delay:
		r.allow({kReadMs, kWriteMs, kFlushMs});
		r.rejectUnknown(context);
		readDelay(r, out.delay); // all zero is allowed here: the delay turned down live
		break;
	case Kind::Flakey:
		r.allow({kUp, kDown, kMode});
		r.rejectUnknown(context);
		readFlakey(device, r, out.flakey);
		break;
	case Kind::Linear:
	case Kind::Snapshot:
		throwNotSupported(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 is interposed with kind %2, which has nothing to reconfigure."))
				  .arg(device, kindName(current.kind)));
	}
	return out;
}

void parseCommonOnly(const QString &device, const QString &method, const QVariantMap &options)
{
	noUserInteraction(options, device);
	OptionReader r(device, options);
	// A method's name is the API's: said as it is in every language.
	r.rejectUnknown(ErrorText(method));
}

QVariantMap optionsToMap(const AttachOptions &o)
{
	QVariantMap m;
	switch (o.kind) {
	case Kind::Linear:
		break;
	case Kind::Delay:
		m.insert(kReadMs, o.delay.readMs);
		m.insert(kWriteMs, o.delay.writeMs);
		m.insert(kFlushMs, o.delay.flushMs);
		break;
	case Kind::Flakey:
		m.insert(kUp, o.flakey.upSeconds);
		m.insert(kDown, o.flakey.downSeconds);
		m.insert(kMode, flakeyModeName(o.flakey.mode));
		break;
	case Kind::Snapshot:
		m.insert(kStore, o.snapshot.store);
		if (o.snapshot.storeSize)
			m.insert(kStoreSize, QVariant::fromValue<qulonglong>(*o.snapshot.storeSize));
		m.insert(kChunk, o.snapshot.chunkSectors);
		break;
	}
	return m;
}
