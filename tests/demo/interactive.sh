#!/usr/bin/env bash
# demo/interactive: tools/demo --vnc as on a machine without a display: it
# prints a VNC address on 127.0.0.1, the kiosk comes up on the test
# machine's screen, a VNC client is greeted there, and Ctrl+C (SIGINT to
# its process group, as a terminal sends it) powers the machine off and
# ends tools/demo with success.
set -euo pipefail
build=$1
results=$build/demo
log=$build/demo-interactive.log
rm -f "$results/kiosk-up" "$log"
fail() {
	echo "FAIL: $*" >&2
	[ ! -e "$log" ] || sed 's/^/| /' "$log" >&2
	kill -KILL -- "-$pid" 2>/dev/null || true
	exit 1
}
INTERPOSER_BUILD_DIR=$build setsid "$(dirname "$0")/../../tools/demo" --vnc >"$log" 2>&1 &
pid=$!
deadline=$((SECONDS + 60))
until port=$(sed -n 's|.*at vnc://127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$log") && [ -n "$port" ]; do
	[ "$SECONDS" -lt "$deadline" ] || fail "no VNC address printed within 60 s"
	kill -0 "$pid" 2>/dev/null || fail "tools/demo ended before printing a VNC address"
	sleep 0.5
done
echo "tools/demo printed vnc://127.0.0.1:$port"
deadline=$((SECONDS + 600))
until [ -e "$results/kiosk-up" ]; do
	[ "$SECONDS" -lt "$deadline" ] || fail "the kiosk was not up within 600 s"
	kill -0 "$pid" 2>/dev/null || fail "tools/demo ended before the kiosk was up"
	sleep 0.5
done
echo "the kiosk is up"
/usr/bin/python3 - "$port" <<'PY' || fail "no VNC server greets on 127.0.0.1:$port"
import socket, sys
with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10) as s:
    greeting = s.recv(12)
if not greeting.startswith(b"RFB "):
    sys.exit(f"not a VNC greeting: {greeting!r}")
print(f"VNC greeting: {greeting.decode().strip()}")
PY
kill -INT -- "-$pid"
status=0
wait "$pid" || status=$?
[ "$status" = 0 ] || fail "tools/demo ended with status $status after Ctrl+C"
grep -q "the demo machine is off" "$log" || fail "tools/demo did not say the machine is off"
! pgrep -f "qemu-system-x86_64.*$results" >/dev/null || fail "QEMU still runs"
echo "Ctrl+C: the machine is off, tools/demo ended with 0"
