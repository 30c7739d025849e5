/**
 * The `builtins` module (CPython 3.11 Python/bltinmodule.c): every built-in
 * function of the subset with CPython's argument handling and messages, the
 * built-in types and exception classes under their names, and
 * `__build_class__`.
 *
 * The interpreter calls `builtinsDict()` once to get the module namespace,
 * `setHost()` to connect `print`/`input` to the world, and sets `hooks`
 * (`vm/abstract.ts`) for `globals()`, `locals()`, `super()` and class bodies.
 *
 * @module
 */
import {
  type NativeCall,
  PyBuiltinFunction,
  PyHeap,
  type PyObject,
  PyTuple,
  PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import { Ellipsis, EXCEPTION_NAMES, None, NotImplemented } from "./types.ts";
import { idOf, strOf, typeLookup, typeName } from "./core.ts";
import type { PyModule } from "./descriptors.ts";
import {
  checkPositional,
  exactlyOne,
  noKeywords,
  parseArgs,
  positional,
  Signature,
} from "./args.ts";
import {
  ascii,
  binaryOp,
  call,
  format,
  getAttr,
  getIter,
  hash,
  hooks,
  index,
  isInstance,
  isSubclass,
  isTrue,
  iterNext,
  lenObject,
  repr,
  richCompare,
  str,
  ternaryPow,
  toArray,
  toArrayHinted,
} from "./abstract.ts";
import { callSpecial } from "./calls.ts";
import { delAttr, getAttrOrUndefined, objectDict, setAttr } from "./attrs.ts";
import { binaryNamed, NB_ADD } from "./operators.ts";
import { PyDict } from "./dict.ts";
import { listSort, newList } from "./list.ts";
import { PyCallableIterator } from "./iterators.ts";
import { buildClass } from "./classes.ts";
import { dirOf, newModule } from "./object_type.ts";
import { intToBase } from "./int.ts";
import { codePointLength } from "./str_type.ts";
import { PyTextIO, readLine, stdout } from "./stdio.ts";

export { getHost, setHost, stderr, stdin, stdout } from "./stdio.ts";

const FUNCTIONS = new Map<string, PyBuiltinFunction>();

function def(name: string, f: NativeCall): void {
  FUNCTIONS.set(name, new PyBuiltinFunction(name, f));
}

/** A `METH_O` built-in: "len() takes exactly one argument (2 given)". */
function defO(name: string, f: (x: PyObject) => PyObject): void {
  def(name, (args, kwnames) => f(exactlyOne(name, args, kwnames)));
}

// -- Simple one-argument functions ---------------------------------------------------------------

defO("abs", (x) => {
  if (typeof x === "number") return Math.abs(x);
  const f = typeLookup(typeOf(x), "__abs__");
  if (f === undefined || f === None) {
    raise("TypeError", `bad operand type for abs(): '${typeName(x)}'`);
  }
  return callSpecial(f, x);
});
defO("all", (x) => {
  const it = getIter(x);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (!isTrue(v)) return false;
  return true;
});
defO("any", (x) => {
  const it = getIter(x);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (isTrue(v)) return true;
  return false;
});
defO("ascii", (x) => ascii(x));
defO("repr", (x) => repr(x));
defO("len", (x) => lenObject(x));
defO("hash", (x) => hash(x));
defO("id", (x) => idOf(x));
defO("callable", (x) => isCallable(x));
defO("chr", (x) => {
  const i = index(x);
  if (typeof i === "bigint") raise("OverflowError", "Python int too large to convert to C int");
  if (i < 0 || i > 0x10ffff) raise("ValueError", "chr() arg not in range(0x110000)");
  return String.fromCodePoint(Number(i));
});
defO("ord", (x) => {
  const s = strOf(x);
  if (s === undefined) {
    if (x instanceof PyHeap && "data" in x && x.data instanceof Uint8Array) {
      if (x.data.length !== 1) {
        raise(
          "TypeError",
          `ord() expected a character, but string of length ${x.data.length} found`,
        );
      }
      return x.data[0];
    }
    raise("TypeError", `ord() expected string of length 1, but ${typeName(x)} found`);
  }
  const n = codePointLength(s);
  if (n !== 1) raise("TypeError", `ord() expected a character, but string of length ${n} found`);
  return s.codePointAt(0)!;
});
for (
  const [name, base, prefix] of [["bin", 2, "0b"], ["oct", 8, "0o"], ["hex", 16, "0x"]] as const
) {
  defO(name, (x) => {
    const s = intToBase(index(x), base);
    return s[0] === "-" ? "-" + prefix + s.slice(1) : prefix + s;
  });
}

/** Whether `x` can be called (`callable(x)`). */
export function isCallable(x: PyObject): boolean {
  if (!(x instanceof PyHeap)) return false;
  if (x instanceof PyType) return true;
  const f = typeLookup(x.cls, "__call__");
  return f !== undefined && f !== None;
}

// -- Attributes ---------------------------------------------------------------------------------------

function attrName(n: PyObject): string {
  const s = strOf(n);
  if (s === undefined) raise("TypeError", `attribute name must be string, not '${typeName(n)}'`);
  return s;
}

def("getattr", (args, kwnames) => {
  positional("getattr", args, kwnames, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 2) return getAttr(args[0], name);
  return getAttrOrUndefined(args[0], name) ?? args[2];
});
def("hasattr", (args, kwnames) => {
  positional("hasattr", args, kwnames, 2, 2);
  return getAttrOrUndefined(args[0], attrName(args[1])) !== undefined;
});
def("setattr", (args, kwnames) => {
  positional("setattr", args, kwnames, 3, 3);
  setAttr(args[0], attrName(args[1]), args[2]);
  return None;
});
def("delattr", (args, kwnames) => {
  positional("delattr", args, kwnames, 2, 2);
  delAttr(args[0], attrName(args[1]));
  return None;
});
def("dir", (args, kwnames) => {
  positional("dir", args, kwnames, 0, 1);
  if (args.length === 0) {
    const names = toArray(hooks.locals()).map((k) => strOf(k) ?? repr(k));
    return newList(names.sort());
  }
  return newList(dirOf(args[0]));
});
def("vars", (args, kwnames) => {
  positional("vars", args, kwnames, 0, 1);
  if (args.length === 0) return hooks.locals();
  const o = args[0];
  if (o instanceof PyType) return getAttr(o, "__dict__");
  const d = getAttrOrUndefined(o, "__dict__") ?? objectDict(o);
  if (d === undefined) raise("TypeError", "vars() argument must have __dict__ attribute");
  return d;
});
def("globals", (args, kwnames) => {
  positional("globals", args, kwnames, 0, 0);
  return hooks.globals() as PyDict;
});
def("locals", (args, kwnames) => {
  positional("locals", args, kwnames, 0, 0);
  return hooks.locals();
});

// -- Types and instances -----------------------------------------------------------------------------

def("isinstance", (args, kwnames) => {
  positional("isinstance", args, kwnames, 2, 2);
  return isInstance(args[0], args[1]);
});
def("issubclass", (args, kwnames) => {
  positional("issubclass", args, kwnames, 2, 2);
  return isSubclass(args[0], args[1]);
});

// -- Iteration ------------------------------------------------------------------------------------------

def("iter", (args, kwnames) => {
  positional("iter", args, kwnames, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (!isCallable(args[0])) raise("TypeError", "iter(v, w): v must be callable");
  return new PyCallableIterator(args[0], args[1]);
});
def("next", (args, kwnames) => {
  positional("next", args, kwnames, 1, 2);
  const it = args[0];
  const f = it instanceof PyHeap ? typeLookup(it.cls, "__next__") : undefined;
  if (f === undefined || f === None) {
    raise("TypeError", `'${typeName(it)}' object is not an iterator`);
  }
  // Without a default, the iterator's own StopIteration (and its value) propagates.
  if (args.length === 1) return callSpecial(f, it);
  const v = iterNext(it);
  if (v !== undefined) return v;
  return args[1];
});

const SORTED_SIG = new Signature("sort", ["key", "reverse"], { maxpos: 0 });
def("sorted", (args, kwnames) => {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  checkPositional("sorted", npos, 1, 1);
  const l = newList(toArrayHinted(args[0]));
  parseArgs(SORTED_SIG, args.slice(1), kwnames);
  listSort(l, args.slice(1), kwnames);
  return l;
});

function compareBool(a: PyObject, b: PyObject, op: 0 | 4): boolean {
  const r = richCompare(a, b, op);
  return r === true || (r !== false && isTrue(r));
}

/** `min()` / `max()` (CPython 3.11 `min_max`: `item < best` / `item > best`). */
function minMax(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
  wantMax: boolean,
): PyObject {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  let key: PyObject = None;
  let dflt: PyObject | undefined;
  if (kwnames !== null) {
    for (let i = 0; i < kwnames.length; i++) {
      if (kwnames[i] === "key") key = args[npos + i];
      else if (kwnames[i] === "default") dflt = args[npos + i];
      else raise("TypeError", `'${kwnames[i]}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (npos === 0) raise("TypeError", `${name} expected at least 1 argument, got 0`);
  if (npos > 1 && dflt !== undefined) {
    raise("TypeError", `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const it = getIter(npos === 1 ? args[0] : new PyTuple(args.slice(0, npos)));
  let best: PyObject | undefined, bestKey: PyObject | undefined;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    const k = key === None ? v : call(key, [v], null);
    if (best === undefined) {
      best = v;
      bestKey = k;
    } else if (compareBool(k, bestKey!, wantMax ? 4 : 0)) {
      best = v;
      bestKey = k;
    }
  }
  if (best !== undefined) return best;
  if (dflt !== undefined) return dflt;
  raise("ValueError", `${name}() arg is an empty sequence`);
}
def("min", (args, kwnames) => minMax("min", args, kwnames, false));
def("max", (args, kwnames) => minMax("max", args, kwnames, true));

const SUM_SIG = new Signature("sum", ["iterable", "start"], { posonly: 1, minpos: 1 });
def("sum", (args, kwnames) => {
  const a = parseArgs(SUM_SIG, args, kwnames);
  let acc: PyObject = a[1] ?? 0;
  if (typeof acc === "string") {
    raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (acc instanceof PyHeap && (acc.cls === T.bytes || acc.cls === T.bytearray)) {
    raise(
      "TypeError",
      `sum() can't sum ${acc.cls === T.bytes ? "bytes" : "bytearray"} [use b''.join(seq) instead]`,
    );
  }
  const it = getIter(a[0]!);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) acc = binaryOp(acc, v, NB_ADD);
  return acc;
});

// -- Numbers ------------------------------------------------------------------------------------------------

def("divmod", (args, kwnames) => {
  positional("divmod", args, kwnames, 2, 2);
  return binaryNamed(args[0], args[1], "__divmod__", "__rdivmod__", "divmod()");
});
const POW_SIG = new Signature("pow", ["base", "exp", "mod"], { minpos: 2 });
def("pow", (args, kwnames) => {
  const a = parseArgs(POW_SIG, args, kwnames);
  return ternaryPow(a[0]!, a[1]!, a[2] ?? None);
});
const ROUND_SIG = new Signature("round", ["number", "ndigits"], { minpos: 1 });
def("round", (args, kwnames) => {
  const a = parseArgs(ROUND_SIG, args, kwnames);
  const x = a[0]!;
  const f = typeLookup(typeOf(x), "__round__");
  if (f === undefined || f === None) {
    raise("TypeError", `type ${typeName(x)} doesn't define __round__ method`);
  }
  if (a[1] === undefined || a[1] === None) return callSpecial(f, x);
  return callSpecial(f, x, a[1]);
});
const FORMAT_SIG = new Signature("format", ["value", "format_spec"], { posonly: 2, minpos: 1 });
def("format", (args, kwnames) => {
  noKeywords("format", kwnames);
  checkPositional("format", args.length, 1, 2);
  const a = parseArgs(FORMAT_SIG, args, kwnames);
  let spec = "";
  if (a[1] !== undefined) {
    const s = strOf(a[1]);
    if (s === undefined) {
      raise("TypeError", `format() argument 2 must be str, not ${typeName(a[1])}`);
    }
    spec = s;
  }
  return format(a[0]!, spec);
});

// -- I/O ---------------------------------------------------------------------------------------------------------

const PRINT_SIG = new Signature("print", ["sep", "end", "file", "flush"], { maxpos: 0 });
def("print", (args, kwnames) => {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  let sep = " ", end = "\n";
  let file: PyObject = None, flush = false;
  if (kwnames !== null && kwnames.length > 0) {
    const kw = parseArgs(PRINT_SIG, args.slice(npos), kwnames);
    if (kw[0] !== undefined && kw[0] !== None) {
      const s = strOf(kw[0]);
      if (s === undefined) {
        raise("TypeError", `sep must be None or a string, not ${typeName(kw[0])}`);
      }
      sep = s;
    }
    if (kw[1] !== undefined && kw[1] !== None) {
      const s = strOf(kw[1]);
      if (s === undefined) {
        raise("TypeError", `end must be None or a string, not ${typeName(kw[1])}`);
      }
      end = s;
    }
    file = kw[2] ?? None;
    flush = kw[3] !== undefined && isTrue(kw[3]);
  }
  if (file === None) file = stdout;
  if (file instanceof PyTextIO && file.cls === T.TextIOWrapper) {
    // One write for the whole line, but what CPython would already have
    // written (each separator before its item) still reaches the file when
    // an item's `__str__` raises.
    let text = "";
    try {
      for (let i = 0; i < npos; i++) {
        if (i > 0) text += sep;
        text += str(args[i]);
      }
    } catch (e) {
      if (text !== "") file.write(text);
      throw e;
    }
    file.write(text + end);
    if (flush) call(getAttr(file, "flush"), [], null);
    return None;
  }
  const write = getAttr(file, "write");
  for (let i = 0; i < npos; i++) {
    if (i > 0) call(write, [sep], null);
    call(write, [str(args[i])], null);
  }
  call(write, [end], null);
  if (flush) call(getAttr(file, "flush"), [], null);
  return None;
});
def("input", (args, kwnames) => {
  positional("input", args, kwnames, 0, 1);
  if (args.length === 1) {
    stdout.write(str(args[0]));
  }
  const line = readLine();
  if (line === null) raise("EOFError", "EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
});

// -- Classes ---------------------------------------------------------------------------------------------------

def("__build_class__", (args, kwnames) => {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  if (npos < 2) raise("TypeError", "__build_class__: not enough arguments");
  const name = strOf(args[1]);
  if (name === undefined) raise("TypeError", "__build_class__: name is not a string");
  let kwds: PyDict | null = null;
  if (kwnames !== null && kwnames.length > 0) {
    kwds = new PyDict();
    for (let i = 0; i < kwnames.length; i++) kwds.setStr(kwnames[i], args[npos + i]);
  }
  return buildClass(args[0], name, args.slice(2, npos), kwds);
});

// -- The module --------------------------------------------------------------------------------------------------

const TYPE_NAMES = [
  "bool",
  "bytearray",
  "bytes",
  "classmethod",
  "dict",
  "enumerate",
  "filter",
  "float",
  "frozenset",
  "int",
  "list",
  "map",
  "object",
  "property",
  "range",
  "reversed",
  "set",
  "slice",
  "staticmethod",
  "str",
  "super",
  "tuple",
  "type",
  "zip",
];

let builtinsModule: PyModule | null = null;

/** The `builtins` module (made on first use). */
export function builtinsModuleObject(): PyModule {
  if (builtinsModule !== null) return builtinsModule;
  const d = new PyDict();
  d.setStr("__name__", "builtins");
  d.setStr("__doc__", None);
  for (const [name, f] of FUNCTIONS) d.setStr(name, f);
  for (const name of TYPE_NAMES) d.setStr(name, T[name]);
  for (const name of EXCEPTION_NAMES) d.setStr(name, T[name]);
  d.setStr("None", None);
  d.setStr("Ellipsis", Ellipsis);
  d.setStr("NotImplemented", NotImplemented);
  d.setStr("True", true);
  d.setStr("False", false);
  d.setStr("__debug__", true);
  builtinsModule = newModule("builtins", d);
  return builtinsModule;
}

/** The namespace of `builtins`: what LOAD_GLOBAL falls back to. */
export function builtinsDict(): PyDict {
  return builtinsModuleObject().dict as PyDict;
}

/** A built-in function by name (`len`, `print`, ...), for the interpreter's specializations. */
export function builtinFunction(name: string): PyBuiltinFunction | undefined {
  return FUNCTIONS.get(name);
}
