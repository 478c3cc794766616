"""The code generator: ``nodes.Program`` -> readable Python that calls the shim.

This module owns every decision about how a PHP construct is spelled in
Python.  The rules, in order of priority:

1. Same output as PHP.  Where Python's operator differs from PHP's (loose
   ``==``, ``.`` on numbers, ``/``, ``%``, string increment, truthiness of
   ``"0"``), the generated code calls a ``php.*`` helper from ``runtime``.
2. Readable.  Where the types are known (an ``int`` counter, a string built
   with ``.``, the result of ``strlen``), plain Python operators are used:
   ``i += 1``, ``f"child PID: {pid}\\n"``, ``while (line := fgets(fp)) is not False``.
3. Anything not supported raises ``TranslateError`` naming the construct,
   the file and the line - never wrong code silently.

Top-level functions and classes are hoisted (PHP declares them before the
script runs); everything else keeps PHP's order, and PHP's comments come
along (``# ...``).
"""

from __future__ import annotations

import functools
import keyword
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields

from . import nodes as n
from .builtins import (
    BY_REF,
    CATCH_NAMES,
    CLASS_NAMES,
    PY_NAME,
    RETURNS,
    available_classes,
    available_constants,
    available_functions,
)
from .errors import TranslateError
from .literals import INT_MAX
from .scope import BOOLISH, NUMERIC, ScopeInfo, analyse, join_kinds

__all__ = ["generate", "generate_with_lines"]

# Python precedence, loosest first.
WALRUS, LAMBDA, IFELSE, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ADD, MUL, UNARY, POW, ATOM = range(16)

HEADER_IMPORTS = [
    "from phpcompat import *",
    "from phpcompat.translate.library import *",
    "from phpcompat.translate import runtime as php",
]

# Python names translated code relies on: a PHP name equal to one of them is renamed.
_PY_RESERVED = (
    set(keyword.kwlist)
    | set(keyword.softkw if hasattr(keyword, "softkw") else [])
    | {
        "php",
        "self",
        "cls",
        "static",
        "super",
        "type",
        "isinstance",
        "getattr",
        "setattr",
        "hasattr",
        "staticmethod",
        "classmethod",
        "Ref",
        "Array",
        "None",
        "True",
        "False",
        "BaseException",
        "globals",
        "print",
        "exit",
        "len",
        "list",
        "dict",
        "str",
        "int",
        "float",
        "bool",
        "object",
        "range",
        "iter",
        "next",
        "vars",
        "id",
        "property",
        "lambda",
    }
)

_SUPERGLOBALS = {"_SERVER", "_ENV", "_GET", "_POST", "_COOKIE", "_FILES", "_REQUEST", "_SESSION", "GLOBALS"}

_CAST_HELPER = {
    "int": "php.int",
    "float": "php.float",
    "string": "php.str",
    "bool": "php.bool",
    "array": "php.array",
    "object": "php.cast_object",
}

_CALLBACK_PARAMS: dict[str, tuple[int, ...]] = {
    "array_map": (0,),
    "array_filter": (1,),
    "usort": (1,),
    "uasort": (1,),
    "uksort": (1,),
    "array_walk": (1,),
    "array_walk_recursive": (1,),
    "array_reduce": (1,),
    "call_user_func": (0,),
    "call_user_func_array": (0,),
    "register_shutdown_function": (0,),
    "set_error_handler": (0,),
    "set_exception_handler": (0,),
    "preg_replace_callback": (1,),
    "pcntl_signal": (1,),
    "ob_start": (0,),
    "is_callable": (),
    "iterator_apply": (1,),
    "spl_autoload_register": (0,),
    "header_register_callback": (0,),
}
#: built-ins that write to the output themselves
_PRINTING = {
    "printf",
    "vprintf",
    "print_r",
    "var_dump",
    "var_export",
    "readfile",
    "fpassthru",
    "passthru",
    "system",
    "debug_zval_dump",
    "phpinfo",
    "flush",
    "ob_flush",
    "ob_end_flush",
    "ob_get_flush",
    "fwrite",
    "fputs",
    "fprintf",
    "vfprintf",
    "file_put_contents",
    "error_log",
    "trigger_error",
    "user_error",
    "fclose",
    "stream_copy_to_stream",
    "pcntl_fork",
    "exit_",
    "die",
    "sleep",
    "usleep",
}
_CLASS_PARAMS: dict[str, tuple[int, ...]] = {
    "stream_wrapper_register": (1,),
    "stream_register_wrapper": (1,),
    "stream_filter_register": (1,),
}

_MAGIC_METHODS = {
    "__construct": "__init__",
    "__tostring": "__str__",
    "__invoke": "__call__",
    "__get": "__getattr__",
    "__destruct": "__del__",
    "__isset": "__isset__",
    "__clone": "__clone__",
}
_UNSUPPORTED_MAGIC = {
    "__set",
    "__unset",
    "__call",
    "__callstatic",
    "__sleep",
    "__wakeup",
    "__serialize",
    "__unserialize",
    "__set_state",
    "__debuginfo",
}


@dataclass
class E:
    """An emitted Python expression: its code, its precedence, its PHP type if known."""

    code: str
    prec: int = ATOM
    kind: str | None = None


def pystr(value: str, quote: str = '"') -> str:
    """A Python string literal for a PHP string (surrogate-escaped bytes kept as \\udcXX)."""
    out = [quote]
    for ch in value:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == quote:
            out.append("\\" + quote)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif 0xD800 <= o <= 0xDFFF:
            out.append(f"\\u{o:04x}")
        elif o in (0x2028, 0x2029, 0x85, 0xA0) or 0x80 <= o < 0xA0:
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    out.append(quote)
    return "".join(out)


def _fstring_text(value: str) -> str:
    body = pystr(value)[1:-1]
    return body.replace("{", "{{").replace("}", "}}")


def paren(e: E, prec: int) -> str:
    return e.code if e.prec >= prec else f"({e.code})"


def _is_place(e: n.Expr) -> bool:
    return isinstance(e, (n.Var, n.Index, n.Prop, n.StaticProp))


def _simple(e: n.Expr) -> bool:
    """Cheap and free of side effects: may be evaluated twice."""
    if isinstance(e, (n.Lit, n.Var, n.Const, n.ClassConst, n.MagicConst)):
        return True
    if isinstance(e, n.Prop):
        return isinstance(e.name, str) and _simple(e.obj)
    if isinstance(e, n.Index):
        return e.index is not None and _simple(e.base) and _simple(e.index)
    return False


@dataclass
class ClassInfo:
    decl: n.ClassDecl
    pyname: str
    methods: dict[str, n.MethodDecl] = field(default_factory=dict)
    props: dict[str, n.PropertyDecl] = field(default_factory=dict)
    consts: dict[str, n.ClassConstDecl] = field(default_factory=dict)


@dataclass
class Loop:
    kind: str  # "loop", "switch", "dowhile"
    python: bool  # emitted as a Python loop
    ident: int
    step: list[str] = field(default_factory=list)  # code run by `continue` (for loops)
    cond: str | None = None  # do-while condition (for `continue`)
    flags: set[str] = field(default_factory=set)  # escape flags that must be checked after it
    targeted: set[str] = field(default_factory=set)  # flags that target this loop


@dataclass
class Ctx:
    """The scope being generated."""

    info: ScopeInfo
    kind: str  # global, function, method, closure
    func_name: str = ""
    cls: ClassInfo | None = None
    static_method: bool = False
    class_method: bool = False
    aliases: dict[str, str] = field(default_factory=dict)  # foreach-by-ref values
    statics_name: str = "static"
    nested: bool = False  # a closure inside a method: super() needs its arguments
    captured: set[str] = field(default_factory=set)  # closure `use` variables
    body: list[n.Stmt] = field(default_factory=list)  # the PHP statements of the scope
    var_sites: dict[str, int] | None = None  # $name -> uses outside catch blocks binding it
    arrow_params: set[str] = field(default_factory=set)


