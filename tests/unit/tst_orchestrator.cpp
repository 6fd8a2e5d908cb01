// SPDX-License-Identifier: GPL-2.0-or-later
// Attach, detach, reconfigure and recovery on an invented machine: the
// steps in order, each step's failure undone completely, and a crash after
// any step of an attach leaving, after recovery, a whole session or nothing.
#include "fakemachine.h"
#include "helpererror.h"
#include "orchestrator.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <sys/sysmacros.h>

namespace {

// A kernel whose dm-flakey can fail reads alone (6.5 and later).
const KernelCapabilities kNewKernel = KernelCapabilities::ofRelease(QStringLiteral("6.12.118+deb13-amd64"));

// The intents outlive an orchestrator, as /run/interposer outlives a
// helper: a "fresh" one after a crash finds them. init() clears them.
QTemporaryDir &intentDir()
{
	static QTemporaryDir dir;
	return dir;
}

IntentLog &intents()
{
	static IntentLog log(intentDir().path());
	return log;
}

struct Crash {
	QString step;
};

AttachPlan plan(FakeMachine &m, const QString &device, const QString &kind, const QVariantMap &options = {})
{
	return validateAttach(m, {}, device, kind, options, Phase::Authorized);
}

QVariantMap optionsFor(const QString &kind)
{
	if (kind == QLatin1String("delay"))
		return {{QStringLiteral("read-ms"), 50u}};
	if (kind == QLatin1String("flakey"))
		return {{QStringLiteral("up-seconds"), 5u}, {QStringLiteral("down-seconds"), 1u}};
	if (kind == QLatin1String("snapshot"))
		return {{QStringLiteral("store"), QStringLiteral("/store")}};
	return {};
}

} // namespace

class TestOrchestrator : public QObject
{
	Q_OBJECT
private Q_SLOTS:
	void init();
	void attachSteps();
	void snapshotStepsFreezeAroundCreationAndAttach();
	void failureAtEachStepUndoesAll_data();
	void failureAtEachStepUndoesAll();
	void crashAfterEachStepRecovers_data();
	void crashAfterEachStepRecovers();
	void detachReversesAttach();
	void cleanUpGoneWaitsForTheModule();
	void detachRefusesWhileSnapshotInUse();
	void detachFailedHalfWayCanBeRepeated();
	void reconfigureReloads();
	void reconfigureFailureKeepsOldTable();
	void errorReadsNeedsNewKernel();
	void recoverResumesSuspendedInterposer();
	void recoverLeavesForeignAttachAlone();
	void recoverRemovesLeftoverDevices();
	void recoverLeavesForeignNamesAlone();
	void recoverLeavesHandMadeBypassAlone();
	void recoverRollsBackMarkedBypass();
	void failedAttachLeavesNoIntent();
	void detachEndsIntentOnlyWhenWhole();
};

void TestOrchestrator::init()
{
	QDir dir(intentDir().path());
	for (const QString &name : dir.entryList(QDir::Files))
		QVERIFY(dir.remove(name));
}

void TestOrchestrator::attachSteps()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("delay"),
					      {{QStringLiteral("read-ms"), 50u}, {QStringLiteral("write-ms"), 7u}}),
					 1000, 42);
	QCOMPARE(m.log, QStringList({
		QStringLiteral("createBypass 8:1"),
		QStringLiteral("dm.create interposer-8_1 delay 259:0 0 50 259:0 0 7 259:0 0 0"),
		QStringLiteral("attach 8:1 253:1"),
	}));
	QCOMPARE(r.id, QStringLiteral("8_1"));
	QCOMPARE(r.interposer, makedev(253, 1));
	QCOMPARE(m.dms.value(QStringLiteral("interposer-8_1")).uuid, QStringLiteral("INTERPOSER-8_1-U1000-T42"));
	QCOMPARE(m.dms.value(QStringLiteral("interposer-8_1")).table.length, quint64(40) << 21);
}

