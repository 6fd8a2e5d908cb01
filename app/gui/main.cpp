// SPDX-License-Identifier: GPL-2.0-or-later
// interposer: the desktop program (DESIGN.md §5).
//   interposer            the main window
#include "blockdevicemodel.h"
#include "helperclient.h"
#include "mainwindow.h"
#include "mountwatcher.h"
#include "sessionwatcher.h"
#include "udevclient.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
	QApplication app(argc, argv);
	app.setApplicationName(QStringLiteral("interposer"));
	app.setApplicationDisplayName(QStringLiteral("Interposer"));
	app.setApplicationVersion(QStringLiteral(INTERPOSER_VERSION));
	app.setDesktopFileName(QStringLiteral("org.interposer.Interposer"));

	QCommandLineParser parser;
	parser.setApplicationDescription(QApplication::translate("main", "Put a live, mounted block device under device-mapper."));
	parser.addHelpOption();
	parser.addVersionOption();
	parser.process(app);

	HelperClient client;
	UdevClient udev;
	BlockDeviceModel model(&udev);
	SessionWatcher sessions(client.bus());
	QObject::connect(&sessions, &SessionWatcher::sessionsChanged, &model, &BlockDeviceModel::setSessions);
	MountWatcher mounts;
	QObject::connect(&mounts, &MountWatcher::changed, &model, &BlockDeviceModel::refreshMounts);

	MainWindow window(&client, &model, &sessions);
	window.show();
	sessions.refresh();
	return app.exec();
}
