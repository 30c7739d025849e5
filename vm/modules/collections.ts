/**
 * The `collections` module: `defaultdict` here, `deque`
 * (`collections_deque.ts`), `OrderedDict` (`collections_odict.ts`),
 * `Counter` (`collections_counter.ts`) and `namedtuple`
 * (`collections_namedtuple.ts`).
 *
 * @module
 */
import { PyList, type PyObject, PyTuple, type PyType, raise, T, typeOf } from "../object.ts";
import { call, getIter, None, NotImplemented, repr } from "../abstract.ts";
import { callSpecial } from "../calls.ts";
import { isCallable } from "../builtins.ts";
import { nPositional } from "../args.ts";
import { builtinType } from "../types.ts";
import {
  defClassMethod,
  defGetSet,
  defMethod,
  defMethodNoArgs,
  defMethodO,
  defNew,
  defSlot,
} from "../descriptors.ts";
import { PyDict } from "../dict.ts";
import { raiseKeyError } from "../exceptions.ts";
import { reprGuard } from "../list.ts";
import { typeName } from "../core.ts";
import { genericAlias } from "../generic_alias.ts";
import { newModule } from "../object_type.ts";
import { registerBuiltinModule } from "../vm.ts";
import { DEQUE } from "./collections_deque.ts";
import { ODICT } from "./collections_odict.ts";
import { COUNTER } from "./collections_counter.ts";
import { NAMEDTUPLE } from "./collections_namedtuple.ts";

// -- defaultdict (CPython 3.11 Modules/_collectionsmodule.c defdict_*) ------------------

const DEFAULTDICT: PyType = builtinType("defaultdict", T.dict, {
  module: "collections",
  key: "collections.defaultdict",
});

/** A defaultdict: a dict whose `__missing__` calls `factory`. */
export class PyDefaultDict extends PyDict {
  factory: PyObject = None;
}

function dd(x: PyObject): PyDefaultDict {
  if (!(x instanceof PyDefaultDict)) {
    raise(
      "TypeError",
      `descriptor requires a 'collections.defaultdict' object but received a '${typeName(x)}'`,
    );
  }
  return x;
}

defNew(DEFAULTDICT, (cls) => new PyDefaultDict(cls));
defMethod(DEFAULTDICT, "__init__", (x, args, kwnames) => {
  const d = dd(x);
  const npos = nPositional(args, kwnames);
  let rest = args;
  if (npos > 0) {
    const f = args[0];
    if (f !== None && !isCallable(f)) raise("TypeError", "first argument must be callable or None");
    d.factory = f;
    rest = args.slice(1);
  }
  call(T.dict.dict.get("__init__")!, [d, ...rest], kwnames);
  return None;
});
defMethodO(DEFAULTDICT, "__missing__", (x, key) => {
  const d = dd(x);
  if (d.factory === None) raiseKeyError(key);
  const v = call(d.factory, [], null);
  d.set(key, v);
  return v;
});
defGetSet(DEFAULTDICT, "default_factory", (x) => dd(x).factory, (x, v) => {
  dd(x).factory = v ?? None;
});
function ddCopy(x: PyObject): PyObject {
  const d = dd(x);
  return call(typeOf(d), [d.factory, d], null);
}
defMethodNoArgs(DEFAULTDICT, "copy", ddCopy);
defMethodNoArgs(DEFAULTDICT, "__copy__", ddCopy);
defMethodNoArgs(DEFAULTDICT, "__reduce__", (x) => {
  const d = dd(x);
  return new PyTuple([
    typeOf(d),
    d.factory === None ? new PyTuple([]) : new PyTuple([d.factory]),
    None,
    None,
    getIter(new PyList(d.keyList().map((k) => new PyTuple([k, d.get(k)!])))),
  ]);
});
defSlot(DEFAULTDICT, "__repr__", (x) => {
  const d = dd(x);
  const base = callSpecial(T.dict.dict.get("__repr__")!, d) as string;
  const f = d.factory === None ? "None" : reprGuard(d.factory, "...", () => repr(d.factory));
  return `${typeOf(d).name}(${f}, ${base})`;
}, 0);
// defdict_or: the result keeps the left operand's factory.
defSlot(DEFAULTDICT, "__or__", (x, y) => {
  if (!(x instanceof PyDict) || !(y instanceof PyDict)) return NotImplemented;
  const left = x instanceof PyDefaultDict ? x : (y as PyDefaultDict);
  const out = call(typeOf(left), [left.factory, x], null);
  call((out as PyDict).cls.lookup("update")!, [out, y], null);
  return out;
}, 1);
defSlot(DEFAULTDICT, "__ror__", (x, y) => {
  if (!(y instanceof PyDict)) return NotImplemented;
  const d = dd(x);
  const out = call(typeOf(d), [d.factory, y], null);
  call((out as PyDict).cls.lookup("update")!, [out, d], null);
  return out;
}, 1);
defClassMethod(DEFAULTDICT, "__class_getitem__", (cls, args) => genericAlias(cls, args[0]));

// -- The module -------------------------------------------------------------------------

registerBuiltinModule("collections", () => {
  const d = new PyDict();
  d.setStr("__name__", "collections");
  d.setStr("__doc__", None);
  d.setStr("deque", DEQUE);
  d.setStr("defaultdict", DEFAULTDICT);
  d.setStr("namedtuple", NAMEDTUPLE);
  d.setStr("OrderedDict", ODICT);
  d.setStr("Counter", COUNTER);
  d.setStr(
    "__all__",
    new PyList(["Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]),
  );
  return newModule("collections", d);
});
