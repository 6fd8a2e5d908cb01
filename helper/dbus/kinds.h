// SPDX-License-Identifier: GPL-2.0-or-later
// The kinds of session (DESIGN.md §4) and the states of one, and their
// names on the bus, shared by the helper and its clients: the names are
// written and compared here only.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

enum class Kind { Linear, Delay, Snapshot, Flakey };

const QList<Kind> &allKinds();
// linear, delay, snapshot, flakey
QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
QStringList allKindNames();

enum class SessionState { Active, Detaching, Orphaned, Failed };

// active, detaching, orphaned, failed
QString sessionStateName(SessionState state);
std::optional<SessionState> sessionStateFromName(const QString &name);
