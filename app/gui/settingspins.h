// SPDX-License-Identifier: GPL-2.0-or-later
// The spin boxes of the settings a session can change live, alike in the
// action dialog and the session panel: labels, names for screen readers,
// and the ranges the helper accepts.
#pragma once

class QFormLayout;
class QSpinBox;

struct DelaySpins {
	QSpinBox *read;
	QSpinBox *write;
};
// Two rows: reads wait, writes wait (ms).
DelaySpins addDelaySpins(QFormLayout *form);

struct FlakeySpins {
	QSpinBox *up;
	QSpinBox *down;
};
// Two rows: works for, then fails for (s).
FlakeySpins addFlakeySpins(QFormLayout *form);
