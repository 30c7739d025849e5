/**
 * The attribute protocol: `object.__getattribute__` / `__setattr__` /
 * `__delattr__` (CPython 3.11 Objects/object.c `_PyObject_GenericGetAttrWithDict`),
 * `type.__getattribute__` (typeobject.c `type_getattro`), modules, the
 * descriptor protocol, and the storage of instance attributes in shapes or
 * dicts.
 *
 * Order of a generic lookup: a data descriptor on the type, then the
 * instance's own storage, then a non-data descriptor or plain class
 * attribute, then `__getattr__`.
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
  PyThrow,
  PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import { None } from "./types.ts";
import { typeLookup, typeName } from "./core.ts";
import {
  defSlot,
  PyClassMethod,
  PyClassMethodDescriptor,
  PyGetSetDescriptor,
  PyMemberDescriptor,
  PyModule,
  PyProperty,
  PySlotWrapper,
  PyStaticMethod,
} from "./descriptors.ts";
import { attributeError, materialize, PyBaseException, throwMatches } from "./exceptions.ts";
import { call, callMethod } from "./calls.ts";
import { PyDict } from "./dict.ts";
import { str } from "./abstract.ts";

/** Instances with more attributes than this leave shapes for a dict. */
export const MAX_SHAPE_NAMES = 64;

// -- Instance storage ---------------------------------------------------------------

// Attributes of instances of Python subclasses of built-in containers
// (`class MyList(list)`), whose objects are the built-in boxes themselves.
const sideStores = new WeakMap<PyHeap, PyInstance>();

/**
 * The attribute storage of `obj` (a `PyInstance`, possibly `obj` itself), or
 * null when instances of its type carry no attributes. `create` makes the
 * side store of a built-in-subclass instance on first write.
 */
export function instanceStore(obj: PyObject, create: boolean): PyInstance | null {
  if (obj instanceof PyInstance) return obj;
  if (!(obj instanceof PyHeap)) return null;
  const cls = obj.cls;
  if (cls.isBuiltin) return null;
  let s = sideStores.get(obj);
  if (s === undefined && create) {
    s = new PyInstance(cls);
    sideStores.set(obj, s);
  }
  return s ?? null;
}

/** Reads an attribute from instance storage; undefined when absent. */
export function storeGet(inst: PyInstance, name: string): PyObject | undefined {
  const shape = inst.shape;
  if (shape !== null) {
    const i = shape.indexOf(name);
    return i < 0 ? undefined : inst.values[i];
  }
  return inst.dict === null ? undefined : (inst.dict as PyDict).getStr(name);
}

/** Writes an attribute into instance storage (the caller checked that it has a dict). */
export function storeSet(inst: PyInstance, name: string, value: PyObject): void {
  const shape = inst.shape;
  if (shape !== null) {
    const i = shape.indexOf(name);
    if (i >= 0) {
      inst.values[i] = value;
      return;
    }
    if (shape.names.length < MAX_SHAPE_NAMES) {
      inst.shape = shape.with(name);
      inst.values.push(value);
      return;
    }
    toDictMode(inst);
  }
  (inst.dict as PyDict).setStr(name, value);
}

/** Deletes an attribute from instance storage; false when it was absent. */
export function storeDelete(inst: PyInstance, name: string): boolean {
  if (inst.shape !== null) {
    if (inst.shape.indexOf(name) < 0) return false;
    toDictMode(inst);
  }
  return inst.dict !== null && (inst.dict as PyDict).deleteStr(name);
}

/** Moves an instance's attributes to a dict, for good (as V8's dictionary mode). */
export function toDictMode(inst: PyInstance): PyDict {
  if (inst.shape === null) return (inst.dict ??= new PyDict()) as PyDict;
  const d = new PyDict();
  const names = inst.shape.names;
  for (let i = 0; i < names.length; i++) d.setStr(names[i], inst.values[i]);
  inst.shape = null;
  inst.values = [];
  inst.dict = d;
  return d;
}

/** Whether instances of `tp` have a `__dict__`. */
function hasDict(tp: PyType): boolean {
  return tp.hasInstanceDict;
}

