// SPDX-License-Identifier: GPL-2.0-or-later
#include "iohistory.h"

IoHistory::IoHistory(const QString &sysfsRoot, QObject *parent)
	: QObject(parent), m_sampler(new IoStatSampler(sysfsRoot, this))
{
	connect(m_sampler, &IoStatSampler::sampled, this, &IoHistory::onSampled);
}

void IoHistory::follow(const QString &key, const QString &original, const QString &interposer)
{
	if (setEntry(key, original, interposer))
		sampleWhatIsFollowed();
}

bool IoHistory::setEntry(const QString &key, const QString &original, const QString &interposer)
{
	auto it = m_entries.find(key);
	if (it == m_entries.end()) {
		it = m_entries.insert(key, Entry{original, interposer, {}, {}, {}});
		it->clock.start();
	} else if (it->original == original && it->interposer == interposer) {
		return false;
	} else {
		// The interposer's rates start from its next two samples.
		it->original = original;
		it->interposer = interposer;
		it->interposerRates = {};
	}
	return true;
}

void IoHistory::followOnly(const QHash<QString, std::pair<QString, QString>> &sessions)
{
	bool changed = false;
	for (auto it = m_entries.begin(); it != m_entries.end();) {
		if (sessions.contains(it.key())) {
			++it;
		} else {
			it = m_entries.erase(it);
			changed = true;
		}
	}
	for (auto it = sessions.cbegin(); it != sessions.cend(); ++it)
		changed = setEntry(it.key(), it->first, it->second) || changed;
	if (changed)
		sampleWhatIsFollowed();
}

QList<IoPoint> IoHistory::points(const QString &key) const
{
	return m_entries.value(key).points;
}

void IoHistory::sampleWhatIsFollowed()
{
	// Each interposer before its original: a point is made with the
	// original's sample and takes the interposer's of the same tick.
	QStringList names;
	for (const Entry &e : std::as_const(m_entries)) {
		if (!e.interposer.isEmpty())
			names << e.interposer;
		names << e.original;
	}
	if (names.isEmpty()) {
		m_sampler->stop();
		return;
	}
	const bool first = !m_sampler->isRunning();
	m_sampler->setDevices(names);
	if (first)
		m_sampler->start();
}

void IoHistory::onSampled(const QString &name, const IoRates &rates)
{
	// Told after the loop: a receiver may follow another session.
	QList<std::pair<QString, IoPoint>> made;
	for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
		Entry &e = *it;
		if (name == e.interposer) {
			e.interposerRates = rates;
		} else if (name == e.original) {
			const IoPoint point{double(e.clock.elapsed()) / 1000, rates, e.interposerRates};
			e.points.append(point);
			// A little more than the charts show, so their left edge
			// has a line to its end.
			while (!e.points.isEmpty() && e.points.constFirst().seconds < point.seconds - keptSeconds - 2)
				e.points.removeFirst();
			made.append({it.key(), point});
		}
	}
	for (const auto &[key, point] : std::as_const(made))
		Q_EMIT added(key, point);
}
