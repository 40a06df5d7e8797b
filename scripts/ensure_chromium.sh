#!/usr/bin/env bash
# Install Debian's chromium + chromium-driver if /usr/bin/chromium is missing.
#
# Used by the report's browser test (tests/test_workbench_report_browser.py).
# Idempotent: does nothing when chromium is already installed. Needs root
# (apt-get); when not root and chromium is absent it says so and exits 1.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "ensure_chromium: /usr/bin/chromium is missing and this is not root; run: apt-get install -y chromium chromium-driver" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
if [ ! -x /usr/bin/chromium ]; then
    echo "ensure_chromium: apt-get finished but /usr/bin/chromium is still missing" >&2
    exit 1
fi
