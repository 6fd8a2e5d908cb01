// SPDX-License-Identifier: GPL-2.0-or-later
// The argument syntax of interposerctl, turned into the helper's a{sv}
// options. Usage errors are returned as sentences (exit status 2).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

// interposerctl's sentences, in the catalogue's "interposerctl" context.
// Option names, JSON keys and the tokens scripts read stay English.
class Cli
{
	Q_DECLARE_TR_FUNCTIONS(interposerctl)
};

struct CliRequest {
	QString command;      // list, attach, set, export, detach, status
	QString device;
	QString kind;         // attach
	QVariantMap options;  // attach, set
	QString exportTo;     // export
	bool json = false;
	bool noInteraction = false;
};

// nullopt and *error set on a usage error.
std::optional<CliRequest> parseCommandLine(const QStringList &args, QString *error);

// "512M", "2G", "1048576": bytes. nullopt if not a size.
std::optional<quint64> parseSize(const QString &text);

QString usageText();
