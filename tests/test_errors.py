"""Warnings, handlers, @ and error_get_last (API-CONTRACT section 4)."""


def test_default_handler_prints_to_stderr(compare):
    compare(
        php='$x = fopen("missing.txt", "r"); var_dump($x);',
        py='x = fopen("missing.txt", "r")\nvar_dump(x)\n',
    )