class Generator:
    def __init__(self, program: n.Program, mode: str = "main") -> None:
        self.program = program
        self.filename = program.filename
        self.mode = mode
        self.lines: list[tuple[int, str, int]] = []  # (indent, code, PHP line)
        self.php_line = 0
        self.line_map: list[int] = []
        self.level = 0
        self.tmp_count = 0
        self.loops: list[Loop] = []
        self.loop_ids = 0
        self.funcs: dict[str, n.FunctionDecl] = {}
        self.func_names: dict[str, str] = {}
        self.classes: dict[str, ClassInfo] = {}
        self.method_refs: dict[str, dict[int, str]] = {}
        self.method_names: set[str] = set()
        self.user_consts: set[str] = set()
        self.global_names: set[str] = set()
        self.prop_names: dict[str, str] = {}
        self.ctx: Ctx
        self.leading: dict[int, list[n.Comment]] = {}
        self.inline: dict[int, list[n.Comment]] = {}
        self.trailing: list[n.Comment] = []
        self.has_includes = False
        self.closure_count = 0
        self.in_fstring = 0
        self.stmt_starts: list[int] = []
        self.analyses: dict[int, ScopeInfo] = {}
        self.closure_name: str | None = None  # the name for the closure being assigned, if any

    # ------------------------------------------------------------ errors and output
    def fail(self, what: str, node: n.Node | None) -> TranslateError:
        return TranslateError(what, self.filename, getattr(node, "line", 0) or 0)

    def emit(self, text: str) -> None:
        self.lines.append((self.level, text, self.php_line))

    @contextmanager
    def indented(self) -> Iterator[None]:
        self.level += 1
        start = len(self.lines)
        try:
            yield
        finally:
            if len(self.lines) == start:
                self.emit("pass")
            self.level -= 1

    def tmp(self, base: str = "_t") -> str:
        self.tmp_count += 1
        return f"{base}{self.tmp_count}"

    # ------------------------------------------------------------ entry
    def generate(self) -> str:
        prog = self.program
        _rewrite_globals_array(prog)
        self.collect(prog.body)
        self.assign_comments(prog)
        ref_params = self.ref_params
        extra = ["argv", "argc"] if self.mode == "main" else []
        info = analyse(prog.body, [], ref_params, self.kind_of_var, extra_reads=[])
        self.fix_globals(info)
        self.ctx = Ctx(info, "global", body=prog.body)
        import os

        header = [
            f"# Translated from {os.path.basename(self.filename)} by phpcompat translate: "
            "edit the PHP, not this file."
        ]
        body_start = len(self.lines)
        for line in HEADER_IMPORTS:
            self.emit(line)
        if prog.notices:
            self.emit("")
            self.emit("# what PHP reports while compiling the script")
            for level, message, line in prog.notices:
                self.php_line = line
                self.emit(f"php.report({level}, {pystr(message)})")
            self.php_line = 0
        uses = info.used
        if "argv" in uses or "argc" in uses:
            self.emit("")
            if "argv" in uses:
                self.emit(f"{self.var_name('argv')} = php.script_argv()")
            if "argc" in uses:
                self.emit(f"{self.var_name('argc')} = len(php.script_argv())")
        for sg in ("_SERVER", "_ENV", "_GET", "_POST", "_COOKIE", "_FILES", "_REQUEST", "_SESSION"):
            if sg in uses:
                self.emit(f"{sg} = php.superglobal({pystr(sg)})")
        if "GLOBALS" in uses:
            where = next((x for x in prog.walk() if isinstance(x, n.Var) and x.name == "GLOBALS"), prog)
            raise self.fail("$GLOBALS", where)
        del extra
        hoisted, rest = self.split_hoisted(prog.body)
        for decl in self.order_classes(hoisted):
            self.emit("")
            self.emit("")
            self.stmt(decl)
        self.emit("")
        self.prologue(info, [], self.ctx)
        if rest:
            self.emit("")
        self.block_body(rest)
        for c in self.trailing:
            self.comment_lines(c)
        del body_start
        lines = [(h, 0) for h in header] + [
            (("    " * lvl + text) if text else "", php) for lvl, text, php in self.lines
        ]
        while lines and not lines[-1][0]:
            lines.pop()
        # collapse runs of blank lines
        out: list[str] = []
        self.line_map = [0]
        for line, php in lines:
            if not line and out and not out[-1] and len(out) > 1 and not out[-2]:
                continue
            out.append(line)
            self.line_map.append(php)
        return "\n".join(out) + "\n"

    def fix_globals(self, info: ScopeInfo) -> None:
        """A variable boxed in a function that declares it global is boxed at the top level too."""
        for decl in self.all_functions():
            body, params = decl
            sub = self.analysis(body, params)
            for name in sub.globals & sub.boxed:
                info.boxed.add(name)
            for name in sub.globals & sub.mutated:
                info.mutated.add(name)
            for name in sub.globals:
                info.used.add(name)
                info.assigned.setdefault(name, []).append(None)
                if name not in info.first:
                    info.first[name] = "read"
                    info.reads_before_write.add(name)
                if name in sub.mutated and info.first.get(name) == "read":
                    info.first[name] = "elem"  # the function fills it as an array
        for name in info.boxed:
            info.kinds[name] = None

    def analysis(self, body: list[n.Stmt], params: list[n.Param]) -> ScopeInfo:
        """The variable analysis of a function body (computed once, then reused)."""
        key = id(body)
        cached = self.analyses.get(key)
        if cached is None:
            cached = self.analyses[key] = analyse(
                body, params, self.ref_params, self.kind_of_var, strict_types=self.program.strict_types
            )
        return copy_info(cached)

    def all_functions(self) -> Iterator[tuple[list[n.Stmt], list[n.Param]]]:
        for node in self.program.walk():
            if isinstance(node, n.FunctionDecl):
                yield node.body, node.params
            elif isinstance(node, n.MethodDecl) and node.body is not None:
                yield node.body, node.params

    # ------------------------------------------------------------ collection
    def collect(self, body: list[n.Stmt]) -> None:
        top = {id(x) for x in self.program.body}
        for node in self.program.walk():
            if isinstance(node, n.FunctionDecl):
                low = node.name.lower()
                if low in self.funcs and id(node) in top and id(self.funcs[low]) in top:
                    raise self.fail(f"function {node.name}() declared twice", node)
                self.funcs[low] = node
                py = self.safe_name(node.name)
                self.func_names[low] = py
                self.global_names.add(py)
            elif isinstance(node, n.ClassDecl):
                low = node.name.lower()
                info = ClassInfo(node, self.safe_name(node.name))
                for m in node.members:
                    if isinstance(m, n.MethodDecl):
                        info.methods[m.name.lower()] = m
                        self.method_names.add(m.name.lower())
                        refs = {i: "ref" for i, p in enumerate(m.params) if p.by_ref}
                        if refs:
                            self.method_refs.setdefault(m.name.lower(), {}).update(refs)
                        for p in m.params:
                            if p.promote:
                                info.props[p.name] = n.PropertyDecl(
                                    p.name, None, visibility=p.promote.lower(), type=p.type, line=p.line
                                )
                    elif isinstance(m, n.PropertyDecl):
                        info.props[m.name] = m
                    elif isinstance(m, n.ClassConstDecl):
                        info.consts[m.name] = m
                self.classes[low] = info
                self.global_names.add(info.pyname)
            elif isinstance(node, n.ConstDecl):
                for name, _ in node.items:
                    self.user_consts.add(name)
                    self.global_names.add(name)
            elif isinstance(node, n.Call) and isinstance(node.func, str):
                low = node.func.lower()
                if low == "define" and node.args and isinstance(node.args[0].value, n.Lit):
                    self.user_consts.add(str(node.args[0].value.value))
                    self.global_names.add(str(node.args[0].value.value))
                self.global_names.add(PY_NAME.get(low, low))
            elif isinstance(node, n.Const):
                self.global_names.add(node.name)
            elif isinstance(node, n.Include):
                self.has_includes = True
        # properties that share a name with a method must be renamed in Python
        for info in self.classes.values():
            for pname in info.props:
                if pname.lower() in self.method_names or pname in _PY_RESERVED or pname.startswith("__"):
                    self.prop_names[pname] = pname + "_"
        del body

    def safe_name(self, name: str) -> str:
        if name in _PY_RESERVED or keyword.iskeyword(name):
            return name + "_"
        return name

    def split_hoisted(self, body: list[n.Stmt]) -> tuple[list[n.Stmt], list[n.Stmt]]:
        hoisted = [s for s in body if isinstance(s, (n.FunctionDecl, n.ClassDecl))]
        rest = [s for s in body if not isinstance(s, (n.FunctionDecl, n.ClassDecl))]
        return hoisted, rest

    def order_classes(self, decls: list[n.Stmt]) -> list[n.Stmt]:
        """Functions first, then classes with every base class before its subclasses."""
        funcs = [d for d in decls if isinstance(d, n.FunctionDecl)]
        classes = [d for d in decls if isinstance(d, n.ClassDecl)]
        done: set[str] = set()
        ordered: list[n.Stmt] = []
        names = {c.name.lower(): c for c in classes}

        def visit(c: n.ClassDecl, path: set[str]) -> None:
            low = c.name.lower()
            if low in done:
                return
            if low in path:
                raise self.fail(f"class {c.name} inherits from itself", c)
            path.add(low)
            deps = ([c.parent] if c.parent else []) + c.interfaces
            deps += [t for m in c.members if isinstance(m, n.TraitUse) for t in m.names]
            # class constants and property defaults are evaluated when the Python class is made
            for m in c.members:
                if isinstance(m, (n.ClassConstDecl, n.PropertyDecl)):
                    for x in m.walk():
                        ref = getattr(x, "cls", None)
                        if isinstance(x, (n.ClassConst, n.StaticProp, n.New)) and isinstance(ref, n.Name):
                            deps.append(ref.name)
            for dep in deps:
                if dep.lower() in names:
                    visit(names[dep.lower()], path)
            done.add(low)
            ordered.append(c)

        for c in classes:
            visit(c, set())
        return [*funcs, *ordered]

    # ------------------------------------------------------------ comments
    def assign_comments(self, prog: n.Program) -> None:
        stmts: list[n.Node] = []
        for node in prog.walk():
            if (
                isinstance(node, (n.Stmt, n.MethodDecl, n.PropertyDecl, n.ClassConstDecl, n.Case, n.Catch))
                and node.line
            ):
                stmts.append(node)
        stmts.sort(key=lambda s: s.line)
        lines = [s.line for s in stmts]
        import bisect

        for c in prog.comments:
            i = bisect.bisect_left(lines, c.line)
            if i < len(stmts) and lines[i] == c.line and c.end_line == c.line:
                # a comment on a statement's first line: the last statement starting there
                j = bisect.bisect_right(lines, c.line) - 1
                self.inline.setdefault(id(stmts[j]), []).append(c)
                continue
            j = bisect.bisect_right(lines, c.end_line)
            if j < len(stmts):
                self.leading.setdefault(id(stmts[j]), []).append(c)
            else:
                self.trailing.append(c)

    def comment_lines(self, c: n.Comment) -> None:
        for text in c.lines:
            self.emit(f"# {text}".rstrip() if text else "#")

    def leading_comments(self, node: n.Node) -> None:
        for c in self.leading.pop(id(node), []):
            self.comment_lines(c)

    def attach_inline(self, node: n.Node, index: int) -> None:
        comments = self.inline.pop(id(node), [])
        if not comments or index >= len(self.lines):
            for c in comments:
                self.comment_lines(c)
            return
        text = " ".join(" ".join(c.lines).strip() for c in comments).strip()
        lvl, code, php = self.lines[index]
        self.lines[index] = (lvl, f"{code}  # {text}" if text else code, php)

    # ------------------------------------------------------------ names
    def var_name(self, name: str) -> str:
        if name == "this":
            return "self"
        py = name
        if not py.isidentifier():
            raise self.fail(f"variable name ${name}", None)
        if py in _PY_RESERVED or py in self.global_names or keyword.iskeyword(py) or py.startswith("__"):
            py = py + "_"
            while py in self.global_names:
                py += "_"
        return py

    def var_ref(self, name: str) -> str:
        """The Python expression for reading/writing ``$name`` in the current scope."""
        if name in self.ctx.aliases:
            return self.ctx.aliases[name]
        if name == "this":
            if self.ctx.cls is None and self.ctx.kind != "closure":
                raise TranslateError("$this outside a class", self.filename, 0)
            return "self"
        info = self.ctx.info
        if name in info.statics:
            return f"{self.ctx.statics_name}.{self.var_name(name)}"
        py = self.var_name(name)
        if name in info.boxed:
            return f"{py}.value"
        return py

    def prop_name(self, name: str, *, static: bool = False, as_string: bool = False) -> str:
        """The Python attribute for property ``name`` seen from the current class.

        Visibility follows Python's convention, which is also how the shim's
        dumpers tell it (``var_dump`` shows ``["b":protected]``): a protected
        property is ``_b``, a private one ``__c`` (``_Cls__c`` once Python mangles
        it, which is what a string naming the attribute must say).
        """
        if not static:
            found = self.declared_prop(name)
            if found is not None:
                decl, owner = found
                if decl.visibility == "protected":
                    return "_" + name
                if decl.visibility == "private":
                    mangled = f"_{owner.pyname.lstrip('_')}__{name}"
                    if as_string or self.ctx.cls is not owner:
                        return mangled
                    return "__" + name
        return self.prop_names.get(name, name)

    def declared_prop(self, name: str) -> tuple[n.PropertyDecl, ClassInfo] | None:
        """The instance property ``name`` declared by the current class or its parents."""
        info = self.ctx.cls
        seen: set[str] = set()
        while info is not None and info.pyname not in seen:
            seen.add(info.pyname)
            decl = info.props.get(name)
            if decl is not None and not decl.static:
                return decl, info
            parent = (info.decl.parent or "").lower()
            info = self.classes.get(parent)
        return None

    def class_ref(self, ref: n.ClassRef, node: n.Node) -> E:
        if isinstance(ref, n.Name):
            low = ref.name.lower()
            if low in ("self", "static", "parent"):
                cls = self.ctx.cls
                if cls is None:
                    raise self.fail(f"{ref.name}:: outside a class", node)
                if low == "self":
                    return E(cls.pyname)
                if low == "static":
                    if self.ctx.class_method:
                        return E("cls")
                    if self.ctx.static_method:
                        return E(cls.pyname)
                    return E("type(self)")
                parent = cls.decl.parent
                if parent is None:
                    raise self.fail("parent:: in a class without a parent", node)
                return self.class_ref(n.Name(parent), node)
            return E(self.class_name(ref.name, node))
        return self.expr(ref)

    def class_name(self, name: str, node: n.Node | None) -> str:
        low = name.lower().lstrip("\\")
        if low in self.classes:
            return self.classes[low].pyname
        if low in CLASS_NAMES:
            return CLASS_NAMES[low]
        if low in available_classes():
            for real in _library_class_names():
                if real.lower() == low:
                    return real
        if self.has_includes:
            return name
        raise self.fail(f"unknown class {name}", node)

    # ------------------------------------------------------------ analysis callbacks
    def ref_params(self, call: n.Node) -> dict[int, str]:
        if isinstance(call, n.Call) and isinstance(call.func, str):
            low = call.func.lower()
            if low in self.funcs:
                f = self.funcs[low]
                out = {i: "ref" for i, p in enumerate(f.params) if p.by_ref and not p.variadic}
                for i, p in enumerate(f.params):
                    if p.by_ref and p.variadic:
                        out[-(i + 1)] = "ref"
                return out
            return BY_REF.get(low, {})
        if isinstance(call, (n.MethodCall, n.StaticCall)) and isinstance(call.name, str):
            return self.method_refs.get(call.name.lower(), {})
        if isinstance(call, n.New):
            return (
                self.method_refs.get("__construct", {})
                if isinstance(call.cls, n.Name)
                and call.cls.name.lower() in self.classes
                and "__construct" in self.classes[call.cls.name.lower()].methods
                and any(p.by_ref for p in self.classes[call.cls.name.lower()].methods["__construct"].params)
                else {}
            )
        return {}

    def kind_of_var(self, e: n.Expr, info: ScopeInfo) -> str | None:
        return self.kind(e, info)

    def kind(self, e: n.Expr | None, info: ScopeInfo | None = None) -> str | None:
        """The PHP type ``e`` always has, when it can be known statically."""
        info = info or self.ctx.info
        if e is None:
            return "null"
        if isinstance(e, n.Lit):
            v = e.value
            if v is None:
                return "null"
            if isinstance(v, bool):
                return "bool"
            if isinstance(v, int):
                return "int"
            if isinstance(v, float):
                return "float"
            return "str"
        if isinstance(e, n.Interp):
            return "str"
        if isinstance(e, n.Var):
            if e.name == "this":
                return "object"
            return info.kinds.get(e.name)
        if isinstance(e, n.ArrayLit):
            return "array"
        if isinstance(e, n.Bin):
            op = e.op
            if op == ".":
                return "str"
            if op in ("==", "!=", "===", "!==", "<", "<=", ">", ">=", "&&", "||", "and", "or", "xor"):
                return "bool"
            if op == "<=>":
                return "int"
            if op in ("+", "-", "*"):
                a, b = self.kind(e.left, info), self.kind(e.right, info)
                a, b = (b if a == "?" else a), (a if b == "?" else b)
                if a == "?" and b == "?":
                    return "?"
                if a in NUMERIC and b in NUMERIC:
                    return join_kinds(a, b)
                if op == "+" and a == "array" and b == "array":
                    return "array"
                return None
            if op == "%":
                return "int"
            if op in ("&", "|", "^", "<<", ">>"):
                a, b = self.kind(e.left, info), self.kind(e.right, info)
                return "int" if a in NUMERIC | {"?"} and b in NUMERIC | {"?"} else None
            if op == "??":
                a, b = self.kind(e.left, info), self.kind(e.right, info)
                return a if a == b else None
            return None
        if isinstance(e, n.Unary):
            if e.op == "!":
                return "bool"
            k = self.kind(e.expr, info)
            return k if k in NUMERIC or k == "?" else None
        if isinstance(e, n.IncDec):
            k = self.kind(e.target, info)
            return k if k in NUMERIC or k == "?" else None
        if isinstance(e, n.Cast):
            return {
                "int": "int",
                "float": "float",
                "string": "str",
                "bool": "bool",
                "array": "array",
                "object": "object",
                "unset": "null",
            }.get(e.type)
        if isinstance(e, (n.Isset, n.Empty, n.InstanceOf)):
            return "bool"
        if isinstance(e, n.Assign):
            return self.kind(e.value, info) if not isinstance(e.target, n.ArrayLit) else None
        if isinstance(e, n.Ternary):
            a = self.kind(e.then if e.then is not None else e.cond, info)
            b = self.kind(e.else_, info)
            return a if a == b else (join_kinds(a, b) if a in NUMERIC and b in NUMERIC else None)
        if isinstance(e, n.Call) and isinstance(e.func, str):
            low = e.func.lower()
            if low in self.funcs:
                return None
            return RETURNS.get(low)
        if isinstance(e, (n.New, n.Clone, n.Closure)):
            return "object"
        if isinstance(e, n.MagicConst):
            return "str"
        if isinstance(e, n.Print):
            return "int"
        if isinstance(e, n.Const):
            return None
        return None

    # ------------------------------------------------------------ scopes
    def prologue(self, info: ScopeInfo, params: list[n.Param], ctx: Ctx) -> None:
        """Declarations a Python scope needs before the PHP body runs."""
        pnames = {p.name for p in params}
        if ctx.kind != "global":
            globs = sorted(self.var_name(g) for g in info.globals)
            if globs:
                self.emit(f"global {', '.join(globs)}")
            if info.statics:
                inits = []
                for name, init in info.statics.items():
                    value = self.expr(init).code if init is not None else "None"
                    inits.append(f"{self.var_name(name)}={value}")
                key = ctx.func_name or "closure"
                self.emit(
                    f"{ctx.statics_name} = php.statics({pystr(key)}{', ' if inits else ''}{', '.join(inits)})"
                )
        for p in params:
            py = self.var_name(p.name)
            if p.variadic:
                self.emit(f"{py} = Array(list({py}))")
                continue
            if p.by_ref and p.default is not None:
                self.emit(f"if {py} is None:")
                with self.indented():
                    self.emit(f"{py} = Ref({self.expr(p.default).code})")
            elif p.by_ref and p.name in info.boxed:
                pass
            elif p.name in info.boxed:
                self.emit(f"{py} = Ref({py})")
            if not p.by_ref and p.name in info.mutated:
                ref = self.var_ref(p.name)
                self.emit(f"{ref} = php.copy({ref})")
        if ctx.kind == "method" and ctx.func_name.endswith("::__construct"):
            for p in params:
                if p.promote:
                    self.emit(f"self.{self.prop_name(p.name)} = {self.var_ref(p.name)}")
        skip = pnames | info.globals | set(info.statics) | {"this"} | ctx.captured
        if ctx.kind == "global":
            skip |= {
                "argv",
                "argc",
                "_SERVER",
                "_ENV",
                "_GET",
                "_POST",
                "_COOKIE",
                "_FILES",
                "_REQUEST",
                "_SESSION",
            }
        boxes = sorted(name for name in info.boxed if name not in skip and name not in ctx.aliases)
        for name in boxes:
            initial = "Array()" if info.first.get(name) == "elem" else ""
            self.emit(f"{self.var_name(name)} = Ref({initial})")
        pre = sorted(
            name
            for name in info.reads_before_write
            if name not in skip and name not in info.boxed and name not in ctx.aliases
        )
        nones = [self.var_name(x) for x in pre if info.first.get(x) != "elem"]
        arrays = [self.var_name(x) for x in pre if info.first.get(x) == "elem"]
        if nones:
            self.emit(" = ".join(nones) + " = None")
        for a in arrays:
            self.emit(f"{a} = Array()")

    # ------------------------------------------------------------ statements
    def block_body(self, body: list[n.Stmt]) -> None:
        for s in body:
            self.stmt(s)

    def block(self, body: list[n.Stmt]) -> None:
        with self.indented():
            self.block_body(body)

    def stmt(self, s: n.Stmt) -> None:
        if s.line:
            self.php_line = s.line
        self.leading_comments(s)
        index = len(self.lines)
        self.stmt_starts.append(index)
        try:
            self._stmt(s)
        except TranslateError as exc:
            if not exc.line:
                raise TranslateError(exc.construct, self.filename, s.line) from None
            raise
        finally:
            self.stmt_starts.pop()
        self.attach_inline(s, index)

    def _stmt(self, s: n.Stmt) -> None:
        method = getattr(self, "s_" + type(s).__name__, None)
        if method is None:
            raise self.fail(f"statement {type(s).__name__}", s)
        method(s)

    def s_Nop(self, s: n.Nop) -> None:
        pass

    def s_UnsupportedStmt(self, s: n.UnsupportedStmt) -> None:
        raise self.fail(s.what, s)

    def s_Block(self, s: n.Block) -> None:
        self.block_body(s.body)

    def s_InlineHTML(self, s: n.InlineHTML) -> None:
        if s.text:
            self.emit(f"echo({pystr(s.text)})")

    def s_Echo(self, s: n.Echo) -> None:
        # `echo a, f()` prints a before calling f: one echo() per argument when a later
        # argument could print something itself.
        groups: list[list[n.Expr]] = [[]]
        for i, e in enumerate(s.exprs):
            if i and not self.pure(e):
                groups.append([])
            groups[-1].append(e)
        for group in groups:
            args: list[str] = []
            for e in group:
                args.extend(self.echo_args(e))
            self.emit(f"echo({', '.join(args)})")

    def pure(self, e: n.Expr) -> bool:
        """``e`` certainly prints nothing and calls no user code."""
        for node in e.walk():
            if isinstance(node, (n.MethodCall, n.StaticCall, n.New, n.Include, n.Print, n.Exit, n.Closure)):
                return False
            if isinstance(node, n.Call):
                if not isinstance(node.func, str):
                    return False
                low = node.func.lower().lstrip("\\")
                if low in self.funcs or low in _PRINTING or low in _CALLBACK_PARAMS:
                    return False
        return True

    def echo_args(self, e: n.Expr) -> list[str]:
        parts = self.concat_parts(e)
        if parts is None:
            return [self.expr(e).code]
        fs = self.fstring(parts, need_str=False)
        if fs is not None:
            return [fs.code]
        return [self.expr(p).code for p in parts]

    def s_ExprStmt(self, s: n.ExprStmt) -> None:
        e = s.expr
        if isinstance(e, n.Assign):
            self.assign_stmt(e)
        elif isinstance(e, n.AssignOp):
            self.assign_op_stmt(e)
        elif isinstance(e, n.IncDec):
            self.incdec_stmt(e)
        elif isinstance(e, n.Silence):
            self.emit("with silence():")
            with self.indented():
                self.s_ExprStmt(n.ExprStmt(e.expr, line=s.line))
        elif (
            isinstance(e, n.Bin)
            and e.op in ("and", "or", "&&", "||")
            and isinstance(e.right, (n.Exit, n.ThrowExpr, n.Call))
        ):
            # `$ok or die("...")`: the idiom reads better as an if
            cond = self.cond(e.left)
            test = f"not {paren(cond, NOT)}" if e.op in ("or", "||") else cond.code
            self.emit(f"if {test}:")
            with self.indented():
                self.s_ExprStmt(n.ExprStmt(e.right, line=s.line))
        elif isinstance(e, n.ThrowExpr):
            self.emit(f"raise {self.expr(e.expr).code}")
        elif isinstance(e, n.Yield):
            self.emit(self.expr(e).code[1:-1])
        else:
            code = self.expr(e).code
            self.emit(code)

    # ---- assignment
    def assign_stmt(self, e: n.Assign) -> None:
        target, value = e.target, e.value
        if isinstance(target, n.ArrayLit):
            self.list_assign(target, self.expr(value).code, e)
            return
        if e.by_ref:
            self.ref_assign(e)
            return
        info = self.ctx.info
        if (
            isinstance(value, n.Closure)
            and not value.arrow
            and isinstance(target, n.Var)
            and target.name not in info.boxed
            and target.name not in info.statics
            and target.name not in self.ctx.aliases
            and target.name != "this"
            and target.name not in {u.name for u in value.uses}
        ):
            # `$f = function (...) {...};` reads best as `def f(...):`
            self.closure_name = self.var_name(target.name)
            self.expr(value)
            return
        code = self.assigned_value(target, value)
        self.store(target, code, e)

    def ref_assign(self, e: n.Assign) -> None:
        if not isinstance(e.target, n.Var):
            raise self.fail("assignment by reference to an element or property", e)
        if isinstance(e.value, n.Var):
            self.emit(f"{self.var_name(e.target.name)} = {self.var_name(e.value.name)}")
            return
        if isinstance(e.value, (n.Call, n.MethodCall, n.StaticCall, n.New)):
            self.emit(f"{self.var_ref(e.target.name)} = {self.expr(e.value).code}")
            return
        raise self.fail("reference to an array element or property (=&)", e)

    def assigned_value(self, target: n.Expr, value: n.Expr) -> str:
        """The value PHP stores: arrays are values, so copy when aliasing could show."""
        v = self.expr(value)
        if self.needs_copy(target, value):
            return f"php.copy({v.code})"
        return v.code

    def needs_copy(self, target: n.Expr, value: n.Expr) -> bool:
        k = self.kind(value)
        if k in ("int", "float", "num", "str", "bool", "null", "object"):
            return False
        if isinstance(value, (n.ArrayLit, n.Bin, n.Unary, n.Cast, n.New, n.Closure, n.Interp, n.Lit)):
            return False
        info = self.ctx.info
        if isinstance(value, n.Call) and isinstance(value.func, str) and value.func.lower() not in self.funcs:
            # a built-in returns a fresh value; an array we will modify must be an Array
            if isinstance(target, n.Var) and target.name in info.mutated and k in ("array", None):
                return True
            return False
        if isinstance(target, n.Var) and target.name in info.mutated:
            return True
        if isinstance(target, (n.Prop, n.StaticProp)) and target.name in info.mutated_props:
            return True
        if isinstance(target, n.Prop) and isinstance(target.name, str) and self.prop_mutated(target.name):
            return _is_place(value) or isinstance(value, (n.Call, n.MethodCall, n.StaticCall))
        root = value
        while isinstance(root, n.Index):
            root = root.base
        if isinstance(root, n.Var) and root.name in info.mutated:
            return True
        if isinstance(root, n.Prop) and isinstance(root.name, str) and self.prop_mutated(root.name):
            return True
        if isinstance(target, n.Index) and _is_place(value):
            return True
        return False

    def prop_mutated(self, name: str) -> bool:
        cache = getattr(self, "_mutated_props", None)
        if cache is None:
            cache = set()
            for node in self.program.walk():
                for t in self._element_targets(node):
                    if isinstance(t, (n.Prop, n.StaticProp)) and isinstance(t.name, str):
                        cache.add(t.name)
            self._mutated_props = cache
        return name in cache

    def _element_targets(self, node: n.Node) -> Iterator[n.Expr]:
        targets: list[n.Expr] = []
        if isinstance(node, (n.Assign, n.AssignOp)) and isinstance(node.target, n.Index):
            targets.append(node.target)
        elif isinstance(node, n.IncDec) and isinstance(node.target, n.Index):
            targets.append(node.target)
        elif isinstance(node, n.Unset):
            targets.extend(e for e in node.exprs if isinstance(e, n.Index))
        elif isinstance(node, n.Foreach) and node.by_ref:
            yield node.expr
        elif isinstance(node, n.Call):
            for i, kind in self.ref_params(node).items():
                if kind == "inplace" and 0 <= i < len(node.args):
                    yield node.args[i].value
        for t in targets:
            base = t
            while isinstance(base, n.Index):
                base = base.base
            yield base

    def store(self, target: n.Expr, code: str, node: n.Node) -> None:
        """``target = code`` as a statement."""
        if isinstance(target, n.Var):
            self.emit(f"{self.var_ref(target.name)} = {code}")
        elif (
            isinstance(target, n.Index)
            and isinstance(target.base, n.Var)
            and self.kind(target.base) == "str"
            and target.index is not None
        ):
            # a string offset: PHP strings are mutable, Python's are not
            ref = self.var_ref(target.base.name)
            self.emit(f"{ref} = php.set_char({ref}, {self.key(target.index).code}, {code})")
        elif isinstance(target, n.Index):
            base = self.write_base(target.base, node)
            if target.index is None:
                self.emit(
                    f"{base}.append({code})" if self.appendable(target.base) else f"php.push({base}, {code})"
                )
            else:
                self.emit(f"{base}[{self.key(target.index).code}] = {code}")
        elif isinstance(target, n.Prop):
            obj = paren(self.expr(target.obj), ATOM)
            if isinstance(target.name, str):
                self.emit(f"{obj}.{self.prop_name(target.name)} = {code}")
            else:
                self.emit(f"setattr({obj}, {self.expr(target.name).code}, {code})")
        elif isinstance(target, n.StaticProp):
            self.emit(f"{self.static_prop(target, write=True)} = {code}")
        elif isinstance(target, n.VarVar):
            raise self.fail("variable variables ($$name)", node)
        else:
            raise self.fail(f"assignment to {type(target).__name__}", node)

    def appendable(self, base: n.Expr) -> bool:
        return True

    def write_base(self, base: n.Expr, node: n.Node) -> str:
        """The container expression for writing ``base[...]`` (created when missing)."""
        if isinstance(base, n.Var):
            return self.var_ref(base.name)
        if isinstance(base, n.Index):
            if base.index is None:
                raise self.fail("nested [] append", node)
            outer = self.write_base(base.base, node)
            return f"php.sub_item({outer}, {self.key(base.index).code})"
        if isinstance(base, n.Prop) and isinstance(base.name, str):
            obj = paren(self.expr(base.obj), ATOM)
            return f"php.prop_array({obj}, {pystr(self.prop_name(base.name, as_string=True))})"
        if isinstance(base, n.StaticProp):
            return self.static_prop(base, write=False)
        if isinstance(base, (n.Call, n.MethodCall, n.StaticCall)):
            return paren(self.expr(base), ATOM)
        raise self.fail(f"writing into {type(base).__name__}", node)

    def list_assign(self, target: n.ArrayLit, value_code: str, node: n.Node) -> None:
        keyed = any(item.key is not None for item in target.items if item.value is not None)
        names: list[str] = []
        later: list[tuple[n.ArrayLit, str]] = []
        keys: list[str] = []
        for i, item in enumerate(target.items):
            if item.value is None:
                if not keyed:
                    names.append("_")
                continue
            if item.by_ref:
                raise self.fail("list() with references", node)
            if keyed:
                keys.append(self.key(item.key).code if item.key is not None else str(i))
            if isinstance(item.value, n.ArrayLit):
                t = self.tmp("_item")
                names.append(t)
                later.append((item.value, t))
            else:
                names.append(self.target_code(item.value, node))
        if keyed:
            call = f"php.unpack_keys({value_code}, {', '.join(keys)})"
        else:
            while names and names[-1] == "_":
                names.pop()
            call = f"php.unpack({value_code}, {len(names)})"
        if not names:
            self.emit(call)
        elif len(names) == 1:
            self.emit(f"{names[0]}, = {call}")
        else:
            self.emit(f"{', '.join(names)} = {call}")
        for sub, t in later:
            self.list_assign(sub, t, node)

    def target_code(self, target: n.Expr, node: n.Node) -> str:
        """Code usable as a Python assignment target (for-loops, tuple unpacking)."""
        if isinstance(target, n.Var):
            return self.var_ref(target.name)
        if isinstance(target, n.Index) and target.index is not None:
            return f"{self.write_base(target.base, node)}[{self.key(target.index).code}]"
        if isinstance(target, n.Prop) and isinstance(target.name, str):
            return f"{paren(self.expr(target.obj), ATOM)}.{self.prop_name(target.name)}"
        if isinstance(target, n.StaticProp):
            return self.static_prop(target, write=True)
        raise self.fail(f"{type(target).__name__} as an assignment target", node)

    def assign_op_stmt(self, e: n.AssignOp) -> None:
        target = e.target
        if e.op == "??":
            quiet = self.quiet(target)
            self.emit(f"if {quiet.code} is None:")
            with self.indented():
                self.store(target, self.assigned_value(target, e.value), e)
            return
        tk = self.kind(target)
        vk = self.kind(e.value)
        if isinstance(target, n.Index) and target.index is not None and not _simple(target.index):
            t = self.tmp("_k")
            self.emit(f"{t} = {self.key(target.index).code}")
            target = n.Index(target.base, n.Var("\0" + t), line=target.line)
        place = self.target_code(target, e) if not isinstance(target, n.Index) else None
        value = self.expr(e.value)
        if isinstance(target, n.Var) or isinstance(target, (n.Prop, n.StaticProp)):
            assert place is not None
            if e.op == "." and tk == "str":
                rhs = value.code if vk == "str" else self.str_code(value, vk)
                self.emit(f"{place} += {rhs}")
                return
            if e.op in ("+", "-", "*") and tk in NUMERIC and vk in NUMERIC:
                self.emit(f"{place} {e.op}= {value.code}")
                return
            if e.op in ("&", "|", "^") and tk == "int" and vk == "int":
                self.emit(f"{place} {e.op}= {value.code}")
                return
        current = self.expr(target)
        result = self.binop(e.op, current, value, e.target, e.value, e)
        self.store(target, result.code, e)

    def incdec_stmt(self, e: n.IncDec) -> None:
        target = e.target
        k = self.kind(target)
        if isinstance(target, (n.Var, n.Prop, n.StaticProp)) and k in ("int", "num", "float"):
            place = self.target_code(target, e)
            self.emit(f"{place} {'+' if e.op == '++' else '-'}= 1")
            return
        if isinstance(target, n.Index) and target.index is not None and not _simple(target.index):
            t = self.tmp("_k")
            self.emit(f"{t} = {self.key(target.index).code}")
            target = n.Index(target.base, n.Var("\0" + t), line=target.line)
        cur = self.expr(target)
        fn = "php.inc" if e.op == "++" else "php.dec"
        self.store(target, f"{fn}({cur.code})", e)

    # ---- control flow
    def cond(self, e: n.Expr) -> E:
        """``e`` in a boolean context (PHP truthiness)."""
        if isinstance(e, n.Unary) and e.op == "!":
            inner = self.cond(e.expr)
            return E(f"not {paren(inner, NOT)}", NOT, "bool")
        v = self.expr(e)
        k = v.kind or self.kind(e)
        if k in BOOLISH:
            return v
        return E(f"php.bool({v.code})", ATOM, "bool")

    def s_If(self, s: n.If) -> None:
        self.emit(f"if {self.cond(s.cond).code}:")
        self.block(s.body)
        elifs = list(s.elifs)
        else_ = s.else_
        # `else if` written as else { if } collapses to elif
        while (
            not elifs
            and else_ is not None
            and len(else_) == 1
            and isinstance(else_[0], n.If)
            and id(else_[0]) not in self.leading
            and id(else_[0]) not in self.inline
        ):
            inner = else_[0]
            elifs = [(inner.cond, inner.body), *inner.elifs]
            else_ = inner.else_
        for cond, body in elifs:
            self.emit(f"elif {self.cond(cond).code}:")
            self.block(body)
        if else_ is not None:
            self.emit("else:")
            self.block(else_)

    def new_loop(self, kind: str, python: bool = True) -> Loop:
        self.loop_ids += 1
        return Loop(kind, python, self.loop_ids)

    @contextmanager
    def loop(self, loop: Loop) -> Iterator[None]:
        self.loops.append(loop)
        try:
            yield
        finally:
            self.loops.pop()

    def after_loop(self, loop: Loop, start: int) -> None:
        """Flags set by `break N`/`continue N` inside: declare them, and check them after the loop."""
        if loop.targeted:
            lvl = self.lines[start][0] if start < len(self.lines) else self.level
            self.lines.insert(start, (lvl, " = ".join(sorted(loop.targeted)) + " = False", self.php_line))
        for flag in sorted(loop.flags):
            outer = self.enclosing_python_loop()
            if outer is not None and flag in outer.targeted and flag.startswith("_continue"):
                self.emit(f"if {flag}:")
                with self.indented():
                    self.emit(f"{flag} = False")
                    self.continue_code(outer)
            else:
                self.emit(f"if {flag}:")
                with self.indented():
                    self.emit("break")
                if outer is not None and flag not in outer.targeted:
                    outer.flags.add(flag)

    def enclosing_python_loop(self) -> Loop | None:
        for loop in reversed(self.loops):
            if loop.python:
                return loop
        return None

    def continue_code(self, loop: Loop) -> None:
        for code in loop.step:
            self.emit(code)
        if loop.kind == "dowhile":
            self.emit(f"if {loop.cond}:")
            with self.indented():
                self.emit("continue")
            self.emit("break")
        else:
            self.emit("continue")

    def s_While(self, s: n.While) -> None:
        start = len(self.lines)
        loop = self.new_loop("loop")
        cond = self.cond(s.cond)
        self.emit(f"while {cond.code}:" if cond.code != "True" else "while True:")
        with self.loop(loop):
            self.block(s.body)
        self.after_loop(loop, start)

    def s_DoWhile(self, s: n.DoWhile) -> None:
        start = len(self.lines)
        loop = self.new_loop("dowhile")
        cond = self.cond(s.cond)
        loop.cond = cond.code
        self.emit("while True:")
        with self.loop(loop):
            with self.indented():
                self.block_body(s.body)
                if cond.code == "False":
                    self.emit("break")
                else:
                    self.emit(f"if not {paren(cond, NOT)}:")
                    with self.indented():
                        self.emit("break")
        self.after_loop(loop, start)

    def s_For(self, s: n.For) -> None:
        for e in s.init:
            self.s_ExprStmt(n.ExprStmt(e, line=s.line))
        start = len(self.lines)
        loop = self.new_loop("loop")
        steps: list[str] = []
        mark = len(self.lines)
        for e in s.step:
            self.s_ExprStmt(n.ExprStmt(e, line=s.line))
        step_lines = self.lines[mark:]
        del self.lines[mark:]
        steps = [text for _, text, _ in step_lines]
        if any(lvl != self.level for lvl, _, _ in step_lines):
            raise self.fail("a for-loop step that needs more than simple statements", s)
        loop.step = steps
        if not s.cond:
            self.emit("while True:")
        else:
            for e in s.cond[:-1]:
                self.s_ExprStmt(n.ExprStmt(e, line=s.line))
            cond = self.cond(s.cond[-1])
            self.emit(f"while {cond.code}:")
            if len(s.cond) > 1:
                raise self.fail("a for-loop condition with several expressions", s)
        with self.loop(loop):
            with self.indented():
                self.block_body(s.body)
                if not self.ends_with_jump():
                    for code in steps:
                        self.emit(code)
        self.after_loop(loop, start)

    def ends_with_jump(self) -> bool:
        if not self.lines:
            return False
        lvl, text, _ = self.lines[-1]
        return lvl == self.level and (text in ("break", "continue") or text.startswith(("return", "raise ")))

    def s_Foreach(self, s: n.Foreach) -> None:
        start = len(self.lines)
        loop = self.new_loop("loop")
        source = self.expr(s.expr)
        saved_alias = dict(self.ctx.aliases)
        prelude: list[str] = []
        if s.by_ref:
            if not isinstance(s.value, n.Var):
                raise self.fail("foreach by reference into a list()", s)
            if not _is_place(s.expr):
                raise self.fail("foreach by reference over an expression", s)
            key = self.target_code(s.key, s) if s.key is not None else self.tmp("_k")
            base = self.write_base(s.expr, s) if not isinstance(s.expr, n.Var) else self.var_ref(s.expr.name)
            head = f"for {key} in php.keys({base}):"
            self.ctx.aliases[s.value.name] = f"{base}[{key}]"
        else:
            if isinstance(s.value, n.ArrayLit):
                item = self.tmp("_item")
                value_code = item
            else:
                value_code = self.target_code(s.value, s)
                item = ""
            if s.key is not None:
                head = f"for {self.target_code(s.key, s)}, {value_code} in php.items({source.code}):"
            else:
                head = f"for {value_code} in php.values({source.code}):"
            if isinstance(s.value, n.ArrayLit):
                mark = len(self.lines)
                self.level += 1
                self.list_assign(s.value, item, s)
                self.level -= 1
                prelude = [text for _, text, _ in self.lines[mark:]]
                del self.lines[mark:]
        self.emit(head)
        with self.loop(loop):
            with self.indented():
                for text in prelude:
                    self.emit(text)
                self.block_body(s.body)
        self.ctx.aliases = saved_alias
        self.after_loop(loop, start)

    def s_Switch(self, s: n.Switch) -> None:
        subj = self.expr(s.subject)
        if not _simple(s.subject):
            t = self.tmp("_switch")
            self.emit(f"{t} = {subj.code}")
            subj = E(t, ATOM, subj.kind or self.kind(s.subject))
        elif subj.kind is None:
            subj = E(subj.code, subj.prec, self.kind(s.subject))
        if self.switch_if_form(s):
            self.switch_as_if(s, subj)
        else:
            self.switch_as_loop(s, subj)

    def case_test(self, subj: E, case: n.Expr) -> E:
        return self.compare("==", subj, self.expr(case), None, case)

    def switch_if_form(self, s: n.Switch) -> bool:
        cases = s.cases
        for i, c in enumerate(cases):
            body = c.body
            if not body:
                if i == len(cases) - 1:
                    continue
                continue  # grouped with the next case
            last = body[-1]
            terminal = isinstance(last, (n.Break, n.Return, n.Throw, n.Continue)) or (
                isinstance(last, n.ExprStmt) and isinstance(last.expr, n.Exit)
            )
            if isinstance(last, (n.Break, n.Continue)) and last.levels != 1:
                terminal = isinstance(last, n.Break) and False
            if not terminal and i != len(cases) - 1:
                return False
            inner = body[:-1] if isinstance(last, (n.Break, n.Continue)) and last.levels == 1 else body
            if self.jumps_to_level(inner, 1):
                return False
        # default must not share a body with a case that falls into other cases
        return True

    def jumps_to_level(self, body: list[n.Stmt], depth: int) -> bool:
        """Whether a break/continue in ``body`` targets the construct ``depth`` levels out."""
        for st in body:
            if isinstance(st, (n.Break, n.Continue)) and st.levels >= depth:
                return True
            if isinstance(st, (n.While, n.DoWhile, n.For, n.Foreach)):
                if self.jumps_to_level(st.body, depth + 1):
                    return True
            elif isinstance(st, n.Switch):
                for c in st.cases:
                    if self.jumps_to_level(c.body, depth + 1):
                        return True
            elif isinstance(st, n.If):
                if self.jumps_to_level(st.body, depth):
                    return True
                for _, b in st.elifs:
                    if self.jumps_to_level(b, depth):
                        return True
                if st.else_ and self.jumps_to_level(st.else_, depth):
                    return True
            elif isinstance(st, n.Try):
                for b in [st.body, *[c.body for c in st.catches], st.finally_ or []]:
                    if self.jumps_to_level(b, depth):
                        return True
            elif isinstance(st, n.Block):
                if self.jumps_to_level(st.body, depth):
                    return True
        return False

    def switch_as_if(self, s: n.Switch, subj: E) -> None:
        loop = self.new_loop("switch", python=False)
        groups: list[tuple[list[n.Expr], bool, list[n.Stmt], n.Case]] = []
        pending: list[n.Expr] = []
        pending_default = False
        for c in s.cases:
            if c.expr is None:
                pending_default = True
            else:
                pending.append(c.expr)
            if c.body or c is s.cases[-1]:
                body = c.body
                if body and isinstance(body[-1], (n.Break, n.Continue)) and body[-1].levels == 1:
                    body = body[:-1]
                groups.append((pending, pending_default, body, c))
                pending, pending_default = [], False
        default_group = next((g for g in groups if g[1]), None)
        first = True
        with self.loop(loop):
            for exprs, is_default, body, case in groups:
                if is_default and not exprs:
                    continue
                if is_default:
                    # a default that shares a body with cases: it is the else branch
                    continue
                tests = [self.case_test(subj, e) for e in exprs]
                test = " or ".join(paren(t, OR + 1) for t in tests) if len(tests) > 1 else tests[0].code
                self.leading_comments(case)
                self.emit(f"{'if' if first else 'elif'} {test}:")
                first = False
                self.block(body)
            if default_group is not None:
                exprs, _, body, case = default_group
                self.leading_comments(case)
                if first:
                    if exprs:
                        tests = [self.case_test(subj, e) for e in exprs]
                        self.emit("if True:")
                    self.block_body(body) if not exprs else self.block(body)
                else:
                    self.emit("else:")
                    self.block(body)

    def switch_as_loop(self, s: n.Switch, subj: E) -> None:
        start = len(self.lines)
        loop = self.new_loop("switch")
        t = self.tmp("_case")
        default_index = None
        tests: list[tuple[int, E]] = []
        for i, c in enumerate(s.cases):
            if c.expr is None:
                default_index = i
            else:
                tests.append((i, self.case_test(subj, c.expr)))
        fallback = str(default_index if default_index is not None else len(s.cases))
        chain = fallback
        for i, test in reversed(tests):
            chain = f"{i} if {paren(test, IFELSE + 1)} else {chain}"
        self.emit(f"{t} = {chain}")
        self.emit("while True:")
        with self.loop(loop):
            with self.indented():
                for i, c in enumerate(s.cases):
                    self.leading_comments(c)
                    if not c.body:
                        continue
                    self.emit(f"if {t} <= {i}:")
                    self.block(c.body)
                self.emit("break")
        self.after_loop(loop, start)

    def s_Break(self, s: n.Break) -> None:
        self.jump("break", s.levels, s)

    def s_Continue(self, s: n.Continue) -> None:
        self.jump("continue", s.levels, s)

    def jump(self, what: str, levels: int, node: n.Node) -> None:
        if levels > len(self.loops) or levels < 1:
            raise self.fail(f"'{what} {levels}' outside of {levels} loop(s)", node)
        target = self.loops[-levels]
        inner = self.loops[len(self.loops) - levels + 1 :]
        if target.kind == "switch" and what == "continue":
            # PHP: "continue" targeting switch is equivalent to "break"
            what = "break"
        crossing = [lp for lp in inner if lp.python]
        if not crossing:
            if what == "break":
                if target.python:
                    self.emit("break")
                # a break ending an if-form switch case needs no code
                return
            self.continue_code(target)
            return
        flag = f"_{what}_{target.ident}"
        target.targeted.add(flag)
        self.emit(f"{flag} = True")
        self.emit("break")
        crossing[-1].flags.add(flag)

    def s_Return(self, s: n.Return) -> None:
        if self.ctx.kind == "global":
            if self.mode == "include":
                value = self.expr(s.expr).code if s.expr is not None else "None"
                self.emit(f"raise php.IncludeReturn({value})")
                return
            self.emit("raise SystemExit(0)")
            return
        if s.expr is None:
            self.emit("return None" if False else "return")
        else:
            self.emit(f"return {self.expr(s.expr).code}")

    def s_Global(self, s: n.Global) -> None:
        if self.ctx.kind == "global":
            return  # `global` at the top level changes nothing

    def s_StaticVar(self, s: n.StaticVar) -> None:
        if self.ctx.kind == "global":
            for name, init in s.vars:
                if init is not None:
                    self.emit(f"{self.var_ref(name)} = {self.expr(init).code}")

    def s_Unset(self, s: n.Unset) -> None:
        for e in s.exprs:
            if isinstance(e, n.Var):
                self.emit(f"{self.var_ref(e.name)} = None")
            elif isinstance(e, n.Index) and e.index is not None:
                base = (
                    self.write_base(e.base, s) if not isinstance(e.base, n.Var) else self.var_ref(e.base.name)
                )
                if self.kind(e.base) == "array" and isinstance(e.base, n.Var):
                    self.emit(f"del {base}[{self.key(e.index).code}]")
                else:
                    self.emit(f"php.unset_item({base}, {self.key(e.index).code})")
            elif isinstance(e, n.Prop) and isinstance(e.name, str):
                attr = pystr(self.prop_name(e.name, as_string=True))
                self.emit(f"php.unset_prop({paren(self.expr(e.obj), ATOM)}, {attr})")
            else:
                raise self.fail(f"unset() of {type(e).__name__}", s)

    def s_Try(self, s: n.Try) -> None:
        self.emit("try:")
        self.block(s.body)
        for c in s.catches:
            self.leading_comments(c)
            types: list[str] = []
            for t in c.types:
                low = t.lower().lstrip("\\")
                if low in self.classes:
                    types.append(self.classes[low].pyname)
                elif low in CATCH_NAMES:
                    types.extend(CATCH_NAMES[low])
                else:
                    types.append(self.class_name(t, c))
            seen: list[str] = []
            for t in types:
                if t not in seen:
                    seen.append(t)
            spec = seen[0] if len(seen) == 1 else f"({', '.join(seen)})"
            if c.var:
                var = self.var_name(c.var)
                if (
                    c.var in self.ctx.info.boxed
                    or c.var in self.ctx.info.statics
                    or c.var in self.ctx.aliases
                    or self.used_outside(c.var, c)
                ):
                    self.emit(f"except {spec} as _exc:")
                    with self.indented():
                        self.emit(f"{self.var_ref(c.var)} = _exc")
                        self.block_body(c.body)
                    continue
                self.emit(f"except {spec} as {var}:")
            else:
                self.emit(f"except {spec}:")
            self.block(c.body)
        if s.finally_ is not None:
            self.emit("finally:")
            self.block(s.finally_)
        if not s.catches and s.finally_ is None:
            self.emit("except php.Throwable:")
            with self.indented():
                self.emit("raise")

    def used_outside(self, name: str, catch: n.Catch) -> bool:
        """Whether ``$name`` appears in the scope outside the catch blocks binding it.

        Python unbinds an ``except ... as name`` variable when the block ends;
        PHP keeps ``$e`` alive after the catch.
        """
        sites = self.ctx.var_sites
        if sites is None:
            sites = self.ctx.var_sites = {}
            self._count_sites(self.ctx.body, set(), sites)
        return sites.get(name, 0) > 0

    def _count_sites(
        self, nodes: list[n.Node] | list[n.Stmt], bound: set[str], sites: dict[str, int]
    ) -> None:
        for node in nodes:
            if isinstance(node, (n.FunctionDecl, n.ClassDecl)) or (
                isinstance(node, n.Closure) and not node.arrow
            ):
                continue
            if isinstance(node, n.Var):
                if node.name not in bound:
                    sites[node.name] = sites.get(node.name, 0) + 1
                continue
            if isinstance(node, n.Catch) and node.var:
                self._count_sites(list(node.children()), bound | {node.var}, sites)
                continue
            self._count_sites(list(node.children()), bound, sites)

    def s_Throw(self, s: n.Throw) -> None:
        self.emit(f"raise {self.expr(s.expr).code}")

    def s_ConstDecl(self, s: n.ConstDecl) -> None:
        for name, value in s.items:
            self.emit(f"{name} = {self.expr(value).code}")

    # ---- functions
    def s_FunctionDecl(self, s: n.FunctionDecl) -> None:
        py = self.func_names[s.name.lower()]
        if self.ctx.kind != "global":
            self.emit(f"global {py}")
        self.function(py, s.params, s.body, s, Ctx(ScopeInfo(), "function", func_name=s.name))

    def function(
        self,
        pyname: str,
        params: list[n.Param],
        body: list[n.Stmt],
        node: n.Node,
        ctx: Ctx,
        decorators: list[str] = (),
        first_param: str | None = None,  # type: ignore[assignment]
        captures: list[str] = (),
    ) -> None:  # type: ignore[assignment]
        extra = [p.name for p in getattr(node, "uses", [])]
        info = self.analysis(body, params)
        for name in extra:
            info.first.setdefault(name, "write")
            info.reads_before_write.discard(name)
            info.kinds[name] = None
            info.assigned.setdefault(name, []).append(None)
        uses = getattr(node, "uses", [])
        for u in uses:
            if u.by_ref:
                info.boxed.add(u.name)
            ctx.captured.add(u.name)
        ctx.info = info
        ctx.body = body
        saved_ctx, saved_loops = self.ctx, self.loops
        outer_ctx = self.ctx
        self.ctx, self.loops = ctx, []
        try:
            sig = self.signature(params, info, first_param, node)
            if info.uses_func_get_args and not any(p.variadic for p in params):
                sig = f"{sig}, *_more" if sig else "*_more"
            if captures:
                sig = f"{sig}, *, {', '.join(captures)}" if sig else f"*, {', '.join(captures)}"
            if _is_generator(body):
                decorators = [*decorators, "@php.generator"]
            typed = self.typed_params(params)
            if typed:
                strict = "strict=True, " if self.program.strict_types else ""
                decorators = [*decorators, f"@php.params({strict}{typed})"]
            for d in decorators:
                self.emit(d)
            self.emit(f"def {pyname}({sig}):")
            with self.indented():
                self.prologue(info, params, ctx)
                if info.uses_func_get_args:
                    names = [self.var_ref(p.name) for p in params if not p.variadic]
                    var = [self.var_name(p.name) for p in params if p.variadic] or ["_more"]
                    self.emit(f"_args = Array([{''.join(x + ', ' for x in names)}*{var[0]}])")
                self.block_body(body)
        finally:
            self.ctx, self.loops = saved_ctx, saved_loops
        del outer_ctx

    def typed_params(self, params: list[n.Param]) -> str:
        """``name="int", ...`` for parameters declared with a scalar type (PHP coerces or checks them)."""
        out = []
        for p in params:
            if p.by_ref or p.variadic or not p.type:
                continue
            t = p.type.strip().lower()
            nullable = t.startswith("?")
            t = t.lstrip("?")
            if t in ("int", "float", "string", "bool"):
                out.append(f"{self.var_name(p.name)}={pystr(('?' if nullable else '') + t)}")
        return ", ".join(out)

    def signature(self, params: list[n.Param], info: ScopeInfo, first: str | None, node: n.Node) -> str:
        parts = [first] if first else []
        seen_default = False
        for p in params:
            py = self.var_name(p.name)
            if p.variadic:
                if p.by_ref:
                    raise self.fail("variadic parameter by reference", node)
                parts.append(f"*{py}")
                continue
            if p.default is not None:
                seen_default = True
                default = p.default
                if (
                    (p.type or "").lower().lstrip("?") == "float"
                    and isinstance(default, n.Lit)
                    and type(default.value) is int
                ):
                    default = n.Lit(float(default.value), line=default.line)  # PHP stores 1 as 1.0
                if p.by_ref:
                    parts.append(f"{py}=None")
                else:
                    parts.append(f"{py}={self.expr(default).code}")
            elif seen_default:
                # PHP allows a required parameter after an optional one (deprecated)
                parts.append(f"{py}=None")
            else:
                parts.append(py)
        return ", ".join(parts)

    # ---- classes
    def s_ClassDecl(self, s: n.ClassDecl) -> None:
        info = self.classes[s.name.lower()]
        bases: list[str] = []
        if s.parent:
            bases.append(self.class_name(s.parent, s))
        for iface in s.interfaces:
            bases.append(self.class_name(iface, s))
        for m in s.members:
            if isinstance(m, n.TraitUse):
                for t in m.names:
                    bases.insert(0, self.class_name(t, m))
        if s.kind == "enum":
            bases.append("php.Enum")
        if self.ctx.kind != "global":
            self.emit(f"global {info.pyname}")
        self.emit(f"class {info.pyname}{'(' + ', '.join(bases) + ')' if bases else ''}:")
        saved = self.ctx
        with self.indented():
            class_ctx = Ctx(ScopeInfo(), "class", cls=info)
            self.ctx = class_ctx
            try:
                if info.pyname != s.name:
                    self.emit(f"__php_name__ = {pystr(s.name)}")
                members = [m for m in s.members if not isinstance(m, n.TraitUse)]
                names_seen: dict[str, str] = {}
                for m in members:
                    if isinstance(m, n.EnumCase):
                        self.leading_comments(m)
                        self.check_member(names_seen, m.name, "case", m)
                        value = self.class_body_expr(m.value, info) if m.value is not None else "php.auto()"
                        self.emit(f"{m.name} = {value}")
                    elif isinstance(m, n.ClassConstDecl) and s.kind == "enum":
                        continue  # set after the class: in an Enum body every name is a case
                    elif isinstance(m, n.ClassConstDecl):
                        self.leading_comments(m)
                        self.check_member(names_seen, m.name, "constant", m)
                        self.emit(f"{m.name} = {self.class_body_expr(m.value, info)}")
                for m in members:
                    if isinstance(m, n.MethodDecl) and m.name.lower() == "__construct":
                        # promoted constructor parameters are declared properties
                        for p in m.params:
                            if p.promote:
                                py = self.prop_name(p.name)
                                self.check_member(names_seen, py, "property", m)
                                self.emit(f"{py}: {pystr(p.type or 'mixed')}")
                    if isinstance(m, n.PropertyDecl):
                        self.leading_comments(m)
                        py = self.prop_name(m.name, static=m.static)
                        self.check_member(names_seen, py, "property", m)
                        value = self.class_body_expr(m.default, info) if m.default is not None else "None"
                        if (
                            m.default is not None
                            and not m.static
                            and isinstance(m.default, n.ArrayLit)
                            and m.default.items
                        ):
                            value = f"php.prop({value})"
                        elif m.default is not None and not m.static and isinstance(m.default, n.ArrayLit):
                            value = "php.prop(Array())"
                        if m.static:
                            self.emit(f"{py} = {value}")
                        else:
                            # annotated: a declared property, shown by var_dump/print_r in this order
                            self.emit(f"{py}: {pystr(m.type or 'mixed')} = {value}")
                if (
                    self.dynamic_props_used()
                    and "__set" not in info.methods
                    and s.kind == "class"
                    and not self.extends_outside(info)
                ):
                    self.emit(
                        "__setattr__ = php.no_dynamic_properties  # PHP 8.2 deprecates dynamic properties"
                    )
                for m in members:
                    if isinstance(m, n.MethodDecl):
                        if m.body is None:
                            continue
                        if (
                            self.lines[-1][1]
                            != f"class {info.pyname}{'(' + ', '.join(bases) + ')' if bases else ''}:"
                        ):
                            self.emit("")
                        self.leading_comments(m)
                        self.method(m, info, names_seen)
            finally:
                self.ctx = saved
        if s.kind == "enum":
            for m in s.members:
                if isinstance(m, n.ClassConstDecl):
                    self.leading_comments(m)
                    self.ctx = Ctx(ScopeInfo(), "class", cls=info)
                    try:
                        self.emit(f"{info.pyname}.{m.name} = {self.expr(m.value).code}")
                    finally:
                        self.ctx = saved

    def dynamic_props_used(self) -> bool:
        """Whether the program assigns a property no class of the file declares."""
        cached = getattr(self, "_dynamic_props", None)
        if cached is None:
            declared = {name for info in self.classes.values() for name in info.props}
            cached = False
            for node in self.program.walk():
                target = getattr(node, "target", None) if isinstance(node, (n.Assign, n.AssignOp)) else None
                if (
                    isinstance(target, n.Prop)
                    and isinstance(target.name, str)
                    and target.name not in declared
                ):
                    cached = True
                    break
            self._dynamic_props = cached
        return cached

    def extends_outside(self, info: ClassInfo) -> bool:
        """The class (or a parent) extends a class the file does not declare (stdClass, a shim class...)."""
        seen: set[str] = set()
        while info.decl.parent and info.decl.parent.lower() not in seen:
            seen.add(info.decl.parent.lower())
            parent = self.classes.get(info.decl.parent.lower())
            if parent is None:
                return info.decl.parent.lower() not in ("exception", "runtimeexception", "logicexception")
            info = parent
        return False

    def check_member(self, seen: dict[str, str], name: str, what: str, node: n.Node) -> None:
        if name in seen:
            raise self.fail(f"{what} {name} shares its Python name with a {seen[name]}", node)
        seen[name] = what

    def class_body_expr(self, e: n.Expr, info: ClassInfo) -> str:
        """An initialiser in a class body: `self::X` is a plain name there."""

        def fix(code: str) -> str:
            return code.replace(f"{info.pyname}.", "")

        code = self.expr(e).code
        if f"{info.pyname}." in code:
            return fix(code)
        return code

    def method(self, m: n.MethodDecl, info: ClassInfo, seen: dict[str, str]) -> None:
        low = m.name.lower()
        if low in _UNSUPPORTED_MAGIC:
            raise self.fail(f"magic method {m.name}", m)
        pyname = _MAGIC_METHODS.get(low, m.name)
        if pyname.startswith("__") and not pyname.endswith("__"):
            pyname = "_php" + pyname
        if keyword.iskeyword(pyname):
            pyname += "_"
        self.check_member(seen, pyname, "method", m)
        uses_static = any(
            (
                isinstance(x, (n.StaticProp, n.ClassConst, n.StaticCall, n.New, n.InstanceOf))
                and isinstance(getattr(x, "cls", None), n.Name)
                and x.cls.name.lower() == "static"
            )  # type: ignore[attr-defined]
            for x in _walk_body(m.body or [])
        )
        decorators: list[str] = []
        first: str | None = "self"
        ctx = Ctx(ScopeInfo(), "method", func_name=f"{info.decl.name}::{m.name}", cls=info)
        if m.static:
            if uses_static:
                decorators = ["@classmethod"]
                first = "cls"
                ctx.class_method = True
            else:
                decorators = ["@staticmethod"]
                first = None
            ctx.static_method = True
        self.function(pyname, m.params, m.body or [], m, ctx, decorators, first)

    # ------------------------------------------------------------ expressions
    def expr(self, e: n.Expr | None) -> E:
        if e is None:
            return E("None", ATOM, "null")
        method = getattr(self, "e_" + type(e).__name__, None)
        if method is None:
            raise self.fail(f"expression {type(e).__name__}", e)
        result: E = method(e)
        if result.kind is None:
            result.kind = self.kind(e)
        return result

    def e_Unsupported(self, e: n.Unsupported) -> E:
        raise self.fail(e.what, e)

    def e_Lit(self, e: n.Lit) -> E:
        v = e.value
        if v is None:
            return E("None", ATOM, "null")
        if isinstance(v, bool):
            return E("True" if v else "False", ATOM, "bool")
        if isinstance(v, int):
            return E(str(v), ATOM if v >= 0 else UNARY, "int")
        if isinstance(v, float):
            if math.isinf(v):
                return E("INF" if v > 0 else "-INF", ATOM if v > 0 else UNARY, "float")
            if math.isnan(v):
                return E("NAN", ATOM, "float")
            return E(repr(v), ATOM if v >= 0 else UNARY, "float")
        return E(pystr(v, "'" if self.in_fstring else '"'), ATOM, "str")

    def e_Interp(self, e: n.Interp) -> E:
        return self.concat(e.parts)

    def e_Var(self, e: n.Var) -> E:
        if e.name.startswith("\0"):
            return E(e.name[1:])
        if e.name == "GLOBALS":
            raise self.fail("$GLOBALS", e)
        if self.never_assigned(e.name):
            # PHP warns on every read of a variable nothing ever assigns
            return E(f"php.undefined({pystr(e.name)})", ATOM, "null")
        return E(self.var_ref(e.name), ATOM)

    def never_assigned(self, name: str) -> bool:
        info = self.ctx.info
        if self.ctx.kind == "class" or name in _SUPERGLOBALS or name in ("this", "argv", "argc"):
            return False
        if self.has_includes and self.ctx.kind == "global":
            return False  # an included file may assign it
        return (
            name not in info.assigned
            and name not in self.ctx.aliases
            and name not in self.ctx.captured
            and name not in info.statics
            and name not in info.globals
            and name not in info.boxed
        )

    def e_VarVar(self, e: n.VarVar) -> E:
        raise self.fail("variable variables ($$name)", e)

    def e_ArrayLit(self, e: n.ArrayLit) -> E:
        if not e.items:
            return E("Array()", ATOM, "array")
        if any(item.value is None for item in e.items):
            raise self.fail("empty array element", e)
        if any(item.by_ref for item in e.items):
            raise self.fail("array element by reference", e)
        if any(item.unpack for item in e.items):
            parts = []
            run: list[n.ArrayItem] = []
            for item in e.items:
                if item.unpack:
                    if run:
                        parts.append(self.e_ArrayLit(n.ArrayLit(run, line=e.line)).code)
                        run = []
                    parts.append(self.expr(item.value).code)
                else:
                    run.append(item)
            if run:
                parts.append(self.e_ArrayLit(n.ArrayLit(run, line=e.line)).code)
            return E(f"Array.spread({', '.join(parts)})", ATOM, "array")
        if all(item.key is None for item in e.items):
            vals = ", ".join(self.expr(item.value).code for item in e.items)
            return E(f"Array([{vals}])", ATOM, "array")
        # keyed: literal keys are normalised now; the next index follows PHP's rule
        pairs: list[tuple[str, str]] = []
        static = True
        next_index = 0
        seen: dict[object, int] = {}
        for item in e.items:
            value = self.expr(item.value).code
            if item.key is None:
                k: object = next_index
            else:
                lit = self.literal_key(item.key)
                if lit is None:
                    static = False
                    pairs.append((self.expr(item.key).code, value))
                    continue
                k = lit
            if isinstance(k, int) and k >= next_index:
                next_index = k + 1
            code = repr(k) if isinstance(k, int) else pystr(str(k), "'" if self.in_fstring else '"')
            if k in seen:
                pairs[seen[k]] = (code, value)  # a repeated key keeps its first position
                continue
            seen[k] = len(pairs)
            pairs.append((code, value))
        if static:
            if all(kc == str(i) for i, (kc, _) in enumerate(pairs)):
                return E(f"Array([{', '.join(v for _, v in pairs)}])", ATOM, "array")
            body = ", ".join(f"{kc}: {v}" for kc, v in pairs)
            return E(f"Array({{{body}}})", ATOM, "array")
        items = []
        for item in e.items:
            value = self.expr(item.value).code
            key = self.expr(item.key).code if item.key is not None else "..."
            items.append(f"({key}, {value})")
        return E(f"Array.pairs([{', '.join(items)}])", ATOM, "array")

    def literal_key(self, e: n.Expr) -> object | None:
        if (
            isinstance(e, n.Unary)
            and e.op == "-"
            and isinstance(e.expr, n.Lit)
            and isinstance(e.expr.value, int)
            and not isinstance(e.expr.value, bool)
        ):
            return -e.expr.value
        if not isinstance(e, n.Lit):
            return None
        v = e.value
        if isinstance(v, bool):
            return int(v)
        if v is None:
            return ""
        if isinstance(v, int):
            return v
        if isinstance(v, float):
            return None
        if isinstance(v, str):
            import re

            if re.fullmatch(r"-?[1-9][0-9]*|0", v) and -(2**63) <= int(v) <= INT_MAX:
                return int(v)
            return v
        return None

    def key(self, e: n.Expr) -> E:
        lit = self.literal_key(e)
        if lit is not None:
            if isinstance(lit, int):
                return E(str(lit), ATOM if lit >= 0 else UNARY, "int")
            return E(pystr(str(lit), "'" if self.in_fstring else '"'), ATOM, "str")
        return self.expr(e)

    def e_Index(self, e: n.Index) -> E:
        if e.index is None:
            raise self.fail("[] used for reading", e)
        base = self.expr(e.base)
        return E(f"{paren(base, ATOM)}[{self.key(e.index).code}]", ATOM)

    def e_Prop(self, e: n.Prop) -> E:
        obj = self.expr(e.obj)
        if e.nullsafe:
            t = self.tmp("_obj")
            name = self.prop_name(e.name) if isinstance(e.name, str) else None
            access = f"{t}.{name}" if name else f"getattr({t}, {self.expr(e.name).code})"  # type: ignore[arg-type]
            return E(f"None if ({t} := {obj.code}) is None else {access}", IFELSE)
        if isinstance(e.name, str):
            return E(f"{paren(obj, ATOM)}.{self.prop_name(e.name)}", ATOM)
        return E(f"php.read_prop({obj.code}, {self.expr(e.name).code})", ATOM)

    def e_StaticProp(self, e: n.StaticProp) -> E:
        return E(self.static_prop(e, write=False), ATOM)

    def static_prop(self, e: n.StaticProp, write: bool) -> str:
        """``Cls::$name``: the class that declares it (PHP shares a static property with subclasses)."""
        name = self.prop_name(e.name, static=True)
        if isinstance(e.cls, n.Name) and e.cls.name.lower() != "static":
            low = e.cls.name.lower()
            if low in ("self", "parent"):
                assert self.ctx.cls is not None
                low = (
                    self.ctx.cls.decl.name.lower()
                    if low == "self"
                    else (self.ctx.cls.decl.parent or "").lower()
                )
            seen: set[str] = set()
            while low in self.classes and low not in seen:
                seen.add(low)
                info = self.classes[low]
                prop = info.props.get(e.name)
                if prop is not None and prop.static:
                    return f"{info.pyname}.{name}"
                low = (info.decl.parent or "").lower()
            cls = self.class_ref(e.cls, e)
            return f"{paren(cls, ATOM)}.{name}"
        cls = self.class_ref(e.cls, e)
        if write:
            return f"php.owner({cls.code}, {pystr(name)}).{name}"
        return f"{paren(cls, ATOM)}.{name}"

    def e_ClassConst(self, e: n.ClassConst) -> E:
        if e.name.lower() == "class":
            if isinstance(e.cls, n.Name) and e.cls.name.lower() not in ("static",):
                if e.cls.name.lower() in ("self", "parent"):
                    assert self.ctx.cls is not None
                    name = (
                        self.ctx.cls.decl.name
                        if e.cls.name.lower() == "self"
                        else (self.ctx.cls.decl.parent or "")
                    )
                    return E(pystr(name), ATOM, "str")
                low = e.cls.name.lower()
                real = self.classes[low].decl.name if low in self.classes else e.cls.name.lstrip("\\")
                return E(pystr(real), ATOM, "str")
            return E(f"php.class_name({self.class_ref(e.cls, e).code})", ATOM, "str")
        cls = self.class_ref(e.cls, e)
        return E(f"{paren(cls, ATOM)}.{e.name}", ATOM)

    def e_Const(self, e: n.Const) -> E:
        name = e.name.lstrip("\\")
        if "\\" in name:
            name = name.rsplit("\\", 1)[1]
        low = name.lower()
        if low in ("true", "false", "null"):
            return self.e_Lit(n.Lit({"true": True, "false": False, "null": None}[low]))
        if name in self.user_consts or name in available_constants() or self.has_includes:
            return E(name, ATOM)
        if low in {c.lower() for c in available_constants()} and name.upper() in available_constants():
            return E(name.upper(), ATOM)
        raise self.fail(f"unknown constant {name}", e)

    def e_MagicConst(self, e: n.MagicConst) -> E:
        name = e.name.upper()
        if name == "__LINE__":
            return E(str(e.line), ATOM, "int")
        if name in ("__FILE__", "__DIR__"):
            if self.mode == "include":
                import os

                path = os.path.abspath(self.filename)
                return E(pystr(path if name == "__FILE__" else os.path.dirname(path)), ATOM, "str")
            return E(f"php.{'file' if name == '__FILE__' else 'dir'}(__file__)", ATOM, "str")
        if name == "__FUNCTION__":
            fn = self.ctx.func_name.split("::")[-1] if self.ctx.kind != "closure" else "{closure}"
            return E(pystr(fn), ATOM, "str")
        if name == "__CLASS__":
            return E(pystr(self.ctx.cls.decl.name if self.ctx.cls else ""), ATOM, "str")
        if name == "__METHOD__":
            return E(pystr(self.ctx.func_name), ATOM, "str")
        if name == "__NAMESPACE__":
            return E('""', ATOM, "str")
        raise self.fail(f"magic constant {e.name}", e)

    # ---- calls
    def args(self, args: list[n.Arg], refs: dict[int, str], node: n.Node, func: str | None = None) -> str:
        out: list[str] = []
        callbacks = _CALLBACK_PARAMS.get(func or "", ())
        class_params = _CLASS_PARAMS.get(func or "", ())
        for i, arg in enumerate(args):
            kind = refs.get(i)
            if kind is None:
                for k, v in refs.items():
                    if k < 0 and i >= -k - 1:
                        kind = v
            value = arg.value
            if arg.unpack:
                code = f"*php.values({self.expr(value).code})"
            elif kind == "ref":
                code = self.ref_arg(value, node)
            elif kind == "inplace":
                code = self.inplace_arg(value, node)
            elif i in callbacks and arg.name is None:
                code = self.callback(value)
            elif i in class_params and isinstance(value, n.Lit) and isinstance(value.value, str):
                code = self.class_name(value.value, node)
            elif isinstance(value, n.ClassConst) and value.name.lower() == "class" and i in class_params:
                code = self.class_ref(value.cls, node).code
            else:
                code = self.expr(value).code
            if arg.name is not None:
                code = f"{self.var_name(arg.name)}={code}"
            out.append(code)
        return ", ".join(out)

    def ref_arg(self, value: n.Expr, node: n.Node) -> str:
        if isinstance(value, n.Var):
            if value.name in self.ctx.aliases:
                raise self.fail("passing a foreach reference by reference", node)
            if value.name in self.ctx.info.statics:
                raise self.fail("passing a static variable by reference", node)
            return self.var_name(value.name)
        if isinstance(value, n.Lit) and value.value is None:
            return "None"
        raise self.fail(f"passing {type(value).__name__} by reference", node)

    def inplace_arg(self, value: n.Expr, node: n.Node) -> str:
        if isinstance(value, n.Lit) and value.value is None:
            return "None"
        if isinstance(value, n.Var):
            return self.var_ref(value.name)
        return self.write_base(value, node)

    def callback(self, value: n.Expr) -> str:
        """A PHP callable: names and [obj, 'method'] become Python callables."""
        if isinstance(value, n.Lit) and isinstance(value.value, str):
            name = value.value.lstrip("\\")
            if "::" in name:
                cls, meth = name.split("::", 1)
                return f"{self.class_name(cls, value)}.{_MAGIC_METHODS.get(meth.lower(), meth)}"
            low = name.lower()
            if low in self.funcs:
                return self.func_names[low]
            if low in available_functions():
                return PY_NAME.get(low, low)
            raise self.fail(f"unknown function {name}() used as a callback", value)
        if (
            isinstance(value, n.ArrayLit)
            and len(value.items) == 2
            and all(i.key is None for i in value.items)
        ):
            obj, meth = value.items[0].value, value.items[1].value
            if isinstance(meth, n.Lit) and isinstance(meth.value, str):
                mname = _MAGIC_METHODS.get(meth.value.lower(), meth.value)
                if isinstance(obj, n.Lit) and isinstance(obj.value, str):
                    return f"{self.class_name(obj.value, value)}.{mname}"
                if isinstance(obj, n.ClassConst) and obj.name.lower() == "class":
                    return f"{paren(self.class_ref(obj.cls, value), ATOM)}.{mname}"
                return f"{paren(self.expr(obj), ATOM)}.{mname}"  # type: ignore[arg-type]
        if isinstance(value, (n.Closure, n.Var, n.Lit)) or (
            isinstance(value, n.Call) and value.func == "Closure::fromCallable"
        ):
            code = self.expr(value)
            if isinstance(value, n.Var):
                return f"php.callback({code.code})"
            return code.code
        return f"php.callback({self.expr(value).code})"

    def e_Call(self, e: n.Call) -> E:
        if isinstance(e.func, str):
            name = e.func.lstrip("\\")
            if "\\" in name:
                name = name.rsplit("\\", 1)[1]
            low = name.lower()
            special = getattr(self, "call_" + low, None)
            if special is not None:
                result = special(e)
                if result is not None:
                    return result
            refs = self.ref_params(e)
            if low in self.funcs:
                py = self.func_names[low]
                return E(f"{py}({self.args(e.args, refs, e, low)})", ATOM)
            if low in available_functions():
                py = PY_NAME.get(low, low)
                arity = _arity(py)
                if arity is not None and not any(a.unpack or a.name for a in e.args):
                    least, most = arity
                    if not least <= len(e.args) <= most:
                        return E(f"php.arg_count({pystr(low)}, {least}, {most}, {len(e.args)})", ATOM)
                return E(f"{py}({self.args(e.args, refs, e, low)})", ATOM, RETURNS.get(low))
            if self.has_includes:
                return E(f"{self.safe_name(name)}({self.args(e.args, refs, e, low)})", ATOM)
            raise self.fail(f"unknown function {name}()", e)
        func = self.expr(e.func)
        if isinstance(e.func, n.Closure) or self.kind(e.func) == "object":
            return E(f"{paren(func, ATOM)}({self.args(e.args, {}, e)})", ATOM)
        return E(f"php.call({func.code}{', ' if e.args else ''}{self.args(e.args, {}, e)})", ATOM)

    def call_compact(self, e: n.Call) -> E | None:
        names = []
        for a in e.args:
            if not (isinstance(a.value, n.Lit) and isinstance(a.value.value, str)):
                raise self.fail("compact() with non-literal names", e)
            names.append(a.value.value)
        body = ", ".join(f"{pystr(x)}: {self.var_ref(x)}" for x in names)
        return E(f"Array({{{body}}})", ATOM, "array")

    def call_eval(self, e: n.Call) -> E | None:
        raise self.fail("eval()", e)

    def call_extract(self, e: n.Call) -> E | None:
        raise self.fail("extract()", e)

    def call_get_defined_vars(self, e: n.Call) -> E | None:
        raise self.fail("get_defined_vars()", e)

    def call_func_get_args(self, e: n.Call) -> E | None:
        if self.ctx.kind == "global":
            raise self.fail("func_get_args() outside a function", e)
        return E("_args", ATOM, "array")

    def call_func_num_args(self, e: n.Call) -> E | None:
        return E("len(_args)", ATOM, "int")

    def call_define(self, e: n.Call) -> E | None:
        if len(e.args) >= 2 and isinstance(e.args[0].value, n.Lit) and isinstance(e.args[0].value.value, str):
            return None
        raise self.fail("define() with a computed name", e)

    def call_get_class(self, e: n.Call) -> E | None:
        if not e.args:
            if self.ctx.cls is None:
                raise self.fail("get_class() without arguments outside a class", e)
            return E(pystr(self.ctx.cls.decl.name), ATOM, "str")
        return None

    def call_get_called_class(self, e: n.Call) -> E | None:
        if self.ctx.cls is None:
            raise self.fail("get_called_class() outside a class", e)
        who = (
            "cls"
            if self.ctx.class_method
            else ("self" if not self.ctx.static_method else self.ctx.cls.pyname)
        )
        return E(f"php.class_name({who})", ATOM, "str")

    def call_array_key_exists(self, e: n.Call) -> E | None:
        return None

    def e_MethodCall(self, e: n.MethodCall) -> E:
        obj = self.expr(e.obj)
        refs = self.ref_params(e)
        if isinstance(e.name, str):
            low = e.name.lower()
            name = _MAGIC_METHODS.get(low, e.name)
            if name.startswith("__") and not name.endswith("__"):
                name = "_php" + name
            if low == "__tostring":
                return E(f"str({obj.code})", ATOM, "str")
            if keyword.iskeyword(name):
                name += "_"
            access = f"{paren(obj, ATOM)}.{name}"
        else:
            access = f"getattr({obj.code}, {self.expr(e.name).code})"
        call = f"{access}({self.args(e.args, refs, e)})"
        if e.nullsafe:
            t = self.tmp("_obj")
            call = call.replace(paren(obj, ATOM) + ".", f"{t}.", 1)
            return E(f"None if ({t} := {obj.code}) is None else {call}", IFELSE)
        return E(call, ATOM)

    def e_StaticCall(self, e: n.StaticCall) -> E:
        refs = self.ref_params(e)
        if not isinstance(e.name, str):
            cls = self.class_ref(e.cls, e)
            return E(f"getattr({cls.code}, {self.expr(e.name).code})({self.args(e.args, refs, e)})", ATOM)
        low = e.name.lower()
        name = _MAGIC_METHODS.get(low, e.name)
        if name.startswith("__") and not name.endswith("__"):
            name = "_php" + name
        if keyword.iskeyword(name):
            name += "_"
        args = self.args(e.args, refs, e)
        if isinstance(e.cls, n.Name):
            which = e.cls.name.lower()
            ctx_cls = self.ctx.cls
            in_instance = ctx_cls is not None and not self.ctx.static_method
            if which == "parent":
                if ctx_cls is None:
                    raise self.fail("parent:: outside a class", e)
                target = self.method_decl(ctx_cls.decl.parent, low)
                if target is not None and target.static:
                    return E(f"{self.class_ref(e.cls, e).code}.{name}({args})", ATOM)
                if self.ctx.kind == "closure" or self.ctx.static_method:
                    if self.ctx.static_method:
                        return E(f"{self.class_ref(e.cls, e).code}.{name}({args})", ATOM)
                    return E(f"super({ctx_cls.pyname}, self).{name}({args})", ATOM)
                return E(f"super().{name}({args})", ATOM)
            cls = self.class_ref(e.cls, e)
            class_low = ctx_cls.decl.name.lower() if which in ("self", "static") and ctx_cls else which
            target = self.method_decl(class_low, low)
            if target is not None and not target.static and in_instance:
                if which == "static":
                    return E(f"self.{name}({args})", ATOM)
                return E(f"{cls.code}.{name}(self{', ' if args else ''}{args})", ATOM)
            return E(f"{paren(cls, ATOM)}.{name}({args})", ATOM)
        cls = self.expr(e.cls)  # type: ignore[arg-type]
        return E(f"{paren(cls, ATOM)}.{name}({args})", ATOM)

    def method_decl(self, class_low: str | None, method_low: str) -> n.MethodDecl | None:
        seen = set()
        while class_low and class_low.lower() in self.classes and class_low not in seen:
            seen.add(class_low)
            info = self.classes[class_low.lower()]
            if method_low in info.methods:
                return info.methods[method_low]
            for m in info.decl.members:
                if isinstance(m, n.TraitUse):
                    for t in m.names:
                        found = self.method_decl(t.lower(), method_low)
                        if found is not None:
                            return found
            class_low = info.decl.parent.lower() if info.decl.parent else None
        return None

    def e_New(self, e: n.New) -> E:
        refs = self.ref_params(e)
        args = self.args(e.args, refs, e)
        if isinstance(e.cls, n.Name):
            cls = self.class_ref(e.cls, e)
            return E(f"{paren(cls, ATOM)}({args})", ATOM, "object")
        if isinstance(e.cls, n.Unsupported):
            raise self.fail(e.cls.what, e)
        cls = self.expr(e.cls)
        return E(f"php.new({cls.code}{', ' if args else ''}{args})", ATOM, "object")

    def e_Clone(self, e: n.Clone) -> E:
        return E(f"php.clone({self.expr(e.expr).code})", ATOM, "object")

    def e_InstanceOf(self, e: n.InstanceOf) -> E:
        value = self.expr(e.expr)
        if isinstance(e.cls, n.Name):
            low = e.cls.name.lower().lstrip("\\")
            if low in CATCH_NAMES and low not in self.classes:
                names = CATCH_NAMES[low]
                spec = names[0] if len(names) == 1 else f"({', '.join(names)})"
                return E(f"isinstance({value.code}, {spec})", ATOM, "bool")
            if (
                low not in self.classes
                and low not in ("self", "static", "parent")
                and low not in available_classes()
                and low not in CLASS_NAMES
            ):
                return E("False", ATOM, "bool")
            return E(f"isinstance({value.code}, {self.class_ref(e.cls, e).code})", ATOM, "bool")
        return E(f"php.instance_of({value.code}, {self.expr(e.cls).code})", ATOM, "bool")

    # ---- operators
    def concat_parts(self, e: n.Expr) -> list[n.Expr] | None:
        if isinstance(e, n.Interp):
            return list(e.parts)
        if isinstance(e, n.Bin) and e.op == ".":
            left = self.concat_parts(e.left) or [e.left]
            right = self.concat_parts(e.right) or [e.right]
            return left + right
        return None

    def str_code(self, v: E, kind: str | None) -> str:
        if kind == "str":
            return v.code
        if kind == "int":
            return f"str({v.code})"
        return f"php.str({v.code})"

    def fstring(self, parts: list[n.Expr], need_str: bool = True) -> E | None:
        """An f-string for the parts, when every piece can be written inside one."""
        if self.in_fstring:
            return None
        pieces: list[str] = []
        has_expr = False
        self.in_fstring += 1
        try:
            for p in parts:
                if isinstance(p, n.Lit) and isinstance(p.value, str):
                    pieces.append(_fstring_text(p.value))
                    continue
                if isinstance(p, n.Lit):
                    pieces.append(_fstring_text(self.php_literal_text(p.value)))
                    continue
                v = self.expr(p)
                k = v.kind or self.kind(p)
                code = v.code if k in ("str", "int") else f"php.str({v.code})"
                if '"' in code or "\\" in code or "{" in code or "}" in code or "#" in code or "\n" in code:
                    return None
                if v.prec < LAMBDA + 1 or code.startswith(("lambda", "(")) and False:
                    code = f"({code})"
                if ":" in code and not code.startswith("("):
                    code = f"({code})"
                if code.endswith("=") or "!=" in code:
                    code = f"({code})"
                pieces.append("{" + code + "}")
                has_expr = True
        finally:
            self.in_fstring -= 1
        if not has_expr:
            return E(
                pystr("".join(self.php_literal_text(p.value) for p in parts if isinstance(p, n.Lit))),
                ATOM,
                "str",
            )
        return E('f"' + "".join(pieces) + '"', ATOM, "str")

    def php_literal_text(self, v: object) -> str:
        from .._core.values import php_str

        return php_str(v)

    def concat(self, parts: list[n.Expr]) -> E:
        if len(parts) == 1:
            v = self.expr(parts[0])
            k = v.kind or self.kind(parts[0])
            return E(self.str_code(v, k), ATOM if k != "str" else v.prec, "str")
        fs = self.fstring(parts)
        if fs is not None:
            return fs
        codes = []
        all_str = True
        for p in parts:
            v = self.expr(p)
            k = v.kind or self.kind(p)
            if k != "str":
                all_str = False
            codes.append((v, k))
        if all_str:
            return E(" + ".join(paren(v, ADD + 1) for v, _ in codes), ADD, "str")
        return E(f"php.concat({', '.join(v.code for v, _ in codes)})", ATOM, "str")

    def e_Bin(self, e: n.Bin) -> E:
        op = e.op
        if op == ".":
            parts = self.concat_parts(e) or [e.left, e.right]
            return self.concat(parts)
        if op in ("&&", "and", "||", "or"):
            a, b = self.cond(e.left), self.cond(e.right)
            if op in ("&&", "and"):
                return E(f"{paren(a, AND)} and {paren(b, AND + 1)}", AND, "bool")
            return E(f"{paren(a, OR)} or {paren(b, OR + 1)}", OR, "bool")
        if op == "??":
            return self.coalesce(e)
        left, right = self.expr(e.left), self.expr(e.right)
        return self.binop(op, left, right, e.left, e.right, e)

    def binop(self, op: str, left: E, right: E, lnode: n.Expr, rnode: n.Expr, node: n.Node) -> E:
        lk = left.kind or self.kind(lnode)
        rk = right.kind or self.kind(rnode)
        if op == ".":
            return (
                self.concat([lnode, rnode])
                if not isinstance(lnode, n.Var) or not lnode.name.startswith("\0")
                else E(f"php.concat({left.code}, {right.code})", ATOM, "str")
            )
        if op in ("==", "!=", "===", "!==", "<", "<=", ">", ">=", "<>"):
            return self.compare(op, left, right, lnode, rnode)
        if op == "<=>":
            return E(f"php.cmp({left.code}, {right.code})", ATOM, "int")
        if op in ("+", "-", "*"):
            if lk in NUMERIC and rk in NUMERIC:
                prec = ADD if op in "+-" else MUL
                return E(f"{paren(left, prec)} {op} {paren(right, prec + 1)}", prec, join_kinds(lk, rk))
            fn = {"+": "add", "-": "sub", "*": "mul"}[op]
            return E(f"php.{fn}({left.code}, {right.code})", ATOM)
        if op == "/":
            return E(f"php.div({left.code}, {right.code})", ATOM)
        if op == "%":
            return E(f"php.mod({left.code}, {right.code})", ATOM, "int")
        if op == "**":
            return E(f"php.pow({left.code}, {right.code})", ATOM)
        if op in ("&", "|", "^"):
            if lk == "int" and rk == "int":
                prec = {"&": BAND, "|": BOR, "^": BXOR}[op]
                return E(f"{paren(left, prec)} {op} {paren(right, prec + 1)}", prec, "int")
            fn = {"&": "bitand", "|": "bitor", "^": "bitxor"}[op]
            return E(f"php.{fn}({left.code}, {right.code})", ATOM)
        if op in ("<<", ">>"):
            fn = "shl" if op == "<<" else "shr"
            return E(f"php.{fn}({left.code}, {right.code})", ATOM, "int")
        if op == "xor":
            return E(f"php.xor({left.code}, {right.code})", ATOM, "bool")
        if op == "??":
            return self.coalesce(n.Bin("??", lnode, rnode))
        raise self.fail(f"operator {op}", node)

    def compare(self, op: str, left: E, right: E, lnode: n.Expr | None, rnode: n.Expr | None) -> E:
        lk = left.kind if left.kind is not None else (self.kind(lnode) if lnode is not None else None)
        rk = right.kind if right.kind is not None else (self.kind(rnode) if rnode is not None else None)
        if op == "<>":
            op = "!="
        if op in ("===", "!=="):
            neg = op == "!=="
            for a, b in ((left, right), (right, left)):
                if b.code in ("None", "True", "False"):
                    return E(f"{paren(a, CMP + 1)} {'is not' if neg else 'is'} {b.code}", CMP, "bool")
            plain = False
            if lk is not None and lk == rk and lk in ("int", "str", "bool", "float"):
                plain = True
            elif (lk == "str" and rk in ("str", None) and isinstance(lnode, n.Lit)) or (
                rk == "str" and lk in ("str", None) and isinstance(rnode, n.Lit)
            ):
                plain = True
            elif lk == "int" and rk == "int":
                plain = True
            if plain:
                return E(
                    f"{paren(left, CMP + 1)} {'!=' if neg else '=='} {paren(right, CMP + 1)}", CMP, "bool"
                )
            fn = "not_same" if neg else "same"
            return E(f"php.{fn}({left.code}, {right.code})", ATOM, "bool")
        plain = (
            lk is not None
            and rk is not None
            and ((lk in NUMERIC and rk in NUMERIC) or (lk == "bool" and rk == "bool"))
        )
        if op in ("==", "!="):
            if not plain and lk == "str" and rk == "str":
                for node in (lnode, rnode):
                    if (
                        isinstance(node, n.Lit)
                        and isinstance(node.value, str)
                        and not _looks_numeric(node.value)
                    ):
                        plain = True
            if plain:
                return E(f"{paren(left, CMP + 1)} {op} {paren(right, CMP + 1)}", CMP, "bool")
            fn = "eq" if op == "==" else "ne"
            return E(f"php.{fn}({left.code}, {right.code})", ATOM, "bool")
        if plain:
            return E(f"{paren(left, CMP + 1)} {op} {paren(right, CMP + 1)}", CMP, "bool")
        fn = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge"}[op]
        return E(f"php.{fn}({left.code}, {right.code})", ATOM, "bool")

    def quiet(self, e: n.Expr) -> E:
        """Read ``e`` without warnings (isset, ??, empty): None when anything is missing."""
        path: list[str] = []
        node = e
        while True:
            if isinstance(node, n.Index) and node.index is not None:
                path.append(self.key(node.index).code)
                node = node.base
            elif isinstance(node, n.Prop) and not node.nullsafe:
                name = node.name
                if isinstance(name, str):
                    attr = pystr(self.prop_name(name, as_string=True))
                else:
                    attr = self.expr(name).code
                path.append(f"php.P({attr})")
                node = node.obj
            else:
                break
        if isinstance(node, n.Var) and self.never_assigned(node.name):
            return E("None", ATOM, "null")
        if not path:
            if isinstance(node, n.StaticProp):
                cls = self.class_ref(node.cls, node)
                return E(f"getattr({cls.code}, {pystr(self.prop_name(node.name, static=True))}, None)", ATOM)
            return self.expr(node)
        base = self.expr(node)
        path.reverse()
        return E(f"php.dig({base.code}, {', '.join(path)})", ATOM)

    def coalesce(self, e: n.Bin) -> E:
        left = self.quiet(e.left)
        right = self.expr(e.right)
        if isinstance(e.left, n.Var):
            if _simple(e.right) or isinstance(e.right, n.ArrayLit):
                return E(
                    f"{paren(left, IFELSE + 1)} if {paren(left, CMP + 1)} is not None "
                    f"else {paren(right, IFELSE)}",
                    IFELSE,
                )
        t = self.tmp("_v")
        return E(f"{t} if ({t} := {left.code}) is not None else {paren(right, IFELSE)}", IFELSE)

    def e_Unary(self, e: n.Unary) -> E:
        if e.op == "!":
            c = self.cond(e.expr)
            return E(f"not {paren(c, NOT)}", NOT, "bool")
        v = self.expr(e.expr)
        k = v.kind or self.kind(e.expr)
        if e.op == "-":
            if (
                isinstance(e.expr, n.Lit)
                and isinstance(e.expr.value, (int, float))
                and not isinstance(e.expr.value, bool)
            ):
                value = -e.expr.value
                if isinstance(value, int) and value < -INT_MAX - 1:
                    value = float(value)
                return self.e_Lit(n.Lit(value))
            if k in NUMERIC:
                return E(f"-{paren(v, UNARY)}", UNARY, k)
            return E(f"php.neg({v.code})", ATOM)
        if e.op == "+":
            if k in NUMERIC:
                return v
            return E(f"php.pos({v.code})", ATOM)
        if e.op == "~":
            if k == "int":
                return E(f"~{paren(v, UNARY)}", UNARY, "int")
            return E(f"php.bitnot({v.code})", ATOM)
        raise self.fail(f"unary operator {e.op}", e)

    def e_IncDec(self, e: n.IncDec) -> E:
        target = e.target
        k = self.kind(target)
        fn = "php.inc" if e.op == "++" else "php.dec"
        if (
            isinstance(target, n.Var)
            and target.name not in self.ctx.info.boxed
            and target.name not in self.ctx.info.statics
            and target.name not in self.ctx.aliases
        ):
            py = self.var_name(target.name)
            if k in ("int", "num", "float"):
                sign = "+" if e.op == "++" else "-"
                new = f"({py} := {py} {sign} 1)"
                if e.prefix:
                    return E(new, ATOM, k)
                back = "-" if e.op == "++" else "+"
                return E(f"{new} {back} 1", ADD, k)
            new = f"({py} := {fn}({py}))"
            if e.prefix:
                return E(new, ATOM)
            return E(f"php.first({py}, {new})", ATOM)
        place = self.incdec_place(target, e)
        helper = "php.pre" if e.prefix else "php.post"
        return E(f"{helper}({place}, {pystr(e.op)})", ATOM)

    def incdec_place(self, target: n.Expr, node: n.Node) -> str:
        """A (container, key) pair for a helper that updates a place and returns a value."""
        if isinstance(target, n.Var):
            if target.name in self.ctx.info.boxed:
                return f"{self.var_name(target.name)}, 'value'"
            if target.name in self.ctx.info.statics:
                return f"{self.ctx.statics_name}, {pystr(self.var_name(target.name))}"
            alias = self.ctx.aliases.get(target.name)
            if alias is not None:
                base, _, key = alias.rpartition("[")
                return f"{base}, {key[:-1]}, True"
        if isinstance(target, n.Index) and target.index is not None:
            return f"{self.write_base(target.base, node)}, {self.key(target.index).code}, True"
        if isinstance(target, n.Prop) and isinstance(target.name, str):
            return f"{self.expr(target.obj).code}, {pystr(self.prop_name(target.name, as_string=True))}"
        if isinstance(target, n.StaticProp):
            owner = self.static_prop(target, write=True).rsplit(".", 1)[0]
            return f"{owner}, {pystr(self.prop_name(target.name, static=True))}"
        raise self.fail(f"++/-- on {type(target).__name__} inside an expression", node)

    def e_Assign(self, e: n.Assign) -> E:
        if isinstance(e.target, n.ArrayLit):
            raise self.fail("list() assignment used as a value", e)
        if e.by_ref:
            raise self.fail("assignment by reference used as a value", e)
        value = self.assigned_value(e.target, e.value)
        kind = self.kind(e.value)
        target = e.target
        if isinstance(target, n.Var):
            if target.name in self.ctx.info.boxed:
                return E(f"php.setattr({self.var_name(target.name)}, 'value', {value})", ATOM, kind)
            if target.name in self.ctx.info.statics:
                return E(
                    f"php.setattr({self.ctx.statics_name}, {pystr(self.var_name(target.name))}, {value})",
                    ATOM,
                    kind,
                )
            if target.name in self.ctx.aliases:
                alias = self.ctx.aliases[target.name]
                base, _, key = alias.rpartition("[")
                return E(f"php.setitem({base}, {key[:-1]}, {value})", ATOM, kind)
            return E(f"{self.var_name(target.name)} := {value}", WALRUS, kind)
        if isinstance(target, n.Index):
            base = self.write_base(target.base, e)
            key = self.key(target.index).code if target.index is not None else "..."
            return E(f"php.setitem({base}, {key}, {value})", ATOM, kind)
        if isinstance(target, n.Prop):
            obj = self.expr(target.obj).code
            name = (
                pystr(self.prop_name(target.name, as_string=True))
                if isinstance(target.name, str)
                else self.expr(target.name).code
            )
            return E(f"php.setattr({obj}, {name}, {value})", ATOM, kind)
        if isinstance(target, n.StaticProp):
            owner = self.static_prop(target, write=True).rsplit(".", 1)[0]
            return E(
                f"php.setattr({owner}, {pystr(self.prop_name(target.name, static=True))}, {value})",
                ATOM,
                kind,
            )
        raise self.fail(f"assignment to {type(target).__name__}", e)

    def e_AssignOp(self, e: n.AssignOp) -> E:
        if e.op == "??":
            return self.coalesce_assign(e)
        current = self.expr(e.target)
        result = self.binop(e.op, current, self.expr(e.value), e.target, e.value, e)
        tmp = n.Var("\0" + result.code)
        return (
            self.e_Assign(n.Assign(e.target, tmp, line=e.line))
            if isinstance(e.target, n.Var) and False
            else self.assign_expr_code(e.target, result, e)
        )

    def assign_expr_code(self, target: n.Expr, value: E, node: n.Node) -> E:
        if (
            isinstance(target, n.Var)
            and target.name not in self.ctx.info.boxed
            and target.name not in self.ctx.info.statics
            and target.name not in self.ctx.aliases
        ):
            return E(f"{self.var_name(target.name)} := {value.code}", WALRUS, value.kind)
        if isinstance(target, n.Var) and target.name in self.ctx.info.boxed:
            return E(f"php.setattr({self.var_name(target.name)}, 'value', {value.code})", ATOM, value.kind)
        if isinstance(target, n.Index) and target.index is not None:
            return E(
                f"php.setitem({self.write_base(target.base, node)}, {self.key(target.index).code}, "
                f"{value.code})",
                ATOM,
            )
        if isinstance(target, n.Prop) and isinstance(target.name, str):
            attr = pystr(self.prop_name(target.name, as_string=True))
            return E(
                f"php.setattr({self.expr(target.obj).code}, {attr}, {value.code})",
                ATOM,
            )
        raise self.fail("compound assignment used as a value", node)

    def coalesce_assign(self, e: n.AssignOp) -> E:
        raise self.fail("??= used as a value", e)

    def e_Ternary(self, e: n.Ternary) -> E:
        if e.then is None:
            k = self.kind(e.cond)
            left = self.expr(e.cond)
            right = self.expr(e.else_)
            if k in BOOLISH:
                return E(f"{paren(left, OR)} or {paren(right, OR + 1)}", OR)
            if _simple(e.cond):
                return E(
                    f"{paren(left, IFELSE + 1)} if php.bool({left.code}) else {paren(right, IFELSE)}", IFELSE
                )
            t = self.tmp("_v")
            return E(f"{t} if php.bool({t} := {left.code}) else {paren(right, IFELSE)}", IFELSE)
        cond = self.cond(e.cond)
        then = self.expr(e.then)
        other = self.expr(e.else_)
        return E(
            f"{paren(then, IFELSE + 1)} if {paren(cond, IFELSE + 1)} else {paren(other, IFELSE)}", IFELSE
        )

    def e_Cast(self, e: n.Cast) -> E:
        v = self.expr(e.expr)
        k = v.kind or self.kind(e.expr)
        if e.type == "unset":
            return E("None", ATOM, "null")
        if e.type == "int" and k == "int":
            return v
        if e.type == "string" and k == "str":
            return v
        if e.type == "bool" and k == "bool":
            return v
        if e.type == "float" and k == "float":
            return v
        helper = _CAST_HELPER.get(e.type)
        if helper is None:
            raise self.fail(f"({e.type}) cast", e)
        return E(f"{helper}({v.code})", ATOM)

    def e_Isset(self, e: n.Isset) -> E:
        tests = []
        for x in e.exprs:
            q = self.quiet(x)
            tests.append(f"{paren(q, CMP + 1)} is not None")
        if len(tests) == 1:
            return E(tests[0], CMP, "bool")
        return E(" and ".join(tests), AND, "bool")

    def e_Empty(self, e: n.Empty) -> E:
        q = self.quiet(e.expr)
        k = self.kind(e.expr)
        if k in BOOLISH and isinstance(e.expr, n.Var):
            return E(f"not {paren(q, NOT)}", NOT, "bool")
        return E(f"not php.bool({q.code})", NOT, "bool")

    def e_Silence(self, e: n.Silence) -> E:
        inner = e.expr
        if (
            isinstance(inner, (n.Index, n.Prop))
            and not isinstance(inner, n.Prop)
            or (isinstance(inner, n.Prop) and isinstance(inner.name, str))
        ):
            return self.quiet(inner)
        if isinstance(inner, n.Var):
            return self.expr(inner)
        return E(f"php.silent(lambda: {self.expr(inner).code})", ATOM)

    def e_Exit(self, e: n.Exit) -> E:
        if e.expr is None:
            return E("exit_()", ATOM)
        return E(f"exit_({self.expr(e.expr).code})", ATOM)

    def e_Print(self, e: n.Print) -> E:
        return E(f"print_({self.expr(e.expr).code})", ATOM, "int")

    def e_Include(self, e: n.Include) -> E:
        path = self.expr(e.expr)
        scope = "globals()"
        current = "__file__" if self.mode == "main" else pystr(__import__("os").path.abspath(self.filename))
        return E(f"php.include({path.code}, {pystr(e.kind)}, {scope}, {current})", ATOM)

    def e_Yield(self, e: n.Yield) -> E:
        if self.ctx.kind in ("global", "class"):
            raise self.fail("yield outside a function", e)
        if e.from_:
            return E(f"(yield from php.delegate({self.expr(e.value).code}))", ATOM)
        if e.key is not None:
            return E(f"(yield php.Keyed({self.expr(e.key).code}, {self.expr(e.value).code}))", ATOM)
        if e.value is None:
            return E("(yield)", ATOM)
        return E(f"(yield {self.expr(e.value).code})", ATOM)

    def e_ThrowExpr(self, e: n.ThrowExpr) -> E:
        return E(f"php.throw({self.expr(e.expr).code})", ATOM)

    def e_Match(self, e: n.Match) -> E:
        subj = self.expr(e.subject)
        t = self.tmp("_match")
        first = True
        default: E | None = None
        branches: list[tuple[str, str]] = []
        for arm in e.arms:
            body = self.expr(arm.body)
            if arm.conds is None:
                default = body
                continue
            tests = []
            for c in arm.conds:
                left = E(f"({t} := {subj.code})" if first else t, ATOM, subj.kind)
                first = False
                tests.append(self.compare("===", left, self.expr(c), None, c).code)
            branches.append((" or ".join(tests), body.code))
        if first:
            # no arm with a condition: the subject is still evaluated
            tail = default.code if default is not None else f"php.no_match({subj.code})"
            return E(f"php.first({tail}, {subj.code})" if default is not None else tail, ATOM)
        code = default.code if default is not None else f"php.no_match({t})"
        for test, body in reversed(branches):
            code = f"{body} if {test} else {code}"
        return E(code, IFELSE)

    def e_Closure(self, e: n.Closure) -> E:
        params = e.params
        if e.arrow:
            body = e.body[0].expr if e.body and isinstance(e.body[0], n.Return) else None  # type: ignore[attr-defined]
            if body is None:
                raise self.fail("arrow function body", e)
            pnames = {p.name for p in params}
            free = sorted({x.name for x in body.walk() if isinstance(x, n.Var)} - pnames - {"this"})
            saved = self.ctx
            info = ScopeInfo()
            for name in free:
                info.kinds[name] = saved.info.kinds.get(name)
                info.assigned[name] = [None]
            for p in params:
                info.assigned[p.name] = [None]
            ctx = Ctx(
                info,
                "closure",
                func_name="{closure}",
                cls=saved.cls,
                static_method=saved.static_method,
                class_method=saved.class_method,
                nested=True,
            )
            self.ctx = ctx
            try:
                if any(p.by_ref or p.variadic and False for p in params):
                    raise self.fail("arrow function with by-reference parameters", e)
                sig = self.signature(params, info, None, e)
                captures = [f"{self.var_name(x)}={saved_var(saved, self, x)}" for x in free]
                if captures:
                    sig = f"{sig}, *, {', '.join(captures)}" if sig else f"*, {', '.join(captures)}"
                code = self.expr(body).code
            finally:
                self.ctx = saved
            return E(f"lambda {sig}: {code}" if sig else f"lambda: {code}", LAMBDA)
        # a function body: emitted as a nested def just before the current statement
        self.closure_count += 1
        name = self.closure_name or f"_closure{self.closure_count}"
        self.closure_name = None
        captures = []
        for u in e.uses:
            if u.by_ref:
                captures.append(f"{self.var_name(u.name)}={self.var_name(u.name)}")
            else:
                src = self.var_ref(u.name)
                captures.append(f"{self.var_name(u.name)}={src}")
        ctx = Ctx(
            ScopeInfo(),
            "closure",
            func_name="{closure}",
            cls=self.ctx.cls,
            static_method=self.ctx.static_method or e.static,
            class_method=self.ctx.class_method,
            nested=True,
        )
        mark = len(self.lines)
        saved_level = self.level
        self.function(name, params, e.body, e, ctx, captures=captures)
        block = self.lines[mark:]
        del self.lines[mark:]
        self.level = saved_level
        # insert the def before the statement being generated
        insert_at = self.statement_start()
        self.lines[insert_at:insert_at] = block
        return E(name, ATOM, "object")

    def statement_start(self) -> int:
        """Index of the first line of the statement being generated (closures go there)."""
        return self.stmt_starts[-1] if self.stmt_starts else len(self.lines)


