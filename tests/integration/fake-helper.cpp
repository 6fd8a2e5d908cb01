// SPDX-License-Identifier: GPL-2.0-or-later
// interposer-helper with the invented machine of tests/unit/fakes behind
// it, for the bus tests: the real Manager, Authorizer and D-Bus objects on
// a private system bus, nothing of the host's kernel touched. Every change
// the helper makes to the machine is printed on stdout, one line each.
//   interposer-helper-fake [READ_SOURCE]
// READ_SOURCE is what an export reads, in place of a snapshot device (a
// file or a FIFO the test feeds); the machine gets a 4 MiB disk sde so an
// export of its snapshot can run to the end.
#include "dbustypes.h"
#include "fakemachine.h"
#include "manager.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <cstdio>

int main(int argc, char **argv)
{
	QCoreApplication app(argc, argv);
	app.setApplicationVersion(QStringLiteral(INTERPOSER_VERSION));
	setvbuf(stdout, nullptr, _IOLBF, 0);
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
	machine.logSink = [](const QString &line) { printf("change: %s\n", qPrintable(line)); };
	Manager manager(bus, {machine, machine, machine, machine, {true}}, 0);
	if (!manager.start())
		return 1;
	printf("ready\n");
	return app.exec();
}
