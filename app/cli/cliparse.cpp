// SPDX-License-Identifier: GPL-2.0-or-later
#include "cliparse.h"

#include "optionlimits.h"

#include <QRegularExpression>

namespace {

// "N" or "N,M" of non-negative decimal numbers that fit in uint32.
std::optional<QList<quint32>> parseNumbers(const QString &text, int maxCount)
{
	const QStringList parts = text.split(QLatin1Char(','));
	if (parts.size() > maxCount)
		return std::nullopt;
	QList<quint32> out;
	static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
	for (const QString &p : parts) {
		bool ok = false;
		const qulonglong v = p.toULongLong(&ok);
		if (!digits.match(p).hasMatch() || !ok || v > 0xffffffffull)
			return std::nullopt;
		out.append(quint32(v));
	}
	return out;
}

} // namespace

QString usageText()
{
	// The synopsis is syntax and stays as it is; its placeholders are
	// named in the sentences below.
	return Cli::tr("usage:") + QLatin1Char('\n') +
	       QStringLiteral("  interposerctl list [--json]\n"
			      "  interposerctl attach DEVICE --linear\n"
			      "  interposerctl attach DEVICE --delay READ_MS[,WRITE_MS]\n"
			      "  interposerctl attach DEVICE --flakey UP_S,DOWN_S [--mode MODE]\n"
			      "  interposerctl attach DEVICE --snapshot --store PATH [--store-size SIZE]\n"
			      "  interposerctl set DEVICE --delay READ_MS[,WRITE_MS]\n"
			      "  interposerctl export DEVICE --to FILE\n"
			      "  interposerctl detach DEVICE\n"
			      "  interposerctl status [DEVICE] [--json]\n") +
	       //: Keep list and the upper-case column names as they are.
	       Cli::tr("list prints every block device, one per line, separated by tabs: "
		       "NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER.") + QLatin1Char('\n') +
	       //: Keep --no-interaction as it is.
	       Cli::tr("Every command takes --no-interaction: fail rather than ask for a password.") + QLatin1Char('\n') +
	       //: Keep MODE, SIZE, the three modes and K, M, G, T as they are.
	       Cli::tr("MODE: error-reads, error-writes (default) or drop-writes. SIZE: bytes, or with K, M, G, T.") +
	       QLatin1Char('\n') +
	       //: Keep --store-size and DEVICE as they are.
	       Cli::tr("Without --store-size, a store in a directory is as large as DEVICE, but at most half of the free space, and always leaves %1 MiB free.")
		       .arg(Limits::storeReserveBytes >> 20) +
	       QLatin1Char('\n') + Cli::tr("Exit status: 0 done, 1 failed (the reason on stderr), 2 usage error.") +
	       QLatin1Char('\n');
}

std::optional<quint64> parseSize(const QString &text)
{
	static const QRegularExpression re(QStringLiteral("^([0-9]{1,20})([KMGT]?)(i?B)?$"),
					   QRegularExpression::CaseInsensitiveOption);
	const auto m = re.match(text);
	if (!m.hasMatch())
		return std::nullopt;
	bool ok = false;
	quint64 v = m.captured(1).toULongLong(&ok);
	if (!ok)
		return std::nullopt;
	const QString unit = m.captured(2).toUpper();
	const int shift = unit.isEmpty() ? 0 : 10 * (1 + QStringLiteral("KMGT").indexOf(unit));
	if (shift && v > (~0ull >> shift))
		return std::nullopt;
	return v << shift;
}

