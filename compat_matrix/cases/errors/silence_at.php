<?php
// covers: @, error_get_last, error_reporting, fopen

$fp = @fopen("missing.txt", "r");
var_dump($fp);
echo "recorded: ", error_get_last()["message"], "\n";

$value = @file_get_contents("nope.txt");
var_dump($value);

// The handler still runs under @, and sees error_reporting() as 4437.
set_error_handler(function ($errno, $errstr, $errfile, $errline) {
    echo "handler (error_reporting=", error_reporting(), "): $errstr\n";
    return true;
});
@trigger_error("silenced but handled", E_USER_WARNING);
trigger_error("not silenced", E_USER_WARNING);
restore_error_handler();

echo "outside @: ", error_reporting(), "\n";
@trigger_error("user notice under @");
echo "last: ", error_get_last()["message"], "\n";

// @ does not swallow exceptions.
try {
    @fopen("nul\0byte.txt", "r");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
fopen("printed.txt", "r");
