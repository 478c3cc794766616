"""The PHP-named facade, one module per family; this package only re-exports.

Each function checks its arguments as PHP 8.2 does, resolves resources,
calls the core and turns core failures into PHP's warning plus False through
``phpcompat._core.facade.fail`` - the one boundary.
"""

from . import contents as _contents
from . import process as _process
from . import sockets as _sockets
from . import streams as _streams
from .contents import *  # noqa: F403
from .process import *  # noqa: F403
from .sockets import *  # noqa: F403
from .streams import *  # noqa: F403

__all__ = sorted({*_streams.__all__, *_contents.__all__, *_sockets.__all__, *_process.__all__})
