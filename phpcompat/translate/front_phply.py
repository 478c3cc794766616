"""The phply front end: PHP source -> ``nodes.Program`` through phply 1.2.6.

phply's grammar stops around PHP 5.6 and its string handling is incomplete, so
this module uses phply's documented customisation point (a ``FilteredLexer``
whose ``next_lexer_token`` we override) rather than changing phply:

* string tokens are decoded here with PHP's real escape rules
  (``literals.decode_double``) and re-encoded so that phply's own escape pass
  gives back exactly that value;
* interpolated strings get invisible start/end markers (lone surrogates, which
  no decoded source text can contain), so ``"$a"`` stays a string conversion
  instead of collapsing to ``$a``, and heredoc bodies lose their final newline
  exactly once;
* comments, which phply drops, are collected for the code generator;
* ``#[...]`` attributes (a comment to phply) are dropped, as tree-sitter's
  front end drops them.

Anything phply cannot parse raises ``PhpSyntaxError``; the caller may then
try the tree-sitter front end.
"""

from __future__ import annotations

import threading
from typing import Any

from . import nodes as n
from .errors import PhpSyntaxError, TranslateError
from .literals import INT_MAX, comment_lines, decode_double, decode_single

__all__ = ["parse"]

_DQ_START = "\ud800"
_END = "\ud801"
_HD_START = "\ud802"
_MARKERS = _DQ_START + _END + _HD_START

_parser: Any = None
_lock = threading.Lock()


def _get_parser() -> Any:
    global _parser
    with _lock:
        if _parser is None:
            from phply.phpparse import make_parser

            _parser = make_parser(debug=False)
        return _parser


_DOLLAR_BRACE = "Using ${var} in strings is deprecated, use {$var} instead"
_DOLLAR_BRACE_EXPR = "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"


def _make_lexer(comments: list[n.Comment], notices: list[tuple[int, str, int]]) -> Any:
    from phply import phplex
    from ply.lex import LexToken

    class Lexer(phplex.FilteredLexer):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(phplex.full_lexer.clone())
            self.queue: list[Any] = []
            self.mode: list[str] = []  # "dq", "heredoc", "nowdoc"
            self.dollar_brace: int | None = None

        def _token(self, type_: str, value: str, like: Any) -> Any:
            tok = LexToken()
            tok.type = type_
            tok.value = value
            tok.lineno = like.lineno
            tok.lexpos = like.lexpos
            return tok

        def next_lexer_token(self) -> Any:
            if self.queue:
                return self.queue.pop(0)
            t = self.lexer.token()
            if t is None:
                return None
            kind = t.type
            if self.dollar_brace is not None:
                simple = kind == "STRING_VARNAME"
                notices.append((8192, _DOLLAR_BRACE if simple else _DOLLAR_BRACE_EXPR, self.dollar_brace))
                self.dollar_brace = None
            if kind == "DOLLAR_OPEN_CURLY_BRACES":
                self.dollar_brace = t.lineno
            if kind in ("COMMENT", "DOC_COMMENT"):
                comments.append(_comment(t.value, t.lineno))
                return t
            if kind == "CONSTANT_ENCAPSED_STRING":
                raw = t.value
                if raw[0] == "'":
                    value = decode_single(raw[1:-1])
                else:
                    value = decode_double(raw[1:-1])
                t.value = "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
                return t
            if kind == "BACKTICK":
                raise PhpSyntaxError("phply: backtick shell execution", "", t.lineno)
            if kind == "LNUMBER":
                t.value = t.value.lower()
                return t
            if kind == "QUOTE":
                if self.mode and self.mode[-1] == "dq":
                    self.mode.pop()
                    self.queue.append(t)
                    return self._token("ENCAPSED_AND_WHITESPACE", _END, t)
                self.mode.append("dq")
                self.queue.append(self._token("ENCAPSED_AND_WHITESPACE", _DQ_START, t))
                return t
            if kind == "START_HEREDOC":
                self.mode.append("heredoc")
                self.queue.append(self._token("ENCAPSED_AND_WHITESPACE", _HD_START, t))
                return t
            if kind == "START_NOWDOC":
                self.mode.append("nowdoc")
                return t
            if kind == "END_HEREDOC":
                mode = self.mode.pop() if self.mode else "heredoc"
                if mode == "heredoc":
                    # phply drops the last character of a heredoc body: give it
                    # one to drop after our end marker.
                    self.queue.append(t)
                    return self._token("ENCAPSED_AND_WHITESPACE", _END + "\n", t)
                return t
            if kind == "ENCAPSED_AND_WHITESPACE":
                mode = self.mode[-1] if self.mode else "dq"
                if mode != "nowdoc":
                    value = decode_double(t.value, heredoc=(mode == "heredoc"))
                    t.value = value.replace("\\", "\\\\")
                return t
            if kind in ("DOLLAR_OPEN_CURLY_BRACES", "CURLY_OPEN"):
                self.mode.append("code")
                return t
            if kind == "LBRACE" and self.mode and self.mode[-1] == "code":
                self.mode.append("code")
                return t
            if kind == "RBRACE" and self.mode and self.mode[-1] == "code":
                self.mode.pop()
                return t
            return t

    return Lexer()


