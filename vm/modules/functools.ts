/**
 * The `functools` module (CPython 3.11 Modules/_functoolsmodule.c and
 * Lib/functools.py): `reduce`, `partial`, `lru_cache`/`cache`,
 * `update_wrapper`/`wraps`, `total_ordering`, `cmp_to_key` and `singledispatch`.
 *
 * @module
 */
import {
  type NativeCall,
  PyBuiltinFunction,
  PyHeap,
  PyInstance,
  PyMethodDescriptor,
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
  NotImplemented,
  repr,
  richCompare,
  setAttr,
} from "../abstract.ts";
import type { CompareOp } from "../abstract.ts";
import { typeName } from "../core.ts";
import { prepend } from "../calls.ts";
import { defGetSet, defMethod, defNew, defSlot, PyIter, PyModule } from "../descriptors.ts";
import { noArgs, nPositional, parseArgs, positional, Signature } from "../args.ts";
import { builtinType } from "../types.ts";
import { PyDict } from "../dict.ts";
import { registerBuiltinModule } from "../vm.ts";
import { objectDict, setObjectDict } from "../attrs.ts";
import { PyMappingProxy } from "../mappingproxy.ts";
import { PyUnionType } from "../generic_alias.ts";

/** The `__dict__` attribute of a type whose instances carry one. */
function defInstanceDict(tp: PyType): void {
  defGetSet(tp, "__dict__", (x) => objectDict(x)!, (x, v) => setObjectDict(x, v));
}

function fn(name: string, call: NativeCall): PyBuiltinFunction {
  return new PyBuiltinFunction(name, call);
}

/**
 * Binds the arguments of a function written in Python in Lib/functools.py,
 * with the interpreter's messages ("wraps() missing 1 required positional
 * argument: 'wrapped'"). `defaults` holds the values of the trailing
 * optional parameters.
 */
