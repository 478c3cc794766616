"""Constants: the generated module, its record, and live PHP agree both ways."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import phpcompat
from phpcompat import constants, errors
from phpcompat.testing.php import php_binary

ROOT = Path(__file__).resolve().parent.parent
RECORD = json.loads((ROOT / "tests" / "recorded" / "constants.json").read_text())["constants"]


def _recorder() -> ModuleType:
    path = ROOT / "scripts" / "record_constants.py"
    spec = importlib.util.spec_from_file_location("record_constants", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def test_module_matches_record_both_ways():
    assert sorted(constants.__all__) == constants.__all__
    assert set(constants.__all__) == set(RECORD)
    for name, entry in RECORD.items():
        assert _same(getattr(constants, name), entry["value"]), name
    public = {n for n in vars(constants) if not n.startswith("_") and n != "annotations"}
    assert public == set(RECORD), "module defines constants the record does not have"


def test_module_is_the_rendering_of_the_record():
    recorder = _recorder()
    data = json.loads((ROOT / "tests" / "recorded" / "constants.json").read_text())
    assert (ROOT / "phpcompat" / "constants.py").read_text() == recorder.render_module(data)


def test_selection_covers_what_the_contract_names():
    # 105 STREAM_/SEEK_/LOCK_/FILE_/PSFS_ constants on PHP 8.2 with the pinned command line.
    prefixed = [n for n in RECORD if n.startswith(("STREAM_", "SEEK_", "LOCK_", "FILE_", "PSFS_"))]
    assert len(prefixed) == 105
    for name in ("PHP_EOL", "PHP_INT_MAX", "PHP_INT_MIN", "PHP_INT_SIZE", "PHP_FLOAT_EPSILON",
                 "PHP_OS", "PHP_OS_FAMILY", "DIRECTORY_SEPARATOR", "PATH_SEPARATOR",
                 "SIGTERM", "SIGKILL", "SIGCHLD", "SIG_IGN", "WNOHANG", "WUNTRACED"):
        assert name in RECORD, name


def test_star_import_exports_every_constant():
    namespace: dict[str, object] = {}
    exec("from phpcompat import *", namespace)
    for name in RECORD:
        assert _same(namespace[name], RECORD[name]["value"]), name
    assert set(RECORD) <= set(phpcompat.__all__)


@pytest.mark.skipif(php_binary() is None, reason="php is not on PATH: live check impossible")
def test_record_matches_live_php():
    recorder = _recorder()
    live = recorder.record_live()
    recorded = json.loads((ROOT / "tests" / "recorded" / "constants.json").read_text())
    assert recorder.render_record(live) == recorder.render_record(recorded)
    assert set(live["constants"]) == set(RECORD)


E_NAMES = [n for n in errors.__all__ if n.startswith("E_")]


def test_error_levels_match_php(compare):
    compare(
        php="foreach (NAMES as $n) { echo $n, '=', constant($n), \"\\n\"; }".replace(
            "NAMES", json.dumps(E_NAMES)
        ),
        py="import phpcompat\nfor n in NAMES:\n    echo(n, '=', getattr(phpcompat, n), '\\n')\n".replace(
            "NAMES", repr(E_NAMES)
        ),
    )


def test_values_print_as_in_php(compare):
    names = ["PHP_EOL", "PHP_INT_MAX", "PHP_INT_MIN", "PHP_INT_SIZE", "PHP_FLOAT_EPSILON", "PHP_OS",
             "PHP_OS_FAMILY", "DIRECTORY_SEPARATOR", "PATH_SEPARATOR", "SEEK_END", "LOCK_NB",
             "FILE_APPEND", "PSFS_PASS_ON", "STREAM_PF_UNIX", "STREAM_SOCK_STREAM",
             "STREAM_IPPROTO_IP", "SIGTERM", "SIGRTMAX", "WNOHANG", "WUNTRACED"]
    compare(
        php="".join(f'echo "{n}=[", {n}, "]\\n";' for n in names),
        py="".join(f'echo("{n}=[", {n}, "]\\n")\n' for n in names),
    )
