from phpcompat import *

# On the command line there is no request body: php://input is empty even
# when standard input has data.
in_ = fopen("php://input", "r")
var_dump(get_resource_type(in_))
var_dump(fread(in_, 100), feof(in_))
var_dump(file_get_contents("php://input"))
meta = stream_get_meta_data(in_)
var_dump(meta["wrapper_type"], meta["stream_type"], meta["mode"], meta["seekable"], meta["uri"])
var_dump(fwrite(in_, "x"))
fclose(in_)

# Standard input is still there.
echo("stdin: ", fgets(STDIN))
