// SPDX-License-Identifier: GPL-2.0-or-later
// interposer-helper with the invented machine of tests/unit/fakes behind
// it, for the bus tests: the real Manager, Authorizer and D-Bus objects on
// a private system bus, nothing of the host's kernel touched. Every change
// the helper makes to the machine is printed on stdout ("change: ..."), one
// line each, and so is every exclusive open it makes to ask whether a
// device is held ("probe: ...").
//   interposer-helper-fake [READ_SOURCE [FILES_ON]]
// READ_SOURCE is what an export reads, in place of a snapshot device (a
// file or a FIFO the test feeds); the machine gets a 4 MiB disk sde so an
// export of its snapshot can run to the end. FILES_ON is the kernel name
// of the invented device that the filesystem of READ_SOURCE's directory is
// on, as exports into files there see it.
// INTERPOSER_FAKE_KERNEL and INTERPOSER_FAKE_MODULE: see main().
// INTERPOSER_FAKE_LEFTOVER=1 leaves a device-mapper device of the helper's
// own from a crashed detach on the machine, which recovery removes.
// Lines on stdin change the machine while the helper runs, as a user
// would between polkit's question and its answer:
//   repoint PATH NAME    the symlink PATH now names /dev/NAME
#include "dbustypes.h"
#include "fakemachine.h"
#include "manager.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	QCoreApplication app(argc, argv);
	app.setApplicationVersion(QStringLiteral(INTERPOSER_VERSION));
	setvbuf(stdout, nullptr, _IOLBF, 0);
	setvbuf(stdin, nullptr, _IONBF, 0); // each line wakes the notifier
	interposerRegisterDBusTypes();
	QDBusConnection bus = QDBusConnection::systemBus();
	if (!bus.isConnected()) {
		fprintf(stderr, "fake-helper: no system bus\n");
		return 1;
	}
	FakeMachine machine;
	machine.add(QStringLiteral("sde"), 8, 64, 4u << 20);
	if (argc > 1)
		machine.readSource = QString::fromLocal8Bit(argv[1]);
	if (argc > 2) {
		struct stat st{};
		const QByteArray dir = QFile::encodeName(QFileInfo(machine.readSource).absolutePath());
		const QString on = QStringLiteral("/dev/") + QString::fromLocal8Bit(argv[2]);
		if (::stat(dir.constData(), &st) != 0 || !machine.paths.contains(on)) {
			fprintf(stderr, "fake-helper: cannot place %s on %s\n", dir.constData(), qPrintable(on));
			return 2;
		}
		machine.fileSystems.insert(st.st_dev, machine.paths.value(on));
	}
	if (qEnvironmentVariableIntValue("INTERPOSER_FAKE_LEFTOVER"))
		machine.create(QStringLiteral("interposer-8_99"), QStringLiteral("INTERPOSER-8_99-U0-T1"),
			       {0, 8, QStringLiteral("zero"), QString()});
	machine.logSink = [](const QString &line) { printf("change: %s\n", qPrintable(line)); };
	machine.probeSink = [](const QString &line) { printf("probe: %s\n", qPrintable(line)); };
	QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
	QObject::connect(&commands, &QSocketNotifier::activated, &app, [&machine, &commands] {
		char line[512];
		if (!fgets(line, sizeof(line), stdin)) {
			commands.setEnabled(false);
			return;
		}
		const QStringList words = QString::fromLocal8Bit(line).trimmed().split(QLatin1Char(' '));
		if (words.size() == 3 && words[0] == QLatin1String("repoint"))
			machine.paths.insert(words[1], machine.paths.value(QStringLiteral("/dev/") + words[2]));
		printf("done: %s", line);
	});
	QTemporaryDir intentDir;
	IntentLog intents(intentDir.path());
	// A kernel of another line (INTERPOSER_FAKE_KERNEL=6.1.0-57-amd64), a
	// module that is not there (INTERPOSER_FAKE_MODULE=not-loaded), as the
	// first-run tests show them.
	const QString release = qEnvironmentVariable("INTERPOSER_FAKE_KERNEL", QStringLiteral("6.12.118+deb13-amd64"));
	if (qEnvironmentVariableIsSet("INTERPOSER_FAKE_MODULE")) {
		machine.moduleLoaded = false;
		machine.moduleCause = qEnvironmentVariable("INTERPOSER_FAKE_MODULE");
	}
	Manager manager(bus, {machine, machine, machine, machine, intents, KernelCapabilities::ofRelease(release)}, 0);
	if (!manager.start())
		return 1;
	printf("ready\n");
	return app.exec();
}
