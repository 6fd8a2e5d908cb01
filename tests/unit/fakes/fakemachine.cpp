// SPDX-License-Identifier: GPL-2.0-or-later
#include "fakemachine.h"

#include "helpererror.h"
#include "sysblockinspector.h"
#include "tables.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

constexpr unsigned kDmMajor = 253;
constexpr unsigned kBypassMajor = 259;
constexpr unsigned kLoopMajor = 7;
constexpr quint64 GiB = 1ull << 30;

class FakeFreeze : public FreezeHold
{
public:
	explicit FakeFreeze(int *count) : m_count(count) { ++*m_count; }
	~FakeFreeze() override { --*m_count; }

private:
	int *m_count;
};

// Like a loop device with autoclear: gone with its last user, which is
// either this handle or the snapshot that names it.
class FakeStore : public SparseStore
{
public:
	FakeStore(dev_t dev, FakeMachine *machine) : m_dev(dev), m_machine(machine) {}
	~FakeStore() override
	{
		for (const auto &d : std::as_const(m_machine->dms))
			if (storeFromSnapshotTable(d.table) == m_dev)
				return;
		m_machine->releaseLoop(m_dev);
	}
	dev_t dev() const override { return m_dev; }
	QString name() const override { return QStringLiteral("/dev/loop%1").arg(minor(m_dev)); }

private:
	dev_t m_dev;
	FakeMachine *m_machine;
};

} // namespace

FakeMachine::FakeMachine()
{
	const dev_t sda = add(QStringLiteral("sda"), 8, 0, 100 * GiB);
	const dev_t sda1 = add(QStringLiteral("sda1"), 8, 1, 40 * GiB);
	const dev_t sda2 = add(QStringLiteral("sda2"), 8, 2, 60 * GiB);
	devices[sda].info.hasPartitions = true;
	devices[sda1].info.partition = true;
	devices[sda2].info.partition = true;
	devices[sda1].held = true; // mounted on /
	devices[sda1].mounted = true;
	devices[sda1].signature = QStringLiteral("an ext4 signature");
	add(QStringLiteral("sdb"), 8, 16, 20 * GiB);
	add(QStringLiteral("sdc"), 8, 32, 8ull << 20); // 8 MiB: too small for a store
	const dev_t sdd = add(QStringLiteral("sdd"), 8, 48, GiB);
	devices[sdd].info.readOnly = true;
	add(QStringLiteral("sr0"), 11, 0, 0);
	const dev_t dm0 = add(QStringLiteral("dm-0"), kDmMajor, 0, 60 * GiB);
	devices[dm0].info.dmName = QStringLiteral("vg-data");
	devices[dm0].info.slaves = {sda2};
	devices[sda2].info.holders = {dm0};
	paths.insert(QStringLiteral("/dev/mapper/vg-data"), dm0);
	paths.insert(QStringLiteral("/dev/disk/by-uuid/1111-aaaa"), sda1);
	directories.insert(QStringLiteral("/store"), {nullptr, QStringLiteral("/store"), makedev(8, 16), makedev(8, 16), 10 * GiB});
	directories.insert(QStringLiteral("/on-sda1"), {nullptr, QStringLiteral("/on-sda1"), sda1, sda1, 30 * GiB});
	directories.insert(QStringLiteral("/on-vg-data"), {nullptr, QStringLiteral("/on-vg-data"), dm0, dm0, 30 * GiB});
	DirectoryInfo tiny{nullptr, QStringLiteral("/tiny"), makedev(0, 40), 0, 1ull << 20};
	tiny.inMemory = true;
	directories.insert(tiny.path, tiny);
	// Store directories a caller must not be able to use.
	DirectoryInfo users{nullptr, QStringLiteral("/home/user/store"), makedev(8, 16), makedev(8, 16), 10 * GiB};
	users.owner = 1000;
	directories.insert(users.path, users);
	DirectoryInfo open{nullptr, QStringLiteral("/open"), makedev(8, 16), makedev(8, 16), 10 * GiB};
	open.mode = S_IFDIR | 01777;
	directories.insert(open.path, open);
	DirectoryInfo fuse{nullptr, QStringLiteral("/fuse"), makedev(0, 42), 0, 10 * GiB};
	fuse.indirect = true;
	directories.insert(fuse.path, fuse);
	directories.insert(QStringLiteral("/anonymous"), {nullptr, QStringLiteral("/anonymous"), makedev(0, 43), 0, 10 * GiB});
	directories.insert(QStringLiteral("/on-loop"), {nullptr, QStringLiteral("/on-loop"), makedev(kLoopMajor, 63), makedev(kLoopMajor, 63), 10 * GiB});
	directories.insert(QStringLiteral("/small"), {nullptr, QStringLiteral("/small"), makedev(8, 16), makedev(8, 16), 300ull << 20});
	const dev_t sdf = add(QStringLiteral("sdf"), 8, 80, 2 * GiB);
	devices[sdf].signature = QStringLiteral("an ext4 signature");
	// A loop device a user set up over a file of theirs on sdb's
	// filesystem (udisks allows it without a password).
	const dev_t userLoop = add(QStringLiteral("loop63"), kLoopMajor, 63, GiB);
	devices[userLoop].info.loop = true;
	devices[userLoop].info.slaves = {makedev(8, 16)};
	otherPaths = {QStringLiteral("/etc/passwd"), QStringLiteral("/dev/null")};
}

