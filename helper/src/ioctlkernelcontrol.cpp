// SPDX-License-Identifier: GPL-2.0-or-later
#include "ioctlkernelcontrol.h"

#include "filesystemsync.h"
#include "helpererror.h"
#include "kernelerror.h"
#include "modulecause.h"
#include "uniquefd.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/sysmacros.h>
#include <vector>

#include "blkinterposer.h"

namespace {

blkinterposer_dev toDev(dev_t dev)
{
	return {major(dev), minor(dev)};
}

dev_t fromDev(const blkinterposer_dev &dev)
{
	return makedev(dev.major, dev.minor);
}

class IoctlFreezeHold : public FreezeHold
{
public:
	IoctlFreezeHold(UniqueFd fd, QHash<dev_t, int> &held, dev_t dev)
		: m_fd(std::move(fd)), m_held(held), m_dev(dev)
	{
		++m_held[m_dev];
	}
	~IoctlFreezeHold() override
	{
		if (--m_held[m_dev] == 0)
			m_held.remove(m_dev);
		// Closing the file thaws: the module ties the freeze to it.
	}

private:
	UniqueFd m_fd;
	QHash<dev_t, int> &m_held;
	dev_t m_dev;
};

} // namespace

IoctlKernelControl::IoctlKernelControl(QString controlPath)
	: m_controlPath(std::move(controlPath))
{
}

int IoctlKernelControl::openControl(const ErrorText &forWhat)
{
	int fd = ::open(QFile::encodeName(m_controlPath).constData(), O_RDWR | O_CLOEXEC);
	if (fd < 0)
		throwKernelModule(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1: the kernel module blkinterposer is not loaded (%2: %3)."))
				  .arg(forWhat, m_controlPath, SystemError{errno}));
	return fd;
}

KernelModuleState IoctlKernelControl::state()
{
	KernelModuleState out;
	UniqueFd fd(::open(QFile::encodeName(m_controlPath).constData(), O_RDWR | O_CLOEXEC));
	if (!fd.valid()) {
		const int err = errno;
		if (!QFileInfo::exists(QStringLiteral("/sys/module/blkinterposer"))) {
			out.error = ErrorText(QT_TRANSLATE_NOOP("HelperError", "blkinterposer is not loaded (%1: %2)"))
				.arg(m_controlPath, SystemError{err});
			out.cause = QString::fromLatin1(ModuleCause::NotLoaded);
		} else if (err == EPERM || err == EACCES) {
			// Loaded after this helper started: its sandbox allows the
			// control device by the number it had then (DeviceAllow).
			out.error = ErrorText(QT_TRANSLATE_NOOP("HelperError", "blkinterposer was loaded after the helper started, whose sandbox does not allow its new %1 (%2); the helper must start again"))
				.arg(m_controlPath, SystemError{err});
			out.cause = QString::fromLatin1(ModuleCause::LoadedAfterHelper);
		} else {
			// Loaded without its device node (udev did not make it).
			out.error = ErrorText(QT_TRANSLATE_NOOP("HelperError", "blkinterposer is loaded, but %1 cannot be opened: %2"))
				.arg(m_controlPath, SystemError{err});
			out.cause = QString::fromLatin1(ModuleCause::NoAnswer);
		}
		return out;
	}
	blkinterposer_version v{};
	if (::ioctl(fd.get(), BLKINTERPOSER_IOC_VERSION, &v) != 0) {
		const int err = errno;
		out.error = ErrorText(QT_TRANSLATE_NOOP("HelperError", "blkinterposer does not answer VERSION: %1"))
			.arg(SystemError{err});
		out.cause = QString::fromLatin1(ModuleCause::NoAnswer);
		return out;
	}
	out.loaded = true;
	out.abiVersion = v.abi_version;
	if (v.abi_version != BLKINTERPOSER_ABI_VERSION) {
		out.error = ErrorText(QT_TRANSLATE_NOOP("HelperError", "blkinterposer speaks ABI %1, the helper ABI %2"))
			.arg(v.abi_version).arg(BLKINTERPOSER_ABI_VERSION);
		out.cause = QString::fromLatin1(ModuleCause::AbiMismatch);
	}
	return out;
}

