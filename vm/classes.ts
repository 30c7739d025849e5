/**
 * Class creation (CPython 3.11 Objects/typeobject.c `type_new`,
 * Python/bltinmodule.c `__build_class__`): C3 linearization, `__slots__`,
 * instance layouts, the special entries of a class namespace
 * (`__qualname__`, `__classcell__`, implicit `staticmethod(__new__)`,
 * `__hash__ = None` beside `__eq__`), `__set_name__`, `__init_subclass__`,
 * and `super`.
 *
 * Requirement: a class's `version` is 0 while it is being built (caches
 * skip it) and fresh once it is complete; every later change goes through
 * `typeSetAttr` (`vm/attrs.ts`), which calls `touch()`.
 *
 * @module
 */
import {
  EMPTY_SHAPE,
  newTypeVersion,
  PyCell,
  PyFunction,
  PyHeap,
  type PyObject,
  PyTuple,
  PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import { FINAL_TYPES, None } from "./types.ts";
import { isSubtype, strOf, typeLookup, typeName } from "./core.ts";
import {
  defClassMethod,
  defGetSet,
  defMethod,
  defNew,
  defSlot,
  PyClassMethod,
  PyGetSetDescriptor,
  PyMemberDescriptor,
  PyStaticMethod,
} from "./descriptors.ts";
import { call, callMethod, hooks } from "./calls.ts";
import { descrGet, genericGetAttr, objectDict, setObjectDict } from "./attrs.ts";
import { getAttrOrUndefined, toArray } from "./abstract.ts";
import { PyDict } from "./dict.ts";

// -- C3 linearization --------------------------------------------------------------------

/** `C.__mro__` for a class with `bases` (CPython 3.11 `mro_implementation`). */
export function computeMro(cls: PyType, bases: readonly PyType[]): PyType[] {
  if (bases.length === 1) return [cls, ...bases[0].mro];
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of live) {
      const head = s[0];
      if (!live.some((t) => t.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      // CPython 3.11 set_mro_error: the heads that remain, in order, once each.
      const names: string[] = [];
      for (const s of live) if (!names.includes(s[0].name)) names.push(s[0].name);
      raise(
        "TypeError",
        `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(", ")}`,
      );
    }
    result.push(candidate);
    for (const s of seqs) if (s[0] === candidate) s.shift();
  }
}

// -- Layouts ------------------------------------------------------------------------------------

function bestBase(bases: readonly PyType[]): PyType {
  let winner: PyType | null = null, best: PyType | null = null;
  for (const b of bases) {
    const candidate = solidBaseOf(b);
    if (winner === null) {
      winner = candidate;
      best = b;
    } else if (isSubtype(winner, candidate)) { /* keep */ }
    else if (isSubtype(candidate, winner)) {
      winner = candidate;
      best = b;
    } else raise("TypeError", "multiple bases have instance lay-out conflict");
  }
  return best!;
}

// The class that decides the layout: a built-in with storage, or a class adding slots.
function solidBaseOf(t: PyType): PyType {
  for (const c of t.mro) {
    if (c.isBuiltin) return c.builtinBase ?? T.object;
    if (c.slotNames !== null && ownSlots.get(c)?.length) return c;
  }
  return T.object;
}

/** The `__slots__` a class itself declared (not inherited). */
const ownSlots = new WeakMap<PyType, string[]>();

// -- type(name, bases, dict) --------------------------------------------------------------------

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

function slotList(v: PyObject): string[] {
  const items = typeof v === "string" ? [v] : toArray(v);
  return items.map((x) => {
    const s = strOf(x);
    if (s === undefined) {
      raise("TypeError", `__slots__ items must be strings, not '${typeName(x)}'`);
    }
    if (!IDENTIFIER.test(s)) raise("TypeError", "__slots__ must be identifiers");
    return s;
  });
}

/** Name-mangles a private slot name as the compiler mangles attribute names. */
function mangle(cls: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__")) return name;
  const stripped = cls.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}

/**
 * Creates a class: `type(name, bases, ns)` (CPython 3.11 `type_new`) with
 * `kwds` passed on to `__init_subclass__`. `ns` is the namespace the class
 * body filled; its order becomes the class dict's.
 */
export function typeNew(
  name: string,
  basesIn: readonly PyObject[],
  ns: PyDict,
  kwds: PyDict | null = null,
  meta: PyType = T.type,
): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) {
      raise("TypeError", METACLASS_CONFLICT);
    }
    if (FINAL_TYPES.has(b)) raise("TypeError", `type '${b.name}' is not an acceptable base type`);
    if (bases.includes(b)) raise("TypeError", `duplicate base class ${b.name}`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(T.object);
  const base = bestBase(bases);
  const cls = new PyType(calculateMetaclass(meta, bases), name, bases);
  cls.version = 0;
  cls.mro = computeMro(cls, bases);
  cls.builtinBase = base.builtinBase === T.object ? null : base.builtinBase;
  cls.rootShape = EMPTY_SHAPE;

  // The namespace, in order, with CPython's special entries.
  const dict = cls.dict;
  ns.forEach((k, v) => {
    const key = strOf(k);
    if (key !== undefined) dict.set(key, v);
  });
  const mod = dict.get("__module__");
  if (mod === undefined) {
    const g = hooks.globals === undefined ? undefined : tryGlobalsName();
    if (g !== undefined) dict.set("__module__", g);
  }
  const modName = dict.get("__module__");
  cls.module = typeof modName === "string" ? modName : "builtins";
  const qual = dict.get("__qualname__");
  if (qual !== undefined) {
    if (typeof qual !== "string") {
      raise("TypeError", `type __qualname__ must be a str, not ${typeName(qual)}`);
    }
    cls.qualname = qual;
    dict.delete("__qualname__");
  }
  for (const special of ["__new__"]) {
    const f = dict.get(special);
    if (f instanceof PyFunction) dict.set(special, new PyStaticMethod(f));
  }
  for (const special of ["__init_subclass__", "__class_getitem__"]) {
    const f = dict.get(special);
    if (f instanceof PyFunction) dict.set(special, new PyClassMethod(f));
  }

  // Layout: __slots__, __dict__.
  const baseHasDict = bases.some((b) => b.hasInstanceDict);
  const inheritedSlots = base.slotNames ?? [];
  const slotsObj = dict.get("__slots__");
  if (slotsObj === undefined) {
    cls.hasInstanceDict = true;
    cls.slotNames = base.slotNames === null ? null : inheritedSlots.slice();
  } else {
    const own = slotList(slotsObj);
    let wantDict = false;
    const names: string[] = [];
    for (const s of own) {
      if (s === "__dict__") {
        if (wantDict || baseHasDict) {
          raise("TypeError", "__dict__ slot disallowed: we already got one");
        }
        wantDict = true;
        continue;
      }
      if (s === "__weakref__") continue;
      const m = mangle(name, s);
      if (dict.has(m)) raise("ValueError", `'${s}' in __slots__ conflicts with class variable`);
      names.push(m);
    }
    if (
      names.length > 0 && base.builtinBase !== null && base.builtinBase !== T.object &&
      !isSubtype(base.builtinBase, T.BaseException)
    ) {
      raise(
        "TypeError",
        `nonempty __slots__ not supported for subtype of '${base.builtinBase.name}'`,
      );
    }
    cls.hasInstanceDict = wantDict || baseHasDict;
    cls.slotNames = [...inheritedSlots, ...names];
    ownSlots.set(cls, names);
    names.forEach((n, i) => dict.set(n, new PyMemberDescriptor(cls, n, inheritedSlots.length + i)));
  }
  if (cls.hasInstanceDict && !baseHasDict) {
    dict.set("__dict__", instanceDictDescr(cls));
    dict.set("__weakref__", weakrefDescr(cls));
  }
  // CPython's PyType_Ready adds these last: `__doc__`, then `__hash__` beside `__eq__`.
  if (!dict.has("__doc__")) dict.set("__doc__", None);
  if (dict.has("__eq__") && !dict.has("__hash__")) dict.set("__hash__", None);

  const cell = dict.get("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) {
      raise("TypeError", `__classcell__ must be a nonlocal cell, not ${typeName(cell)}`);
    }
    cell.value = cls;
    dict.delete("__classcell__");
  }

  for (const t of cls.mro) if (t !== cls && !t.isBuiltin) t.subclasses.add(cls);
  for (const b of bases) directSubclasses(b).push(new WeakRef(cls));
  cls.version = newTypeVersion();

  // CPython 3.11 type_new_set_names, then init_subclass.
  for (const [k, v] of [...dict.entries()]) {
    if (!(v instanceof PyHeap)) continue;
    const setName = typeLookup(v.cls, "__set_name__");
    if (setName !== undefined) callMethod(setName, v, [cls, k], null);
  }
  initSubclass(cls, kwds);
  return cls;
}

