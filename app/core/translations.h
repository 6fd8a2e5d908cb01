// SPDX-License-Identifier: GPL-2.0-or-later
// Chooses the user's language for a program: its catalogue, built into it
// as :/i18n/interposer_<lang>.qm, and Qt's own for the standard buttons.
#pragma once

class QCoreApplication;

// Installs the catalogues for QLocale::system() (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG); English, the source language, when there is none.
// Call it before the first translated string is made.
void installTranslations(QCoreApplication &app);