// The filesystem is frozen from before the snapshot until the attach, and
// the snapshot exists before its origin: snapshot-origin takes the chunk
// size at which it splits writes from the snapshots there at its resume.
void TestOrchestrator::snapshotStepsFreezeAroundCreationAndAttach()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	QMap<QByteArray, int> freezesAfter;
	o.afterStep = [&](const char *step) { freezesAfter.insert(step, m.freezes); };
	SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("snapshot"),
					      optionsFor(QStringLiteral("snapshot"))), 0, 1);
	QCOMPARE(freezesAfter.value("snapshot"), 1);
	QCOMPARE(freezesAfter.value("interposer"), 1);
	QCOMPARE(freezesAfter.value("attach"), 1);
	QCOMPARE(freezesAfter.value("thaw"), 0);
	QCOMPARE(m.freezes, 0);
	QCOMPARE(m.liveLoops, 1); // held by the snapshot alone now
	QCOMPARE(m.log.mid(1), QStringList({
		QStringLiteral("store /store 5368709120"),
		QStringLiteral("freeze 8:1"),
		QStringLiteral("dm.create interposer-8_1-snap snapshot 259:0 7:0 P 8"),
		QStringLiteral("dm.create interposer-8_1 snapshot-origin 259:0"),
		QStringLiteral("attach 8:1 253:2"),
	}));
	QCOMPARE(r.snapshot, makedev(253, 1));
	QCOMPARE(r.interposer, makedev(253, 2));
}

void TestOrchestrator::failureAtEachStepUndoesAll_data()
{
	QTest::addColumn<QString>("kind");
	QTest::addColumn<QString>("failing");
	for (const char *kind : {"linear", "delay", "flakey", "snapshot"}) {
		QStringList ops{QStringLiteral("createBypass"), QStringLiteral("dm.create"), QStringLiteral("attach")};
		if (QByteArray(kind) == "snapshot")
			ops << QStringLiteral("store") << QStringLiteral("freeze");
		for (const QString &op : ops)
			QTest::addRow("%s, %s fails", kind, qPrintable(op)) << QString::fromLatin1(kind) << op;
	}
	QTest::addRow("snapshot, interposer creation fails") << QStringLiteral("snapshot") << QStringLiteral("dm.create#2");
}

void TestOrchestrator::failureAtEachStepUndoesAll()
{
	QFETCH(QString, kind);
	QFETCH(QString, failing);
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	const QString before = m.fingerprint();
	const AttachPlan p = plan(m, QStringLiteral("/dev/sda1"), kind, optionsFor(kind));
	if (failing == QLatin1String("dm.create#2")) {
		// The second device-mapper creation is the interposer's.
		o.afterStep = [&](const char *step) {
			if (QByteArray(step) == "snapshot")
				m.failNext = QStringLiteral("dm.create");
		};
	} else {
		m.failNext = failing;
	}
	QVERIFY_THROWS_EXCEPTION(HelperError, o.attach(p, 0, 1));
	QCOMPARE(m.fingerprint(), before);
	QCOMPARE(m.freezes, 0);
	QVERIFY(m.dms.isEmpty());
}

void TestOrchestrator::crashAfterEachStepRecovers_data()
{
	QTest::addColumn<QString>("kind");
	QTest::addColumn<QString>("step");
	QTest::addColumn<bool>("whole");
	for (const char *kind : {"linear", "delay", "flakey", "snapshot"}) {
		const bool snap = QByteArray(kind) == "snapshot";
		QStringList steps{QStringLiteral("bypass")};
		if (snap)
			steps << QStringLiteral("store");
		if (snap)
			steps << QStringLiteral("freeze") << QStringLiteral("snapshot");
		steps << QStringLiteral("interposer") << QStringLiteral("attach");
		if (snap)
			steps << QStringLiteral("thaw");
		for (const QString &s : steps) {
			const bool whole = s == QLatin1String("attach") || s == QLatin1String("thaw");
			QTest::addRow("%s, crash after %s", kind, qPrintable(s)) << QString::fromLatin1(kind) << s << whole;
		}
	}
}

