// SPDX-License-Identifier: GPL-2.0-or-later
// The spin boxes of the settings a session can change live, alike in the
// action dialog and the session panel: labels, names for screen readers,
// and the ranges the helper accepts; and the options they stand for, in
// the helper's names.
#pragma once

#include <QVariantMap>

class QFormLayout;
class QSpinBox;

struct DelaySpins {
	QSpinBox *read = nullptr;
	QSpinBox *write = nullptr;

	// read-ms, write-ms
	QVariantMap options() const;
	// Shows a session's options without emitting valueChanged.
	void setQuietly(const QVariantMap &options) const;
};
// Two rows: reads wait, writes wait (ms).
DelaySpins addDelaySpins(QFormLayout *form);

struct FlakeySpins {
	QSpinBox *up = nullptr;
	QSpinBox *down = nullptr;

	// up-seconds, down-seconds
	QVariantMap options() const;
	void setQuietly(const QVariantMap &options) const;
};
// Two rows: works for, then fails for (s).
FlakeySpins addFlakeySpins(QFormLayout *form);
