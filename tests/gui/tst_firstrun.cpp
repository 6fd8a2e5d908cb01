// SPDX-License-Identifier: GPL-2.0-or-later
// The first run on a machine that cannot work yet: the window says why
// before any click, names the fix, and offers no action that would fail.
// Each case is a bus of its own: no helper at all, or the test helper
// told that the module is missing or of another version, or that the
// kernel is 6.1 (whose dm-flakey cannot fail reads alone). Whether the
// kernel has the module and Secure Boot are read from files, here from
// an invented root.
#include "attachdialog.h"
#include "guimachine.h"
#include "helperstatus.h"
#include "mainwindow.h"
#include "readinessbanner.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {

constexpr int kHelperMs = 20000;
const dev_t sdb = dev(8, 16);
const QString kKernel = QStringLiteral("6.12.118+deb13-amd64"); // the test helper's

bool writeFile(const QString &path, const QByteArray &bytes)
{
	QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
	QFile f(path);
	return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestFirstRun : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void initTestCase();
	void bannerNamesTheCauseAndTheFix_data();
	void bannerNamesTheCauseAndTheFix();
	void aKernelBefore65GreysOutFailingReads();
	void aDialogOpenedBeforeTheAnswerIsCorrected();

private:
	// A window on a bus of its own, with the helper given env (none if
	// helper is false), its files under root; the banner read.
	QString showWindow(bool helper, const QStringList &env, const QString &root);

	QTemporaryDir m_dir;
	std::unique_ptr<HelperBus> m_bus;
	std::unique_ptr<GuiMachine> m_machine;
	std::unique_ptr<MainWindow> m_window;
};

void TestFirstRun::initTestCase()
{
	QVERIFY2(Testbed::inMockEnvironment(), "run this test under umockdev-wrapper");
	QVERIFY(m_dir.isValid());
}

QString TestFirstRun::showWindow(bool helper, const QStringList &env, const QString &root)
{
	m_window.reset();
	m_machine.reset();
	m_bus = std::make_unique<HelperBus>();
	QString error;
	if (!m_bus->start(helper ? GuiMachine::fakeHelper() : QString(), QStringLiteral("/dev/null"), &error, env))
		return error;
	m_machine = std::make_unique<GuiMachine>(*m_bus);
	m_window = std::make_unique<MainWindow>(m_machine->client.get(), m_machine->model.get(),
						m_machine->dir.path() + QStringLiteral("/nosysfs"));
	HelperStatus *status = m_window->helperStatus();
	status->setFilesRoot(root);
	QSignalSpy read(status, &HelperStatus::changed);
	status->refresh();
	m_window->show();
	if (!QTest::qWaitForWindowExposed(m_window.get()))
		return QStringLiteral("the window was not shown");
	// The window's own read at start and this one.
	if (!QTest::qWaitFor([&] { return read.count() >= 1; }, kHelperMs))
		return QStringLiteral("the helper's state was never read");
	return m_window->selectDevice(sdb) ? QString() : QStringLiteral("sdb has no row");
}

void TestFirstRun::bannerNamesTheCauseAndTheFix_data()
{
	QTest::addColumn<bool>("helper");
	QTest::addColumn<QStringList>("env");
	QTest::addColumn<QStringList>("files"); // under the root: path=content
	QTest::addColumn<QString>("says");
	QTest::addColumn<QString>("command");

	const QString dep = QStringLiteral("lib/modules/%1/modules.dep=").arg(kKernel);
	const QString notLoaded = QStringLiteral("INTERPOSER_FAKE_MODULE=not-loaded");
	QTest::newRow("no helper") << false << QStringList() << QStringList() << QStringLiteral("helper is not installed")
				   << QStringLiteral("sudo apt install interposer-helper");
	QTest::newRow("module not built") << true << QStringList{notLoaded}
					  << QStringList{dep + QStringLiteral("kernel/fs/ext4/ext4.ko.xz: kernel/lib/crc16.ko.xz")}
					  << QStringLiteral("not installed for the running kernel (Linux %1)").arg(kKernel)
					  << QStringLiteral("sudo apt install blkinterposer-dkms");
	QTest::newRow("module not loaded")
		<< true << QStringList{notLoaded}
		<< QStringList{dep + QStringLiteral("kernel/fs/ext4/ext4.ko.xz:\nupdates/dkms/blkinterposer.ko.xz:")}
		<< QStringLiteral("blkinterposer is not loaded, so nothing can be attached")
		<< QStringLiteral("sudo modprobe blkinterposer");
	QTest::newRow("Secure Boot")
		<< true << QStringList{notLoaded}
		<< QStringList{dep + QStringLiteral("updates/dkms/blkinterposer.ko:"),
			       QStringLiteral("sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c=\x06") +
				       QString(QChar(0)) + QString(QChar(0)) + QString(QChar(0)) + QChar(1)}
		<< QStringLiteral("Secure Boot is on")
		<< QStringLiteral("sudo mokutil --import /var/lib/dkms/mok.pub");
	QTest::newRow("loaded after the helper")
		<< true << QStringList{QStringLiteral("INTERPOSER_FAKE_MODULE=loaded-after-helper")} << QStringList()
		<< QStringLiteral("was loaded after the helper started")
		<< QStringLiteral("sudo systemctl restart interposer-helper");
	QTest::newRow("another version") << true << QStringList{QStringLiteral("INTERPOSER_FAKE_MODULE=abi-mismatch")}
					 << QStringList() << QStringLiteral("of different versions")
					 << QStringLiteral("sudo modprobe -r blkinterposer && sudo modprobe blkinterposer");
}

