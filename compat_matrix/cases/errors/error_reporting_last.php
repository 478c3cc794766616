<?php
// covers: error_reporting, error_get_last, error_clear_last

var_dump(error_reporting() === E_ALL);
var_dump(error_get_last());

fopen("missing.txt", "r");
$last = error_get_last();
echo "type: ", $last["type"], " (E_WARNING is ", E_WARNING, ")\n";
echo "message: ", $last["message"], "\n";
var_dump(array_keys($last));

error_clear_last();
var_dump(error_get_last());

// Switch warnings off: nothing printed, but error_get_last() still records it.
$old = error_reporting(E_ALL & ~E_WARNING & ~E_USER_WARNING);
var_dump($old === E_ALL);
var_dump(error_reporting());
fopen("also-missing.txt", "r");
trigger_error("silenced user warning", E_USER_WARNING);
echo "last: ", error_get_last()["message"], "\n";
trigger_error("notices still print");

// A handler is called even for levels error_reporting() switches off.
set_error_handler(function ($errno, $errstr, $errfile, $errline) {
    echo "handler: $errstr\n";
    return true;
});
fopen("third-missing.txt", "r");
trigger_error("notice reaches the handler");
restore_error_handler();

error_reporting(0);
trigger_error("nothing at all");
echo "after 0: ", error_get_last()["message"], "\n";
error_reporting(E_ALL);
trigger_error("back on", E_USER_WARNING);