void TestOrchestrator::crashAfterEachStepRecovers()
{
	QFETCH(QString, kind);
	QFETCH(QString, step);
	QFETCH(bool, whole);
	FakeMachine m;
	FakeMachine atCrash;
	{
		Orchestrator o(m, m, m, intents(), kNewKernel);
		// Take the machine as it is at the crash; what the attach undoes
		// while unwinding afterwards is what a crash would not do.
		o.afterStep = [&](const char *s) {
			if (step == QLatin1String(s)) {
				atCrash = m;
				throw Crash{step};
			}
		};
		try {
			o.attach(plan(m, QStringLiteral("/dev/sda1"), kind, optionsFor(kind)), 0, 1);
			QFAIL("no crash");
		} catch (const Crash &) {
		}
	}
	atCrash.processDied();
	atCrash.log.clear();
	Orchestrator fresh(atCrash, atCrash, atCrash, intents(), kNewKernel);
	const QList<SessionRecord> sessions = fresh.recover(atCrash);
	QCOMPARE(atCrash.freezes, 0);
	if (whole) {
		QCOMPARE(sessions.size(), 1);
		QCOMPARE(kindName(sessions[0].options.kind), kind);
		QVERIFY(atCrash.entries.value(makedev(8, 1)).interposer);
		QVERIFY(atCrash.log.isEmpty());
	} else {
		QCOMPARE(sessions.size(), 0);
		QVERIFY(atCrash.entries.isEmpty());
		QVERIFY(atCrash.dms.isEmpty());
		QCOMPARE(atCrash.liveLoops, 0);
	}
}

void TestOrchestrator::detachReversesAttach()
{
	for (const QString &kind : {QStringLiteral("linear"), QStringLiteral("snapshot")}) {
		FakeMachine m;
		Orchestrator o(m, m, m, intents(), kNewKernel);
		const QString before = m.fingerprint();
		SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), kind, optionsFor(kind)), 0, 1);
		m.log.clear();
		o.detach(r);
		QStringList expected;
		if (kind == QLatin1String("snapshot"))
			expected << QStringLiteral("dm.remove interposer-8_1-snap");
		expected << QStringLiteral("detach 8:1") << QStringLiteral("dm.remove interposer-8_1")
			 << QStringLiteral("destroyBypass 8:1");
		QCOMPARE(m.log, expected);
		QCOMPARE(m.fingerprint(), before);
	}
}

// An unplugged original: udev's "remove" may come while the module's
// work item has not yet let go of the interposer; the cleanup waits for
// the module (whose own uevent follows) rather than fail as busy.
void TestOrchestrator::cleanUpGoneWaitsForTheModule()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	const SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("snapshot"),
					      optionsFor(QStringLiteral("snapshot"))), 0, 1);
	m.entries[r.original.dev].gone = true; // the disk is deleted, the mapping not yet torn down
	const QString before = m.fingerprint();
	m.log.clear();
	QVERIFY(!o.cleanUpGone(r));
	QCOMPARE(m.fingerprint(), before);
	QCOMPARE(m.log, QStringList());

	m.entries[r.original.dev].interposer = 0; // the module's teardown
	QVERIFY(o.cleanUpGone(r));
	QCOMPARE(m.log, (QStringList{QStringLiteral("dm.remove interposer-8_1-snap"), QStringLiteral("dm.remove interposer-8_1"),
				     QStringLiteral("destroyBypass 8:1")}));
	QVERIFY(!m.entries.contains(r.original.dev));
	QVERIFY(!m.dms.contains(r.interposerName()));
}

void TestOrchestrator::detachRefusesWhileSnapshotInUse()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("snapshot"),
					      optionsFor(QStringLiteral("snapshot"))), 0, 1);
	m.dms[r.snapshotName()].openCount = 1; // mounted by the user
	const QString before = m.fingerprint();
	try {
		o.detach(r);
		QFAIL("detached");
	} catch (const HelperError &e) {
		QCOMPARE(e.kind(), HelperError::Kind::Busy);
		QVERIFY(e.message().contains(QLatin1String("/dev/sda1")));
	}
	QCOMPARE(m.fingerprint(), before);
}

void TestOrchestrator::detachFailedHalfWayCanBeRepeated()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	const QString before = m.fingerprint();
	SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("snapshot"),
				   optionsFor(QStringLiteral("snapshot"))), 0, 1);
	m.failNext = QStringLiteral("detach"); // after the snapshot is gone
	QVERIFY_THROWS_EXCEPTION(HelperError, o.detach(r));
	QCOMPARE(r.snapshot, dev_t(0));
	o.detach(r); // again: the rest
	QCOMPARE(m.fingerprint(), before);
}

