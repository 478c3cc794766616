<?php
// covers: stream_socket_pair

// Only Unix-domain pairs exist; other families and protocols are refused with
// the operating system's error.
var_dump(stream_socket_pair(STREAM_PF_INET, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP));
var_dump(stream_socket_pair(STREAM_PF_INET6, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP));
var_dump(stream_socket_pair(99, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP));
var_dump(stream_socket_pair(STREAM_PF_UNIX, 99, STREAM_IPPROTO_IP));
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_TCP));

set_error_handler(function ($errno, $errstr, $errfile, $errline) {
    echo "handler: $errstr\n";
    return true;
});
var_dump(stream_socket_pair(STREAM_PF_INET, STREAM_SOCK_DGRAM, STREAM_IPPROTO_UDP));
restore_error_handler();

try {
    stream_socket_pair("unix", STREAM_SOCK_STREAM, 0);
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
