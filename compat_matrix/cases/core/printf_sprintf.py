from phpcompat import *

printf("%s is %d years and %.2f%% done\n", "Ada", 36, 99.5)
printf("[%5d] [%-5d] [%05d] [%+d] [%+d]\n", 42, 42, 42, 42, -42)
printf("[%10s] [%-10s] [%'*10s] [%'010s]\n", "right", "left", "stars", "zeros")
printf("[%.3s] [%5.1s]\n", "truncate", "xyz")
printf("%b %o %x %X %c\n", 255, 255, 255, 255, 65)
printf("%e | %.2e | %E | %g | %G | %g\n", 1234.5678, 0.000123, 1e-10, 0.00001234, 1e20, 100000)
printf("%f %.0f %.1f %F\n", 1.005, 2.5, -0.05, 3.14159)
printf("%u\n", -1)
printf("%2$s then %1$s, %2$s again\n", "first", "second")
printf("%d %d %d %s\n", "12abc", True, 3.99, False)
n = printf("returns the byte count: %s\n", "hé")
echo(n, "\n")

s = sprintf("%08.3f|%-8s|%x", 3.14159, "pad", 48879)
var_dump(s)
var_dump(sprintf("%%"), sprintf("no args"), sprintf("%5.1e", 12345.678))

try:
    printf("%s %s\n", "only one")
except TypeError as e:  # ArgumentCountError
    echo("ArgumentCountError: ", str(e), "\n")
try:
    echo(sprintf("%y", 1))
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    echo(sprintf("%0$s", 1))
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
