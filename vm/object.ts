/**
 * The object model's representations: how each Python value is held in
 * JavaScript. Every other part of the VM (the tiers, the built-ins, the
 * JIT's boxing and unboxing) depends on these choices; `vm/README.md`
 * explains why they were made.
 *
 * Requirements (read before changing anything here):
 * 1. `int` is a JS `number` exactly when its value is a safe integer
 *    (|v| <= 2**53 - 1), and a `bigint` otherwise. Every operation that
 *    makes an int normalizes through `intFromBig` or checks
 *    `Number.isSafeInteger`, so equal ints always have the same
 *    representation, and `-0` is never an int.
 * 2. `bool` is a JS `boolean`; `str` is a JS `string` (code points are
 *    counted by `vm/str.ts`, never by `.length` alone).
 * 3. Every other value is a `PyHeap`, whose `cls` is its exact Python type.
 *    A subclass of a built-in type (`class C(int)`) is a heap object of the
 *    built-in's box class with `cls` set to the subclass.
 * 4. A Python exception travels through JavaScript as a thrown `PyThrow`,
 *    never as a JavaScript `Error`: throwing must not capture a host stack.
 *
 * @module
 */
import type { CodeObject } from "./code.ts";
import type { NativeList } from "./list_storage.ts";

/** Any Python value. */
export type PyObject = number | bigint | boolean | string | PyHeap;

/** A Python int: see requirement 1. */
export type PyInt = number | bigint;

/** The base of every heap-allocated Python object. */
export abstract class PyHeap {
  /** The object's exact type (`type(x)`). */
  abstract cls: PyType;
}

// -- Instance attributes: shapes -------------------------------------------

/**
 * A hidden class: the layout of an instance's attributes. Instances that
 * gained the same attribute names in the same order share a shape, so a
 * cache can key on the shape and read `values[index]` directly.
 */
export class Shape {
  /** Attribute names in slot order. */
  readonly names: readonly string[];
  readonly #index: Map<string, number>;
  readonly #transitions = new Map<string, Shape>();
  /** The shape this one extends by one name, or null for the empty shape. */
  readonly parent: Shape | null;

  constructor(parent: Shape | null, name?: string) {
    this.parent = parent;
    this.names = parent === null ? [] : [...parent.names, name!];
    this.#index = new Map(this.names.map((n, i) => [n, i]));
  }
  /** The slot of `name`, or -1. */
  indexOf(name: string): number {
    return this.#index.get(name) ?? -1;
  }
  /** The shape with `name` appended (shared by every instance that adds it). */
  with(name: string): Shape {
    let next = this.#transitions.get(name);
    if (next === undefined) {
      next = new Shape(this, name);
      this.#transitions.set(name, next);
    }
    return next;
  }
}

/** The shape of an instance with no attributes. */
export const EMPTY_SHAPE: Shape = new Shape(null);

/**
 * An instance of a user-defined class (or of `object()`). Attributes live in
 * `values` laid out by `shape`; deleting an attribute or asking for
 * `__dict__` switches the instance to a real dict (`dict` non-null, `shape`
 * null), as V8's dictionary mode does. `__slots__` values live in `slots`.
 */
export class PyInstance extends PyHeap {
  cls: PyType;
  shape: Shape | null = EMPTY_SHAPE;
  values: PyObject[] = [];
  dict: PyDict | null = null;
  /** `__slots__` storage, indexed by the slot descriptors; undefined = unset. */
  slots: (PyObject | undefined)[] | null;
  /** The built-in value when the class derives from `int`, `str`, `list`, ... */
  base: PyObject | null = null;

  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.slots = cls.slotNames === null ? null : new Array(cls.slotNames.length);
  }
}

// -- Types -------------------------------------------------------------------

/**
 * A Python class. `dict` holds the class namespace; `mro` is the C3
 * linearization. `version` changes whenever this class or any class in its
 * MRO is modified, so caches keyed on it are invalidated.
 */
