// SPDX-License-Identifier: GPL-2.0-or-later
#include "iochart.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

// The chart is the view's from the start: a chart given later releases
// the view's default one without deleting it.
IoChart::IoChart(const QString &title, const QString &unit, QWidget *parent)
	: QChartView(new QChart, parent), m_original(new QLineSeries), m_interposer(new QLineSeries),
	  m_x(new QValueAxis), m_y(new QValueAxis)
{
	QChart *chart = this->chart();
	chart->setTitle(title);
	chart->legend()->setAlignment(Qt::AlignBottom);
	chart->setMargins(QMargins(4, 4, 4, 4));
	chart->addSeries(m_original);
	chart->addSeries(m_interposer);
	m_x->setRange(0, windowSeconds);
	// Localized labels take a precision and no other flag: not "%d".
	m_x->setLabelFormat(QStringLiteral("%.0f s"));
	m_x->setTickCount(4);
	m_y->setRange(0, 1);
	m_y->setLabelFormat(axisLabelFormat(1));
	m_y->setTickCount(3);
	m_y->setTitleText(unit);
	chart->addAxis(m_x, Qt::AlignBottom);
	chart->addAxis(m_y, Qt::AlignLeft);
	for (QLineSeries *s : {m_original, m_interposer}) {
		s->attachAxis(m_x);
		s->attachAxis(m_y);
	}
	// "0,5" in German: QLocale(), the user's.
	chart->setLocalizeNumbers(true);
	setRenderHint(QPainter::Antialiasing);
	setMinimumSize(280, 230);
	setAccessibleName(title);
	followPalette();
}

void IoChart::setSeriesNames(const QString &original, const QString &interposer)
{
	m_original->setName(tr("%1 (original)").arg(original));
	m_interposer->setName(interposer.isEmpty() ? tr("interposer") : tr("%1 (interposer)").arg(interposer));
}

void IoChart::changeEvent(QEvent *event)
{
	QChartView::changeEvent(event);
	if (event->type() == QEvent::PaletteChange)
		followPalette();
	else if (event->type() == QEvent::FontChange)
		followFont();
}

// Qt Charts draws in its own theme's colours, white whatever the desktop:
// the theme for a light or a dark window, then the window's own colours
// for the background and every text.
void IoChart::followPalette()
{
	QChart *chart = this->chart();
	const QPalette p = palette();
	const bool dark = p.color(QPalette::Base).lightness() < 128;
	chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
	chart->setBackgroundBrush(p.base());
	chart->setTitleBrush(p.text());
	chart->legend()->setLabelColor(p.color(QPalette::Text));
	for (QValueAxis *axis : {m_x, m_y}) {
		axis->setLabelsBrush(p.text());
		axis->setTitleBrush(p.text());
		axis->setGridLineColor(p.color(QPalette::Mid));
		axis->setLinePenColor(p.color(QPalette::Mid));
	}
	// The theme set its fonts too.
	followFont();
}

// The chart's texts in the widget's font, which the kiosk enlarges; the
// title bold.
void IoChart::followFont()
{
	QChart *chart = this->chart();
	QFont title = font();
	title.setBold(true);
	chart->setTitleFont(title);
	chart->legend()->setFont(font());
	for (QValueAxis *axis : {m_x, m_y}) {
		axis->setLabelsFont(font());
		axis->setTitleFont(font());
	}
}

QStringList IoChart::legendLabels() const
{
	QStringList labels;
	for (const QLegendMarker *marker : chart()->legend()->markers())
		labels << marker->label();
	return labels;
}

void IoChart::addSample(double seconds, double original, double interposer)
{
	m_original->append(seconds, original);
	m_interposer->append(seconds, interposer);
	// Points older than the window are no use; keep a few beyond its edge
	// so the lines run to the border.
	while (m_original->count() > 2 && m_original->at(1).x() < seconds - windowSeconds) {
		m_original->remove(0);
		m_interposer->remove(0);
	}
	// Seconds since the session was first followed (IoHistory): the
	// first minute from 0, then the last.
	m_x->setRange(std::max(0.0, seconds - windowSeconds), std::max(windowSeconds, seconds));
	double top = 0;
	for (QLineSeries *s : {m_original, m_interposer})
		for (const QPointF &p : s->points())
			top = std::max(top, p.y());
	// Round the scale up so it does not twitch with every sample.
	const double scale = axisTop(top);
	m_y->setLabelFormat(axisLabelFormat(scale));
	m_y->setRange(0, scale);
}

double IoChart::axisTop(double highest)
{
	const double wanted = highest * 1.1;
	// Not a number, or beyond any counter: no loop below would end.
	if (!std::isfinite(wanted) || wanted <= 1)
		return 1;
	for (double power = 1;; power *= 10) {
		for (double step : {1, 2, 4, 6}) {
			if (step * power >= wanted)
				return step * power;
		}
	}
}

QString IoChart::axisLabelFormat(double top)
{
	return top < 2 ? QStringLiteral("%.1f") : QStringLiteral("%.0f");
}

void IoChart::clear()
{
	m_original->clear();
	m_interposer->clear();
	m_y->setLabelFormat(axisLabelFormat(1));
	m_y->setRange(0, 1);
}

int IoChart::sampleCount() const
{
	return m_original->count();
}

double IoChart::lastValue(int series) const
{
	const QLineSeries *s = series == 0 ? m_original : m_interposer;
	return s->count() ? s->at(s->count() - 1).y() : 0;
}
