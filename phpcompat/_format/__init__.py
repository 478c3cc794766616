"""Private engines behind ``phpcompat.formatting`` and ``phpcompat.strings``.

``convert`` holds PHP's explicit casts (``zval_get_long``/``_double``/``_string``),
``printf`` the ``sprintf`` format engine and ``dump`` the renderers of
``var_dump``/``print_r``/``var_export``.  They work on bytes and never write
anything: the public modules own the output.
"""
