#!/usr/bin/env bash
# The test command of the README: installs what the tests need, then lints and runs them.
#
# Idempotent: each install step is skipped when its tool is already there, so a
# second run goes straight to the tests.  The browser test needs Debian's
# chromium and a CJK font; they are installed here when apt-get is usable (root
# or sudo), otherwise that one test says why it skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}

# (the font list is read whole before grep: under pipefail, grep -q closing the pipe early
# would make fc-list fail with SIGPIPE and the fonts look missing)
fonts=$(fc-list 2>/dev/null || true)
if ! command -v chromium >/dev/null 2>&1 || ! grep -qi "noto.*cjk" <<<"$fonts"; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  if command -v apt-get >/dev/null 2>&1 && { [ -z "$SUDO" ] || $SUDO true 2>/dev/null; }; then
    echo "== installing chromium and fonts-noto-cjk (Debian packages) for the browser test"
    # an apt failure (a held dpkg lock, no network) skips the browser test, it does not stop the tests
    if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
        chromium fonts-noto-cjk >/dev/null; }; then
      echo "== apt-get failed: the browser test will be skipped"
    fi
  else
    echo "== chromium not installed and apt-get not usable: the browser test will be skipped"
  fi
fi

echo "== installing parkkg with its test extras"
$PY -m pip install -q -e ".[test]"

echo "== ruff"
$PY -m ruff check kg tests bench

echo "== pytest"
$PY -m pytest -q "$@"
