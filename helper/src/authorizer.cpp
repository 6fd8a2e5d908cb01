// SPDX-License-Identifier: GPL-2.0-or-later
#include "authorizer.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace {

// polkit's Subject, (sa{sv}): kind and details. Marshalled as a struct of
// its own: wrapping it in QDBusVariant would send v(v(s)), which polkitd
// refuses.
struct PolkitSubject {
	QString kind;
	QVariantMap details;
};

// CheckAuthorization's answer, (bba{ss}).
struct PolkitResult {
	bool authorized = false;
	bool challenge = false;
	QMap<QString, QString> details;
};

QDBusArgument &operator<<(QDBusArgument &arg, const PolkitSubject &s)
{
	arg.beginStructure();
	arg << s.kind << s.details;
	arg.endStructure();
	return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, PolkitSubject &s)
{
	arg.beginStructure();
	arg >> s.kind >> s.details;
	arg.endStructure();
	return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const PolkitResult &r)
{
	arg.beginStructure();
	arg << r.authorized << r.challenge << r.details;
	arg.endStructure();
	return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, PolkitResult &r)
{
	arg.beginStructure();
	arg >> r.authorized >> r.challenge >> r.details;
	arg.endStructure();
	return arg;
}

constexpr uint kAllowUserInteraction = 1;
// An administrator typing a password may take minutes; polkit's own
// authentication agents give up after five.
constexpr int kCheckTimeoutMs = 5 * 60 * 1000;

} // namespace

Q_DECLARE_METATYPE(PolkitSubject)
Q_DECLARE_METATYPE(PolkitResult)

Authorizer::Authorizer(QDBusConnection bus, QObject *parent)
	: QObject(parent), m_bus(std::move(bus))
{
	qDBusRegisterMetaType<PolkitSubject>();
	qDBusRegisterMetaType<PolkitResult>();
	qDBusRegisterMetaType<QMap<QString, QString>>();
}

std::optional<uint> Authorizer::callerUid(const QDBusMessage &call) const
{
	const auto reply = m_bus.interface()->serviceUid(call.service());
	if (!reply.isValid())
		return std::nullopt;
	return reply.value();
}

void Authorizer::check(const QDBusMessage &call, const QString &action, const Details &details,
		       bool noUserInteraction, Done done)
{
	const QString device = details.value(QStringLiteral("device"));
	const auto uid = callerUid(call);
	if (!uid) {
		done(HelperError(HelperError::Kind::NotAuthorized,
				 ErrorText(QT_TRANSLATE_NOOP("HelperError", "Not authorized to change %1: the caller could not be identified.")).arg(device)));
		return;
	}
	if (*uid == 0) {
		done(std::nullopt);
		return;
	}

	QDBusMessage check = QDBusMessage::createMethodCall(
		QStringLiteral("org.freedesktop.PolicyKit1"),
		QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
		QStringLiteral("org.freedesktop.PolicyKit1.Authority"),
		QStringLiteral("CheckAuthorization"));
	PolkitSubject subject{QStringLiteral("system-bus-name"),
			      {{QStringLiteral("name"), call.service()}}};
	// D-Bus: a caller that did not set ALLOW_INTERACTIVE_AUTHORIZATION is
	// not prepared to wait for a password dialog (as systemd honours it).
	const bool interactive = !noUserInteraction && call.isInteractiveAuthorizationAllowed();
	check << QVariant::fromValue(subject) << action << QVariant::fromValue(details)
	      << uint(interactive ? kAllowUserInteraction : 0) << QString();

	const QString caller = call.service();
	if (m_pendingByCaller.value(caller) >= kPerCallerPending || m_pending >= kTotalPending) {
		done(HelperError(HelperError::Kind::Busy,
				 ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot ask for authorization to change %1 now: too many requests are waiting for polkit already (at most %2 of one caller, %3 in all); try again when they are answered."))
				 .arg(device).arg(kPerCallerPending).arg(kTotalPending)));
		return;
	}
	++m_pending;
	++m_pendingByCaller[caller];
	auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(check, kCheckTimeoutMs), this);
	connect(watcher, &QDBusPendingCallWatcher::finished, this,
		[this, watcher, done, device, action, caller, interactive] {
		watcher->deleteLater();
		--m_pending;
		if (--m_pendingByCaller[caller] <= 0)
			m_pendingByCaller.remove(caller);
		const QDBusMessage reply = watcher->reply();
		auto refuse = [&](const ErrorText &why) {
			done(HelperError(HelperError::Kind::NotAuthorized,
					 ErrorText(QT_TRANSLATE_NOOP("HelperError", "Not authorized to change %1: %2.")).arg(device, why)));
		};
		if (reply.type() != QDBusMessage::ReplyMessage) {
			refuse(ErrorText(QT_TRANSLATE_NOOP("HelperError", "polkit did not answer (%1)")).arg(reply.errorMessage()));
			return;
		}
		if (reply.signature() != QLatin1String("(bba{ss})") || reply.arguments().size() != 1) {
			refuse(ErrorText(QT_TRANSLATE_NOOP("HelperError", "polkit answered with an unexpected signature %1")).arg(reply.signature()));
			return;
		}
		PolkitResult result;
		reply.arguments().at(0).value<QDBusArgument>() >> result;
		if (!result.authorized) {
			if (result.details.value(QStringLiteral("polkit.dismissed")) == QLatin1String("true"))
				refuse(ErrorText(QT_TRANSLATE_NOOP("HelperError", "the authentication dialog was dismissed")));
			else if (result.challenge && !interactive)
				refuse(ErrorText(QT_TRANSLATE_NOOP("HelperError", "%1 needs authentication, and the call did not allow interaction")).arg(action));
			else
				refuse(ErrorText(QT_TRANSLATE_NOOP("HelperError", "polkit denied %1")).arg(action));
			return;
		}
		// The answer is about a bus name: if its owner has gone, the
		// name is nobody's any more (CVE-2021-3560). Do nothing for it.
		if (!m_bus.interface()->isServiceRegistered(caller).value()) {
			refuse(ErrorText(QT_TRANSLATE_NOOP("HelperError", "the caller disconnected while polkit was asked")));
			return;
		}
		done(std::nullopt);
	});
}
