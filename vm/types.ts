/**
 * The bootstrap of the object model: every built-in `PyType` is created here,
 * with CPython's names, bases and MROs, into the `T` registry of
 * `vm/object.ts`, together with the singletons `None`, `NotImplemented` and
 * `Ellipsis`. The types start with empty dicts; each type's own file
 * (`list.ts`, `dict.ts`, ...) installs its methods when it is loaded.
 *
 * Requirements:
 * 1. This module imports nothing but `object.ts`, so it is evaluated before
 *    any module that makes an object (box constructors read `T`).
 * 2. Built-in types are immutable (`isBuiltin`): their versions never change,
 *    so a cache keyed on `T.list.version` stays valid for the whole run.
 *
 * @module
 */
import { EMPTY_SHAPE, newTypeVersion, PySingleton, PyType, T } from "./object.ts";

// -- Creating built-in types -------------------------------------------------

/** Types that CPython refuses as a base ("type 'bool' is not an acceptable base type"). */
export const FINAL_TYPES: Set<PyType> = new Set();

/** Options of `builtinType`. */
export interface BuiltinTypeOptions {
  /** Instances carry attributes (exceptions, functions, modules). */
  instanceDict?: boolean;
  /** CPython's type cannot be subclassed. */
  final?: boolean;
  /** The `__module__` CPython reports, when not `builtins`. */
  module?: string;
  /** The registry key, when it differs from `__name__`. */
  key?: string;
}

/**
 * Creates a built-in type with one base, registers it in `T` and gives it a
 * version. `builtinBase` is the type itself when it has its own storage.
 */
export function builtinType(
  name: string,
  base: PyType | null,
  options: BuiltinTypeOptions = {},
): PyType {
  const t = new PyType(T.type ?? null, name, base === null ? [] : [base]);
  t.mro = base === null ? [t] : [t, ...base.mro];
  t.isBuiltin = true;
  t.hasInstanceDict = options.instanceDict ?? false;
  t.rootShape = EMPTY_SHAPE;
  if (options.module !== undefined) t.module = options.module;
  t.builtinBase = base === null ? null : (base.builtinBase ?? t);
  if (t.builtinBase === null || base === T.object) t.builtinBase = t;
  t.version = newTypeVersion();
  if (options.final) FINAL_TYPES.add(t);
  T[options.key ?? name] = t;
  return t;
}

// -- The root: object and type ------------------------------------------------

const objectType = builtinType("object", null);
objectType.builtinBase = null;
const typeType = builtinType("type", objectType, { instanceDict: true });
// `type` is its own metatype, and the metatype of everything made so far.
typeType.cls = typeType;
objectType.cls = typeType;

// -- Numbers and strings --------------------------------------------------------

builtinType("int", objectType);
builtinType("bool", T.int, { final: true });
T.bool.builtinBase = T.int;
builtinType("float", objectType);
builtinType("complex", objectType);
builtinType("str", objectType);
builtinType("bytes", objectType);
builtinType("bytearray", objectType);

// -- Containers -----------------------------------------------------------------

builtinType("list", objectType);
builtinType("tuple", objectType);
builtinType("dict", objectType);
builtinType("set", objectType);
builtinType("frozenset", objectType);
builtinType("range", objectType, { final: true });
builtinType("slice", objectType, { final: true });
builtinType("dict_keys", objectType, { final: true });
builtinType("dict_values", objectType, { final: true });
builtinType("dict_items", objectType, { final: true });
builtinType("mappingproxy", objectType, { final: true });
builtinType("GenericAlias", objectType, { module: "types" });
builtinType("UnionType", objectType, { final: true, module: "types" });

// -- Singletons' types ------------------------------------------------------------

builtinType("NoneType", objectType, { final: true });
builtinType("NotImplementedType", objectType, { final: true });
builtinType("ellipsis", objectType, { final: true });

// -- Functions, methods, descriptors ---------------------------------------------

