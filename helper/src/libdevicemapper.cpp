// SPDX-License-Identifier: GPL-2.0-or-later
#include "libdevicemapper.h"

#include "helpererror.h"

#include <QByteArray>
#include <QFile>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <libdevmapper.h>
#include <memory>
#include <sys/sysmacros.h>

namespace {

// The last error libdevmapper logged on this thread, for our sentences
// (its default logger would only write to stderr).
thread_local QString lastDmError;

void collectLog(int level, const char *file, int line, int dm_errno, const char *fmt, ...)
{
	Q_UNUSED(file);
	Q_UNUSED(line);
	Q_UNUSED(dm_errno);
	if ((level & 7) > 3) // keep errors (_LOG_ERR = 3) and worse
		return;
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	lastDmError = QString::fromLocal8Bit(buf);
}

// Hide what Interposer makes from automounters, blkid's by-uuid/by-label
// links and LVM scanning: the flags LVM uses for its internal devices. The
// node /dev/mapper/<name> is still made (10-dm.rules).
constexpr uint16_t kUdevFlags = DM_UDEV_DISABLE_SUBSYSTEM_RULES_FLAG |
				DM_UDEV_DISABLE_DISK_RULES_FLAG |
				DM_UDEV_DISABLE_OTHER_RULES_FLAG;

struct TaskDeleter {
	void operator()(dm_task *t) const { dm_task_destroy(t); }
};
using Task = std::unique_ptr<dm_task, TaskDeleter>;

Task newTask(int type, const QString &name)
{
	Task t(dm_task_create(type));
	if (!t)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "libdevmapper cannot allocate a task for %1.")).arg(name));
	if (!name.isEmpty() && !dm_task_set_name(t.get(), name.toUtf8().constData()))
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "“%1” is not a valid device-mapper name.")).arg(name));
	return t;
}

[[noreturn]] void throwDm(const ErrorText &what, const QString &name)
{
	// libdevmapper's own words are English: passed on as they are.
	const ErrorText text = ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 /dev/mapper/%2: %3.")).arg(what, name);
	if (lastDmError.isEmpty())
		throwFailed(text.arg(ErrorText(QT_TRANSLATE_NOOP("HelperError", "device-mapper refused"))));
	throwFailed(text.arg(lastDmError));
}

void addTarget(dm_task *t, const DmTarget &table, const QString &name)
{
	if (!dm_task_add_target(t, table.start, table.length, table.type.toUtf8().constData(),
				table.params.toUtf8().constData()))
		throwDm(ErrorText(QT_TRANSLATE_NOOP("HelperError", "prepare the table of")), name);
}

// Runs a task that creates, resumes or removes a node, then waits for udev
// to finish with it, so the node exists (or is gone) when we return.
void runWithUdev(dm_task *t, const ErrorText &what, const QString &name)
{
	uint32_t cookie = 0;
	if (!dm_task_set_cookie(t, &cookie, kUdevFlags))
		throwDm(what, name);
	lastDmError.clear();
	const bool ok = dm_task_run(t);
	dm_udev_wait(cookie); // also releases the cookie after a failure
	if (!ok)
		throwDm(what, name);
}

void runPlain(dm_task *t, const ErrorText &what, const QString &name)
{
	lastDmError.clear();
	if (!dm_task_run(t))
		throwDm(what, name);
}

QList<DmTarget> targets(dm_task *t)
{
	QList<DmTarget> out;
	void *next = nullptr;
	do {
		uint64_t start = 0, length = 0;
		char *type = nullptr, *params = nullptr;
		next = dm_get_next_target(t, next, &start, &length, &type, &params);
		if (!type)
			break;
		out.append({start, length, QString::fromUtf8(type), QString::fromUtf8(params ? params : "")});
	} while (next);
	return out;
}

} // namespace

LibDeviceMapper::LibDeviceMapper()
{
	dm_log_with_errno_init(collectLog);
	// The helper waits for udev itself (cookies); only if no udev runs
	// at all does libdevmapper make the nodes.
	dm_udev_set_sync_support(1);
}

dev_t LibDeviceMapper::create(const QString &name, const QString &uuid, const DmTarget &table)
{
	Task t = newTask(DM_DEVICE_CREATE, name);
	if (!uuid.isEmpty() && !dm_task_set_uuid(t.get(), uuid.toUtf8().constData()))
		throwDm(ErrorText(QT_TRANSLATE_NOOP("HelperError", "set the uuid of")), name);
	addTarget(t.get(), table, name);
	runWithUdev(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "create")), name);
	dm_info info{};
	if (!dm_task_get_info(t.get(), &info) || !info.exists)
		throwDm(ErrorText(QT_TRANSLATE_NOOP("HelperError", "look up")), name);
	return makedev(info.major, info.minor);
}

