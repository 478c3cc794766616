from phpcompat import *

left, right = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
var_dump(left, right)
meta = stream_get_meta_data(left)
var_dump(meta["stream_type"], meta["mode"], meta["seekable"], meta.get("wrapper_type", "none"))

# Both ends read and write.
fwrite(left, "ping\n")
echo("right got: ", fgets(right))
fwrite(right, "pong\n")
echo("left got: ", fgets(left))

# A stream pair has no message boundaries.
fwrite(left, "one")
fwrite(left, "two")
var_dump(fread(right, 100))

# Closing one end: the other reads what is left, then end of file.
fwrite(left, "last words")
fclose(left)
var_dump(fread(right, 4), fread(right, 100), fread(right, 100), feof(right))
var_dump(fwrite(right, "anyone?"))

# Datagram pairs keep message boundaries.
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, STREAM_IPPROTO_IP)
fwrite(a, "first message")
fwrite(a, "second")
var_dump(fread(b, 100), fread(b, 100))