export class PyType extends PyHeap {
  cls: PyType;
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  readonly dict: Map<string, PyObject> = new Map();
  /** Bumped by `touch()`; 0 means "never cache" (a class being built). */
  version = 0;
  /** Classes that have this one in their MRO, for version invalidation. */
  readonly subclasses: Set<PyType> = new Set();
  /** The built-in type whose storage instances use (int, list, ...), or null. */
  builtinBase: PyType | null = null;
  /** `__slots__` names when the class (or a base) declares them, else null. */
  slotNames: string[] | null = null;
  /** Whether instances carry attributes (false for `int`, `list`, slotted classes). */
  hasInstanceDict = true;
  /** True for types defined in TypeScript (their dict is not writable). */
  isBuiltin = false;
  /** The shape new instances start from. */
  rootShape: Shape = EMPTY_SHAPE;
  /**
   * Memo of `lookup` results, valid while `lookupMemoVersion === version`
   * (owned by `vm/core.ts`'s `typeLookup`; `null` records "not found").
   */
  lookupMemo: Map<string, PyObject | null> | null = null;
  /** The `version` at which `lookupMemo` was filled. */
  lookupMemoVersion = 0;
  /**
   * Bit flags about this class's attribute hooks (which `__getattribute__`,
   * whether `__getattr__`, ...), valid while `attrMemoVersion === version`
   * (owned by `vm/attrs.ts`).
   */
  attrMemo = 0;
  /** The `version` at which `attrMemo` was computed. */
  attrMemoVersion = 0;
  /**
   * Memo of the operator dunders by small integer id (`vm/core.ts`
   * `typeLookupId`), valid while `specialMemoVersion === version`; `null`
   * records "not found".
   */
  specialMemo: (PyObject | null | undefined)[] | null = null;
  /** The `version` at which `specialMemo` was filled. */
  specialMemoVersion = 0;

  constructor(cls: PyType | null, name: string, bases: PyType[]) {
    super();
    // `type` is its own metatype; it is patched in by the bootstrap.
    this.cls = cls ?? (this as PyType);
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.bases = bases;
  }

  /** Invalidates every cache keyed on this class or its subclasses. */
  touch(): void {
    this.version = nextTypeVersion++;
    for (const sub of this.subclasses) sub.version = nextTypeVersion++;
  }

