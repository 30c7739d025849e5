/**
 * The methods of `object` and `type` (CPython 3.11 Objects/typeobject.c):
 * default repr/str/hash/comparison, `__class__` assignment, `__format__`,
 * `__init_subclass__`, `dir()`, and the attributes of classes (`__name__`,
 * `__qualname__`, `__module__`, `__mro__`, `__bases__`, `__dict__`, ...).
 *
 * @module
 */
import { PyList, type PyObject, PyTuple, PyType, raise, T, typeOf } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { addressOf, strOf, typeLookup, typeName } from "./core.ts";
import {
  defClassMethod,
  defGetSet,
  defMethod,
  defMethodNoArgs,
  defMethodO,
  defSlot,
  PyModule,
} from "./descriptors.ts";
import { positional } from "./args.ts";
import { call, callSpecial, typeCall } from "./calls.ts";
import { identityHash, realIsInstance, realIsSubclass, repr, toArray } from "./abstract.ts";
import { instanceStore, objectDict, typeSetAttr } from "./attrs.ts";
import { computeMro, setBases, subclassesOf } from "./classes.ts";
import { PyDict } from "./dict.ts";
import { PyMappingProxy } from "./mappingproxy.ts";
import { unionOf } from "./generic_alias.ts";
import { sortList } from "./list.ts";

const O = T.object;

/** `<__main__.C object at 0x...>` (CPython 3.11 `object_repr`). */
export function defaultRepr(x: PyObject): string {
  const t = typeOf(x);
  const mod = t.module;
  const name = mod !== "builtins" ? `${mod}.${t.qualname}` : t.qualname;
  return `<${name} object at ${addressOf(x)}>`;
}

defSlot(O, "__repr__", (x) => defaultRepr(x), 0);
defSlot(O, "__str__", (x) => repr(x), 0);
defSlot(O, "__hash__", (x) => identityHash(x), 0);
defSlot(O, "__eq__", (a, b) => (a === b ? true : NotImplemented), 1);
defSlot(O, "__ne__", (a, b) => {
  // CPython 3.11 object_richcompare: the inverse of __eq__ unless NotImplemented.
  const f = typeLookup(typeOf(a), "__eq__");
  if (f === undefined || f === None) return NotImplemented;
  const r = callSpecial(f, a, b);
  if (r === NotImplemented) return r;
  return !(r === true || (r !== false && isTrueish(r)));
}, 1);
for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) {
  defSlot(O, name, () => NotImplemented, 1);
}
defClassMethod(O, "__init_subclass__", (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", `${cls.name}.__init_subclass__() takes no keyword arguments`);
  }
  if (args.length > 0) {
    raise("TypeError", `${cls.name}.__init_subclass__() takes no arguments (${args.length} given)`);
  }
  return None;
});
defClassMethod(O, "__subclasshook__", () => NotImplemented);
defMethod(O, "__format__", (x, args, kwnames) => {
  positional("__format__", args, kwnames, 1, 1);
  const spec = strOf(args[0]);
  if (spec === undefined) {
    raise("TypeError", `__format__() argument must be str, not ${typeName(args[0])}`);
  }
  if (spec !== "") {
    raise("TypeError", `unsupported format string passed to ${typeName(x)}.__format__`);
  }
  return callSpecial(typeLookup(typeOf(x), "__str__")!, x);
});
defGetSet(O, "__class__", (x) => typeOf(x), (x, v) => {
  if (v === undefined) raise("TypeError", "can't delete __class__ attribute");
  if (!(v instanceof PyType)) {
    raise("TypeError", `__class__ must be set to a class, not '${typeName(v)}' object`);
  }
  const old = typeOf(x);
  if (old.isBuiltin || v.isBuiltin) {
    raise(
      "TypeError",
      "__class__ assignment only supported for mutable types or ModuleType subclasses",
    );
  }
  if (
    old.builtinBase !== v.builtinBase || String(old.slotNames) !== String(v.slotNames) ||
    old.hasInstanceDict !== v.hasInstanceDict
  ) {
    raise(
      "TypeError",
      `__class__ assignment: '${v.name}' object layout differs from '${old.name}'`,
    );
  }
  (x as { cls: PyType }).cls = v;
  const store = instanceStore(x, false);
  if (store !== null) store.cls = v;
});
defMethodNoArgs(O, "__dir__", (x) => new PyList(objectDirNames(x)));
defMethodNoArgs(O, "__sizeof__", () => 16);
defMethod(O, "__reduce_ex__", () => raise("TypeError", "cannot pickle objects in this VM"));
defMethod(O, "__reduce__", () => raise("TypeError", "cannot pickle objects in this VM"));
defMethodNoArgs(O, "__getstate__", (x) => objectDict(x) ?? None);
O.dict.set("__doc__", "The base class of the class hierarchy.");

function isTrueish(r: PyObject): boolean {
  return r !== false && r !== None && r !== 0 && r !== "";
}

// -- dir() ---------------------------------------------------------------------------------------

// CPython 3.11 merge_class_dict: the class's names, then its bases', recursively.
function mergeClassDict(names: Set<string>, t: PyType): void {
  for (const k of t.dict.keys()) names.add(k);
  for (const b of t.bases) mergeClassDict(names, b);
}

function objectDirNames(x: PyObject): PyObject[] {
  const names = new Set<string>();
  const d = x instanceof PyType ? undefined : safeDict(x);
  d?.forEach((k) => {
    if (typeof k === "string") names.add(k);
  });
  mergeClassDict(names, typeOf(x));
  return [...names];
}

function safeDict(x: PyObject): PyDict | undefined {
  try {
    return objectDict(x);
  } catch {
    return undefined;
  }
}

