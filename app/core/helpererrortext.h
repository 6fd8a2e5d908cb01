// SPDX-License-Identifier: GPL-2.0-or-later
// What a helper's error reply says, in the user's language: the helper
// sends its sentence's source text and parameters after the English one
// (helper/dbus/errortext.h); the catalogues hold the source texts in the
// context "HelperError". Without them (another helper, a bus error), the
// reply's own message.
#pragma once

#include <QString>
#include <QVariantMap>

class QDBusMessage;

QString helperErrorSentence(const QDBusMessage &reply);

class ErrorText;
// text in the user's language, from the catalogues the program installed.
QString inUserLanguage(const ErrorText &text);

// options with error.parameters set: a call's errors then carry what
// helperErrorSentence needs (without it, their body is one string, which
// GLib's clients need).
QVariantMap askingForErrorParameters(QVariantMap options);
