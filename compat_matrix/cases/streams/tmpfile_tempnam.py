import os
import tempfile

from phpcompat import *

tmp = tmpfile()
var_dump(get_resource_type(tmp))
fwrite(tmp, "scratch data")
fseek(tmp, 0)
var_dump(fread(tmp, 100))
meta = stream_get_meta_data(tmp)
path = meta["uri"]
del meta["uri"]
var_dump(meta)
# The file lives in the system temp dir, named "php" plus 6 random characters.
var_dump(os.path.dirname(path) == tempfile.gettempdir(), substr(os.path.basename(path), 0, 3),
         strlen(os.path.basename(path)))
var_dump(os.path.exists(path))
fclose(tmp)
var_dump(os.path.exists(path))

dir_ = tempfile.gettempdir()
name = tempnam(dir_, "rep")
var_dump(os.path.dirname(name) == dir_)
var_dump(os.path.basename(name).startswith("rep"), strlen(os.path.basename(name)))
var_dump(os.path.exists(name), os.path.getsize(name))
os.unlink(name)

# A prefix longer than 63 bytes is cut, a directory that does not exist falls
# back to the system temp dir with a notice.
long = tempnam(dir_, str_repeat("p", 70))
var_dump(strlen(os.path.basename(long)))
os.unlink(long)
fallback = tempnam("no/such/dir", "fb")
var_dump(os.path.dirname(fallback) == dir_)
os.unlink(fallback)

# In the working directory.
local = tempnam(".", "loc")
var_dump(os.path.dirname(local) == os.getcwd(), os.path.exists(local))