def _comment(text: str, line: int) -> n.Comment:
    raw = text.rstrip("\n")
    if raw.startswith("#["):
        return n.Comment([], line=line, end_line=line)
    return n.Comment(comment_lines(raw), line=line, end_line=line + text.rstrip("\n").count("\n"))


def parse(source: str, filename: str = "<php>") -> n.Program:
    """Parse PHP ``source`` with phply into the translator's syntax tree."""
    comments: list[n.Comment] = []
    notices: list[tuple[int, str, int]] = []
    lexer = _make_lexer(comments, notices)
    parser = _get_parser()
    with _lock:
        try:
            tree = parser.parse(source, lexer=lexer, tracking=True)
        except SyntaxError as exc:
            line = getattr(exc, "lineno", None) or 0
            text = getattr(exc, "text", None)
            near = f" near {text!r}" if text else ""
            raise PhpSyntaxError(f"phply: {exc.msg}{near}", filename, line) from None
        finally:
            parser.restart()
    conv = _Converter(filename)
    body = conv.stmts(tree or [])
    return n.Program(
        body, [c for c in comments if c.lines], filename=filename, front_end="phply", notices=notices
    )


# ---------------------------------------------------------------- conversion

_CASTS = {
    "int": "int",
    "double": "float",
    "string": "string",
    "binary": "string",
    "bool": "bool",
    "array": "array",
    "object": "object",
    "unset": "unset",
}


def _strip_ns(name: str) -> str:
    return name[1:] if name.startswith("\\") else name


