// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessionobject.h"

#include "helper1adaptor.h"
#include "manager.h"
#include "bussignals.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QMetaProperty>

const QString SessionObject::interfaceName = QStringLiteral("org.interposer.Helper1.Session");

SessionObject::SessionObject(Manager *manager, SessionRecord record)
	: QObject(manager), m_manager(manager), m_record(std::move(record))
{
	new SessionAdaptor(this);
}

QDBusObjectPath SessionObject::path() const
{
	return QDBusObjectPath(QStringLiteral("/org/interposer/Helper1/sessions/") + m_record.id);
}

QString SessionObject::interposer() const
{
	return QStringLiteral("/dev/mapper/") + m_record.interposerName();
}

QString SessionObject::snapshotDevice() const
{
	return m_record.snapshot ? QStringLiteral("/dev/mapper/") + m_record.snapshotName() : QString();
}

InterposerSnapshotUsage SessionObject::snapshotUsage() const
{
	return m_manager->snapshotUsage(m_record);
}

void SessionObject::setState(const QString &state)
{
	if (state == m_state)
		return;
	m_state = state;
	announce({QStringLiteral("State")});
}

QVariantMap SessionObject::properties() const
{
	QVariantMap out;
	const QMetaObject *meta = metaObject();
	for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
		const QMetaProperty p = meta->property(i);
		out.insert(QString::fromLatin1(p.name()), p.read(this));
	}
	return out;
}

void SessionObject::announce(const QStringList &changed)
{
	QVariantMap values;
	for (const QString &name : changed)
		values.insert(name, property(name.toLatin1().constData()));
	emitPropertiesChanged(m_manager->bus(), path().path(), interfaceName, values);
}

void SessionObject::Detach(const QVariantMap &options)
{
	setDelayedReply(true);
	m_manager->detach(this, message(), options);
}

void SessionObject::Reconfigure(const QVariantMap &options)
{
	setDelayedReply(true);
	m_manager->reconfigure(this, message(), options);
}

QDBusObjectPath SessionObject::ExportSnapshot(const QDBusUnixFileDescriptor &fd, const QVariantMap &options)
{
	setDelayedReply(true);
	m_manager->exportSnapshot(this, message(), fd, options);
	return {};
}