function bindPy(
  fname: string,
  names: readonly string[],
  defaults: readonly PyObject[],
  args: PyObject[],
  kwnames: readonly string[] | null,
): PyObject[] {
  const npos = nPositional(args, kwnames);
  const n = names.length;
  const required = n - defaults.length;
  if (npos > n) {
    const want = required === n ? `${n}` : `from ${required} to ${n}`;
    raise(
      "TypeError",
      `${fname}() takes ${want} positional argument${
        n === 1 && required === n ? "" : "s"
      } but ${npos} ${npos === 1 ? "was" : "were"} given`,
    );
  }
  const out: (PyObject | undefined)[] = new Array(n);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  if (kwnames !== null) {
    kwnames.forEach((k, j) => {
      const i = names.indexOf(k);
      if (i < 0) raise("TypeError", `${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) {
        raise("TypeError", `${fname}() got multiple values for argument '${k}'`);
      }
      out[i] = args[npos + j];
    });
  }
  const missing: string[] = [];
  for (let i = 0; i < required; i++) if (out[i] === undefined) missing.push(`'${names[i]}'`);
  if (missing.length > 0) {
    const list = missing.length === 1
      ? missing[0]
      : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}`;
    raise(
      "TypeError",
      `${fname}() missing ${missing.length} required positional argument${
        missing.length === 1 ? "" : "s"
      }: ${list}`,
    );
  }
  for (let i = required; i < n; i++) out[i] ??= defaults[i - required];
  return out as PyObject[];
}

// -- reduce -----------------------------------------------------------------------------------

function reduce(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  positional("reduce", args, kwnames, 2, 3);
  let it: PyObject;
  try {
    it = getIter(args[1]);
  } catch (e) {
    // CPython 3.11 functools_reduce replaces the TypeError of iter().
    if (isTypeError(e)) raise("TypeError", "reduce() arg 2 must support iteration");
    throw e;
  }
  let acc: PyObject | undefined = args[2];
  const f = args[0];
  for (let v = nextOf(it); v !== undefined; v = nextOf(it)) {
    acc = acc === undefined ? v : call(f, [acc, v], null);
  }
  if (acc === undefined) raise("TypeError", "reduce() of empty iterable with no initial value");
  return acc;
}

function isTypeError(e: unknown): boolean {
  if (!(e instanceof Object) || !("typeName" in e)) return false;
  const t = e as { exc: PyObject | null; typeName: string };
  if (t.exc === null) return t.typeName === "TypeError";
  return typeOf(t.exc).mro.includes(T.TypeError);
}

function nextOf(it: PyObject): PyObject | undefined {
  return it instanceof PyIter ? it.next() : iterNext(it);
}

// -- partial ----------------------------------------------------------------------------------

const PARTIAL = builtinType("partial", T.object, {
  instanceDict: true,
  module: "functools",
  key: "functools.partial",
});

/** `functools.partial`: an instance so that it carries a `__dict__`, as CPython's. */
class Partial extends PyInstance {
  func: PyObject = None;
  args: PyObject[] = [];
  keywords: PyDict = new PyDict();
}

defNew(PARTIAL, (cls, args, kwnames) => {
  const npos = nPositional(args, kwnames);
  if (npos < 1) raise("TypeError", "type 'partial' takes at least one argument");
  let func = args[0];
  let pargs: PyObject[] = [];
  const kw = new PyDict();
  // CPython 3.11 partial_new flattens a partial of an exact partial.
  // CPython 3.11 partial_new: any partial still using partial_call and
  // carrying no instance attributes is flattened, whatever the subclass.
  if (
    func instanceof Partial && func.cls.lookup("__call__") === PARTIAL.dict.get("__call__") &&
    func.dict === null && (func.shape === null || func.shape.names.length === 0)
  ) {
    pargs = func.args.slice();
    func.keywords.forEach((k, v) => kw.set(k, v));
    func = func.func;
  } else if (!isCallable(func)) {
    raise("TypeError", "the first argument must be callable");
  }
  for (let i = 1; i < npos; i++) pargs.push(args[i]);
  kwnames?.forEach((k, j) => kw.setStr(k, args[npos + j]));
  const p = new Partial(cls);
  p.func = func;
  p.args = pargs;
  p.keywords = kw;
  return p;
});

function isCallable(x: PyObject): boolean {
  if (!(x instanceof PyHeap)) return false;
  if (x instanceof PyType || x instanceof PyBuiltinFunction) return true;
  const c = typeOf(x).lookup("__call__");
  return c !== undefined && c !== None;
}

defMethod(PARTIAL, "__call__", (self, args, kwnames) => {
  const p = self as Partial;
  const npos = nPositional(args, kwnames);
  const all = p.args.concat(args.slice(0, npos));
  if (p.keywords.size === 0) {
    if (kwnames !== null) { for (let j = 0; j < kwnames.length; j++) all.push(args[npos + j]); }
    return call(p.func, all, kwnames);
  }
  // The call's keywords override the stored ones, which keep their order.
  const kw = p.keywords.copy();
  kwnames?.forEach((k, j) => kw.setStr(k, args[npos + j]));
  const names: string[] = [];
  kw.forEach((k, v) => {
    names.push(k as string);
    all.push(v);
  });
  return call(p.func, all, names);
});
defInstanceDict(PARTIAL);
// Read-only members (T_OBJECT, READONLY): CPython's message is "readonly attribute".
const readonly = () => raise("AttributeError", "readonly attribute");
defGetSet(PARTIAL, "func", (x) => (x as Partial).func, readonly);
defGetSet(PARTIAL, "args", (x) => new PyTuple((x as Partial).args.slice()), readonly);
defGetSet(PARTIAL, "keywords", (x) => (x as Partial).keywords, readonly);
defSlot(PARTIAL, "__repr__", (self) => {
  const p = self as Partial;
  const parts = [repr(p.func), ...p.args.map(repr)];
  p.keywords.forEach((k, v) => parts.push(`${k as string}=${repr(v)}`));
  const name = p.cls === PARTIAL ? "functools.partial" : p.cls.qualname;
  return `${name}(${parts.join(", ")})`;
}, 0);

function partialOf(func: PyObject, args: PyObject[], kw: [string, PyObject][]): Partial {
  const p = new Partial(PARTIAL);
  p.func = func;
  p.args = args;
  for (const [k, v] of kw) p.keywords.setStr(k, v);
  return p;
}

// -- update_wrapper / wraps -------------------------------------------------------------------

const WRAPPER_ASSIGNMENTS = new PyTuple([
  "__module__",
  "__name__",
  "__qualname__",
  "__doc__",
  "__annotations__",
]);
const WRAPPER_UPDATES = new PyTuple(["__dict__"]);

function iterStrings(x: PyObject): PyObject[] {
  const it = getIter(x);
  const out: PyObject[] = [];
  for (let v = nextOf(it); v !== undefined; v = nextOf(it)) out.push(v);
  return out;
}

/** Lib/functools.py update_wrapper. */
function updateWrapper(
  wrapper: PyObject,
  wrapped: PyObject,
  assigned: PyObject = WRAPPER_ASSIGNMENTS,
  updated: PyObject = WRAPPER_UPDATES,
): PyObject {
  for (const attr of iterStrings(assigned)) {
    const name = attrName(attr);
    const v = getAttrOrUndefined(wrapped, name);
    if (v !== undefined) setAttr(wrapper, name, v);
  }
  for (const attr of iterStrings(updated)) {
    const name = attrName(attr);
    const target = getAttr(wrapper, name);
    const src = getAttrOrUndefined(wrapped, name) ?? new PyDict();
    call(getAttr(target, "update"), [src], null);
  }
  // Set last, so that a `__wrapped__` copied from `wrapped.__dict__` is replaced.
  setAttr(wrapper, "__wrapped__", wrapped);
  return wrapper;
}

function attrName(x: PyObject): string {
  if (typeof x !== "string") {
    raise("TypeError", `attribute name must be string, not '${typeName(x)}'`);
  }
  return x;
}

const UPDATE_WRAPPER = fn("update_wrapper", (args, kwnames) => {
  const a = bindPy(
    "update_wrapper",
    ["wrapper", "wrapped", "assigned", "updated"],
    [WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES],
    args,
    kwnames,
  );
  return updateWrapper(a[0], a[1], a[2], a[3]);
});

// -- lru_cache ----------------------------------------------------------------------------------

const CACHE_INFO = builtinType("CacheInfo", T.tuple, {
  module: "functools",
  key: "functools.CacheInfo",
});
const CACHE_INFO_FIELDS = ["hits", "misses", "maxsize", "currsize"];
CACHE_INFO_FIELDS.forEach((f, i) => defGetSet(CACHE_INFO, f, (x) => (x as PyTuple).items[i]));
defSlot(CACHE_INFO, "__repr__", (x) => {
  const items = (x as PyTuple).items;
  return `CacheInfo(${CACHE_INFO_FIELDS.map((f, i) => `${f}=${repr(items[i])}`).join(", ")})`;
}, 0);

const LRU_WRAPPER = builtinType("_lru_cache_wrapper", T.object, {
  instanceDict: true,
  module: "functools",
  key: "functools._lru_cache_wrapper",
});
// descrGet (vm/attrs.ts) consults `__get__` only on types that are not
// built-in; the wrapper binds as a method, as CPython's does (lru_cache_descr_get).
LRU_WRAPPER.isBuiltin = false;
defInstanceDict(LRU_WRAPPER);

/** A link of the LRU order; held as the cache dict's value. */
class Link extends PyHeap {
  cls: PyType = T.object;
  prev: Link = this;
  next: Link = this;
  constructor(readonly key: PyObject, readonly result: PyObject) {
    super();
  }
}

/** The separator between positional and keyword parts of a key (`kwd_mark`). */
const KWD_MARK = new PyInstance(T.object);

class LruWrapper extends PyInstance {
  readonly cache = new PyDict();
  /** The sentinel of the circular LRU list: `root.next` is the oldest entry. */
  readonly root = new Link(None, None);
  hits = 0;
  misses = 0;
  constructor(readonly func: PyObject, readonly maxsize: number, readonly typed: boolean) {
    super(LRU_WRAPPER);
  }
}

// CPython 3.11 _functoolsmodule.c lru_cache_make_key: one exact int or str
// argument is its own key; otherwise a tuple of the positional arguments,
// then `kwd_mark` and the keyword names and values in call order, then (when
// typed) the types of all the values.
function makeKey(
  args: PyObject[],
  kwnames: readonly string[] | null,
  typed: boolean,
): PyObject {
  const npos = nPositional(args, kwnames);
  const nkw = args.length - npos;
  if (nkw === 0 && npos === 1 && !typed) {
    const a = args[0];
    if (typeof a === "number" || typeof a === "bigint" || typeof a === "string") return a;
  }
  const key: PyObject[] = args.slice(0, npos);
  if (nkw > 0) {
    key.push(KWD_MARK);
    for (let j = 0; j < nkw; j++) key.push(kwnames![j], args[npos + j]);
  }
  if (typed) {
    for (let i = 0; i < npos; i++) key.push(typeOf(args[i]));
    for (let j = 0; j < nkw; j++) key.push(typeOf(args[npos + j]));
  }
  return new PyTuple(key);
}

function unlink(l: Link): void {
  l.prev.next = l.next;
  l.next.prev = l.prev;
}

function append(root: Link, l: Link): void {
  l.prev = root.prev;
  l.next = root;
  root.prev.next = l;
  root.prev = l;
}

function lruCall(w: LruWrapper, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.func, args, kwnames);
  }
  const key = makeKey(args, kwnames, w.typed);
  const hit = w.cache.get(key);
  if (hit !== undefined) {
    w.hits++;
    if (w.maxsize < 0) return hit;
    const l = hit as Link;
    unlink(l);
    append(w.root, l);
    return l.result;
  }
  w.misses++;
  const result = call(w.func, args, kwnames);
  if (w.maxsize < 0) {
    w.cache.set(key, result);
    return result;
  }
  // A recursive call may have cached this key meanwhile: keep that entry
  // (CPython's bounded_lru_cache_wrapper does the same).
  if (w.cache.get(key) !== undefined) return result;
  const l = new Link(key, result);
  w.cache.set(key, l);
  append(w.root, l);
  if (w.cache.size > w.maxsize) {
    const oldest = w.root.next;
    unlink(oldest);
    w.cache.delete(oldest.key);
  }
  return result;
}

defMethod(
  LRU_WRAPPER,
  "__call__",
  (self, args, kwnames) => lruCall(self as LruWrapper, args, kwnames),
);
defMethod(LRU_WRAPPER, "cache_info", (self, args, kwnames) => {
  noArgs("cache_info", args, kwnames);
  const w = self as LruWrapper;
  return new PyTuple(
    [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, w.cache.size],
    CACHE_INFO,
  );
});
defMethod(LRU_WRAPPER, "cache_clear", (self, args, kwnames) => {
  noArgs("cache_clear", args, kwnames);
  const w = self as LruWrapper;
  w.cache.clear();
  w.root.next = w.root.prev = w.root;
  w.hits = w.misses = 0;
  return None;
});
defMethod(LRU_WRAPPER, "cache_parameters", (self, args, kwnames) => {
  noArgs("cache_parameters", args, kwnames);
  const w = self as LruWrapper;
  const d = new PyDict();
  d.setStr("maxsize", w.maxsize < 0 ? None : w.maxsize);
  d.setStr("typed", w.typed);
  return d;
});
defMethod(LRU_WRAPPER, "__get__", (self, args, kwnames) => {
  positional("__get__", args, kwnames, 1, 2);
  const obj = args[0];
  if (obj === None) return self;
  const w = self as LruWrapper;
  const name = getAttrOrUndefined(w, "__name__");
  return new PyBuiltinFunction(
    typeof name === "string" ? name : "_lru_cache_wrapper",
    (a, k) => lruCall(w, prepend(obj, a), k),
    { self: obj },
  );
});

function makeLru(func: PyObject, maxsize: number, typed: boolean): LruWrapper {
  const w = new LruWrapper(func, maxsize, typed);
  updateWrapper(w, func);
  return w;
}

/** Lib/functools.py lru_cache: the decorator, or the decorator factory. */
function lruCache(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const a = bindPy("lru_cache", ["maxsize", "typed"], [128, false], args, kwnames);
  let maxsize = a[0];
  const typed = isTrue(a[1]);
  if (typeof maxsize === "number" || typeof maxsize === "boolean" || typeof maxsize === "bigint") {
    // Negative sizes are treated as 0.
    const n = Number(maxsize);
    maxsize = n < 0 ? 0 : n;
  } else if (isCallable(maxsize) && typeof maxsize !== "string") {
    return makeLru(maxsize, 128, typed);
  } else if (maxsize !== None) {
    raise("TypeError", "Expected first argument to be an integer, a callable, or None");
  }
  const size = maxsize === None ? -1 : maxsize as number;
  return fn("decorating_function", (args, kwnames) => {
    const b = bindPy("decorating_function", ["user_function"], [], args, kwnames);
    return makeLru(b[0], size, typed);
  });
}

// -- total_ordering ---------------------------------------------------------------------------------

const LT = 0, LE = 1, GT = 4, GE = 5;
const NAMES: Record<number, string> = { 0: "__lt__", 1: "__le__", 4: "__gt__", 5: "__ge__" };

type Derivation = [CompareOp, (r: PyObject, self: PyObject, other: PyObject) => PyObject];
const not = (r: PyObject) => !isTrue(r);
const or = (r: PyObject, f: () => PyObject) => (isTrue(r) ? r : f());
const and = (r: PyObject, f: () => PyObject) => (isTrue(r) ? f() : r);
const eqOf = (a: PyObject, b: PyObject) => richCompare(a, b, 2);
const neOf = (a: PyObject, b: PyObject) => richCompare(a, b, 3);

// Lib/functools.py _convert: the derived methods for each root, in its order.
const CONVERT: Record<number, Derivation[]> = {
  [LT]: [
    [GT, (r, s, o) => and(not(r), () => neOf(s, o))],
    [LE, (r, s, o) => or(r, () => eqOf(s, o))],
    [GE, (r) => not(r)],
  ],
  [LE]: [
    [GE, (r, s, o) => or(not(r), () => eqOf(s, o))],
    [LT, (r, s, o) => and(r, () => neOf(s, o))],
    [GT, (r) => not(r)],
  ],
  [GT]: [
    [LT, (r, s, o) => and(not(r), () => neOf(s, o))],
    [GE, (r, s, o) => or(r, () => eqOf(s, o))],
    [LE, (r) => not(r)],
  ],
  [GE]: [
    [LE, (r, s, o) => or(not(r), () => eqOf(s, o))],
    [GT, (r, s, o) => and(r, () => neOf(s, o))],
    [LT, (r) => not(r)],
  ],
};

function totalOrdering(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const [cls] = bindPy("total_ordering", ["cls"], [], args, kwnames);
  const roots: number[] = [];
  for (const op of [LT, LE, GT, GE]) {
    const name = NAMES[op];
    const mine = getAttrOrUndefined(cls, name) ?? None;
    const base = getAttrOrUndefined(T.object, name) ?? None;
    if (mine !== base) roots.push(op);
  }
  if (roots.length === 0) {
    raise("ValueError", "must define at least one ordering operation: < > <= >=");
  }
  // `max(roots)` over the names: '__lt__' > '__le__' > '__gt__' > '__ge__'.
  const root = [LT, LE, GT, GE].find((op) => roots.includes(op))!;
  const rootName = NAMES[root];
  if (!(cls instanceof PyType)) raise("TypeError", "total_ordering() requires a class");
  for (const [op, derive] of CONVERT[root]) {
    if (roots.includes(op)) continue;
    const f = new PyMethodDescriptor(cls, NAMES[op], (self, a, k) => {
      positional(NAMES[op], a, k, 1, 1);
      const other = a[0];
      const r = call(getAttr(typeOf(self), rootName), [self, other], null);
      if (r === NotImplemented) return r;
      return derive(r, self, other);
    });
    setAttr(cls, NAMES[op], f);
  }
  return cls;
}

// -- cmp_to_key ---------------------------------------------------------------------------------------

const KEY_WRAPPER = builtinType("KeyWrapper", T.object, {
  final: true,
  module: "functools",
  key: "functools.KeyWrapper",
});

class KeyWrapper extends PyHeap {
  cls: PyType = KEY_WRAPPER;
  constructor(readonly cmp: PyObject, readonly obj: PyObject | undefined) {
    super();
  }
}

const K_SIG = new Signature("K", ["obj"], { minpos: 1 });
defMethod(KEY_WRAPPER, "__call__", (self, args, kwnames) => {
  const a = parseArgs(K_SIG, args, kwnames);
  return new KeyWrapper((self as KeyWrapper).cmp, a[0]!);
});
defGetSet(KEY_WRAPPER, "obj", (x) => {
  const o = (x as KeyWrapper).obj;
  if (o === undefined) raise("AttributeError", "obj");
  return o;
});
KEY_WRAPPER.dict.set("__hash__", None);
for (
  const [name, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], [
    "__ge__",
    5,
  ]] as const
) {
  defSlot(KEY_WRAPPER, name, (self, other) => {
    // CPython 3.11 keyobject_richcompare: compare mycmp(a, b) with 0.
    if (!(other instanceof KeyWrapper)) raise("TypeError", "other argument must be K instance");
    const a = (self as KeyWrapper).obj, b = other.obj;
    if (a === undefined || b === undefined) raise("AttributeError", "object");
    const r = call((self as KeyWrapper).cmp, [a, b], null);
    return richCompare(r, 0, op);
  }, 1);
}

