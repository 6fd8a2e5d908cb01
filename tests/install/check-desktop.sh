#!/bin/bash
# The installed desktop integration of the interposer program is valid for
# the programs that read it: the desktop files (the program's, and the
# kiosk's launcher among the examples) for desktop-file-validate (not
# even a hint), the AppStream metainfo for appstreamcli (no error, warning or
# info), the icon is an SVG with a viewBox, the files name each other, and
# de, fr, ru and es are translated in both, in the catalogues' words.
#   check-desktop.sh BUILD_DIR
set -euo pipefail
build=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
id=org.interposer.Interposer
languages='de fr ru es'

DESTDIR=$root cmake --install "$build" >/dev/null
share=$root/usr/share
desktop=$share/applications/$id.desktop
metainfo=$share/metainfo/$id.metainfo.xml
for f in "$desktop" "$metainfo"; do
	[ -f "$f" ] || fail "${f#"$root"} is not installed"
done

kiosk=$share/doc/interposer/examples/$id.Kiosk.desktop
[ -f "$kiosk" ] || fail "${kiosk#"$root"} is not installed"
for f in "$desktop" "$kiosk"; do
	out=$(desktop-file-validate "$f" 2>&1) || fail "${f#"$root"}: desktop-file-validate: $out"
	[ -z "$out" ] || fail "${f#"$root"}: desktop-file-validate complains: $out"
done
echo "desktop files: valid"

# Only the verdict line may be printed; pedantic hints are counted in it but
# not shown without --pedantic (the id's capitals are one, and they are
# the id). Infos count as failures too: a missing content rating is one.
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "${metainfo#"$root"}: appstreamcli validate: $out"
complaints=$(grep -vE '^$|^✔ Validation was successful' <<<"$out" || true)
[ -z "$complaints" ] || fail "${metainfo#"$root"}: appstreamcli validate complains: $complaints"
echo "metainfo: valid"

# The values of KEY in the main group of the desktop file FILE (default:
# the program's), not in its actions.
entry() {
	awk -v key="$1" '
		/^\[/ { main = ($0 == "[Desktop Entry]") }
		main && index($0, key "=") == 1 { print substr($0, length(key) + 2) }
	' "${2:-$desktop}"
}
xpath() { xmllint --xpath "$1" "$metainfo" 2>/dev/null || true; }

icon=$(entry Icon)
[ -n "$icon" ] || fail "${desktop#"$root"}: no Icon"
[ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] ||
	fail "${desktop#"$root"}: Icon=$icon names no installed icons/hicolor/scalable/apps/$icon.svg"
svg=$share/icons/hicolor/scalable/apps/$icon.svg
out=$(xmllint --noout "$svg" 2>&1) || fail "${svg#"$root"}: not well-formed XML: $out"
viewbox=$(xmllint --xpath 'string(/*[local-name()="svg"]/@viewBox)' "$svg")
[ -n "$viewbox" ] || fail "${svg#"$root"}: the svg element has no viewBox"

launchable=$(xpath 'string(/component/launchable[@type="desktop-id"])')
[ -n "$launchable" ] || fail "${metainfo#"$root"}: no desktop-id launchable"
[ -f "$share/applications/$launchable" ] ||
	fail "${metainfo#"$root"}: launchable $launchable names no installed desktop file"
[ "$launchable" = "$id.desktop" ] || fail "${metainfo#"$root"}: launchable $launchable is not $id.desktop"

# A system tool for file systems, written with Qt; and no kiosk action on
# a desktop where no kiosk is set up: its launcher is the example's.
[ "$(entry Categories)" = "Qt;System;Filesystem;" ] ||
	fail "${desktop#"$root"}: Categories=$(entry Categories), not Qt;System;Filesystem;"
! grep -qE '^Actions=|^\[Desktop Action|--kiosk' "$desktop" ||
	fail "${desktop#"$root"}: offers the kiosk: $(grep -E '^Actions=|--kiosk' "$desktop")"
[ "$(entry Exec "$kiosk")" = "interposer --kiosk" ] ||
	fail "${kiosk#"$root"}: Exec=$(entry Exec "$kiosk"), not interposer --kiosk"
[ "$(entry Icon "$kiosk")" = "$(entry Icon)" ] || fail "${kiosk#"$root"}: another icon than the program's"

# The programs they point at are installed.
exec=$(entry Exec)
[ -x "$root/usr/bin/${exec%% *}" ] || fail "${desktop#"$root"}: Exec=$exec names no installed /usr/bin program"
for binary in $(xpath '/component/provides/binary/text()'); do
	[ -x "$root/usr/bin/$binary" ] || fail "${metainfo#"$root"}: provides binary $binary, not installed in /usr/bin"
done
echo "icon, launchable, programs: installed"

# Translated means present and, but for the name, not the English text.
for lang in $languages; do
	for f in "$desktop" "$kiosk"; do
		for key in Name GenericName Comment; do
			value=$(entry "$key[$lang]" "$f")
			[ -n "$value" ] || fail "${f#"$root"}: no $key[$lang]"
			[ "$key" = Name ] || [ "$value" != "$(entry "$key" "$f")" ] ||
				fail "${f#"$root"}: $key[$lang] is the English text"
		done
	done
	for element in name summary; do
		value=$(xpath "string(/component/$element[@xml:lang='$lang'])")
		[ -n "$value" ] || fail "${metainfo#"$root"}: no $element in xml:lang $lang"
		[ "$element" = name ] || [ "$value" != "$(xpath "string(/component/$element[not(@xml:lang)])")" ] ||
			fail "${metainfo#"$root"}: $element in xml:lang $lang is the English text"
	done
done
echo "translations: $languages"

# Their words are the catalogues' (context DesktopEntry), which hold the
# window's too: "Snapshot" in the German menu and the German summary.
src=$(cd "$(dirname "$0")/../.." && pwd)
catalogue() { # LANG ENGLISH: the translation of ENGLISH in LANG's catalogue
	python3 - "$src/translations/interposer_$1.ts" "$2" <<'EOF'
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot().iter('context'):
	if ctx.findtext('name') == 'DesktopEntry':
		for m in ctx.iter('message'):
			t = m.find('translation')
			if m.findtext('source') == sys.argv[2] and t.get('type') is None:
				print(t.text)
EOF
}
for lang in $languages; do
	for f in "$desktop" "$kiosk"; do
		for key in Name GenericName Comment Keywords; do
			english=$(entry "$key" "$f")
			[ -n "$english" ] || continue
			want=$(catalogue "$lang" "$english")
			[ -n "$want" ] || fail "translations/interposer_$lang.ts has no DesktopEntry translation of “$english”"
			[ "$(entry "$key[$lang]" "$f")" = "$want" ] ||
				fail "${f#"$root"}: $key[$lang] is not the catalogue's: “$(entry "$key[$lang]" "$f")”"
		done
	done
	for element in summary screenshots/screenshot/caption; do
		english=$(xpath "string(/component/$element[not(@xml:lang)])")
		want=$(catalogue "$lang" "$english")
		[ -n "$want" ] || fail "translations/interposer_$lang.ts has no DesktopEntry translation of “$english”"
		[ "$(xpath "string(/component/$element[@xml:lang='$lang'])")" = "$want" ] ||
			fail "${metainfo#"$root"}: $element in $lang is not the catalogue's"
	done
done
echo "their words: the catalogues'"
