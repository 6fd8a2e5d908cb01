// SPDX-License-Identifier: GPL-2.0-or-later
// ErrorText: the helper's sentences with their parameters apart, said in
// English for the bus and logs, and in the reader's language by the window.
#include "errortext.h"

#include <QLocale>
#include <QTest>
#include <cerrno>
#include <cstring>

namespace {

// A catalogue of two sentences, as a window in German has them.
QString german(const char *context, const QString &source)
{
	if (qstrcmp(context, ErrorText::context) != 0)
		return source;
	if (source == QLatin1String("Cannot %1 %2: %3."))
		return QStringLiteral("%2: %1 nicht möglich: %3.");
	if (source == QLatin1String("attach"))
		return QStringLiteral("Zwischenschalten");
	if (source == QLatin1String("The snapshot store %1 is too small: %2 bytes, at least %3 are needed."))
		return QStringLiteral("Der Snapshot-Speicher %1 ist zu klein: %2 Bytes, mindestens %3 sind nötig.");
	return source;
}

} // namespace

class TestErrorText : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void initTestCase() { registerErrorTextTypes(); }
	void cleanup() { QLocale::setDefault(QLocale::c()); }

	void englishIsWhatQStringArgWrites()
	{
		const ErrorText t = ErrorText("The snapshot store %1 is too small: %2 bytes, at least %3 are needed.")
					    .arg(QStringLiteral("/dev/sdb1"))
					    .arg(quint64(1048576))
					    .arg(qint64(33554432));
		QCOMPARE(t.english(), QStringLiteral("The snapshot store /dev/sdb1 is too small: 1048576 bytes, at least 33554432 are needed."));
	}

	// One pass, as QString::arg(a, b): a path that holds "%2" is not
	// filled in again, and a translation may put the parameters in any order.
	void parametersAreFilledInOnce()
	{
		QCOMPARE(substituteParameters(QStringLiteral("%2 then %1, %3 and 100%"),
					      {QStringLiteral("/tmp/%2"), QStringLiteral("b")}),
			 QStringLiteral("b then /tmp/%2, %3 and 100%"));
	}

	void theWindowSaysItInItsLanguage()
	{
		QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
		const ErrorText small = ErrorText("The snapshot store %1 is too small: %2 bytes, at least %3 are needed.")
						.arg(QStringLiteral("/dev/sdb1"), quint64(1048576), quint64(33554432));
		QCOMPARE(small.rendered(german),
			 QStringLiteral("Der Snapshot-Speicher /dev/sdb1 ist zu klein: 1.048.576 Bytes, mindestens 33.554.432 sind nötig."));
		// A part of the sentence is translated in turn, an errno said by
		// the C library of the reader.
		const ErrorText kernel = ErrorText("Cannot %1 %2: %3.")
						 .arg(ErrorText("attach"), QStringLiteral("/dev/sda1"), SystemError{EBUSY});
		QCOMPARE(kernel.rendered(german), QStringLiteral("/dev/sda1: Zwischenschalten nicht möglich: %1.")
							  .arg(QString::fromLocal8Bit(strerror(EBUSY))));
		QCOMPARE(kernel.english(), QStringLiteral("Cannot attach /dev/sda1: %1.").arg(QString::fromLocal8Bit(strerror(EBUSY))));
		// Without a translation, the English, numbers and all.
		const ErrorText other = ErrorText("%1 has %2 sectors.").arg(QStringLiteral("/dev/sdc"), qint64(123456));
		QCOMPARE(other.rendered(german), QStringLiteral("/dev/sdc has 123456 sectors."));
	}

	// What a reply may carry: strings, numbers, errnos, parts; anything
	// else (or parts in parts without end) is not rendered at all.
	void onlyWellFormedParametersAreTaken()
	{
		const ErrorText t = ErrorText("Cannot %1 %2: %3.")
					    .arg(ErrorText("attach"), QStringLiteral("/dev/sda1"), SystemError{EBUSY});
		const std::optional<ErrorText> back = ErrorText::fromDBus(t.source(), QVariant::fromValue(t.toDBus()));
		QVERIFY(back);
		QCOMPARE(*back, t);
		QVERIFY(!ErrorText::fromDBus(QString(), QVariant::fromValue(QVariantList())));
		QVERIFY(!ErrorText::fromDBus(QStringLiteral("%1"), QVariant::fromValue(QVariantList{QVariant(3.5)})));
		QVERIFY(!ErrorText::fromDBus(QStringLiteral("%1"), QVariant(QStringLiteral("not a list"))));
	}
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
