/**
 * Calling objects (CPython's vectorcall): Python functions go to the
 * interpreter through `hooks.callFunction`; built-ins run their TypeScript
 * `call`; classes run `__new__` then `__init__` (CPython 3.11
 * Objects/typeobject.c `type_call`, `object_new`, `object_init`).
 *
 * Convention: `args` holds the positional arguments and then the values of
 * the keyword arguments named by `kwnames` (null when there are none).
 *
 * @module
 */
import {
  PyBuiltinFunction,
  type PyDict as PyDictShape,
  PyFunction,
  PyHeap,
  PyInstance,
  PyMethod,
  PyMethodDescriptor,
  type PyObject,
  PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import { None } from "./types.ts";
import { isSubtype, typeLookup, typeName } from "./core.ts";
import {
  defMethod,
  defNew,
  PyClassMethodDescriptor,
  PyNewWrapper,
  PySlotWrapper,
  PyStaticMethod,
} from "./descriptors.ts";
import { descrGet } from "./attrs.ts";

/** What the interpreter provides to the object model. */
export interface Hooks {
  /** Calls a Python function (the interpreter binds arguments and runs the frame). */
  callFunction(fn: PyFunction, args: PyObject[], kwnames: readonly string[] | null): PyObject;
  /** Raises RecursionError when the Python call depth exceeds the limit. */
  callDepthCheck(): void;
  /**
   * The number of Python frames running, which CPython counts together with
   * native recursion (`repr` of nested lists, comparisons) against the limit.
   */
  pythonDepth(): number;
  /** `super()` without arguments: the `__class__` cell and first argument of the calling frame. */
  superArgs(): [PyType, PyObject];
  /** `globals()` of the calling frame. */
  globals(): PyDictShape;
  /** `locals()` of the calling frame (a dict snapshot for function frames). */
  locals(): PyObject;
  /** Runs a class body (`__build_class__`) with `ns` as its locals; returns its result (a cell or None). */
  runClassBody(fn: PyFunction, ns: PyDictShape): PyObject;
}

function noInterpreter(what: string): never {
  throw new Error(`Cannot ${what}: no interpreter is installed (set hooks from vm/abstract.ts)`);
}

/** Set by the interpreter at start-up; the defaults fail clearly. */
export const hooks: Hooks = {
  callFunction: () => noInterpreter("call a Python function"),
  callDepthCheck: () => {},
  pythonDepth: () => 0,
  superArgs: () => raise("RuntimeError", "super(): no arguments"),
  globals: () => noInterpreter("read globals()"),
  locals: () => noInterpreter("read locals()"),
  runClassBody: () => noInterpreter("run a class body"),
};

const EMPTY: PyObject[] = [];

/** `fn(*args)`: the generic call. */
export function call(fn: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  if (fn instanceof PyFunction) return hooks.callFunction(fn, args, kwnames);
  if (fn instanceof PyBuiltinFunction) return fn.call(args, kwnames);
  if (fn instanceof PyMethod) return callMethod(fn.func, fn.self, args, kwnames);
  if (fn instanceof PyType) {
    return fn.cls === T.type ? typeCall(fn, args, kwnames) : metaCall(fn, args, kwnames);
  }
  if (fn instanceof PyMethodDescriptor) return callUnbound(fn, args, kwnames);
  if (fn instanceof PyHeap) {
    if (fn instanceof PyStaticMethod) return call(fn.func, args, kwnames);
    if (fn instanceof PyClassMethodDescriptor) {
      const cls = args[0];
      if (!(cls instanceof PyType) || !isSubtype(cls, fn.owner)) {
        raise(
          "TypeError",
          `descriptor '${fn.name}' for type '${fn.owner.name}' needs a type, not a '${
            typeName(cls ?? None)
          }' as arg 2`,
        );
      }
      return fn.call(cls, args.slice(1), kwnames);
    }
  }
  const m = typeLookup(typeOf(fn), "__call__");
  if (m === undefined) raise("TypeError", `'${typeName(fn)}' object is not callable`);
  return callMethod(m, fn, args, kwnames);
}

/** Calls a class whose metaclass may override `__call__` (a singleton pattern, say). */
function metaCall(cls: PyType, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const m = typeLookup(cls.cls, "__call__");
  if (m === undefined || m === T.type.dict.get("__call__")) return typeCall(cls, args, kwnames);
  return callMethod(m, cls, args, kwnames);
}

/** Calls `fn` (found on the type of `self`) with `self` bound first, without making a bound method. */
export function callMethod(
  fn: PyObject,
  self: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
): PyObject {
  if (fn instanceof PyFunction) return hooks.callFunction(fn, prepend(self, args), kwnames);
  if (fn instanceof PyMethodDescriptor) return fn.call(self, args, kwnames);
  return call(descrGet(fn, self, typeOf(self)), args, kwnames);
}

/** `[x, ...args]`. */
export function prepend(x: PyObject, args: PyObject[]): PyObject[] {
  const n = args.length;
  const out = new Array<PyObject>(n + 1);
  out[0] = x;
  for (let i = 0; i < n; i++) out[i + 1] = args[i];
  return out;
}

/** `fn()`. */
export function call0(fn: PyObject): PyObject {
  return call(fn, EMPTY, null);
}

/** `fn(a)`. */
export function call1(fn: PyObject, a: PyObject): PyObject {
  return call(fn, [a], null);
}

/** `type(self).name(self, ...args)` for a special method already looked up. */
export function callSpecial(m: PyObject, self: PyObject, a?: PyObject, b?: PyObject): PyObject {
  if (m instanceof PySlotWrapper) {
    const r = m.fn(self, a as PyObject, b as PyObject);
    if (r === undefined) raise("StopIteration", "");
    return r;
  }
  const args = a === undefined ? EMPTY : b === undefined ? [a] : [a, b];
  return callMethod(m, self, args, null);
}

// CPython 3.11 Objects/descrobject.c: method_vectorcall_* / wrapperdescr_call.
function callUnbound(
  d: PyMethodDescriptor,
  args: PyObject[],
  kwnames: readonly string[] | null,
): PyObject {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  if (npos < 1) {
    if (d.cls === T.wrapper_descriptor) {
      raise("TypeError", `descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
    }
    raise("TypeError", `unbound method ${d.owner.name}.${d.name}() needs an argument`);
  }
  const self = args[0];
  if (!isSubtype(typeOf(self), d.owner)) {
    if (d.cls === T.wrapper_descriptor) {
      raise(
        "TypeError",
        `descriptor '${d.name}' requires a '${d.owner.name}' object but received a '${
          typeName(self)
        }'`,
      );
    }
    raise(
      "TypeError",
      `descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${
        typeName(self)
      }' object`,
    );
  }
  return d.call(self, args.slice(1), kwnames);
}