void TestOrchestrator::reconfigureReloads()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("delay"),
					optionsFor(QStringLiteral("delay"))), 0, 1);
	AttachOptions next = parseReconfigureOptions(r.original.name, r.options, {{QStringLiteral("write-ms"), 20u}});
	o.reconfigure(r, next);
	QCOMPARE(m.log.last(), QStringLiteral("dm.reload interposer-8_1 delay 259:0 0 50 259:0 0 20 259:0 0 0"));
	QCOMPARE(r.options.delay.writeMs, 20u);
	QCOMPARE(r.options.delay.readMs, 50u);
}

void TestOrchestrator::reconfigureFailureKeepsOldTable()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("delay"),
					optionsFor(QStringLiteral("delay"))), 0, 1);
	const QString before = m.fingerprint();
	m.failNext = QStringLiteral("dm.reload");
	AttachOptions next = parseReconfigureOptions(r.original.name, r.options, {{QStringLiteral("read-ms"), 9u}});
	QVERIFY_THROWS_EXCEPTION(HelperError, o.reconfigure(r, next));
	QCOMPARE(r.options.delay.readMs, 50u);
	QCOMPARE(m.fingerprint(), before);
}

void TestOrchestrator::errorReadsNeedsNewKernel()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), KernelCapabilities::ofRelease(QStringLiteral("6.1.0-57-amd64")));
	const AttachPlan p = plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("flakey"),
				  {{QStringLiteral("up-seconds"), 1u}, {QStringLiteral("down-seconds"), 1u},
				   {QStringLiteral("mode"), QStringLiteral("error-reads")}});
	try {
		o.attach(p, 0, 1);
		QFAIL("attached");
	} catch (const HelperError &e) {
		QCOMPARE(e.kind(), HelperError::Kind::NotSupported);
		QVERIFY(e.message().contains(QLatin1String("/dev/sda1")));
		QVERIFY2(e.message().contains(QLatin1String("Linux 6.1.0-57-amd64 has no error_reads mode")), qPrintable(e.message()));
	}
	QVERIFY(m.log.isEmpty());
	// What the Manager publishes: that mode, on 6.1 and 6.4, not on 6.5.
	QCOMPARE(KernelCapabilities::ofRelease(QStringLiteral("6.4.0")).unsupported().keys(),
		 QStringList{QStringLiteral("flakey.mode=error-reads")});
	QVERIFY(KernelCapabilities::ofRelease(QStringLiteral("6.5.0")).unsupported().isEmpty());
	QVERIFY(KernelCapabilities::ofRelease(QStringLiteral("7.3.4+deb13-amd64")).unsupported().isEmpty());
}

void TestOrchestrator::recoverResumesSuspendedInterposer()
{
	FakeMachine m;
	{
		Orchestrator o(m, m, m, intents(), kNewKernel);
		o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("flakey"), optionsFor(QStringLiteral("flakey"))), 5, 6);
	}
	m.dms[QStringLiteral("interposer-8_1")].suspended = true; // crash inside a reload
	Orchestrator o(m, m, m, intents(), kNewKernel);
	const auto sessions = o.recover(m);
	QCOMPARE(sessions.size(), 1);
	QVERIFY(!m.dms.value(QStringLiteral("interposer-8_1")).suspended);
	QCOMPARE(sessions[0].uid, 5u);
	QCOMPARE(sessions[0].startedUsec, 6ull);
	QCOMPARE(sessions[0].options.flakey.downSeconds, 1u);
	QCOMPARE(sessions[0].original.name, QStringLiteral("/dev/sda1"));
}

void TestOrchestrator::recoverLeavesForeignAttachAlone()
{
	FakeMachine m;
	// Someone drove the module by hand: a bypass and an attach to a
	// device-mapper device that is not ours.
	const dev_t bypass = m.createBypass({makedev(8, 2), QStringLiteral("/dev/sda2")});
	m.create(QStringLiteral("manual"), QString(), {0, 8, QStringLiteral("linear"), devNumber(bypass) + QStringLiteral(" 0")});
	m.attach({makedev(8, 2), QStringLiteral("/dev/sda2")}, {m.dms.value(QStringLiteral("manual")).dev, QString()});
	const QString before = m.fingerprint();
	Orchestrator o(m, m, m, intents(), kNewKernel);
	QCOMPARE(o.recover(m).size(), 0);
	QCOMPARE(m.fingerprint(), before);
}

