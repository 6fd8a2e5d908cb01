#!/bin/bash
# Harness self-test: a guest kernel that panics (sysrq crash).
echo "selftest: about to crash the kernel on purpose"
sync
echo c >/proc/sysrq-trigger
sleep 60