def copy_info(info: ScopeInfo) -> ScopeInfo:
    """A copy of an analysis the generator may then adjust (closure uses, boxes)."""
    return ScopeInfo(
        first=dict(info.first),
        boxed=set(info.boxed),
        mutated=set(info.mutated),
        assigned=info.assigned,
        globals=set(info.globals),
        statics=dict(info.statics),
        used=set(info.used),
        mutated_props=set(info.mutated_props),
        kinds=dict(info.kinds),
        reads_before_write=set(info.reads_before_write),
        uses_func_get_args=info.uses_func_get_args,
        compound=set(info.compound),
    )


@functools.cache
def _arity(pyname: str) -> tuple[int, int] | None:
    """(required, maximum) positional arguments of a shim or library function, if fixed."""
    import inspect

    import phpcompat

    from . import library

    func = getattr(phpcompat, pyname, None) or getattr(library, pyname, None)
    if func is None:
        return None
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    least = most = 0
    for p in sig.parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            most = 10**6
        elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            most += 1
            if p.default is p.empty:
                least += 1
        elif p.kind is p.VAR_KEYWORD:
            most = max(most, 10**6)
    return least, most


def _looks_numeric(s: str) -> bool:
    from .runtime import is_numeric_str

    return is_numeric_str(s)


def saved_var(ctx: Ctx, gen: Generator, name: str) -> str:
    saved = gen.ctx
    gen.ctx = ctx
    try:
        return gen.var_ref(name)
    finally:
        gen.ctx = saved