class _Converter:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.strict_types = False
        from phply import phpast

        self.ast = phpast

    def fail(self, what: str, line: int | None) -> TranslateError:
        return TranslateError(what, self.filename, line or 0)

    # ------------------------------------------------ statements
    def stmts(self, items: Any) -> list[n.Stmt]:
        if items is None:
            return []
        if not isinstance(items, list):
            items = [items]
        out: list[n.Stmt] = []
        for item in items:
            stmt = self.stmt(item)
            if stmt is None:
                continue
            if isinstance(stmt, list):
                out.extend(stmt)
            else:
                out.append(stmt)
        return out

    def body(self, node: Any) -> list[n.Stmt]:
        a = self.ast
        if node is None:
            return []
        if isinstance(node, a.Block):
            return self.stmts(node.nodes)
        return self.stmts([node])

    def stmt(self, node: Any) -> n.Stmt | list[n.Stmt] | None:
        a = self.ast
        line = getattr(node, "lineno", 0) or 0
        kind = type(node).__name__
        if node is None:
            return None
        if isinstance(node, a.InlineHTML):
            return n.InlineHTML(node.data, line=line)
        if isinstance(node, a.Block):
            return n.Block(self.stmts(node.nodes), line=line)
        if isinstance(node, a.Echo):
            return n.Echo([self.expr(x) for x in node.nodes], line=line)
        if isinstance(node, a.If):
            elifs = [(self.expr(e.expr), self.body(e.node)) for e in node.elseifs]
            else_ = self.body(node.else_.node) if node.else_ is not None else None
            return n.If(self.expr(node.expr), self.body(node.node), elifs, else_, line=line)
        if isinstance(node, a.While):
            return n.While(self.expr(node.expr), self.body(node.node), line=line)
        if isinstance(node, a.DoWhile):
            return n.DoWhile(self.body(node.node), self.expr(node.expr), line=line)
        if isinstance(node, a.For):
            return n.For(
                [self.expr(x) for x in node.start or []],
                [self.expr(x) for x in node.test or []],
                [self.expr(x) for x in node.count or []],
                self.body(node.node),
                line=line,
            )
        if isinstance(node, a.Foreach):
            fv = node.valvar
            if isinstance(fv.name, list):
                value: n.Expr = self.list_target(fv.name, line)
            else:
                value = self.expr(fv.name)
            key = self.expr(node.keyvar) if node.keyvar is not None else None
            return n.Foreach(
                self.expr(node.expr), key, value, bool(fv.is_ref), self.body(node.node), line=line
            )
        if isinstance(node, a.Switch):
            cases = []
            for c in node.nodes:
                if isinstance(c, a.Default):
                    cases.append(n.Case(None, self.stmts(c.nodes), line=getattr(c, "lineno", 0) or line))
                else:
                    cases.append(
                        n.Case(self.expr(c.expr), self.stmts(c.nodes), line=getattr(c, "lineno", 0) or line)
                    )
            return n.Switch(self.expr(node.expr), cases, line=line)
        if isinstance(node, a.Break):
            return n.Break(self.levels(node.node, "break", line), line=line)
        if isinstance(node, a.Continue):
            return n.Continue(self.levels(node.node, "continue", line), line=line)
        if isinstance(node, a.Return):
            return n.Return(self.expr(node.node) if node.node is not None else None, line=line)
        if isinstance(node, a.Global):
            names = []
            for v in node.nodes:
                if not isinstance(v.name, str):
                    raise self.fail("global with a variable variable", line)
                names.append(v.name.lstrip("$"))
            return n.Global(names, line=line)
        if isinstance(node, a.Static):
            return n.StaticVar(
                [
                    (v.name.lstrip("$"), self.expr(v.initial) if v.initial is not None else None)
                    for v in node.nodes
                ],
                line=line,
            )
        if isinstance(node, a.Unset):
            return n.Unset([self.expr(x) for x in node.nodes], line=line)
        if isinstance(node, a.Try):
            catches = []
            for c in node.catches:
                types = c.class_ if isinstance(c.class_, list) else [c.class_]
                var = c.var.name.lstrip("$") if c.var is not None else None
                catches.append(
                    n.Catch(
                        [_strip_ns(t) for t in types],
                        var,
                        self.stmts(c.nodes),
                        line=getattr(c, "lineno", 0) or line,
                    )
                )
            fin_node = getattr(node, "finally")
            fin = self.stmts(fin_node.nodes) if fin_node is not None else None
            return n.Try(self.stmts(node.nodes), catches, fin, line=line)
        if isinstance(node, a.Throw):
            return n.Throw(self.expr(node.node), line=line)
        if isinstance(node, a.Declare):
            for d in node.directives or []:
                if getattr(d, "name", "").lower() == "strict_types" and d.node == 1:
                    self.strict_types = True
            if node.node is not None:
                return self.body(node.node)
            return n.Nop(line=line)
        if isinstance(node, a.Function):
            return n.FunctionDecl(
                node.name, self.params(node.params), self.stmts(node.nodes), bool(node.is_ref), line=line
            )
        if isinstance(node, (a.Class, a.Interface, a.Trait)):
            return self.class_(node)
        if isinstance(node, a.Namespace):
            if node.nodes:
                return self.stmts(node.nodes)
            return n.Nop(line=line)
        if isinstance(node, a.UseDeclarations):
            return n.Nop(line=line)
        if isinstance(node, a.ConstantDeclarations):
            return n.ConstDecl([(c.name, self.expr(c.initial)) for c in node.nodes], line=line)
        if kind in ("Eval",):
            raise self.fail("eval()", line)
        # Any other node is an expression used as a statement.
        return n.ExprStmt(self.expr(node), line=line)

    def levels(self, node: Any, what: str, line: int) -> int:
        if node is None:
            return 1
        if isinstance(node, int) and node >= 1:
            return node
        raise self.fail(f"'{what}' with a non-constant level", line)

    def params(self, params: list[Any]) -> list[n.Param]:
        out = []
        for p in params:
            default = self.expr(p.default) if p.default is not None else None
            out.append(
                n.Param(
                    p.name.lstrip("$"),
                    default,
                    bool(p.is_ref),
                    False,
                    p.type if isinstance(p.type, str) else None,
                    line=getattr(p, "lineno", 0) or 0,
                )
            )
        return out

    def class_(self, node: Any) -> n.ClassDecl:
        a = self.ast
        line = getattr(node, "lineno", 0) or 0
        if isinstance(node, a.Interface):
            kind, parent, ifaces, abstract = (
                "interface",
                None,
                [_strip_ns(x) for x in (node.extends or [])],
                False,
            )
            traits: list[Any] = []
        elif isinstance(node, a.Trait):
            kind, parent, ifaces, abstract = "trait", None, [], False
            traits = node.traits or []
        else:
            kind = "class"
            parent = _strip_ns(node.extends) if node.extends else None
            ifaces = [_strip_ns(x) for x in (node.implements or [])]
            abstract = node.type == "abstract"
            traits = node.traits or []
        members: list[n.Node] = []
        for t in traits:
            if t.renames:
                raise self.fail("trait use with conflict resolution", line)
            names = t.name if isinstance(t.name, list) else [t.name]
            members.append(n.TraitUse([_strip_ns(x) for x in names], line=getattr(t, "lineno", 0) or line))
        for m in node.nodes:
            mline = getattr(m, "lineno", 0) or line
            if isinstance(m, a.ClassConstants):
                for c in m.nodes:
                    members.append(n.ClassConstDecl(c.name, self.expr(c.initial), line=mline))
            elif isinstance(m, a.ClassVariables):
                mods = [x.lower() for x in m.modifiers]
                vis = next((x for x in mods if x in ("public", "protected", "private")), "public")
                for v in m.nodes:
                    members.append(
                        n.PropertyDecl(
                            v.name.lstrip("$"),
                            self.expr(v.initial) if v.initial is not None else None,
                            "static" in mods,
                            vis,
                            line=mline,
                        )
                    )
            elif isinstance(m, a.Method):
                mods = [x.lower() for x in m.modifiers]
                vis = next((x for x in mods if x in ("public", "protected", "private")), "public")
                abstract_m = "abstract" in mods or kind == "interface"
                members.append(
                    n.MethodDecl(
                        m.name,
                        self.params(m.params),
                        None if abstract_m else self.stmts(m.nodes),
                        "static" in mods,
                        vis,
                        bool(m.is_ref),
                        line=mline,
                    )
                )
            elif isinstance(m, a.TraitUse):
                if m.renames:
                    raise self.fail("trait use with conflict resolution", mline)
                names = m.name if isinstance(m.name, list) else [m.name]
                members.append(n.TraitUse([_strip_ns(x) for x in names], line=mline))
            else:
                raise self.fail(f"class member {type(m).__name__}", mline)
        return n.ClassDecl(node.name, kind, parent, ifaces, members, abstract, line=line)

    # ------------------------------------------------ expressions
    def list_target(self, items: list[Any], line: int) -> n.ArrayLit:
        out = []
        for item in items:
            if item is None:
                out.append(n.ArrayItem(None, None, line=line))
            elif isinstance(item, list):
                out.append(n.ArrayItem(None, self.list_target(item, line), line=line))
            else:
                out.append(n.ArrayItem(None, self.expr(item), line=line))
        return n.ArrayLit(out, line=line)

    def args(self, params: list[Any]) -> list[n.Arg]:
        return [n.Arg(self.expr(p.node), line=getattr(p, "lineno", 0) or 0) for p in params]

    def cls(self, value: Any, line: int) -> n.ClassRef:
        if isinstance(value, str):
            return n.Name(_strip_ns(value), line=line)
        return self.expr(value)

    def expr(self, node: Any) -> n.Expr:
        a = self.ast
        if node is None:
            return n.Lit(None)
        if isinstance(node, bool):
            return n.Lit(node)
        if isinstance(node, int):
            return n.Lit(float(node) if node > INT_MAX else node)
        if isinstance(node, float):
            return n.Lit(node)
        if isinstance(node, str):
            return _unmark_single(node)
        line = getattr(node, "lineno", 0) or 0
        if isinstance(node, a.BinaryOp) and node.op == ".":
            return self.concat(node, line)
        if isinstance(node, a.Variable):
            if isinstance(node.name, str):
                return n.Var(node.name.lstrip("$"), line=line)
            return n.VarVar(self.expr(node.name), line=line)
        if isinstance(node, a.Constant):
            name = _strip_ns(node.name)
            low = name.lower()
            if low in ("true", "false", "null"):
                return n.Lit({"true": True, "false": False, "null": None}[low], line=line)
            return n.Const(name, line=line)
        if isinstance(node, a.MagicConstant):
            if node.name == "__LINE__":
                return n.Lit(node.value, line=line)
            return n.MagicConst(node.name, line=line)
        if isinstance(node, a.Assignment):
            return n.Assign(self.target(node.node), self.expr(node.expr), bool(node.is_ref), line=line)
        if isinstance(node, a.ListAssignment):
            return n.Assign(self.list_target(node.nodes, line), self.expr(node.expr), line=line)
        if isinstance(node, a.AssignOp):
            op = node.op[:-1]
            return n.AssignOp(op, self.target(node.left), self.expr(node.right), line=line)
        if isinstance(node, a.BinaryOp) and node.op.lower() == "instanceof":
            right = node.right
            if isinstance(right, a.Constant):
                cls: n.ClassRef = n.Name(_strip_ns(right.name), line=line)
            elif isinstance(right, str):
                cls = n.Name(_strip_ns(right), line=line)
            else:
                cls = self.expr(right)
            return n.InstanceOf(self.expr(node.left), cls, line=line)
        if (
            isinstance(node, a.BinaryOp)
            and node.op in ("+", "-")
            and any(isinstance(side, a.BinaryOp) and side.op == "." for side in (node.left, node.right))
        ):
            # PHP 8 gives + and - precedence over '.', phply (PHP 5 rules) does not, and the
            # parentheses that would settle it are gone: let the PHP 8 front end read this file.
            raise PhpSyntaxError("phply: '.' mixed with '+'/'-' (PHP 8 precedence)", self.filename, line)
        if isinstance(node, a.BinaryOp):
            op = node.op.lower()
            op = {"<>": "!=", "and": "and", "or": "or", "xor": "xor"}.get(op, op)
            return n.Bin(op, self.expr(node.left), self.expr(node.right), line=line)
        if isinstance(node, a.UnaryOp):
            inner = node.expr
            if node.op in ("-", "+") and isinstance(inner, a.BinaryOp) and inner.op in ("*", "/", "%"):
                # phply binds unary minus looser than * / %; PHP binds it tighter
                # (the value is the same either way; the tree now matches PHP's).
                left = a.UnaryOp(node.op, inner.left, lineno=node.lineno)
                return self.expr(a.BinaryOp(inner.op, left, inner.right, lineno=inner.lineno))
            return n.Unary(node.op, self.expr(inner), line=line)
        if isinstance(node, a.TernaryOp):
            same = node.iftrue is None or node.iftrue is node.expr
            then = self.expr(node.iftrue) if not same else None
            return n.Ternary(self.expr(node.expr), then, self.expr(node.iffalse), line=line)
        if isinstance(node, a.PreIncDecOp):
            return n.IncDec(node.op, True, self.target(node.expr), line=line)
        if isinstance(node, a.PostIncDecOp):
            return n.IncDec(node.op, False, self.target(node.expr), line=line)
        if isinstance(node, a.Cast):
            return n.Cast(_CASTS.get(node.type, node.type), self.expr(node.expr), line=line)
        if isinstance(node, a.IsSet):
            return n.Isset([self.expr(x) for x in node.nodes], line=line)
        if isinstance(node, a.Empty):
            return n.Empty(self.expr(node.expr), line=line)
        if isinstance(node, a.Silence):
            return n.Silence(self.expr(node.expr), line=line)
        if isinstance(node, a.Exit):
            return n.Exit(self.expr(node.expr) if node.expr is not None else None, line=line)
        if isinstance(node, a.Print):
            return n.Print(self.expr(node.node), line=line)
        if isinstance(node, (a.Include, a.Require)):
            kind = ("include" if isinstance(node, a.Include) else "require") + ("_once" if node.once else "")
            return n.Include(kind, self.expr(node.expr), line=line)
        if isinstance(node, a.FunctionCall):
            if isinstance(node.name, str):
                name = _strip_ns(node.name)
                if name.lower() == "shell_exec" and node.params and not hasattr(node.params[0], "node"):
                    raise self.fail("backtick shell execution", line)
                return n.Call(name, self.args(node.params), line=line)
            return n.Call(self.expr(node.name), self.args(node.params), line=line)
        if isinstance(node, a.MethodCall):
            name = node.name if isinstance(node.name, str) else self.expr(node.name)
            return n.MethodCall(self.expr(node.node), name, self.args(node.params), line=line)
        if isinstance(node, a.StaticMethodCall):
            name = node.name if isinstance(node.name, str) else self.expr(node.name)
            return n.StaticCall(self.cls(node.class_, line), name, self.args(node.params), line=line)
        if isinstance(node, a.New):
            return n.New(self.cls(node.name, line), self.args(node.params or []), line=line)
        if isinstance(node, a.Clone):
            return n.Clone(self.expr(node.node), line=line)
        if isinstance(node, a.Array):
            items = []
            for el in node.nodes:
                key = self.expr(el.key) if el.key is not None else None
                items.append(
                    n.ArrayItem(
                        key, self.expr(el.value), bool(el.is_ref), line=getattr(el, "lineno", 0) or line
                    )
                )
            return n.ArrayLit(items, line=line)
        if isinstance(node, (a.ArrayOffset, a.StringOffset)):
            index = self.expr(node.expr) if node.expr is not None else None
            return n.Index(self.expr(node.node), index, line=line)
        if isinstance(node, a.ObjectProperty):
            name = node.name if isinstance(node.name, str) else self.expr(node.name)
            return n.Prop(self.expr(node.node), name, line=line)
        if isinstance(node, a.StaticProperty):
            cls = self.cls(node.node, line)
            if isinstance(node.name, str):
                return n.ClassConst(cls, node.name, line=line)
            if isinstance(node.name, a.Variable) and isinstance(node.name.name, str):
                return n.StaticProp(cls, node.name.name.lstrip("$"), line=line)
            raise self.fail("a variable static property name", line)
        if isinstance(node, a.Closure):
            uses = [n.ClosureUse(v.name.lstrip("$"), bool(v.is_ref), line=line) for v in node.vars or []]
            return n.Closure(
                self.params(node.params), uses, self.stmts(node.nodes), bool(node.is_ref), line=line
            )
        if isinstance(node, a.Yield):
            return n.Yield(None, self.expr(node.node) if node.node is not None else None, line=line)
        if isinstance(node, a.Eval):
            raise self.fail("eval()", line)
        raise self.fail(f"PHP construct {type(node).__name__}", line)

    def target(self, node: Any) -> n.Expr:
        return self.expr(node)

    def concat(self, node: Any, line: int) -> n.Expr:
        """A '.' chain, with phply's interpolated strings turned back into Interp nodes."""
        leaves: list[Any] = []
        self._flatten(node, leaves)
        out: list[n.Expr] = []
        group: list[n.Expr] | None = None
        heredoc = False
        for leaf in leaves:
            if isinstance(leaf, str) and any(m in leaf for m in _MARKERS):
                text = leaf
                while text:
                    if group is None:
                        cut = _first_marker(text)
                        if cut < 0:
                            out.append(n.Lit(text, line=line))
                            break
                        if cut:
                            out.append(n.Lit(text[:cut], line=line))
                        heredoc = text[cut] == _HD_START
                        group = []
                        text = text[cut + 1 :]
                    else:
                        end = text.find(_END)
                        if end < 0:
                            if text:
                                group.append(n.Lit(text, line=line))
                            break
                        piece = text[:end]
                        if heredoc:
                            piece = _drop_newline(piece)
                        if piece:
                            group.append(n.Lit(piece, line=line))
                        out.append(_make_interp(group, line))
                        group = None
                        text = text[end + 1 :]
            elif group is not None:
                group.append(self.expr(leaf))
            else:
                out.append(self.expr(leaf))
        if group is not None:
            out.append(_make_interp(group, line))
        result = out[0]
        for part in out[1:]:
            result = n.Bin(".", result, part, line=line)
        return result

    def _flatten(self, node: Any, leaves: list[Any]) -> None:
        a = self.ast
        if isinstance(node, a.BinaryOp) and node.op == ".":
            self._flatten(node.left, leaves)
            self._flatten(node.right, leaves)
        else:
            leaves.append(node)


