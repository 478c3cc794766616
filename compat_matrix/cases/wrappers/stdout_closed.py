from phpcompat import *

# Closing STDOUT closes file descriptor 1. The next echo cannot be written;
# PHP CLI then treats the output as aborted and ends with status 255.
echo("before\n")
ok = fclose(STDOUT)
fwrite(STDERR, "fclose(STDOUT) returned " + var_export(ok, True) + "\n")
echo("lost\n")
fwrite(STDERR, "not reached\n")