const METACLASS_CONFLICT =
  "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

/** The most derived of `meta` and the bases' metaclasses (CPython `_PyType_CalculateMetaclass`). */
function calculateMetaclass(meta: PyType, bases: readonly PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (isSubtype(winner, t)) continue;
    if (!isSubtype(t, winner)) raise("TypeError", METACLASS_CONFLICT);
    winner = t;
  }
  return winner;
}

function tryGlobalsName(): PyObject | undefined {
  try {
    return (hooks.globals() as PyDict).getStr("__name__");
  } catch {
    return undefined;
  }
}

function initSubclass(cls: PyType, kwds: PyDict | null): void {
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.get("__init_subclass__");
    if (f === undefined) continue;
    const bound = descrGet(f, cls, cls);
    const names: string[] = [];
    const args: PyObject[] = [];
    kwds?.forEach((k, v) => {
      names.push(k as string);
      args.push(v);
    });
    call(bound, args, names.length === 0 ? null : names);
    return;
  }
}

// Weak, so classes made and dropped at run time do not pile up.
const subclassLists = new WeakMap<PyType, WeakRef<PyType>[]>();
function directSubclasses(t: PyType): WeakRef<PyType>[] {
  let l = subclassLists.get(t);
  if (l === undefined) subclassLists.set(t, l = []);
  return l;
}