// -- Calling classes ------------------------------------------------------------------

/** Instantiates `cls`: `cls.__new__(cls, *args)` then `__init__` when it returned an instance of `cls`. */
export function typeCall(
  cls: PyType,
  args: PyObject[],
  kwnames: readonly string[] | null,
): PyObject {
  if (cls === T.type) {
    const npos = kwnames === null ? args.length : args.length - kwnames.length;
    if (npos === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]);
    if (npos !== 3) raise("TypeError", "type() takes 1 or 3 arguments");
  }
  const newFn = typeLookup(cls, "__new__");
  let obj: PyObject;
  if (newFn instanceof PyNewWrapper) obj = newFn.impl(cls, args, kwnames);
  else if (newFn instanceof PyStaticMethod) obj = call(newFn.func, prepend(cls, args), kwnames);
  else obj = call(descrGet(newFn!, undefined, cls), prepend(cls, args), kwnames);
  const ot = typeOf(obj);
  if (!isSubtype(ot, cls)) return obj;
  const init = typeLookup(ot, "__init__");
  if (init === objectInit) {
    if (args.length > 0 && newFn === objectNew) {
      raise("TypeError", `${cls.name}() takes no arguments`);
    }
    return obj;
  }
  const r = callMethod(init!, obj, args, kwnames);
  if (r !== None) raise("TypeError", `__init__() should return None, not '${typeName(r)}'`);
  return obj;
}

/** `object.__new__(cls)`: a bare instance (CPython 3.11 `object_new`). */
export function newInstance(cls: PyType): PyInstance {
  return new PyInstance(cls);
}

const objectNew: PyNewWrapper = defNew(T.object, (cls, args, kwnames) => {
  if (args.length > 0) {
    if (typeLookup(cls, "__new__") !== objectNew) {
      raise("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (typeLookup(cls, "__init__") === objectInit) {
      raise("TypeError", `${cls.name}() takes no arguments`);
    }
  }
  if (cls.builtinBase !== null && cls.builtinBase !== T.object) {
    raise(
      "TypeError",
      `object.__new__(${cls.name}) is not safe, use ${cls.builtinBase.name}.__new__()`,
    );
  }
  void kwnames;
  return new PyInstance(cls);
});

const objectInit: PyMethodDescriptor = defMethod(T.object, "__init__", (self, args) => {
  if (args.length > 0) {
    const tp = typeOf(self);
    if (typeLookup(tp, "__init__") !== objectInit) {
      raise(
        "TypeError",
        "object.__init__() takes exactly one argument (the instance to initialize)",
      );
    }
    if (typeLookup(tp, "__new__") === objectNew) {
      raise(
        "TypeError",
        `${tp.name}.__init__() takes exactly one argument (the instance to initialize)`,
      );
    }
  }
  return None;
});

/** Whether `cls.__init__` is `object.__init__` (for the interpreter's allocation fast path). */
export function hasDefaultInit(cls: PyType): boolean {
  return typeLookup(cls, "__init__") === objectInit;
}

/** Whether `cls.__new__` is `object.__new__`. */
export function hasDefaultNew(cls: PyType): boolean {
  return typeLookup(cls, "__new__") === objectNew;
}
