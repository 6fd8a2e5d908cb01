#!/bin/bash
# tools/bootstrap.d/apt-mirror finds the mirror a machine's apt uses, in
# one-line and deb822 sources, options and comments included, a disabled
# deb822 entry skipped, and fails with a sentence when no source serves the
# release (issue 17: no script may name a mirror of its own).
set -u
tool=$(cd "$(dirname "$0")/../.." && pwd)/tools/bootstrap.d/apt-mirror
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
printf 'ID=debian\nVERSION_CODENAME=bookworm\n' >"$work/os-release"

# expect ETC WHAT WANT: apt-mirror WHAT prints WANT (or fails, WANT=fail).
expect() {
	local out status
	out=$(APT_ETC="$work/$1" OS_RELEASE="$work/os-release" "$tool" "$2" 2>&1)
	status=$?
	if [ "$3" = fail ]; then
		if [ $status = 0 ] || ! grep -q "no apt source of this machine serves" <<<"$out"; then
			echo "FAIL: $1 $2: expected a refusal, got ($status) $out"
			failures=$((failures + 1))
			return
		fi
	elif [ $status != 0 ] || [ "$out" != "$3" ]; then
		echo "FAIL: $1 $2: expected $3, got ($status) $out"
		failures=$((failures + 1))
		return
	fi
	echo "ok: $1 $2: $out"
}

mkdir -p "$work"/{oneline,deb822,both,none}/sources.list.d
cat >"$work/oneline/sources.list" <<'END'
# deb http://commented.example/debian bookworm main
deb-src http://src.example/debian bookworm main
deb [arch=amd64 signed-by=/usr/share/keyrings/k.gpg] http://mirror.example/debian/ bookworm main contrib
deb http://security.example/debian-security bookworm-security main
END
cat >"$work/deb822/sources.list.d/debian.sources" <<'END'
Types: deb-src
URIs: http://src.example/debian
Suites: bookworm

Types: deb deb-src
URIs: http://proxy.example:3142/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
Enabled: no
URIs: http://disabled.example/debian-security
Suites: bookworm-security

Types: deb
URIs: http://proxy.example:3142/debian-security
Suites: bookworm-security
END
# A one-line file in sources.list.d comes before the deb822 ones (apt's order).
echo "deb http://first.example/debian bookworm main" >"$work/both/sources.list.d/a.list"
cp "$work/deb822/sources.list.d/debian.sources" "$work/both/sources.list.d/"
echo "deb http://other.example/debian trixie main" >"$work/none/sources.list"

expect oneline archive http://mirror.example/debian
expect oneline security http://security.example/debian-security
expect deb822 archive http://proxy.example:3142/debian
expect deb822 security http://proxy.example:3142/debian-security
expect both archive http://first.example/debian
expect none archive fail
expect none security fail

[ $failures = 0 ] || { echo "$failures failures"; exit 1; }
echo "apt-mirror: every case as expected"
