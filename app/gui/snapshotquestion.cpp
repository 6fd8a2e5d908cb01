// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshotquestion.h"

#include "datasize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>

namespace {

// A context of its own for the catalogues (lupdate sees SnapshotQuestion::tr).
struct SnapshotQuestion {
	Q_DECLARE_TR_FUNCTIONS(SnapshotQuestion)
};

QString whatGoes(const SessionInfo &s)
{
	const QString taken =
		QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(s.started / 1000)), QLocale::ShortFormat);
	//: %1 the snapshot device, %2 its time, %3 the store's directory or device, %4 a size
	return SnapshotQuestion::tr("the filesystem as it was at %2, readable at %1, and its store in %3 (%4 used)")
		.arg(s.snapshotDevice, taken, s.options.value(QStringLiteral("store")).toString(),
		     formatBytes(s.snapshotUsage.used));
}

} // namespace

QMessageBox *snapshotLossQuestion(const QList<SessionInfo> &snapshots, QWidget *parent)
{
	QStringList devices, lost;
	for (const SessionInfo &s : snapshots) {
		devices << s.device;
		lost << QStringLiteral("%1: %2.").arg(s.device, whatGoes(s));
	}
	auto *box = new QMessageBox(QMessageBox::Warning,
				    snapshots.size() == 1 ? SnapshotQuestion::tr("Detach %1").arg(devices.value(0)) : SnapshotQuestion::tr("Detach all"),
				    snapshots.size() == 1
					    ? SnapshotQuestion::tr("Detach deletes the snapshot of %1 and its store.").arg(devices.value(0))
					    : SnapshotQuestion::tr("Detach deletes the snapshots of %1 and their stores.")
						      .arg(QLocale().createSeparatedList(devices)),
				    QMessageBox::NoButton, parent);
	box->setAttribute(Qt::WA_DeleteOnClose);
	box->setWindowModality(Qt::WindowModal);
	box->setInformativeText(lost.join(QLatin1Char('\n')) + QLatin1Char('\n') +
				SnapshotQuestion::tr("They are gone for good after Detach; the devices themselves keep every write. To keep a snapshot, export it as an image first."));
	box->addButton(snapshots.size() == 1 ? SnapshotQuestion::tr("Detach and &delete the snapshot") : SnapshotQuestion::tr("Detach and &delete them"),
		       QMessageBox::DestructiveRole);
	box->addButton(QMessageBox::Cancel);
	box->setDefaultButton(QMessageBox::Cancel);
	return box;
}