void TestOrchestrator::recoverRemovesLeftoverDevices()
{
	FakeMachine m;
	m.create(QStringLiteral("interposer-8_1"), QStringLiteral("INTERPOSER-8_1-U0-T1"), {0, 8, QStringLiteral("linear"), QStringLiteral("259:9 0")});
	m.create(QStringLiteral("unrelated"), QString(), {0, 8, QStringLiteral("zero"), QString()});
	Orchestrator o(m, m, m, intents(), kNewKernel);
	QCOMPARE(o.recover(m).size(), 0);
	QCOMPARE(m.dms.keys(), QStringList{QStringLiteral("unrelated")});
}

void TestOrchestrator::recoverLeavesForeignNamesAlone()
{
	FakeMachine m;
	// An LVM volume group named "interposer" makes names like ours;
	// its uuids say whose they are.
	m.create(QStringLiteral("interposer-9_9"), QStringLiteral("LVM-abc"), {0, 8, QStringLiteral("zero"), QString()});
	m.create(QStringLiteral("interposer-8_1"), QString(), {0, 8, QStringLiteral("zero"), QString()});
	// A bypass of 8:1 by hand next to the foreign interposer-8_1: not ours
	// either, with no intent and no INTERPOSER- uuid.
	m.createBypass({makedev(8, 1), QStringLiteral("/dev/sda1")});
	const QString before = m.fingerprint();
	Orchestrator o(m, m, m, intents(), kNewKernel);
	QCOMPARE(o.recover(m).size(), 0);
	QCOMPARE(m.fingerprint(), before);
}

void TestOrchestrator::recoverLeavesHandMadeBypassAlone()
{
	FakeMachine m;
	m.createBypass({makedev(8, 2), QStringLiteral("/dev/sda2")});
	const QString before = m.fingerprint();
	Orchestrator o(m, m, m, intents(), kNewKernel);
	QCOMPARE(o.recover(m).size(), 0);
	QCOMPARE(m.fingerprint(), before);
	QVERIFY(m.entries.contains(makedev(8, 2)));
}

void TestOrchestrator::recoverRollsBackMarkedBypass()
{
	FakeMachine m;
	// A crash right after the bypass: only the intent says it is ours.
	intents().begin(makedev(8, 2));
	m.createBypass({makedev(8, 2), QStringLiteral("/dev/sda2")});
	m.processDied();
	Orchestrator o(m, m, m, intents(), kNewKernel);
	QCOMPARE(o.recover(m).size(), 0);
	QVERIFY(m.entries.isEmpty());
	QVERIFY(intents().all().isEmpty());
}

void TestOrchestrator::failedAttachLeavesNoIntent()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	m.failNext = QStringLiteral("dm.create");
	QVERIFY_THROWS_EXCEPTION(HelperError, o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("linear")), 0, 1));
	QVERIFY(intents().all().isEmpty());
	SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("linear")), 0, 1);
	QVERIFY(intents().all().isEmpty());
	o.detach(r);
	QVERIFY(intents().all().isEmpty());
}

void TestOrchestrator::detachEndsIntentOnlyWhenWhole()
{
	FakeMachine m;
	Orchestrator o(m, m, m, intents(), kNewKernel);
	SessionRecord r = o.attach(plan(m, QStringLiteral("/dev/sda1"), QStringLiteral("linear")), 0, 1);
	// The interposer goes, the bypass stays: only the intent claims it.
	m.failNext = QStringLiteral("destroyBypass");
	QVERIFY_THROWS_EXCEPTION(HelperError, o.detach(r));
	QCOMPARE(intents().all(), QList<dev_t>{makedev(8, 1)});
	m.processDied();
	Orchestrator fresh(m, m, m, intents(), kNewKernel);
	QCOMPARE(fresh.recover(m).size(), 0);
	QVERIFY(m.entries.isEmpty());
	QVERIFY(intents().all().isEmpty());
}

QTEST_GUILESS_MAIN(TestOrchestrator)
#include "tst_orchestrator.moc"
