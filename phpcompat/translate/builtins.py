"""What the translator knows about PHP's built-in functions and classes.

* ``BY_REF``: which parameters of a built-in function PHP passes by reference,
  and how the shim receives them (API-CONTRACT section 7): ``"ref"`` - a
  ``Ref`` box the function sets (``&$errno``, ``&$status``, ``&$matches``),
  ``"inplace"`` - the caller's array itself, mutated in place
  (``stream_select``'s arrays, ``sort``, ``array_push``).  A negative index
  means "this parameter and every later one" (``sscanf``'s variables).
* ``RETURNS``: the PHP type a function returns when it is always the same,
  so the generator can write plain Python operators (``n + 1``) instead of
  PHP-semantics helpers.
* ``CLASS_NAMES``: PHP's built-in classes as translated code spells them.
* ``available_functions()``: every PHP function the shim or the translator's
  library provides.
"""

from __future__ import annotations

import functools

__all__ = [
    "BY_REF",
    "RETURNS",
    "CLASS_NAMES",
    "CATCH_NAMES",
    "available_functions",
    "available_constants",
    "PY_NAME",
]

REF = "ref"
INPLACE = "inplace"

BY_REF: dict[str, dict[int, str]] = {
    # streams, sockets, processes (the shim)
    "stream_select": {0: INPLACE, 1: INPLACE, 2: INPLACE},
    "stream_socket_client": {1: REF, 2: REF},
    "stream_socket_server": {1: REF, 2: REF},
    "stream_socket_accept": {2: REF},
    "stream_socket_recvfrom": {3: REF},
    "fsockopen": {2: REF, 3: REF},
    "pfsockopen": {2: REF, 3: REF},
    "flock": {2: REF},
    "pcntl_waitpid": {1: REF},
    "pcntl_wait": {0: REF},
    "pcntl_sigwaitinfo": {1: REF},
    "pcntl_sigtimedwait": {1: REF},
    "pcntl_sigprocmask": {2: REF},
    "proc_open": {2: INPLACE},
    "exec": {1: INPLACE, 2: REF},
    "system": {1: REF},
    "passthru": {1: REF},
    "fscanf": {-3: REF},
    "sscanf": {-3: REF},
    "socket_select": {0: INPLACE, 1: INPLACE, 2: INPLACE},
    "socket_create_pair": {3: REF},
    "socket_recv": {1: REF},
    "socket_recvfrom": {1: REF, 4: REF, 5: REF},
    "socket_getpeername": {1: REF, 2: REF},
    "socket_getsockname": {1: REF, 2: REF},
    "headers_sent": {0: REF, 1: REF},
    "getopt": {2: REF},
    "is_callable": {2: REF},
    # strings and regular expressions
    "preg_match": {2: REF},
    "preg_match_all": {2: REF},
    "preg_replace": {4: REF},
    "preg_replace_callback": {4: REF},
    "str_replace": {3: REF},
    "str_ireplace": {3: REF},
    "similar_text": {2: REF},
    "parse_str": {1: REF},
    "settype": {0: REF},
    # arrays
    "sort": {0: INPLACE},
    "rsort": {0: INPLACE},
    "usort": {0: INPLACE},
    "uasort": {0: INPLACE},
    "uksort": {0: INPLACE},
    "ksort": {0: INPLACE},
    "krsort": {0: INPLACE},
    "asort": {0: INPLACE},
    "arsort": {0: INPLACE},
    "natsort": {0: INPLACE},
    "natcasesort": {0: INPLACE},
    "shuffle": {0: INPLACE},
    "array_push": {0: INPLACE},
    "array_pop": {0: INPLACE},
    "array_shift": {0: INPLACE},
    "array_unshift": {0: INPLACE},
    "array_splice": {0: INPLACE},
    "array_walk": {0: INPLACE},
    "array_walk_recursive": {0: INPLACE},
    "array_multisort": {0: INPLACE},
    "end": {0: INPLACE},
    "reset": {0: INPLACE},
    "next": {0: INPLACE},
    "prev": {0: INPLACE},
}

_INT = "int"
_STR = "str"
_BOOL = "bool"
_ARR = "array"
_FLOAT = "float"

