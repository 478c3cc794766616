<?php
// covers: @, set_error_handler, error_get_last, error_reporting

// A handler that declines under @: the default handler records the error but
// prints nothing.
set_error_handler(function ($errno, $errstr, $errfile, $errline) {
    if (!(error_reporting() & $errno)) {
        echo "handler: silenced, declining: $errstr\n";
        return false;
    }
    echo "handler: $errstr\n";
    return true;
});

error_clear_last();
$fp = @fopen("missing.txt", "r");
var_dump($fp);
echo "error_get_last: ", error_get_last()["message"], "\n";

$fp = fopen("missing-too.txt", "r");
var_dump(error_get_last()["message"]);

// Nested @ and error_reporting() inside and after.
function quiet_read(string $name) {
    echo "inside: ", error_reporting(), "\n";
    return file_get_contents($name);
}
var_dump(@quiet_read("nothing-here.txt"));
echo "after: ", error_reporting(), "\n";
restore_error_handler();

// Without a handler, @ still records error_get_last() and prints nothing.
@trigger_error("quiet user warning", E_USER_WARNING);
echo error_get_last()["message"], " (type ", error_get_last()["type"], ")\n";
