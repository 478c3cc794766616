<?php
// covers: getmypid, posix_getpid, pcntl_fork, pcntl_waitpid

$pid = getmypid();
echo "PID: ", $pid, "\n";
var_dump(is_int($pid), $pid > 0, $pid === posix_getpid());

$child = pcntl_fork();
if ($child === 0) {
    // The child has its own process id; getmypid() reports it.
    var_dump(getmypid() !== $pid, getmypid() === posix_getpid());
    echo "child PID: ", posix_getpid(), "\n";
    exit(0);
}
pcntl_waitpid($child, $status);
echo "parent PID: ", getmypid(), "\n";
var_dump(getmypid() === $pid);
