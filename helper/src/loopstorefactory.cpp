// SPDX-License-Identifier: GPL-2.0-or-later
#include "storefactory.h"

#include "helpererror.h"
#include "uniquefd.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

namespace {

class LoopStore : public SparseStore
{
public:
	LoopStore(UniqueFd loop, dev_t dev, int index)
		: m_loop(std::move(loop)), m_dev(dev), m_index(index) {}
	dev_t dev() const override { return m_dev; }
	QString name() const override { return QStringLiteral("/dev/loop%1").arg(m_index); }

private:
	UniqueFd m_loop;
	dev_t m_dev;
	int m_index;
};

SystemError err()
{
	return SystemError{errno};
}

} // namespace

std::unique_ptr<SparseStore> LoopStoreFactory::createSparse(const DirectoryInfo &directory,
							    quint64 bytes, const QString &forDevice)
{
	if (!directory.pin || !directory.pin->valid())
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store directory of %1 is no longer open.")).arg(forDevice));
	// Through the directory that was checked, never its path again.
	UniqueFd file(::openat(directory.pin->get(), ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600));
	if (!file.valid())
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot make the snapshot store of %1 in %2: %3."))
			    .arg(forDevice, directory.path, err()));
	struct stat made{};
	if (::fstat(file.get(), &made) != 0 || made.st_dev != directory.fsDev)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The snapshot store of %1 did not land on the filesystem of %2 that was checked."))
			    .arg(forDevice, directory.path));
	if (::ftruncate(file.get(), off_t(bytes)) != 0)
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot size the snapshot store of %1 in %2: %3."))
			    .arg(forDevice, directory.path, err()));

	UniqueFd control(::open("/dev/loop-control", O_RDWR | O_CLOEXEC));
	if (!control.valid())
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot make a loop device for the snapshot store of %1: /dev/loop-control: %2."))
			    .arg(forDevice, err()));
	// Another program may take the free loop device between asking and
	// configuring it: ask again a few times.
	for (int attempt = 0; attempt < 8; ++attempt) {
		const int index = ::ioctl(control.get(), LOOP_CTL_GET_FREE);
		if (index < 0)
			break;
		const QByteArray path = QStringLiteral("/dev/loop%1").arg(index).toLatin1();
		UniqueFd loop(::open(path.constData(), O_RDWR | O_CLOEXEC));
		if (!loop.valid())
			continue;
		loop_config config{};
		config.fd = file.get();
		config.info.lo_flags = LO_FLAGS_AUTOCLEAR;
		snprintf(reinterpret_cast<char *>(config.info.lo_file_name), LO_NAME_SIZE,
			 "interposer-store:%s", QFile::encodeName(forDevice).constData());
		if (::ioctl(loop.get(), LOOP_CONFIGURE, &config) != 0) {
			if (errno == EBUSY)
				continue;
			throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot set up %1 as the snapshot store of %2: %3."))
				    .arg(QString::fromLatin1(path), forDevice, err()));
		}
		struct stat st{};
		::fstat(loop.get(), &st);
		return std::make_unique<LoopStore>(std::move(loop), st.st_rdev, index);
	}
	throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "No free loop device for the snapshot store of %1.")).arg(forDevice));
}
