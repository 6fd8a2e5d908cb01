// SPDX-License-Identifier: GPL-2.0-or-later
// The last minute of I/O rates of every session on the machine, shown or
// not: the charts of a session chosen again show its minute, not an
// empty one. Each session (by a key, its object path) is followed by its
// original's and its interposer's kernel names, sampled once a second
// from /sys/class/block/*/stat.
#pragma once

#include "iostats.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

struct IoPoint {
	double seconds = 0; // since the session was first followed
	IoRates original;
	IoRates interposer;
};

class IoHistory : public QObject
{
	Q_OBJECT

public:
	static constexpr double keptSeconds = 60;

	explicit IoHistory(const QString &sysfsRoot, QObject *parent = nullptr);

	// Follows a session, or updates the names of one followed (an
	// interposer known late: udev's event often comes after the helper's
	// session).
	void follow(const QString &key, const QString &original, const QString &interposer);
	// Follows exactly these (key → original, interposer); the history of
	// the others is forgotten.
	void followOnly(const QHash<QString, std::pair<QString, QString>> &sessions);
	QList<IoPoint> points(const QString &key) const;
	IoStatSampler *sampler() const { return m_sampler; }

Q_SIGNALS:
	void added(const QString &key, const IoPoint &point);

private:
	struct Entry {
		QString original;
		QString interposer;
		QElapsedTimer clock;
		IoRates interposerRates{};
		QList<IoPoint> points;
	};

	// Adds or renames one; true if anything changed.
	bool setEntry(const QString &key, const QString &original, const QString &interposer);
	void onSampled(const QString &name, const IoRates &rates);
	void sampleWhatIsFollowed();

	IoStatSampler *m_sampler;
	QHash<QString, Entry> m_entries;
};
