--TEST--
SKIPIF: a test whose SKIPIF prints nothing runs
--SKIPIF--
<?php
if (!function_exists('stream_socket_pair')) die('skip no stream_socket_pair');
?>
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
fwrite($a, "ping\n");
echo fgets($b);
fclose($a);
fclose($b);
?>
--EXPECT--
ping
