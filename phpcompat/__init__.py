"""phpcompat: PHP 8.2's streams, files, output and processes for Python.

``from phpcompat import *`` gives every supported PHP function and constant
under its PHP name (see API-CONTRACT in the README).  This module only
re-exports; the implementation lives in the private modules.

A call with the wrong arguments raises PHP 8.2's ``ArgumentCountError``
(``PhpArgumentCountError``: ``fopen() expects at least 2 arguments, 0
given``, ``fopen(): Argument #1 ($filename) not passed``) or ``Error``
(``PhpError``: ``Unknown named parameter $x``), not Python's TypeError: the
functions exported here from ``functions``, ``strings``, ``formatting`` and
``errors`` are wrapped by ``phpcompat._core.facade.php_arity``.  The
documented exception is the hot paths ``fgets``, ``fread``, ``fwrite``,
``fputs``, ``feof``, ``fgetc``, ``echo`` and ``strlen``: one more Python
frame per call costs too much there, so they keep Python's TypeError text.
The modules themselves (``phpcompat.functions.streams.fopen``...) stay
unwrapped.
"""

import inspect as _inspect

from . import constants as _constants
from . import errors as _errors
from . import formatting as _formatting
from . import functions as _functions
from . import output as _output
from . import strings as _strings
from ._core.facade import php_arity as _php_arity
from ._core.failures import PhpArgumentCountError as PhpArgumentCountError
from ._core.failures import PhpError as PhpError
from ._core.failures import PhpExit as PhpExit
from ._core.failures import PhpTypeError as PhpTypeError
from ._core.failures import PhpValueError as PhpValueError
from ._core.resources import Resource as Resource
from ._core.values import Ref as Ref
from ._core.values import binary_strings as binary_strings
from ._core.values import to_bytes as to_bytes
from .constants import *  # noqa: F403
from .errors import *  # noqa: F403
from .formatting import *  # noqa: F403
from .functions import *  # noqa: F403
from .output import *  # noqa: F403
from .strings import *  # noqa: F403

__version__ = "0.1.0"

__all__ = sorted(
    {
        "PhpArgumentCountError", "PhpError", "PhpExit", "PhpTypeError", "PhpValueError", "Resource", "Ref",
        "binary_strings", "to_bytes",
        *_constants.__all__, *_errors.__all__, *_formatting.__all__,
        *_functions.__all__, *_output.__all__, *_strings.__all__,
    }
)

# PHP's ArgumentCountError texts, except on the hot paths (see above).
_HOT = frozenset({"fgets", "fread", "fwrite", "fputs", "feof", "fgetc", "echo", "strlen"})
for _name in sorted({*_errors.__all__, *_formatting.__all__, *_functions.__all__, *_strings.__all__} - _HOT):
    _value = globals()[_name]
    if _inspect.isfunction(_value):
        globals()[_name] = _php_arity(_value, _name)
del _name, _value
