#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# run.sh DIR NAME... -- CC FLAGS...
#
# Compiles the feature probes DIR/NAME.c, syntax only and with -Werror,
# with the compiler and flags of the kernel being built for, and prints
# -DIP_HAVE_<NAME> for each one that compiles (kmod/Kbuild, compat.h).
#
# All of them as one file, in one compiler run, which reads the kernel's
# headers once: one run per probe cost about 10 s each in a DKMS build
# under emulation, most of it those headers. A probe that does not
# compile is known by the errors in its own file, or by a note in it for
# an error inside a kernel macro (blame.awk); the others are compiled
# again together, without it, until they compile. So a probe is said to
# compile only if it did, beside the ones before it in NAME... (whose
# includes it sees: each probe includes what it uses). Whatever cannot be
# told apart that way (an error no probe's file accounts for, a round
# that blames none of the probes it compiled) falls back to one run per
# probe, as before. Each probe's names are its own (probe_<NAME>...), and
# a ";" after each ends a declaration that a probe's error left open
# (an error there is that probe's).
set -u
dir=$(cd "$1" && pwd) || exit 1
here=$(cd "$(dirname "$0")" && pwd) || exit 1
shift
names=
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	names="$names $1"
	shift
done
[ $# -gt 1 ] || { echo "usage: run.sh DIR NAME... -- CC FLAGS..." >&2; exit 1; }
shift
unit=$(mktemp "${TMPDIR:-/tmp}/blkinterposer-probes.XXXXXX") || exit 1
trap 'rm -f "$unit"' EXIT

# compile CC FLAGS...: compile the probes named in $probes together;
# their diagnostics in $out.
compile() {
	for name in $probes; do
		printf '#include "%s/%s.c"\n;\n' "$dir" "$name"
	done >"$unit"
	out=$(LC_ALL=C "$@" -Werror -fsyntax-only -x c "$unit" 2>&1)
}

# blamed: the probes that the diagnostics in $out blame, between spaces;
# " ? " if they cannot be told.
blamed() {
	printf '%s\n' "$out" | IP_PROBES_DIR="$dir/" IP_PROBES_UNIT=$unit IP_PROBES=$probes \
		"${AWK:-awk}" -f "$here/blame.awk" ||
		echo " ? "
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
	left=
	for name in $try; do
		case $failed in
		*" $name "*) ;;
		*) left="$left $name" ;;
		esac
	done
	case $failed in
	*" ? "*) left=$try ;;
	esac
	if [ "$left" = "$try" ]; then
		for name in $try; do
			probes=$name
			! compile "$@" || have="$have $name"
		done
		break
	fi
	try=$left
done
for name in $have; do
	printf -- '-DIP_HAVE_%s\n' "$(echo "$name" | LC_ALL=C tr '[:lower:]' '[:upper:]')"
done
