#!/bin/bash
# tools/install's refusal of systems and kernels it does not support, and
# its acceptance of every one it does (issue 17): each os-release of Debian
# 12, 13 and unstable with each kernel line Debian ships passes; testing,
# Ubuntu, another distribution and other kernels are refused with a
# sentence that names what was found and what is supported.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tools/install.d/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

os() { # os NAME LINES...: an os-release file
	local name=$1
	shift
	printf '%s\n' "$@" >"$work/$name"
}
os bookworm 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"' ID=debian VERSION_ID=12 VERSION_CODENAME=bookworm
os trixie 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"' ID=debian VERSION_ID=13 VERSION_CODENAME=trixie
os sid 'PRETTY_NAME="Debian GNU/Linux forky/sid"' ID=debian VERSION_CODENAME=forky
os forky 'PRETTY_NAME="Debian GNU/Linux 14 (forky)"' ID=debian VERSION_CODENAME=forky
os ubuntu 'PRETTY_NAME="Ubuntu 24.04.3 LTS"' ID=ubuntu ID_LIKE=debian VERSION_CODENAME=noble
os fedora 'PRETTY_NAME="Fedora Linux 43 (Workstation Edition)"' ID=fedora

# expect accept|refuse OS KERNEL [WORDS...]: the sentence of a refusal must
# hold every word.
expect() {
	local want=$1 os=$2 kernel=$3 out status
	shift 3
	out=$( (require_supported_system "$work/$os" "$kernel") 2>&1)
	status=$?
	if [ "$want" = accept ] && [ $status != 0 ]; then
		echo "FAIL: $os with $kernel refused: $out"
		failures=$((failures + 1))
	elif [ "$want" = refuse ] && [ $status = 0 ]; then
		echo "FAIL: $os with $kernel accepted"
		failures=$((failures + 1))
	else
		for w in "$@"; do
			if ! grep -qF -- "$w" <<<"$out"; then
				echo "FAIL: $os with $kernel: '$w' is not in: $out"
				failures=$((failures + 1))
			fi
		done
		echo "ok: $want $os $kernel${out:+: $out}"
	fi
}

for kernel in 6.1.0-57-amd64 6.12.118+deb12-amd64; do
	expect accept bookworm "$kernel"
done
for kernel in 6.12.118+deb13-amd64 7.3.4+deb13-amd64; do
	expect accept trixie "$kernel"
done
expect accept sid 7.2.13+deb14-amd64
expect refuse forky 7.2.13+deb14-amd64 "Debian GNU/Linux 14 (forky)" "Debian 13 (trixie)"
expect refuse ubuntu 6.8.0-90-generic "Ubuntu 24.04.3 LTS" "Debian 12 (bookworm)"
expect refuse fedora 6.17.1-300.fc43.x86_64 "Fedora Linux 43" "Debian unstable (sid)"
expect refuse bookworm 5.10.0-35-amd64 "5.10.0-35-amd64" "6.1 (Debian 12)" "7.x"
expect refuse trixie 6.16.12+deb13-amd64 "6.16.12+deb13-amd64" "6.12 (Debian 12 backports, Debian 13)"
expect refuse sid 8.0.1+deb14-amd64 "8.0.1+deb14-amd64"

# DKMS builds for the same kernels (kmod/dkms.conf), no more, no fewer.
dkms_re=$(sed -n 's/^BUILD_EXCLUSIVE_KERNEL="\(.*\)"$/\1/p' "$root/kmod/dkms.conf")
for kernel in 6.1.0-57-amd64 6.12.118+deb12-amd64 6.12.118+deb13-amd64 7.3.4+deb13-amd64 7.2.13+deb14-amd64 \
	5.10.0-35-amd64 6.16.12+deb13-amd64 8.0.1+deb14-amd64 6.8.0-90-generic; do
	installs=yes dkms=yes
	(require_supported_system "$work/bookworm" "$kernel") 2>/dev/null || installs=no
	[[ $kernel =~ $dkms_re ]] || dkms=no
	if [ $installs != $dkms ]; then
		echo "FAIL: $kernel: tools/install says $installs, kmod/dkms.conf ($dkms_re) says $dkms"
		failures=$((failures + 1))
	fi
done

[ $failures = 0 ] || { echo "$failures failures"; exit 1; }
echo "supported systems: every case as expected"
