#!/bin/sh
# Build dist/HealDesk.app and dist/HealDesk-<version>.dmg on macOS. UNTESTED (README.md).
set -eu
cd "$(dirname "$0")/../.."
if [ "$(uname)" != Darwin ]; then
    echo "build-app.sh runs on macOS only" >&2
    exit 1
fi
packaging/pyinstaller/build.sh
dist/healdesk/healdesk --self-test
version=$(.venv/bin/python -c 'import healdesk; print(healdesk.__version__)')
codesign --force --deep --sign - dist/HealDesk.app
rm -f "dist/HealDesk-$version.dmg"
hdiutil create -volname HealDesk -srcfolder dist/HealDesk.app -ov -format UDZO \
    "dist/HealDesk-$version.dmg"
echo "Made dist/HealDesk.app and dist/HealDesk-$version.dmg"
