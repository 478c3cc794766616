"""Stream wrappers and user filters (API-CONTRACT section 8), translated.

The translation must follow the contract: the class itself is registered,
methods keep PHP's names, by-reference parameters (``&$consumed``,
``&$opened_path``) are ``Ref`` boxes (``consumed.value``), ``extends
php_user_filter``.  The runs compare with PHP's recorded output once the shim
provides the registration functions; until then they are skipped, visibly.
"""

from __future__ import annotations

import pytest

import phpcompat
from phpcompat.translate import translate_source

WRAPPER = r"""
class VariableStream {
    private $position;
    private $varname;
    public $context;

    function stream_open($path, $mode, $options, &$opened_path) {
        $url = parse_url($path);
        $this->varname = $url["host"];
        $this->position = 0;
        if (!isset($GLOBALS_store[$this->varname])) { }
        return true;
    }
    function stream_read($count) {
        global $store;
        $ret = substr($store[$this->varname], $this->position, $count);
        $this->position += strlen($ret);
        return $ret;
    }
    function stream_write($data) {
        global $store;
        $left = substr($store[$this->varname] ?? '', 0, $this->position);
        $right = substr($store[$this->varname] ?? '', $this->position + strlen($data));
        $store[$this->varname] = $left . $data . $right;
        $this->position += strlen($data);
        return strlen($data);
    }
    function stream_tell() { return $this->position; }
    function stream_eof() { global $store; return $this->position >= strlen($store[$this->varname]); }
    function stream_stat() { return []; }
}
$store = [];
stream_wrapper_register("var", "VariableStream") or die("Failed to register protocol");
$fp = fopen("var://myvar", "w+");
fwrite($fp, "line1\n");
fwrite($fp, "line2\n");
fclose($fp);
echo $store["myvar"];
$fp = fopen("var://myvar", "r");
while (!feof($fp)) { echo "read: ", fgets($fp); }
fclose($fp);
"""

FILTER = r"""
class strtoupper_filter extends php_user_filter {
    function filter($in, $out, &$consumed, $closing): int {
        while ($bucket = stream_bucket_make_writeable($in)) {
            $bucket->data = strtoupper($bucket->data);
            $consumed += $bucket->datalen;
            stream_bucket_append($out, $bucket);
        }
        return PSFS_PASS_ON;
    }
    function onCreate(): bool { echo "created ", $this->filtername, "\n"; return true; }
}
stream_filter_register("strtoupper", "strtoupper_filter") or die("Failed to register filter");
$fp = fopen("php://memory", "w+");
stream_filter_append($fp, "strtoupper", STREAM_FILTER_WRITE);
fwrite($fp, "Line1\n");
fwrite($fp, "Word - 2\n");
rewind($fp);
echo stream_get_contents($fp);
fclose($fp);
"""


def _needs(*names: str) -> None:
    missing = [n for n in names if n not in phpcompat.__all__]
    if missing:
        pytest.skip(f"the shim does not provide {', '.join(missing)} yet")


def test_wrapper_translation_follows_the_contract():
    _needs("stream_wrapper_register")
    code = translate_source("<?php\n" + WRAPPER, "w.php")
    assert "def stream_open(self, path, mode, options, opened_path):" in code
    assert 'stream_wrapper_register("var", VariableStream)' in code


def test_stream_wrapper_class(compare):
    expected = compare.php_output(WRAPPER)
    _needs("stream_wrapper_register", "parse_url")
    got = compare(php=WRAPPER, py=translate_source("<?php\n" + WRAPPER, "_case.php"))
    assert got == expected


def test_filter_translation_follows_the_contract():
    _needs("php_user_filter", "stream_filter_register")
    code = translate_source("<?php\n" + FILTER, "f.php")
    assert "class strtoupper_filter(php_user_filter):" in code
    assert "def filter(self, in_, out, consumed, closing):" in code
    assert "consumed.value" in code
    assert 'stream_filter_register("strtoupper", strtoupper_filter)' in code


def test_user_filter_class(compare):
    expected = compare.php_output(FILTER)
    _needs("php_user_filter", "stream_filter_register", "stream_filter_append", "stream_bucket_make_writeable")
    got = compare(php=FILTER, py=translate_source("<?php\n" + FILTER, "_case.php"))
    assert got == expected
