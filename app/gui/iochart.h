// SPDX-License-Identifier: GPL-2.0-or-later
// One live chart of one I/O measure (IOPS, throughput or latency) for the
// original and its interposer, over the last minute.
#pragma once

#include <QChartView>

class QLineSeries;
class QValueAxis;

class IoChart : public QChartView
{
	Q_OBJECT

public:
	IoChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

	// Names the lines: the original's and the interposer's kernel names.
	void setSeriesNames(const QString &original, const QString &interposer);
	// A sample taken `seconds` after the panel started.
	void addSample(double seconds, double original, double interposer);
	void clear();
	int sampleCount() const;
	double lastValue(int series) const;

	static constexpr double windowSeconds = 60;

private:
	QLineSeries *m_original;
	QLineSeries *m_interposer;
	QValueAxis *m_x;
	QValueAxis *m_y;
};
