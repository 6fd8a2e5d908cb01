// SPDX-License-Identifier: GPL-2.0-or-later
// One chart of the session panel on its own, offscreen: what its legend
// says, its numbers in the user's locale, a dark window's colours, and
// the window's font.
#include "iochart.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QTest>
#include <QValueAxis>

namespace {

// Every text the chart's scene draws (titles, axis labels, legend).
QStringList drawnTexts(IoChart &chart)
{
	QCoreApplication::sendPostedEvents();
	QCoreApplication::processEvents();
	QStringList texts;
	for (QGraphicsItem *item : chart.scene()->items()) {
		if (const auto *text = dynamic_cast<QGraphicsTextItem *>(item))
			texts << text->toPlainText();
		else if (const auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
			texts << simple->text();
	}
	return texts;
}

} // namespace

class TestIoChart : public QObject
{
	Q_OBJECT

private Q_SLOTS:
	void cleanup() { QLocale::setDefault(QLocale::c()); }
	void legendSaysWhichLineIsWhich();
	void numbersInTheUsersLocale();
	void aDarkWindowGivesADarkChart();
	void textGrowsWithTheWindowsFont();
};

void TestIoChart::legendSaysWhichLineIsWhich()
{
	IoChart chart(QStringLiteral("Average latency"), QStringLiteral("ms"));
	chart.setSeriesNames(QStringLiteral("sda1"), QString());
	QCOMPARE(chart.legendLabels(), (QStringList{QStringLiteral("sda1 (original)"), QStringLiteral("interposer")}));
	chart.setSeriesNames(QStringLiteral("sda1"), QStringLiteral("dm-1"));
	QCOMPARE(chart.legendLabels(), (QStringList{QStringLiteral("sda1 (original)"), QStringLiteral("dm-1 (interposer)")}));
}

void TestIoChart::numbersInTheUsersLocale()
{
	// An empty chart's value axis reads 0.0, 0.5, 1.0: in German, 0,5;
	// its time axis 0 s to 60 s (a format localized numbers cannot read
	// leaves the axis without labels).
	QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
	IoChart chart(QStringLiteral("Average latency"), QStringLiteral("ms"));
	chart.resize(400, 300);
	chart.show();
	QVERIFY(QTest::qWaitForWindowExposed(&chart));
	const QStringList texts = drawnTexts(chart);
	QVERIFY2(texts.contains(QStringLiteral("0,5")), qPrintable(texts.join(QLatin1Char('|'))));
	QVERIFY2(!texts.contains(QStringLiteral("0.5")), qPrintable(texts.join(QLatin1Char('|'))));
	for (const char *label : {"0 s", "20 s", "40 s", "60 s"})
		QVERIFY2(texts.contains(QLatin1String(label)), qPrintable(texts.join(QLatin1Char('|'))));
}

void TestIoChart::aDarkWindowGivesADarkChart()
{
	IoChart chart(QStringLiteral("Throughput"), QStringLiteral("MiB/s"));
	QPalette dark;
	dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
	dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
	dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
	dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
	dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
	chart.setPalette(dark);
	QChart *c = chart.chart();
	QCOMPARE(c->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
	QCOMPARE(c->titleBrush().color(), QColor(0xee, 0xee, 0xee));
	QCOMPARE(c->legend()->labelColor(), QColor(0xee, 0xee, 0xee));
	for (QAbstractAxis *axis : c->axes())
		QCOMPARE(axis->labelsBrush().color(), QColor(0xee, 0xee, 0xee));
	// Back to a light window: light again.
	chart.setPalette(QApplication::palette());
	QVERIFY(c->backgroundBrush().color().lightness() > 128);
}

void TestIoChart::textGrowsWithTheWindowsFont()
{
	// The kiosk's font is 1.6 times the desktop's: the chart's texts follow.
	IoChart chart(QStringLiteral("I/O operations per second"), QStringLiteral("IOPS"));
	QFont big = chart.font();
	big.setPointSizeF(big.pointSizeF() * 1.6);
	chart.setFont(big);
	QChart *c = chart.chart();
	QCOMPARE(c->titleFont().pointSizeF(), big.pointSizeF());
	QVERIFY(c->titleFont().bold());
	QCOMPARE(c->legend()->font().pointSizeF(), big.pointSizeF());
	for (QAbstractAxis *axis : c->axes())
		QCOMPARE(axis->labelsFont().pointSizeF(), big.pointSizeF());
}

QTEST_MAIN(TestIoChart)
#include "tst_iochart.moc"
