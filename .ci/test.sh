#!/bin/sh
# Set up a virtual environment and run the whole test suite, then the benchmarks in quick mode,
# then prove the wheel and the PyInstaller bundle work outside the source tree (each builds,
# installs and runs `healdesk --self-test`).
#
# The suite runs inside a private D-Bus session with an unlocked gnome-keyring, so the
# device-slot tests talk to a real Secret Service. Debian packages the tests need:
#   xvfb openbox libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1
#   poppler-utils qpdf gnome-keyring dbus fonts-dejavu-core fonts-wqy-zenhei fonts-symbola
#   desktop-file-utils appstream binutils (binutils: PyInstaller, for packaging/ci-bundle.sh)
#   at-spi2-core python3-pyatspi (the screen reader test: tests/gui/app/test_screen_reader.py)
# (.ci/run installs them when it runs as root.) Extra arguments go to pytest.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet -e '.[test]'

for tool in dbus-run-session gnome-keyring-daemon pdftoppm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "Missing $tool: install the Debian packages listed at the top of .ci/test.sh" >&2
        exit 1
    fi
done

# One pytest worker per core, at most 4 (each worker runs its own Qt app and test vault);
# `-n 0` among the extra arguments runs everything in one process again.
workers=$(nproc 2>/dev/null || echo 2)
[ "$workers" -gt 4 ] && workers=4

keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
set +e
HOME="$keyring_home" dbus-run-session -- sh -c '
    printf %s healdesk-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh .venv/bin/python -m pytest -n "$workers" "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests: treating that as a failure" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    exit "$status"
fi
.venv/bin/python -m tests.bench.run --quick
packaging/ci-wheel.sh
packaging/ci-bundle.sh
