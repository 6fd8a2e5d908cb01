// SPDX-License-Identifier: GPL-2.0-or-later
// The client's side of ExportSnapshot, for the CLI and the GUI: the
// destination is opened with the caller's own rights (the helper never
// opens a path it is given for writing), and the helper's job is followed
// from before the call, since a short export may complete before its
// reply is read.
#pragma once

#include "helperclient.h"

#include <QDBusUnixFileDescriptor>
#include <QHash>
#include <QObject>
#include <optional>

// The destination is made new (O_CREAT|O_EXCL, mode 0600: the image holds
// every file of the filesystem, other users' too), so the helper never
// writes into a file that existed: not into another program's file
// through a symlink planted in its place, nor after old bytes. Replace
// (the file dialog asked the user) removes an existing file first.
// nullopt and *error (naming the file) if it cannot be made.
enum class ExistingFile { Refuse, Replace };
std::optional<QDBusUnixFileDescriptor> openExportFile(const QString &path, ExistingFile existing, QString *error);
// Removes the file openExportFile made, after a refused or failed export:
// an image cut short is no image.
void discardExportFile(const QString &path);

class ExportFollower : public QObject
{
	Q_OBJECT

public:
	// How a failure is said: as Completed says it, in English (the CLI,
	// as for its other errors), or in the user's language from the
	// job's Failure where it sent one (the window).
	enum class Language { English, User };

	// Listens from now on: make it before calling ExportSnapshot.
	explicit ExportFollower(QDBusConnection bus, Language language = Language::English, QObject *parent = nullptr);

	// The job ExportSnapshot returned; completed() comes at once if it
	// already has.
	void follow(const QDBusObjectPath &job);

Q_SIGNALS:
	void progressed(double progress, quint64 bytesPerSecond);
	// message: the helper's sentence; with Language::User in the user's
	// language where the job gave its parts (Job.Failure) and the
	// catalogues have it.
	void completed(bool ok, const QString &message);
	// The helper left the bus: no completion will come.
	void helperGone();

private Q_SLOTS:
	// QtDBus connects signals by signature strings only.
	void onCompleted(const QDBusMessage &signal);
	void onPropertiesChanged(const QDBusMessage &signal);

private:
	void finish(bool ok, const QString &message);

	Language m_language;
	QString m_job;
	bool m_finished = false;
	double m_progress = 0;
	quint64 m_rate = 0;
	// Completions that arrived before the job was known, by path.
	QHash<QString, std::pair<bool, QString>> m_early;
	// Job.Failure of each job that sent one, said in the user's language,
	// by path: a job that fails at once may send it before its path is
	// known (only then is another job's kept, until this one's is).
	QHash<QString, QString> m_failures;
};