/** `C.__subclasses__()`. */
export function subclassesOf(t: PyType): PyType[] {
  const out: PyType[] = [];
  for (const r of subclassLists.get(t) ?? []) {
    const c = r.deref();
    if (c !== undefined && c.bases.includes(t)) out.push(c);
  }
  return out;
}

/** The `__dict__` attribute of instances of a Python class (one per class, as CPython's). */
function instanceDictDescr(owner: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor(owner, "__dict__", instanceDictGet, setObjectDict);
}

function instanceDictGet(x: PyObject): PyObject {
  const d = objectDict(x);
  if (d === undefined) {
    raise("AttributeError", `'${typeName(x)}' object has no attribute '__dict__'`);
  }
  return d;
}

/** `__weakref__`: there are no weak references here, so always None. */
function weakrefDescr(owner: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor(owner, "__weakref__", () => None, null);
}

// -- __bases__ assignment ---------------------------------------------------------------------

/** `C.__bases__ = value` (CPython 3.11 typeobject.c `type_set_bases`). */
export function setBases(cls: PyType, value: PyObject | undefined): void {
  if (cls.isBuiltin) {
    raise("TypeError", `cannot set '__bases__' attribute of immutable type '${cls.name}'`);
  }
  if (value === undefined) {
    raise("TypeError", `cannot delete '__bases__' attribute of immutable type '${cls.name}'`);
  }
  if (!(value instanceof PyTuple)) {
    raise("TypeError", `can only assign tuple to ${cls.name}.__bases__, not ${typeName(value)}`);
  }
  if (value.items.length === 0) {
    raise("TypeError", `can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
  }
  const bases: PyType[] = [];
  for (const b of value.items) {
    if (!(b instanceof PyType)) {
      raise("TypeError", `${cls.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    }
    if (isSubtype(b, cls)) raise("TypeError", "a __bases__ item causes an inheritance cycle");
    bases.push(b);
  }
  checkLayoutAssignment(bestBase(bases), bestBase(cls.bases));
  for (let i = 1; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) < i) raise("TypeError", `duplicate base class ${bases[i].name}`);
  }
  const oldBases = cls.bases;
  const affected = [cls, ...[...cls.subclasses].sort((a, b) => a.mro.length - b.mro.length)];
  const oldMros = affected.map((t) => t.mro);
  cls.bases = bases;
  try {
    // Bases before subclasses: a base's MRO is shorter than any subclass's.
    for (const t of affected) t.mro = computeMro(t, t.bases);
  } catch (e) {
    cls.bases = oldBases;
    affected.forEach((t, i) => t.mro = oldMros[i]);
    throw e;
  }
  affected.forEach((t, i) => relinkSubclass(t, oldMros[i]));
  for (const b of bases) {
    const refs = directSubclasses(b);
    if (!refs.some((r) => r.deref() === cls)) refs.push(new WeakRef(cls));
  }
  // New versions for `cls` and every subclass: caches key on them.
  cls.touch();
}

