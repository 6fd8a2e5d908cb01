// SPDX-License-Identifier: GPL-2.0-or-later
// The band at the top of a window that says, before any click, why
// nothing can be attached here and what to type to fix it: the helper not
// installed or not starting, the kernel module not built for this kernel,
// not loaded, refused by Secure Boot, or of another version. Hidden when
// all is well; "Check again" reads the helper anew after the fix.
#pragma once

#include <QFrame>

class HelperStatus;
class QLabel;
class QPushButton;

class ReadinessBanner : public QFrame
{
	Q_OBJECT

public:
	explicit ReadinessBanner(HelperStatus *status, QWidget *parent = nullptr);

	// What it says (for tests and screen readers): the cause, the fix.
	QString text() const;
	QString command() const;
	// The kiosk offers no guide: a window of its own would stay over the
	// booth's screen.
	void setGuideOffered(bool offered);

protected:
	void changeEvent(QEvent *event) override;

private:
	void showAdvice();
	void colour();

	HelperStatus *m_status;
	QLabel *m_icon;
	QLabel *m_text;
	QLabel *m_command;
	QPushButton *m_again;
	QPushButton *m_guide;
};
