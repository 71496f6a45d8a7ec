#!/bin/sh
# Run the GUI session and lock tests N times (default 50) under faulthandler and count the
# runs that crashed (killed by a signal: segfault, abort) apart from ordinary test failures.
# Usage: tests/soak.sh [N] [pytest paths...]   Logs of failed runs are kept in $SOAK_LOGS.
set -u
cd "$(dirname "$0")/.."
runs=${1:-50}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- tests/gui/app/test_session.py tests/gui/app/test_lock.py
python=${PYTHON:-.venv/bin/python}
logs=${SOAK_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/healdesk-soak-XXXXXX")}
crashes=0
failures=0
i=1
while [ "$i" -le "$runs" ]; do
    log="$logs/run-$i.log"
    "$python" -X faulthandler -m pytest -q -p no:cacheprovider "$@" >"$log" 2>&1
    code=$?
    if [ "$code" -gt 128 ] || grep -q "^Fatal Python error" "$log"; then
        crashes=$((crashes + 1))
        echo "run $i: CRASH (exit $code), see $log"
    elif [ "$code" -ne 0 ]; then
        failures=$((failures + 1))
        echo "run $i: tests failed (exit $code), see $log"
    else
        rm -f "$log"
    fi
    i=$((i + 1))
done
echo "soak: $runs runs, $crashes crashed, $failures failed"
[ "$crashes" -eq 0 ] && [ "$failures" -eq 0 ]
