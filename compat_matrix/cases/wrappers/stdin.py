from phpcompat import *

# STDIN and php://stdin share the same file descriptor.
echo("STDIN: ", fgets(STDIN))
in_ = fopen("php://stdin", "r")
var_dump(get_resource_id(in_) > 3)
# STDIN's first read took everything the pipe held into STDIN's buffer, so
# the second stream finds nothing left to read.
echo("php://stdin: ", var_export(fgets(in_), True), "\n")
echo("STDIN again: ", fgets(STDIN))
var_dump(fread(in_, 4))
var_dump(stream_get_contents(STDIN))
var_dump(feof(STDIN), fgets(STDIN))
var_dump(stream_get_contents(in_))
var_dump(fwrite(STDIN, "read only"))
fclose(in_)
var_dump(fgets(STDIN))
