from phpcompat import *


# A handler that declines under @: the default handler records the error but
# prints nothing.
def handler(errno, errstr, errfile, errline):
    if not (error_reporting() & errno):
        echo(f"handler: silenced, declining: {errstr}\n")
        return False
    echo(f"handler: {errstr}\n")
    return True


set_error_handler(handler)

error_clear_last()
with silence():
    fp = fopen("missing.txt", "r")
var_dump(fp)
echo("error_get_last: ", error_get_last()["message"], "\n")

fp = fopen("missing-too.txt", "r")
var_dump(error_get_last()["message"])


# Nested @ and error_reporting() inside and after.
def quiet_read(name: str):
    echo("inside: ", error_reporting(), "\n")
    return file_get_contents(name)


with silence():
    result = quiet_read("nothing-here.txt")
var_dump(result)
echo("after: ", error_reporting(), "\n")
restore_error_handler()

# Without a handler, @ still records error_get_last() and prints nothing.
with silence():
    trigger_error("quiet user warning", E_USER_WARNING)
echo(error_get_last()["message"], " (type ", error_get_last()["type"], ")\n")
