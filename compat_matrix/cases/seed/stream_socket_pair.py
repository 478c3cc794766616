from phpcompat import *

sockets = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM,
    STREAM_IPPROTO_IP)
pid     = pcntl_fork()

if pid == -1:
    die('could not fork')

elif pid:
    # parent
    fclose(sockets[0])

    fwrite(sockets[1], f"child PID: {pid}\n")
    echo(fgets(sockets[1]))

    fclose(sockets[1])

else:
    # child
    fclose(sockets[1])

    fwrite(sockets[0], "message from child\n")
    echo(fgets(sockets[0]))

    fclose(sockets[0])
