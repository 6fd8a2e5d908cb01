// SPDX-License-Identifier: GPL-2.0-or-later
// One live chart of one I/O measure (IOPS, throughput or latency) for the
// original and its interposer, over the last minute. In the window's
// colours (light or dark) and font (the kiosk's is larger), its numbers
// in the user's locale.
#pragma once

#include <QChartView>

class QLineSeries;
class QValueAxis;

class IoChart : public QChartView
{
	Q_OBJECT

public:
	IoChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

	// Names the lines by the original's and the interposer's kernel
	// names; the legend says which is which ("sda1 (original)"). An
	// interposer not known yet is "interposer".
	void setSeriesNames(const QString &original, const QString &interposer);
	// A sample taken `seconds` after the session was first followed.
	void addSample(double seconds, double original, double interposer);
	void clear();
	int sampleCount() const;
	// What the legend says, in the lines' order.
	QStringList legendLabels() const;
	double lastValue(int series) const;

	static constexpr double windowSeconds = 60;
	// The top of the value axis for the highest value shown: 1, 2, 4, 6
	// times a power of ten, at least 1.1 times the value. The axis has
	// three labels (0, half, top), and every half is a whole number but 1's.
	static double axisTop(double highest);
	// printf format of the value axis's labels for that top.
	static QString axisLabelFormat(double top);

protected:
	void changeEvent(QEvent *event) override;

private:
	void followPalette();
	void followFont();

	QLineSeries *m_original;
	QLineSeries *m_interposer;
	QValueAxis *m_x;
	QValueAxis *m_y;
};
