import math

from phpcompat import *

# Rounding: PHP rounds the decimal digits it computes, not the binary value.
for f in [1.005, 2.675, 0.125, 0.5, 1.5, 2.5, -2.5, 1e15 + 0.3, 0.000001, 123456789.987654321]:
    printf("%s | %.2f | %.0f | %.10F | %e | %.3e | %g\n", f, f, f, f, f, f, f)

# Width, padding and sign with floats.
printf("[%8.3f] [%-8.2f] [%08.2f] [%+.1f] [%+.1f] [% 6.1f]\n", 3.14159, 2.5, -1.5, 0.05, -0.05, 7.25)
printf("[%'#10.3f] [%-'x10.1f]\n", 12.3456, 9.99)

# Precision limits and special values.
printf("%.60f\n", 0.1)
printf("%.53f\n", 1 / 3)
printf("%f %f %f\n", math.inf, -math.inf, math.nan)
printf("%e %g\n", 0.0, 0.0)
printf("%d %d\n", 9.99, -9.99)
printf("%s %s %s\n", 1e6, 1e21, 0.1 + 0.7)
echo(sprintf("%.15g|%.17g|%G", 0.1, 0.1, 1.5e-10), "\n")
var_dump(sprintf("%.1f", 0.05), sprintf("%.1f", 0.15), sprintf("%.1f", 0.25), sprintf("%.1f", 0.35))
