#!/bin/bash
# Harness self-test: a guest whose script succeeds but whose kernel log shows
# a WARNING (written through /dev/kmsg, as a kernel WARN() would appear).
echo "WARNING: CPU: 0 PID: $$ at harness-selftest (injected through /dev/kmsg)" >/dev/kmsg
echo "selftest: wrote a WARNING line to the kernel log, exiting 0"
exit 0
