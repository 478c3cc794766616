"""The project's own promises: README commands, CI, generated README table."""

import inspect
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return [line.strip() for line in text.splitlines() if line.startswith("    python3 -m venv")]


def test_readme_has_two_setup_commands():
    commands = _readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("phpcompat matrix")
    assert commands[1].endswith("pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert _readme_commands()[1] in [line.strip() for line in ci]


def test_readme_function_table_is_current():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_readme.py"), "--check"],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout


def test_every_exported_function_is_in_the_readme():
    import phpcompat

    text = (ROOT / "README.md").read_text()
    table = text[text.index("<!-- functions:start"):text.index("<!-- functions:end")]
    listed = set(re.findall(r"`(\w+)`", table))
    exported = {n for n in phpcompat.__all__ if inspect.isfunction(getattr(phpcompat, n))}
    assert exported <= listed


def test_package_has_no_runtime_dependencies():
    text = (ROOT / "pyproject.toml").read_text()
    assert re.search(r"^dependencies = \[\]$", text, re.M)


def test_star_import_exports_contract_names():
    namespace: dict[str, object] = {}
    exec("from phpcompat import *", namespace)
    for name in ("Ref", "silence", "set_error_handler", "echo", "E_WARNING", "binary_strings"):
        assert name in namespace


def test_package_is_mypy_strict_clean():
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--config-file", str(ROOT / "pyproject.toml")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_code_is_ruff_clean():
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "phpcompat", "tests", "compat_matrix",
         "bench", "scripts"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