const CMP_TO_KEY_SIG = new Signature("cmp_to_key", ["mycmp"], { minpos: 1 });

// -- singledispatch ---------------------------------------------------------------------------------

const SINGLEDISPATCH = builtinType("_singledispatch_function", T.object, {
  instanceDict: true,
  module: "functools",
  key: "functools._singledispatch_function",
});
// Binds as a method, as the Python function CPython returns does.
SINGLEDISPATCH.isBuiltin = false;
defInstanceDict(SINGLEDISPATCH);

/**
 * Lib/functools.py singledispatch: the registry maps classes to
 * implementations; a call dispatches on the class of its first argument.
 * Dispatch walks the class's MRO (virtual subclasses of ABCs are not
 * consulted).
 */
class SingleDispatch extends PyInstance {
  readonly registry = new PyDict();
  constructor(readonly func: PyObject) {
    super(SINGLEDISPATCH);
    this.registry.set(T.object, func);
  }
  dispatch(cls: PyType): PyObject {
    for (const t of cls.mro) {
      const f = this.registry.get(t);
      if (f !== undefined) return f;
    }
    return this.func;
  }
  funcname(): string {
    const n = getAttrOrUndefined(this.func, "__name__");
    return typeof n === "string" ? n : "singledispatch function";
  }
}

