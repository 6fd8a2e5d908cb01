// SPDX-License-Identifier: GPL-2.0-or-later
#include "udevdevice.h"

#include <libudev.h>
#include <utility>

namespace {

QString text(const char *s)
{
	return s ? QString::fromUtf8(s) : QString();
}

} // namespace

UdevDevice UdevDevice::adopt(udev_device *device)
{
	return UdevDevice(device);
}

UdevDevice UdevDevice::share(udev_device *device)
{
	return UdevDevice(device ? udev_device_ref(device) : nullptr);
}

UdevDevice::UdevDevice(const UdevDevice &other)
	: m_device(other.m_device ? udev_device_ref(other.m_device) : nullptr)
{
}

UdevDevice &UdevDevice::operator=(const UdevDevice &other)
{
	if (this != &other) {
		UdevDevice copy(other);
		std::swap(m_device, copy.m_device);
	}
	return *this;
}

UdevDevice::UdevDevice(UdevDevice &&other) noexcept : m_device(std::exchange(other.m_device, nullptr))
{
}

UdevDevice &UdevDevice::operator=(UdevDevice &&other) noexcept
{
	std::swap(m_device, other.m_device);
	return *this;
}

UdevDevice::~UdevDevice()
{
	if (m_device)
		udev_device_unref(m_device);
}

QString UdevDevice::sysname() const
{
	return m_device ? text(udev_device_get_sysname(m_device)) : QString();
}

QString UdevDevice::syspath() const
{
	return m_device ? text(udev_device_get_syspath(m_device)) : QString();
}

QString UdevDevice::devnode() const
{
	return m_device ? text(udev_device_get_devnode(m_device)) : QString();
}

dev_t UdevDevice::devnum() const
{
	return m_device ? udev_device_get_devnum(m_device) : 0;
}

QString UdevDevice::subsystem() const
{
	return m_device ? text(udev_device_get_subsystem(m_device)) : QString();
}

QString UdevDevice::devtype() const
{
	return m_device ? text(udev_device_get_devtype(m_device)) : QString();
}

QString UdevDevice::action() const
{
	return m_device ? text(udev_device_get_action(m_device)) : QString();
}

QString UdevDevice::property(const char *name) const
{
	return m_device ? text(udev_device_get_property_value(m_device, name)) : QString();
}

QString UdevDevice::sysattr(const char *name) const
{
	return m_device ? text(udev_device_get_sysattr_value(m_device, name)).trimmed() : QString();
}

UdevDevice UdevDevice::parent() const
{
	// The parent belongs to the child; share() takes a reference of its own.
	return m_device ? share(udev_device_get_parent(m_device)) : UdevDevice();
}
