#!/bin/bash
# The demo machine of tools/demo, run as root inside the VM (tests/vm/vmrun).
#   guest.sh interactive          the kiosk on the screen until power-off
#   guest.sh screenshot NAME.png  remap, add latency, snapshot, detach, with
#                                 a picture of the screen taken by the host
# What a desktop has: Interposer installed, the module loaded, the system
# bus (which activates the helper), udevd and polkitd; a demo disk with
# ext4 mounted on /srv/demo and a gentle workload on it; `interposer
# --kiosk` on the VM's framebuffer (Qt's linuxfb), as the user kiosk, whom
# the example polkit rule lets act on the demo partition without a password.
. "$INTERPOSER_SOURCE_DIR/tests/vm/lib.sh"
mode=${1:-interactive}

step "the demo disk: ext4, labelled demo, mounted on /srv/demo"
PART=$(partition_disk "$(vm_disk 0)")
mkfs.ext4 -q -F -L demo "$PART"
mkdir -p /srv/demo && mount "$PART" /srv/demo
# The snapshot store: a directory on another filesystem than the demo's.
store_disk=$(vm_disk 1)
mkfs.ext4 -q -F -L store "$store_disk"
mkdir -p /srv/store && mount "$store_disk" /srv/store
modprobe -a dm-mod dm-delay dm-snapshot dm-flakey
load_module

step "the system services, as on a desktop"
start_desktop_services
kname=$(basename "$(readlink -f "$PART")")
groupadd -g 4545 interposer-kiosk
useradd -m -N -u 4444 -g users -G interposer-kiosk,video,input kiosk
# The example rule, for this machine's demo partition and store. It asks
# for a local, active session too, which only logind can vouch for; this
# machine has no logind (no systemd), so that one check is taken out here.
# A booth runs the kiosk in its seat's session and keeps the check.
example=/usr/share/doc/interposer/examples/50-interposer-kiosk.rules.example
grep -q '!subject.local || !subject.active' "$example" || fail "$example checks no local active session"
sed -e "s|\"/dev/sdb1\"|\"/dev/$kname\"|" -e 's|"/var/lib/interposer/stores"|"/srv/store"|' \
	-e 's/!subject.local || !subject.active/false/' \
	"$example" >/etc/polkit-1/rules.d/50-interposer-kiosk.rules
grep -q '"/srv/store"' /etc/polkit-1/rules.d/50-interposer-kiosk.rules || fail "the demo store is not in the kiosk rule"
restart_polkitd
mkdir -p /etc/interposer
idle=300
[ "$mode" = screenshot ] && idle=0 # the script is the only visitor
cat >/etc/interposer/kiosk.conf <<CONF
# Written by tools/demo: the demo partition, by its label.
device = /dev/disk/by-label/demo
idle-reset-seconds = $idle
snapshot-store = /srv/store
CONF
udevadm settle
[ -b /dev/disk/by-label/demo ] || fail "udev made no /dev/disk/by-label/demo"

step "a gentle workload on /srv/demo: 4 KiB random reads and writes, 60 a second"
write_files /srv/demo/before 4
# rate_iops keeps the charts readable and the filesystem small; direct
# I/O so every request reaches the device and shows on the charts.
fio --name=demo --directory=/srv/demo --size=16M --bs=4k --rw=randrw \
	--rate_iops=40,20 --direct=1 --ioengine=psync --time_based --runtime=86400 \
	--output=/tmp/workload.log >/dev/null 2>&1 &
workload=$!

step "the kiosk on the VM's screen"
modprobe bochs
wait_until 30 "the framebuffer /dev/fb0" test -c /dev/fb0
udevadm trigger --action=add --subsystem-match=graphics --subsystem-match=drm \
	--subsystem-match=input
udevadm settle
# The text console would blink through the kiosk: let the kiosk have it.
for vt in /sys/class/vtconsole/vtcon*/bind; do
	grep -q "frame buffer" "${vt%/bind}/name" && echo 0 >"$vt"
