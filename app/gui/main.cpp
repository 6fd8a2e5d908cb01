// SPDX-License-Identifier: GPL-2.0-or-later
// interposer: the desktop program (DESIGN.md §5).
//   interposer                         the main window
//   interposer --kiosk [--config F]    kiosk mode, for booth demos
#include "appstyle.h"
#include "blockdevicemodel.h"
#include "helperclient.h"
#include "kioskconfig.h"
#include "kioskwindow.h"
#include "mainwindow.h"
#include "mountwatcher.h"
#include "sessionwatcher.h"
#include "translations.h"
#include "udevclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char **argv)
{
	const bool styleAsked = styleAskedFor(argc, argv);
	QApplication app(argc, argv);
	app.setApplicationName(QStringLiteral("interposer"));
	app.setOrganizationName(QStringLiteral("interposer"));
	app.setApplicationDisplayName(QStringLiteral("Interposer"));
	app.setApplicationVersion(QStringLiteral(INTERPOSER_VERSION));
	app.setDesktopFileName(QStringLiteral("org.interposer.Interposer"));
	installTranslations(app); // before any text is made, --help's too
	chooseStyle(styleAsked);

	QCommandLineParser parser;
	parser.setApplicationDescription(QApplication::translate("main", "Put a live, mounted block device under device-mapper."));
	parser.addHelpOption();
	parser.addVersionOption();
	const QCommandLineOption kiosk(QStringLiteral("kiosk"),
		QApplication::translate("main", "Kiosk mode: full screen, only the devices of the kiosk configuration."));
	const QCommandLineOption config(QStringLiteral("config"),
		QApplication::translate("main", "The kiosk configuration (default: /etc/interposer/kiosk.conf)."),
		QApplication::translate("main", "file"), QStringLiteral("/etc/interposer/kiosk.conf"));
	parser.addOptions({kiosk, config});
	parser.process(app);

	HelperClient client;
	UdevClient udev;
	BlockDeviceModel model(&udev);
	SessionWatcher sessions(client.bus());
	QObject::connect(&sessions, &SessionWatcher::sessionsChanged, &model, &BlockDeviceModel::setSessions);
	MountWatcher mounts;
	QObject::connect(&mounts, &MountWatcher::changed, &model, &BlockDeviceModel::refreshMounts);
	sessions.refresh();

	if (parser.isSet(kiosk)) {
		KioskConfigResult read = readKioskConfig(parser.value(config));
		QStringList problems = read.errors;
		const QHash<dev_t, QString> devices = resolveKioskDevices(read.config.devices, &problems);
		for (const QString &problem : std::as_const(problems))
			qWarning("%s", qPrintable(problem));
		const QList<dev_t> numbers = devices.keys();
		KioskWindow window(&client, &model, read.config, QSet<dev_t>(numbers.cbegin(), numbers.cend()), problems);
		window.showOnWholeScreen();
		return app.exec();
	}
	MainWindow window(&client, &model);
	// ~/.config/interposer/interposer.conf
	QSettings settings;
	window.rememberLayoutIn(&settings);
	// Quit (Ctrl+Q) ends the program without closing the window first.
	QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, &MainWindow::saveLayout);
	window.show();
	return app.exec();
}
