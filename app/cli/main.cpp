// SPDX-License-Identifier: GPL-2.0-or-later
// interposerctl: Interposer for scripts (DESIGN.md §5). Exit status 0 on
// success, 1 on failure with the helper's sentence on stderr, 2 on usage
// errors.
#include "blockdevicemodel.h"
#include "cliparse.h"
#include "helperclient.h"
#include "listing.h"
#include "snapshotexport.h"
#include "translations.h"
#include "udevclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <sys/stat.h>

namespace {


QTextStream &out()
{
	static QTextStream s(stdout);
	return s;
}

int failWith(const QString &sentence)
{
	QTextStream(stderr) << "interposerctl: " << sentence << Qt::endl;
	return 1;
}

int failReply(const QDBusMessage &reply)
{
	return failWith(reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage());
}

QString optionsText(const QVariantMap &options)
{
	QStringList parts;
	for (auto it = options.cbegin(); it != options.cend(); ++it)
		parts.append(it.key() + QLatin1Char('=') + it.value().toString());
	return parts.join(QLatin1Char(' '));
}

// The session whose original is DEVICE (compared by device number, so any
// name of it works: /dev/sda1, /dev/disk/by-uuid/...).
std::optional<SessionInfo> findSession(HelperClient &client, const QString &device, int *status)
{
	struct stat st{};
	if (::stat(QFile::encodeName(device).constData(), &st) != 0 || !S_ISBLK(st.st_mode)) {
		*status = failWith(Cli::tr("%1 is not a block device.").arg(device));
		return std::nullopt;
	}
	QDBusMessage error;
	const auto sessions = client.sessions(&error);
	if (error.type() == QDBusMessage::ErrorMessage) {
		*status = failReply(error);
		return std::nullopt;
	}
	for (const SessionInfo &s : sessions)
		if (s.deviceNumber == st.st_rdev)
			return s;
	*status = failWith(Cli::tr("%1 is not interposed.").arg(device));
	return std::nullopt;
}

// Every block device, from the same model the desktop program shows, with
// the helper's sessions on their originals.
int list(HelperClient &client, const CliRequest &r)
{
	QDBusMessage error;
	const auto sessions = client.sessions(&error);
	if (error.type() == QDBusMessage::ErrorMessage)
		return failReply(error);
	UdevClient udev;
	if (!udev.isValid())
		return failWith(Cli::tr("Cannot read the block devices from udev."));
	BlockDeviceModel model(&udev);
	model.setSessions(sessions);
	if (r.json)
		out() << QJsonDocument(deviceListJson(model)).toJson(QJsonDocument::Indented);
	else
		out() << deviceListText(model);
	return 0;
}

// The helper's sessions, all or DEVICE's.
int status(HelperClient &client, const CliRequest &r)
{
	QList<SessionInfo> sessions;
	if (!r.device.isEmpty()) {
		int failed = 0;
		const auto one = findSession(client, r.device, &failed);
		if (!one)
			return failed;
		sessions = {*one};
	} else {
		QDBusMessage error;
		sessions = client.sessions(&error);
		if (error.type() == QDBusMessage::ErrorMessage)
			return failReply(error);
	}
	if (r.json && !r.device.isEmpty()) {
		out() << QJsonDocument(sessionJson(sessions.first())).toJson(QJsonDocument::Indented);
		return 0;
	}
	if (r.json) {
		QJsonArray array;
		for (const SessionInfo &s : sessions)
			array.append(sessionJson(s));
		out() << QJsonDocument(QJsonObject{
				 {QStringLiteral("helper-version"), client.manager().version()},
				 {QStringLiteral("kernel-module"), QJsonObject::fromVariantMap(client.manager().kernelModule())},
				 {QStringLiteral("sessions"), array}})
				 .toJson(QJsonDocument::Indented);
		return 0;
	}
	if (r.device.isEmpty()) {
		const QVariantMap km = client.manager().kernelModule();
		const QString version = client.manager().version();
		out() << (km.value(QStringLiteral("loaded")).toBool()
				  ? Cli::tr("helper %1, kernel module loaded (ABI %2)").arg(version, km.value(QStringLiteral("version")).toString())
				  //: %2 is the helper's reason, in English.
				  : Cli::tr("helper %1, kernel module not usable: %2").arg(version, km.value(QStringLiteral("error")).toString()))
		      << Qt::endl;
	}
	// status translates its words but keeps kinds, states and option names
	// as the options take them.
	for (const SessionInfo &s : sessions) {
		out() << s.device << ": " << s.kindName << ", " << s.stateName << Qt::endl
		      //: %1 is the device-mapper device, /dev/mapper/interposer-8_1.
		      << "  " << Cli::tr("interposer %1").arg(s.interposer) << Qt::endl;
		if (!s.options.isEmpty())
			//: %1 is a list such as read-ms=50 write-ms=0.
			out() << "  " << Cli::tr("options %1").arg(optionsText(s.options)) << Qt::endl;
		if (!s.snapshotDevice.isEmpty())
			out() << "  " << Cli::tr("snapshot %1, %2 of %3 bytes of the store used")
					 .arg(s.snapshotDevice).arg(s.snapshotUsage.used).arg(s.snapshotUsage.size)
			      << Qt::endl;
		out() << "  " << Cli::tr("started by uid %1 at %2")
				 .arg(s.startedByUid)
				 .arg(QDateTime::fromMSecsSinceEpoch(qint64(s.started / 1000)).toString(Qt::ISODate))
		      << Qt::endl;
	}
	return 0;
}

int exportSnapshot(HelperClient &client, const SessionInfo &s, const CliRequest &r)
{
	QString error;
	const auto handle = openExportFile(r.exportTo, ExistingFile::Refuse, &error);
	if (!handle)
		return failWith(error);
	ExportFollower follower(client.bus());
	std::optional<std::pair<bool, QString>> outcome;
	QEventLoop loop;
	QObject::connect(&follower, &ExportFollower::completed, &loop, [&](bool ok, const QString &message) {
		outcome = {ok, message};
		loop.quit();
	});
	QObject::connect(&follower, &ExportFollower::helperGone, &loop, &QEventLoop::quit);
	const QDBusMessage reply = client.call(s.path.path(), HelperClient::sessionInterface, QStringLiteral("ExportSnapshot"),
		{QVariant::fromValue(*handle), r.options}, !r.noInteraction);
	if (reply.type() != QDBusMessage::ReplyMessage) {
		discardExportFile(r.exportTo);
		return failReply(reply);
	}
	follower.follow(reply.arguments().value(0).value<QDBusObjectPath>());
	if (!outcome)
		loop.exec();
	if (outcome && outcome->first)
		return 0;
	discardExportFile(r.exportTo);
	if (!outcome)
		return failWith(Cli::tr("The helper went away during the export of %1.").arg(s.device));
	return failWith(outcome->second);
}

int run(const CliRequest &r)
{
	HelperClient client;
	if (!client.bus().isConnected())
		return failWith(Cli::tr("Cannot reach the system bus: %1.").arg(client.bus().lastError().message()));
	if (r.command == QLatin1String("list"))
		return list(client, r);
	if (r.command == QLatin1String("status"))
		return status(client, r);
	if (r.command == QLatin1String("attach")) {
		const QDBusMessage reply = client.call(HelperClient::managerPath,
			HelperClient::managerInterface, QStringLiteral("Attach"),
			{r.device, r.kind, r.options}, !r.noInteraction);
		if (reply.type() != QDBusMessage::ReplyMessage)
			return failReply(reply);
		return 0;
	}
	int status = 0;
	const auto session = findSession(client, r.device, &status);
	if (!session)
		return status;
	if (r.command == QLatin1String("export"))
		return exportSnapshot(client, *session, r);
	const QString method = r.command == QLatin1String("set") ? QStringLiteral("Reconfigure")
							      : QStringLiteral("Detach");
	const QDBusMessage reply = client.call(session->path.path(), HelperClient::sessionInterface, method, {r.options}, !r.noInteraction);
	return reply.type() == QDBusMessage::ReplyMessage ? 0 : failReply(reply);
}

} // namespace

int main(int argc, char **argv)
{
	QCoreApplication app(argc, argv);
	installTranslations(app);
	QStringList args = app.arguments().mid(1);
	if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
		out() << usageText();
		return 0;
	}
	QString error;
	const auto request = parseCommandLine(args, &error);
	if (!request) {
		QTextStream(stderr) << "interposerctl: " << error << "\n" << usageText();
		return 2;
	}
	return run(*request);
}

