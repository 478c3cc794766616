from phpcompat import *

# exit with an int ends with that status and prints nothing.
# (a.txt is provided by exit_status.files/.)
code = 0
files = ["a.txt", "missing.txt"]
for name in files:
    with silence():
        data = file_get_contents(name)
    if data is False:
        echo(f"cannot read {name}\n")
        code = 4
    else:
        echo(f"{name}: ", data)
exit_(code)
echo("never printed\n")
