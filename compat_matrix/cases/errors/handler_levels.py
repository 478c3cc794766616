from phpcompat import *


def level_name(errno: int) -> str:
    if errno == E_WARNING:
        return "E_WARNING"
    if errno == E_NOTICE:
        return "E_NOTICE"
    if errno == E_USER_WARNING:
        return "E_USER_WARNING"
    if errno == E_USER_NOTICE:
        return "E_USER_NOTICE"
    if errno == E_USER_DEPRECATED:
        return "E_USER_DEPRECATED"
    return f"level {errno}"


def all_(errno, errstr, errfile, errline):
    echo("all-handler: ", level_name(errno), f": {errstr}\n")
    return True


old = set_error_handler(all_)
var_dump(old is None)

fopen("no-such-file.txt", "r")
trigger_error("custom notice")
trigger_error("custom warning", E_USER_WARNING)
trigger_error("custom deprecation", E_USER_DEPRECATED)


# Only warnings reach this one; the notice goes to the default handler (stderr).
def warnings(errno, errstr, errfile, errline):
    echo(f"warning-handler: {errstr}\n")


previous = set_error_handler(warnings, E_WARNING | E_USER_WARNING)
var_dump(previous is all_)
trigger_error("a warning for the second handler", E_USER_WARNING)
trigger_error("a notice nobody handles")


# Returning false hands the error on to PHP's default handler as well.
def declining(errno, errstr, errfile, errline):
    echo(f"declining: {errstr}\n")
    return False


set_error_handler(declining)
trigger_error("seen twice", E_USER_WARNING)


# An error raised inside a handler does not re-enter it.
def outer(errno, errstr, errfile, errline):
    echo(f"outer: {errstr}\n")
    trigger_error("raised inside the handler", E_USER_NOTICE)
    return True


set_error_handler(outer)
trigger_error("first", E_USER_WARNING)

var_dump(restore_error_handler())
restore_error_handler()
trigger_error("back to the warnings-only handler", E_USER_WARNING)
restore_error_handler()
trigger_error("back to the first handler", E_USER_WARNING)
restore_error_handler()
trigger_error("default handler again", E_USER_WARNING)
var_dump(restore_error_handler())

set_error_handler(None)
trigger_error("null handler means the default one", E_USER_NOTICE)
