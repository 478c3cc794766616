from phpcompat import *

fp = fopen("seek.txt", "w+")
fwrite(fp, "0123456789")
var_dump(ftell(fp))

var_dump(fseek(fp, 3))
var_dump(ftell(fp), fread(fp, 2), ftell(fp))
var_dump(fseek(fp, 2, SEEK_CUR))
var_dump(ftell(fp), fgetc(fp))
var_dump(fseek(fp, -4, SEEK_END))
var_dump(fread(fp, 100))

# Seeking before the start fails; past the end is allowed and leaves a hole.
var_dump(fseek(fp, -1))
var_dump(ftell(fp))
var_dump(fseek(fp, -20, SEEK_CUR))
var_dump(fseek(fp, 5, SEEK_END))
var_dump(ftell(fp))
fwrite(fp, "!")
rewind(fp)
var_dump(bin2hex(fread(fp, 100)))
var_dump(rewind(fp), ftell(fp))

var_dump(fseek(fp, 0, 99))
fclose(fp)

# Append mode: the position reported before the first write.
file_put_contents("log.txt", "12345")
fp = fopen("log.txt", "a+")
var_dump(ftell(fp))
fwrite(fp, "67")
var_dump(ftell(fp))
rewind(fp)
var_dump(ftell(fp), fread(fp, 3))
fclose(fp)

# Memory streams behave the same way.
m = fopen("php://memory", "w+")
fwrite(m, "abcdef")
var_dump(fseek(m, 10), ftell(m), fseek(m, -1), ftell(m))
var_dump(fseek(m, 2), fread(m, 10))
