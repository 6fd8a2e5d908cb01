// SPDX-License-Identifier: GPL-2.0-or-later
// The words of the desktop files and the metainfo (app/gui/data/), here
// for lupdate only: they go into the catalogues beside the window's own,
// so a translator sees "Snapshot" and "faults" as the window says them,
// and app/gui/data/translate-desktop.cmake writes the translations into
// the installed files. Each text is the file's English one, exactly;
// the build fails on a text of the files that has no translation. Never
// compiled.
#pragma once

#include <QtGlobal>

[[maybe_unused]] static const char *const kDesktopEntryTexts[] = {
	// org.interposer.Interposer.desktop
	QT_TRANSLATE_NOOP("DesktopEntry", "Interposer"),
	QT_TRANSLATE_NOOP("DesktopEntry", "Block Device Interposer"),
	QT_TRANSLATE_NOOP("DesktopEntry",
			  "Put a live, mounted partition under device-mapper (latency, snapshots, faults) without unmounting it"),
	//: Keywords of the desktop file: words separated by ";", ending with ";"
	QT_TRANSLATE_NOOP("DesktopEntry", "disk;partition;block;device-mapper;dm;latency;delay;snapshot;fault;flakey;storage;"),
	// org.interposer.Interposer.Kiosk.desktop
	QT_TRANSLATE_NOOP("DesktopEntry", "Interposer Kiosk"),
	QT_TRANSLATE_NOOP("DesktopEntry", "Block Device Interposer Demonstration"),
	QT_TRANSLATE_NOOP("DesktopEntry", "Show the demo devices of /etc/interposer/kiosk.conf full screen, for a booth"),
	// org.interposer.Interposer.metainfo.xml
	QT_TRANSLATE_NOOP("DesktopEntry", "Put a live, mounted partition under device-mapper"),
	QT_TRANSLATE_NOOP("DesktopEntry", "A busy partition under dm-delay, with its live latency chart"),
};
