// SPDX-License-Identifier: GPL-2.0-or-later
// An invented machine in umockdev (sysfs, udev properties, uevents) for
// the tests of the device model and the windows; they run under
// umockdev-wrapper.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <umockdev.h>
#include <utility>

class Testbed
{
public:
	using Props = QList<std::pair<const char *, QString>>;

	Testbed();
	~Testbed();
	Testbed(const Testbed &) = delete;
	Testbed &operator=(const Testbed &) = delete;

	// Under umockdev-wrapper? (umockdev_in_mock_environment() asks who
	// provides open(), which under ASan is its interceptor.)
	static bool inMockEnvironment();

	UMockdevTestbed *get() const { return m_bed; }
	// A block device; parent is a kernel name added before (a partition's
	// disk). Returns its sysfs path.
	QString addBlock(const char *name, const QString &parent, unsigned major, unsigned minor, quint64 bytes,
			 const QString &devtype, const Props &props = {});
	QString path(const QString &name) const { return m_paths.value(name); }
	// holder is built on slave (holders/ and slaves/ links both ways).
	void stack(const QString &holder, const QString &slave);
	void setAttribute(const QString &name, const char *attribute, const QString &value);
	void setProperty(const QString &name, const char *property, const QString &value);
	// blkinterposer's world-readable mapping list.
	void setMappings(const QString &text);
	void uevent(const QString &name, const char *action);
	void remove(const QString &name);

private:
	UMockdevTestbed *m_bed;
	QHash<QString, QString> m_paths;
};

// The mount table files a BlockDeviceModel reads (MountSources), in dir.
void writeMountFiles(const QString &dir, const QString &mountinfo, const QString &swaps);
