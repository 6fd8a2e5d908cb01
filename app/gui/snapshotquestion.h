// SPDX-License-Identifier: GPL-2.0-or-later
// The question asked before a Detach that deletes snapshots (Detach of a
// snapshot session, Detach all): it names each snapshot, its time, its
// store and what the store holds, says that the devices keep every write,
// and has "Detach and delete" (DestructiveRole) and Cancel, the default.
// Window-modal and deleted on close; the caller adds buttons (Export
// image…), connects buttonClicked and opens it.
#pragma once

#include "helperclient.h"

#include <QList>

class QMessageBox;
class QWidget;

QMessageBox *snapshotLossQuestion(const QList<SessionInfo> &snapshots, QWidget *parent);
