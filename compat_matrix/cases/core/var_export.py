from phpcompat import *

var_export(42); echo("\n")
var_export(-1.0); echo("\n")
var_export(0.1); echo("\n")
var_export(1e100); echo("\n")
var_export(-0.0); echo("\n")
var_export(True); echo("\n")
var_export(None); echo("\n")
var_export("it's a \\ test"); echo("\n")
var_export("nul\0byte"); echo("\n")
var_export([]); echo("\n")
var_export({0: 1, "a": [True, None], 5: 2.5, "q'k": "v"}); echo("\n")

code = var_export({"list": [1, 2]}, True)
echo("returned:\n", code, "\n")
var_dump(var_export(7, False))

fp = fopen("php://memory", "r")
var_export(fp); echo("\n")
var_export({"h": fp}); echo("\n")
