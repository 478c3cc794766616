from phpcompat import *

with silence():
    fp = fopen("missing.txt", "r")
var_dump(fp)
echo("recorded: ", error_get_last()["message"], "\n")

with silence():
    value = file_get_contents("nope.txt")
var_dump(value)


# The handler still runs under @, and sees error_reporting() as 4437.
def handler(errno, errstr, errfile, errline):
    echo("handler (error_reporting=", error_reporting(), f"): {errstr}\n")
    return True


set_error_handler(handler)
with silence():
    trigger_error("silenced but handled", E_USER_WARNING)
trigger_error("not silenced", E_USER_WARNING)
restore_error_handler()

echo("outside @: ", error_reporting(), "\n")
with silence():
    trigger_error("user notice under @")
echo("last: ", error_get_last()["message"], "\n")

# @ does not swallow exceptions.
try:
    with silence():
        fopen("nul\0byte.txt", "r")
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
fopen("printed.txt", "r")
