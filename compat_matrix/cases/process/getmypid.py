from phpcompat import *

pid = getmypid()
echo("PID: ", pid, "\n")
var_dump(isinstance(pid, int), pid > 0, pid == posix_getpid())

child = pcntl_fork()
if child == 0:
    # The child has its own process id; getmypid() reports it.
    var_dump(getmypid() != pid, getmypid() == posix_getpid())
    echo("child PID: ", posix_getpid(), "\n")
    exit_(0)
status = Ref()
pcntl_waitpid(child, status)
echo("parent PID: ", getmypid(), "\n")
var_dump(getmypid() == pid)
