<?php
// covers: php://stdout, php://stderr, STDOUT, STDERR, echo, fwrite

echo "1 echo\n";
fwrite(STDOUT, "2 STDOUT\n");
print "3 print\n";
$out = fopen("php://stdout", "w");
fwrite($out, "4 php://stdout\n");
echo "5 echo\n";
fprintf(STDOUT, "%d %s\n", 6, "fprintf");
fwrite(STDERR, "error 1 STDERR\n");
$err = fopen("php://stderr", "w");
fwrite($err, "error 2 php://stderr\n");
fputs(STDERR, "error 3 fputs\n");
echo "7 echo\n";
fclose($out);
fwrite(STDOUT, "8 STDOUT still open\n");
var_dump(fread($out = fopen("php://stdout", "r"), 10));
var_dump(stream_get_meta_data(STDOUT)["uri"], stream_get_meta_data($err)["uri"]);
