/**
 * The methods of the callable and descriptor types: functions, bound
 * methods, built-in functions and method descriptors, `property`,
 * `classmethod`, `staticmethod`, the slot and member descriptors, cells,
 * and the singletons' types (CPython 3.11 Objects/funcobject.c,
 * classobject.c, descrobject.c, methodobject.c, cellobject.c).
 *
 * @module
 */
import {
  PyBuiltinFunction,
  PyCell,
  type PyFunction,
  PyMethod,
  type PyMethodDescriptor,
  type PyObject,
  type PySingleton,
  PyTuple,
  type PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import { Ellipsis, None, NotImplemented } from "./types.ts";
import { addressOf, idOf, isSubtype, typeName } from "./core.ts";
import {
  defGetSet,
  defMethod,
  defNew,
  defSlot,
  PyClassMethod,
  type PyClassMethodDescriptor,
  PyGetSetDescriptor,
  type PyMemberDescriptor,
  PyProperty,
  PyStaticMethod,
} from "./descriptors.ts";
import { parseArgs, positional, Signature } from "./args.ts";
import { call } from "./calls.ts";
import { eq, getAttrOrUndefined, hash, identityHash, repr } from "./abstract.ts";
import { bindNative, descrGet, getAttr, propertyGet } from "./attrs.ts";
import { PyDict } from "./dict.ts";
import { PyCode } from "./abstract.ts";
import { pointerHash } from "./hash.ts";
import { intXor } from "./int.ts";

function defFormatless(tp: PyType, f: (x: PyObject) => string): void {
  defSlot(tp, "__repr__", (x) => f(x), 0);
}

// -- function ------------------------------------------------------------------------------------

const FN = T.function;
function fn(x: PyObject): PyFunction {
  return x as PyFunction;
}
defFormatless(FN, (x) => `<function ${fn(x).qualname} at ${addressOf(x)}>`);
defSlot(
  FN,
  "__get__",
  (x, obj) => (obj === None || obj === undefined ? x : new PyMethod(x, obj)),
  1,
  2,
);
defMethod(FN, "__call__", (x, args, kwnames) => call(x, args, kwnames));
defGetSet(FN, "__name__", (x) => fn(x).name, (x, v) => {
  if (typeof v !== "string") raise("TypeError", "__name__ must be set to a string object");
  fn(x).name = v;
});
defGetSet(FN, "__qualname__", (x) => fn(x).qualname, (x, v) => {
  if (typeof v !== "string") raise("TypeError", "__qualname__ must be set to a string object");
  fn(x).qualname = v;
});
defGetSet(FN, "__module__", (x) => fn(x).module, (x, v) => {
  fn(x).module = v ?? None;
});
defGetSet(FN, "__doc__", (x) => fn(x).doc, (x, v) => {
  fn(x).doc = v ?? None;
});
defGetSet(
  FN,
  "__defaults__",
  (x) => (fn(x).defaults === null ? None : new PyTuple(fn(x).defaults!.slice())),
  (x, v) => {
    if (v === undefined || v === None) fn(x).defaults = null;
    else if (v instanceof PyTuple) fn(x).defaults = v.items;
    else raise("TypeError", "__defaults__ must be set to a tuple object");
  },
);
defGetSet(FN, "__kwdefaults__", (x) => fn(x).kwdefaults ?? None, (x, v) => {
  if (v === undefined || v === None) fn(x).kwdefaults = null;
  else if (v instanceof PyDict) fn(x).kwdefaults = v;
  else raise("TypeError", "__kwdefaults__ must be set to a dict object");
});
// CPython 3.11 func_set_code. Callers key their caches on the code object
// (frames on per-code info, CALL specializations on `fn.code` identity), so
// swapping it is all a replacement needs.
defGetSet(FN, "__code__", (x) => new PyCode(fn(x).code), (x, v) => {
  if (!(v instanceof PyCode)) raise("TypeError", "__code__ must be set to a code object");
  const f = fn(x);
  const nfree = v.code.co_freevars.length;
  const nclosure = f.closure === null ? 0 : f.closure.length;
  if (nfree !== nclosure) {
    raise(
      "ValueError",
      `${f.name}() requires a code object with ${nclosure} free vars, not ${nfree}`,
    );
  }
  f.code = v.code;
});
defGetSet(FN, "__globals__", (x) => fn(x).globals as PyDict);
defGetSet(
  FN,
  "__closure__",
  (x) => (fn(x).closure === null ? None : new PyTuple(fn(x).closure!.slice())),
);
defGetSet(FN, "__annotations__", (x) => (fn(x).annotations ??= new PyDict()), (x, v) => {
  if (v === undefined || v === None) fn(x).annotations = null;
  else if (v instanceof PyDict) fn(x).annotations = v;
  else raise("TypeError", "__annotations__ must be set to a dict object");
});
defGetSet(FN, "__dict__", (x) => (fn(x).dict ??= new PyDict()), (x, v) => {
  if (!(v instanceof PyDict)) raise("TypeError", "__dict__ must be set to a dictionary");
  fn(x).dict = v;
});

// -- method (bound) ---------------------------------------------------------------------------------

const ME = T.method;
function meth(x: PyObject): PyMethod {
  return x as PyMethod;
}
defFormatless(ME, (x) => {
  const m = meth(x);
  const q = getAttrOrUndefined(m.func, "__qualname__") ?? getAttrOrUndefined(m.func, "__name__") ??
    "?";
  return `<bound method ${typeof q === "string" ? q : "?"} of ${repr(m.self)}>`;
});
defMethod(ME, "__call__", (x, args, kwnames) => call(x, args, kwnames));
defSlot(ME, "__get__", (x) => x, 1, 2);
defGetSet(ME, "__func__", (x) => meth(x).func);
defGetSet(ME, "__self__", (x) => meth(x).self);
defSlot(ME, "__eq__", (a, b) => {
  if (!(b instanceof PyMethod)) return NotImplemented;
  return meth(a).func === b.func && meth(a).self === b.self;
}, 1);
defSlot(ME, "__ne__", (a, b) => {
  if (!(b instanceof PyMethod)) return NotImplemented;
  return !(meth(a).func === b.func && meth(a).self === b.self);
}, 1);
defSlot(ME, "__hash__", (x) => intXor(identityHash(meth(x).self), hash(meth(x).func)), 0);
// Other attributes come from the function (`m.__name__`, `m.__doc__`).
defSlot(ME, "__getattribute__", (x, n) => {
  const name = n as string;
  const own = ME.dict.get(name);
  if (own !== undefined && own instanceof PyGetSetDescriptor) return own.get(x);
  if (own !== undefined && name !== "__doc__") return descrGet(own, x, ME);
  return getAttr(meth(x).func, name);
}, 1);

// -- built-in functions and methods -----------------------------------------------------------------

const BF = T.builtin_function_or_method;
function bf(x: PyObject): PyBuiltinFunction {
  return x as PyBuiltinFunction;
}
defFormatless(BF, (x) => {
  const f = bf(x);
  if (f.self === undefined || f.self === None) return `<built-in function ${f.name}>`;
  const s = f.self;
  if (typeOf(s) === T.type) return `<built-in method ${f.name} of type object at ${addressOf(s)}>`;
  return `<built-in method ${f.name} of ${typeName(s)} object at ${addressOf(s)}>`;
});
defMethod(BF, "__call__", (x, args, kwnames) => bf(x).call(args, kwnames));
defGetSet(BF, "__name__", (x) => bf(x).name);
defGetSet(BF, "__qualname__", (x) => bf(x).qualname);
defGetSet(BF, "__self__", (x) => bf(x).self ?? None);
defGetSet(BF, "__module__", (x) => (bf(x).self === undefined ? "builtins" : None));
defGetSet(BF, "__doc__", () => None);
defSlot(BF, "__eq__", (a, b) => {
  if (!(b instanceof PyBuiltinFunction)) return NotImplemented;
  if (a === b) return true;
  return bf(a).self !== undefined && bf(a).self === b.self && bf(a).name === b.name;
}, 1);
defSlot(BF, "__hash__", (x) => (bf(x).self === undefined ? identityHash(x) : hash(bf(x).name)), 0);

const MW = T.method_wrapper;
defFormatless(
  MW,
  (x) =>
    `<method-wrapper '${bf(x).name}' of ${typeName(bf(x).self!)} object at ${
      addressOf(bf(x).self!)
    }>`,
);
defMethod(MW, "__call__", (x, args, kwnames) => bf(x).call(args, kwnames));
defGetSet(MW, "__name__", (x) => bf(x).name);
defGetSet(MW, "__self__", (x) => bf(x).self ?? None);

// -- descriptors of built-in types -----------------------------------------------------------------------

for (const tp of [T.method_descriptor, T.wrapper_descriptor]) {
  const slot = tp === T.wrapper_descriptor;
  defFormatless(tp, (x) => {
    const d = x as PyMethodDescriptor;
    return slot
      ? `<slot wrapper '${d.name}' of '${d.owner.name}' objects>`
      : `<method '${d.name}' of '${d.owner.name}' objects>`;
  });
  defSlot(
    tp,
    "__get__",
    (x, obj, type) => {
      const d = x as PyMethodDescriptor;
      if (obj === None || obj === undefined) return x;
      if (!isSubtype(typeOf(obj), d.owner)) {
        raise(
          "TypeError",
          `descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${
            typeName(obj)
          }' object`,
        );
      }
      void type;
      return bindNative(d, obj);
    },
    1,
    2,
  );
  defMethod(tp, "__call__", (x, args, kwnames) => call(x, args, kwnames));
  defGetSet(tp, "__name__", (x) => (x as PyMethodDescriptor).name);
  defGetSet(
    tp,
    "__qualname__",
    (x) => `${(x as PyMethodDescriptor).owner.name}.${(x as PyMethodDescriptor).name}`,
  );
  defGetSet(tp, "__objclass__", (x) => (x as PyMethodDescriptor).owner);
  defGetSet(tp, "__doc__", () => None);
}

defFormatless(T.classmethod_descriptor, (x) => {
  const d = x as PyClassMethodDescriptor;
  return `<method '${d.name}' of '${d.owner.name}' objects>`;
});
defSlot(
  T.classmethod_descriptor,
  "__get__",
  (x, obj, type) => {
    const owner = type !== undefined && type !== None ? type as PyType : typeOf(obj);
    return descrGet(x, undefined, owner);
  },
  1,
  2,
);

defFormatless(T.getset_descriptor, (x) => {
  const d = x as PyGetSetDescriptor;
  return `<attribute '${d.name}' of '${d.owner.name}' objects>`;
});
defFormatless(T.member_descriptor, (x) => {
  const d = x as PyMemberDescriptor;
  return `<member '${d.name}' of '${d.owner.name}' objects>`;
});
for (const tp of [T.getset_descriptor, T.member_descriptor]) {
  defSlot(
    tp,
    "__get__",
    (x, obj) => (obj === None || obj === undefined ? x : descrGet(x, obj, typeOf(obj))),
    1,
    2,
  );
  defSlot(tp, "__set__", (x, obj, v) => {
    const name = (x as PyGetSetDescriptor).name;
    genericSetVia(x, obj, name, v);
    return None;
  }, 2);
  defSlot(tp, "__delete__", (x, obj) => {
    genericSetVia(x, obj, (x as PyGetSetDescriptor).name, undefined);
    return None;
  }, 1);
  defGetSet(tp, "__name__", (x) => (x as PyGetSetDescriptor).name);
  defGetSet(tp, "__objclass__", (x) => (x as PyGetSetDescriptor).owner);
}

function genericSetVia(d: PyObject, obj: PyObject, name: string, v: PyObject | undefined): void {
  if (d instanceof PyGetSetDescriptor) {
    if (d.set === null) {
      raise("AttributeError", `attribute '${name}' of '${d.owner.name}' objects is not writable`);
    }
    d.set(obj, v);
    return;
  }
  const m = d as PyMemberDescriptor;
  const slots = (obj as { slots?: (PyObject | undefined)[] | null }).slots;
  if (slots === undefined || slots === null) {
    raise(
      "TypeError",
      `descriptor '${name}' for '${m.owner.name}' objects doesn't apply to a '${
        typeName(obj)
      }' object`,
    );
  }
  if (v === undefined && slots[m.index] === undefined) raise("AttributeError", name);
  slots[m.index] = v;
}

// -- property --------------------------------------------------------------------------------------------

const PROP = T.property;
const PROPERTY_SIG = new Signature("property", ["fget", "fset", "fdel", "doc"]);
function prop(x: PyObject): PyProperty {
  return x as PyProperty;
}
defNew(PROP, (cls) => new PyProperty(None, None, None, None, cls));
defMethod(PROP, "__init__", (x, args, kwnames) => {
  const a = parseArgs(PROPERTY_SIG, args, kwnames);
  const p = prop(x);
  p.fget = a[0] ?? None;
  p.fset = a[1] ?? None;
  p.fdel = a[2] ?? None;
  let doc = a[3] ?? None;
  if (doc === None && p.fget !== None) doc = getAttrOrUndefined(p.fget, "__doc__") ?? None;
  p.doc = doc;
  return None;
});
defSlot(
  PROP,
  "__get__",
  (x, obj) => (obj === None || obj === undefined ? x : propertyGet(prop(x), obj)),
  1,
  2,
);
defSlot(PROP, "__set__", (x, obj, v) => {
  const p = prop(x);
  if (p.fset === None) {
    raise(
      "AttributeError",
      `property ${p.name === null ? "" : repr(p.name) + " "}of '${
        typeName(obj)
      }' object has no setter`,
    );
  }
  call(p.fset, [obj, v], null);
  return None;
}, 2);
defSlot(PROP, "__delete__", (x, obj) => {
  const p = prop(x);
  if (p.fdel === None) {
    raise(
      "AttributeError",
      `property ${p.name === null ? "" : repr(p.name) + " "}of '${
        typeName(obj)
      }' object has no deleter`,
    );
  }
  call(p.fdel, [obj], null);
  return None;
}, 1);
defSlot(PROP, "__set_name__", (x, _owner, name) => {
  prop(x).name = name;
  return None;
}, 2);
defGetSet(PROP, "fget", (x) => prop(x).fget);
defGetSet(PROP, "fset", (x) => prop(x).fset);
defGetSet(PROP, "fdel", (x) => prop(x).fdel);
defGetSet(PROP, "__doc__", (x) => prop(x).doc, (x, v) => {
  prop(x).doc = v ?? None;
});
defGetSet(PROP, "__isabstractmethod__", () => false);
// CPython 3.11 property_copy: a new property of the same class with one accessor replaced.
for (const [name, index] of [["getter", 0], ["setter", 1], ["deleter", 2]] as const) {
  defMethod(PROP, name, (x, args, kwnames) => {
    positional(name, args, kwnames, 1, 1);
    const p = prop(x);
    const parts: PyObject[] = [p.fget, p.fset, p.fdel];
    parts[index] = args[0];
    const docFromGetter = p.fget !== None &&
      p.doc === (getAttrOrUndefined(p.fget, "__doc__") ?? None);
    const q = call(p.cls, [parts[0], parts[1], parts[2], docFromGetter ? None : p.doc], null);
    if (q instanceof PyProperty) q.name = p.name;
    return q;
  });
}

// -- classmethod / staticmethod ------------------------------------------------------------------------------

for (const tp of [T.classmethod, T.staticmethod]) {
  const isClass = tp === T.classmethod;
  type Wrapper = PyClassMethod | PyStaticMethod;
  const w = (x: PyObject) => x as Wrapper;
  defNew(tp, (cls) => (isClass ? new PyClassMethod(None, cls) : new PyStaticMethod(None, cls)));
  defMethod(tp, "__init__", (x, args, kwnames) => {
    positional(tp.name, args, kwnames, 1, 1);
    w(x).func = args[0];
    return None;
  });
  defSlot(
    tp,
    "__get__",
    (x, obj, type) => {
      const owner = type !== undefined && type !== None ? type as PyType : typeOf(obj);
      return descrGet(x, obj === None ? undefined : obj, owner);
    },
    1,
    2,
  );
  defFormatless(tp, (x) => `<${tp.name}(${repr(w(x).func)})>`);
  defGetSet(tp, "__func__", (x) => w(x).func);
  defGetSet(tp, "__wrapped__", (x) => w(x).func);
  defGetSet(tp, "__isabstractmethod__", () => false);
  defGetSet(tp, "__dict__", (x) => (w(x).dict ??= new PyDict()));
  if (!isClass) defMethod(tp, "__call__", (x, args, kwnames) => call(w(x).func, args, kwnames));
}

// -- Singletons ---------------------------------------------------------------------------------------------

defFormatless(T.NoneType, () => "None");
defSlot(T.NoneType, "__bool__", () => false, 0);
defNew(T.NoneType, (_cls, args, kwnames) => {
  if (args.length > 0) raise("TypeError", "NoneType takes no arguments");
  void kwnames;
  return None;
});
defFormatless(T.NotImplementedType, () => "NotImplemented");
defNew(T.NotImplementedType, () => NotImplemented);
defFormatless(T.ellipsis, () => "Ellipsis");
defNew(T.ellipsis, () => Ellipsis);
for (const s of [None, NotImplemented, Ellipsis]) {
  defSlot(s.cls, "__hash__", (x) => pointerHash(idOf(x as PySingleton)), 0);
}

// -- cell, code ------------------------------------------------------------------------------------------------

defFormatless(T.cell, (x) => {
  const c = x as PyCell;
  if (c.value === undefined) return `<cell at ${addressOf(x)}: empty>`;
  return `<cell at ${addressOf(x)}: ${typeName(c.value)} object at ${addressOf(c.value)}>`;
});
defGetSet(T.cell, "cell_contents", (x) => {
  const v = (x as PyCell).value;
  if (v === undefined) raise("ValueError", "Cell is empty");
  return v;
}, (x, v) => {
  (x as PyCell).value = v;
});
defSlot(T.cell, "__eq__", (a, b) => {
  if (!(b instanceof PyCell)) return NotImplemented;
  const x = (a as PyCell).value, y = b.value;
  if (x === undefined || y === undefined) return x === y;
  return eq(x, y);
}, 1);
defFormatless(T.code, (x) => {
  const c = (x as PyCode).code;
  return `<code object ${c.co_name} at ${
    addressOf(x)
  }, file "${c.co_filename}", line ${c.co_firstlineno}>`;
});
for (
  const f of [
    "co_name",
    "co_qualname",
    "co_filename",
    "co_firstlineno",
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_flags",
    "co_nlocals",
  ] as const
) {
  defGetSet(T.code, f, (x) => (x as PyCode).code[f]);
}
defGetSet(T.code, "co_varnames", (x) => new PyTuple((x as PyCode).code.co_varnames.slice()));
defGetSet(T.code, "co_names", (x) => new PyTuple((x as PyCode).code.co_names.slice()));
defGetSet(T.code, "co_freevars", (x) => new PyTuple((x as PyCode).code.co_freevars.slice()));
defGetSet(T.code, "co_cellvars", (x) => new PyTuple((x as PyCode).code.co_cellvars.slice()));
