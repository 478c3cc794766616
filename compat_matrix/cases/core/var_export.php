<?php
// covers: var_export

var_export(42); echo "\n";
var_export(-1.0); echo "\n";
var_export(0.1); echo "\n";
var_export(1e100); echo "\n";
var_export(-0.0); echo "\n";
var_export(true); echo "\n";
var_export(null); echo "\n";
var_export("it's a \\ test"); echo "\n";
var_export("nul\0byte"); echo "\n";
var_export([]); echo "\n";
var_export([1, "a" => [true, null], 5 => 2.5, "q'k" => "v"]); echo "\n";

$code = var_export(["list" => [1, 2]], true);
echo "returned:\n", $code, "\n";
var_dump(var_export(7, false));

$fp = fopen("php://memory", "r");
var_export($fp); echo "\n";
var_export(["h" => $fp]); echo "\n";