def _rewrite_globals_array(prog: n.Program) -> None:
    """``$GLOBALS['name']`` with a literal name is the global variable ``$name``.

    Inside a function the variable is declared ``global``; any other use of
    ``$GLOBALS`` is left for the generator to reject.
    """

    def fix(node: n.Node, names: set[str]) -> None:
        for f in fields(node):  # type: ignore[arg-type]
            value = getattr(node, f.name)
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if _globals_ref(item):
                        names.add(item.index.value)
                        value[i] = n.Var(item.index.value, line=item.line)
                    elif isinstance(item, tuple):
                        value[i] = tuple(_fixed(x, names) for x in item)
                    elif isinstance(item, n.Node):
                        visit(item, names)
            elif _globals_ref(value):
                names.add(value.index.value)
                setattr(node, f.name, n.Var(value.index.value, line=value.line))
            elif isinstance(value, n.Node):
                visit(value, names)

    def _fixed(x: object, names: set[str]) -> object:
        if _globals_ref(x):
            names.add(x.index.value)  # type: ignore[union-attr]
            return n.Var(x.index.value, line=x.line)  # type: ignore[union-attr]
        if isinstance(x, n.Node):
            visit(x, names)
        elif isinstance(x, list):
            for item in x:
                if isinstance(item, n.Node):
                    visit(item, names)
        return x

    def visit(node: n.Node, names: set[str]) -> None:
        if isinstance(node, (n.FunctionDecl, n.MethodDecl, n.Closure)) and node.body:
            inner: set[str] = set()
            for st in node.body:
                visit(st, inner)
            if inner:
                node.body.insert(0, n.Global(sorted(inner), line=node.line))
            for p in getattr(node, "params", []):
                if p.default is not None:
                    visit(p, names)
            return
        fix(node, names)

    top: set[str] = set()
    for st in prog.body:
        visit(st, top)


