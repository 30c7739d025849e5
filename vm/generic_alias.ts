/**
 * `list[int]` (`types.GenericAlias`) and `int | str` (`types.UnionType`):
 * enough for annotations, which the subset evaluates and drops, and for
 * `isinstance(x, int | str)`.
 *
 * @module
 */
import { PyHeap, type PyObject, PyTuple, PyType, T } from "./object.ts";
import { Ellipsis, None, NotImplemented } from "./types.ts";
import { defGetSet, defSlot } from "./descriptors.ts";
import { call, eq, repr } from "./abstract.ts";

/** `origin[args]`. */
export class PyGenericAlias extends PyHeap {
  cls: PyType = T.GenericAlias;
  readonly origin: PyObject;
  readonly args: PyTuple;
  constructor(origin: PyObject, args: PyTuple) {
    super();
    this.origin = origin;
    this.args = args;
  }
}

/** `A | B` of types. */
export class PyUnionType extends PyHeap {
  cls: PyType = T.UnionType;
  readonly args: PyTuple;
  constructor(args: PyTuple) {
    super();
    this.args = args;
  }
}

/** `cls[item]` for the built-in generic classes. */
export function genericAlias(cls: PyObject, item: PyObject): PyGenericAlias {
  return new PyGenericAlias(
    cls,
    item instanceof PyTuple && item.cls === T.tuple ? item : new PyTuple([item]),
  );
}

// CPython 3.11 Objects/genericaliasobject.c ga_repr_item.
function reprItem(x: PyObject): string {
  if (x === Ellipsis) return "...";
  if (x instanceof PyType) {
    return x.module === "builtins" ? x.qualname : `${x.module}.${x.qualname}`;
  }
  return repr(x);
}

defSlot(T.GenericAlias, "__repr__", (x) => {
  const g = x as PyGenericAlias;
  const items = g.args.items.length === 0 ? "()" : g.args.items.map(reprItem).join(", ");
  return `${reprItem(g.origin)}[${items}]`;
}, 0);
defSlot(
  T.GenericAlias,
  "__call__",
  (x, a) => call((x as PyGenericAlias).origin, a === undefined ? [] : [a], null),
  0,
  1,
);
defSlot(T.GenericAlias, "__eq__", (x, o) => {
  if (!(o instanceof PyGenericAlias)) return NotImplemented;
  const g = x as PyGenericAlias;
  return eq(g.origin, o.origin) && eq(g.args, o.args);
}, 1);
defGetSet(T.GenericAlias, "__origin__", (x) => (x as PyGenericAlias).origin);
defGetSet(T.GenericAlias, "__args__", (x) => (x as PyGenericAlias).args);

/** `a | b` where one side is a type, None or a union (`type.__or__`). */
export function unionOf(a: PyObject, b: PyObject): PyObject {
  const ok = (v: PyObject) =>
    v === None || v instanceof PyType || v instanceof PyUnionType || v instanceof PyGenericAlias;
  if (!ok(a) || !ok(b)) return NotImplemented;
  const items: PyObject[] = [];
  const add = (v: PyObject) => {
    if (v instanceof PyUnionType) v.args.items.forEach(add);
    else {
      const t = v === None ? T.NoneType : v;
      if (!items.includes(t)) items.push(t);
    }
  };
  add(a);
  add(b);
  return items.length === 1 ? items[0] : new PyUnionType(new PyTuple(items));
}

defSlot(
  T.UnionType,
  "__repr__",
  (x) =>
    (x as PyUnionType).args.items.map((t) => (t === T.NoneType ? "None" : reprItem(t))).join(" | "),
  0,
);
defSlot(T.UnionType, "__or__", (a, b) => unionOf(a, b), 1);
defSlot(T.UnionType, "__ror__", (a, b) => unionOf(b, a), 1);
defGetSet(T.UnionType, "__args__", (x) => (x as PyUnionType).args);
