from phpcompat import *

echo("before\n")
trigger_error("plain notice")
trigger_error("deprecated thing", E_USER_DEPRECATED)
try:
    trigger_error("wrong level", E_WARNING)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
var_dump(trigger_error("returns true", E_USER_NOTICE))
trigger_error("fatal: the script stops here", E_USER_ERROR)
echo("never printed\n")