builtinType("function", objectType, { final: true, instanceDict: true });
builtinType("builtin_function_or_method", objectType, { final: true });
builtinType("method_descriptor", objectType, { final: true });
builtinType("wrapper_descriptor", objectType, { final: true });
builtinType("method-wrapper", objectType, { final: true, key: "method_wrapper" });
builtinType("classmethod_descriptor", objectType, { final: true });
builtinType("getset_descriptor", objectType, { final: true });
builtinType("member_descriptor", objectType, { final: true });
builtinType("method", objectType, { final: true });
builtinType("cell", objectType, { final: true });
builtinType("code", objectType, { final: true });
builtinType("property", objectType);
builtinType("classmethod", objectType, { instanceDict: true });
builtinType("staticmethod", objectType, { instanceDict: true });
builtinType("super", objectType);
builtinType("generator", objectType, { final: true });
builtinType("module", objectType, { instanceDict: true });
builtinType("traceback", objectType, { final: true });
builtinType("frame", objectType, { final: true });

// -- Iterators ---------------------------------------------------------------------

for (
  const name of [
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "range_iterator",
    "longrange_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "iterator",
    "callable_iterator",
  ]
) builtinType(name, objectType, { final: true });
builtinType("enumerate", objectType, { final: true });
builtinType("zip", objectType, { final: true });
builtinType("map", objectType, { final: true });
builtinType("filter", objectType, { final: true });
builtinType("reversed", objectType, { final: true });

// -- Exceptions: CPython's hierarchy (Objects/exceptions.c) --------------------------

function exc(name: string, base: PyType | null): PyType {
  return builtinType(name, base ?? objectType, { instanceDict: true });
}
const baseException = exc("BaseException", null);
baseException.builtinBase = baseException;
const exception = exc("Exception", baseException);
exc("GeneratorExit", baseException);
exc("KeyboardInterrupt", baseException);
exc("SystemExit", baseException);
const arithmetic = exc("ArithmeticError", exception);
exc("FloatingPointError", arithmetic);
exc("OverflowError", arithmetic);
exc("ZeroDivisionError", arithmetic);
exc("AssertionError", exception);
exc("AttributeError", exception);
exc("BufferError", exception);
exc("EOFError", exception);
const importError = exc("ImportError", exception);
exc("ModuleNotFoundError", importError);
const lookupError = exc("LookupError", exception);
exc("IndexError", lookupError);
exc("KeyError", lookupError);
exc("MemoryError", exception);
const nameError = exc("NameError", exception);
exc("UnboundLocalError", nameError);
const osError = exc("OSError", exception);
exc("FileNotFoundError", osError);
const runtimeError = exc("RuntimeError", exception);
exc("NotImplementedError", runtimeError);
exc("RecursionError", runtimeError);
exc("StopIteration", exception);
const syntaxError = exc("SyntaxError", exception);
const indentationError = exc("IndentationError", syntaxError);
exc("TabError", indentationError);
exc("SystemError", exception);
exc("TypeError", exception);
const valueError = exc("ValueError", exception);
const unicodeError = exc("UnicodeError", valueError);
exc("UnicodeDecodeError", unicodeError);
exc("UnicodeEncodeError", unicodeError);
const warning = exc("Warning", exception);
exc("DeprecationWarning", warning);
exc("RuntimeWarning", warning);
exc("UserWarning", warning);

/** The names of the exception classes `builtins` exposes, in creation order. */
export const EXCEPTION_NAMES: readonly string[] = Object.keys(T).filter((k) => {
  const t = T[k];
  return t.mro.includes(baseException);
});

// -- The singletons ------------------------------------------------------------------

/** `None`. */
export const None: PySingleton = new PySingleton(T.NoneType, "None");
/** `NotImplemented`. */
export const NotImplemented: PySingleton = new PySingleton(T.NotImplementedType, "NotImplemented");
/** `Ellipsis` (`...`). */
export const Ellipsis: PySingleton = new PySingleton(T.ellipsis, "Ellipsis");
