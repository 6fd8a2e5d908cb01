// SPDX-License-Identifier: GPL-2.0-or-later
// The colours of warning and error sentences, readable on the window's
// background, light or dark: a contrast of at least 4.5:1 (WCAG 2's
// level AA for text), which tst_textcolors computes for both.
#pragma once

#include <QColor>
#include <QPalette>

QColor warningTextColor(const QPalette &palette);
QColor errorTextColor(const QPalette &palette);
// WCAG 2's contrast ratio of two colours: from 1 (the same) to 21.
double contrastRatio(const QColor &a, const QColor &b);
