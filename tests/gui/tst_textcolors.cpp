// SPDX-License-Identifier: GPL-2.0-or-later
// Warning and error sentences readable on a light and on a dark window:
// WCAG 2's contrast of at least 4.5:1 against the window's background,
// as the colours are chosen and as an attach dialog shows them.
#include "attachdialog.h"
#include "blockdevice.h"
#include "desktoppalettes.h"
#include "textcolors.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

class TestTextColors : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void ratioIsWcags();
	void readableOnBoth_data();
	void readableOnBoth();
	void theDialogTakesThem();
};

void TestTextColors::ratioIsWcags()
{
	QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
	QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
	QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
	// #767676 on white is WCAG's usual example of just passing, 4.54:1.
	QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestTextColors::readableOnBoth_data()
{
	QTest::addColumn<QPalette>("palette");
	QTest::newRow("light (Breeze)") << breezePalette();
	QTest::newRow("dark (Breeze Dark)") << breezeDarkPalette();
	QTest::newRow("this platform's") << QApplication::palette();
}

void TestTextColors::readableOnBoth()
{
	QFETCH(QPalette, palette);
	for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
		const QColor bg = palette.color(background);
		const double warning = contrastRatio(warningTextColor(palette), bg);
		const double error = contrastRatio(errorTextColor(palette), bg);
		QVERIFY2(warning >= 4.5, qPrintable(QStringLiteral("warning %1 on %2: %3:1").arg(warningTextColor(palette).name(), bg.name()).arg(warning)));
		QVERIFY2(error >= 4.5, qPrintable(QStringLiteral("error %1 on %2: %3:1").arg(errorTextColor(palette).name(), bg.name()).arg(error)));
	}
}

void TestTextColors::theDialogTakesThem()
{
	// A dialog made on a light window, then the desktop turns dark: its
	// sentences follow.
	BlockDevice sda1;
	sda1.name = QStringLiteral("sda1");
	sda1.node = QStringLiteral("/dev/sda1");
	AttachDialog dialog(nullptr, sda1, Kind::Flakey);
	dialog.setPalette(breezePalette());
	QCOMPARE(dialog.warningLabel()->palette().color(QPalette::WindowText), warningTextColor(breezePalette()));
	dialog.setPalette(breezeDarkPalette());
	QCOMPARE(dialog.warningLabel()->palette().color(QPalette::WindowText), warningTextColor(breezeDarkPalette()));
	QCOMPARE(dialog.errorLabel()->palette().color(QPalette::WindowText), errorTextColor(breezeDarkPalette()));
	QVERIFY(contrastRatio(dialog.warningLabel()->palette().color(QPalette::WindowText),
			      dialog.palette().color(QPalette::Window)) >= 4.5);
}

QTEST_MAIN(TestTextColors)
#include "tst_textcolors.moc"
