// SPDX-License-Identifier: GPL-2.0-or-later
// interposer-helper: the privileged D-Bus service of Interposer
// (DESIGN.md §4). Started by D-Bus activation as root; exits when idle.
#include "blkinterposer.h"
#include "dbustypes.h"
#include "devnumber.h"
#include "ioctlkernelcontrol.h"
#include "libdevicemapper.h"
#include "manager.h"
#include "udevclient.h"
#include "storefactory.h"
#include "sysblockinspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <csignal>
#include <cstdio>
#include <sys/stat.h>

int main(int argc, char **argv)
{
	QCoreApplication app(argc, argv);
	app.setApplicationName(QStringLiteral("interposer-helper"));
	app.setApplicationVersion(QStringLiteral(INTERPOSER_VERSION));

	QCommandLineParser parser;
	parser.setApplicationDescription(QStringLiteral("Interposer's privileged D-Bus service (org.interposer.Helper1 on the system bus)."));
	parser.addHelpOption();
	parser.addVersionOption();
	QCommandLineOption idle(QStringLiteral("idle-timeout"),
		QStringLiteral("Exit after <seconds> without sessions, jobs or calls (0: never)."),
		QStringLiteral("seconds"), QStringLiteral("60"));
	parser.addOption(idle);
	// For the crash tests (tests/vm/scenarios/helper-e2e.sh): die by
	// SIGKILL right after the named step of an attach, as a crash would.
	QCommandLineOption crashAfter(QStringLiteral("crash-after"),
		QStringLiteral("Testing: kill the helper with SIGKILL after attach step <step>."),
		QStringLiteral("step"));
	parser.addOption(crashAfter);
	parser.process(app);
	bool ok = false;
	const int idleSeconds = parser.value(idle).toInt(&ok);
	if (!ok || idleSeconds < 0) {
		qCritical("--idle-timeout needs a number of seconds, not “%s”", qPrintable(parser.value(idle)));
		return 2;
	}

	interposerRegisterDBusTypes();
	QDBusConnection bus = QDBusConnection::systemBus();
	if (!bus.isConnected()) {
		qCritical("cannot connect to the system bus: %s", qPrintable(bus.lastError().message()));
		return 1;
	}

	// The default place for directory stores (docs/helper.md): root's and
	// writable by root only, as a store directory must be. Made here, not
	// by the installer, so that it exists however the helper was started.
	::mkdir("/var/lib/interposer", 0755);
	::mkdir("/var/lib/interposer/stores", 0700);

	IoctlKernelControl kernel;
	LibDeviceMapper dm;
	SysBlockInspector inspector;
	LoopStoreFactory stores;
	// /run: cleared at boot, as the module's state is.
	IntentLog intents(QStringLiteral("/run/interposer/changing"));
	Manager manager(bus, {kernel, dm, inspector, stores, intents, KernelCapabilities::ofRunningKernel()},
			idleSeconds);
	if (parser.isSet(crashAfter)) {
		const QByteArray step = parser.value(crashAfter).toLatin1();
		manager.orchestrator().afterStep = [step](const char *done) {
			if (step == done) {
				fprintf(stderr, "interposer-helper: crashing after step %s, as asked\n", done);
				raise(SIGKILL);
			}
		};
	}
	// An original unplugged: its session turns orphaned at once, and is
	// cleaned up once the module has let go of it: the module's uevent
	// comes after its teardown, which the block device's may precede.
	UdevClient udev;
	QObject::connect(&udev, &UdevClient::blockEvent, &manager, [&manager](const QString &action, const UdevDevice &device) {
		if (action == QLatin1String("remove") && device.devnum())
			manager.originGone(device.devnum());
	});
	QObject::connect(&udev, &UdevClient::moduleEvent, &manager, [&manager](const QString &, const UdevDevice &device) {
		if (device.property(BLKINTERPOSER_UEVENT_EVENT) != QLatin1String("original-gone"))
			return;
		if (const dev_t original = parseDevNumber(device.property(BLKINTERPOSER_UEVENT_ORIGINAL)))
			manager.originGone(original);
	});
	if (!manager.start())
		return 1;
	return app.exec();
}
