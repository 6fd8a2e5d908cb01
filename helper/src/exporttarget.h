// SPDX-License-Identifier: GPL-2.0-or-later
// Where an export may be written: the file descriptor a caller hands to
// ExportSnapshot is the caller's choice, and the helper writes into it as
// root, so it must be what it claims to be (issue 16, finding 3).
#pragma once

#include "blockinspector.h"
#include "sessionrecord.h"

// Refuses, with a sentence naming the session's device and the reason, a
// target that is not a regular file open for writing without O_APPEND, a
// file on a filesystem answered by a process (FUSE) or stacked on others
// (overlayfs), and a file on the filesystem of the snapshot's origin or of
// its store.
void checkExportTarget(BlockInspector &inspector, const SessionRecord &session, const OpenFileInfo &target);