def _globals_ref(node: object) -> bool:
    return (
        isinstance(node, n.Index)
        and isinstance(node.base, n.Var)
        and node.base.name == "GLOBALS"
        and isinstance(node.index, n.Lit)
        and isinstance(node.index.value, str)
        and node.index.value.isidentifier()
    )


def _is_generator(body: list[n.Stmt]) -> bool:
    """Whether a function body yields (not counting nested functions and closures)."""
    return any(isinstance(x, n.Yield) for st in body for x in _walk_scope(st))


def _walk_scope(node: n.Node) -> Iterator[n.Node]:
    """The nodes of one PHP scope: nested functions, classes and closures are not entered."""
    yield node
    for child in node.children():
        if isinstance(child, (n.FunctionDecl, n.ClassDecl)) or (
            isinstance(child, n.Closure) and not child.arrow
        ):
            continue
        yield from _walk_scope(child)


def _walk_body(body: list[n.Stmt]) -> Iterator[n.Node]:
    for s in body:
        yield from s.walk()


_LIB_CLASS_CACHE: list[str] = []


def _library_class_names() -> list[str]:
    if not _LIB_CLASS_CACHE:
        import phpcompat

        from . import library

        for mod, names in ((phpcompat, phpcompat.__all__), (library, library.__all__)):
            for name in names:
                if isinstance(getattr(mod, name, None), type):
                    _LIB_CLASS_CACHE.append(name)
    return _LIB_CLASS_CACHE


def generate(program: n.Program, mode: str = "main") -> str:
    """Python source for ``program`` (``mode="include"`` for a file run by include/require)."""
    return Generator(program, mode).generate()


def generate_with_lines(program: n.Program, mode: str = "main") -> tuple[str, list[int]]:
    """Python source and, for each of its lines (1-based), the PHP line it came from (0: none)."""
    gen = Generator(program, mode)
    source = gen.generate()
    return source, gen.line_map
