"""The core: values, failures, resources, raw and buffered streams, parsers.

Nothing here warns or returns PHP's False: failures are raised as
``PhpFailure`` and turned into warnings by the facade (``_core.facade``).
"""
