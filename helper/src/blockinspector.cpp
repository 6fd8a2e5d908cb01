// SPDX-License-Identifier: GPL-2.0-or-later
#include "blockinspector.h"

#include <QSet>
#include <sys/sysmacros.h>

bool BlockInspector::stacksOn(dev_t dev, dev_t origin)
{
	QList<dev_t> todo{dev};
	QSet<dev_t> seen;
	while (!todo.isEmpty()) {
		dev_t d = todo.takeLast();
		if (d == origin)
			return true;
		if (seen.contains(d))
			continue;
		seen.insert(d);
		if (auto i = info(d)) {
			if (!i->slavesKnown)
				return true;
			todo.append(i->slaves);
		}
	}
	return false;
}

bool BlockInspector::stacksOnLoop(dev_t dev)
{
	QList<dev_t> todo{dev};
	QSet<dev_t> seen;
	while (!todo.isEmpty()) {
		const dev_t d = todo.takeLast();
		if (seen.contains(d))
			continue;
		seen.insert(d);
		const auto i = info(d);
		if (!i)
			continue;
		if (i->loop)
			return true;
		todo.append(i->slaves);
	}
	return false;
}

QString devNumber(dev_t dev)
{
	return QStringLiteral("%1:%2").arg(major(dev)).arg(minor(dev));
}
