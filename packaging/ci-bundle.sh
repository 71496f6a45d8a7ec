#!/bin/sh
# CI: build the PyInstaller bundle, run its `--self-test` offscreen outside the source tree
# (and under Xvfb when xvfb-run is there), check its size (limit 250 MB) and print its start
# time against the venv install.
# Debian needs binutils (objdump, strip) for PyInstaller.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LIMIT_MB=250

packaging/pyinstaller/build.sh
cd "$(mktemp -d)"
report=$(QT_QPA_PLATFORM=offscreen "$ROOT/dist/healdesk/healdesk" --self-test) || {
    echo "$report"
    echo "bundle self-test failed" >&2
    exit 1
}
echo "$report"
case "$report" in
*"found in $ROOT/dist/healdesk/"*) ;;
*)
    echo "the bundle did not use its own ui/ and resources/" >&2
    exit 1
    ;;
esac
if command -v xvfb-run >/dev/null 2>&1; then
    # Once more on a real X display, so the xcb plugin and its libraries are proven too.
    on_x=$(QT_QPA_PLATFORM=xcb xvfb-run -a "$ROOT/dist/healdesk/healdesk" --self-test) || {
        echo "$on_x"
        echo "bundle self-test under Xvfb failed" >&2
        exit 1
    }
    echo "$on_x" | grep "Qt "
fi
cd "$ROOT"
size_mb=$(du -sm dist/healdesk | cut -f1)
if [ "$size_mb" -gt "$LIMIT_MB" ]; then
    echo "the bundle is $size_mb MB, over the $LIMIT_MB MB limit" >&2
    exit 1
fi
echo "bundle self-test passed ($size_mb MiB)"
if [ -x build/wheel-venv/bin/healdesk ]; then
    .venv/bin/python packaging/measure_start.py --venv build/wheel-venv --runs 5
else
    .venv/bin/python packaging/measure_start.py --runs 5
fi