/** `dir(obj)`: `__dir__()`, sorted (the names an AttributeError suggestion chooses from). */
export function dirOf(x: PyObject): string[] {
  const f = typeLookup(typeOf(x), "__dir__");
  const items = f === undefined ? objectDirNames(x) : toArray(callSpecial(f, x));
  const list = items.slice();
  sortList(list, null, false);
  return list.map((v) => strOf(v) ?? repr(v));
}

// -- type ----------------------------------------------------------------------------------------

const TY = T.type;

function selfType(x: PyObject): PyType {
  return x as PyType;
}

defSlot(TY, "__repr__", (x) => {
  const t = selfType(x);
  const mod = t.module;
  return mod !== "builtins" ? `<class '${mod}.${t.qualname}'>` : `<class '${t.qualname}'>`;
}, 0);
defMethod(TY, "__call__", (x, args, kwnames) => typeCall(selfType(x), args, kwnames));
defMethod(TY, "__init__", (_x, args, kwnames) => {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  if (npos !== 1 && npos !== 3) raise("TypeError", "type.__init__() takes 1 or 3 arguments");
  return None;
});
defGetSet(TY, "__name__", (x) => selfType(x).name, (x, v) => {
  const t = selfType(x);
  if (t.isBuiltin) {
    raise("TypeError", `cannot set '__name__' attribute of immutable type '${t.name}'`);
  }
  const s = v === undefined ? undefined : strOf(v);
  if (s === undefined) {
    raise(
      "TypeError",
      `can only assign string to ${t.name}.__name__, not '${
        v === undefined ? "NoneType" : typeName(v)
      }'`,
    );
  }
  t.name = s;
  t.touch();
});
defGetSet(TY, "__qualname__", (x) => selfType(x).qualname, (x, v) => {
  const t = selfType(x);
  if (t.isBuiltin) {
    raise("TypeError", `cannot set '__qualname__' attribute of immutable type '${t.name}'`);
  }
  const s = v === undefined ? undefined : strOf(v);
  if (s === undefined) {
    raise(
      "TypeError",
      `can only assign string to ${t.name}.__qualname__, not '${
        v === undefined ? "NoneType" : typeName(v)
      }'`,
    );
  }
  t.qualname = s;
  t.touch();
});
defGetSet(TY, "__module__", (x) => {
  const t = selfType(x);
  return t.isBuiltin ? t.module : (t.dict.get("__module__") ?? t.module);
}, (x, v) => {
  const t = selfType(x);
  if (t.isBuiltin) {
    raise("TypeError", `cannot set '__module__' attribute of immutable type '${t.name}'`);
  }
  if (v === undefined) raise("TypeError", "cannot delete '__module__' attribute");
  t.dict.set("__module__", v);
  if (typeof v === "string") t.module = v;
  t.touch();
});
defGetSet(TY, "__doc__", (x) => {
  const t = selfType(x);
  const d = t.dict.get("__doc__");
  return d === undefined ? None : d;
}, (x, v) => typeSetAttr(selfType(x), "__doc__", v ?? None));
defGetSet(TY, "__dict__", (x) => new PyMappingProxy(selfType(x).dict));
defGetSet(TY, "__mro__", (x) => new PyTuple(selfType(x).mro.slice()));
defGetSet(
  TY,
  "__bases__",
  (x) => new PyTuple(selfType(x).bases.slice()),
  (x, v) => setBases(selfType(x), v),
);
defGetSet(TY, "__base__", (x) => {
  const b = selfType(x).bases;
  return b.length === 0 ? None : b[0];
});
defMethodNoArgs(TY, "mro", (x) => new PyList(computeMro(selfType(x), selfType(x).bases)));
defMethodNoArgs(TY, "__subclasses__", (x) => new PyList(subclassesOf(selfType(x))));
defMethodO(TY, "__instancecheck__", (x, o) => realIsInstance(o, x));
defMethodO(TY, "__subclasscheck__", (x, o) => realIsSubclass(o, x));
defSlot(TY, "__or__", (a, b) => unionOf(a, b), 1);
defSlot(TY, "__ror__", (a, b) => unionOf(b, a), 1);
defMethodNoArgs(TY, "__dir__", (x) => {
  const names = new Set<string>();
  mergeClassDict(names, selfType(x));
  return new PyList([...names]);
});

// -- module ----------------------------------------------------------------------------------------------

const MOD = T.module;
defSlot(MOD, "__repr__", (x) => {
  const d = (x as PyModule).dict as PyDict;
  const name = d.getStr("__name__");
  const file = d.getStr("__file__");
  const n = name === undefined ? "?" : repr(name);
  return file === undefined || file === None
    ? `<module ${n} (built-in)>`
    : `<module ${n} from ${repr(file)}>`;
}, 0);
defGetSet(MOD, "__dict__", (x) => (x as PyModule).dict as PyDict);
defMethodNoArgs(MOD, "__dir__", (x) => {
  const d = (x as PyModule).dict as PyDict;
  const custom = d.getStr("__dir__");
  if (custom !== undefined) return call(custom, [], null);
  return new PyList(d.keyList());
});
defMethod(MOD, "__init__", (x, args, kwnames) => {
  positional("module", args, kwnames, 1, 2);
  const d = (x as PyModule).dict as PyDict;
  d.setStr("__name__", args[0]);
  d.setStr("__doc__", args.length > 1 ? args[1] : None);
  return None;
});

/** A new module object named `name` (its dict gets `__name__` and `__doc__`). */
export function newModule(name: string, dict: PyDict = new PyDict()): PyModule {
  if (dict.getStr("__name__") === undefined) dict.setStr("__name__", name);
  if (dict.getStr("__doc__") === undefined) dict.setStr("__doc__", None);
  return new PyModule(dict);
}