  /** Looks `name` up along the MRO (CPython's `_PyType_Lookup`). */
  lookup(name: string): PyObject | undefined {
    for (const t of this.mro) {
      const v = t.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

let nextTypeVersion = 1;

/** A fresh version tag, for classes as they are created. */
export function newTypeVersion(): number {
  return nextTypeVersion++;
}

// -- Boxes of built-in types -------------------------------------------------

/** A Python float. */
export class PyFloat extends PyHeap {
  cls: PyType;
  readonly value: number;
  constructor(value: number, cls: PyType = T.float) {
    super();
    this.value = value;
    this.cls = cls;
  }
}

/** `None`, `NotImplemented` and `Ellipsis`: singletons of their own types. */
export class PySingleton extends PyHeap {
  cls: PyType;
  readonly repr: string;
  constructor(cls: PyType, repr: string) {
    super();
    this.cls = cls;
    this.repr = repr;
  }
}

/**
 * A Python list. `items` is owned by the list; never share it. A list the
 * JIT meets may keep its items unboxed instead (`vm/list_storage.ts`):
 * reading `items` then gives it back a JS array.
 */
export class PyList extends PyHeap {
  cls: PyType;
  /** The items while `native` is null (the generic strategy). */
  generic: PyObject[];
  /** Unboxed items native code reads and writes, or null. */
  native: NativeList | null = null;
  /** Called on every new list (`--stress` promotes them all: `vm/list_storage.ts`). */
  static onCreate: ((l: PyList) => unknown) | null = null;
  constructor(items: PyObject[], cls: PyType = T.list) {
    super();
    this.generic = items;
    this.cls = cls;
    if (PyList.onCreate !== null) PyList.onCreate(this);
  }

  /** The items as a JS array, the list's generic strategy from then on. */
  get items(): PyObject[] {
    if (this.native !== null) this.#demote();
    return this.generic;
  }

  set items(items: PyObject[]) {
    if (this.native !== null) this.#drop();
    this.generic = items;
  }

  /** Takes `n` as its storage; `n` holds every item. */
  adopt(n: NativeList): void {
    this.native = n;
    this.generic = [];
  }

  #demote(): void {
    const items = this.native!.boxAll();
    this.#drop();
    this.generic = items;
  }

  #drop(): void {
    this.native!.detach();
    this.native = null;
  }
}

/** A Python tuple. `items` must never change after construction. */
export class PyTuple extends PyHeap {
  cls: PyType;
  readonly items: readonly PyObject[];
  constructor(items: readonly PyObject[], cls: PyType = T.tuple) {
    super();
    this.items = items;
    this.cls = cls;
  }
}

/** Python `bytes` (immutable) and `bytearray` (mutable: `cls` tells). */
export class PyBytes extends PyHeap {
  cls: PyType;
  data: Uint8Array;
  constructor(data: Uint8Array, cls: PyType = T.bytes) {
    super();
    this.data = data;
    this.cls = cls;
  }
}

/** The insertion-ordered hash table behind `dict`, implemented in `vm/dict.ts`. */
export interface PyDict extends PyHeap {
  readonly size: number;
}

/** A cell of a closure. `undefined` means empty (unbound). */
export class PyCell extends PyHeap {
  cls: PyType;
  value: PyObject | undefined;
  constructor(value: PyObject | undefined) {
    super();
    this.value = value;
    this.cls = T.cell;
  }
}

/** A function defined in Python. */
export class PyFunction extends PyHeap {
  cls: PyType;
  code: CodeObject;
  globals: PyDict;
  name: string;
  qualname: string;
  module: PyObject;
  defaults: readonly PyObject[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: readonly PyCell[] | null = null;
  annotations: PyDict | null = null;
  doc: PyObject;
  /** Function attributes (`f.x = 1`), created on first use. */
  dict: PyDict | null = null;
  constructor(code: CodeObject, globals: PyDict, module: PyObject, doc: PyObject) {
    super();
    this.cls = T.function;
    this.code = code;
    this.globals = globals;
    this.name = code.co_name;
    this.qualname = code.co_qualname;
    this.module = module;
    this.doc = doc;
  }
}

/**
 * The calling convention of everything implemented in TypeScript, as
 * CPython's vectorcall: positional arguments first, then the values of the
 * keyword arguments named by `kwnames` (null when there are none).
 */
export type NativeCall = (args: PyObject[], kwnames: readonly string[] | null) => PyObject;

/** A built-in function or a bound built-in method (`self` non-undefined). */
export class PyBuiltinFunction extends PyHeap {
  cls: PyType;
  readonly name: string;
  readonly qualname: string;
  readonly call: NativeCall;
  readonly self: PyObject | undefined;
  constructor(
    name: string,
    call: NativeCall,
    options: { qualname?: string; self?: PyObject } = {},
  ) {
    super();
    this.cls = T.builtin_function_or_method;
    this.name = name;
    this.qualname = options.qualname ?? name;
    this.call = call;
    this.self = options.self;
  }
}

/**
 * A method of a built-in type, as found in the type's dict (`list.append`).
 * `call` receives `self` first.
 */
export class PyMethodDescriptor extends PyHeap {
  cls: PyType;
  readonly name: string;
  readonly owner: PyType;
  readonly call: (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
  constructor(owner: PyType, name: string, call: PyMethodDescriptor["call"]) {
    super();
    this.cls = T.method_descriptor;
    this.owner = owner;
    this.name = name;
    this.call = call;
  }
}

/** A bound method: a Python function with its first argument fixed. */
export class PyMethod extends PyHeap {
  cls: PyType;
  readonly func: PyObject;
  readonly self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super();
    this.cls = T.method;
    this.func = func;
    this.self = self;
  }
}

// -- Exceptions as JavaScript sees them -------------------------------------

/**
 * A Python exception in flight. `exc` is the exception instance; code that
 * only knows a type name and a message (arithmetic, parsing) throws with
 * `exc === null` through `raise()`, and the interpreter instantiates the
 * built-in type the first time the exception is observed (`materialize`).
 * Deliberately not an `Error`: no host stack trace is captured.
 */
export class PyThrow {
  exc: PyObject | null;
  readonly typeName: string;
  readonly message: string;
  constructor(exc: PyObject | null, typeName: string, message: string) {
    this.exc = exc;
    this.typeName = typeName;
    this.message = message;
  }
}

/** Throws the built-in exception `typeName` with one string argument. */
export function raise(typeName: BuiltinExceptionName, message: string): never {
  throw new PyThrow(null, typeName, message);
}

/** The built-in exception classes code may raise by name. */
export type BuiltinExceptionName =
  | "BaseException"
  | "Exception"
  | "ArithmeticError"
  | "ZeroDivisionError"
  | "OverflowError"
  | "LookupError"
  | "IndexError"
  | "KeyError"
  | "ValueError"
  | "UnicodeError"
  | "UnicodeDecodeError"
  | "UnicodeEncodeError"
  | "TypeError"
  | "AttributeError"
  | "NameError"
  | "UnboundLocalError"
  | "StopIteration"
  | "RuntimeError"
  | "RecursionError"
  | "NotImplementedError"
  | "AssertionError"
  | "ImportError"
  | "ModuleNotFoundError"
  | "EOFError"
  | "OSError"
  | "FileNotFoundError"
  | "KeyboardInterrupt"
  | "SystemExit"
  | "GeneratorExit"
  | "MemoryError"
  | "SyntaxError";

// -- The registry of built-in types -----------------------------------------

/**
 * Built-in types by name, filled in by the bootstrap (`vm/types.ts`) before
 * any object is made. Box constructors read their default `cls` from here.
 */
export const T: Record<string, PyType> = Object.create(null);

/** `type(x)`, without allocating for ints, bools and strs. */
export function typeOf(x: PyObject): PyType {
  switch (typeof x) {
    case "number":
    case "bigint":
      return T.int;
    case "boolean":
      return T.bool;
    case "string":
      return T.str;
    default:
      return x.cls;
  }
}

/** Normalizes a bigint result to the canonical int representation. */
export function intFromBig(v: bigint): PyInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Whether `x` is an exact int (not bool, not a subclass). */
export function isInt(x: PyObject): x is PyInt {
  return typeof x === "number" || typeof x === "bigint";
}
