"""Hostile import files: how long a refusal takes and how much memory it holds.

A Day One zip of about 1 MB that unpacks to 1 GiB (`--quick`: 256 MiB + 1 byte) and
/dev/zero. The floor is listing the same zip's contents with zipfile (what any reader must
do before it can refuse). Peak memory is the child process's maximum resident size, beside
the same for the floor, so the import's own share shows.
Run: python -m tests.bench.bench_hostile [--quick]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from tests.bench.timing import Row, print_table

_MEASURE = """
import resource, sys, time, zipfile
from pathlib import Path
from healdesk.formats import FormatError, read_journal_file
path, job = Path(sys.argv[1]), sys.argv[2]
started = time.process_time()
if job == "floor":
    zipfile.ZipFile(path).infolist()
else:
    try:
        read_journal_file(path)
    except FormatError as error:
        print(error, file=sys.stderr)
print(time.process_time() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def bomb(folder: Path, size: int) -> Path:
    """A Day One export whose Journal.json is `size` bytes of valid JSON, mostly spaces."""
    path = folder / "Day One.zip"
    head = b'{"metadata": {}, "entries": []'
    block = b" " * 2**20
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("Journal.json", "w", force_zip64=True) as member,
    ):
        member.write(head)
        left = size - len(head) - 1
        while left > 0:
            member.write(block[: min(left, len(block))])
            left -= len(block)
        member.write(b"}")
    return path


def measure(path: Path, job: str) -> tuple[float, int, str]:
    """CPU seconds, peak KiB and the refusal sentence of `job` in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), job], capture_output=True, text=True
    )
    seconds, peak = result.stdout.split()
    return float(seconds), int(peak), result.stderr.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="a 256 MiB bomb instead of 1 GiB")
    size = 2**28 + 1 if parser.parse_args().quick else 2**30
    folder = Path(tempfile.mkdtemp(prefix="healdesk-bench-"))
    path = bomb(folder, size)
    floor, floor_peak, _ = measure(path, "floor")
    seconds, peak, sentence = measure(path, "import")
    zero, zero_peak, zero_sentence = measure(Path("/dev/zero"), "import")
    print(f"zip of {path.stat().st_size / 2**20:.1f} MB unpacking to {size / 2**20:,.0f} MiB")
    print(f"refused: {sentence}")
    print(f"peak memory: import {peak / 1024:.0f} MB, floor {floor_peak / 1024:.0f} MB")
    print(f"/dev/zero refused: {zero_sentence} (peak {zero_peak / 1024:.0f} MB)")
    print_table(
        "Hostile import files",
        [
            Row("refuse a zip bomb", seconds, "zipfile lists the zip", floor, "one sentence"),
            Row("refuse /dev/zero", zero, "zipfile lists the zip", floor, "one sentence"),
        ],
    )


if __name__ == "__main__":
    main()
