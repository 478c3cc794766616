"""The ``phpcompat`` console script: one sub-command per job.

    phpcompat matrix [...]      run the compat matrix (PHP examples vs their ports)
    phpcompat translate FILE    PHP source to Python that calls the shim
    phpcompat run FILE [args]   translate and run a PHP script
    phpcompat phpt PATH...      run PHP's .phpt tests against the shim
"""

from __future__ import annotations

import importlib
import sys

_COMMANDS = {
    "matrix": ("phpcompat.matrix", "main"),
    "translate": ("phpcompat.translate.cli", "translate_main"),
    "run": ("phpcompat.translate.cli", "run_main"),
    "phpt": ("phpcompat.translate.cli", "phpt_main"),
}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help") or args[0] not in _COMMANDS:
        sys.stdout.write(__doc__ or "")
        return 0 if args and args[0] in ("-h", "--help") else 2
    module, func = _COMMANDS[args[0]]
    entry = getattr(importlib.import_module(module), func)
    return int(entry(args[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