void TestFirstRun::bannerNamesTheCauseAndTheFix()
{
	QFETCH(bool, helper);
	QFETCH(QStringList, env);
	QFETCH(QStringList, files);
	QFETCH(QString, says);
	QFETCH(QString, command);
	const QString root = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
	QVERIFY(QDir().mkpath(root));
	for (const QString &file : files)
		QVERIFY(writeFile(root + QLatin1Char('/') + file.section(QLatin1Char('='), 0, 0),
				  file.section(QLatin1Char('='), 1).toLatin1()));
	const QString why = showWindow(helper, env, root);
	QVERIFY2(why.isEmpty(), qPrintable(why));
	ReadinessBanner *banner = m_window->readinessBanner();
	QTRY_VERIFY2_WITH_TIMEOUT(banner->text().contains(says), qPrintable(banner->text()), kHelperMs);
	QVERIFY(banner->isVisible());
	QCOMPARE(banner->command(), command);
	// Nothing that would fail is offered, before any polkit question.
	for (Kind kind : allKinds())
		QVERIFY2(!m_window->attachAction(kind)->isEnabled(), qPrintable(kindName(kind)));
	QVERIFY(!m_window->openAttachDialog(Kind::Linear));
}

void TestFirstRun::aDialogOpenedBeforeTheAnswerIsCorrected()
{
	// The fault dialog opened before the helper's first answer offers
	// every mode; the answer greys out what this kernel lacks.
	const QString why = showWindow(true, {QStringLiteral("INTERPOSER_FAKE_KERNEL=6.1.0-57-amd64")}, m_dir.path());
	QVERIFY2(why.isEmpty(), qPrintable(why));
	HelperStatus *status = m_window->helperStatus();
	QTRY_VERIFY_WITH_TIMEOUT(status->problem() == HelperStatus::Problem::None, kHelperMs);
	AttachDialog *dialog = m_window->openAttachDialog(Kind::Flakey);
	QVERIFY(dialog);
	auto *mode = dialog->findChild<QComboBox *>();
	auto *items = qobject_cast<QStandardItemModel *>(mode->model());
	const int reads = mode->findData(QStringLiteral("error-reads"));
	items->item(reads)->setEnabled(true); // as before the first answer
	QSignalSpy read(status, &HelperStatus::changed);
	status->refresh();
	QTRY_VERIFY_WITH_TIMEOUT(read.count() == 1, kHelperMs);
	QVERIFY2(!items->item(reads)->isEnabled(), "the answer did not reach the open dialog");
	dialog->close();
}

void TestFirstRun::aKernelBefore65GreysOutFailingReads()
{
	// Debian 12's kernel: everything works but failing reads alone. The
	// dialog greys that out, says why, and starts on a mode that works.
	const QString why = showWindow(true, {QStringLiteral("INTERPOSER_FAKE_KERNEL=6.1.0-57-amd64")}, m_dir.path());
	QVERIFY2(why.isEmpty(), qPrintable(why));
	QTRY_VERIFY_WITH_TIMEOUT(m_window->helperStatus()->problem() == HelperStatus::Problem::None, kHelperMs);
	QVERIFY2(m_window->readinessBanner()->isHidden(), qPrintable(m_window->readinessBanner()->text()));
	QVERIFY(m_window->attachAction(Kind::Flakey)->isEnabled());
	AttachDialog *dialog = m_window->openAttachDialog(Kind::Flakey);
	QVERIFY(dialog);
	auto *mode = dialog->findChild<QComboBox *>();
	auto *items = qobject_cast<QStandardItemModel *>(mode->model());
	QVERIFY(items);
	const int reads = mode->findData(QStringLiteral("error-reads"));
	QVERIFY(reads >= 0);
	QVERIFY2(!items->item(reads)->isEnabled(), "Fail every read is offered on Linux 6.1");
	QVERIFY(items->item(mode->findData(QStringLiteral("error-writes")))->isEnabled());
	QVERIFY(items->item(mode->findData(QStringLiteral("drop-writes")))->isEnabled());
	// A dialog left on the mode the kernel lacks moves off it.
	mode->setCurrentIndex(reads);
	dialog->withholdUnsupported(*m_window->helperStatus());
	QVERIFY(mode->currentData().toString() != QLatin1String("error-reads"));
	QVERIFY2(dialog->withheldText().contains(QLatin1String("Linux 6.5")) &&
			 dialog->withheldText().contains(QLatin1String("6.1.0-57-amd64")),
		 qPrintable(dialog->withheldText()));
	dialog->close();
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
