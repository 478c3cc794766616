"""The translator's own PHP syntax tree: what both front ends produce.

This module owns the shape of a parsed PHP program.  The phply front end
(``front_phply``) and the tree-sitter front end (``front_treesitter``) each
turn source text into these nodes and nothing else; the code generator reads
only these nodes.  Every node carries ``line`` (1-based, of the PHP source).

Strings are Python ``str`` holding PHP's bytes decoded as UTF-8 with
``surrogateescape`` (escapes already processed), as the shim's contract says.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Any, Union


@dataclass(eq=True)
class Node:
    def children(self) -> Iterator[Node]:
        """Direct child nodes, in source order."""
        names = _FIELDS.get(type(self))
        if names is None:
            names = _FIELDS[type(self)] = tuple(f.name for f in fields(self) if f.name != "line")
        for name in names:
            value = getattr(self, name)
            if isinstance(value, Node):
                yield value
            elif isinstance(value, (list, tuple)):
                yield from _nodes_in(value)

    def walk(self) -> Iterator[Node]:
        """This node and every descendant, depth first, in source order."""
        stack: list[Node] = [self]
        pop, extend = stack.pop, stack.extend
        while stack:
            node = pop()
            yield node
            if type(node).children is Node.children:
                kids = node._kids()
            else:
                kids = list(node.children())
            if kids:
                kids.reverse()
                extend(kids)

    def _kids(self) -> list[Node]:
        names = _FIELDS.get(type(self))
        if names is None:
            names = _FIELDS[type(self)] = tuple(f.name for f in fields(self) if f.name != "line")
        out: list[Node] = []
        for name in names:
            value = getattr(self, name)
            if isinstance(value, Node):
                out.append(value)
            elif value and isinstance(value, (list, tuple)):
                out.extend(_nodes_in(value))
        return out


_FIELDS: dict[type, tuple[str, ...]] = {}


def _nodes_in(value: Any) -> Iterator[Node]:
    if isinstance(value, Node):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _nodes_in(item)


# ---------------------------------------------------------------- expressions


@dataclass(eq=True)
class Expr(Node):
    pass


@dataclass(eq=True)
class Lit(Expr):
    """A constant scalar: None, bool, int, float or str."""

    value: Any
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Interp(Expr):
    """An interpolated string ("a $b {$c[1]}", heredoc): concatenation of parts."""

    parts: list[Expr]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Var(Expr):
    """``$name`` (``name`` without the dollar)."""

    name: str
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class VarVar(Expr):
    """``$$expr`` / ``${expr}``: a variable variable."""

    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ArrayItem(Node):
    key: Expr | None
    value: Expr | None  # None: a skipped slot in list()
    by_ref: bool = False
    unpack: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ArrayLit(Expr):
    """``[...]`` / ``array(...)``; as an assignment target it is ``list()``."""

    items: list[ArrayItem]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Index(Expr):
    """``base[index]``; ``index`` None is the append form ``base[]``."""

    base: Expr
    index: Expr | None
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Prop(Expr):
    """``obj->name`` (``name`` a str, or an Expr for ``obj->$name``)."""

    obj: Expr
    name: str | Expr
    nullsafe: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Name(Node):
    """A class reference: a literal name (``Foo``, ``self``, ``static``, ``parent``)."""

    name: str
    line: int = field(default=0, compare=False)


ClassRef = Union[Name, Expr]  # noqa: UP007 - a runtime alias, kept as Union for Python 3.10


@dataclass(eq=True)
class StaticProp(Expr):
    """``Cls::$name``."""

    cls: ClassRef
    name: str
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ClassConst(Expr):
    """``Cls::NAME`` (including ``Cls::class``)."""

    cls: ClassRef
    name: str
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Const(Expr):
    """A constant by name: ``PHP_EOL``, ``SEEK_END``, a user ``const``."""

    name: str
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class MagicConst(Expr):
    """``__LINE__``, ``__FILE__``, ``__DIR__``, ``__FUNCTION__``, ``__CLASS__``, ``__METHOD__``..."""

    name: str
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Arg(Node):
    value: Expr
    unpack: bool = False
    name: str | None = None  # named argument (PHP 8)
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Call(Expr):
    """``name(args)``: ``func`` is a str for a named function, else an Expr (``$f()``)."""

    func: str | Expr
    args: list[Arg]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class MethodCall(Expr):
    obj: Expr
    name: str | Expr
    args: list[Arg]
    nullsafe: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class StaticCall(Expr):
    cls: ClassRef
    name: str | Expr
    args: list[Arg]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class New(Expr):
    cls: ClassRef
    args: list[Arg]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Bin(Expr):
    """A binary operator, by PHP's spelling: ``+ - * / % ** . == != === !== < <= > >=
    <=> && || and or xor & | ^ << >> ??`` (``<>`` is given as ``!=``)."""

    op: str
    left: Expr
    right: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Unary(Expr):
    """``! - + ~``."""

    op: str
    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class IncDec(Expr):
    op: str  # "++" or "--"
    prefix: bool
    target: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Assign(Expr):
    """``target = value``; ``by_ref`` for ``=&``.  A list() target is an ArrayLit."""

    target: Expr
    value: Expr
    by_ref: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class AssignOp(Expr):
    """``target op= value`` (op without the ``=``: ``+``, ``.``, ``??`` ...)."""

    op: str
    target: Expr
    value: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Ternary(Expr):
    """``cond ? then : else_``; ``then`` None is ``cond ?: else_``."""

    cond: Expr
    then: Expr | None
    else_: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Cast(Expr):
    """``(int)``, ``(float)``, ``(string)``, ``(bool)``, ``(array)``, ``(object)``, ``(unset)``."""

    type: str  # normalised: int float string bool array object unset
    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Isset(Expr):
    exprs: list[Expr]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Empty(Expr):
    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Silence(Expr):
    """``@expr``."""

    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Exit(Expr):
    """``exit``/``die`` with an optional status or message."""

    expr: Expr | None
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Print(Expr):
    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Include(Expr):
    kind: str  # include, include_once, require, require_once
    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Param(Node):
    name: str
    default: Expr | None = None
    by_ref: bool = False
    variadic: bool = False
    type: str | None = None
    promote: str | None = None  # constructor promotion: the visibility
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ClosureUse(Node):
    name: str
    by_ref: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Closure(Expr):
    """``function (...) use (...) {...}`` or ``fn (...) => expr`` (``arrow``: body is [Return])."""

    params: list[Param]
    uses: list[ClosureUse]
    body: list[Stmt]
    by_ref: bool = False
    static: bool = False
    arrow: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class InstanceOf(Expr):
    expr: Expr
    cls: ClassRef
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Clone(Expr):
    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class MatchArm(Node):
    conds: list[Expr] | None  # None: default
    body: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Match(Expr):
    subject: Expr
    arms: list[MatchArm]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ThrowExpr(Expr):
    """``throw`` used as an expression (PHP 8)."""

    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Yield(Expr):
    """``yield``, ``yield $v``, ``yield $k => $v``, ``yield from $x`` (``from_``)."""

    key: Expr | None
    value: Expr | None
    from_: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Unsupported(Expr):
    """A construct a front end read but the translator does not support."""

    what: str
    line: int = field(default=0, compare=False)


# ---------------------------------------------------------------- statements


@dataclass(eq=True)
class Stmt(Node):
    pass


@dataclass(eq=True)
class Echo(Stmt):
    exprs: list[Expr]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class InlineHTML(Stmt):
    text: str
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ExprStmt(Stmt):
    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Block(Stmt):
    body: list[Stmt]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class If(Stmt):
    cond: Expr
    body: list[Stmt]
    elifs: list[tuple[Expr, list[Stmt]]]
    else_: list[Stmt] | None
    line: int = field(default=0, compare=False)

    def children(self) -> Iterator[Node]:
        yield self.cond
        yield from self.body
        for cond, body in self.elifs:
            yield cond
            yield from body
        if self.else_:
            yield from self.else_


@dataclass(eq=True)
class While(Stmt):
    cond: Expr
    body: list[Stmt]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class DoWhile(Stmt):
    body: list[Stmt]
    cond: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class For(Stmt):
    init: list[Expr]
    cond: list[Expr]
    step: list[Expr]
    body: list[Stmt]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Foreach(Stmt):
    expr: Expr
    key: Expr | None
    value: Expr
    by_ref: bool
    body: list[Stmt]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Case(Node):
    expr: Expr | None  # None: default
    body: list[Stmt]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Switch(Stmt):
    subject: Expr
    cases: list[Case]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Break(Stmt):
    levels: int = 1
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Continue(Stmt):
    levels: int = 1
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Return(Stmt):
    expr: Expr | None
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Global(Stmt):
    names: list[str]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class StaticVar(Stmt):
    vars: list[tuple[str, Expr | None]]
    line: int = field(default=0, compare=False)

    def children(self) -> Iterator[Node]:
        for _, init in self.vars:
            if init is not None:
                yield init


@dataclass(eq=True)
class Unset(Stmt):
    exprs: list[Expr]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Catch(Node):
    types: list[str]
    var: str | None
    body: list[Stmt]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Try(Stmt):
    body: list[Stmt]
    catches: list[Catch]
    finally_: list[Stmt] | None
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Throw(Stmt):
    expr: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class FunctionDecl(Stmt):
    name: str
    params: list[Param]
    body: list[Stmt]
    by_ref: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class PropertyDecl(Node):
    name: str
    default: Expr | None
    static: bool = False
    visibility: str = "public"
    readonly: bool = False
    type: str | None = None
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ClassConstDecl(Node):
    name: str
    value: Expr
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class MethodDecl(Node):
    name: str
    params: list[Param]
    body: list[Stmt] | None  # None: abstract / interface method
    static: bool = False
    visibility: str = "public"
    by_ref: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class EnumCase(Node):
    """``case Name;`` or ``case Name = value;`` in an enum."""

    name: str
    value: Expr | None
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class TraitUse(Node):
    names: list[str]
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ClassDecl(Stmt):
    name: str
    kind: str  # class, interface, trait, enum
    parent: str | None
    interfaces: list[str]
    members: list[Node]
    abstract: bool = False
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class ConstDecl(Stmt):
    """Top-level ``const NAME = expr, ...;``."""

    items: list[tuple[str, Expr]]
    line: int = field(default=0, compare=False)

    def children(self) -> Iterator[Node]:
        for _, value in self.items:
            yield value


@dataclass(eq=True)
class Nop(Stmt):
    """A statement with no effect (``;``, ``declare(strict_types=1)``, a ``use`` import)."""

    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class UnsupportedStmt(Stmt):
    what: str
    line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Comment(Node):
    """A source comment: ``text`` without the comment markers, one entry per line."""

    lines: list[str]
    line: int = field(default=0, compare=False)
    end_line: int = field(default=0, compare=False)


@dataclass(eq=True)
class Program(Node):
    body: list[Stmt]
    comments: list[Comment]
    filename: str = "<php>"
    front_end: str = ""
    #: diagnostics PHP gives while compiling: (level, message, line)
    notices: list[tuple[int, str, int]] = field(default_factory=list, compare=False)
    #: declare(strict_types=1): scalar parameter types are guaranteed
    strict_types: bool = field(default=False, compare=False)
    line: int = field(default=1, compare=False)

    def children(self) -> Iterator[Node]:
        yield from self.body


__all__ = sorted(
    name for name, value in dict(globals()).items() if isinstance(value, type) and issubclass(value, Node)
) + ["ClassRef"]
