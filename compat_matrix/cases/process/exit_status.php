<?php
// covers: exit, die

// exit with an int ends with that status and prints nothing.
// (a.txt is provided by exit_status.files/.)
$code = 0;
$files = ["a.txt", "missing.txt"];
foreach ($files as $name) {
    $data = @file_get_contents($name);
    if ($data === false) {
        echo "cannot read $name\n";
        $code = 4;
    } else {
        echo "$name: ", $data;
    }
}
exit($code);
echo "never printed\n";