// -- Descriptors ----------------------------------------------------------------------

/** Whether `d` (found on a type) is a data descriptor: it defines `__set__` or `__delete__`. */
export function isDataDescriptor(d: PyObject): boolean {
  if (!(d instanceof PyHeap)) return false;
  if (
    d instanceof PyGetSetDescriptor || d instanceof PyMemberDescriptor || d instanceof PyProperty
  ) return true;
  if (d instanceof PyFunction || d instanceof PyType || d instanceof PyMethodDescriptor) {
    return false;
  }
  const dt = d.cls;
  if (dt.isBuiltin) return false;
  return typeLookup(dt, "__set__") !== undefined || typeLookup(dt, "__delete__") !== undefined;
}

/** A bound built-in method: `[].append`, `(1).__add__`. */
export function bindNative(d: PyMethodDescriptor, self: PyObject): PyBuiltinFunction {
  const f = new PyBuiltinFunction(d.name, (args, kwnames) => d.call(self, args, kwnames), {
    qualname: `${d.owner.name}.${d.name}`,
    self,
  });
  if (d.cls === T.wrapper_descriptor) f.cls = T.method_wrapper;
  return f;
}

/**
 * `descr.__get__(obj, owner)`: `obj` undefined for access through the class
 * (CPython passes NULL/None). Objects without `__get__` are returned as is.
 */
export function descrGet(d: PyObject, obj: PyObject | undefined, owner: PyType): PyObject {
  if (!(d instanceof PyHeap)) return d;
  if (d instanceof PyFunction) return obj === undefined ? d : new PyMethod(d, obj);
  if (d instanceof PyMethodDescriptor) return obj === undefined ? d : bindNative(d, obj);
  if (d instanceof PyClassMethod) return bindClassMethod(d.func, owner);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyClassMethodDescriptor) {
    return new PyBuiltinFunction(d.name, (args, kwnames) => d.call(owner, args, kwnames), {
      qualname: `${d.owner.name}.${d.name}`,
      self: owner,
    });
  }
  if (d instanceof PyProperty) return obj === undefined ? d : propertyGet(d, obj);
  if (d instanceof PyGetSetDescriptor) return obj === undefined ? d : d.get(obj);
  if (d instanceof PyMemberDescriptor) return obj === undefined ? d : memberGet(d, obj);
  if (d instanceof PyType || d instanceof PyBuiltinFunction) return d;
  const dt = d.cls;
  if (dt.isBuiltin) return d;
  const get = typeLookup(dt, "__get__");
  if (get === undefined) return d;
  return callMethod(get, d, [obj ?? None, owner], null);
}

function bindClassMethod(func: PyObject, owner: PyType): PyObject {
  // CPython 3.11 classmethod chains through the wrapped object's __get__.
  if (func instanceof PyFunction) return new PyMethod(func, owner);
  if (func instanceof PyHeap && !(func instanceof PyBuiltinFunction) && !func.cls.isBuiltin) {
    const get = typeLookup(func.cls, "__get__");
    if (get !== undefined) return callMethod(get, func, [owner, owner], null);
  }
  return new PyMethod(func, owner);
}

function propertyName(p: PyProperty): string {
  return p.name === null ? "property" : `property ${str(reprName(p.name))}`;
}

function reprName(n: PyObject): PyObject {
  return typeof n === "string" ? `'${n}'` : n;
}

/** `property.__get__`. */
export function propertyGet(p: PyProperty, obj: PyObject): PyObject {
  if (p.fget === None) {
    raise("AttributeError", `${propertyName(p)} of '${typeName(obj)}' object has no getter`);
  }
  return call(p.fget, [obj], null);
}

function memberGet(m: PyMemberDescriptor, obj: PyObject): PyObject {
  const inst = instanceStore(obj, false);
  const v = inst?.slots?.[m.index];
  if (v === undefined) {
    throw attributeError(`'${typeName(obj)}' object has no attribute '${m.name}'`, m.name, obj);
  }
  return v;
}

