<?php
// covers: printf, sprintf

printf("%s is %d years and %.2f%% done\n", "Ada", 36, 99.5);
printf("[%5d] [%-5d] [%05d] [%+d] [%+d]\n", 42, 42, 42, 42, -42);
printf("[%10s] [%-10s] [%'*10s] [%'010s]\n", "right", "left", "stars", "zeros");
printf("[%.3s] [%5.1s]\n", "truncate", "xyz");
printf("%b %o %x %X %c\n", 255, 255, 255, 255, 65);
printf("%e | %.2e | %E | %g | %G | %g\n", 1234.5678, 0.000123, 1e-10, 0.00001234, 1e20, 100000);
printf("%f %.0f %.1f %F\n", 1.005, 2.5, -0.05, 3.14159);
printf("%u\n", -1);
printf("%2\$s then %1\$s, %2\$s again\n", "first", "second");
printf("%d %d %d %s\n", "12abc", true, 3.99, false);
$n = printf("returns the byte count: %s\n", "h\xc3\xa9");
echo $n, "\n";

$s = sprintf("%08.3f|%-8s|%x", 3.14159, "pad", 48879);
var_dump($s);
var_dump(sprintf("%%"), sprintf("no args"), sprintf("%5.1e", 12345.678));

try {
    printf("%s %s\n", "only one");
} catch (ArgumentCountError $e) {
    echo "ArgumentCountError: ", $e->getMessage(), "\n";
}
try {
    echo sprintf("%y", 1);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    echo sprintf("%0\$s", 1);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
