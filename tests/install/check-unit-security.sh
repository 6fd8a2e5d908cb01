#!/bin/bash
# The helper's systemd unit keeps its sandbox (issue 16, finding 8):
# `systemd-analyze security` rates its exposure at most MAX (default 2.5),
# and systemd reads every line of it without a warning (a misspelt or
# ill-valued setting is ignored with only a warning, and a sandbox with a
# hole would still be rated well). Prints the exposure; on failure, the
# whole table.
#   check-unit-security.sh UNIT_FILE [MAX]
# UNIT_FILE: the unit as configured into the build tree, the file that
# `cmake --install` copies to lib/systemd/system/.
set -euo pipefail
unit=$1
max=${2:-2.5}
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v systemd-analyze >/dev/null || fail "systemd-analyze is missing (Debian package systemd)"
[ -r "$unit" ] || fail "no unit file $unit"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
name=$(basename "$unit")

# --threshold takes ten times the exposure (2.5 -> 25); --offline rates
# the file as written, not a loaded unit of this machine.
threshold=$(awk -v m="$max" 'BEGIN { printf "%d", m * 10 + 0.5 }')
rc=0
systemd-analyze security --no-pager --offline=yes --threshold="$threshold" "$unit" \
	>"$tmp/table" 2>"$tmp/warnings" || rc=$?
exposure=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9][0-9.]*\).*/\1/p' "$tmp/table")
[ -n "$exposure" ] || fail "systemd-analyze security printed no exposure (exit status $rc):
$(cat "$tmp/table" "$tmp/warnings")"
echo "exposure of $name: $exposure (at most $max allowed)"
[ ! -s "$tmp/warnings" ] || fail "systemd does not take every line of $name as written:
$(cat "$tmp/warnings")"
if [ "$rc" -ne 0 ] || awk -v e="$exposure" -v m="$max" 'BEGIN { exit !(e > m) }'; then
	cat "$tmp/table"
	fail "$name: exposure $exposure is above $max"
fi

# verify checks what security does not: the dependencies' names, the
# sections. Offline it also wants ExecStart's program to exist, which it
# does only once installed (install/files verifies the installed unit
# with it): name an existing program instead.
sed "s|^ExecStart=.*|ExecStart=$(command -v true)|" "$unit" >"$tmp/$name"
out=$(systemd-analyze verify --man=no "$tmp/$name" 2>&1) || fail "systemd-analyze verify: $out"
[ -z "$out" ] || fail "systemd-analyze verify complains: $out"
echo "$name: verified, exposure $exposure"