void LibDeviceMapper::reload(const QString &name, const DmTarget &table)
{
	{
		Task t = newTask(DM_DEVICE_RELOAD, name);
		addTarget(t.get(), table, name);
		runPlain(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "load a new table into")), name);
	}
	try {
		Task t = newTask(DM_DEVICE_SUSPEND, name);
		runPlain(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "suspend")), name);
	} catch (const HelperError &) {
		clearInactive(name);
		throw;
	}
	try {
		resume(name);
	} catch (const HelperError &) {
		// The new table would not go live: back to the old one, and
		// never leave the interposer suspended (its I/O would hang).
		clearInactive(name);
		resume(name);
		throw;
	}
}

void LibDeviceMapper::resume(const QString &name)
{
	Task t = newTask(DM_DEVICE_RESUME, name);
	runWithUdev(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "resume")), name);
}

void LibDeviceMapper::clearInactive(const QString &name)
{
	Task t = newTask(DM_DEVICE_CLEAR, name);
	runPlain(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "drop the inactive table of")), name);
}

void LibDeviceMapper::remove(const QString &name)
{
	const auto i = info(name);
	if (!i)
		throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot remove /dev/mapper/%1: it does not exist.")).arg(name));
	// Open (a mounted snapshot, an export reading it): refuse before the
	// suspend, which would otherwise hang its user's I/O.
	if (i->openCount > 0)
		throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot remove /dev/mapper/%1: it is in use.")).arg(name));
	const bool suspendedHere = i->liveTable && !i->suspended;
	if (suspendedHere) {
		Task t = newTask(DM_DEVICE_SUSPEND, name);
		runPlain(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "suspend")), name);
	}
	try {
		Task t = newTask(DM_DEVICE_REMOVE, name);
		// udev's blkid may have the node open for a moment after a change.
		dm_task_retry_remove(t.get());
		runWithUdev(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "remove")), name);
	} catch (const HelperError &) {
		if (suspendedHere)
			resume(name); // as it was: a refusal changes nothing
		throw;
	}
}

QStringList LibDeviceMapper::names()
{
	Task t = newTask(DM_DEVICE_LIST, QString());
	runPlain(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "list")), QStringLiteral("*"));
	QStringList out;
	dm_names *n = dm_task_get_names(t.get());
	if (!n || !n->dev)
		return out;
	for (;;) {
		out.append(QString::fromUtf8(n->name));
		if (!n->next)
			break;
		n = reinterpret_cast<dm_names *>(reinterpret_cast<char *>(n) + n->next);
	}
	return out;
}

std::optional<DmInfo> LibDeviceMapper::info(const QString &name)
{
	Task t = newTask(DM_DEVICE_INFO, name);
	runPlain(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "look up")), name);
	dm_info i{};
	if (!dm_task_get_info(t.get(), &i))
		throwDm(ErrorText(QT_TRANSLATE_NOOP("HelperError", "look up")), name);
	if (!i.exists)
		return std::nullopt;
	DmInfo out;
	out.dev = makedev(i.major, i.minor);
	const char *uuid = dm_task_get_uuid(t.get());
	out.uuid = QString::fromUtf8(uuid ? uuid : "");
	out.suspended = i.suspended;
	out.liveTable = i.live_table;
	out.inactiveTable = i.inactive_table;
	out.openCount = i.open_count;
	return out;
}

QList<DmTarget> LibDeviceMapper::table(const QString &name)
{
	Task t = newTask(DM_DEVICE_TABLE, name);
	runPlain(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "read the table of")), name);
	return targets(t.get());
}

QList<DmTarget> LibDeviceMapper::status(const QString &name)
{
	Task t = newTask(DM_DEVICE_STATUS, name);
	runPlain(t.get(), ErrorText(QT_TRANSLATE_NOOP("HelperError", "read the status of")), name);
	return targets(t.get());
}

UniqueFd LibDeviceMapper::openForReading(const QString &name)
{
	const QByteArray node = QFile::encodeName(QStringLiteral("/dev/mapper/") + name);
	UniqueFd fd(::open(node.constData(), O_RDONLY | O_CLOEXEC));
	if (!fd.valid())
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot open /dev/mapper/%1 for reading: %2."))
			    .arg(name, SystemError{errno}));
	return fd;
}
