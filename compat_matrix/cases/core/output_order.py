from phpcompat import *

# Every way of writing to standard output lands in program order; the port
# uses Python's own print() where the PHP used print.
out = fopen("php://output", "w")
for i in range(1, 4):
    echo(f"echo {i}\n")
    fwrite(STDOUT, f"STDOUT {i}\n")
    print(f"print {i}")
    fwrite(out, f"php://output {i}\n")
    printf("printf %d\n", i)
echo("no newline, then STDOUT:")
fwrite(STDOUT, " done\n")
