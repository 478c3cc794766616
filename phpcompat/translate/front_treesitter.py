"""The tree-sitter front end: PHP 8 source -> ``nodes.Program``.

tree-sitter-php reads PHP 8.x (``??``, ``fn``, ``match``, named arguments,
``?->``, promoted constructor parameters, ``1_000``, attributes...).  This
module maps its concrete syntax tree onto the translator's own nodes, so
the code generator cannot tell which front end read a file.  String literals
are decoded from the source bytes with the same rules as the phply front end
(``literals``).  A tree with syntax errors raises ``PhpSyntaxError`` naming
the first bad line.
"""

from __future__ import annotations

import threading
from typing import Any

from . import nodes as n
from .errors import PhpSyntaxError, TranslateError
from .literals import comment_lines, decode_double, decode_single, dedent_heredoc, parse_float, parse_int

__all__ = ["parse"]

_parser: Any = None
_lock = threading.Lock()


def _get_parser() -> Any:
    global _parser
    with _lock:
        if _parser is None:
            import tree_sitter_php as tsp
            from tree_sitter import Language, Parser

            _parser = Parser(Language(tsp.language_php()))
        return _parser


def parse(source: str, filename: str = "<php>") -> n.Program:
    data = source.encode("utf-8", "surrogateescape")
    tree = _get_parser().parse(data)
    root = tree.root_node
    if root.has_error:
        bad = _first_error(root)
        line = bad.start_point[0] + 1 if bad is not None else 0
        raise PhpSyntaxError("tree-sitter: syntax error", filename, line)
    conv = _Converter(data, filename)
    body = conv.program(root)
    return n.Program(
        body,
        conv.comments,
        filename=filename,
        front_end="tree-sitter",
        notices=conv.notices,
        strict_types=conv.strict_types,
    )


def _first_error(node: Any) -> Any:
    if node.type == "ERROR" or node.is_missing:
        return node
    for child in node.children:
        if child.has_error or child.is_missing or child.type == "ERROR":
            found = _first_error(child)
            if found is not None:
                return found
    return None


_BIN_OPS = {"<>": "!=", "AND": "and", "OR": "or", "XOR": "xor"}
_CASTS = {
    "int": "int",
    "integer": "int",
    "float": "float",
    "double": "float",
    "real": "float",
    "string": "string",
    "binary": "string",
    "bool": "bool",
    "boolean": "bool",
    "array": "array",
    "object": "object",
    "unset": "unset",
}
_DOLLAR_BRACE = "Using ${var} in strings is deprecated, use {$var} instead"
_DOLLAR_BRACE_EXPR = "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"
_STMT_SKIP = {"php_tag", "comment", ";", "empty_statement", "attribute_list"}


def _line(node: Any) -> int:
    return int(node.start_point[0]) + 1


