<?php
// covers: pcntl_fork, pcntl_waitpid, echo, fwrite, printf, file_get_contents

// Output produced before the fork is written once, not once per process.
echo "before fork: echo\n";
print "before fork: print\n";
printf("before fork: %s\n", "printf");
fwrite(STDOUT, "before fork: STDOUT\n");
$out = fopen("php://output", "w");
fwrite($out, "before fork: php://output\n");

$log = fopen("log.txt", "w");
fwrite($log, "parent, before fork\n");

$pid = pcntl_fork();
if ($pid === 0) {
    fwrite($log, "child\n");
    echo "child: echo\n";
    exit(0);
}
pcntl_waitpid($pid, $status);
fwrite($log, "parent, after the child ended\n");
fclose($log);
echo "parent: echo\n";
echo file_get_contents("log.txt");