std::optional<CliRequest> parseCommandLine(const QStringList &argsIn, QString *error)
{
	CliRequest r;
	QStringList args = argsIn;
	auto fail = [error](const QString &why) {
		*error = why;
		return std::nullopt;
	};
	if (args.isEmpty())
		return fail(Cli::tr("no command given"));
	r.command = args.takeFirst();
	static const QStringList commands{QStringLiteral("list"), QStringLiteral("attach"),
					  QStringLiteral("set"), QStringLiteral("export"),
					  QStringLiteral("detach"), QStringLiteral("status")};
	if (!commands.contains(r.command))
		return fail(Cli::tr("unknown command “%1”").arg(r.command));

	QStringList positional;
	QString mode, store, storeSize;
	bool snapshot = false, linear = false;
	std::optional<QString> delay, flakey;
	for (int i = 0; i < args.size(); ++i) {
		const QString a = args[i];
		auto value = [&](QString *out) {
			if (i + 1 >= args.size())
				return false;
			*out = args[++i];
			return true;
		};
		QString v;
		if (a == QLatin1String("--json")) {
			r.json = true;
		} else if (a == QLatin1String("--no-interaction")) {
			r.noInteraction = true;
		} else if (a == QLatin1String("--linear")) {
			linear = true;
		} else if (a == QLatin1String("--snapshot")) {
			snapshot = true;
		} else if (a == QLatin1String("--delay") || a == QLatin1String("--flakey") ||
			   a == QLatin1String("--mode") || a == QLatin1String("--store") ||
			   a == QLatin1String("--store-size") || a == QLatin1String("--to")) {
			if (!value(&v))
				//: %1 is an option, such as --delay.
				return fail(Cli::tr("%1 needs a value").arg(a));
			if (a == QLatin1String("--delay"))
				delay = v;
			else if (a == QLatin1String("--flakey"))
				flakey = v;
			else if (a == QLatin1String("--mode"))
				mode = v;
			else if (a == QLatin1String("--store"))
				store = v;
			else if (a == QLatin1String("--store-size"))
				storeSize = v;
			else
				r.exportTo = v;
		} else if (a.startsWith(QLatin1String("--"))) {
			return fail(Cli::tr("unknown option %1").arg(a));
		} else {
			positional.append(a);
		}
	}

	const bool takesDevice = r.command != QLatin1String("list");
	const bool needsDevice = takesDevice && r.command != QLatin1String("status");
	if (positional.size() > (takesDevice ? 1 : 0))
		//: %1 is a command, such as attach.
		return fail(Cli::tr("too many arguments for %1").arg(r.command));
	if (needsDevice && positional.isEmpty())
		//: %1 is a command, such as detach. Keep DEVICE as in the usage text.
		return fail(Cli::tr("%1 needs a DEVICE").arg(r.command));
	if (!positional.isEmpty())
		r.device = positional.first();

	const bool isAttach = r.command == QLatin1String("attach");
	const bool isSet = r.command == QLatin1String("set");
	const bool jsonAllowed = r.command == QLatin1String("list") || r.command == QLatin1String("status");
	if (r.json && !jsonAllowed)
		return fail(Cli::tr("--json belongs to list and status"));
	if ((linear || snapshot || flakey) && !isAttach)
		return fail(Cli::tr("--linear, --flakey and --snapshot belong to attach"));
	if (delay && !isAttach && !isSet)
		return fail(Cli::tr("--delay belongs to attach and set"));
	if (!mode.isEmpty() && !flakey)
		return fail(Cli::tr("--mode goes with --flakey"));
	if ((!store.isEmpty() || !storeSize.isEmpty()) && !snapshot)
		return fail(Cli::tr("--store and --store-size go with --snapshot"));
	if (!r.exportTo.isEmpty() && r.command != QLatin1String("export"))
		return fail(Cli::tr("--to belongs to export"));
	if (r.command == QLatin1String("export") && r.exportTo.isEmpty())
		return fail(Cli::tr("export needs --to FILE"));

	if (isAttach) {
		const int kinds = int(linear) + int(snapshot) + int(bool(delay)) + int(bool(flakey));
		if (kinds != 1)
			return fail(Cli::tr("attach needs exactly one of --linear, --delay, --flakey, --snapshot"));
	}
	if (isSet && !delay)
		return fail(Cli::tr("set needs --delay"));

	if (delay) {
		const auto n = parseNumbers(*delay, 2);
		if (!n)
			return fail(Cli::tr("--delay takes READ_MS[,WRITE_MS] in milliseconds, not “%1”").arg(*delay));
		r.kind = QStringLiteral("delay");
		r.options.insert(QStringLiteral("read-ms"), uint((*n)[0]));
		// set with one number changes the read delay only; attach
		// starts with no write delay.
		if (n->size() == 2 || isAttach)
			r.options.insert(QStringLiteral("write-ms"), uint(n->size() == 2 ? (*n)[1] : 0));
	}
	if (flakey) {
		const auto n = parseNumbers(*flakey, 2);
		if (!n || n->size() != 2)
			return fail(Cli::tr("--flakey takes UP_S,DOWN_S in seconds, not “%1”").arg(*flakey));
		r.kind = QStringLiteral("flakey");
		r.options.insert(QStringLiteral("up-seconds"), uint((*n)[0]));
		r.options.insert(QStringLiteral("down-seconds"), uint((*n)[1]));
		if (!mode.isEmpty())
			r.options.insert(QStringLiteral("mode"), mode);
	}
	if (linear)
		r.kind = QStringLiteral("linear");
	if (snapshot) {
		if (store.isEmpty())
			return fail(Cli::tr("--snapshot needs --store PATH"));
		r.kind = QStringLiteral("snapshot");
		r.options.insert(QStringLiteral("store"), store);
		if (!storeSize.isEmpty()) {
			const auto size = parseSize(storeSize);
			if (!size)
				return fail(Cli::tr("--store-size takes a size such as 512M or 2G, not “%1”").arg(storeSize));
			r.options.insert(QStringLiteral("store-size"), QVariant::fromValue<qulonglong>(*size));
		}
	}
	if (r.noInteraction && (isAttach || isSet || r.command == QLatin1String("detach") ||
				r.command == QLatin1String("export")))
		r.options.insert(QStringLiteral("auth.no_user_interaction"), true);
	return r;
}
