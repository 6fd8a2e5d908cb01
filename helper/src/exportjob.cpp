// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportjob.h"

#include "helper1adaptor.h"
#include "bussignals.h"
#include "helpererror.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <vector>

const QString ExportJob::interfaceName = QStringLiteral("org.interposer.Helper1.Job");

ExportJob::ExportJob(int id, UniqueFd source, UniqueFd target, quint64 bytes, QString device,
		     QDBusConnection bus, QObject *parent)
	: QObject(parent), m_id(id), m_source(std::move(source)), m_target(std::move(target)),
	  m_bytes(bytes), m_device(std::move(device)), m_bus(std::move(bus))
{
	new JobAdaptor(this);
	m_poll.setInterval(250);
	connect(&m_poll, &QTimer::timeout, this, &ExportJob::poll);
}

ExportJob::~ExportJob()
{
	m_cancel = true;
	if (m_thread.joinable())
		m_thread.join();
}

QDBusObjectPath ExportJob::path() const
{
	return QDBusObjectPath(QStringLiteral("/org/interposer/Helper1/jobs/%1").arg(m_id));
}

void ExportJob::start()
{
	m_clock.start();
	m_poll.start();
	m_thread = std::thread([this] { copy(); });
}

double ExportJob::progress() const
{
	return m_bytes ? double(m_done.load()) / double(m_bytes) : 1.0;
}

void ExportJob::setOwner(const QString &busName, uint uid)
{
	m_ownerUid = uid;
	m_ownerWatch = new QDBusServiceWatcher(busName, m_bus, QDBusServiceWatcher::WatchForUnregistration, this);
	connect(m_ownerWatch, &QDBusServiceWatcher::serviceUnregistered, this, [this] { m_cancel = true; });
}

void ExportJob::Cancel()
{
	if (calledFromDBus()) {
		const auto uid = m_bus.interface()->serviceUid(message().service());
		if (!uid.isValid() || (uid.value() != 0 && uid.value() != m_ownerUid)) {
			setDelayedReply(true); // this reply instead of the empty one
			// Cancel takes no options: its error is one string.
			m_bus.send(errorReply(message(), HelperError(HelperError::Kind::NotAuthorized,
				ErrorText(QT_TRANSLATE_NOOP("HelperError",
							    "Not authorized to cancel the export of %1: it was started by uid %2."))
					.arg(m_device).arg(m_ownerUid)), false));
			return;
		}
	}
	m_cancel = true;
}

void ExportJob::copy()
{
	// Sequential reads from the start of a fresh descriptor: a block
	// device, or in tests a FIFO, which has no offsets.
	std::vector<char> buffer(1 << 20);
	quint64 offset = 0;
	while (offset < m_bytes && !m_cancel) {
		const size_t want = size_t(std::min<quint64>(buffer.size(), m_bytes - offset));
		const ssize_t got = ::read(m_source.get(), buffer.data(), want);
		if (got < 0 && errno == EINTR)
			continue;
		if (m_cancel)
			break;
		if (got <= 0) {
			const int err = errno;
			const ErrorText text(QT_TRANSLATE_NOOP("HelperError", "Cannot read the snapshot of %1 at byte %2: %3."));
			m_failure = got < 0 ? text.arg(m_device, offset, SystemError{err})
					    : text.arg(m_device, offset, ErrorText(QT_TRANSLATE_NOOP("HelperError", "end of device")));
			break;
		}
		for (ssize_t written = 0; written < got && !m_cancel;) {
			const ssize_t n = ::write(m_target.get(), buffer.data() + written, size_t(got - written));
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				m_failure = ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot write the snapshot of %1 into the file: %2."))
						    .arg(m_device, SystemError{n < 0 ? errno : ENOSPC});
				break;
			}
			written += n;
			offset += quint64(n);
			m_done = offset;
		}
		if (!m_failure.isEmpty())
			break;
	}
	if (m_failure.isEmpty() && offset < m_bytes)
		m_failure = ErrorText(QT_TRANSLATE_NOOP("HelperError", "The export of the snapshot of %1 was cancelled.")).arg(m_device);
	// A regular file ends where the image ends, whatever it held before
	// (the client need not truncate it before it is authorized).
	struct stat st{};
	if (m_failure.isEmpty() && ::fstat(m_target.get(), &st) == 0 && S_ISREG(st.st_mode)) {
		const off_t end = ::lseek(m_target.get(), 0, SEEK_CUR);
		if (end < 0 || ::ftruncate(m_target.get(), end) != 0)
			m_failure = ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot end the export of %1 at the image's end: %2."))
					    .arg(m_device, SystemError{errno});
	}
	if (m_failure.isEmpty() && ::fsync(m_target.get()) != 0 && errno != EINVAL && errno != EROFS)
		m_failure = ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot flush the export of %1: %2.")).arg(m_device, SystemError{errno});
	m_ended = true;
}

void ExportJob::poll()
{
	// Ended first: a copy that has ended has stored its last count.
	const bool ended = m_ended.load();
	const quint64 done = m_done.load();
	const qint64 ms = m_clock.restart();
	if (ms > 0)
		m_rate = (done - m_lastDone) * 1000 / quint64(ms);
	m_lastDone = done;
	emitPropertiesChanged(m_bus, path().path(), interfaceName,
			      {{QStringLiteral("Progress"), progress()}, {QStringLiteral("Rate"), m_rate}});
	if (!ended)
		return;
	m_poll.stop();
	m_thread.join();
	// The sentence's parts first, for a client that says it in its
	// user's language; Completed carries it in English.
	if (!m_failure.isEmpty())
		emitPropertiesChanged(m_bus, path().path(), interfaceName,
				      {{QStringLiteral("Failure"), QVariant::fromValue(m_failure)}});
	sendSignal(m_bus, path().path(), interfaceName, QStringLiteral("Completed"),
		   {m_failure.isEmpty(), m_failure.english()});
	Q_EMIT finished();
}
