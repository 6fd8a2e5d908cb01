#!/usr/bin/env bash
# demo/vnc and demo/window: tools/demo, interactive, as a user starts it.
#   interactive.sh BUILD vnc     no display (--vnc): it prints a VNC address
#                                on 127.0.0.1, and a VNC client is greeted there
#   interactive.sh BUILD window  with a display (run under xvfb-run): the
#                                test machine's screen is a QEMU window
# Either way the kiosk comes up, and Ctrl+C (SIGINT to the process group,
# as a terminal sends it) powers the machine off and ends tools/demo with
# success.
set -euo pipefail
build=$1 mode=$2
results=$build/demo
log=$build/demo-$mode.log
rm -f "$results/kiosk-up" "$log"
fail() {
	echo "FAIL: $*" >&2
	[ ! -e "$log" ] || sed 's/^/| /' "$log" >&2
	kill -KILL -- "-$pid" 2>/dev/null || true
	exit 1
}
case $mode in
vnc) args=(--vnc) said='at vnc://127\.0\.0\.1:[0-9]* ' ;;
window)
	[ -n "${DISPLAY:-}" ] || { echo "FAIL: no DISPLAY: run under xvfb-run" >&2; exit 1; }
	args=() said='in a QEMU window'
	;;
*) echo "FAIL: mode vnc or window, not '$mode'" >&2; exit 1 ;;
esac
INTERPOSER_BUILD_DIR=$build setsid "$(dirname "$0")/../../tools/demo" "${args[@]}" >"$log" 2>&1 &
pid=$!
deadline=$((SECONDS + 60))
until grep -q "$said" "$log"; do
	[ "$SECONDS" -lt "$deadline" ] || fail "tools/demo did not say where the screen is within 60 s"
	kill -0 "$pid" 2>/dev/null || fail "tools/demo ended before saying where the screen is"
	sleep 0.5
done
grep "$said" "$log"
deadline=$((SECONDS + 600))
until [ -e "$results/kiosk-up" ]; do
	[ "$SECONDS" -lt "$deadline" ] || fail "the kiosk was not up within 600 s"
	kill -0 "$pid" 2>/dev/null || fail "tools/demo ended before the kiosk was up"
	sleep 0.5
done
echo "the kiosk is up"
if [ "$mode" = window ]; then
	xwininfo -root -tree | grep -q '"QEMU' || fail "no QEMU window on $DISPLAY: $(xwininfo -root -tree | head -20)"
	echo "a QEMU window is on $DISPLAY: $(xwininfo -root -tree | grep '"QEMU' | head -1 | sed 's/^ *//')"
else
	port=$(sed -n 's|.*at vnc://127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$log")
/usr/bin/python3 - "$port" <<'PY' || fail "no VNC server greets on 127.0.0.1:$port"
import socket, sys
with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10) as s:
    greeting = s.recv(12)
if not greeting.startswith(b"RFB "):
    sys.exit(f"not a VNC greeting: {greeting!r}")
print(f"VNC greeting: {greeting.decode().strip()}")
PY
fi
kill -INT -- "-$pid"
status=0
wait "$pid" || status=$?
[ "$status" = 0 ] || fail "tools/demo ended with status $status after Ctrl+C"
grep -q "the demo machine is off" "$log" || fail "tools/demo did not say the machine is off"
! pgrep -f "qemu-system-x86_64.*$results" >/dev/null || fail "QEMU still runs"
echo "Ctrl+C: the machine is off, tools/demo ended with 0"
