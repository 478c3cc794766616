from phpcompat import *

out = fopen("php://fd/1", "w")
fwrite(out, "to fd 1\n")
err = fopen("php://fd/2", "w")
fwrite(err, "to fd 2\n")
var_dump(stream_get_meta_data(out)["uri"])
echo("echo after fd/1\n")
fclose(out)
echo("fd 1 still open after fclose of its duplicate\n")

# A descriptor that is not open fails, and so do malformed URLs.
var_dump(fopen("php://fd/99", "w"))
var_dump(fopen("php://fd/", "w"))
var_dump(fopen("php://fd/x", "w"))
var_dump(fopen("php://fd/-1", "w"))

in_ = fopen("php://fd/0", "r")
echo("from fd 0: ", fgets(in_))
