from phpcompat import *

echo("parent starts\n")
pid = pcntl_fork()
if pid == -1:
    die("could not fork\n")
if pid == 0:
    echo("child runs\n")
    exit_(3)

status = Ref(0)
waited = pcntl_waitpid(pid, status)
var_dump(waited == pid)
var_dump(pcntl_wifexited(status.value))
var_dump(pcntl_wexitstatus(status.value))

# A child that ends normally exits with 0.
pid = pcntl_fork()
if pid == 0:
    echo("second child runs\n")
    exit_()
pcntl_waitpid(pid, status)
var_dump(pcntl_wifexited(status.value), pcntl_wexitstatus(status.value))

# WNOHANG: nothing to report yet, then the exit status.
r, w = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
pid = pcntl_fork()
if pid == 0:
    fclose(w)
    fgets(r)
    exit_(7)
fclose(r)
var_dump(pcntl_waitpid(pid, status, WNOHANG))
fwrite(w, "go\n")
var_dump(pcntl_waitpid(pid, status) == pid, pcntl_wexitstatus(status.value))

# No child left to wait for.
var_dump(pcntl_waitpid(-1, status, WNOHANG))
echo("parent ends\n")