class _Converter:
    def __init__(self, data: bytes, filename: str) -> None:
        self.data = data
        self.filename = filename
        self.comments: list[n.Comment] = []
        self.notices: list[tuple[int, str, int]] = []
        self.strict_types = False
        self.echo_next = False

    def text(self, node: Any) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "surrogateescape")

    def raw(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", "surrogateescape")

    def fail(self, what: str, node: Any) -> TranslateError:
        return TranslateError(what, self.filename, _line(node) if node is not None else 0)

    def named(self, node: Any) -> list[Any]:
        out = []
        for c in node.named_children:
            if c.type == "comment":
                self.comment(c)
                continue
            if c.type == "attribute_list":
                continue
            out.append(c)
        return out

    def comment(self, node: Any) -> None:
        raw = self.text(node)
        line = _line(node)
        end_line = int(node.end_point[0]) + 1
        if raw.startswith("#["):
            return
        lines = comment_lines(raw)
        if lines:
            self.comments.append(n.Comment(lines, line=line, end_line=end_line))

    # ------------------------------------------------------------ statements
    def program(self, root: Any) -> list[n.Stmt]:
        out: list[n.Stmt] = []
        for child in root.children:
            self.stmt_into(child, out)
        return out

    def stmt_into(self, node: Any, out: list[n.Stmt]) -> None:
        t = node.type
        if t == "comment":
            self.comment(node)
            return
        if t in _STMT_SKIP or not node.is_named:
            return
        if t == "text_interpolation":
            for c in node.children:
                if c.type == "text":
                    out.append(n.InlineHTML(self.text(c), line=_line(c)))
                elif c.type == "php_tag" and self.text(c).startswith("<?="):
                    self.echo_next = True
            return
        if t == "text":
            out.append(n.InlineHTML(self.text(node), line=_line(node)))
            return
        stmt = self.stmt(node)
        if isinstance(stmt, list):
            out.extend(stmt)
        elif stmt is not None:
            out.append(stmt)

    def body(self, node: Any) -> list[n.Stmt]:
        if node is None:
            return []
        out: list[n.Stmt] = []
        if node.type in ("compound_statement", "colon_block", "declaration_list"):
            for c in node.children:
                self.stmt_into(c, out)
        else:
            self.stmt_into(node, out)
        return out

    def stmt(self, node: Any) -> n.Stmt | list[n.Stmt] | None:
        t = node.type
        line = _line(node)
        f = node.child_by_field_name
        if t == "expression_statement":
            kids = self.named(node)
            if not kids:
                return None
            e = self.expr(kids[0])
            if isinstance(e, n.ThrowExpr):
                return n.Throw(e.expr, line=line)
            if self.echo_next:
                self.echo_next = False
                return n.Echo([e], line=line)
            return n.ExprStmt(e, line=line)
        if t == "echo_statement":
            kids = self.named(node)
            exprs: list[n.Expr] = []
            for k in kids:
                exprs.extend(self.sequence(k))
            return n.Echo(exprs, line=line)
        if t == "compound_statement":
            return n.Block(self.body(node), line=line)
        if t == "if_statement":
            cond = self.expr(f("condition"))
            body = self.body(f("body"))
            elifs: list[tuple[n.Expr, list[n.Stmt]]] = []
            else_: list[n.Stmt] | None = None
            for i, c in enumerate(node.children):
                if node.field_name_for_child(i) != "alternative":
                    continue
                if c.type == "else_if_clause":
                    elifs.append(
                        (
                            self.expr(c.child_by_field_name("condition")),
                            self.body(c.child_by_field_name("body")),
                        )
                    )
                elif c.type == "else_clause":
                    else_ = self.body(c.child_by_field_name("body"))
            return n.If(cond, body, elifs, else_, line=line)
        if t == "while_statement":
            return n.While(self.expr(f("condition")), self.body(f("body")), line=line)
        if t == "do_statement":
            return n.DoWhile(self.body(f("body")), self.expr(f("condition")), line=line)
        if t == "for_statement":
            init: list[n.Expr] = []
            cond: list[n.Expr] = []
            step: list[n.Expr] = []
            for i, c in enumerate(node.children):
                field = node.field_name_for_child(i)
                if field == "initialize":
                    init.extend(self.sequence(c))
                elif field == "condition":
                    cond.extend(self.sequence(c))
                elif field == "update" or field == "increment":
                    step.extend(self.sequence(c))
            return n.For(init, cond, step, self.body(f("body")), line=line)
        if t == "foreach_statement":
            body_id = f("body").id
            kids = [c for c in self.named(node) if c.id != body_id]
            subject = self.expr(kids[0])
            target = kids[1]
            key: n.Expr | None = None
            by_ref = False
            if target.type == "pair":
                pk = self.named(target)
                key = self.expr(pk[0])
                target = pk[1]
            if target.type == "by_ref":
                by_ref = True
                target = self.named(target)[0]
            value = self.list_target(target) if target.type == "list_literal" else self.expr(target)
            return n.Foreach(subject, key, value, by_ref, self.body(f("body")), line=line)
        if t == "switch_statement":
            cases = []
            block = f("body")
            for c in self.named(block):
                if c.type == "case_statement":
                    value = c.child_by_field_name("value")
                    stmts: list[n.Stmt] = []
                    for s in c.children:
                        if (value is not None and s.id == value.id) or not s.is_named:
                            continue
                        self.stmt_into(s, stmts)
                    cases.append(n.Case(self.expr(value), stmts, line=_line(c)))
                elif c.type == "default_statement":
                    stmts = []
                    for s in c.children:
                        if s.is_named:
                            self.stmt_into(s, stmts)
                    cases.append(n.Case(None, stmts, line=_line(c)))
            return n.Switch(self.expr(f("condition")), cases, line=line)
        if t in ("break_statement", "continue_statement"):
            kids = self.named(node)
            levels = 1
            if kids:
                if kids[0].type != "integer":
                    raise self.fail(f"'{t.split('_')[0]}' with a non-constant level", node)
                levels = int(parse_int(self.text(kids[0])))
            return (n.Break if t == "break_statement" else n.Continue)(levels, line=line)
        if t == "return_statement":
            kids = self.named(node)
            return n.Return(self.expr(kids[0]) if kids else None, line=line)
        if t == "global_declaration":
            names = []
            for c in self.named(node):
                if c.type != "variable_name":
                    raise self.fail("global with a variable variable", node)
                names.append(self.var_name(c))
            return n.Global(names, line=line)
        if t == "function_static_declaration":
            items = []
            for c in self.named(node):
                name = self.var_name(c.child_by_field_name("name"))
                value = c.child_by_field_name("value")
                items.append((name, self.expr(value) if value is not None else None))
            return n.StaticVar(items, line=line)
        if t == "unset_statement":
            return n.Unset([self.expr(c) for c in self.named(node)], line=line)
        if t == "try_statement":
            catches = []
            fin = None
            for c in self.named(node):
                if c.type == "catch_clause":
                    types = []
                    tnode = c.child_by_field_name("type")
                    for tn in (
                        self.named(tnode) if tnode is not None and tnode.type == "type_list" else [tnode]
                    ):
                        if tn is None:
                            continue
                        types.append(self.class_name(tn))
                    vn = c.child_by_field_name("name")
                    catches.append(
                        n.Catch(
                            types,
                            self.var_name(vn) if vn is not None else None,
                            self.body(c.child_by_field_name("body")),
                            line=_line(c),
                        )
                    )
                elif c.type == "finally_clause":
                    fin = self.body(c.child_by_field_name("body"))
            return n.Try(self.body(f("body")), catches, fin, line=line)
        if t == "function_definition":
            return n.FunctionDecl(
                self.text(f("name")),
                self.params(f("parameters")),
                self.body(f("body")),
                self.has_ref_modifier(node),
                line=line,
            )
        if t in ("class_declaration", "interface_declaration", "trait_declaration"):
            return self.class_decl(node)
        if t == "enum_declaration":
            return self.enum_decl(node)
        if t == "const_declaration":
            items = []
            for c in self.named(node):
                kids = self.named(c)
                items.append((self.text(kids[0]), self.expr(kids[1])))
            return n.ConstDecl(items, line=line)
        if t == "namespace_definition":
            body = f("body")
            if body is not None:
                return self.body(body)
            return n.Nop(line=line)
        if t in ("namespace_use_declaration", "declare_statement", "empty_statement"):
            if t == "declare_statement":
                for c in self.named(node):
                    if (
                        c.type == "declare_directive"
                        and self.text(c).replace(" ", "").lower() == "strict_types=1"
                    ):
                        self.strict_types = True
                kids = [c for c in self.named(node) if c.type not in ("declare_directive",)]
                if kids:
                    out: list[n.Stmt] = []
                    for k in kids:
                        self.stmt_into(k, out)
                    return out
            return n.Nop(line=line)
        if t == "exit_statement":
            kids = self.named(node)
            return n.ExprStmt(n.Exit(self.expr(kids[0]) if kids else None, line=line), line=line)
        if t in ("goto_statement", "named_label_statement"):
            raise self.fail("goto", node)
        if t == "colon_block":
            return n.Block(self.body(node), line=line)
        raise self.fail(f"statement {t}", node)

    def has_ref_modifier(self, node: Any) -> bool:
        return any(c.type == "reference_modifier" for c in node.children)

    def params(self, node: Any) -> list[n.Param]:
        out = []
        if node is None:
            return out
        for p in self.named(node):
            name = self.var_name(p.child_by_field_name("name"))
            default = p.child_by_field_name("default_value")
            by_ref = p.child_by_field_name("reference_modifier") is not None or any(
                c.type == "reference_modifier" for c in p.children
            )
            variadic = p.type == "variadic_parameter"
            tnode = p.child_by_field_name("type")
            promote = None
            if p.type == "property_promotion_parameter":
                vis = p.child_by_field_name("visibility")
                promote = self.text(vis) if vis is not None else "public"
            out.append(
                n.Param(
                    name,
                    self.expr(default) if default is not None else None,
                    by_ref,
                    variadic,
                    self.text(tnode) if tnode is not None else None,
                    promote,
                    line=_line(p),
                )
            )
        return out

    def class_decl(self, node: Any) -> n.ClassDecl:
        t = node.type
        kind = {
            "class_declaration": "class",
            "interface_declaration": "interface",
            "trait_declaration": "trait",
        }[t]
        name = self.text(node.child_by_field_name("name"))
        parent = None
        ifaces: list[str] = []
        abstract = False
        for c in node.children:
            if c.type == "base_clause":
                names = [self.class_name(x) for x in self.named(c)]
                if kind == "interface":
                    ifaces.extend(names)
                else:
                    parent = names[0] if names else None
            elif c.type == "class_interface_clause":
                ifaces.extend(self.class_name(x) for x in self.named(c))
            elif c.type == "abstract_modifier":
                abstract = True
        members: list[n.Node] = []
        body = node.child_by_field_name("body")
        for m in self.named(body):
            members.extend(self.member(m, kind))
        members.sort(key=lambda m: not isinstance(m, n.TraitUse))
        return n.ClassDecl(name, kind, parent, ifaces, members, abstract, line=_line(node))

    def enum_decl(self, node: Any) -> n.ClassDecl:
        name = self.text(node.child_by_field_name("name"))
        ifaces: list[str] = []
        for c in node.children:
            if c.type == "class_interface_clause":
                ifaces.extend(self.class_name(x) for x in self.named(c))
        members: list[n.Node] = []
        for m in self.named(node.child_by_field_name("body")):
            if m.type == "enum_case":
                value = m.child_by_field_name("value")
                members.append(
                    n.EnumCase(
                        self.text(m.child_by_field_name("name")),
                        self.expr(value) if value is not None else None,
                        line=_line(m),
                    )
                )
            else:
                members.extend(self.member(m, "enum"))
        members.sort(key=lambda m: not isinstance(m, n.TraitUse))
        return n.ClassDecl(name, "enum", None, ifaces, members, False, line=_line(node))

    def modifiers(self, node: Any) -> tuple[str, bool, bool, bool]:
        vis = "public"
        static = abstract = readonly = False
        for c in node.children:
            if c.type == "visibility_modifier":
                vis = self.text(c).lower()
            elif c.type == "static_modifier":
                static = True
            elif c.type == "abstract_modifier":
                abstract = True
            elif c.type == "readonly_modifier":
                readonly = True
        return vis, static, abstract, readonly

    def member(self, m: Any, kind: str) -> list[n.Node]:
        t = m.type
        line = _line(m)
        if t == "const_declaration":
            out: list[n.Node] = []
            for c in self.named(m):
                if c.type != "const_element":
                    continue
                kids = self.named(c)
                out.append(n.ClassConstDecl(self.text(kids[0]), self.expr(kids[1]), line=_line(c)))
            return out
        if t == "property_declaration":
            vis, static, _, readonly = self.modifiers(m)
            tnode = m.child_by_field_name("type")
            ptype = self.text(tnode) if tnode is not None else None
            out = []
            for c in self.named(m):
                if c.type != "property_element":
                    continue
                name = self.var_name(c.child_by_field_name("name"))
                dv = c.child_by_field_name("default_value")
                out.append(
                    n.PropertyDecl(
                        name,
                        self.expr(dv) if dv is not None else None,
                        static,
                        vis,
                        readonly,
                        ptype,
                        line=_line(c),
                    )
                )
            return out
        if t == "method_declaration":
            vis, static, abstract, _ = self.modifiers(m)
            body = m.child_by_field_name("body")
            return [
                n.MethodDecl(
                    self.text(m.child_by_field_name("name")),
                    self.params(m.child_by_field_name("parameters")),
                    self.body(body) if body is not None and not abstract and kind != "interface" else None,
                    static,
                    vis,
                    self.has_ref_modifier(m),
                    line=line,
                )
            ]
        if t == "use_declaration":
            names = []
            for c in self.named(m):
                if c.type in ("name", "qualified_name"):
                    names.append(self.class_name(c))
                elif c.type == "use_list":
                    raise self.fail("trait use with conflict resolution", m)
            return [n.TraitUse(names, line=line)]
        raise self.fail(f"class member {t}", m)

    # ------------------------------------------------------------ names
    def var_name(self, node: Any) -> str:
        if node is None:
            raise self.fail("missing variable name", node)
        if node.type == "variable_name":
            return self.text(node)[1:]
        if node.type == "by_ref":
            return self.var_name(self.named(node)[0])
        raise self.fail(f"variable name {node.type}", node)

    def class_name(self, node: Any) -> str:
        text = self.text(node).strip()
        if node.type == "named_type":
            text = self.text(self.named(node)[0])
        text = text.lstrip("\\")
        if "\\" in text:
            text = text.rsplit("\\", 1)[1]
        return text

    def class_ref(self, node: Any) -> n.ClassRef:
        if node.type in ("name", "qualified_name", "relative_scope", "named_type"):
            return n.Name(self.class_name(node), line=_line(node))
        return self.expr(node)

    # ------------------------------------------------------------ expressions
    def sequence(self, node: Any) -> list[n.Expr]:
        if node.type == "sequence_expression":
            out: list[n.Expr] = []
            for c in self.named(node):
                out.extend(self.sequence(c))
            return out
        return [self.expr(node)]

    def args(self, node: Any) -> list[n.Arg]:
        out: list[n.Arg] = []
        if node is None:
            return out
        for a in self.named(node):
            if a.type == "variadic_placeholder":
                raise self.fail("first-class callable syntax f(...)", a)
            name_node = a.child_by_field_name("name")
            kids = [c for c in self.named(a) if name_node is None or c.id != name_node.id]
            if not kids:
                raise self.fail("empty argument", a)
            value = kids[0]
            unpack = False
            if value.type == "variadic_unpacking":
                unpack = True
                value = self.named(value)[0]
            out.append(
                n.Arg(
                    self.expr(value),
                    unpack,
                    self.text(name_node) if name_node is not None else None,
                    line=_line(a),
                )
            )
        return out

    def list_target(self, node: Any) -> n.ArrayLit:
        items: list[n.ArrayItem] = []
        pending_key: n.Expr | None = None
        saw_value = False
        kids = [c for c in node.children if c.type != "comment"]
        i = 0
        while i < len(kids):
            c = kids[i]
            if c.type in ("list", "(", "[", ")", "]"):
                if c.type in (")", "]") and not saw_value:
                    pass
                i += 1
                continue
            if c.type == ",":
                if not saw_value:
                    items.append(n.ArrayItem(None, None, line=_line(c)))
                saw_value = False
                i += 1
                continue
            if i + 1 < len(kids) and kids[i + 1].type == "=>":
                pending_key = self.expr(c)
                i += 2
                continue
            by_ref = False
            target = c
            if c.type == "by_ref":
                by_ref = True
                target = self.named(c)[0]
            if target.type == "list_literal":
                value: n.Expr = self.list_target(target)
            else:
                value = self.expr(target)
            items.append(n.ArrayItem(pending_key, value, by_ref, line=_line(c)))
            pending_key = None
            saw_value = True
            i += 1
        return n.ArrayLit(items, line=_line(node))

    def expr(self, node: Any) -> n.Expr:
        if node is None:
            return n.Lit(None)
        t = node.type
        line = _line(node)
        method = getattr(self, "x_" + t, None)
        if method is None:
            raise self.fail(f"expression {t}", node)
        result: n.Expr = method(node)
        if not result.line:
            result.line = line
        return result

    def x_parenthesized_expression(self, node: Any) -> n.Expr:
        return self.expr(self.named(node)[0])

    def x_integer(self, node: Any) -> n.Expr:
        return n.Lit(parse_int(self.text(node)))

    def x_float(self, node: Any) -> n.Expr:
        return n.Lit(parse_float(self.text(node)))

    def x_boolean(self, node: Any) -> n.Expr:
        return n.Lit(self.text(node).lower() == "true")

    def x_null(self, node: Any) -> n.Expr:
        return n.Lit(None)

    def x_string(self, node: Any) -> n.Expr:
        raw = self.text(node)
        if raw[:1] in "bB" and len(raw) > 1 and raw[1] in "'\"":
            raw = raw[1:]
        if raw.startswith("'"):
            return n.Lit(decode_single(raw[1:-1]))
        return n.Lit(decode_double(raw[1:-1]))

    def interp_parts(self, node: Any, start: int, end: int, heredoc: bool, indent: str = "") -> list[n.Expr]:
        """Literal text and interpolated expressions between byte offsets ``start`` and ``end``."""
        parts: list[n.Expr] = []
        pos = start
        kids = list(node.children)
        i = 0
        while i < len(kids):
            c = kids[i]
            if (
                c.start_byte < start
                or c.end_byte > end
                or not c.is_named
                or c.type
                in ("string_content", "escape_sequence", "string_value", "heredoc_start", "heredoc_end")
            ):
                i += 1
                continue
            span_start, span_end = c.start_byte, c.end_byte
            if i > 0 and kids[i - 1].type in ("{", "${") and not kids[i - 1].is_named:
                span_start = kids[i - 1].start_byte
            if i + 1 < len(kids) and kids[i + 1].type == "}" and not kids[i + 1].is_named:
                span_end = kids[i + 1].end_byte
            if span_start > pos:
                parts.append(n.Lit(self.literal(pos, span_start, heredoc, indent)))
            parts.append(self.interp_expr(c))
            pos = span_end
            i += 1
        if end > pos:
            parts.append(n.Lit(self.literal(pos, end, heredoc, indent)))
        return parts

    def literal(self, start: int, end: int, heredoc: bool, indent: str) -> str:
        raw = self.raw(start, end)
        if indent:
            at_line_start = start == 0 or self.data[start - 1 : start] == b"\n"
            raw = dedent_heredoc(raw, indent, at_line_start)
        return decode_double(raw, heredoc=heredoc)

    def interp_expr(self, node: Any) -> n.Expr:
        if node.type == "dynamic_variable_name":
            kids = self.named(node)
            simple = len(kids) == 1 and kids[0].type in ("name", "subscript_expression")
            self.notices.append((8192, _DOLLAR_BRACE if simple else _DOLLAR_BRACE_EXPR, _line(node)))
            if len(kids) == 1 and kids[0].type == "name":
                return n.Var(self.text(kids[0]), line=_line(node))
            if len(kids) == 1 and kids[0].type == "subscript_expression":
                return self.expr(kids[0])
        if node.type == "subscript_expression":
            kids = self.named(node)
            base = self.expr(kids[0])
            if len(kids) > 1 and kids[1].type == "name":
                return n.Index(base, n.Lit(self.text(kids[1])), line=_line(node))
            if len(kids) > 1 and kids[1].type == "integer":
                text = self.text(kids[1])
                value: n.Expr = n.Lit(parse_int(text) if text == "0" or not text.startswith("0") else text)
                return n.Index(base, value, line=_line(node))
        return self.expr(node)

    def x_encapsed_string(self, node: Any) -> n.Expr:
        list(node.children)
        start = node.start_byte + 1
        if self.data[node.start_byte : node.start_byte + 1] in (b"b", b"B"):
            start += 1
        end = node.end_byte - 1
        parts = self.interp_parts(node, start, end, False)
        return _interp(parts)

    def x_heredoc(self, node: Any) -> n.Expr:
        body = node.child_by_field_name("value")
        end_tag = node.child_by_field_name("end_tag")
        start_tag = node.child_by_field_name("identifier")
        nl = self.data.find(b"\n", start_tag.end_byte)
        start = nl + 1
        end_line_start = self.data.rfind(b"\n", 0, end_tag.start_byte)
        indent = self.raw(end_line_start + 1, end_tag.start_byte)
        end = end_line_start
        if end > start and self.data[end - 1 : end] == b"\r":
            end -= 1
        if end < start:
            return n.Lit("")
        parts = (
            self.interp_parts(body, start, end, True, indent)
            if body is not None
            else [n.Lit(self.literal(start, end, True, indent))]
        )
        return _interp(parts)

    def x_nowdoc(self, node: Any) -> n.Expr:
        end_tag = node.child_by_field_name("end_tag")
        start_tag = node.child_by_field_name("identifier")
        nl = self.data.find(b"\n", start_tag.end_byte)
        start = nl + 1
        end_line_start = self.data.rfind(b"\n", 0, end_tag.start_byte)
        indent = self.raw(end_line_start + 1, end_tag.start_byte)
        end = end_line_start
        if end < start:
            return n.Lit("")
        raw = self.raw(start, end)
        return n.Lit(dedent_heredoc(raw, indent) if indent else raw)

    def x_shell_command_expression(self, node: Any) -> n.Expr:
        raise self.fail("backtick shell execution", node)

    def x_variable_name(self, node: Any) -> n.Expr:
        return n.Var(self.text(node)[1:])

    def x_dynamic_variable_name(self, node: Any) -> n.Expr:
        kids = self.named(node)
        if kids and kids[0].type == "name":
            return n.Var(self.text(kids[0]))
        return n.VarVar(self.expr(kids[0]))

    def x_name(self, node: Any) -> n.Expr:
        text = self.text(node)
        low = text.lower()
        if low in ("true", "false", "null"):
            return n.Lit({"true": True, "false": False, "null": None}[low])
        if low in ("die", "exit"):
            return n.Exit(None)
        if (
            text.startswith("__")
            and text.endswith("__")
            and text.upper()
            in (
                "__LINE__",
                "__FILE__",
                "__DIR__",
                "__FUNCTION__",
                "__CLASS__",
                "__METHOD__",
                "__NAMESPACE__",
                "__TRAIT__",
            )
        ):
            if text.upper() == "__LINE__":
                return n.Lit(_line(node))
            return n.MagicConst(text.upper())
        return n.Const(text)

    def x_qualified_name(self, node: Any) -> n.Expr:
        return self.x_name_text(self.class_name(node), node)

    def x_name_text(self, text: str, node: Any) -> n.Expr:
        low = text.lower()
        if low in ("true", "false", "null"):
            return n.Lit({"true": True, "false": False, "null": None}[low])
        return n.Const(text)

    def x_array_creation_expression(self, node: Any) -> n.Expr:
        items = []
        for el in self.named(node):
            kids = self.named(el)
            by_ref = any(c.type == "by_ref" for c in kids)
            unpack = False
            key: n.Expr | None = None
            if len(kids) == 2:
                key = self.expr(kids[0])
                vnode = kids[1]
            else:
                vnode = kids[0]
            if vnode.type == "by_ref":
                by_ref = True
                vnode = self.named(vnode)[0]
            if vnode.type == "variadic_unpacking":
                unpack = True
                vnode = self.named(vnode)[0]
            items.append(n.ArrayItem(key, self.expr(vnode), by_ref, unpack, line=_line(el)))
        return n.ArrayLit(items)

    def x_list_literal(self, node: Any) -> n.Expr:
        return self.list_target(node)

    def x_subscript_expression(self, node: Any) -> n.Expr:
        kids = self.named(node)
        base = self.expr(kids[0])
        index = self.expr(kids[1]) if len(kids) > 1 else None
        return n.Index(base, index)

    def member_name(self, node: Any) -> str | n.Expr:
        if node.type == "name":
            return self.text(node)
        if node.type == "variable_name":
            return self.expr(node)
        expr = self.expr(node)
        if isinstance(expr, n.Lit) and isinstance(expr.value, str):
            return expr.value
        return expr

    def x_member_access_expression(self, node: Any, nullsafe: bool = False) -> n.Expr:
        return n.Prop(
            self.expr(node.child_by_field_name("object")),
            self.member_name(node.child_by_field_name("name")),
            nullsafe=nullsafe,
        )

    def x_nullsafe_member_access_expression(self, node: Any) -> n.Expr:
        return self.x_member_access_expression(node, nullsafe=True)

    def x_member_call_expression(self, node: Any, nullsafe: bool = False) -> n.Expr:
        return n.MethodCall(
            self.expr(node.child_by_field_name("object")),
            self.member_name(node.child_by_field_name("name")),
            self.args(node.child_by_field_name("arguments")),
            nullsafe=nullsafe,
        )

    def x_nullsafe_member_call_expression(self, node: Any) -> n.Expr:
        return self.x_member_call_expression(node, nullsafe=True)

    def x_scoped_call_expression(self, node: Any) -> n.Expr:
        return n.StaticCall(
            self.class_ref(node.child_by_field_name("scope")),
            self.member_name(node.child_by_field_name("name")),
            self.args(node.child_by_field_name("arguments")),
        )

    def x_scoped_property_access_expression(self, node: Any) -> n.Expr:
        name = node.child_by_field_name("name")
        if name.type != "variable_name":
            raise self.fail("a variable static property name", node)
        return n.StaticProp(self.class_ref(node.child_by_field_name("scope")), self.var_name(name))

    def x_class_constant_access_expression(self, node: Any) -> n.Expr:
        kids = self.named(node)
        return n.ClassConst(self.class_ref(kids[0]), self.text(kids[1]))

    def x_function_call_expression(self, node: Any) -> n.Expr:
        func = node.child_by_field_name("function")
        args = self.args(node.child_by_field_name("arguments"))
        if func.type in ("name", "qualified_name"):
            name = self.class_name(func) if func.type == "qualified_name" else self.text(func)
            low = name.lower()
            if low == "isset":
                return n.Isset([a.value for a in args])
            if low == "empty":
                return n.Empty(args[0].value)
            if low in ("die", "exit"):
                return n.Exit(args[0].value if args else None)
            return n.Call(name, args)
        return n.Call(self.expr(func), args)

    def x_object_creation_expression(self, node: Any) -> n.Expr:
        kids = self.named(node)
        if kids and kids[0].type == "anonymous_class":
            raise self.fail("anonymous class", node)
        cls = self.class_ref(kids[0]) if kids else n.Name("stdClass")
        args_node = next((c for c in kids[1:] if c.type == "arguments"), None)
        return n.New(cls, self.args(args_node))

    def x_binary_expression(self, node: Any) -> n.Expr:
        op = self.text(node.child_by_field_name("operator"))
        op = _BIN_OPS.get(op.upper(), op.lower() if op.isalpha() else op)
        left = self.expr(node.child_by_field_name("left"))
        right_node = node.child_by_field_name("right")
        if op == "instanceof":
            return n.InstanceOf(left, self.class_ref(right_node))
        return n.Bin(op, left, self.expr(right_node))

    def x_unary_op_expression(self, node: Any) -> n.Expr:
        op_node = node.child_by_field_name("operator")
        op = self.text(op_node) if op_node is not None else self.text(node.children[0])
        return n.Unary(op, self.expr(node.child_by_field_name("argument") or self.named(node)[-1]))

    def x_update_expression(self, node: Any) -> n.Expr:
        op_node = node.child_by_field_name("operator")
        arg = node.child_by_field_name("argument")
        prefix = op_node.start_byte < arg.start_byte
        return n.IncDec(self.text(op_node), prefix, self.expr(arg))

    def x_assignment_expression(self, node: Any) -> n.Expr:
        left = node.child_by_field_name("left")
        target = self.list_target(left) if left.type == "list_literal" else self.expr(left)
        return n.Assign(target, self.expr(node.child_by_field_name("right")))

    def x_reference_assignment_expression(self, node: Any) -> n.Expr:
        return n.Assign(
            self.expr(node.child_by_field_name("left")),
            self.expr(node.child_by_field_name("right")),
            by_ref=True,
        )

    def x_augmented_assignment_expression(self, node: Any) -> n.Expr:
        op = self.text(node.child_by_field_name("operator"))[:-1]
        return n.AssignOp(
            op, self.expr(node.child_by_field_name("left")), self.expr(node.child_by_field_name("right"))
        )

    def x_conditional_expression(self, node: Any) -> n.Expr:
        body = node.child_by_field_name("body")
        return n.Ternary(
            self.expr(node.child_by_field_name("condition")),
            self.expr(body) if body is not None else None,
            self.expr(node.child_by_field_name("alternative")),
        )

    def x_cast_expression(self, node: Any) -> n.Expr:
        t = self.text(node.child_by_field_name("type")).strip().lower()
        return n.Cast(_CASTS.get(t, t), self.expr(node.child_by_field_name("value")))

    def x_clone_expression(self, node: Any) -> n.Expr:
        return n.Clone(self.expr(self.named(node)[0]))

    def x_error_suppression_expression(self, node: Any) -> n.Expr:
        return n.Silence(self.expr(self.named(node)[0]))

    def x_print_intrinsic(self, node: Any) -> n.Expr:
        return n.Print(self.expr(self.named(node)[0]))

    def x_exit_statement(self, node: Any) -> n.Expr:
        kids = self.named(node)
        return n.Exit(self.expr(kids[0]) if kids else None)

    def _include(self, node: Any, kind: str) -> n.Expr:
        return n.Include(kind, self.expr(self.named(node)[0]))

    def x_include_expression(self, node: Any) -> n.Expr:
        return self._include(node, "include")

    def x_include_once_expression(self, node: Any) -> n.Expr:
        return self._include(node, "include_once")

    def x_require_expression(self, node: Any) -> n.Expr:
        return self._include(node, "require")

    def x_require_once_expression(self, node: Any) -> n.Expr:
        return self._include(node, "require_once")

    def x_anonymous_function(self, node: Any) -> n.Expr:
        uses: list[n.ClosureUse] = []
        for c in self.named(node):
            if c.type == "anonymous_function_use_clause":
                for u in self.named(c):
                    if u.type == "by_ref":
                        uses.append(n.ClosureUse(self.var_name(self.named(u)[0]), True, line=_line(u)))
                    else:
                        uses.append(n.ClosureUse(self.var_name(u), False, line=_line(u)))
        static = node.child_by_field_name("static_modifier") is not None or any(
            c.type == "static_modifier" for c in node.children
        )
        return n.Closure(
            self.params(node.child_by_field_name("parameters")),
            uses,
            self.body(node.child_by_field_name("body")),
            self.has_ref_modifier(node),
            static,
        )

    def x_arrow_function(self, node: Any) -> n.Expr:
        body = node.child_by_field_name("body")
        return n.Closure(
            self.params(node.child_by_field_name("parameters")),
            [],
            [n.Return(self.expr(body), line=_line(body))],
            self.has_ref_modifier(node),
            any(c.type == "static_modifier" for c in node.children),
            arrow=True,
        )

    def x_match_expression(self, node: Any) -> n.Expr:
        subject = self.expr(node.child_by_field_name("condition"))
        arms = []
        for arm in self.named(node.child_by_field_name("body")):
            ret = self.expr(arm.child_by_field_name("return_expression"))
            if arm.type == "match_default_expression":
                arms.append(n.MatchArm(None, ret, line=_line(arm)))
            else:
                conds = self.named(arm.child_by_field_name("conditional_expressions"))
                arms.append(n.MatchArm([self.expr(c) for c in conds], ret, line=_line(arm)))
        return n.Match(subject, arms)

    def x_throw_expression(self, node: Any) -> n.Expr:
        return n.ThrowExpr(self.expr(self.named(node)[0]))

    def x_yield_expression(self, node: Any) -> n.Expr:
        kids = self.named(node)
        if any(
            c.type == "yield from" or self.text(c) == "yield from" for c in node.children if not c.is_named
        ):
            return n.Yield(None, self.expr(kids[0]), from_=True)
        if not kids:
            return n.Yield(None, None)
        el = kids[0]
        if el.type == "array_element_initializer":
            parts = self.named(el)
            if len(parts) == 2:
                return n.Yield(self.expr(parts[0]), self.expr(parts[1]))
            return n.Yield(None, self.expr(parts[0]))
        return n.Yield(None, self.expr(el))

    def x_sequence_expression(self, node: Any) -> n.Expr:
        raise self.fail("comma-separated expressions", node)

    def x_relative_scope(self, node: Any) -> n.Expr:
        raise self.fail(f"{self.text(node)} used as a value", node)


def _interp(parts: list[n.Expr]) -> n.Expr:
    merged: list[n.Expr] = []
    for p in parts:
        if isinstance(p, n.Lit) and isinstance(p.value, str):
            if not p.value:
                continue
            if merged and isinstance(merged[-1], n.Lit) and isinstance(merged[-1].value, str):
                merged[-1] = n.Lit(merged[-1].value + p.value)
                continue
        merged.append(p)
    if not merged:
        return n.Lit("")
    if len(merged) == 1 and isinstance(merged[0], n.Lit):
        return merged[0]
    return n.Interp(merged)
