/**
 * The descriptor and callable classes of the object model that are not in
 * `vm/object.ts`, and the helpers that put methods written in TypeScript into
 * the dicts of built-in types.
 *
 * CPython's built-in types have C slots (`tp_repr`, `nb_add`, `sq_length`);
 * here every slot is a `PySlotWrapper` in the type's dict under its dunder
 * name, holding a direct TypeScript function. The protocols in
 * `vm/abstract.ts` find it with a memoized `typeLookup` and call `fn` with no
 * argument array, and a Python class that overrides the dunder simply shadows
 * it in the MRO.
 *
 * A leaf module (imports `object.ts`, `types.ts`, `core.ts`, `args.ts`), so
 * type modules may call its helpers at load time.
 *
 * @module
 */
import {
  type NativeCall,
  PyBuiltinFunction,
  type PyDict,
  PyHeap,
  PyMethodDescriptor,
  type PyObject,
  PyThrow,
  PyType,
  raise,
  T,
} from "./object.ts";
import { exactlyOne, noArgs } from "./args.ts";

// -- Slot wrappers --------------------------------------------------------------

/** A slot function: `self` and up to two more arguments (`undefined` when absent). */
export type SlotFn = (self: PyObject, a: PyObject, b: PyObject) => PyObject | undefined;

/** Slot kinds that need special treatment by the operator protocols. */
export const enum SlotFlags {
  None = 0,
  /** `sq_concat`/`sq_repeat`: tried only after the numeric protocol fails. */
  Sequence = 1,
}

/**
 * A slot of a built-in type (`int.__add__`, `list.__len__`): CPython's
 * `wrapper_descriptor`. `fn` may return `undefined` only for `__next__`
 * (exhaustion); a Python-level call turns that into `StopIteration`.
 */
export class PySlotWrapper extends PyMethodDescriptor {
  readonly fn: SlotFn;
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly flags: SlotFlags;
  constructor(
    owner: PyType,
    name: string,
    fn: SlotFn,
    minArgs: number,
    maxArgs: number,
    flags: SlotFlags,
  ) {
    super(owner, name, (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) {
        raise("TypeError", `wrapper ${name}() takes no keyword arguments`);
      }
      const n = args.length;
      if (n < minArgs || n > maxArgs) {
        const k = n < minArgs ? minArgs : maxArgs;
        raise(
          "TypeError",
          minArgs === maxArgs
            ? `expected ${k} argument${k === 1 ? "" : "s"}, got ${n}`
            : `expected at ${n < minArgs ? "least" : "most"} ${k} argument${
              k === 1 ? "" : "s"
            }, got ${n}`,
        );
      }
      const r = fn(self, args[0], args[1]);
      if (r === undefined) throw new PyThrow(null, "StopIteration", "");
      return r;
    });
    this.cls = T.wrapper_descriptor;
    this.fn = fn;
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
    this.flags = flags;
  }
}