dev_t FakeMachine::add(const QString &name, unsigned maj, unsigned min, quint64 size)
{
	const dev_t dev = makedev(maj, min);
	Device d;
	d.info.dev = dev;
	d.info.name = name;
	d.info.sizeBytes = size;
	devices.insert(dev, d);
	paths.insert(QStringLiteral("/dev/") + name, dev);
	return dev;
}

void FakeMachine::op(const QString &line)
{
	const QString word = line.section(QLatin1Char(' '), 0, 0);
	if (!failNext.isEmpty() && word == failNext) {
		failNext.clear();
		throwFailed(ErrorText("injected failure of %1").arg(line));
	}
	log.append(line);
	if (logSink)
		logSink(line);
}

QString FakeMachine::fingerprint() const
{
	QStringList s;
	for (auto it = entries.cbegin(); it != entries.cend(); ++it)
		s.append(QStringLiteral("entry %1 bypass %2 interposer %3").arg(devNumber(it.key()), devNumber(it->bypass), devNumber(it->interposer)));
	for (auto it = dms.cbegin(); it != dms.cend(); ++it)
		s.append(QStringLiteral("dm %1 %2 %3%4").arg(it.key(), it->table.type, it->table.params,
							       it->suspended ? QStringLiteral(" suspended") : QString()));
	s.append(QStringLiteral("freezes %1 loops %2").arg(freezes).arg(liveLoops));
	return s.join(QLatin1Char('\n'));
}

dev_t FakeMachine::resolveBlockDevice(const QString &path)
{
	if (!path.startsWith(QLatin1Char('/')))
		throwInvalid(ErrorText("“%1” is not an absolute path; name a block device such as /dev/sda1.").arg(path));
	if (paths.contains(path))
		return paths.value(path);
	if (directories.contains(path))
		throwInvalid(ErrorText("%1 is not a block device (it is a directory).").arg(path));
	if (otherPaths.contains(path))
		throwInvalid(ErrorText("%1 is not a block device.").arg(path));
	throwNotFound(ErrorText("%1 does not exist.").arg(path));
}

std::optional<BlockInfo> FakeMachine::info(dev_t dev)
{
	if (!devices.contains(dev))
		return std::nullopt;
	return devices.value(dev).info;
}

bool FakeMachine::exclusivelyHeld(dev_t dev)
{
	++exclusiveProbes;
	if (probeSink)
		probeSink(QStringLiteral("exclusive-open %1").arg(devNumber(dev)));
	return devices.value(dev).held || !devices.value(dev).info.holders.isEmpty();
}

bool FakeMachine::isDirectory(const QString &path)
{
	return directories.contains(path);
}

DirectoryInfo FakeMachine::directory(const QString &path)
{
	if (!directories.contains(path))
		throwNotFound(ErrorText("%1 does not exist.").arg(path));
	return directories.value(path);
}

OpenFileInfo FakeMachine::openFile(int fd)
{
	// The descriptor is real; where its filesystem lives is invented.
	OpenFileInfo f = SysBlockInspector().openFile(fd);
	const dev_t on = fileSystems.value(f.fsDev, 0);
	f.fsDev = on ? on : makedev(0, 999);
	f.sourceDev = on;
	return f;
}

