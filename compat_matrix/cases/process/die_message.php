<?php
// covers: die, exit

function finish(string $why): void {
    echo "cleaning up\n";
    die("stopped: $why\n");
}

echo "working\n";
fwrite(STDERR, "a note on stderr\n");
finish("done early");
echo "never printed\n";