/** A built-in `__new__` (`int.__new__`): bound to its type, takes the class first. */
export class PyNewWrapper extends PyBuiltinFunction {
  readonly owner: PyType;
  readonly impl: (cls: PyType, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
  constructor(owner: PyType, impl: PyNewWrapper["impl"]) {
    let me: PyNewWrapper | null = null;
    super("__new__", (args, kwnames) => newWrapperCall(me!, args, kwnames), { self: owner });
    me = this;
    this.owner = owner;
    this.impl = impl;
  }
}

// CPython 3.11 Objects/typeobject.c: tp_new_wrapper.
function newWrapperCall(
  w: PyNewWrapper,
  args: PyObject[],
  kwnames: readonly string[] | null,
): PyObject {
  const owner = w.owner.name;
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  if (npos < 1) raise("TypeError", `${owner}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) {
    raise("TypeError", `${owner}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  }
  const sub = cls;
  if (!sub.mro.includes(w.owner)) {
    raise("TypeError", `${owner}.__new__(${sub.name}): ${sub.name} is not a subtype of ${owner}`);
  }
  return w.impl(sub, args.slice(1), kwnames);
}

function typeNameOf(x: PyObject): string {
  switch (typeof x) {
    case "number":
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "string":
      return "str";
  }
  return x.cls.name;
}

/** A class method of a built-in type (`dict.fromkeys`): binds to the class. */
export class PyClassMethodDescriptor extends PyHeap {
  cls: PyType;
  readonly owner: PyType;
  readonly name: string;
  readonly call: (cls: PyType, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
  constructor(owner: PyType, name: string, call: PyClassMethodDescriptor["call"]) {
    super();
    this.cls = T.classmethod_descriptor;
    this.owner = owner;
    this.name = name;
    this.call = call;
  }
}

/**
 * A computed attribute of a built-in type (`type.__name__`, `int.real`,
 * `BaseException.args`): CPython's `getset_descriptor`, always a data
 * descriptor. `set` receives `undefined` for `del`; null means read-only.
 */
export class PyGetSetDescriptor extends PyHeap {
  cls: PyType;
  readonly owner: PyType;
  readonly name: string;
  readonly get: (obj: PyObject) => PyObject;
  readonly set: ((obj: PyObject, value: PyObject | undefined) => void) | null;
  constructor(
    owner: PyType,
    name: string,
    get: PyGetSetDescriptor["get"],
    set: PyGetSetDescriptor["set"],
  ) {
    super();
    this.cls = T.getset_descriptor;
    this.owner = owner;
    this.name = name;
    this.get = get;
    this.set = set;
  }
}

/** A `__slots__` entry: reads and writes `slots[index]` of an instance. */
export class PyMemberDescriptor extends PyHeap {
  cls: PyType;
  readonly owner: PyType;
  readonly name: string;
  readonly index: number;
  constructor(owner: PyType, name: string, index: number) {
    super();
    this.cls = T.member_descriptor;
    this.owner = owner;
    this.name = name;
    this.index = index;
  }
}

// -- Python-level descriptors ----------------------------------------------------

/** `property(fget, fset, fdel, doc)`. `name` comes from `__set_name__`. */
export class PyProperty extends PyHeap {
  cls: PyType;
  fget: PyObject;
  fset: PyObject;
  fdel: PyObject;
  doc: PyObject;
  name: PyObject | null = null;
  constructor(
    fget: PyObject,
    fset: PyObject,
    fdel: PyObject,
    doc: PyObject,
    cls: PyType = T.property,
  ) {
    super();
    this.cls = cls;
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
  }
}

/** `classmethod(f)`. */
export class PyClassMethod extends PyHeap {
  cls: PyType;
  func: PyObject;
  dict: PyDict | null = null;
  constructor(func: PyObject, cls: PyType = T.classmethod) {
    super();
    this.cls = cls;
    this.func = func;
  }
}

/** `staticmethod(f)`. */
export class PyStaticMethod extends PyHeap {
  cls: PyType;
  func: PyObject;
  dict: PyDict | null = null;
  constructor(func: PyObject, cls: PyType = T.staticmethod) {
    super();
    this.cls = cls;
    this.func = func;
  }
}

/** A module: a name and a namespace dict (`module 'm' has no attribute 'z'`). */
export class PyModule extends PyHeap {
  cls: PyType;
  readonly dict: PyDict;
  constructor(dict: PyDict, cls: PyType = T.module) {
    super();
    this.cls = cls;
    this.dict = dict;
  }
}

/**
 * The base of every iterator written in TypeScript. `next()` returns
 * `undefined` when exhausted, so loops never throw `StopIteration`.
 * `iterNext` calls it directly; the `__next__` slot wraps it for Python.
 */
export abstract class PyIter extends PyHeap {
  abstract next(): PyObject | undefined;
}

// -- Installing methods into built-in types --------------------------------------

/** Puts `value` into the dict of a built-in type. */
export function define(tp: PyType, name: string, value: PyObject): void {
  tp.dict.set(name, value);
}

/** A method taking `(self, args, kwnames)`: CPython's `METH_FASTCALL | METH_KEYWORDS`. */
export function defMethod(
  tp: PyType,
  name: string,
  call: PyMethodDescriptor["call"],
): PyMethodDescriptor {
  const d = new PyMethodDescriptor(tp, name, call);
  // CPython's tp_init and tp_call are slots: `<slot wrapper '__init__' of 'object' objects>`.
  if (name === "__init__" || name === "__call__") d.cls = T.wrapper_descriptor;
  tp.dict.set(name, d);
  return d;
}

/** A `METH_O` method: "list.append() takes exactly one argument (2 given)". */
export function defMethodO(
  tp: PyType,
  name: string,
  fn: (self: PyObject, x: PyObject) => PyObject,
): void {
  const qual = `${tp.name}.${name}`;
  defMethod(tp, name, (self, args, kwnames) => fn(self, exactlyOne(qual, args, kwnames)));
}

/** A `METH_NOARGS` method: "list.clear() takes no arguments (1 given)". */
export function defMethodNoArgs(tp: PyType, name: string, fn: (self: PyObject) => PyObject): void {
  const qual = `${tp.name}.${name}`;
  defMethod(tp, name, (self, args, kwnames) => {
    noArgs(qual, args, kwnames);
    return fn(self);
  });
}

/** A slot (`__add__`, `__len__`, ...) taking `min`..`max` arguments after `self`. */
export function defSlot(
  tp: PyType,
  name: string,
  fn: SlotFn,
  min: number,
  max: number = min,
  flags: SlotFlags = SlotFlags.None,
): PySlotWrapper {
  const w = new PySlotWrapper(tp, name, fn, min, max, flags);
  tp.dict.set(name, w);
  return w;
}

/** A computed attribute. */
export function defGetSet(
  tp: PyType,
  name: string,
  get: PyGetSetDescriptor["get"],
  set: PyGetSetDescriptor["set"] = null,
): void {
  tp.dict.set(name, new PyGetSetDescriptor(tp, name, get, set));
}

/** A class method of a built-in type. */
export function defClassMethod(
  tp: PyType,
  name: string,
  call: PyClassMethodDescriptor["call"],
): void {
  tp.dict.set(name, new PyClassMethodDescriptor(tp, name, call));
}

/** A static method of a built-in type (`str.maketrans`). */
export function defStatic(tp: PyType, name: string, call: NativeCall): void {
  tp.dict.set(
    name,
    new PyBuiltinFunction(name, call, { qualname: `${tp.name}.${name}`, self: tp }),
  );
}

/** The `__new__` of a built-in type. */
export function defNew(tp: PyType, impl: PyNewWrapper["impl"]): PyNewWrapper {
  const w = new PyNewWrapper(tp, impl);
  tp.dict.set("__new__", w);
  return w;
}
