#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# run.sh DIR NAME... -- CC FLAGS...
#
# Compiles the feature probes DIR/NAME.c, syntax only and with -Werror,
# with the compiler and flags of the kernel being built for, and prints
# -DIP_HAVE_<NAME> for each one that compiles (kmod/Kbuild, compat.h).
#
# All of them in one compiler run, which reads the kernel's headers once:
# one run per probe cost about 10 s each in a DKMS build under emulation,
# most of it those headers. A probe that does not compile is known by the
# errors in its own file (or by a note in it, for an error inside one of
# the kernel's macros); the others are compiled again together, without
# it, until they compile. So a probe is said to compile only if it did.
# An error that no probe's file accounts for (a broken header, a missing
# probe file, a bad flag) falls back to one run per probe, as before.
# Each probe's names are its own (probe_<NAME>...): they share one file.
set -u
dir=$(cd "$1" && pwd) || exit 1
shift
names=
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	names="$names $1"
	shift
done
[ $# -gt 1 ] || { echo "usage: run.sh DIR NAME... -- CC FLAGS..." >&2; exit 1; }
shift

# compile CC FLAGS...: compile the probes named in $probes together;
# their diagnostics in $out.
compile() {
	out=$(for name in $probes; do printf '#include "%s/%s.c"\n' "$dir" "$name"; done |
		LC_ALL=C "$@" -Werror -fsyntax-only -x c - 2>&1)
}

# The probes that the diagnostics in $out blame, between spaces; " ? " if
# an error is in none of the probes' files and no note after it names one.
blamed() {
	printf '%s\n' "$out" | awk -v dir="$dir/" '
	function file_of(line) {
		if (!match(line, /:[0-9]+:[0-9]+: /))
			return ""
		return substr(line, 1, RSTART - 1)
	}
	function probe_of(file) {
		if (index(file, dir) != 1 || file !~ /\.c$/)
			return ""
		file = substr(file, length(dir) + 1)
		return substr(file, 1, length(file) - 2)
	}
	/:[0-9]+:[0-9]+: (fatal error|error|warning): / {
		if (unblamed)
			unknown = 1
		name = probe_of(file_of($0))
		unblamed = name == ""
		if (!unblamed)
			blame[name] = 1
		next
	}
	unblamed && /:[0-9]+:[0-9]+: note: / {
		name = probe_of(file_of($0))
		if (name != "") {
			blame[name] = 1
			unblamed = 0
		}
	}
	END {
		line = " "
		if (unblamed || unknown)
			line = " ? "
		else
			for (name in blame)
				line = line name " "
		print line
	}'
}

have=
try=$names
while [ -n "$try" ]; do
	probes=$try
	if compile "$@"; then
		have=$try
		break
	fi
	failed=$(blamed)
	case $failed in
	" " | *" ? "*)
		for name in $try; do
			probes=$name
			! compile "$@" || have="$have $name"
		done
		break
		;;
	esac
	left=
	for name in $try; do
		case $failed in
		*" $name "*) ;;
		*) left="$left $name" ;;
		esac
	done
	try=$left
done
for name in $have; do
	printf -- '-DIP_HAVE_%s\n' "$(echo "$name" | tr '[:lower:]' '[:upper:]')"
done
