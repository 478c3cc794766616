import os

from phpcompat import *

file_put_contents("plain.txt", "via a plain path\n")
url = "file://" + os.getcwd() + "/plain.txt"

echo(file_get_contents(url))
fp = fopen(url, "r")
meta = stream_get_meta_data(fp)
var_dump(meta["wrapper_type"], meta["stream_type"])
echo(str_replace(os.getcwd(), "<cwd>", meta["uri"]), "\n")
fclose(fp)

var_dump(file_put_contents("file://" + os.getcwd() + "/written.txt", "written via file://\n"))
echo(file_get_contents("written.txt"))

# file:// needs an absolute path; a host other than localhost is refused.
var_dump(file_get_contents("file://plain.txt"))
var_dump(is_resource(fopen("file://localhost" + os.getcwd() + "/plain.txt", "r")))
var_dump(file_get_contents("file:///no/such/file.txt"))
var_dump(stream_is_local(url))
