// SPDX-License-Identifier: GPL-2.0-or-later
// Undo steps, run in reverse order unless the whole operation committed:
// how an attach ends as a whole session or nothing.
#pragma once

#include <QDebug>
#include <QList>
#include <functional>

#include "helpererror.h"

class Rollback
{
public:
	Rollback() = default;
	Rollback(const Rollback &) = delete;
	Rollback &operator=(const Rollback &) = delete;
	~Rollback()
	{
		if (m_committed)
			return;
		while (!m_undo.isEmpty()) {
			auto step = m_undo.takeLast();
			try {
				step();
			} catch (const HelperError &e) {
				// Keep undoing the rest; the journal says what stayed.
				qWarning("rollback step failed: %s", qPrintable(e.message()));
			}
		}
	}

	void push(std::function<void()> undo) { m_undo.append(std::move(undo)); }
	void commit() { m_committed = true; }

private:
	QList<std::function<void()>> m_undo;
	bool m_committed = false;
};
