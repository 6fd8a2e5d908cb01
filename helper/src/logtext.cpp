// SPDX-License-Identifier: GPL-2.0-or-later
#include "logtext.h"

namespace {

constexpr qsizetype kMaxLogChars = 1000;

} // namespace

QString forLog(const QString &text)
{
	QString out;
	out.reserve(std::min(text.size(), kMaxLogChars) + 16);
	for (const QChar c : text) {
		if (out.size() >= kMaxLogChars) {
			out += QStringLiteral("… (cut)");
			break;
		}
		const char16_t u = c.unicode();
		if (u == u'\\')
			out += QStringLiteral("\\\\");
		else if (u < 0x20 || u == 0x7f)
			out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
		else if (u == 0x2028 || u == 0x2029 || u == 0x85)
			out += QStringLiteral("\\u{%1}").arg(uint(u), 4, 16, QLatin1Char('0'));
		else
			out += c;
	}
	return out;
}
