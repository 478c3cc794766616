<?php
// covers: set_error_handler, restore_error_handler, trigger_error

function level_name(int $errno): string {
    switch ($errno) {
        case E_WARNING: return "E_WARNING";
        case E_NOTICE: return "E_NOTICE";
        case E_USER_WARNING: return "E_USER_WARNING";
        case E_USER_NOTICE: return "E_USER_NOTICE";
        case E_USER_DEPRECATED: return "E_USER_DEPRECATED";
        default: return "level $errno";
    }
}

$all = function ($errno, $errstr, $errfile, $errline) {
    echo "all-handler: ", level_name($errno), ": $errstr\n";
    return true;
};
$old = set_error_handler($all);
var_dump($old === null);

fopen("no-such-file.txt", "r");
trigger_error("custom notice");
trigger_error("custom warning", E_USER_WARNING);
trigger_error("custom deprecation", E_USER_DEPRECATED);

// Only warnings reach this one; the notice goes to the default handler (stderr).
$warnings = function ($errno, $errstr, $errfile, $errline) {
    echo "warning-handler: $errstr\n";
};
$previous = set_error_handler($warnings, E_WARNING | E_USER_WARNING);
var_dump($previous === $all);
trigger_error("a warning for the second handler", E_USER_WARNING);
trigger_error("a notice nobody handles");

// Returning false hands the error on to PHP's default handler as well.
set_error_handler(function ($errno, $errstr, $errfile, $errline) {
    echo "declining: $errstr\n";
    return false;
});
trigger_error("seen twice", E_USER_WARNING);

// An error raised inside a handler does not re-enter it.
set_error_handler(function ($errno, $errstr, $errfile, $errline) {
    echo "outer: $errstr\n";
    trigger_error("raised inside the handler", E_USER_NOTICE);
    return true;
});
trigger_error("first", E_USER_WARNING);

var_dump(restore_error_handler());
restore_error_handler();
trigger_error("back to the warnings-only handler", E_USER_WARNING);
restore_error_handler();
trigger_error("back to the first handler", E_USER_WARNING);
restore_error_handler();
trigger_error("default handler again", E_USER_WARNING);
var_dump(restore_error_handler());

set_error_handler(null);
trigger_error("null handler means the default one", E_USER_NOTICE);