RETURNS: dict[str, str] = {}
for _names, _kind in (
    (
        "strlen count sizeof ord pcntl_fork getmypid posix_getpid posix_getppid posix_getuid "
        "posix_geteuid posix_getgid time intval crc32 intdiv array_sum_int strcmp strcasecmp "
        "strncmp strncasecmp substr_count pcntl_wexitstatus pcntl_wtermsig pcntl_wstopsig "
        "get_resource_id error_reporting mt_rand rand random_int mt_getrandmax getrandmax "
        "hexdec_int bindec_int octdec_int memory_get_usage memory_get_peak_usage ob_get_level "
        "ob_get_length_int gc_collect_cycles spl_object_id levenshtein similar_text "
        "str_word_count_int func_num_args",
        _INT,
    ),
    (
        "str_repeat strtoupper strtolower ucfirst lcfirst ucwords trim ltrim rtrim chop "
        "str_pad implode join sprintf vsprintf number_format strrev str_replace str_ireplace "
        "substr_replace nl2br htmlspecialchars htmlentities addslashes stripslashes chr "
        "bin2hex dechex decbin decoct base64_encode md5 sha1 strval gettype get_debug_type "
        "get_resource_type wordwrap chunk_split strtr var_export_str print_r_str uniqid "
        "str_word_count_str php_uname php_sapi_name phpversion sys_get_temp_dir getcwd_str "
        "lcg_value_str rawurlencode urlencode rawurldecode urldecode quotemeta nl_langinfo "
        "date gmdate basename dirname pathinfo_str escapeshellarg escapeshellcmd "
        "spl_object_hash str_shuffle hash serialize json_encode_str ltrim rtrim "
        "mb_strtoupper mb_strtolower get_class",
        _STR,
    ),
    (
        "is_int is_integer is_long is_float is_double is_string is_bool is_array is_null "
        "is_numeric is_scalar is_object is_resource is_callable is_iterable is_countable "
        "in_array array_key_exists key_exists is_a is_subclass_of method_exists "
        "property_exists class_exists function_exists interface_exists defined "
        "str_contains str_starts_with str_ends_with ctype_digit ctype_alpha ctype_alnum "
        "ctype_upper ctype_lower ctype_space ctype_punct ctype_xdigit is_nan is_infinite "
        "is_finite array_is_list boolval is_dir is_file file_exists is_readable "
        "is_writable is_writeable is_link is_executable feof pcntl_wifexited "
        "pcntl_wifsignaled pcntl_wifstopped",
        _BOOL,
    ),
    (
        "array_keys array_values array_merge array_combine array_flip array_slice "
        "array_map array_filter array_reverse array_unique array_fill array_fill_keys "
        "array_pad array_chunk array_column array_diff array_intersect array_diff_key "
        "array_intersect_key array_diff_assoc array_count_values range explode str_split "
        "array_merge_recursive array_replace compact get_object_vars func_get_args "
        "stream_get_wrappers stream_get_filters stream_get_transports",
        _ARR,
    ),
    (
        "floatval doubleval fmod sqrt pi lcg_value hrtime_float exp log log10 log2 sin cos tan "
        "atan atan2 asin acos deg2rad rad2deg fdiv",
        _FLOAT,
    ),
):
    for _name in _names.split():
        RETURNS[_name] = _kind

#: PHP built-in class names as translated code writes them (others keep their name).
CLASS_NAMES: dict[str, str] = {
    "error": "PhpError",
    "typeerror": "PhpTypeError",
    "valueerror": "PhpValueError",
}

#: What ``catch (X $e)`` catches, for PHP's built-in throwables.
CATCH_NAMES: dict[str, tuple[str, ...]] = {
    "throwable": ("php.Throwable",),
    "error": ("PhpError", "TypeError", "ValueError"),
    "typeerror": ("TypeError",),
    "valueerror": ("ValueError",),
}

#: PHP function names that translated code spells differently.
PY_NAME: dict[str, str] = {
    "print": "print_",
    "exit": "exit_",
    "die": "exit_",
    "assert": "assert_",
}


@functools.cache
def available_functions() -> frozenset[str]:
    """Every PHP function name (lower case) that translated code can call."""
    import phpcompat

    from . import library

    names = set()
    for module_names in (phpcompat.__all__, library.__all__):
        for name in module_names:
            value = getattr(phpcompat, name, None)
            if value is None:
                value = getattr(library, name, None)
            if callable(value) and not isinstance(value, type):
                names.add(name.lower())
    return frozenset(names)


@functools.cache
def available_constants() -> frozenset[str]:
    """Every PHP constant name that translated code can read."""
    import phpcompat

    from . import library

    names = set()
    for mod, module_names in ((phpcompat, phpcompat.__all__), (library, library.__all__)):
        for name in module_names:
            value = getattr(mod, name, None)
            if not callable(value) and name.isupper() or name in ("NAN", "INF"):
                names.add(name)
    return frozenset(names)


@functools.cache
def available_classes() -> frozenset[str]:
    import phpcompat

    from . import library

    names = set()
    for mod, module_names in ((phpcompat, phpcompat.__all__), (library, library.__all__)):
        for name in module_names:
            value = getattr(mod, name, None)
            if isinstance(value, type):
                names.add(name.lower())
    return frozenset(names)
