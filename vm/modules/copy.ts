/**
 * The `copy` module (CPython 3.11 Lib/copy.py): `copy`, `deepcopy` with its
 * memo dict keyed by `id()`, `__copy__`/`__deepcopy__`, and `_reconstruct`
 * of a reduce value. This VM has no pickle machinery, so the value
 * `object.__reduce_ex__(4)` would give (copyreg.__newobj__, the state of
 * `__dict__` and `__slots__`, list and dict items) is built here directly;
 * a class that defines its own `__reduce_ex__`/`__reduce__` is honoured.
 *
 * @module
 */
import {
  PyBuiltinFunction,
  PyInstance,
  PyList,
  type PyObject,
  PyTuple,
  PyType,
  raise,
  T,
  typeOf,
} from "../object.ts";
import {
  call,
  getAttr,
  getAttrOrUndefined,
  getIter,
  isTrue,
  iterNext,
  None,
  setAttr,
  setItem,
  toArray,
} from "../abstract.ts";
import { bindPy } from "./pyargs.ts";
import { idOf, isSubtype, typeLookup, typeName } from "../core.ts";
import { newModule } from "../object_type.ts";
import { PyDict } from "../dict.ts";
import { builtinType } from "../types.ts";
import { registerBuiltinModule } from "../vm.ts";

// Lib/copy.py _copy_immutable / _deepcopy_atomic.
const ATOMIC_NAMES = [
  "NoneType",
  "ellipsis",
  "NotImplementedType",
  "int",
  "float",
  "bool",
  "complex",
  "bytes",
  "str",
  "code",
  "type",
  "range",
  "builtin_function_or_method",
  "function",
  "property",
];
const SHALLOW_EXTRA = ["tuple", "frozenset", "slice"];

function isIn(cls: PyType, names: readonly string[]): boolean {
  for (const n of names) if (T[n] === cls) return true;
  return false;
}

/** The pieces of a reduce value (Lib/copy.py `_reconstruct`'s parameters). */
interface Reduced {
  func: PyObject;
  args: PyObject[];
  state: PyObject;
  listiter: PyObject;
  dictiter: PyObject;
}

function reduce(x: PyObject, cls: PyType): Reduced {
  const objReduceEx = T.object.dict.get("__reduce_ex__");
  const objReduce = T.object.dict.get("__reduce__");
  let rv: PyObject | undefined;
  if (typeLookup(cls, "__reduce_ex__") !== objReduceEx) {
    rv = call(getAttr(x, "__reduce_ex__"), [4], null);
  } else if (typeLookup(cls, "__reduce__") !== objReduce) {
    rv = call(getAttr(x, "__reduce__"), [], null);
  }
  if (rv !== undefined) {
    if (typeof rv === "string") {
      return { func: None, args: [], state: None, listiter: None, dictiter: None };
    }
    if (!(rv instanceof PyTuple)) raise("TypeError", "__reduce__ must return a string or tuple");
    const it = rv.items;
    return {
      func: it[0],
      args: toArray(it[1] ?? new PyTuple([])),
      state: it[2] ?? None,
      listiter: it[3] ?? None,
      dictiter: it[4] ?? None,
    };
  }
  return defaultReduce(x, cls);
}

// copyreg.__reduce_ex__ for protocol 4: cls.__new__(cls, *x.__getnewargs__()),
// then the state (object.__getstate__), then list or dict items.
function defaultReduce(x: PyObject, cls: PyType): Reduced {
  if (cls.builtinBase === T.set || cls.builtinBase === T.frozenset) {
    // set.__reduce__: (type(x), (list(x),), getstate)
    return {
      func: cls,
      args: [new PyList(toArray(x))],
      state: stateOf(x),
      listiter: None,
      dictiter: None,
    };
  }
  const getnewargs = getAttrOrUndefined(x, "__getnewargs__");
  const newargs = getnewargs === undefined ? [] : toArray(call(getnewargs, [], null));
  const newFn = getAttr(cls, "__new__");
  const func = new PyBuiltinFunction("__newobj__", (args) => call(newFn, args, null));
  return {
    func,
    args: [cls, ...newargs],
    state: stateOf(x),
    listiter: isSubtype(cls, T.list) ? getIter(x) : None,
    dictiter: isSubtype(cls, T.dict) ? getIter(call(getAttr(x, "items"), [], null)) : None,
  };
}

// object.__getstate__ (3.11): the instance dict, paired with the slot values
// when the class has __slots__; None when both are empty.
function stateOf(x: PyObject): PyObject {
  const cls = typeOf(x);
  const custom = typeLookup(cls, "__getstate__");
  if (custom !== T.object.dict.get("__getstate__")) {
    return call(getAttr(x, "__getstate__"), [], null);
  }
  let dict: PyObject = None;
  if (cls.hasInstanceDict) {
    const d = getAttrOrUndefined(x, "__dict__");
    if (d instanceof PyDict && d.size > 0) dict = d;
  }
  if (x instanceof PyInstance && x.slots !== null && cls.slotNames !== null) {
    const slots = new PyDict();
    cls.slotNames.forEach((name, i) => {
      const v = x.slots![i];
      if (v !== undefined && name !== "__dict__" && name !== "__weakref__") slots.setStr(name, v);
    });
    if (slots.size > 0) return new PyTuple([dict, slots]);
  }
  return dict;
}

