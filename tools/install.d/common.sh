# Shared by tools/install and tools/uninstall (sourced, bash).
state_dir=/var/lib/interposer         # what tools/install put where
modules_load=/usr/lib/modules-load.d/blkinterposer.conf
dkms_src_root=/usr/src

# The module's attached devices, one a line; nothing when it is not loaded.
module_mappings() { cat /sys/class/misc/blkinterposer/mappings 2>/dev/null || true; }

# usage: the script's header comment.
usage() { sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

say() { echo "${0##*/}: $*"; }
die() {
	echo "${0##*/}: $*" >&2
	exit 1
}

require_root_on_debian() {
	[ "$(id -u)" -eq 0 ] || die "run it as root: sudo $0"
	command -v dpkg-query >/dev/null || die "this is for Debian and Ubuntu (no dpkg here)"
}

# The systems Interposer supports: Debian 12 (bookworm) and 13 (trixie),
# and unstable (sid, whose os-release names the next release); the kernel
# lines Debian ships for them (kmod/dkms.conf builds for the same).
#   require_supported_system [OS_RELEASE_FILE KERNEL_RELEASE]
# (the arguments are for its test: /etc/os-release and the running kernel)
require_supported_system() {
	local os_release=${1:-/etc/os-release} kernel=${2:-$(uname -r)} id codename pretty
	id=$(. "$os_release" && echo "${ID:-}")
	codename=$(. "$os_release" && echo "${VERSION_CODENAME:-}")
	pretty=$(. "$os_release" && echo "${PRETTY_NAME:-$id}")
	local supported="Interposer supports Debian 12 (bookworm), Debian 13 (trixie) and Debian unstable (sid)"
	case "$id:$codename" in
	debian:bookworm | debian:trixie) ;;
	# Unstable and testing share the next release's code name; only
	# unstable's PRETTY_NAME ends in /sid.
	debian:*) [[ $pretty == */sid ]] || die "this is $pretty; $supported" ;;
	*) die "this is $pretty; $supported, the systems whose kernels its module is built and tested for" ;;
	esac
	[[ $kernel =~ ^(6\.(1|12)|7\.[0-9]+)\. ]] ||
		die "the running kernel is $kernel; blkinterposer supports the kernel lines Debian ships: 6.1 (Debian 12), 6.12 (Debian 12 backports, Debian 13) and 7.x (Debian 13 backports, unstable)"
}

project_version() {
	sed -n 's/^project([^)]*VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt"
}

# install_packages NAME...: the Debian packages not yet installed.
install_packages() {
	local p missing=()
	for p in "$@"; do
		[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
	done
	((${#missing[@]})) || return 0
	say "installing ${missing[*]}"
	DEBIAN_FRONTEND=noninteractive apt-get install -q -y --no-install-recommends "${missing[@]}" ||
		die "could not install ${missing[*]} (apt-get update first?)"
}

# secure_boot_on: the kernel takes only signed modules.
secure_boot_on() {
	grep -qs '\[integrity\]\|\[confidentiality\]' /sys/kernel/security/lockdown && return 0
	command -v mokutil >/dev/null && mokutil --sb-state 2>/dev/null | grep -q 'SecureBoot enabled'
}

secure_boot_help() {
	# Debian's DKMS keeps its key in /var/lib/dkms, Ubuntu's shim-signed's.
	local key=/var/lib/dkms/mok.pub
	[ -e "$key" ] || [ ! -e /var/lib/shim-signed/mok/MOK.der ] || key=/var/lib/shim-signed/mok/MOK.der
	cat >&2 <<TEXT
Secure Boot is on: the kernel loads only modules signed by a key it trusts.
DKMS signs the modules it builds with its own key; enrol that key once,
then reboot and confirm it in the blue MOK manager:
    sudo mokutil --import $key
After the reboot, \`sudo modprobe blkinterposer\` loads it (and it loads at
every boot). docs/user-guide.md, "Troubleshooting", has more.
TEXT
}

# reload_services: udev, systemd and the system bus read what changed;
# polkitd notices new actions by itself.
reload_services() {
	udevadm control --reload 2>/dev/null || say "udevd is not running: its rules are read when it starts"
	if [ -d /run/systemd/system ]; then
		systemctl daemon-reload
	fi
	dbus-send --system --type=method_call --dest=org.freedesktop.DBus / \
		org.freedesktop.DBus.ReloadConfig 2>/dev/null ||
		say "the system bus is not running: it reads its configuration when it starts"
}
