"""Benchmark (not a timed test): translating a 5,000-line PHP file.

    python tests/translate/bench_translate.py [LINES]

Builds a PHP file of at least LINES lines (default 5,000) from the translator
test programs (functions, classes, closures, generators, strings, arrays,
control flow; each copy's functions and classes renamed so they do not clash)
and reports how long ``phpcompat translate`` takes with each front end.  The
issue's target: under 2 s.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def program(lines: int) -> str:
    import test_translate_functions as f
    import test_translate_programs as p
    import test_translate_semantics as s

    chunks = [s.ARITHMETIC, s.STRINGS, s.ARRAYS, s.CONTROL, f.FUNCTIONS, f.CLOSURES, f.CLASSES, f.GENERATORS,
              p.MIXED.replace("<?php", "")]
    names = set()
    for chunk in chunks:
        names.update(re.findall(r"\bfunction\s+&?\s*(\w+)", chunk))
        names.update(re.findall(r"\b(?:class|interface|trait|enum)\s+(\w+)", chunk))
    from phpcompat.translate.builtins import available_functions

    names -= set(available_functions())  # methods named like built-ins (count) stay
    pattern = re.compile(r"\b(" + "|".join(sorted(names, key=len, reverse=True)) + r")\b")
    out = ["<?php"]
    copy = 0
    while sum(c.count("\n") for c in out) < lines:
        copy += 1
        for i, chunk in enumerate(chunks):
            out.append(pattern.sub(lambda m, i=i, c=copy: f"{m.group(1)}_{c}_{i}", chunk))
    return "\n".join(out)


def main() -> None:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    source = program(lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.php"
        path.write_text(source)
        print(f"{source.count(chr(10))} lines of PHP")
        for front_end in ("tree-sitter", "auto"):
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "phpcompat.cli", "translate", "--front-end", front_end,
                                   str(path)], capture_output=True, text=True)
            took = time.perf_counter() - started
            status = "ok" if proc.returncode == 0 else proc.stderr.strip()
            print(f"phpcompat translate --front-end {front_end}: {took:.2f} s ({status}, "
                  f"{proc.stdout.count(chr(10))} lines of Python)")


if __name__ == "__main__":
    main()