dev_t IoctlKernelControl::createBypass(const BlockRef &original)
{
	UniqueFd fd(openControl(ErrorText(QT_TRANSLATE_NOOP("HelperError", "interpose %1")).arg(original.name)));
	blkinterposer_bypass arg{};
	arg.original = toDev(original.dev);
	if (::ioctl(fd.get(), BLKINTERPOSER_IOC_BYPASS_CREATE, &arg) != 0)
		throwKernelError(KernelCommand::CreateBypass, errno, original);
	return fromDev(arg.bypass);
}

void IoctlKernelControl::destroyBypass(const BlockRef &original)
{
	targetCommand(BLKINTERPOSER_IOC_BYPASS_DESTROY, original, KernelCommand::DestroyBypass).reset();
}

void IoctlKernelControl::attach(const BlockRef &original, const BlockRef &interposer)
{
	UniqueFd fd(openControl(ErrorText(QT_TRANSLATE_NOOP("HelperError", "interpose %1")).arg(original.name)));
	blkinterposer_attach arg{};
	arg.original = toDev(original.dev);
	arg.interposer = toDev(interposer.dev);
	// ATTACH freezes it: write back first, unless the helper holds a
	// freeze of it already (a snapshot's attach). Then nothing is dirty,
	// and the fallback sync() could wait for ever on writeback that must
	// pass the frozen filesystem (a loop device over a file on it) while
	// the helper keeps it frozen.
	if (!m_heldFreezes.contains(original.dev))
		FilesystemSync::syncMounted(original.dev);
	if (::ioctl(fd.get(), BLKINTERPOSER_IOC_ATTACH, &arg) != 0)
		throwKernelError(KernelCommand::Attach, errno, original, &interposer);
}

void IoctlKernelControl::detach(const BlockRef &original)
{
	FilesystemSync::syncMounted(original.dev);  // DETACH freezes it
	targetCommand(BLKINTERPOSER_IOC_DETACH, original, KernelCommand::Detach).reset();
}

std::unique_ptr<FreezeHold> IoctlKernelControl::freeze(const BlockRef &device)
{
	FilesystemSync::syncMounted(device.dev);
	// The file that froze is the freeze: kept open until the hold goes.
	return std::make_unique<IoctlFreezeHold>(
		targetCommand(BLKINTERPOSER_IOC_FREEZE, device, KernelCommand::Freeze), m_heldFreezes,
		device.dev);
}

UniqueFd IoctlKernelControl::targetCommand(unsigned long request, const BlockRef &device,
					     KernelCommand command)
{
	UniqueFd fd(openControl(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 %2")).arg(kernelCommandVerb(command), device.name)));
	blkinterposer_target arg{};
	arg.original = toDev(device.dev);
	if (::ioctl(fd.get(), request, &arg) != 0)
		throwKernelError(command, errno, device);
	return fd;
}

QList<KernelEntry> IoctlKernelControl::list()
{
	UniqueFd fd(openControl(ErrorText(QT_TRANSLATE_NOOP("HelperError", "list interposed devices"))));
	std::vector<blkinterposer_entry> entries(16);
	blkinterposer_list arg{};
	for (;;) {
		arg = {};
		arg.entries = reinterpret_cast<quintptr>(entries.data());
		arg.capacity = entries.size();
		if (::ioctl(fd.get(), BLKINTERPOSER_IOC_LIST, &arg) != 0)
			throwKernelModule(ErrorText(QT_TRANSLATE_NOOP("HelperError", "blkinterposer refused LIST: %1."))
					  .arg(SystemError{errno}));
		if (arg.count <= arg.capacity)
			break;
		entries.resize(arg.count + 16); // more appeared: ask again with room
	}
	QList<KernelEntry> out;
	for (quint32 i = 0; i < arg.count; ++i) {
		const auto &e = entries[i];
		KernelEntry k;
		k.original = fromDev(e.original);
		k.bypass = (e.state & BLKINTERPOSER_STATE_BYPASS) ? fromDev(e.bypass) : 0;
		k.attached = e.state & BLKINTERPOSER_STATE_ATTACHED;
		k.interposer = k.attached ? fromDev(e.interposer) : 0;
		k.gone = e.state & BLKINTERPOSER_STATE_GONE;
		out.append(k);
	}
	return out;
}
