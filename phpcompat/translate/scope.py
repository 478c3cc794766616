"""Variable analysis of one PHP scope, before any Python is written.

PHP and Python disagree about variables in ways the generator must know in
advance: a variable passed by reference must live in a ``Ref`` box for its
whole scope; an array that is modified in place must be copied when it is
assigned (PHP arrays are values); a variable read before it is assigned must
exist in Python (PHP reads null).  This module owns those decisions: it walks
one scope (the main script, a function, a method or a closure) without
entering nested functions, and records for each variable how it is used and
which PHP type every assignment gives it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from . import nodes as n

__all__ = ["ScopeInfo", "analyse", "join_kinds", "NUMERIC", "BOOLISH"]

NUMERIC = {"int", "float", "num"}
BOOLISH = {"bool", "int", "float", "num", "array", "null", "object"}


def join_kinds(a: str | None, b: str | None) -> str | None:
    if a == "?":
        return b
    if b == "?":
        return a
    if a == b:
        return a
    if a in NUMERIC and b in NUMERIC:
        return "num"
    return None


@dataclass
class ScopeInfo:
    """What the generator needs to know about the variables of one scope."""

    first: dict[str, str] = field(default_factory=dict)  # name -> first use: read/write/elem/ref
    boxed: set[str] = field(default_factory=set)
    mutated: set[str] = field(default_factory=set)  # modified in place (elements, sort(), ...)
    assigned: dict[str, list[n.Expr | None]] = field(default_factory=dict)
    globals: set[str] = field(default_factory=set)
    statics: dict[str, n.Expr | None] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    mutated_props: set[str] = field(default_factory=set)
    kinds: dict[str, str | None] = field(default_factory=dict)
    reads_before_write: set[str] = field(default_factory=set)
    uses_func_get_args: bool = False
    compound: set[str] = field(default_factory=set)  # targets of op= / ++ (kind may change)


# callbacks supplied by the generator
RefParams = Callable[[n.Node], dict[int, str]]


class _Walker:
    def __init__(self, info: ScopeInfo, ref_params: RefParams) -> None:
        self.info = info
        self.ref_params = ref_params

    def use(self, name: str, how: str) -> None:
        info = self.info
        info.used.add(name)
        if name not in info.first:
            info.first[name] = how
        if how == "ref":
            info.boxed.add(name)
        elif how == "elem":
            info.mutated.add(name)

    def assign(self, name: str, value: n.Expr | None) -> None:
        self.info.assigned.setdefault(name, []).append(value)

    # ------------------------------------------------ statements
    def stmts(self, body: list[n.Stmt] | None) -> None:
        for s in body or []:
            self.stmt(s)

    def stmt(self, s: n.Stmt) -> None:
        if isinstance(s, (n.FunctionDecl, n.ClassDecl)):
            return
        if isinstance(s, n.Echo):
            for e in s.exprs:
                self.expr(e)
        elif isinstance(s, n.ExprStmt):
            self.expr(s.expr)
        elif isinstance(s, n.Block):
            self.stmts(s.body)
        elif isinstance(s, n.If):
            self.expr(s.cond)
            self.stmts(s.body)
            for cond, body in s.elifs:
                self.expr(cond)
                self.stmts(body)
            self.stmts(s.else_)
        elif isinstance(s, n.While):
            self.expr(s.cond)
            self.stmts(s.body)
        elif isinstance(s, n.DoWhile):
            self.stmts(s.body)
            self.expr(s.cond)
        elif isinstance(s, n.For):
            for e in s.init:
                self.expr(e)
            for e in s.cond:
                self.expr(e)
            self.stmts(s.body)
            for e in s.step:
                self.expr(e)
        elif isinstance(s, n.Foreach):
            self.expr(s.expr, "elem" if s.by_ref else "read")
            if s.key is not None:
                self.target(s.key, None)
            if s.by_ref and isinstance(s.value, n.Var):
                # the value is an alias of the element: no variable of its own
                pass
            else:
                self.target(s.value, None)
            self.stmts(s.body)
        elif isinstance(s, n.Switch):
            self.expr(s.subject)
            for c in s.cases:
                if c.expr is not None:
                    self.expr(c.expr)
                self.stmts(c.body)
        elif isinstance(s, n.Return):
            if s.expr is not None:
                self.expr(s.expr)
        elif isinstance(s, n.Global):
            for name in s.names:
                self.info.globals.add(name)
                self.use(name, "write")
                self.assign(name, None)
        elif isinstance(s, n.StaticVar):
            for name, init in s.vars:
                self.info.statics[name] = init
                self.use(name, "write")
                self.assign(name, None)
        elif isinstance(s, n.Unset):
            for e in s.exprs:
                if isinstance(e, n.Var):
                    self.use(e.name, "write")
                    self.assign(e.name, n.Lit(None))
                else:
                    self.target(e, None, elem=True)
        elif isinstance(s, n.Try):
            self.stmts(s.body)
            for c in s.catches:
                if c.var:
                    self.use(c.var, "write")
                    self.assign(c.var, None)
                self.stmts(c.body)
            self.stmts(s.finally_)
        elif isinstance(s, n.Throw):
            self.expr(s.expr)
        elif isinstance(s, n.ConstDecl):
            for _, e in s.items:
                self.expr(e)

    # ------------------------------------------------ expressions
    def target(self, e: n.Expr, value: n.Expr | None, elem: bool = False) -> None:
        """``e`` is written (assigned, or an element of it when ``elem``)."""
        if isinstance(e, n.Var):
            if elem:
                self.use(e.name, "elem")
            else:
                self.use(e.name, "write")
                self.assign(e.name, value)
        elif isinstance(e, n.Index):
            if e.index is not None:
                self.expr(e.index)
            self.target(e.base, None, elem=True)
        elif isinstance(e, n.Prop):
            self.expr(e.obj)
            if isinstance(e.name, str):
                if elem:
                    self.info.mutated_props.add(e.name)
            else:
                self.expr(e.name)
        elif isinstance(e, n.StaticProp):
            if isinstance(e.cls, n.Expr):
                self.expr(e.cls)
            if elem:
                self.info.mutated_props.add(e.name)
        elif isinstance(e, n.ArrayLit):
            for item in e.items:
                if item.key is not None:
                    self.expr(item.key)
                if item.value is not None:
                    self.target(item.value, None)
        else:
            self.expr(e)

    def expr(self, e: n.Expr | None, how: str = "read") -> None:
        if e is None:
            return
        if isinstance(e, n.Var):
            self.use(e.name, how)
            return
        if isinstance(e, n.Assign):
            if e.by_ref:
                self.ref_arg(e.value)
                if isinstance(e.target, n.Var):
                    self.use(e.target.name, "ref")
                    self.assign(e.target.name, None)
                else:
                    self.target(e.target, None)
                return
            self.expr(e.value)
            self.target(e.target, e.value)
            return
        if isinstance(e, n.AssignOp):
            self.expr(e.value)
            if isinstance(e.target, n.Var):
                self.use(e.target.name, "read")
                self.info.compound.add(e.target.name)
                op_value: n.Expr = n.Bin(e.op, e.target, e.value)
                self.assign(e.target.name, op_value)
            else:
                self.target(e.target, None)
            return
        if isinstance(e, n.IncDec):
            if isinstance(e.target, n.Var):
                self.use(e.target.name, "read")
                self.info.compound.add(e.target.name)
                self.assign(e.target.name, e)
            else:
                self.target(e.target, None)
            return
        if isinstance(e, (n.Call, n.MethodCall, n.StaticCall, n.New)):
            if (
                isinstance(e, n.Call)
                and isinstance(e.func, str)
                and e.func.lower() in ("func_get_args", "func_num_args", "func_get_arg")
            ):
                self.info.uses_func_get_args = True
            if isinstance(e, n.Call) and isinstance(e.func, n.Expr):
                self.expr(e.func)
            if isinstance(e, n.MethodCall):
                self.expr(e.obj)
                if isinstance(e.name, n.Expr):
                    self.expr(e.name)
            if isinstance(e, (n.StaticCall, n.New)) and isinstance(e.cls, n.Expr):
                self.expr(e.cls)
            refs = self.ref_params(e)
            for i, arg in enumerate(e.args):
                kind = refs.get(i)
                if kind is None:
                    for k, v in refs.items():
                        if k < 0 and i >= -k - 1:
                            kind = v
                if kind == "ref" and not arg.unpack:
                    self.ref_arg(arg.value)
                elif kind == "inplace" and not arg.unpack:
                    if isinstance(arg.value, n.Var):
                        self.use(arg.value.name, "elem")
                    else:
                        self.target(arg.value, None, elem=True)
                else:
                    self.expr(arg.value)
            return
        if isinstance(e, n.Closure):
            for u in e.uses:
                if u.by_ref:
                    self.use(u.name, "ref")
                else:
                    self.use(u.name, "read")
            if e.arrow:
                params = {p.name for p in e.params}
                for node in e.walk():
                    if isinstance(node, n.Var) and node.name not in params and node.name != "this":
                        self.use(node.name, "read")
            return
        if isinstance(e, (n.Isset, n.Empty)):
            for child in e.children():
                self.expr(child)  # type: ignore[arg-type]
            return
        for child in e.children():
            if isinstance(child, n.Expr):
                self.expr(child)
            elif isinstance(child, n.Arg):
                self.expr(child.value)
            elif isinstance(child, n.ArrayItem):
                if child.key is not None:
                    self.expr(child.key)
                if child.value is not None:
                    if child.by_ref:
                        self.ref_arg(child.value)
                    else:
                        self.expr(child.value)
            elif isinstance(child, n.MatchArm):
                for c in child.conds or []:
                    self.expr(c)
                self.expr(child.body)

    def ref_arg(self, e: n.Expr) -> None:
        if isinstance(e, n.Var):
            self.use(e.name, "ref")
            self.assign(e.name, None)
        else:
            self.target(e, None, elem=True)


_STRICT_KINDS: dict[str, object] = {"int": 0, "string": "", "bool": False, "float": 0.0}


def analyse(
    body: list[n.Stmt],
    params: list[n.Param],
    ref_params: RefParams,
    kind_of: Callable[[n.Expr, ScopeInfo], str | None] | None = None,
    extra_reads: list[str] = (),
    strict_types: bool = False,
) -> ScopeInfo:  # type: ignore[assignment]
    info = ScopeInfo()
    walker = _Walker(info, ref_params)
    for p in params:
        walker.use(p.name, "ref" if p.by_ref else "write")
        # PHP converts (weak mode) or checks (strict_types) scalar-typed parameters on entry
        sure = _STRICT_KINDS.get((p.type or "").lower()) if not p.by_ref and not p.variadic else None
        default_ok = p.default is None or (
            isinstance(p.default, n.Lit)
            and p.default.value is not None
            and (
                isinstance(p.default.value, type(sure))
                or isinstance(sure, float)
                and isinstance(p.default.value, int)
            )
        )
        info.assigned.setdefault(p.name, []).append(n.Lit(sure) if sure is not None and default_ok else None)
    for name in extra_reads:
        walker.use(name, "write")
        info.assigned.setdefault(name, []).append(None)
    walker.stmts(body)
    for name, how in info.first.items():
        if how in ("read", "elem"):
            info.reads_before_write.add(name)
    if kind_of is not None:
        _infer_kinds(info, kind_of)
    return info


def _infer_kinds(info: ScopeInfo, kind_of: Callable[[n.Expr, ScopeInfo], str | None]) -> None:
    names = list(info.assigned)
    for name in names:
        info.kinds[name] = "?"
    for name in info.boxed | info.globals | set(info.statics):
        info.kinds[name] = None
    for name in info.reads_before_write:
        if info.first.get(name) == "elem":
            info.kinds[name] = join_kinds(info.kinds.get(name, "?"), "array")
        else:
            info.kinds[name] = None
    for _ in range(4):
        changed = False
        for name in names:
            if info.kinds.get(name) is None and name in info.kinds:
                continue
            k: str | None = info.kinds.get(name, "?")
            for value in info.assigned[name]:
                if value is None:
                    k = None
                    break
                k = join_kinds(k, kind_of(value, info))
                if k is None:
                    break
            if k != info.kinds.get(name):
                info.kinds[name] = k
                changed = True
        if not changed:
            break
    for name, k in list(info.kinds.items()):
        if k == "?":
            info.kinds[name] = None
