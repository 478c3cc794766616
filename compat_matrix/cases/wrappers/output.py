from phpcompat import *

out = fopen("php://output", "w")
echo("a")
var_dump(fwrite(out, "b"))
echo("c\n")
fprintf(out, "%s-%d\n", "formatted", 42)
var_dump(fread(out, 10))
var_dump(ftell(out), fseek(out, 0))
var_dump(fflush(out))
var_dump(stream_get_meta_data(out)["mode"])
fclose(out)

# Every php://output stream writes to the same place.
one = fopen("php://output", "w")
two = fopen("php://output", "a")
fwrite(one, "one ")
fwrite(two, "two ")
fwrite(one, "three\n")

# Readable modes are accepted, and still write.
r = fopen("php://output", "r")
var_dump(fwrite(r, "written through an 'r' handle\n"))

# Copy a memory stream to the output.
m = fopen("php://memory", "w+")
fwrite(m, "copied\n")
rewind(m)
var_dump(stream_copy_to_stream(m, one))
