"""phpcompat: PHP 8.2's streams, files, output and processes for Python.

``from phpcompat import *`` gives every supported PHP function and constant
under its PHP name (see API-CONTRACT in the README).  This module only
re-exports; the implementation lives in the private modules.
"""

from . import constants as _constants
from . import errors as _errors
from . import formatting as _formatting
from . import functions as _functions
from . import output as _output
from . import strings as _strings
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
        "PhpError", "PhpExit", "PhpTypeError", "PhpValueError", "Resource", "Ref",
        "binary_strings", "to_bytes",
        *_constants.__all__, *_errors.__all__, *_formatting.__all__,
        *_functions.__all__, *_output.__all__, *_strings.__all__,
    }
)
