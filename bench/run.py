"""phpcompat benchmarks: ratios against raw Python and against PHP, measured in one run.

    python bench/run.py [--quick] [--repeat N] [--json FILE]

Each case is timed as the best of N runs (machines here are noisy: the ratios
matter, not the absolute times).  PHP is timed inside the PHP script with
hrtime(), so interpreter start-up is excluded on both sides.  Targets:

* fgets loop over a 1,000,000-line file: shim / raw ``f.readline()`` <= 1.3
* fread/fwrite in 64 KiB chunks, 256 MiB, file and php://temp: shim throughput
  >= 90 % of raw Python file I/O (binary data, read under ``binary_strings()``;
  one more row reads text data as ``str``)
* php://memory, 16-byte writes x 1,000,000: shim / PHP (reported)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from phpcompat import binary_strings, fclose, fgets, fopen, fread, fwrite, rewind  # noqa: E402
from phpcompat.testing.php import PHP_COMMAND, php_binary  # noqa: E402

CHUNK = 65536


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def php_time(script: str, repeat: int) -> float | None:
    """Best of ``repeat`` runs of a PHP snippet that prints its own elapsed seconds."""
    if php_binary() is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".php", delete=False) as fh:
        fh.write("<?php\n" + script)
    try:
        results = []
        for _ in range(repeat):
            out = subprocess.run([*PHP_COMMAND, "-d", "memory_limit=-1", fh.name],
                                 capture_output=True, text=True, check=True).stdout
            results.append(float(out.strip().splitlines()[-1]))
        return min(results)
    finally:
        os.unlink(fh.name)


def make_lines(path: str, count: int) -> None:
    with open(path, "w") as fh:
        for i in range(count):
            fh.write(f"line {i} of the benchmark file, some text to read {i * 7919 % 1000}\n")


def case_fgets(work: str, lines: int, repeat: int) -> dict[str, float | None]:
    path = os.path.join(work, "lines.txt")
    make_lines(path, lines)

    def raw() -> int:
        n = 0
        with open(path) as f:
            readline = f.readline
            while readline():
                n += 1
        return n

    def shim() -> int:
        n = 0
        h = fopen(path, "r")
        while fgets(h) is not False:
            n += 1
        fclose(h)
        return n

    assert raw() == shim() == lines
    php = php_time(
        f'$t = hrtime(true); $h = fopen({path!r}, "r"); $n = 0;'
        ' while (fgets($h) !== false) { $n++; } fclose($h);'
        ' echo (hrtime(true) - $t) / 1e9, "\\n";', repeat)
    return {"raw": best(raw, repeat), "shim": best(shim, repeat), "php": php}


def case_chunks(
    work: str, total: int, repeat: int, url: str | None, *, binary: bool = True
) -> dict[str, float | None]:
    """Write ``total`` bytes in 64 KiB chunks, then read them back.

    Binary data is read under ``binary_strings()`` (the documented mode for
    binary work: fread returns bytes); ``binary=False`` reads ASCII text data
    as ``str``, the default mode.
    """
    path = os.path.join(work, "big.bin")
    block = os.urandom(CHUNK) if binary else (b"0123456789abcdef" * (CHUNK // 16))
    count = total // CHUNK

    def raw() -> None:
        with open(path, "wb") as f:
            for _ in range(count):
                f.write(block)
        with open(path, "rb") as f:
            while f.read(CHUNK):
                pass
        os.unlink(path)

    def shim() -> None:
        with binary_strings(binary):
            shim_io()

    def shim_io() -> None:
        if url is None:
            h = fopen(path, "w")
            for _ in range(count):
                fwrite(h, block)
            fclose(h)
            h = fopen(path, "r")
        else:
            h = fopen(url, "w+")
            for _ in range(count):
                fwrite(h, block)
            rewind(h)
        while fread(h, CHUNK):
            pass
        fclose(h)
        if url is None:
            os.unlink(path)

    target = repr(path) if url is None else repr(url)
    reopen = (f'fclose($h); $h = fopen({target}, "r");' if url is None else "rewind($h);")
    data = f"random_bytes({CHUNK})" if binary else f'str_repeat("0123456789abcdef", {CHUNK // 16})'
    php = php_time(
        f'$b = {data}; $t = hrtime(true);'
        f' $h = fopen({target}, "{"w" if url is None else "w+"}");'
        f' for ($i = 0; $i < {count}; $i++) {{ fwrite($h, $b); }} {reopen}'
        f' while (($d = fread($h, {CHUNK})) !== "" && $d !== false) {{}} fclose($h);'
        ' echo (hrtime(true) - $t) / 1e9, "\\n";', repeat)
    if url is None and os.path.exists(path):
        os.unlink(path)
    return {"raw": best(raw, repeat), "shim": best(shim, repeat), "php": php}


def case_memory(count: int, repeat: int) -> dict[str, float | None]:
    import io

    data = b"0123456789abcdef"

    def raw() -> None:
        f = io.BytesIO()
        for _ in range(count):
            f.write(data)

    def shim() -> None:
        h = fopen("php://memory", "w+")
        for _ in range(count):
            fwrite(h, data)
        fclose(h)

    php = php_time(
        f'$t = hrtime(true); $h = fopen("php://memory", "w+");'
        f' for ($i = 0; $i < {count}; $i++) {{ fwrite($h, "0123456789abcdef"); }} fclose($h);'
        ' echo (hrtime(true) - $t) / 1e9, "\\n";', repeat)
    return {"raw": best(raw, repeat), "shim": best(shim, repeat), "php": php}


def ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or b is None else f"{a / b:.2f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes (a smoke run)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    lines, total, writes = (100_000, 16 << 20, 100_000) if args.quick else (1_000_000, 256 << 20, 1_000_000)
    work = tempfile.mkdtemp(prefix="phpcompat-bench-")
    try:
        results = {
            f"fgets loop, {lines:,} lines": case_fgets(work, lines, args.repeat),
            f"fwrite+fread 64 KiB, {total >> 20} MiB, file": case_chunks(work, total, args.repeat, None),
            f"fwrite+fread 64 KiB, {total >> 20} MiB, php://temp": case_chunks(
                work, total, args.repeat, "php://temp"),
            f"fwrite+fread 64 KiB, {total >> 20} MiB, file, str": case_chunks(
                work, total, args.repeat, None, binary=False),
            f"php://memory 16 B writes x {writes:,}": case_memory(writes, args.repeat),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    header = f"{'case':<44} {'raw s':>8} {'shim s':>8} {'php s':>8} {'shim/raw':>9} {'shim/php':>9}"
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        php = "-" if r["php"] is None else f"{r['php']:.3f}"
        print(f"{name:<44} {r['raw']:>8.3f} {r['shim']:>8.3f} {php:>8} "
              f"{ratio(r['shim'], r['raw']):>9} {ratio(r['shim'], r['php']):>9}")
    print("\ntargets: fgets shim/raw <= 1.30; 64 KiB file and php://temp shim/raw <= 1.11"
          " (throughput >= 90% of raw)")
    print("binary rows read under binary_strings() (fread returns bytes); the text row"
          " returns str (UTF-8 decoding included)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