/** Moves `t` from the `subclasses` sets of its old MRO to those of its new one. */
function relinkSubclass(t: PyType, oldMro: readonly PyType[]): void {
  for (const m of oldMro) if (m !== t) m.subclasses.delete(t);
  for (const m of t.mro) if (m !== t && !m.isBuiltin) m.subclasses.add(t);
}

// Built-ins whose instances are freed without the cycle collector (CPython's
// PyObject_Del rather than PyObject_GC_Del), where CPython reports a
// deallocator mismatch before any layout one.
const PLAIN_FREE = ["object", "int", "float", "complex", "str", "bytes", "bytearray"];
// Built-ins whose instances vary in size: subclasses adding a dict never match.
const VAR_SIZED = ["int", "str", "bytes", "tuple"];

/**
 * Whether instances laid out for `oldto` (the class's current best base) suit
 * `newto` (CPython 3.11 `compatible_for_assignment`).
 */
function checkLayoutAssignment(newto: PyType, oldto: PyType): void {
  const plainFree = (t: PyType) => t.isBuiltin && PLAIN_FREE.some((n) => T[n] === t);
  if (plainFree(newto) !== plainFree(oldto)) {
    raise(
      "TypeError",
      `__bases__ assignment: '${newto.name}' deallocator differs from '${oldto.name}'`,
    );
  }
  const nb = layoutRoot(newto), ob = layoutRoot(oldto);
  if (nb === ob || sameSlotsAdded(nb, ob)) return;
  raise(
    "TypeError",
    `__bases__ assignment: '${newto.name}' object layout differs from '${oldto.name}'`,
  );
}

/** The nearest class from `t` up that adds storage (slots, a dict) or is built in. */
function layoutRoot(t: PyType): PyType {
  while (!t.isBuiltin) {
    const base = bestBase(t.bases);
    if (ownSlots.get(t)?.length || t.hasInstanceDict !== base.hasInstanceDict) return t;
    t = base;
  }
  return t;
}

/** Two classes adding the same storage to the same base (CPython `same_slots_added`). */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  if (a.isBuiltin || b.isBuiltin) return false;
  const base = bestBase(a.bases);
  if (base !== bestBase(b.bases) || VAR_SIZED.some((n) => T[n] === solidBaseOf(base))) {
    return false;
  }
  const sa = ownSlots.get(a) ?? [], sb = ownSlots.get(b) ?? [];
  return a.hasInstanceDict === b.hasInstanceDict && sa.length === sb.length &&
    sa.every((n, i) => n === sb[i]);
}