/** Runs a data descriptor's `__set__` (value) or `__delete__` (undefined). */
function descrSet(d: PyObject, obj: PyObject, value: PyObject | undefined, name: string): void {
  if (d instanceof PyGetSetDescriptor) {
    if (d.set === null) {
      raise("AttributeError", `attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    }
    d.set(obj, value);
    return;
  }
  if (d instanceof PyMemberDescriptor) {
    const inst = instanceStore(obj, true)!;
    if (value === undefined && inst.slots![d.index] === undefined) raise("AttributeError", d.name);
    inst.slots![d.index] = value;
    return;
  }
  if (d instanceof PyProperty) {
    const f = value === undefined ? d.fdel : d.fset;
    if (f === None) {
      raise(
        "AttributeError",
        `${propertyName(d)} of '${typeName(obj)}' object has no ${
          value === undefined ? "deleter" : "setter"
        }`,
      );
    }
    if (value === undefined) call(f, [obj], null);
    else call(f, [obj, value], null);
    return;
  }
  const dt = typeOf(d);
  const m = typeLookup(dt, value === undefined ? "__delete__" : "__set__");
  if (m === undefined) {
    raise("AttributeError", value === undefined ? "__delete__" : "__set__");
  }
  if (value === undefined) callMethod(m, d, [obj], null);
  else callMethod(m, d, [obj, value], null);
  void name;
}

// -- object.__getattribute__ --------------------------------------------------------

/**
 * The generic lookup of `name` on `obj` (`tp` is its type); undefined when
 * absent. Errors raised by descriptors propagate.
 */
export function genericGetAttr(obj: PyObject, tp: PyType, name: string): PyObject | undefined {
  const d = typeLookup(tp, name);
  if (d !== undefined && d instanceof PyHeap) {
    if (d instanceof PyFunction) {
      const v = ownAttr(obj, name);
      return v !== undefined ? v : new PyMethod(d, obj);
    }
    if (d instanceof PyGetSetDescriptor) return d.get(obj);
    if (d instanceof PyMemberDescriptor) return memberGet(d, obj);
    if (d instanceof PyProperty) return propertyGet(d, obj);
    // A data descriptor without `__get__` (only `__set__`/`__delete__`) does
    // not take precedence: the instance's own value wins, else `d` itself.
    if (!d.cls.isBuiltin && isDataDescriptor(d) && typeLookup(d.cls, "__get__") !== undefined) {
      return descrGet(d, obj, tp);
    }
  }
  const v = ownAttr(obj, name);
  if (v !== undefined) return v;
  return d === undefined ? undefined : descrGet(d, obj, tp);
}

/** The attribute in `obj`'s own storage (instance dict, function dict, module dict). */
function ownAttr(obj: PyObject, name: string): PyObject | undefined {
  if (obj instanceof PyInstance) return storeGet(obj, name);
  if (!(obj instanceof PyHeap)) return undefined;
  if (obj instanceof PyModule) return (obj.dict as PyDict).getStr(name);
  if (obj instanceof PyFunction || obj instanceof PyClassMethod || obj instanceof PyStaticMethod) {
    return obj.dict === null ? undefined : (obj.dict as PyDict).getStr(name);
  }
  if (obj.cls.isBuiltin) return undefined;
  const s = sideStores.get(obj);
  return s === undefined ? undefined : storeGet(s, name);
}

/** The dict behind `obj.__dict__` for objects that have one (switching instances to dict mode). */
export function objectDict(obj: PyObject): PyDict | undefined {
  if (obj instanceof PyModule) return obj.dict as PyDict;
  if (obj instanceof PyFunction || obj instanceof PyClassMethod || obj instanceof PyStaticMethod) {
    return (obj.dict ??= new PyDict()) as PyDict;
  }
  if (obj instanceof PyHeap && !(obj instanceof PyType) && hasDict(obj.cls)) {
    const inst = instanceStore(obj, true);
    if (inst !== null) return toDictMode(inst);
  }
  return undefined;
}

/** Replaces `obj.__dict__` (`obj.__dict__ = d`). */
export function setObjectDict(obj: PyObject, d: PyObject | undefined): void {
  if (!(d instanceof PyDict)) {
    raise(
      "TypeError",
      `__dict__ must be set to a dictionary, not a '${d === undefined ? "NoneType" : typeName(d)}'`,
    );
  }
  if (obj instanceof PyFunction || obj instanceof PyClassMethod || obj instanceof PyStaticMethod) {
    obj.dict = d;
    return;
  }
  const inst = instanceStore(obj, true);
  if (inst === null) {
    raise("AttributeError", `'${typeName(obj)}' object has no attribute '__dict__'`);
  }
  inst.shape = null;
  inst.values = [];
  inst.dict = d as PyDictShape;
}

// -- getattr / setattr / delattr ------------------------------------------------------

function noAttribute(obj: PyObject, name: string): PyThrow {
  if (obj instanceof PyType) {
    return attributeError(`type object '${obj.name}' has no attribute '${name}'`, name, obj);
  }
  if (obj instanceof PyModule) {
    const mn = (obj.dict as PyDict).getStr("__name__");
    return typeof mn === "string"
      ? attributeError(`module '${mn}' has no attribute '${name}'`, name, obj)
      : attributeError(`module has no attribute '${name}'`, name, obj);
  }
  return attributeError(`'${typeName(obj)}' object has no attribute '${name}'`, name, obj);
}

/**
 * `getattr(obj, name)`: undefined when the attribute is absent, without
 * raising on the generic path; an AttributeError raised by Python code
 * (`__getattr__`, a property) is swallowed too, as `hasattr` requires.
 */
export function getAttrOrUndefined(obj: PyObject, name: string): PyObject | undefined {
  const tp = typeOf(obj);
  try {
    if ((attrFlags(tp) & (GENERIC_GET | HAS_GETATTR)) === GENERIC_GET) {
      return genericGetAttr(obj, tp, name);
    }
    return getAttr(obj, name);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.AttributeError)) return undefined;
    throw e;
  }
}

// -- The attribute-hook memo --------------------------------------------------------------

/** `__getattribute__` is object's generic one. */
export const GENERIC_GET = 1;
/** The class has a `__getattr__` fallback. */
export const HAS_GETATTR = 2;
/** `__setattr__` is object's generic one. */
export const GENERIC_SET = 4;
/** `__delattr__` is object's generic one. */
const GENERIC_DEL = 8;

/**
 * Which attribute hooks of `tp` are object's generic ones (`GENERIC_GET`, ...).
 * Three hook lookups per attribute access become one version check.
 */
export function attrFlags(tp: PyType): number {
  if (tp.attrMemoVersion === tp.version && tp.version !== 0) return tp.attrMemo;
  let f = 0;
  if (typeLookup(tp, "__getattribute__") === objectGetAttribute) f |= GENERIC_GET;
  if (typeLookup(tp, "__getattr__") !== undefined) f |= HAS_GETATTR;
  if (typeLookup(tp, "__setattr__") === objectSetAttr) f |= GENERIC_SET;
  if (typeLookup(tp, "__delattr__") === objectDelAttr) f |= GENERIC_DEL;
  tp.attrMemo = f;
  tp.attrMemoVersion = tp.version;
  return f;
}

/** `obj.name`, raising AttributeError with CPython's message. */
export function getAttr(obj: PyObject, name: string): PyObject {
  const tp = typeOf(obj);
  const flags = attrFlags(tp);
  if ((flags & (GENERIC_GET | HAS_GETATTR)) === GENERIC_GET) {
    const r = genericGetAttr(obj, tp, name);
    if (r !== undefined) return r;
    throw noAttribute(obj, name);
  }
  const ga = typeLookup(tp, "__getattribute__");
  let v: PyObject | undefined;
  if (flags & GENERIC_GET) {
    // CPython 3.11 typeobject.c slot_tp_getattr_hook: an AttributeError
    // raised inside the lookup itself (an unset slot, a property's getter)
    // hands over to `__getattr__` like a missing attribute does.
    try {
      v = genericGetAttr(obj, tp, name);
    } catch (e) {
      if (!(e instanceof PyThrow) || !throwMatches(e, T.AttributeError)) throw e;
    }
  } else if (ga === typeGetAttribute) v = typeGetAttr(obj as PyType, name);
  else if (ga === moduleGetAttribute) v = moduleGetAttr(obj as PyModule, name);
  else if (ga instanceof PySlotWrapper) v = ga.fn(obj, name, undefined as unknown as PyObject);
  else {
    try {
      v = callMethod(ga!, obj, [name], null);
    } catch (e) {
      if (!(e instanceof PyThrow) || !throwMatches(e, T.AttributeError)) throw e;
      const hook = typeLookup(tp, "__getattr__");
      if (hook === undefined) throw augment(e, obj, name);
      return callMethod(hook, obj, [name], null);
    }
  }
  if (v !== undefined) return v;
  const hook = typeLookup(tp, "__getattr__");
  if (hook === undefined) throw noAttribute(obj, name);
  try {
    return callMethod(hook, obj, [name], null);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.AttributeError)) throw augment(e, obj, name);
    throw e;
  }
}

// CPython 3.11 Objects/object.c set_attribute_error_context: an AttributeError
// escaping getattr learns the name and object, for "Did you mean".
function augment(e: PyThrow, obj: PyObject, name: string): PyThrow {
  const exc = materialize(e);
  if (exc instanceof PyBaseException && exc.cls === T.AttributeError) {
    const m = exc.members ??= {};
    if ((m.name === undefined || m.name === None) && (m.obj === undefined || m.obj === None)) {
      m.name = name;
      m.obj = obj;
    }
  }
  return e;
}

/**
 * `obj.name` for a method call: `[function, self]` when `name` is a plain
 * method found on the type (no bound method is made), else `[value, undefined]`.
 */
export function loadMethod(obj: PyObject, name: string): [PyObject, PyObject | undefined] {
  const tp = typeOf(obj);
  if (attrFlags(tp) & GENERIC_GET) {
    const d = typeLookup(tp, name);
    if (d instanceof PyFunction || d instanceof PyMethodDescriptor) {
      if (tp.isBuiltin) return [d, obj];
      const own = ownAttr(obj, name);
      if (own === undefined) return [d, obj];
      return [own, undefined];
    }
  }
  return [getAttr(obj, name), undefined];
}

/** `type.__getattribute__` (CPython 3.11 Objects/typeobject.c `type_getattro`). */
export function typeGetAttr(t: PyType, name: string): PyObject | undefined {
  const meta = t.cls;
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return descrGet(metaAttr, t, meta);
  const attr = typeLookup(t, name);
  if (attr !== undefined) return descrGet(attr, undefined, t);
  if (metaAttr !== undefined) return descrGet(metaAttr, t, meta);
  return undefined;
}

/** The generic lookup on a module, then its `__getattr__` (PEP 562). */
export function moduleGetAttr(m: PyModule, name: string): PyObject | undefined {
  const v = genericGetAttr(m, m.cls, name);
  if (v !== undefined) return v;
  const hook = (m.dict as PyDict).getStr("__getattr__");
  return hook === undefined ? undefined : call(hook, [name], null);
}

/** `obj.name = value`. */
export function setAttr(obj: PyObject, name: string, value: PyObject): void {
  const tp = typeOf(obj);
  if (attrFlags(tp) & GENERIC_SET) {
    genericSetAttr(obj, tp, name, value);
    return;
  }
  const sa = typeLookup(tp, "__setattr__");
  if (sa === objectSetAttr) genericSetAttr(obj, tp, name, value);
  else if (sa instanceof PySlotWrapper) sa.fn(obj, name, value);
  else callMethod(sa!, obj, [name, value], null);
}

/** `del obj.name`. */
export function delAttr(obj: PyObject, name: string): void {
  const tp = typeOf(obj);
  const da = attrFlags(tp) & GENERIC_DEL ? objectDelAttr : typeLookup(tp, "__delattr__");
  if (da === objectDelAttr) genericSetAttr(obj, tp, name, undefined);
  else if (da instanceof PySlotWrapper) da.fn(obj, name, undefined as unknown as PyObject);
  else callMethod(da!, obj, [name], null);
}

/** `object.__setattr__` / `object.__delattr__` (value undefined). */
export function genericSetAttr(
  obj: PyObject,
  tp: PyType,
  name: string,
  value: PyObject | undefined,
): void {
  const d = typeLookup(tp, name);
  if (d !== undefined && isDataDescriptor(d)) {
    descrSet(d, obj, value, name);
    return;
  }
  if (obj instanceof PyHeap && !(obj instanceof PyType)) {
    let inst: PyInstance | null = null;
    if (obj instanceof PyModule) {
      const md = obj.dict as PyDict;
      if (value !== undefined) md.setStr(name, value);
      else if (!md.deleteStr(name)) throw noAttribute(obj, name);
      return;
    }
    if (
      obj instanceof PyFunction || obj instanceof PyClassMethod || obj instanceof PyStaticMethod
    ) {
      const fd = (obj.dict ??= new PyDict()) as PyDict;
      if (value !== undefined) fd.setStr(name, value);
      else if (!fd.deleteStr(name)) throw noAttribute(obj, name);
      return;
    }
    if (hasDict(tp)) inst = instanceStore(obj, true);
    if (inst !== null) {
      if (value !== undefined) storeSet(inst, name, value);
      else if (!storeDelete(inst, name)) throw noAttribute(obj, name);
      return;
    }
  }
  if (d === undefined) throw noAttribute(obj, name);
  raise("AttributeError", `'${typeName(obj)}' object attribute '${name}' is read-only`);
}

/** `type.__setattr__`: class attributes, with version bumps for the caches. */
export function typeSetAttr(t: PyType, name: string, value: PyObject | undefined): void {
  if (t.isBuiltin) {
    raise("TypeError", `cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  const meta = t.cls;
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
    descrSet(metaAttr, t, value, name);
    t.touch();
    return;
  }
  if (value === undefined) {
    if (!t.dict.delete(name)) throw noAttribute(t, name);
  } else {
    t.dict.set(name, value);
  }
  t.touch();
}

// -- The slots of object, type and module ------------------------------------------

const objectGetAttribute = defSlot(T.object, "__getattribute__", (o, n) => {
  const name = attrName(n);
  const v = genericGetAttr(o, typeOf(o), name);
  if (v === undefined) throw noAttribute(o, name);
  return v;
}, 1);
const objectSetAttr = defSlot(T.object, "__setattr__", (o, n, v) => {
  genericSetAttr(o, typeOf(o), attrName(n), v);
  return None;
}, 2);
const objectDelAttr = defSlot(T.object, "__delattr__", (o, n) => {
  genericSetAttr(o, typeOf(o), attrName(n), undefined);
  return None;
}, 1);
const typeGetAttribute = defSlot(T.type, "__getattribute__", (o, n) => {
  const name = attrName(n);
  const v = typeGetAttr(o as PyType, name);
  if (v === undefined) throw noAttribute(o, name);
  return v;
}, 1);
defSlot(T.type, "__setattr__", (o, n, v) => {
  typeSetAttr(o as PyType, attrName(n), v);
  return None;
}, 2);
defSlot(T.type, "__delattr__", (o, n) => {
  typeSetAttr(o as PyType, attrName(n), undefined);
  return None;
}, 1);
const moduleGetAttribute = defSlot(T.module, "__getattribute__", (o, n) => {
  const name = attrName(n);
  const v = moduleGetAttr(o as PyModule, name);
  if (v === undefined) throw noAttribute(o, name);
  return v;
}, 1);

function attrName(n: PyObject): string {
  if (typeof n === "string") return n;
  if (n instanceof PyInstance && typeof n.base === "string") return n.base;
  raise("TypeError", `attribute name must be string, not '${typeName(n)}'`);
}

/** Throws CPython's AttributeError for a missing attribute of `obj`. */
export function raiseNoAttribute(obj: PyObject, name: string): never {
  throw noAttribute(obj, name);
}