/** The classes a `register()` argument names (a class, or each class of a union), or null. */
function dispatchTypes(x: PyObject): PyType[] | null {
  if (x instanceof PyType) return [x];
  if (x instanceof PyUnionType && x.args.items.every((a) => a instanceof PyType)) {
    return x.args.items as PyType[];
  }
  return null;
}

function sdRegister(sd: SingleDispatch, cls: PyObject, func: PyObject | undefined): PyObject {
  let types = dispatchTypes(cls);
  if (types !== null) {
    if (func === undefined || func === None) {
      return fn("<lambda>", (args, kwnames) => {
        const [f] = bindPy("<lambda>", ["f"], [], args, kwnames);
        return sdRegister(sd, cls, f);
      });
    }
  } else {
    if (func !== undefined && func !== None) {
      raise(
        "TypeError",
        `Invalid first argument to \`register()\`. ${repr(cls)} is not a class or union type.`,
      );
    }
    const ann = getAttrOrUndefined(cls, "__annotations__");
    const first: [PyObject, PyObject][] = [];
    if (ann instanceof PyDict) ann.forEach((k, v) => first.push([k, v]));
    if (first.length === 0) {
      raise(
        "TypeError",
        `Invalid first argument to \`register()\`: ${
          repr(cls)
        }. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`,
      );
    }
    func = cls;
    const [argname, annotation] = first[0];
    types = dispatchTypes(annotation);
    if (types === null) {
      raise(
        "TypeError",
        `Invalid annotation for ${repr(argname)}. ${repr(annotation)} is not a class.`,
      );
    }
  }
  for (const t of types) sd.registry.set(t, func);
  return func;
}

