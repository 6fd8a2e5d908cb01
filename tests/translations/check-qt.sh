#!/bin/bash
# The Qt catalogues translations/interposer_<lang>.ts hold exactly the
# messages of the sources now, every one finished and keeping its %N
# placeholders and its one '&' mnemonic; and interposerctl, with the .qm
# files built into it, speaks the language of the locale.
#   check-qt.sh SOURCE_DIR LUPDATE INTERPOSERCTL
set -euo pipefail
src=$1 lupdate=$2 ctl=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
languages='de es fr ru'

# What is to translate, extracted now from the files translations/
# CMakeLists.txt gives lupdate, into an empty catalogue.
shopt -s nullglob
sources=("$src"/app/{gui,core,cli}/*.{cpp,h} "$src"/helper/src/*.cpp)
"$lupdate" -silent -locations none -source-language en "${sources[@]}" -ts "$tmp/fresh.ts" ||
	fail "lupdate failed"

# (context, source, comment) identifies a message, as for lupdate.
python3 - "$tmp/fresh.ts" "$src/translations" $languages <<'EOF'
import re, sys
import xml.etree.ElementTree as ET

fresh_ts, tsdir, languages = sys.argv[1], sys.argv[2], sys.argv[3:]

def messages(path):
	out = {}
	for ctx in ET.parse(path).getroot().iter('context'):
		name = ctx.findtext('name')
		for m in ctx.iter('message'):
			key = (name, m.findtext('source'), m.findtext('comment') or '')
			out[key] = m
	return out

def show(key):
	return '%s: “%s”' % (key[0], key[1]) + (' (%s)' % key[2] if key[2] else '')

def placeholders(text):
	return sorted(set(re.findall(r'%L?([1-9][0-9]?)', text)))

def mnemonics(text):
	return text.replace('&&', '').count('&')

fresh = messages(fresh_ts)
if len(fresh) < 100:
	sys.exit('FAIL: only %d messages extracted from the sources' % len(fresh))
problems = []
for lang in languages:
	path = '%s/interposer_%s.ts' % (tsdir, lang)
	have = messages(path)
	for key in sorted(fresh.keys() - have.keys()):
		problems.append('%s: not in the catalogue (run the update_translations target): %s' % (lang, show(key)))
	for key in sorted(have.keys() - fresh.keys()):
		problems.append('%s: no longer in the sources: %s' % (lang, show(key)))
	for key, m in sorted(have.items()):
		t = m.find('translation')
		kind = t.get('type') if t is not None else 'missing'
		if kind:
			problems.append('%s: %s: %s' % (lang, kind, show(key)))
			continue
		forms = [f.text or '' for f in t.iter('numerusform')] or [t.text or '']
		for text in forms:
			if not text.strip():
				problems.append('%s: empty: %s' % (lang, show(key)))
			elif placeholders(text) != placeholders(key[1]):
				problems.append('%s: placeholders %s, the source has %s: %s'
						% (lang, placeholders(text), placeholders(key[1]), show(key)))
			elif mnemonics(text) != mnemonics(key[1]):
				problems.append('%s: %d “&” mnemonics, the source has %d: %s'
						% (lang, mnemonics(text), mnemonics(key[1]), show(key)))
	if not any(p.startswith(lang + ':') for p in problems):
		print('%s: %d of %d messages translated' % (lang, len(have), len(fresh)))
if problems:
	sys.exit('\n'.join('FAIL: ' + p for p in problems))
EOF

# The translation of SOURCE (context interposerctl) in LANG's catalogue.
translation() {
	python3 - "$src/translations/interposer_$1.ts" "$2" <<'EOF'
import sys
import xml.etree.ElementTree as ET
path, source = sys.argv[1], sys.argv[2]
for ctx in ET.parse(path).getroot().iter('context'):
	if ctx.findtext('name') == 'interposerctl':
		for m in ctx.iter('message'):
			if m.findtext('source') == source:
				print(m.findtext('translation'))
EOF
}

# interposerctl in each language (LANGUAGE first, as gettext does), and
# English for the C locale. Its usage on --help, and a usage error.
speaks() { # LANG LANGUAGE HELP_WORD ERROR_SENTENCE
	local out
	out=$(env -u LC_ALL -u LC_MESSAGES LANG="$1" LANGUAGE="$2" "$ctl" --help 2>&1) ||
		fail "interposerctl --help (LANG=$1): exit status $?"
	grep -qF -- "$3" <<<"$out" || fail "interposerctl --help with LANG=$1 LANGUAGE=$2 does not say “$3”:
$out"
	local status=0
	out=$(env -u LC_ALL -u LC_MESSAGES LANG="$1" LANGUAGE="$2" "$ctl" 2>&1) || status=$?
	[ "$status" = 2 ] || fail "interposerctl without a command (LANG=$1): exit status $status, want 2"
	grep -qF -- "interposerctl: $4" <<<"$out" ||
		fail "interposerctl without a command, LANG=$1 LANGUAGE=$2, does not say “$4”:
$out"
}
for lang in $languages; do
	help=$(translation "$lang" 'usage:')
	error=$(translation "$lang" 'no command given')
	[ -n "$help" ] && [ "$help" != 'usage:' ] || fail "$lang: “usage:” is not translated"
	[ -n "$error" ] && [ "$error" != 'no command given' ] || fail "$lang: “no command given” is not translated"
	region=$(tr a-z A-Z <<<"$lang")
	speaks "${lang}_$region.UTF-8" "$lang" "$help" "$error"
	echo "interposerctl speaks $lang: “$help”, “$error”"
done
speaks C '' 'usage:' 'no command given'
echo "interposerctl speaks English in the C locale"