function reconstruct(x: PyObject, memo: PyDict | null, r: Reduced): PyObject {
  const deep = memo !== null;
  let args = r.args;
  if (deep && args.length > 0) args = (deepcopy(new PyTuple(args), memo) as PyTuple).items.slice();
  const y = call(r.func, args, null);
  if (deep) memo.set(idOf(x), y);
  let state = r.state;
  if (state !== None) {
    if (deep) state = deepcopy(state, memo);
    const setstate = getAttrOrUndefined(y, "__setstate__");
    if (setstate !== undefined) call(setstate, [state], null);
    else {
      let slotstate: PyObject = None;
      if (state instanceof PyTuple && state.items.length === 2) [state, slotstate] = state.items;
      if (state !== None && isTrue(state)) {
        const d = getAttr(y, "__dict__");
        call(getAttr(d, "update"), [state], null);
      }
      if (slotstate !== None && isTrue(slotstate)) {
        const items = toArray(call(getAttr(slotstate, "items"), [], null));
        for (const kv of items) {
          const [k, v] = (kv as PyTuple).items;
          setAttr(y, k as string, v);
        }
      }
    }
  }
  if (r.listiter !== None) {
    const it = getIter(r.listiter);
    const append = getAttr(y, "append");
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
      call(append, [deep ? deepcopy(v, memo) : v], null);
    }
  }
  if (r.dictiter !== None) {
    const it = getIter(r.dictiter);
    for (let kv = iterNext(it); kv !== undefined; kv = iterNext(it)) {
      let [k, v] = toArray(kv);
      if (deep) {
        k = deepcopy(k, memo);
        v = deepcopy(v, memo);
      }
      setItem(y, k, v);
    }
  }
  return y;
}

/** `copy.copy(x)`. */
export function shallowCopy(x: PyObject): PyObject {
  const cls = typeOf(x);
  if (isIn(cls, ATOMIC_NAMES) || isIn(cls, SHALLOW_EXTRA)) return x;
  if (cls === T.list) return new PyList((x as PyList).items.slice());
  if (cls === T.dict || cls === T.set || cls === T.bytearray) {
    return call(getAttr(x, "copy"), [], null);
  }
  if (isSubtype(cls, T.type)) return x;
  const copier = typeLookup(cls, "__copy__");
  if (copier !== undefined) return call(getAttr(x, "__copy__"), [], null);
  return reconstruct(x, null, reduce(x, cls));
}

/** `copy.deepcopy(x, memo)`. */
export function deepcopy(x: PyObject, memo: PyDict): PyObject {
  const d = idOf(x);
  const have = memo.get(d);
  if (have !== undefined) return have;
  const cls = typeOf(x);
  let y: PyObject;
  if (isIn(cls, ATOMIC_NAMES) || isSubtype(cls, T.type)) y = x;
  else if (cls === T.list) {
    const out = new PyList([]);
    memo.set(d, out);
    for (const a of (x as PyList).items) out.items.push(deepcopy(a, memo));
    y = out;
  } else if (cls === T.tuple) {
    const src = (x as PyTuple).items;
    const items = src.map((a) => deepcopy(a, memo));
    // A cycle through this tuple may already have produced its copy.
    const again = memo.get(d);
    if (again !== undefined) return again;
    y = items.every((v, i) => v === src[i]) ? x : new PyTuple(items);
  } else if (cls === T.dict) {
    const out = new PyDict();
    memo.set(d, out);
    (x as PyDict).forEach((k, v) => out.set(deepcopy(k, memo), deepcopy(v, memo)));
    y = out;
  } else {
    const copier = getAttrOrUndefined(x, "__deepcopy__");
    if (copier !== undefined && !(x instanceof PyType)) y = call(copier, [memo], null);
    else y = reconstruct(x, memo, reduce(x, cls));
  }
  if (y !== x) {
    memo.set(d, y);
    keepAlive(x, memo);
  }
  return y;
}

// Lib/copy.py _keep_alive: the memo holds the originals so their ids stay unique.
function keepAlive(x: PyObject, memo: PyDict): void {
  const k = idOf(memo);
  const l = memo.get(k);
  if (l instanceof PyList) l.items.push(x);
  else memo.set(k, new PyList([x]));
}

const ERROR = builtinType("Error", T.Exception, {
  module: "copy",
  key: "copy.Error",
  instanceDict: true,
});

registerBuiltinModule("copy", () => {
  const d = new PyDict();
  d.setStr("Error", ERROR);
  d.setStr("error", ERROR);
  d.setStr(
    "copy",
    new PyBuiltinFunction("copy", (args, kw) => {
      const a = bindPy("copy", ["x"], 1, args, kw);
      return shallowCopy(a[0]!);
    }),
  );
  d.setStr(
    "deepcopy",
    new PyBuiltinFunction("deepcopy", (args, kw) => {
      const a = bindPy("deepcopy", ["x", "memo", "_nil"], 1, args, kw);
      let memo = a[1] ?? None;
      if (memo === None) memo = new PyDict();
      if (!(memo instanceof PyDict)) {
        raise("TypeError", `'${typeName(memo)}' object is not a mapping`);
      }
      return deepcopy(a[0]!, memo);
    }),
  );
  d.setStr("__all__", new PyList(["Error", "copy", "deepcopy"]));
  return newModule("copy", d);
});
