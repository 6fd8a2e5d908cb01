#!/bin/bash
# Harness self-test: a guest script that fails.
echo "selftest: about to exit 1 on purpose"
exit 1
