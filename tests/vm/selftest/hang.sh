#!/bin/bash
# Harness self-test: a guest that never finishes.
echo "selftest: about to hang on purpose"
sleep infinity
