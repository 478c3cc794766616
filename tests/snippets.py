"""Shared pieces of the PHP/Python pairs the tests run.

``PHP_T``/``PY_T`` define ``t(fn)``: call ``fn`` and print the class and
message of a TypeError/ValueError it throws, the same way on both sides.
"""

PHP_T = r'''
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
'''
PY_T = r'''
def t(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        echo("TypeError" if isinstance(e, TypeError) else "ValueError", ": ", str(e), "\n")
'''