bool FakeMachine::mounted(dev_t dev)
{
	return devices.value(dev).mounted;
}

ErrorText FakeMachine::contentSignature(dev_t dev)
{
	const QString signature = devices.value(dev).signature;
	if (signature.isEmpty())
		return {};
	// The invented machine says it in English only, as a name.
	return ErrorText(QStringLiteral("%1")).arg(signature);
}

KernelModuleState FakeMachine::state()
{
	KernelModuleState s;
	s.loaded = moduleLoaded;
	s.abiVersion = 1;
	if (!moduleLoaded) {
		// As the real one: a module of another ABI is loaded.
		s.loaded = moduleCause == QLatin1String("abi-mismatch");
		s.error = ErrorText(s.loaded ? "blkinterposer speaks ABI %1, the helper ABI %2" : "blkinterposer is not loaded");
		if (s.loaded)
			s.error = s.error.arg(2).arg(1);
		s.cause = moduleCause;
	}
	return s;
}

dev_t FakeMachine::createBypass(const BlockRef &original)
{
	if (!moduleLoaded)
		throwKernelModule(ErrorText("not loaded"));
	if (entries.contains(original.dev))
		throwBusy(ErrorText("Cannot create a bypass for %1: it already has one.").arg(original.name));
	op(QStringLiteral("createBypass %1").arg(devNumber(original.dev)));
	const dev_t bypass = add(QStringLiteral("ipbypass%1").arg(m_nextBypassMinor), kBypassMajor, m_nextBypassMinor, 0);
	++m_nextBypassMinor;
	devices[bypass].info.sizeBytes = devices.value(original.dev).info.sizeBytes;
	entries.insert(original.dev, {bypass, 0, false});
	return bypass;
}

void FakeMachine::destroyBypass(const BlockRef &original)
{
	if (!entries.contains(original.dev) || entries.value(original.dev).interposer)
		throwBusy(ErrorText("Cannot remove the bypass of %1.").arg(original.name));
	op(QStringLiteral("destroyBypass %1").arg(devNumber(original.dev)));
	const dev_t bypass = entries.take(original.dev).bypass;
	paths.remove(QStringLiteral("/dev/") + devices.value(bypass).info.name);
	devices.remove(bypass);
}

void FakeMachine::attach(const BlockRef &original, const BlockRef &interposer)
{
	if (!entries.contains(original.dev) || entries.value(original.dev).interposer)
		throwBusy(ErrorText("Cannot attach %1.").arg(original.name));
	op(QStringLiteral("attach %1 %2").arg(devNumber(original.dev), devNumber(interposer.dev)));
	entries[original.dev].interposer = interposer.dev;
}

void FakeMachine::detach(const BlockRef &original)
{
	if (!entries.contains(original.dev) || !entries.value(original.dev).interposer)
		throwNotFound(ErrorText("Cannot detach %1: not attached.").arg(original.name));
	op(QStringLiteral("detach %1").arg(devNumber(original.dev)));
	entries[original.dev].interposer = 0;
}

std::unique_ptr<FreezeHold> FakeMachine::freeze(const BlockRef &device)
{
	op(QStringLiteral("freeze %1").arg(devNumber(device.dev)));
	return std::make_unique<FakeFreeze>(&freezes);
}

QList<KernelEntry> FakeMachine::list()
{
	if (!moduleLoaded)
		throwKernelModule(ErrorText("not loaded"));
	QList<KernelEntry> out;
	for (auto it = entries.cbegin(); it != entries.cend(); ++it)
		out.append({it.key(), it->bypass, it->interposer, it->interposer != 0, it->gone});
	return out;
}

dev_t FakeMachine::create(const QString &name, const QString &uuid, const DmTarget &table)
{
	if (dms.contains(name))
		throwFailed(ErrorText("Cannot create /dev/mapper/%1: File exists.").arg(name));
	op(QStringLiteral("dm.create %1 %2 %3").arg(name, table.type, table.params));
	const unsigned mi = m_nextDmMinor++;
	const dev_t dev = add(QStringLiteral("dm-%1").arg(mi), kDmMajor, mi, table.length * 512);
	devices[dev].info.dmName = name;
	devices[dev].info.dmUuid = uuid;
	dms.insert(name, {dev, uuid, table, false, 0});
	return dev;
}

