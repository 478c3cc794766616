from phpcompat import *

fp = fopen("buffered.txt", "w")
var_dump(stream_set_write_buffer(fp, 0))
var_dump(set_file_buffer(fp, 8192))
var_dump(stream_set_read_buffer(fp, 0))
fwrite(fp, "written")
var_dump(fflush(fp))
echo("on disk: ", file_get_contents("buffered.txt"), "\n")
fclose(fp)

var_dump(stream_set_chunk_size(STDOUT, 1024))
var_dump(stream_set_chunk_size(STDOUT, 4096))
var_dump(stream_set_chunk_size(STDOUT, 8192))
try:
    stream_set_chunk_size(STDOUT, 0)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")

m = fopen("php://memory", "w+")
var_dump(stream_set_write_buffer(m, 0))
var_dump(stream_set_read_buffer(m, 0))
var_dump(fflush(m))

# Reading with a small chunk size still returns everything asked for.
fp = fopen("chunks.txt", "w+")
fwrite(fp, str_repeat("x", 100))
rewind(fp)
var_dump(stream_set_chunk_size(fp, 10))
var_dump(stream_set_read_buffer(fp, 0))
var_dump(strlen(fread(fp, 50)))
var_dump(strlen(fgets(fp)))

var_dump(fflush(STDOUT))
fclose(fp)
try:
    fflush(fp)
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
