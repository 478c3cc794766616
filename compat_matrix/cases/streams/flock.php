<?php
// covers: flock, stream_supports_lock

$fp = fopen("lock.txt", "c+");
var_dump(stream_supports_lock($fp));
var_dump(flock($fp, LOCK_EX));
var_dump(flock($fp, LOCK_UN));
var_dump(flock($fp, LOCK_SH));
var_dump(flock($fp, LOCK_SH | LOCK_NB));
var_dump(flock($fp, LOCK_EX | LOCK_NB, $would_block));
var_dump($would_block);
var_dump(flock($fp, LOCK_UN));

// A second handle on the same file in the same process: flock locks are
// per open file description, so a non-blocking exclusive lock is refused.
$other = fopen("lock.txt", "r");
flock($fp, LOCK_EX);
$would_block = null;
var_dump(flock($other, LOCK_EX | LOCK_NB, $would_block));
var_dump($would_block);
flock($fp, LOCK_UN);
var_dump(flock($other, LOCK_EX | LOCK_NB, $would_block));
var_dump($would_block);
fclose($other);
fclose($fp);

try {
    flock(fopen("lock.txt", "r"), 0);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}

// Streams that cannot be locked.
$m = fopen("php://memory", "r+");
var_dump(stream_supports_lock($m));
var_dump(flock($m, LOCK_EX));
$t = fopen("php://temp", "r+");
var_dump(stream_supports_lock($t));
var_dump(stream_supports_lock(STDOUT));