def _first_marker(text: str) -> int:
    found = [i for i in (text.find(_DQ_START), text.find(_HD_START)) if i >= 0]
    return min(found) if found else -1


def _drop_newline(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith("\n"):
        return text[:-1]
    return text


def _make_interp(parts: list[n.Expr], line: int) -> n.Expr:
    merged: list[n.Expr] = []
    for p in parts:
        if isinstance(p, n.Lit) and isinstance(p.value, str):
            if not p.value:
                continue
            if merged and isinstance(merged[-1], n.Lit) and isinstance(merged[-1].value, str):
                merged[-1] = n.Lit(merged[-1].value + p.value, line=line)
                continue
        merged.append(p)
    if not merged:
        return n.Lit("", line=line)
    if len(merged) == 1 and isinstance(merged[0], n.Lit):
        return merged[0]
    return n.Interp(merged, line=line)


def _unmark_single(text: str) -> n.Expr:
    """A plain string leaf (a heredoc or "..." without variables, marked by our lexer)."""
    if not any(m in text for m in _MARKERS):
        return n.Lit(text)
    heredoc = _HD_START in text
    body = text.replace(_DQ_START, "").replace(_HD_START, "")
    if _END in body:
        body = body[: body.index(_END)]
        if heredoc:
            body = _drop_newline(body)
    return n.Lit(body)
