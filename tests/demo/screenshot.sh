#!/usr/bin/env bash
# demo/screenshot: tools/demo --screenshot as a new user runs it, on the
# test build. The guest script fails on its own if a step fails, the kiosk
# does not fill the screen, or the partition is not as it was after the
# detach; here the picture itself is checked: a PNG of the demo's screen
# with more in it than a blank or nearly blank screen would compress to.
set -euo pipefail
build=$1
out=$build/demo-screenshot.png
rm -f "$out"
INTERPOSER_BUILD_DIR=$build "$(dirname "$0")/../../tools/demo" --screenshot "$out"
/usr/bin/python3 - "$out" <<'PY'
import struct, sys
path = sys.argv[1]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit(f"{path} is not a PNG")
width, height = struct.unpack(">II", data[16:24])
if (width, height) != (1920, 1080):
    sys.exit(f"{path} is {width}x{height}, not the demo's 1920x1080 screen")
if len(data) < 40000:
    sys.exit(f"{path} has {len(data)} bytes: a blank screen, not the kiosk")
print(f"{path}: {width}x{height}, {len(data)} bytes")
PY
