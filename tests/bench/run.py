"""Run every benchmark (tests/bench/bench_*.py) one after another, each in its own process.

`python -m tests.bench.run [--quick] [--entries N] [--json FILE]`. Benchmarks print ratio
tables; nothing here passes or fails on time. `--entries` sizes the journal of the benchmarks
measured in entries; `--json` collects every measure (name, ms, floor_ms, ratio, goal) into
one JSON list. A benchmark that crashes makes this exit non-zero, so they keep working.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.bench.timing import bench_options

HERE = Path(__file__).parent


def main() -> int:
    args = bench_options("smaller journals")
    if args.json:
        Path(args.json).unlink(missing_ok=True)  # each benchmark adds its measures
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        module = f"tests.bench.{script.stem}"
        result = subprocess.run([sys.executable, "-m", module, *sys.argv[1:]], cwd=HERE.parents[1])
        if result.returncode != 0:
            failed.append(module)
    if failed:
        print(f"benchmarks that crashed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