void FakeMachine::reload(const QString &name, const DmTarget &table)
{
	if (!dms.contains(name))
		throwNotFound(ErrorText("no %1").arg(name));
	op(QStringLiteral("dm.reload %1 %2 %3").arg(name, table.type, table.params));
	dms[name].table = table;
}

void FakeMachine::resume(const QString &name)
{
	op(QStringLiteral("dm.resume %1").arg(name));
	dms[name].suspended = false;
}

void FakeMachine::clearInactive(const QString &name)
{
	op(QStringLiteral("dm.clear %1").arg(name));
}

void FakeMachine::remove(const QString &name)
{
	if (!dms.contains(name))
		throwNotFound(ErrorText("Cannot remove /dev/mapper/%1: no such device.").arg(name));
	if (dms.value(name).openCount)
		throwBusy(ErrorText("Cannot remove /dev/mapper/%1: in use.").arg(name));
	op(QStringLiteral("dm.remove %1").arg(name));
	const Dm d = dms.take(name);
	paths.remove(QStringLiteral("/dev/") + devices.value(d.dev).info.name);
	devices.remove(d.dev);
	if (const dev_t store = storeFromSnapshotTable(d.table); major(store) == kLoopMajor)
		releaseLoop(store); // a store loop clears itself when the snapshot lets go
}

void FakeMachine::processDied()
{
	freezes = 0;
	QSet<dev_t> held;
	for (const auto &d : std::as_const(dms))
		held.insert(storeFromSnapshotTable(d.table));
	const auto all = devices.keys();
	for (dev_t dev : all)
		if (m_storeLoops.contains(dev) && !held.contains(dev))
			releaseLoop(dev);
}

void FakeMachine::releaseLoop(dev_t loop)
{
	--liveLoops;
	m_storeLoops.remove(loop);
	paths.remove(QStringLiteral("/dev/") + devices.value(loop).info.name);
	devices.remove(loop);
}

QStringList FakeMachine::names()
{
	return dms.keys();
}

std::optional<DmInfo> FakeMachine::info(const QString &name)
{
	if (!dms.contains(name))
		return std::nullopt;
	const Dm &d = dms[name];
	return DmInfo{d.dev, d.uuid, d.suspended, true, false, d.openCount};
}

QList<DmTarget> FakeMachine::table(const QString &name)
{
	if (!dms.contains(name))
		throwNotFound(ErrorText("no %1").arg(name));
	return {dms.value(name).table};
}

QList<DmTarget> FakeMachine::status(const QString &name)
{
	if (!dms.contains(name))
		throwNotFound(ErrorText("no %1").arg(name));
	DmTarget t = dms.value(name).table;
	if (t.type == QLatin1String("snapshot"))
		t.params = QStringLiteral("2048/%1 16").arg(t.length);
	return {t};
}

std::unique_ptr<SparseStore> FakeMachine::createSparse(const DirectoryInfo &directory, quint64 bytes,
						       const QString &forDevice)
{
	Q_UNUSED(forDevice);
	op(QStringLiteral("store %1 %2").arg(directory.path).arg(bytes));
	const unsigned mi = m_nextLoopMinor++;
	const dev_t dev = add(QStringLiteral("loop%1").arg(mi), kLoopMajor, mi, bytes);
	devices[dev].info.loop = true;
	devices[dev].info.slaves = {directory.fsDev};
	m_storeLoops.insert(dev);
	++liveLoops;
	return std::make_unique<FakeStore>(dev, this);
}

UniqueFd FakeMachine::openForReading(const QString &name)
{
	if (!dms.contains(name))
		throwNotFound(ErrorText("no %1").arg(name));
	if (readSource.isEmpty())
		throwFailed(ErrorText("Cannot open /dev/mapper/%1: the fake machine has no read source.").arg(name));
	// Non-blocking for the open only: a FIFO's open would wait for a writer.
	UniqueFd fd(::open(QFile::encodeName(readSource).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
	if (!fd.valid() || ::fcntl(fd.get(), F_SETFL, 0) != 0)
		throwFailed(ErrorText("Cannot open %1 for /dev/mapper/%2: %3.")
			    .arg(readSource, name, QString::fromLocal8Bit(strerror(errno))));
	return fd;
}
