// SPDX-License-Identifier: GPL-2.0-or-later
// The kinds and their a{sv} options (DESIGN.md §4), parsed and checked:
// unknown keys, wrong D-Bus types and out-of-range numbers are refused with
// a sentence that names the device, the option and the allowed range.
#pragma once

#include "kinds.h"
#include "optionlimits.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

struct DelaySettings {
	quint32 readMs = 0;
	quint32 writeMs = 0;
	quint32 flushMs = 0;
	friend bool operator==(const DelaySettings &, const DelaySettings &) = default;
};

enum class FlakeyMode { ErrorReads, ErrorWrites, DropWrites };
QString flakeyModeName(FlakeyMode mode);

struct FlakeySettings {
	quint32 upSeconds = 0;
	quint32 downSeconds = 0;
	FlakeyMode mode = FlakeyMode::ErrorWrites;
	friend bool operator==(const FlakeySettings &, const FlakeySettings &) = default;
};

struct SnapshotSettings {
	QString store;                 // a block device or a directory
	std::optional<quint64> storeSize; // bytes, directory stores only
	quint32 chunkSectors = 8;
	// The caller knows the block device store holds data (a filesystem,
	// a partition table...) and wants it overwritten; an administrator is
	// asked every time.
	bool overwrite = false;
};

struct AttachOptions {
	Kind kind = Kind::Linear;
	DelaySettings delay;
	FlakeySettings flakey;
	SnapshotSettings snapshot;
};


// Whether the caller asked polkit not to interact (auth.no_user_interaction);
// refuses a value that is not a boolean.
bool noUserInteraction(const QVariantMap &options, const QString &device);

// Option error.parameters (b), which every call with options takes: its
// errors carry their source text and parameters after the English
// sentence (errortext.h). Asked for, not given to all: GLib's clients
// (gdbus, PyGObject) show an error only if its body is one string.
inline constexpr const char *errorParametersOption = "error.parameters";
class QDBusMessage;
// Whether call asks for them: its options, wherever they are among its
// arguments, if they can be read at all (an error about them too).
bool wantsErrorParameters(const QDBusMessage &call);

// Attach(device, kind, options): device is only used in sentences.
AttachOptions parseAttachOptions(const QString &device, const QString &kind,
				 const QVariantMap &options);

// Reconfigure(options) of a session of the given kind and settings: keys
// given replace the current values, keys left out keep them.
AttachOptions parseReconfigureOptions(const QString &device, const AttachOptions &current,
				      const QVariantMap &options);

// Detach(options) and ExportSnapshot(fd, options) take only the common key.
void parseCommonOnly(const QString &device, const QString &method, const QVariantMap &options);

// The options as Session.Options shows them (D-Bus types as in Attach).
QVariantMap optionsToMap(const AttachOptions &options);
