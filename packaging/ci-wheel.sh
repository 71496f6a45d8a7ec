#!/bin/sh
# CI: build the wheel, install it into a fresh venv and run `healdesk --self-test` from there,
# outside the source tree, so it proves ui/ and resources/ ship inside the wheel.
# Leaves the venv in build/wheel-venv (packaging/ci-bundle.sh times the bundle against it).
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
rm -rf build/wheel build/wheel-venv
.venv/bin/python -m pip wheel --quiet --no-deps --wheel-dir build/wheel .
"$PYTHON" -m venv build/wheel-venv
build/wheel-venv/bin/python -m pip install --quiet build/wheel/healdesk-*.whl

cd "$(mktemp -d)"
report=$(QT_QPA_PLATFORM=offscreen "$ROOT/build/wheel-venv/bin/healdesk" --self-test) || {
    echo "$report"
    echo "wheel self-test failed" >&2
    exit 1
}
echo "$report"
case "$report" in
*"found in $ROOT/build/wheel-venv/"*) ;;
*)
    echo "the installed wheel did not use its own ui/ and resources/" >&2
    exit 1
    ;;
esac
echo "wheel self-test passed"