defMethod(SINGLEDISPATCH, "__call__", (self, args, kwnames) => {
  const sd = self as SingleDispatch;
  if (nPositional(args, kwnames) === 0) {
    raise("TypeError", `${sd.funcname()} requires at least 1 positional argument`);
  }
  return call(sd.dispatch(typeOf(args[0])), args, kwnames);
});
defMethod(SINGLEDISPATCH, "register", (self, args, kwnames) => {
  const [cls, func] = bindPy("register", ["cls", "func"], [None], args, kwnames);
  return sdRegister(self as SingleDispatch, cls, func);
});
defMethod(SINGLEDISPATCH, "dispatch", (self, args, kwnames) => {
  const [cls] = bindPy("dispatch", ["cls"], [], args, kwnames);
  if (!(cls instanceof PyType)) raise("TypeError", `'${typeName(cls)}' object is not a class`);
  return (self as SingleDispatch).dispatch(cls);
});
defMethod(SINGLEDISPATCH, "_clear_cache", () => None);
defGetSet(SINGLEDISPATCH, "registry", (x) => new PyMappingProxy((x as SingleDispatch).registry));
defMethod(SINGLEDISPATCH, "__get__", (self, args, kwnames) => {
  positional("__get__", args, kwnames, 1, 2);
  const obj = args[0];
  if (obj === None) return self;
  return new PyBuiltinFunction(
    (self as SingleDispatch).funcname(),
    (a, k) => call(self, prepend(obj, a), k),
    { self: obj },
  );
});

