#!/bin/sh
# Build the one-folder bundle dist/healdesk/ (start it with dist/healdesk/healdesk).
#
#   packaging/pyinstaller/build.sh
#
# Uses .venv (created with $PYTHON, default python3, when missing) with HealDesk's
# dependencies and PyInstaller from the `bundle` extra. Linux needs binutils (objdump, strip).
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet -e '.[bundle]'
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/healdesk.spec
echo "Bundle: dist/healdesk ($(du -sh dist/healdesk | cut -f1)); start it with dist/healdesk/healdesk"
