/**
 * The `collections` module: `deque` (`collections_deque.ts`) and
 * `defaultdict` in TypeScript, as CPython's `_collections` has them in C;
 * `namedtuple`, `OrderedDict` and `Counter` from the Python text of
 * `collections_py.ts`, as CPython's Lib/collections/__init__.py has them.
 *
 * @module
 */
import {
  PyBuiltinFunction,
  PyList,
  type PyObject,
  PyTuple,
  type PyType,
  raise,
  T,
  typeOf,
} from "../object.ts";
import { call, getIter, index, None, NotImplemented, repr, toArray } from "../abstract.ts";
import { PyDictView } from "../dict_views.ts";
import type { DictIterKind } from "../dict_methods.ts";
import { callSpecial } from "../calls.ts";
import { isCallable } from "../builtins.ts";
import { nPositional, positional } from "../args.ts";
import { builtinType } from "../types.ts";
import {
  defClassMethod,
  defGetSet,
  defMethod,
  defMethodNoArgs,
  defMethodO,
  defNew,
  defSlot,
  PyGetSetDescriptor,
} from "../descriptors.ts";
import { PyDict } from "../dict.ts";
import { raiseKeyError } from "../exceptions.ts";
import { reprGuard } from "../list.ts";
import { typeName } from "../core.ts";
import { genericAlias } from "../generic_alias.ts";
import { newModule } from "../object_type.ts";
import { parse } from "../parser.ts";
import { compile } from "../compiler.ts";
import { Frame } from "../frame.ts";
import { runFrame } from "../interp.ts";
import { registerBuiltinModule, type Vm } from "../vm.ts";
import { DEQUE } from "./collections_deque.ts";
import { COLLECTIONS_SOURCE } from "./collections_py.ts";

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
// Lib/collections/__init__.py uses _collections._tuplegetter: a data
// descriptor whose messages differ from property's.
class PyTupleGetter extends PyGetSetDescriptor {
  doc: PyObject = None;
}

const TUPLEGETTER: PyType = builtinType("_tuplegetter", T.object, {
  final: true,
  module: "collections",
  key: "collections._tuplegetter",
});
defGetSet(TUPLEGETTER, "__doc__", (x) => (x as PyTupleGetter).doc);

function tupleGetter(index: number, doc: PyObject): PyGetSetDescriptor {
  const g = new PyTupleGetter(
    T.tuple,
    "",
    (obj) => {
      if (!(obj instanceof PyTuple)) {
        raise(
          "TypeError",
          `descriptor for index '${index}' for tuple subclasses doesn't apply to '${
            typeName(obj)
          }' object`,
        );
      }
      if (index >= obj.items.length) raise("IndexError", "tuple index out of range");
      return obj.items[index];
    },
    (_obj, v) =>
      raise("AttributeError", v === undefined ? "can't delete attribute" : "can't set attribute"),
  );
  g.cls = TUPLEGETTER;
  g.doc = doc;
  return g;
}

// -- OrderedDict's views (CPython 3.11 Objects/odictobject.c odict_keys ...) -----------

const ODICT_VIEWS: PyType[] = ["keys", "values", "items"].map((k) => {
  const t = builtinType(`odict_${k}`, T[`dict_${k}`], {
    final: true,
    module: "collections",
    key: `collections.odict_${k}`,
  });
  defSlot(
    t,
    "__repr__",
    (x) => reprGuard(x, "...", () => `${t.name}([${toArray(x).map((v) => repr(v)).join(", ")}])`),
    0,
  );
  return t;
});

function odictView(d: PyObject, kind: PyObject): PyObject {
  if (!(d instanceof PyDict)) raise("TypeError", "an OrderedDict is required");
  const v = new PyDictView(d, kind as DictIterKind);
  v.cls = ODICT_VIEWS[kind as number];
  return v;
}

defClassMethod(DEFAULTDICT, "__class_getitem__", (cls, args) => genericAlias(cls, args[0]));

// -- The module -------------------------------------------------------------------------

function runSource(vm: Vm, source: string, globals: PyDict): void {
  const filename = "<frozen collections>";
  const code = compile(parse(source, filename), filename);
  const frame = new Frame(null, code, globals, vm.builtins, globals);
  runFrame(vm, frame, null);
}

registerBuiltinModule("collections", (vm) => {
  const d = new PyDict();
  d.setStr("__name__", "collections");
  d.setStr("__doc__", None);
  d.setStr("deque", DEQUE);
  d.setStr("defaultdict", DEFAULTDICT);
  d.setStr(
    "_tuplegetter",
    new PyBuiltinFunction("_tuplegetter", (args, kw) => {
      positional("_tuplegetter", args, kw, 2, 2);
      return tupleGetter(Number(index(args[0])), args[1]);
    }),
  );
  d.setStr(
    "_odict_view",
    new PyBuiltinFunction("_odict_view", (args, kw) => {
      positional("_odict_view", args, kw, 2, 2);
      return odictView(args[0], args[1]);
    }),
  );
  const m = newModule("collections", d);
  runSource(vm, COLLECTIONS_SOURCE, d);
  d.setStr(
    "__all__",
    new PyList(
      [
        "ChainMap",
        "Counter",
        "OrderedDict",
        "UserDict",
        "UserList",
        "UserString",
        "defaultdict",
        "deque",
        "namedtuple",
      ].filter((n) => d.getStr(n) !== undefined),
    ),
  );
  return m;
});
