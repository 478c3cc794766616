<?php
// covers: echo, print, fwrite, STDOUT, php://output, printf

// Every way of writing to standard output lands in program order.
$out = fopen("php://output", "w");
for ($i = 1; $i <= 3; $i++) {
    echo "echo $i\n";
    fwrite(STDOUT, "STDOUT $i\n");
    print "print $i\n";
    fwrite($out, "php://output $i\n");
    printf("printf %d\n", $i);
}
echo "no newline, then STDOUT:";
fwrite(STDOUT, " done\n");
