// SPDX-License-Identifier: GPL-2.0-or-later
#include "userguide.h"

#include "userguidetext.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

QTextBrowser *showUserGuide(QWidget *parent, const QString &section)
{
	auto *guide = parent->findChild<QTextBrowser *>(QStringLiteral("userGuide"), Qt::FindDirectChildrenOnly);
	if (!guide) {
		guide = new QTextBrowser(parent);
		guide->setObjectName(QStringLiteral("userGuide"));
		guide->setWindowFlag(Qt::Window);
		guide->setAttribute(Qt::WA_DeleteOnClose);
		guide->setWindowTitle(QCoreApplication::translate("UserGuide", "Interposer user guide"));
		guide->setAccessibleName(QCoreApplication::translate("UserGuide", "User guide"));
		guide->setOpenExternalLinks(true);
		guide->setMarkdown(QString::fromUtf8(kUserGuide));
		guide->resize(760, 640);
	}
	if (!section.isEmpty()) {
		// Markdown's headings carry no anchors here: the block whose
		// heading level is set and whose text starts with the section.
		for (QTextBlock b = guide->document()->begin(); b.isValid(); b = b.next()) {
			if (b.blockFormat().headingLevel() > 0 && b.text().startsWith(section)) {
				QTextCursor at(b);
				guide->setTextCursor(at);
				guide->ensureCursorVisible();
				break;
			}
		}
	}
	guide->show();
	guide->raise();
	guide->activateWindow();
	return guide;
}
