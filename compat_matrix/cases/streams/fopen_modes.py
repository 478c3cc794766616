from phpcompat import *


def show(label: str, fp) -> None:
    echo(str_pad(label, 6), " => ", get_resource_type(fp) if is_resource(fp) else var_export(fp, True), "\n")


# w: create/truncate, write only.
fp = fopen("data.txt", "w")
show("w", fp)
fwrite(fp, "first line\n")
var_dump(fread(fp, 10))
fclose(fp)

# a: append, writes always go to the end.
fp = fopen("data.txt", "a")
fwrite(fp, "appended\n")
fclose(fp)

# r / rb / rt: read only.
for mode in ["r", "rb", "rt"]:
    fp = fopen("data.txt", mode)
    echo(mode, ": ")
    var_dump(fread(fp, 100))
    var_dump(fwrite(fp, "nope"))
    fclose(fp)

# r+: read and write from the start, no truncation.
fp = fopen("data.txt", "r+")
fwrite(fp, "FIRST")
rewind(fp)
echo("r+: ", fread(fp, 100))
fclose(fp)

# w+: truncates, then reads back what it wrote.
fp = fopen("data.txt", "w+")
fwrite(fp, "rewritten\n")
rewind(fp)
echo("w+: ", fread(fp, 100))
fclose(fp)

# a+: reads from where we seek, writes still append.
fp = fopen("data.txt", "a+")
fwrite(fp, "tail\n")
rewind(fp)
echo("a+: ")
var_dump(fread(fp, 100))
fclose(fp)

# x / x+: create only when the file does not exist yet.
fp = fopen("fresh.txt", "x")
show("x", fp)
fwrite(fp, "exclusive\n")
fclose(fp)
show("x again", fopen("fresh.txt", "x"))
show("x+", fopen("fresh.txt", "x+"))

# c / c+: open or create, never truncate.
fp = fopen("fresh.txt", "c")
fwrite(fp, "EX")
fclose(fp)
fp = fopen("fresh.txt", "c+")
echo("c+: ", fread(fp, 100))
fclose(fp)
fp = fopen("created-by-c.txt", "c")
show("c new", fp)
fclose(fp)
echo("created-by-c.txt: ")
var_dump(file_get_contents("created-by-c.txt"))

# e: close-on-exec, otherwise like the mode it extends.
fp = fopen("fresh.txt", "re")
echo("re: ", fgets(fp))
fclose(fp)
