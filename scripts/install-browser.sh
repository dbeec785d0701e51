#!/usr/bin/env bash
# Debian's chromium for the dashboard's browser tests. Skipped quietly when it is already there;
# the browser tests themselves skip with a reason where no chromium can be installed.
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || echo "warning: could not install chromium; browser tests will be skipped" >&2
else
    echo "warning: chromium missing and cannot be installed here; browser tests will be skipped" >&2
fi
exit 0