// -- __build_class__ -------------------------------------------------------------------------------

/**
 * `__build_class__(func, name, *bases, **kwds)` (CPython 3.11
 * `builtin___build_class__`): picks the metaclass (explicit, else the first
 * base's type, refined to the most derived of the bases' metaclasses), makes
 * the namespace with its `__prepare__`, runs the class body `func` in it
 * (through `hooks.runClassBody`), calls the metaclass, and fills the body's
 * `__class__` cell.
 */
export function buildClass(
  func: PyObject,
  name: string,
  bases: readonly PyObject[],
  kwds: PyDict | null,
): PyObject {
  if (!(func instanceof PyFunction)) raise("TypeError", "__build_class__: func must be a function");
  let meta: PyObject | undefined = kwds?.getStr("metaclass");
  if (meta !== undefined) {
    kwds = kwds!.copy();
    kwds.deleteStr("metaclass");
  }
  meta ??= bases.length === 0 ? T.type : typeOf(bases[0]);
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  if (meta === T.type) {
    // The common case, without the generic calls.
    const ns = new PyDict();
    const body = hooks.runClassBody(func, ns);
    const cls = typeNew(name, bases, ns, kwds);
    if (body instanceof PyCell && body.value !== cls) body.value = cls;
    return cls;
  }
  const basesTuple = new PyTuple(bases.slice());
  const [kwArgs, kwNames] = keywordArgs(kwds);
  const ns = prepareNamespace(meta, name, basesTuple, kwArgs, kwNames);
  const body = hooks.runClassBody(func, ns);
  const cls = call(meta, [name, basesTuple, ns, ...kwArgs], kwNames);
  if (body instanceof PyCell && cls instanceof PyType) body.value = cls;
  return cls;
}

/** The values and names of the class keywords, as `call` takes them. */
function keywordArgs(kwds: PyDict | null): [PyObject[], string[] | null] {
  const args: PyObject[] = [];
  const names: string[] = [];
  kwds?.forEach((k, v) => {
    names.push(k as string);
    args.push(v);
  });
  return [args, names.length === 0 ? null : names];
}

/** `meta.__prepare__(name, bases, **kwds)`; class bodies here run in a dict. */
function prepareNamespace(
  meta: PyObject,
  name: string,
  bases: PyTuple,
  kwArgs: PyObject[],
  kwNames: string[] | null,
): PyDict {
  const prepare = getAttrOrUndefined(meta, "__prepare__");
  if (prepare === undefined) return new PyDict();
  const ns = call(prepare, [name, bases, ...kwArgs], kwNames);
  if (!(ns instanceof PyDict)) {
    const who = meta instanceof PyType ? meta.name : "<metaclass>";
    raise("TypeError", `${who}.__prepare__() must return a mapping, not ${typeName(ns)}`);
  }
  return ns;
}

// -- type.__new__ and type's own attributes ----------------------------------------------------------

