// SPDX-License-Identifier: GPL-2.0-or-later
// The dialog of one action on one device: it says what will happen to
// which mounted filesystem, warns for the root filesystem and swap, offers
// only values the helper accepts, then calls the helper without blocking
// and shows the helper's sentence if it refuses.
#pragma once

#include "attachkind.h"
#include "settingspins.h"

#include <QDialog>

class HelperAction;
class HelperActions;
class HelperStatus;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

class AttachDialog : public QDialog
{
	Q_OBJECT

public:
	AttachDialog(HelperActions *actions, const BlockDevice &device, Kind kind, QWidget *parent = nullptr);

	Kind kind() const { return m_kind; }
	const BlockDevice &device() const { return m_device; }
	// The options the call will carry, from the controls.
	QVariantMap options() const;
	// The sentences above the controls (for tests and screen readers).
	QString summaryText() const;
	QString warningText() const;
	QString errorText() const;
	bool isBusy() const { return m_pending != nullptr; }
	// A snapshot's store, before the user changes it.
	void setStore(const QString &store);
	// Greys out the option values the helper refuses on this machine
	// (the fault "Fail every read" below Linux 6.5), and says why.
	void withholdUnsupported(const HelperStatus &status);
	QString withheldText() const;

	// Sends the call, as the OK button does.
	void submit();
	QLabel *warningLabel() const { return m_warning; }
	QLabel *errorLabel() const { return m_error; }

protected:
	void changeEvent(QEvent *event) override;

private:
	// The warning's and the error's colours for the palette now.
	void colourSentences();
	QWidget *buildDelayControls();
	QWidget *buildSnapshotControls();
	QWidget *buildFlakeyControls();
	void updateSummary();
	void setBusy(bool busy);
	void onFinished(HelperAction *action);

	HelperActions *m_actions;
	BlockDevice m_device;
	Kind m_kind;
	QLabel *m_summary = nullptr;
	QLabel *m_warning = nullptr;
	QLabel *m_error = nullptr;
	QWidget *m_controls = nullptr;
	QProgressBar *m_busy = nullptr;
	QLabel *m_busyText = nullptr;
	QDialogButtonBox *m_buttons = nullptr;
	DelaySpins m_delay;
	// snapshot
	QLineEdit *m_store = nullptr;
	QSpinBox *m_storeMiB = nullptr;
	QComboBox *m_chunk = nullptr;
	// flakey
	FlakeySpins m_flakey;
	QComboBox *m_mode = nullptr;
	QLabel *m_withheld = nullptr;
	HelperAction *m_pending = nullptr;
};

