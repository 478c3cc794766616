from phpcompat import *


def finish(why: str) -> None:
    echo("cleaning up\n")
    die(f"stopped: {why}\n")


echo("working\n")
fwrite(STDERR, "a note on stderr\n")
finish("done early")
echo("never printed\n")