// -- The module -------------------------------------------------------------------------------------

function makeFunctoolsModule(): PyModule {
  const d = new PyDict();
  d.setStr("__name__", "functools");
  d.setStr("__doc__", None);
  d.setStr("reduce", fn("reduce", reduce));
  d.setStr("partial", PARTIAL);
  d.setStr("WRAPPER_ASSIGNMENTS", WRAPPER_ASSIGNMENTS);
  d.setStr("WRAPPER_UPDATES", WRAPPER_UPDATES);
  d.setStr("update_wrapper", UPDATE_WRAPPER);
  d.setStr(
    "wraps",
    fn("wraps", (args, kwnames) => {
      const a = bindPy(
        "wraps",
        ["wrapped", "assigned", "updated"],
        [WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES],
        args,
        kwnames,
      );
      return partialOf(UPDATE_WRAPPER, [], [["wrapped", a[0]], ["assigned", a[1]], [
        "updated",
        a[2],
      ]]);
    }),
  );
  d.setStr("lru_cache", fn("lru_cache", lruCache));
  d.setStr(
    "cache",
    fn("cache", (args, kwnames) => {
      const a = bindPy("cache", ["user_function"], [], args, kwnames);
      return makeLru(a[0], -1, false);
    }),
  );
  d.setStr("total_ordering", fn("total_ordering", totalOrdering));
  d.setStr(
    "cmp_to_key",
    fn("cmp_to_key", (args, kwnames) => {
      const a = parseArgs(CMP_TO_KEY_SIG, args, kwnames);
      return new KeyWrapper(a[0]!, undefined);
    }),
  );
  d.setStr(
    "singledispatch",
    fn("singledispatch", (args, kwnames) => {
      const [func] = bindPy("singledispatch", ["func"], [], args, kwnames);
      const sd = new SingleDispatch(func);
      updateWrapper(sd, func);
      return sd;
    }),
  );
  d.setStr("_lru_cache_wrapper", LRU_WRAPPER);
  d.setStr("CacheInfo", CACHE_INFO);
  return new PyModule(d);
}

registerBuiltinModule("functools", makeFunctoolsModule);
