"""The seed: PHP's stream_socket_pair manual example (a fork talking over a socket pair).

Under PHP the example's two lines come in either order: parent and child each
echo after reading what the other wrote, and nothing orders the two echoes.
Recorded over 200 runs of PHP 8.2, the parent ("message from child") printed
first in about 94% of runs, the child ("child PID: n") in the rest.  So the
example itself is checked as PHP's own output can be checked: the same lines
(each whole, none twice, none missing), the same stderr and exit status, in an
order PHP was seen to produce.  Its variants that order the echoes (the parent
waits for the child; the child waits for the parent; fork fails) go through
the ``compare`` fixture and must match byte for byte.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from phpcompat.testing.php import php_binary, run_php, run_python

# The seed example exactly as the compat matrix keeps it (the PHP manual's code).
SEED = Path(__file__).resolve().parents[1] / "compat_matrix" / "cases" / "seed"
SEED_PHP = (SEED / "stream_socket_pair.php").read_text()
SEED_PY = (SEED / "stream_socket_pair.py").read_text()

RACES = Path(__file__).parent / "recorded" / "test_seed_races.json"
RECORD_RUNS = 200


def _key(stdout: str, stderr: str, exit: int) -> str:
    return json.dumps({"stdout": stdout, "stderr": stderr, "exit": exit}, sort_keys=True)


def _record_races(tmp_path: Path) -> dict[str, object]:
    seen: dict[str, int] = {}
    for _ in range(RECORD_RUNS):
        out = run_php(SEED_PHP, cwd=str(tmp_path))
        key = _key(out.stdout, out.stderr, out.exit)
        seen[key] = seen.get(key, 0) + 1
    return {
        "php": SEED_PHP,
        "runs": RECORD_RUNS,
        "outputs": [{**json.loads(k), "count": n} for k, n in sorted(seen.items(), key=lambda kv: -kv[1])],
    }


def _lines(text: str) -> list[str]:
    return sorted(text.splitlines(keepends=True))


def test_seed_example_prints_what_php_prints(request, tmp_path):
    if request.config.getoption("--record-php"):
        data = _record_races(tmp_path)
        RACES.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    data = json.loads(RACES.read_text())
    assert data["php"] == SEED_PHP, "recording is stale: run `python tests/record.py tests/test_seed.py`"
    outputs = data["outputs"]
    # PHP's runs differ in the order of the two lines only.
    assert len({(tuple(_lines(o["stdout"])), o["stderr"], o["exit"]) for o in outputs}) == 1
    expected = outputs[0]
    assert _lines(expected["stdout"]) == ["child PID: %d\n", "message from child\n"]

    got = run_python(SEED_PY, cwd=str(tmp_path))
    assert _lines(got.stdout) == _lines(expected["stdout"])
    assert got.stdout in {o["stdout"] for o in outputs}  # an order PHP produced
    assert (got.stderr, got.exit) == (expected["stderr"], expected["exit"])

    if php_binary() is not None:
        live = run_php(SEED_PHP, cwd=str(tmp_path))
        assert _lines(live.stdout) == _lines(expected["stdout"]), "live PHP drifted from the recording"
        assert (live.stderr, live.exit) == (expected["stderr"], expected["exit"])


def test_seed_parent_waits_for_child(compare):
    # The parent reaps the child before echoing: the child's line comes first.
    php = SEED_PHP.replace(
        "echo fgets($sockets[1]);",
        "$line = fgets($sockets[1]); pcntl_waitpid($pid, $status); echo $line;",
    )
    py = SEED_PY.replace(
        "    echo(fgets(sockets[1]))\n",
        "    line = fgets(sockets[1])\n    pcntl_waitpid(pid, Ref())\n    echo(line)\n",
    )
    assert php != SEED_PHP and py != SEED_PY
    compare(php=php, py=py)


def test_seed_child_waits_for_parent(compare):
    # The child reads a second line the parent sends after its echo.
    php = SEED_PHP.replace(
        "echo fgets($sockets[1]);",
        'echo fgets($sockets[1]); fwrite($sockets[1], "go\\n"); pcntl_waitpid($pid, $status);',
    ).replace(
        "echo fgets($sockets[0]);",
        "$line = fgets($sockets[0]); fgets($sockets[0]); echo $line;",
    )
    py = SEED_PY.replace(
        "    echo(fgets(sockets[1]))\n",
        '    echo(fgets(sockets[1]))\n    fwrite(sockets[1], "go\\n")\n    pcntl_waitpid(pid, Ref())\n',
    ).replace(
        "    echo(fgets(sockets[0]))\n",
        "    line = fgets(sockets[0])\n    fgets(sockets[0])\n    echo(line)\n",
    )
    assert php.count("go") == 1 and py.count("go") == 1
    compare(php=php, py=py)


def test_seed_when_fork_fails(compare):
    # As root, RLIMIT_NPROC binds only after dropping to an unprivileged user.
    if os.geteuid() != 0:
        pytest.skip("needs root to drop to uid 65534 and make fork fail with EAGAIN")
    compare(
        php=SEED_PHP.replace(
            "<?php\n", "<?php\nposix_setuid(65534); posix_setrlimit(POSIX_RLIMIT_NPROC, 1, 1);\n"
        ),
        py="import os, resource\nos.setuid(65534)\n"
        "resource.setrlimit(resource.RLIMIT_NPROC, (1, 1))\n" + SEED_PY,
    )