const typeNewWrapper = defNew(T.type, (meta, args, kwnames) => {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  if (npos === 1 && meta === T.type) return typeOf(args[0]);
  if (npos !== 3) raise("TypeError", "type() takes 1 or 3 arguments");
  const [name, bases, ns] = args;
  // A base's more derived metaclass with its own `__new__` makes the class
  // (`type("Y", (K,), {})` with K's metaclass defining `__new__`).
  if (bases instanceof PyTuple) {
    const winner = calculateMetaclass(meta, bases.items);
    const winnerNew = typeLookup(winner, "__new__");
    if (winner !== meta && winnerNew !== typeNewWrapper && winnerNew !== undefined) {
      return call(descrGet(winnerNew, undefined, winner), [winner, ...args], kwnames);
    }
  }
  if (typeof name !== "string") {
    raise("TypeError", `type.__new__() argument 1 must be str, not ${typeName(name)}`);
  }
  if (!(bases instanceof PyTuple)) {
    raise("TypeError", `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  }
  if (!(ns instanceof PyDict)) {
    raise("TypeError", `type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  }
  let kwds: PyDict | null = null;
  if (kwnames !== null && kwnames.length > 0) {
    kwds = new PyDict();
    for (let i = 0; i < kwnames.length; i++) kwds.setStr(kwnames[i], args[npos + i]);
  }
  const copy = ns.copy();
  if (copy.getStr("__module__") === undefined) {
    const g = tryGlobalsName();
    if (g !== undefined) copy.setStr("__module__", g);
  }
  return typeNew(name, bases.items, copy, kwds, meta);
});
defClassMethod(T.type, "__prepare__", () => new PyDict());

// -- super ---------------------------------------------------------------------------------------------

/** `super(type, obj)`. */
export class PySuper extends PyHeap {
  cls: PyType;
  thisType: PyType | null = null;
  obj: PyObject | null = null;
  objType: PyType | null = null;
  constructor(cls: PyType = T.super) {
    super();
    this.cls = cls;
  }
}

// CPython 3.11 supercheck: the type to start the MRO walk from.
function superCheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && isSubtype(obj, type)) return obj;
  const ot = typeOf(obj);
  if (isSubtype(ot, type)) return ot;
  const cls = getAttrOrUndefined(obj, "__class__");
  if (cls instanceof PyType && cls !== ot && isSubtype(cls, type)) return cls;
  raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
}

/** Initializes a super object (`super()`, `super(T)`, `super(T, obj)`). */
export function superInit(s: PySuper, args: readonly PyObject[]): void {
  let type: PyObject, obj: PyObject | null = null;
  if (args.length === 0) [type, obj] = hooks.superArgs();
  else {
    type = args[0];
    if (args.length > 1) obj = args[1] === None ? null : args[1];
  }
  if (!(type instanceof PyType)) {
    raise("TypeError", `super() argument 1 must be a type, not ${typeName(type)}`);
  }
  s.thisType = type;
  s.obj = obj;
  s.objType = obj === null ? null : superCheck(type, obj);
}

/** `super(...).name` (CPython 3.11 `super_getattro`). */
export function superGetAttr(s: PySuper, name: string): PyObject | undefined {
  const start = s.objType;
  if (start !== null && name !== "__class__") {
    const mro = start.mro;
    let i = mro.indexOf(s.thisType!) + 1;
    for (; i > 0 && i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) return descrGet(v, s.obj === start ? undefined : s.obj!, start);
    }
  }
  return genericGetAttr(s, s.cls, name);
}

const SUPER = T.super;
defNew(SUPER, (cls) => new PySuper(cls));
defMethod(SUPER, "__init__", (x, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", "super() takes no keyword arguments");
  }
  if (args.length > 2) {
    raise("TypeError", `super() expected at most 2 arguments, got ${args.length}`);
  }
  superInit(x as PySuper, args);
  return None;
});
defSlot(SUPER, "__getattribute__", (x, n) => {
  const name = strOf(n)!;
  const v = superGetAttr(x as PySuper, name);
  if (v === undefined) raise("AttributeError", `'super' object has no attribute '${name}'`);
  return v;
}, 1);
defSlot(SUPER, "__repr__", (x) => {
  const s = x as PySuper;
  const t = s.thisType === null ? "NULL" : s.thisType.name;
  if (s.objType !== null) return `<super: <class '${t}'>, <${s.objType.name} object>>`;
  return `<super: <class '${t}'>, NULL>`;
}, 0);
defGetSet(SUPER, "__thisclass__", (x) => (x as PySuper).thisType ?? None);
defGetSet(SUPER, "__self__", (x) => (x as PySuper).obj ?? None);
defGetSet(SUPER, "__self_class__", (x) => (x as PySuper).objType ?? None);

/** `super()` / `super(t, obj)` made directly (for the interpreter's LOAD_SUPER_ATTR-style paths). */
export function newSuper(type: PyType, obj: PyObject): PySuper {
  const s = new PySuper();
  superInit(s, [type, obj]);
  return s;
}