done
mkdir -p -m 0700 /run/user/4444 && chown kiosk /run/user/4444
as_kiosk() { setpriv --reuid=4444 --regid=100 --init-groups "$@"; }
# The screen's size in millimetres for 96 dots per inch: the virtual
# screen's EDID claims a small panel, and Qt would scale the kiosk up
# from it (already 1.6 times larger than a desktop's window).
read -r width height < <(tr , ' ' </sys/class/graphics/fb0/virtual_size)
mmsize="$((width * 254 / 960))x$((height * 254 / 960))"
as_kiosk env HOME=/home/kiosk XDG_RUNTIME_DIR=/run/user/4444 \
	QT_QPA_PLATFORM="linuxfb:fb=/dev/fb0:mmsize=$mmsize" \
	interposer --kiosk >/results/kiosk.log 2>&1 &
kiosk=$!
# The kiosk shows the helper's sessions: once it asked, the helper runs.
wait_until 120 "the kiosk to call the helper" has_owner org.interposer.Helper1
kill -0 "$kiosk" || fail "the kiosk ended: $(tail -5 /results/kiosk.log)"

if [ "$mode" = interactive ]; then
	touch /results/kiosk-up # tools/demo: from here on, power-off is the normal end
	echo "The demo is up: /srv/demo ($PART, ext4) is mounted and busy."
	echo "In the kiosk, press Remap, Add latency, Snapshot or Inject faults; Detach puts it back."
	echo "Power off: close the QEMU window, or press Ctrl+C where tools/demo runs."
	wait "$kiosk"
	fail "the kiosk ended: $(tail -5 /results/kiosk.log)"
fi

# What a visitor's clicks do, through the same helper and polkit rule.
kiosk_ctl() { as_kiosk interposerctl "$@" --no-interaction || fail "interposerctl $* failed"; }
# through WHAT N: the workload made N more I/Os through the session's
# interposer (the charts sample once a second: this gives them a stretch
# to show).
through() {
	local dm start
	[ "$(session_field state)" = active ] || fail "$1: the session is not active"
	dm=$(interposer_kname)
	start=$(completed_ios "$dm")
	wait_until 120 "$2 I/Os through $dm ($1)" ios_at_least "$dm" $((start + $2))
	echo "$1: $(($(completed_ios "$dm") - start)) I/Os through $dm"
}

step "remap: $PART under dm-linear"
kiosk_ctl attach "$PART" --linear
through linear 300
kiosk_ctl detach "$PART"

step "add latency: dm-delay, 20 ms on reads, then 80 ms live"
kiosk_ctl attach "$PART" --delay 20
through "delay 20 ms" 150
kiosk_ctl set "$PART" --delay 80
through "delay 80 ms" 100
kiosk_ctl detach "$PART"

step "snapshot, in /srv/store"
kiosk_ctl attach "$PART" --snapshot --store /srv/store
through snapshot 1000
# The kiosk covers the screen: no black band where the framebuffer shows
# through (Qt had sized a kiosk without a window manager to its size hint).
black=$(/usr/bin/python3 - <<'PY'
fb = "/sys/class/graphics/fb0/"
width, height = map(int, open(fb + "virtual_size").read().split(","))
stride = int(open(fb + "stride").read())
assert int(open(fb + "bits_per_pixel").read()) == 32
with open("/dev/fb0", "rb") as f:
    pixels = f.read(stride * height)
# The right-most 64 columns, every 8th row: the share of black pixels.
rows = range(0, height, 8)
strip = [pixels[y * stride + x * 4:y * stride + x * 4 + 3]
         for y in rows for x in range(width - 64, width)]
print(sum(p == b"\0\0\0" for p in strip) * 100 // len(strip))
PY
)
[ "$black" -lt 5 ] || fail "the kiosk does not fill the screen: $black% of its right edge is black"
host_request screendump "${2:-demo.png}"
echo "the screen, saved: /results/${2:-demo.png}"

step "detach: $PART as it was"
kiosk_ctl detach "$PART"
assert_module_empty
! dmsetup ls | grep -q '^interposer-' || fail "device-mapper devices left: $(dmsetup ls)"
kill "$workload"
wait "$workload" 2>/dev/null || true
check_files /srv/demo/before /srv/demo/before.sums
kill "$kiosk"
umount /srv/demo
check_fs ext4 "$PART"
