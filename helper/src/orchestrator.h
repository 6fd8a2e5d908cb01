// SPDX-License-Identifier: GPL-2.0-or-later
// The steps of attach, detach and reconfigure (DESIGN.md §4), and the
// rebuilding of sessions from the kernel after a restart. Talks only to the
// interfaces, so every step and every rollback is tested with fakes.
#pragma once

#include "attachplan.h"
#include "devicemapper.h"
#include "intentlog.h"
#include "kernelcontrol.h"
#include "sessionrecord.h"
#include "storefactory.h"

#include <functional>

// What the running kernel can do that cannot be asked of device-mapper.
struct KernelCapabilities {
	bool flakeyErrorReads = false; // dm-flakey "error_reads", Linux 6.5+
	QString release;	       // uname's, e.g. "6.1.0-57-amd64"

	static KernelCapabilities ofRelease(const QString &release);
	static KernelCapabilities ofRunningKernel();
	// What Attach refuses although its kind is supported, for the
	// Manager's Unsupported property: "kind.option=value" → why.
	QVariantMap unsupported() const;
	// Why this kernel cannot fail only reads (flakeyErrorReads false).
	ErrorText noErrorReads() const;
};

class Orchestrator
{
public:
	// intents: where attach and detach mark the originals they are
	// changing, so that recovery touches only what is its own.
	Orchestrator(KernelControl &kernel, DeviceMapper &dm, StoreFactory &stores,
		     IntentLog &intents, KernelCapabilities caps);

	// Tests call this between steps to simulate a crash (by throwing).
	std::function<void(const char *step)> afterStep;

	SessionRecord attach(const AttachPlan &plan, uint uid, quint64 startedUsec);
	// Clears what it has removed from record, so a failed detach can be
	// called again.
	void detach(SessionRecord &record);
	void reconfigure(SessionRecord &record, const AttachOptions &options);
	// Tears down what is left after the original went away, once the
	// module has let go of the interposer; false, with nothing done, while
	// it still holds it (the block device's "remove" uevent may come
	// before the module's teardown, whose own uevent then follows).
	bool cleanUpGone(const SessionRecord &record);

	// Sessions found in the kernel; half-done ones of this helper are
	// rolled back. Bypasses and device-mapper devices that are not the
	// helper's own (no intent, no INTERPOSER- uuid) are left alone.
	QList<SessionRecord> recover(BlockInspector &inspector);

	// (used, size) in bytes of a snapshot's store; throws if unreadable.
	std::pair<quint64, quint64> snapshotUsage(const SessionRecord &record) const;

	void checkSupported(const AttachOptions &options, const QString &device) const;

private:
	void step(const char *name);
	QList<SessionRecord> recoverOrThrow(BlockInspector &inspector);
	SessionRecord attachSteps(const AttachPlan &plan, uint uid, quint64 startedUsec);
	void detachSteps(SessionRecord &record);
	bool isOurs(const QString &dmName) const;
	void removeIfOurs(const QString &name);
	bool rollBackEntry(const KernelEntry &entry, const QString &id);

	KernelControl &m_kernel;
	DeviceMapper &m_dm;
	StoreFactory &m_stores;
	IntentLog &m_intents;
	KernelCapabilities m_caps;
};
